"""A small PDF writer for text documents: the regulation text and other pages of words.

The plan map needs QGIS and comes from :mod:`app.print_layout` in a separate
process; a regulation text needs only words, and writing it here keeps the
packager free of Qt.  The output is PDF 1.7 with the DejaVu fonts embedded as
subset CIDFontType2 fonts, a ToUnicode map (so the text can be searched and
copied, Cyrillic included), A4 pages with running footers and document
metadata.  Paragraph labels hang in the margin so a citation ("item 7") is
easy to find on paper.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from participation.truetype import TrueTypeFont, load_font
from plu_model.atomic import write_atomic

__all__ = ["Block", "write_text_pdf"]

_A4 = (595.28, 841.89)
_MARGIN = 56.7  # 20 mm
_STYLES = {
    # kind: (font, size, space before, space after, grey)
    "title": ("bold", 15.0, 0.0, 10.0, 0.0),
    "subtitle": ("regular", 10.0, 0.0, 12.0, 0.25),
    "heading": ("bold", 12.0, 10.0, 4.0, 0.0),
    "paragraph": ("regular", 10.5, 3.0, 3.0, 0.0),
    "text": ("regular", 10.5, 2.0, 2.0, 0.0),
    "meta": ("regular", 8.5, 1.0, 1.0, 0.35),
}
_LABEL_WIDTH = 30.0


@dataclass(frozen=True)
class Block:
    """A run of text on the page: ``kind`` is one of title, subtitle, heading, paragraph, text, meta.

    ``label`` (a paragraph number) is set in bold in the left gutter.
    """

    kind: str
    text: str
    label: str | None = None


@dataclass
class _Run:
    font: str
    size: float
    x: float
    y: float
    text: str
    grey: float


class _Fonts:
    def __init__(self) -> None:
        self.faces: dict[str, TrueTypeFont] = {
            "regular": load_font("DejaVuSans.ttf"),
            "bold": load_font("DejaVuSans-Bold.ttf"),
        }
        self.used: dict[str, set[int]] = {k: set() for k in self.faces}
        self.chars: dict[str, dict[int, str]] = {k: {} for k in self.faces}

    def encode(self, face: str, text: str) -> str:
        font = self.faces[face]
        out = []
        for char in text:
            glyph = font.glyph(char)
            self.used[face].add(glyph)
            if glyph:
                self.chars[face].setdefault(glyph, char)
            out.append(f"{glyph:04X}")
        return "".join(out)


def _wrap(font: TrueTypeFont, text: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width``; explicit newlines are kept."""
    if "\n" in text:
        return [line for part in text.split("\n") for line in _wrap(font, part, size, width)]
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if font.width(candidate, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        # a word wider than the column is broken between characters
        while font.width(word, size) > width:
            cut = max(1, next((i for i in range(len(word), 0, -1) if font.width(word[:i], size) <= width), 1))
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line or not lines:
        lines.append(line)
    return lines


def _layout(blocks: Iterable[Block], fonts: _Fonts) -> list[list[_Run]]:
    width = _A4[0] - 2 * _MARGIN
    top, bottom = _A4[1] - _MARGIN, _MARGIN + 24
    pages: list[list[_Run]] = [[]]
    y = top
    for block in blocks:
        face, size, before, after, grey = _STYLES[block.kind]
        font = fonts.faces[face]
        indent = _LABEL_WIDTH if block.label is not None else 0.0
        lines = _wrap(font, block.text, size, width - indent)
        leading = size * 1.38
        y -= before
        # keep a heading with at least two lines of what follows
        needed = leading * (3 if block.kind == "heading" else 1)
        for i, line in enumerate(lines):
            if y - (needed if i == 0 else leading) < bottom:
                pages.append([])
                y = top
            y -= leading
            if i == 0 and block.label is not None:
                pages[-1].append(_Run("bold", size, _MARGIN, y, block.label, grey))
            pages[-1].append(_Run(face, size, _MARGIN + indent, y, line, grey))
        y -= after
    return pages


def _pdf_string(text: str) -> bytes:
    """A PDF text string (UTF-16BE with a byte-order mark) for metadata."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


class _Objects:
    def __init__(self) -> None:
        self.bodies: list[bytes | None] = []

    def reserve(self) -> int:
        self.bodies.append(None)
        return len(self.bodies)

    def set(self, number: int, body: bytes) -> int:
        self.bodies[number - 1] = body
        return number

    def add(self, body: bytes) -> int:
        return self.set(self.reserve(), body)

    def stream(self, data: bytes, extra: bytes = b"") -> int:
        packed = zlib.compress(data, 9)
        return self.add(b"<< /Length %d /Filter /FlateDecode %s>>\nstream\n" % (len(packed), extra) + packed + b"\nendstream")

    def serialise(self, root: int, info: int) -> bytes:
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(self.bodies, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % number + (body or b"null") + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.bodies) + 1)
        for offset in offsets:
            out += b"%010d 00000 n \n" % offset
        out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(self.bodies) + 1, root, info, xref
        )
        return bytes(out)


def _to_unicode(chars: dict[int, str]) -> bytes:
    lines = [
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
        "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange",
    ]
    items = sorted(chars.items())
    for i in range(0, len(items), 100):
        chunk = items[i : i + 100]
        lines.append(f"{len(chunk)} beginbfchar")
        lines += [f"<{g:04X}> <{c.encode('utf-16-be').hex().upper()}>" for g, c in chunk]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


def _font_objects(objects: _Objects, font: TrueTypeFont, glyphs: set[int], chars: dict[int, str], tag: str) -> int:
    name = f"{tag}+{font.postscript_name}".encode("ascii", "ignore")
    program = font.subset(glyphs)
    file_ref = objects.stream(program, b"/Length1 %d " % len(program))
    descriptor = objects.add(
        b"<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [%d %d %d %d] /ItalicAngle %d "
        b"/Ascent %d /Descent %d /CapHeight %d /StemV 80 /FontFile2 %d 0 R >>"
        % (name, *font.bbox, round(font.italic_angle), font.ascent, font.descent, font.cap_height, file_ref)
    )
    widths = b" ".join(b"%d [%d]" % (g, font.advance(g)) for g in sorted(glyphs))
    cid = objects.add(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /%s "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor %d 0 R /DW 1000 /W [%s] /CIDToGIDMap /Identity >>" % (name, descriptor, widths)
    )
    unicode_ref = objects.stream(_to_unicode(chars))
    return objects.add(
        b"<< /Type /Font /Subtype /Type0 /BaseFont /%s /Encoding /Identity-H "
        b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (name, cid, unicode_ref)
    )


def write_text_pdf(
    path: str | os.PathLike[str],
    blocks: Iterable[Block],
    *,
    title: str,
    footer: str = "",
    language: str = "bg",
    page_label: str = "{page} / {pages}",
) -> Path:
    """Write ``blocks`` as an A4 PDF at ``path`` (atomically) and return the path."""
    fonts = _Fonts()
    pages = _layout(list(blocks), fonts)
    objects = _Objects()
    catalog, pages_ref = objects.reserve(), objects.reserve()
    font_names = {"regular": "F1", "bold": "F2"}
    contents = []
    for number, runs in enumerate(pages, 1):
        ops = []
        for run in runs:
            ops.append(
                f"BT {run.grey:.2f} g /{font_names[run.font]} {run.size:.2f} Tf {run.x:.2f} {run.y:.2f} Td "
                f"<{fonts.encode(run.font, run.text)}> Tj ET"
            )
        label = page_label.format(page=number, pages=len(pages))
        foot = f"{footer} — {label}" if footer else label
        ops.append(f"0.6 G 0.5 w {_MARGIN:.2f} {_MARGIN + 14:.2f} m {_A4[0] - _MARGIN:.2f} {_MARGIN + 14:.2f} l S")
        ops.append(f"BT 0.35 g /F1 8 Tf {_MARGIN:.2f} {_MARGIN:.2f} Td <{fonts.encode('regular', foot)}> Tj ET")
        contents.append("\n".join(ops).encode("ascii"))
    font_refs = {
        face: _font_objects(objects, fonts.faces[face], fonts.used[face], fonts.chars[face], tag)
        for face, tag in (("regular", "PLUAAA"), ("bold", "PLUAAB"))
    }
    resources = b"<< /Font << /F1 %d 0 R /F2 %d 0 R >> >>" % (font_refs["regular"], font_refs["bold"])
    kids = []
    for data in contents:
        content_ref = objects.stream(data)
        kids.append(
            objects.add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] /Resources %s /Contents %d 0 R >>"
                % (pages_ref, _A4[0], _A4[1], resources, content_ref)
            )
        )
    objects.set(pages_ref, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids)))
    objects.set(catalog, b"<< /Type /Catalog /Pages %d 0 R /Lang (%s) >>" % (pages_ref, language.encode("ascii", "ignore")))
    stamp = datetime.now(UTC).strftime("D:%Y%m%d%H%M%SZ").encode()
    info = objects.add(
        b"<< /Title %s /Producer %s /Creator %s /CreationDate (%s) >>"
        % (_pdf_string(title), _pdf_string("PLU Studio"), _pdf_string("PLU Studio participation"), stamp)
    )
    data = objects.serialise(catalog, info)
    return write_atomic(path, data)
