"""A child made by fork: it runs one function, says why it failed, leaves this process's state alone,
and is collected without leaving a process or a file descriptor behind (issue 15)."""

from __future__ import annotations

import atexit
import io
import os
import sys
import threading
from pathlib import Path

import pytest
from descriptors import targets

from plu_model import child_process
from plu_model.child_process import fork_is_safe, receive, send, start_forked

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX")


def _open_fds() -> set[str]:
    return set(os.listdir("/proc/self/fd"))


def _gone(pid: int) -> bool:
    """No process, not even a zombie, has that id any more."""
    return not Path(f"/proc/{pid}").exists()


@pytest.fixture
def no_gui(monkeypatch):
    """The test session may have loaded QGIS for the desktop's tests; these children never touch it."""
    monkeypatch.setattr(child_process, "GUI_MODULES", ())


def test_fork_is_safe_only_with_one_thread_and_no_gui(no_gui, monkeypatch):
    counted = threading.active_count  # the test session may hold threads of earlier tests (their servers)
    monkeypatch.setattr(child_process.threading, "active_count", lambda: 1)
    assert fork_is_safe()
    monkeypatch.setattr(child_process.threading, "active_count", counted)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not fork_is_safe()
    finally:
        stop.set()
        thread.join()
    monkeypatch.setattr(child_process.threading, "active_count", lambda: 1)
    monkeypatch.setattr(child_process, "GUI_MODULES", ("PyQt5.QtCore",))
    monkeypatch.setitem(sys.modules, "PyQt5.QtCore", sys)  # what it is does not matter: that it is loaded
    assert not fork_is_safe()
    monkeypatch.setattr(child_process, "GUI_MODULES", ())
    assert fork_is_safe()
    monkeypatch.setattr(child_process.sys, "platform", "darwin")
    assert not fork_is_safe()
    monkeypatch.setattr(child_process.sys, "platform", "linux")
    assert fork_is_safe()
    monkeypatch.delattr(os, "fork")
    assert not fork_is_safe()


def test_the_child_answers_over_the_pipe_and_its_status_is_run_s():
    before = _open_fds()

    def run(out):
        send(out, ("hello", os.getpid()))
        return 3

    proc, stderr = start_forked(run)
    assert proc.stdin is None
    assert receive(proc.stdout) == ("hello", proc.pid)
    with pytest.raises(EOFError):
        receive(proc.stdout)  # the child's end is closed, and this process holds no copy of it
    assert proc.wait() == 3 and proc.poll() == 3
    proc.stdout.close()
    stderr.close()
    assert _gone(proc.pid)
    assert _open_fds() == before


def test_a_failing_child_leaves_its_traceback_in_the_stderr_file():
    def run(out):
        print("printed by the child")
        raise ValueError("the child's own words")

    proc, stderr = start_forked(run)
    assert proc.wait() == 1
    stderr.seek(0)
    lines = stderr.read().decode().strip().splitlines()
    assert lines[0] == "printed by the child"
    assert "Traceback" in lines[1] and lines[-1] == "ValueError: the child's own words"
    proc.stdout.close()
    stderr.close()


def test_the_child_neither_flushes_this_process_s_output_nor_runs_its_exit_handlers(tmp_path, monkeypatch):
    read, write = os.pipe()
    pending = io.TextIOWrapper(io.BufferedWriter(io.FileIO(write, "w"), buffer_size=1 << 16))
    pending.write("this process's unflushed line\n")
    monkeypatch.setattr(sys, "stdout", pending)
    monkeypatch.setattr(sys, "stderr", pending)
    marker = tmp_path / "exit-handler-ran"

    def handler():
        marker.write_text("ran", encoding="utf-8")

    atexit.register(handler)
    try:
        def run(out):
            print("the child's line")
            sys.stdout.flush()
            raise SystemExit(5)

        proc, stderr = start_forked(run)
        assert proc.wait() == 1  # SystemExit is a failure like any other: os._exit says what run returned
        stderr.seek(0)
        assert stderr.read().decode().startswith("the child's line\n")
    finally:
        atexit.unregister(handler)
    pending.close()  # flushes what this process wrote, once
    with os.fdopen(read, "rb") as got:
        assert got.read() == b"this process's unflushed line\n"
    assert not marker.exists()
    proc.stdout.close()
    stderr.close()


def test_a_child_killed_or_waited_for_with_a_timeout_is_collected():
    import signal
    import subprocess
    import time

    before = _open_fds()
    proc, stderr = start_forked(lambda out: time.sleep(60) or 0)
    assert proc.poll() is None
    with pytest.raises(subprocess.TimeoutExpired):
        proc.wait(timeout=0.05)
    proc.kill()
    assert proc.wait() == -signal.SIGKILL
    proc.kill()  # harmless once it has ended
    proc.stdout.close()
    stderr.close()
    assert _gone(proc.pid)
    assert _open_fds() == before


def test_a_fork_that_fails_leaves_nothing_open(monkeypatch):
    before = _open_fds()

    def refused():
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(child_process.os, "fork", refused)
    with pytest.raises(OSError):
        start_forked(lambda out: 0)
    assert _open_fds() == before


