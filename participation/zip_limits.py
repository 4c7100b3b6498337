"""What a consultation package ZIP may hold, judged from its central directory before anything is written.

A package PLU Studio builds is a few hundred files and some megabytes.  An archive
that claims far more (a zip bomb), compresses implausibly well, or names files that
would land outside the unpack folder (absolute paths, ``..``, drive letters,
backslashes, symbolic links) or twice (the same name, or names a case-insensitive
disk would merge) is refused with one message naming the archive and the entry.
"""

from __future__ import annotations

import re
import stat
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from plu_model.errors import PluInputError
from plu_model.i18n import Text

__all__ = ["ZipLimits", "check_archive", "refused"]

_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class ZipLimits:
    """Bounds on an archive; the defaults leave a generous margin over any package PLU Studio builds."""

    max_entries: int = 20_000
    max_total_bytes: int = 1 << 30
    #: uncompressed/compressed size above which an entry (larger than ``ratio_floor`` bytes) is a bomb
    max_ratio: float = 200.0
    ratio_floor: int = 1 << 20


def refused(zip_path: Path | str, why: Text) -> PluInputError:
    """The one error of a refused archive (the caller removes whatever it had started)."""
    return PluInputError(Text("participation.zip_limits", "{zip_path}: refused: {why}", zip_path=zip_path, why=why))


def _name_problem(info: zipfile.ZipInfo) -> Text | None:
    name = info.filename
    parts = PurePosixPath(name).parts
    if not name or "\x00" in name or not parts:
        return Text("participation.zip_limits", "has an empty or unreadable name")
    if name.startswith("/") or _DRIVE.match(name) or "\\" in name:
        return Text("participation.zip_limits", "would leave the package folder (absolute path or drive)")
    if ".." in parts:
        return Text("participation.zip_limits", "would leave the package folder (..)")
    if stat.S_ISLNK(info.external_attr >> 16):
        return Text("participation.zip_limits", "is a symbolic link")
    return None


def check_archive(archive: zipfile.ZipFile, zip_path: Path | str, limits: ZipLimits) -> list[zipfile.ZipInfo]:
    """The archive's entries if its central directory is acceptable; :class:`PluInputError` naming the fault."""
    members = archive.infolist()
    if len(members) > limits.max_entries:
        raise refused(zip_path, Text("participation.zip_limits", "{n_members} entries (at most {max_entries})",
                                                                 n_members=len(members), max_entries=limits.max_entries))
    total = 0
    seen: dict[str, str] = {}
    for m in members:
        problem = _name_problem(m)
        if problem:
            raise refused(zip_path, Text("participation.zip_limits", "the entry {filename!r} {problem}", filename=m.filename, problem=problem))
        key = unicodedata.normalize("NFC", m.filename.rstrip("/")).casefold()
        if key in seen:
            raise refused(zip_path, Text("participation.zip_limits", "the entry {filename!r} repeats {seen!r}",
                                                                     filename=m.filename, seen=seen[key]))
        seen[key] = m.filename
        total += m.file_size
        if total > limits.max_total_bytes:
            raise refused(zip_path, Text("participation.zip_limits", "it would unpack to more than {max_total_bytes} bytes",
                                                                     max_total_bytes=limits.max_total_bytes))
        if m.file_size > limits.ratio_floor and m.file_size > limits.max_ratio * max(m.compress_size, 1):
            ratio = m.file_size / max(m.compress_size, 1)
            raise refused(zip_path, Text("participation.zip_limits", "the entry {filename!r} is compressed {ratio:.0f} "
                                                                     "to 1 (a zip bomb?)",
                                                                     filename=m.filename, ratio=ratio))
    return members
