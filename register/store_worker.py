"""``add`` of a big plan: the file read and stored by a second process while this one validates it.

Validating a 100,000-zone GML and storing what was read are each many seconds of
single-threaded Python; one after the other they cost their sum.  A second process
reads the file on its own and stores it in a transaction that it leaves open; the
validation runs here meanwhile (its fastest pass: it keeps no feature), and when it
is done the worker is told to commit or to roll back.  A plan with errors is never
committed (unless forced), so nothing of it is ever visible in the register.

The two processes speak over the worker's stdin and stdout, one pickled message at a
time (``python -m register.store_worker``, like :mod:`validators.xsd_worker`).
"""

from __future__ import annotations

import os
import pickle
import select
import subprocess
import sys
import traceback
from dataclasses import dataclass
from typing import Any

from plu_model.child_process import die_with_parent, receive, send, start_module
from plu_model.i18n import Text
from register.errors import RegisterError
from register.store import VersionInfo

__all__ = ["EmptyPlan", "StoreRequest", "StoreWorker"]


class EmptyPlan(RegisterError):
    """The file the worker read holds no PLU feature."""


@dataclass(frozen=True)
class StoreRequest:
    """What the worker stores: the file, and as whom, for which authority, amending which plans."""

    dsn: str
    path: str
    authority: str
    amends: tuple[str, ...] = ()


class _Withdrawn(Exception):
    """The validation refused the plan: the worker's transaction is rolled back."""


def _portable(exc: BaseException) -> BaseException:
    """The error as it can cross to the parent: itself when it pickles and unpickles, else a register error."""
    try:
        back = pickle.loads(pickle.dumps(exc))
        if type(back) is type(exc):
            return exc
    except Exception:  # noqa: BLE001 - any pickling failure: described instead
        pass
    text = "".join(traceback.format_exception_only(type(exc), exc)).strip()
    return RegisterError(Text("register.store_worker", "storing the plan failed: {text}", text=text))


class StoreWorker:
    """The second process: started with a request, it reads and stores, then waits for :meth:`finish`."""

    def __init__(self, request: StoreRequest):
        self._path = request.path
        self._proc, self._stderr = start_module("register.store_worker")
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._to, self._from = self._proc.stdin, self._proc.stdout
        #: until the worker has given its last answer: a worker stopped before is killed, not waited for
        self._unfinished = True
        try:
            send(self._to, ("store", request))
        except OSError:
            pass  # the worker is gone already: :meth:`finish` says why

    def _answer(self) -> tuple[str, Any]:
        try:
            return receive(self._from)  # type: ignore[no-any-return]
        except (EOFError, OSError, pickle.UnpicklingError) as exc:
            self._proc.wait()
            if self._proc.returncode < 0:  # killed (the out-of-memory killer, or by hand): its transaction is gone
                return "failed", RegisterError(Text(
                    "register.store_worker", "the process storing {path} was stopped (signal {signal}); nothing "
                                             "of the plan was stored", path=self._path, signal=-self._proc.returncode))
            self._stderr.seek(0)
            lines = self._stderr.read().decode("utf-8", "replace").strip().splitlines()
            text = lines[-1] if lines else f"exit status {self._proc.returncode} ({exc})"
            return "failed", RegisterError(Text("register.store_worker", "storing the plan failed: {text}", text=text))

    def _stored(self) -> bool:
        """True when the worker has said something (it stored the plan, or failed) and waits for the answer."""
        return bool(select.select([self._from], [], [], 0)[0])

    def finish(self, commit: bool) -> VersionInfo | None:
        """Commit the stored version (its info) or roll it back (None); the worker's error is raised here.

        A worker still reading or storing when told to roll back is not waited for: it is killed, and
        its transaction ends with its connection.
        """
        if not commit and not self._stored():
            self.stop()
            return None
        try:
            kind, value = self._answer()
            if kind == "stored":
                try:
                    send(self._to, ("commit" if commit else "rollback", None))
                except OSError:
                    pass  # the worker is gone: its error is what it wrote last
                kind, value = self._answer()
            self._unfinished = False
            if kind == "failed":
                if commit:
                    raise value
                return None
            return value if kind == "committed" else None
        finally:
            self.stop()

    def stop(self) -> None:
        """End the worker; one still at work is killed (its server session ends, so its transaction rolls back)."""
        for stream in (self._to, self._from):
            try:
                stream.close()
            except OSError:
                pass
        if self._proc.poll() is None:
            try:
                self._proc.wait(timeout=0 if self._unfinished else 30)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        if not self._stderr.closed:
            self._stderr.close()


def _store_and_wait(request: StoreRequest, send: Any, receive: Any) -> None:
    """Read the file, store it in one transaction, say so, and commit only when told to."""
    from plu_model.readers import read_dataset
    from register.provider import RegisterProvider

    from register.adding import check_one_plan

    data, _findings = read_dataset(request.path)
    if next(data.features(), None) is None:
        raise EmptyPlan(Text("register.adding", "{path}: the file holds no PLU feature", path=request.path))
    check_one_plan(request.path, data)
    with RegisterProvider(request.dsn) as reg:
        try:
            with reg.transaction() as cur:
                info = reg.store(cur, data, request.authority, list(request.amends))
                send(("stored", info))
                if receive()[0] != "commit":
                    raise _Withdrawn
        except _Withdrawn:
            send(("rolled back", None))
            return
    send(("committed", info))


def main() -> int:
    """The child: one request on stdin, answers on stdout (anything printed goes to stderr)."""
    die_with_parent()  # else a parent killed hard leaves it storing the whole plan only to roll it back
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    stdin = sys.stdin.buffer
    _kind, request = receive(stdin)
    try:
        _store_and_wait(request, lambda m: send(out, m), lambda: receive(stdin))
    except EOFError:
        return 1  # the parent went away: the transaction was rolled back with the connection
    except Exception as exc:  # noqa: BLE001 - every failure goes to the parent, which decides what it means
        send(out, ("failed", _portable(exc)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
