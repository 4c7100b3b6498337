"""Atomic file writes: a file is either the old one or the complete new one, never half of each.

Every writer in PLU Studio (plan files, GML, reports, PDFs, packages) writes to a
temporary file beside its destination, flushes it to disk and renames it over the
destination in one step.  This module is that step, in one place.

A temporary file's name carries the writing process's id
(``.plan.gpkg.4242-x1y2.gpkg``), so when a write was killed (``kill -9``, power
cut) the next write to the same destination removes the leftovers of processes
that no longer run, journal files included.  A polite stop (Ctrl+C, SIGTERM
to ``plu``) unwinds normally and leaves nothing behind.
"""

from __future__ import annotations

import errno
import os
import re
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

__all__ = ["atomic_open", "atomic_path", "remove_stale_temporaries", "write_atomic"]

#: Files SQLite (GeoPackage) may leave beside a database.
_SIDE_FILES = ("-journal", "-wal", "-shm")
#: Leftovers of versions that did not put the process id in the name are removed when this old.
_OLD_FORMAT_AGE = 24 * 3600


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def remove_stale_temporaries(dest: str | os.PathLike[str]) -> list[Path]:
    """Remove temporary files of writes to ``dest`` whose process is gone; returns what was removed."""
    target = Path(dest)
    pattern = re.compile(re.escape(f".{target.name}.") + r"(?:(\d+)-)?[a-z0-9_]{8}[^/]{0,24}$")
    removed: list[Path] = []
    try:
        entries = list(target.parent.iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = pattern.match(entry.name)
        if not match or not entry.is_file():
            continue
        pid = match.group(1)
        try:
            stale = (not _alive(int(pid))) if pid else time.time() - entry.stat().st_mtime > _OLD_FORMAT_AGE
        except OSError:
            continue
        if stale and (pid is None or int(pid) != os.getpid()):
            entry.unlink(missing_ok=True)
            removed.append(entry)
    return removed


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def atomic_path(dest: str | os.PathLike[str], suffix: str = ".tmp") -> Iterator[Path]:
    """A temporary path beside ``dest`` for a writer that needs a file name.

    The path does not exist yet (OGR, QGIS and zipfile create it themselves).  When
    the block ends normally the file is flushed to disk and moved over ``dest``;
    when it raises (or is cancelled) the temporary file and any SQLite side files
    are removed and ``dest`` is untouched.
    """
    target = Path(dest)
    try:
        if target.is_dir():  # else the rename fails naming our temporary file, not the folder the user gave
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except FileExistsError:  # a part of the path is a file (/etc/passwd/x.gml): "File exists" misleads
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(target)) from None
        remove_stale_temporaries(target)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}-", suffix=suffix, dir=target.parent)
    except OSError as exc:  # the user named the destination, not our temporary file: say that name
        raise type(exc)(exc.errno, exc.strerror, str(target)) from exc
    os.close(fd)
    tmp = Path(name)
    tmp.unlink()
    try:
        yield tmp
        if not tmp.is_file():
            raise FileNotFoundError(f"{tmp}: the writer produced no file for {target}")
        _fsync_file(tmp)
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    finally:
        for side in ("", *_SIDE_FILES):
            Path(f"{tmp}{side}").unlink(missing_ok=True)


@contextmanager
def atomic_open(dest: str | os.PathLike[str], mode: str = "wb", **kwargs: Any) -> Iterator[IO[Any]]:
    """``open()`` for writing that replaces ``dest`` only once everything was written."""
    with atomic_path(dest) as tmp, open(tmp, mode, **kwargs) as fh:
        yield fh
        fh.flush()


def write_atomic(dest: str | os.PathLike[str], data: str | bytes, encoding: str = "utf-8") -> Path:
    """Write text or bytes to ``dest`` atomically; returns the path."""
    if isinstance(data, str):
        with atomic_open(dest, "w", encoding=encoding, newline="") as fh:
            fh.write(data)
    else:
        with atomic_open(dest, "wb") as fh:
            fh.write(data)
    return Path(dest)
