"""Scanned pages and minutes kept inside the plan file: checked by their first bytes, capped in size.

A paper objection arrives with its pages scanned, a public meeting with its
signed minutes.  Both go into the plan file so the record of the consultation
travels with the plan.  Only PDF and JPEG are taken, recognised by what the
file holds (not by its name: an ``.exe`` renamed ``.pdf`` is refused), and a
file larger than :data:`MAX_ATTACHMENT_BYTES` is refused before it is read.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from plu_model.errors import PluInputError
from plu_model.i18n import Text

__all__ = ["MAX_ATTACHMENT_BYTES", "MAX_ATTACHMENTS", "MAX_TOTAL_BYTES", "Attachment", "media_type_of", "read_attachment"]

#: The largest scan kept in a plan file (a few dozen pages at 300 dpi).
MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
#: How many files one objection may carry, and how many bytes together (the plan file stays movable).
MAX_ATTACHMENTS = 20
MAX_TOTAL_BYTES = 100 * 1024 * 1024
_MAGIC = ((b"%PDF-", "application/pdf", ".pdf"), (b"\xff\xd8\xff", "image/jpeg", ".jpg"))
_UNSAFE = re.compile(r"[^\w.\- ]+")


@dataclass(frozen=True)
class Attachment:
    """A file's bytes with the name it had and the type its content shows."""

    name: str
    media_type: str
    content: bytes = field(repr=False)

    @property
    def size(self) -> int:
        return len(self.content)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


def media_type_of(head: bytes) -> str | None:
    """``application/pdf`` or ``image/jpeg`` from a file's first bytes, else ``None``."""
    for magic, media_type, _ext in _MAGIC:
        if head.startswith(magic):
            return media_type
    return None


def _safe_name(name: str, media_type: str) -> str:
    base = unicodedata.normalize("NFC", os.path.basename(name.replace("\\", "/")))
    base = _UNSAFE.sub("_", base).strip(" ._")[:120] or "scan"
    ext = next(e for _m, t, e in _MAGIC if t == media_type)
    return base if base.lower().endswith((ext, ".jpeg")) else base + ext


def read_attachment(path: str | os.PathLike[str]) -> Attachment:
    """Read a scan or minutes file, refusing what is not a PDF or JPEG or is too large."""
    p = Path(path)
    if not p.is_file():
        raise PluInputError(Text("participation.attachments", "{p}: no such file", p=p))
    size = p.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        limit = MAX_ATTACHMENT_BYTES // (1024 * 1024)
        raise PluInputError(
            Text("participation.attachments", "{p}: {size:.1f} MB is too large to attach; at most {limit} MB per file",
                                              p=p, size=size / 1048576, limit=limit),
        )
    if size == 0:
        raise PluInputError(Text("participation.attachments", "{p}: the file is empty", p=p))
    try:
        with open(p, "rb") as fh:  # never more than the cap, even if the file grows after the size check
            content = fh.read(MAX_ATTACHMENT_BYTES + 1)
    except OSError as exc:
        raise PluInputError(Text("participation.attachments", "{p}: cannot be read ({exc})", p=p, exc=exc)) from exc
    if len(content) > MAX_ATTACHMENT_BYTES:
        raise PluInputError(Text("participation.attachments", "{p}: grew while it was read; attach it again", p=p))
    media_type = media_type_of(content[:8])
    if media_type is None:
        raise PluInputError(
            Text("participation.attachments", "{p}: not a PDF or JPEG file (its content says otherwise, whatever its "
                                              "name)", p=p),
        )
    return Attachment(_safe_name(p.name, media_type), media_type, content)