def _a_running_child():
    """A child that says it has started, then waits to be killed."""
    import time

    def run(out):
        send(out, "started")
        time.sleep(60)
        return 0

    proc, stderr = start_forked(run)
    assert receive(proc.stdout) == "started"
    return proc, stderr


def _end(proc, stderr) -> None:
    proc.kill()
    proc.wait()
    proc.stdout.close()
    stderr.close()


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="Linux shows a process's descriptors in /proc")
def test_the_child_holds_none_of_this_process_s_descriptors_but_its_own(tmp_path):
    import socket

    kept = open(tmp_path / "a plan.gpkg", "wb")  # a file the parent has open (a GeoPackage, a log)
    other_read, other_write = os.pipe()  # another child's stdin, as this process holds it
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)  # as a database connection
    mine = {kept.fileno(), other_read, other_write, server.fileno()}
    theirs = {fd: target for fd, target in targets(os.getpid()).items() if fd in mine}
    assert len(set(theirs.values())) == 3  # the pipe's two ends are one pipe
    proc, stderr = _a_running_child()
    try:
        held = targets(proc.pid)
        assert not set(theirs.values()) & set(held.values()), held
        assert held[0] == os.devnull  # nothing to read, and all it prints to one file
        assert held[1] == held[2] and held[1].endswith("(deleted)")  # its stderr file, a temporary one
        # every other descriptor the child has is its pipe, its stderr file or /dev/null
        pipe = targets(os.getpid())[proc.stdout.fileno()]
        assert set(held.values()) <= {os.devnull, pipe, held[2]}, held
    finally:
        _end(proc, stderr)
        kept.close()
        os.close(other_read)
        os.close(other_write)
        server.close()


def test_another_child_s_pipe_ends_when_this_process_closes_it_while_the_child_runs():
    """The reason for letting go: a pipe whose write end the copy still held never ends for its reader."""
    import select

    read, write = os.pipe()
    proc, stderr = _a_running_child()
    try:
        os.close(write)  # this process is done with it (or has died): its reader must see the end
        assert select.select([read], [], [], 5)[0], "the pipe never ended"
        assert os.read(read, 1) == b""
    finally:
        _end(proc, stderr)
        os.close(read)


def test_a_library_closing_what_it_had_inherited_does_not_close_what_the_child_opened_since(tmp_path):
    """PROJ reopens its database in a forked child and closes the descriptor it had: that number must not
    have been given to a file the child opened meanwhile."""
    osr = pytest.importorskip("osgeo.osr")
    osr.UseExceptions()
    osr.SpatialReference().ImportFromEPSG(7801)  # this process's PROJ opens proj.db
    text = tmp_path / "plan.txt"
    text.write_bytes(b"what the child reads\n" * 100)

    opened = len(targets(os.getpid())) + 8  # enough files to take every number this process has

    def run(out):
        streams = [open(text, "rb", buffering=0) for _ in range(opened)]  # one of them has proj.db's old number, if it is free
        firsts = {stream.read(21) for stream in streams}
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(32635)  # PROJ, in the copy, opens its database again
        seconds = {stream.read(21) for stream in streams}
        send(out, (firsts, seconds, srs.GetName()))
        return 0

    proc, stderr = start_forked(run)
    got = receive(proc.stdout)
    assert proc.wait() == 0
    proc.stdout.close()
    stderr.close()
    assert got == ({b"what the child reads\n"}, {b"what the child reads\n"}, "WGS 84 / UTM zone 35N")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_a_forked_child_ends_with_a_parent_killed_hard(tmp_path):
    from killed_parent import child_outlives_killed_parent

    marker = tmp_path / "at-work"
    code = ("import time\n"
            "from plu_model.child_process import start_forked\n"
            f"proc, stderr = start_forked(lambda out: [open({str(marker)!r}, 'w'), time.sleep(600)] and 0)\n"
            "print(proc.pid, flush=True)\n"
            "time.sleep(600)\n")
    assert not child_outlives_killed_parent(code, marker)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="Linux shows a process's descriptors in /proc")
def test_a_child_started_as_a_module_holds_none_of_this_process_s_descriptors(tmp_path):
    """``subprocess`` closes them (``close_fds``, its default): the same as a fork's child, without work here."""
    import time

    from plu_model.child_process import start_module

    kept = open(tmp_path / "a plan.gpkg", "wb")
    other_read, other_write = os.pipe()
    theirs = {targets(os.getpid())[fd] for fd in (kept.fileno(), other_read)}
    proc, stderr = start_module("validators.xml_worker")  # it waits for its task on stdin, never sent here
    try:
        end = time.monotonic() + 30
        while b"-m\0validators.xml_worker" not in Path(f"/proc/{proc.pid}/cmdline").read_bytes():  # run by now
            assert time.monotonic() < end
            time.sleep(0.01)
        held = set(targets(proc.pid).values())
        assert not theirs & held, held
    finally:
        proc.kill()
        proc.wait()
        proc.stdin.close()
        proc.stdout.close()
        stderr.close()
        kept.close()
        os.close(other_read)
        os.close(other_write)
