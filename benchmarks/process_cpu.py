"""CPU seconds per process while a step runs: this process, each child by its module, the server's backends.

``add`` of a big plan runs in four processes at once (this one validating, the XSD/XML child, the store
worker and its PostgreSQL backend), so its wall time on a busy two-core machine says little about where
the work goes.  A :class:`ProcessCpu` samples ``/proc`` every few milliseconds while a step runs and
keeps the last CPU time it saw of every process that is this one's descendant or a child of the
cluster's postmaster (its backends and its other processes); a child that ends between two samples loses at most one interval (the totals
from ``getrusage`` stay exact).  Linux only: elsewhere every figure is 0.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100

#: module names of the children PLU Studio starts (``python -m MODULE``), as the breakdown names them
_CHILDREN = ("register.store_worker", "validators.xml_worker", "validators.xsd_worker")


def _stat(pid: int) -> tuple[int, float] | None:
    """(parent pid, CPU seconds) of a live process, or None when it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / _TICK


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            out += [int(c) for c in Path(f"/proc/{pid}/task/{task}/children").read_text().split()]
    except OSError:
        pass
    return out


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return ""


def _role(pid: int, parent: int, me: int, postmaster: int | None, seen: dict[int, Any]) -> str | None:
    """What a process is in the breakdown (a backend serves a connection; the checkpointer, WAL writer and
    autovacuum are the server's other processes), or None when it is not ours."""
    if pid == me:
        return "this process"
    if postmaster is not None and parent == postmaster:
        text = _cmdline(pid)
        return "server backend" if "[local]" in text else "server, other processes"
    if parent == me or (parent in seen and not seen[parent][0].startswith("server")):
        text = _cmdline(pid)
        for module in _CHILDREN:
            if f"-m {module}" in text:
                return module
        return os.path.basename(text.split(" ", 1)[0]) or "child"
    return None


class ProcessCpu:
    """Samples the CPU of this process, its descendants and the cluster's backends while a step runs."""

    def __init__(self, data_dir: Path | None, interval: float = 0.02):
        self.postmaster = _postmaster(data_dir)
        self.interval = interval
        self.me = os.getpid()
        #: pid → (role, CPU seconds at the start, last CPU seconds seen)
        self.seen: dict[int, tuple[str, float, float]] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _pids(self) -> list[int]:
        """This process, its descendants and the postmaster's children (``/proc/PID/task/TID/children``:
        a few small reads per sample, not a walk over every process of the machine)."""
        pids = [self.me]
        if self.postmaster is not None:
            pids += _children(self.postmaster)
        at = 0
        while at < len(pids):
            pid = pids[at]
            at += 1
            if pid == self.me or pid in self.seen and not self.seen[pid][0].startswith("server"):
                pids += _children(pid)
        return pids

    def _sample(self, first: bool = False) -> None:
        for pid in self._pids():
            stat = _stat(pid)
            if stat is None:
                continue
            parent, cpu = stat
            known = self.seen.get(pid)
            if known is not None:
                self.seen[pid] = (known[0], known[1], cpu)
                continue
            role = _role(pid, parent, self.me, self.postmaster, self.seen)
            if role is not None:
                # a process there before the step counts from now; one started during it from zero
                self.seen[pid] = (role, cpu if first else 0.0, cpu)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def __enter__(self) -> ProcessCpu:
        self._sample(first=True)
        self._thread = threading.Thread(target=self._run, name="process-cpu", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        self._sample()

    def by_role(self) -> dict[str, float]:
        """CPU seconds per role during the step (processes of one role added up)."""
        out: dict[str, float] = {}
        for role, start, last in self.seen.values():
            out[role] = out.get(role, 0.0) + max(0.0, last - start)
        return out


def _postmaster(data_dir: Path | None) -> int | None:
    if data_dir is None:
        return None
    try:
        return int((data_dir / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def measured_by_process(data_dir: Path | None, fn: Callable[[], Any]) -> tuple[dict[str, float], Any]:
    """CPU seconds per process role while ``fn()`` runs, and its value."""
    with ProcessCpu(data_dir) as cpu:
        value = fn()
    return cpu.by_role(), value
