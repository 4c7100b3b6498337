"""What a file's bytes say about its character encoding, against what its XML declaration says.

libxml2 decodes a document as its declaration says.  Two real-world slips follow from that:

* a file saved as UTF-8 by one program while another wrote ``encoding="windows-1251"`` into its
  declaration parses without a complaint, and every Cyrillic letter comes out as two wrong ones
  ("Под" becomes "РџРѕРґ").  Nothing fails, so the loss would be silent: :func:`utf8_declared_otherwise`
  finds it (the bytes of a one-byte encoding's Cyrillic are almost never valid UTF-8, so valid UTF-8
  that is not plain ASCII is a near-certain sign);
* a windows-1251 or latin-1 file without a declaration (so read as UTF-8) stops at its first letter
  outside ASCII with libxml2's "Invalid bytes in character encoding": :func:`syntax_error_message`
  says what that means and how to fix it.
"""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass

from plu_model.i18n import Text

__all__ = ["MislabelledText", "declared_encoding", "syntax_error_message", "utf8_declared_otherwise"]

_DECLARATION = re.compile(rb"""^<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]*)["']""")
_CHUNK = 1 << 20
#: libxml2's words when the bytes are not in the encoding the parser was told
_WRONG_BYTES = ("Invalid bytes in character encoding", "Input is not proper UTF-8", "Document labelled UTF-16")


@dataclass(frozen=True)
class MislabelledText:
    """Where a file declaring a one-byte encoding holds UTF-8, with one line as read and as meant."""

    declared: str
    line: int
    as_read: str
    as_meant: str


def declared_encoding(head: bytes) -> str | None:
    """The encoding named in the XML declaration at the start of ``head``; None without one (or behind a BOM)."""
    m = _DECLARATION.match(head)
    return m.group(1).decode("ascii") if m else None


def _one_byte_codec(name: str) -> str | None:
    """The codec's canonical name if it is a one-byte encoding Python knows (windows-1251, ISO-8859-5…)."""
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return None
    if canonical.startswith("utf") or canonical == "ascii":
        return None
    try:
        # a Cyrillic letter takes one byte (or becomes one "?") in a one-byte encoding
        return canonical if len(chr(0x401).encode(canonical, "replace")) == 1 else None
    except (UnicodeError, LookupError):
        return None


def utf8_declared_otherwise(path: str | os.PathLike[str]) -> MislabelledText | None:
    """The first line of non-ASCII text when a file declares a one-byte encoding but its bytes are UTF-8.

    Costs one read of the first kilobyte for every file, and one streaming pass only for a file
    that declares such an encoding (rare: most are UTF-8).
    """
    with open(path, "rb") as stream:
        head = stream.read(1024)
        declared = declared_encoding(head)
        codec = _one_byte_codec(declared) if declared else None
        if codec is None:
            return None
        stream.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")("strict")
        first: tuple[int, bytes] | None = None  # (line, bytes of that line so far)
        lines = 0
        while chunk := stream.read(_CHUNK):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError:
                return None  # not UTF-8: the declaration may well be right
            if first is None and not chunk.isascii():
                at = next(i for i, b in enumerate(chunk) if b >= 0x80)
                start = chunk.rfind(b"\n", 0, at) + 1
                end = chunk.find(b"\n", at)
                first = (lines + chunk.count(b"\n", 0, at) + 1, chunk[start : end if end >= 0 else len(chunk)])
            lines += chunk.count(b"\n")
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return None
    if first is None:
        return None  # plain ASCII reads the same either way
    line, raw = first
    meant = raw.decode("utf-8", "replace").strip()
    at = next(i for i, c in enumerate(meant) if ord(c) >= 0x80)
    start = max(meant.rfind(">", 0, at) + 1, meant.rfind('"', 0, at) + 1, at - 10, 0)  # from where the text begins
    end = meant.find("<", at)
    meant = meant[start : min(end if end >= 0 else len(meant), at + 40)]  # to where the text ends
    return MislabelledText(declared, line, meant.encode("utf-8").decode(codec, "replace"), meant)


def syntax_error_message(msg: str, path: str | os.PathLike[str]) -> Text | str:
    """libxml2's message, with what to do when the bytes are not in the encoding the file declares."""
    if not msg.startswith(_WRONG_BYTES):
        return msg
    try:
        with open(path, "rb") as stream:
            declared = declared_encoding(stream.read(1024))
    except OSError:
        declared = None
    if declared is not None and _canonical(declared) != "utf-8":
        return Text("plu_model.xml_encoding", "{msg} — the bytes there are not {declared}, the encoding the file "
                                              "declares; save it again in {declared}, or declare the encoding it "
                                              "was saved in", msg=msg.strip(), declared=declared)
    return Text("plu_model.xml_encoding", "{msg} — the file is read as UTF-8 (it declares {declared}) and its bytes "
                                          "there are not UTF-8; if it was saved as windows-1251, declare that: "
                                          "<?xml version=\"1.0\" encoding=\"windows-1251\"?>",
                                          msg=msg.strip(), declared=declared or _NO_DECLARATION)


#: what a file declares when it declares no encoding, in each language
_NO_DECLARATION = Text("plu_model.xml_encoding", "no encoding")


def _canonical(name: str) -> str:
    """Python's name for an encoding (``UTF8`` and ``utf-8`` are one), or the name as written if unknown."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name.lower()
