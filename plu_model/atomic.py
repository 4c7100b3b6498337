"""Atomic file writes: a file is either the old one or the complete new one, never half of each.

Every writer in PLU Studio (plan files, GML, reports, PDFs, packages) writes to a
temporary file beside its destination, flushes it to disk and renames it over the
destination in one step.  This module is that step, in one place.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

__all__ = ["atomic_open", "atomic_path", "write_atomic"]

#: Files SQLite (GeoPackage) may leave beside a database.
_SIDE_FILES = ("-journal", "-wal", "-shm")


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
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
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
