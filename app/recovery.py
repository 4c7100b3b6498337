"""Finding what a crashed session left behind, so the user can recover it.

Every open plan has a work folder with ``state.json`` (owner process, token,
file, title) and, once autosave ran, ``autosave.gpkg``.  A folder whose owner is
gone (the process ended, or it is this process but the document is no longer
open) is an orphan: with unsaved work in it, it is offered for recovery;
without any, it is simply removed.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from app.document import live_tokens, read_state, work_root

__all__ = ["RecoveryCandidate", "find_recoverable"]


@dataclass
class RecoveryCandidate:
    folder: Path
    title: str
    path: str | None
    autosaved_at: str | None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _orphaned(state: dict) -> bool:
    pid = int(state.get("pid") or 0)
    if pid == os.getpid():
        return state.get("token") not in live_tokens()
    return not pid or not _alive(pid)


def find_recoverable(clean_up: bool = True) -> list[RecoveryCandidate]:
    """Orphaned work folders with unsaved work, newest first; empty orphans are removed."""
    root = work_root()
    if not root.is_dir():
        return []
    out = []
    for folder in sorted(root.iterdir(), key=lambda p: p.stat().st_mtime, reverse=True):
        if not folder.is_dir():
            continue
        state = read_state(folder)
        if not state or not _orphaned(state):
            continue
        if (folder / "autosave.gpkg").is_file():
            out.append(RecoveryCandidate(folder, state.get("title") or folder.name, state.get("path"),
                                         state.get("autosaved_at")))
        elif clean_up:
            shutil.rmtree(folder, ignore_errors=True)
    return out
