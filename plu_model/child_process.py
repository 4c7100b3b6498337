"""One of the product's own modules run as a second process.

The validation's XSD and XML checks and the register's store of a big plan each run
beside the main work in a child of this kind, speaking over a pipe, its stderr kept
in a temporary file (a pipe nobody reads could fill up and stall it) for the message
of a child that fails.  The child is started one of two ways:

* :func:`start_module`: ``python -m MODULE``, the same interpreter started from the
  checkout's folder so the packages import as they do here.  It works everywhere, but
  the child pays the interpreter's start, the imports and whatever it loads again.
* :func:`start_forked`: a copy of this process by :func:`os.fork`, which already has all
  of that in memory.  Only where :func:`fork_is_safe` says so: a copy made while another
  thread holds a lock keeps that lock held for ever, and a GUI's state is not made to be
  copied.  The copy runs one function and ends with :func:`os._exit`, so it never runs
  this process's exit handlers nor flushes its buffered output.  It lets go at once of every
  descriptor it inherited but its own pipe and stderr file (:func:`_release_inherited`): the
  pipes of this process's other children, its database sockets and its open files.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, NoReturn

__all__ = ["Forked", "die_with_parent", "fork_is_safe", "receive", "send", "start_forked", "start_module"]

#: the folder that holds the packages
ROOT = Path(__file__).resolve().parents[1]

#: modules whose presence says a Qt application (the desktop, QGIS) may run here: its threads and
#: state are not Python's to see, so a process that loaded one is never copied
GUI_MODULES = ("qgis.core", "PyQt5.QtCore", "PyQt6.QtCore", "PySide2.QtCore", "PySide6.QtCore")

#: in a forked child: the standard streams it had from this process, held so that they are never
#: flushed nor closed there (their buffers hold this process's output, not the child's)
_INHERITED: list[Any] = []


def start_module(module: str, *args: str, stdin: int = subprocess.PIPE) -> tuple[subprocess.Popen[bytes], IO[bytes]]:
    """The running child and the file its stderr goes to (the caller closes both).

    The module's ``main`` calls :func:`die_with_parent` first; ``subprocess`` closes every descriptor of
    this process in the child but its standard streams.
    """
    stderr = tempfile.TemporaryFile()
    try:
        proc = subprocess.Popen([sys.executable, "-m", module, *args], stdin=stdin, stdout=subprocess.PIPE,
                                stderr=stderr, cwd=str(ROOT))
    except BaseException:
        stderr.close()
        raise
    return proc, stderr


def die_with_parent() -> None:
    """In a child: end when the process that started it ends (Linux's parent-death signal).

    A parent killed hard (``kill -9``, the out-of-memory killer) runs no ``finally`` that
    stops its children: without this a child checks or stores a whole big file for nobody,
    holding a core, its memory and (the register's store worker) a transaction.  The parent
    is the thread that started the child: a child outlives no thread that starts it here.
    """
    parent = os.getppid()
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return  # not Linux: a child still ends at its next word to its gone parent (a broken pipe)
    if os.getppid() != parent:  # the parent ended before the signal was asked for
        os._exit(1)


def fork_is_safe() -> bool:
    """Whether :func:`start_forked` may copy this process now: a POSIX system, one Python thread, no GUI.

    Threads of C libraries (OpenBLAS's, loaded with numpy) are not counted: they sit idle
    between calls, and OpenBLAS stops them around a fork itself.  Not on macOS, whose system
    libraries start threads of their own (Python's ``multiprocessing`` spawns there too).
    """
    return (hasattr(os, "fork") and sys.platform != "darwin" and threading.active_count() == 1
            and not any(name in sys.modules for name in GUI_MODULES))


def start_forked(run: Callable[[IO[bytes]], int]) -> tuple[Forked, IO[bytes]]:
    """A copy of this process that returns ``run(out)`` as its exit status, ``out`` its end of the pipe
    that :attr:`Forked.stdout` reads; and the file its stderr goes to (the caller closes both, and
    collects the child with :meth:`Forked.wait`).  Call it only when :func:`fork_is_safe`."""
    stderr = tempfile.TemporaryFile()
    try:
        read, write = os.pipe()
        try:
            pid = os.fork()
        except BaseException:
            os.close(read)
            os.close(write)
            raise
    except BaseException:
        stderr.close()
        raise
    if pid == 0:
        _be_the_child(run, read, write, stderr.fileno())
    try:
        os.close(write)
        stdout = os.fdopen(read, "rb")
    except BaseException:  # no child to hand on: it is ended and collected here
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(read)
        stderr.close()
        raise
    return Forked(pid, stdout), stderr


def _be_the_child(run: Callable[[IO[bytes]], int], unused: int, out: int, err: int) -> NoReturn:
    """The forked child's whole life: ``run``, its traceback (if any) to ``err``, then :func:`os._exit`."""
    code = 1
    try:
        die_with_parent()
        gc.freeze()  # this process's objects are the parent's: the child's collections never finalize them
        os.close(unused)
        out, err = _above_stdio(out), _above_stdio(err)
        _own_stdio(err)
        _release_inherited({0, 1, 2, out, err})
        with os.fdopen(out, "wb") as stream:
            code = run(stream)
    except BaseException:
        code = 1
        _write_traceback(err)
    finally:
        os._exit(code)


def _above_stdio(fd: int) -> int:
    """``fd``, moved above 0-2 if it is one of them (a parent started without them), so that
    :func:`_own_stdio` does not replace it."""
    if fd > 2:
        return fd
    import fcntl  # POSIX, as fork is

    return fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 3)


def _own_stdio(err: int) -> None:
    """The child's standard streams: nothing to read, and everything it prints to ``err``, as a
    child started by :func:`start_module` has them."""
    _INHERITED.append((sys.stdin, sys.stdout, sys.stderr))
    null = os.open(os.devnull, os.O_RDONLY)
    if null != 0:
        os.dup2(null, 0)
        os.close(null)
    os.dup2(err, 1)
    os.dup2(err, 2)
    sys.stdin = open(0, encoding="utf-8", closefd=False)
    sys.stdout = sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", buffering=1, closefd=False)


def _release_inherited(keep: set[int]) -> None:
    """Every descriptor but ``keep`` pointed at :data:`os.devnull`: what it was is let go of here.

    A copy of this process holds whatever this process has open: the write end of another
    child's pipe (that child would not see its end of input while the copy runs), a socket to
    PostgreSQL, a GeoPackage.  The numbers are not closed but kept taken by ``/dev/null``: the
    copy's libraries still hold them, and one that closes its own later (PROJ reopens its
    database after a fork and closes the descriptor it had) must not close a file the copy has
    opened since under the same number.
    """
    null = os.open(os.devnull, os.O_RDWR)
    try:
        for fd in _open_descriptors():
            if fd in keep or fd == null:
                continue
            try:
                os.fstat(fd)  # open still (not the listing's own, closed since): dup2 would open a closed one
                os.dup2(null, fd, inheritable=False)
            except OSError:
                continue
    finally:
        os.close(null)


def _open_descriptors() -> list[int]:
    """This process's open descriptors: the kernel's list where it has one, else every possible number."""
    for listing in ("/proc/self/fd", "/dev/fd"):
        try:
            return [int(name) for name in os.listdir(listing)]
        except (OSError, ValueError):
            continue
    return list(range(3, min(os.sysconf("SC_OPEN_MAX"), 1 << 16)))


def _write_traceback(err: int) -> None:
    """What ended the child, as Python prints it, whatever state the child's streams are in."""
    try:
        data = traceback.format_exc().encode("utf-8", "replace")
        while data:
            data = data[os.write(err, data):]
    except BaseException:  # noqa: BLE001 - the exit status is all there is left to say
        pass


class Forked:
    """A child made by :func:`start_forked`, with what the workers use of :class:`subprocess.Popen`.

    It has no ``stdin``: it was given what it needs in its copy of this process's memory.
    """

    stdin: IO[bytes] | None = None

    def __init__(self, pid: int, stdout: IO[bytes]):
        self.pid = pid
        self.stdout = stdout
        self.returncode: int | None = None

    def poll(self) -> int | None:
        """Its exit status (negative: the signal that ended it), or ``None`` while it runs."""
        if self.returncode is None:
            self._reap(os.WNOHANG)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        """Wait for it to end (:class:`subprocess.TimeoutExpired` after ``timeout`` seconds) and collect it."""
        if timeout is None:
            while self.returncode is None:
                self._reap(0)
            return self.returncode
        end = time.monotonic() + timeout
        while self.poll() is None:
            if time.monotonic() >= end:
                raise subprocess.TimeoutExpired(f"fork {self.pid}", timeout)
            time.sleep(0.005)
        return self.returncode  # type: ignore[return-value]

    def kill(self) -> None:
        """End it at once (harmless when it has ended: until collected its id is not given to another)."""
        if self.returncode is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def _reap(self, flags: int) -> None:
        try:
            pid, status = os.waitpid(self.pid, flags)
        except ChildProcessError:  # collected by someone else (SIGCHLD ignored): as subprocess does
            self.returncode = 0
            return
        if pid:
            self.returncode = os.waitstatus_to_exitcode(status)


def send(stream: IO[bytes], message: Any) -> None:
    """One message to the other side, at once (a pickle knows its own end: no framing is needed)."""
    pickle.dump(message, stream, protocol=pickle.HIGHEST_PROTOCOL)
    stream.flush()


def receive(stream: IO[bytes]) -> Any:
    """The other side's next message; :class:`EOFError` when it has closed its end."""
    return pickle.load(stream)
