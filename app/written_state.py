"""What this session last wrote to each plan file, so the next save can write only what changed.

A snapshot target (the plan file, the autosave…) holds the working copy plus the
edits written to it.  This module remembers those edits per target, with the
file's identity (inode, size, modification time) right after the write: if the
file was changed or replaced by anybody else since, the record no longer matches
and the next save writes the whole plan again.  No Qt; writers run in any thread.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

__all__ = [
    "WrittenState",
    "database_signature",
    "file_signature",
    "forget_working",
    "rebase_working",
    "remember_opened",
    "remember_written",
    "writing",
]

Signature = tuple[int, ...]


@dataclass(frozen=True)
class WrittenState:
    """``target`` = the working copy ``working`` + ``edits`` (``added``: the row ids the added features got).

    ``working_signature`` is the working copy's identity at that time: when something
    wrote into the working copy itself since (comments imported into it), only a whole
    write carries that over.
    """

    working: Path
    signature: Signature
    working_signature: Signature | None
    edits: list[Any] = field(default_factory=list)
    added: dict[str, list[int]] = field(default_factory=dict)

    def holds(self, working: Path) -> bool:
        return self.working == working.resolve() and self.working_signature == database_signature(working)


_STATES: dict[Path, WrittenState] = {}
_LOCKS: dict[Path, threading.Lock] = {}
_GUARD = threading.Lock()


def file_signature(path: Path) -> Signature | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def database_signature(path: Path) -> Signature | None:
    """The identity of a SQLite file and of its write-ahead log (where commits land in WAL mode)."""
    main = file_signature(path)
    wal = file_signature(Path(f"{path}-wal"))
    return None if main is None else (*main, *(wal or (0, 0, 0)))


def rebase_working(working: Path) -> None:
    """The layers opened the working copy (QGIS may switch it to WAL mode): same content, new identity."""
    base, signature = working.resolve(), database_signature(working)
    with _GUARD:
        for key, state in list(_STATES.items()):
            if state.working == base:
                _STATES[key] = replace(state, working_signature=signature)


@contextmanager
def writing(target: Path) -> Iterator[WrittenState | None]:
    """One writer per target at a time; yields what the target is known to hold (None: unknown).

    The record is dropped while writing: a write that fails half-way leaves the
    target unknown, so the next one writes it whole.
    """
    key = target.resolve()
    with _GUARD:
        lock = _LOCKS.setdefault(key, threading.Lock())
    with lock:
        with _GUARD:
            state = _STATES.pop(key, None)
        if state is not None and state.signature != file_signature(key):
            state = None
        yield state


def remember_written(target: Path, working: Path, edits: list[Any], added: dict[str, list[int]]) -> None:
    signature = file_signature(target)
    if signature is not None:
        with _GUARD:
            _STATES[target.resolve()] = WrittenState(
                working.resolve(), signature, database_signature(working), list(edits), dict(added)
            )


def remember_opened(source: Path, working: Path, signature: Signature | None) -> None:
    """``working`` was copied from ``source`` whose identity before the copy was ``signature``."""
    if signature is not None and file_signature(source) == signature:
        with _GUARD:
            _STATES[source.resolve()] = WrittenState(working.resolve(), signature, database_signature(working))


def forget_working(working: Path) -> None:
    """The working copy is gone: nothing written from it can be updated any more."""
    base = working.resolve()
    with _GUARD:
        for key in [k for k, s in _STATES.items() if s.working == base]:
            del _STATES[key]
