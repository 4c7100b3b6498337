"""Servers of a private register whose folder was deleted or moved while they ran.

``pg_ctl`` asks PostgreSQL for the server's state through the data folder's
``postmaster.pid``: with the folder gone from its place, ``plu register`` saw no
register and no server, while the server still ran.  A folder *deleted* leaves a
server whose data is gone (PostgreSQL 15 notices its lock file missing within a
minute and stops); a folder *moved* leaves a server that runs on from the new place
until it is killed, its memory held and its socket in the moved folder.

The kernel still knows such a server: the postmaster was started as ``postgres -D
FOLDER/data`` and its working folder is its data folder, wherever that is now
(Linux: ``/proc/PID/cwd``, with `` (deleted)`` after a deleted one).  Elsewhere
nothing is found.
"""

from __future__ import annotations

import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path

__all__ = ["StrayServer", "find_strays", "stop_stray"]

_DELETED = " (deleted)"


@dataclass(frozen=True)
class StrayServer:
    """A postmaster started for a data folder that is no longer where it was started."""

    pid: int
    #: where its data folder is now (None: deleted)
    moved_to: Path | None


def _command_line(pid: str) -> list[str]:
    with open(f"/proc/{pid}/cmdline", "rb") as f:
        return [os.fsdecode(a) for a in f.read().split(b"\0") if a]


def _started_for(argv: list[str], data: str) -> bool:
    """Whether ``argv`` is a postmaster's started with ``-D data`` (its children rename themselves)."""
    if not argv or Path(argv[0]).name != "postgres":
        return False
    return any(a == "-D" and b == data for a, b in zip(argv, argv[1:]))


def _where_now(data: Path) -> Path:
    try:
        return data.resolve(strict=True)
    except OSError:
        return data


def find_strays(data: str | os.PathLike[str]) -> list[StrayServer]:
    """The servers started for ``data`` that no longer run from it: its folder deleted or moved away."""
    data = Path(data)
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    here = str(_where_now(data))
    found = []
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if not _started_for(_command_line(entry.name), str(data)):
                continue
            cwd = os.readlink(f"/proc/{entry.name}/cwd")
        except OSError:  # ended meanwhile, or another user's process this one may not look into
            continue
        if cwd == here:
            continue  # the register's own server, where it belongs
        found.append(StrayServer(int(entry.name), None if cwd.endswith(_DELETED) else Path(cwd)))
    return found


def stop_stray(server: StrayServer, timeout: float = 30.0) -> bool:
    """Ask the server for a fast shutdown (``pg_ctl stop -m fast``'s signal: sessions rolled back, a checkpoint
    written in its data folder, wherever it is now) and wait for it to end; False when it may not be asked
    or has not ended in time."""
    try:
        os.kill(server.pid, signal.SIGINT)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if not _alive(server.pid):
            return True
        time.sleep(0.05)
    return False


def _alive(pid: int) -> bool:
    """Whether the process runs (a zombie waiting for its parent has ended)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return False
