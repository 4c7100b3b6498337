"""Just enough of a TrueType font for PDF text: metrics, character map, and a glyph subset.

The regulation-text PDF must show Cyrillic and stay searchable, without Qt and
without a PDF library: PDF's CIDFontType2 embeds a TrueType font and addresses
glyphs by index.  This module reads the tables that needs (``head``, ``hhea``,
``hmtx``, ``maxp``, ``cmap``, ``loca``/``glyf``, ``OS/2``, ``post``, ``name``) and
writes a subset that keeps glyph indices but drops the outlines of every glyph
the document does not use, so a page of text embeds tens of kilobytes rather
than the whole font.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from plu_model.errors import PluError

__all__ = ["FONT_DIRS", "TrueTypeFont", "find_font"]

#: Folders searched for fonts ($PLU_FONT_DIR first); Debian's fonts-dejavu-core installs the first.
FONT_DIRS: tuple[str, ...] = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/local/share/fonts",
    "/usr/share/fonts/TTF",
)
# composite glyph flags (TrueType 'glyf' table)
_ARGS_ARE_WORDS, _HAVE_SCALE, _MORE, _HAVE_XY_SCALE, _HAVE_2X2 = 0x0001, 0x0008, 0x0020, 0x0040, 0x0080
# tables a CIDFontType2 subset keeps (the rest is for layout engines and other platforms)
_KEEP = ("head", "hhea", "hmtx", "maxp", "cvt ", "fpgm", "prep", "loca", "glyf")


def find_font(file_name: str) -> Path:
    """The path of a font file, or a :class:`PluError` saying which package provides it."""
    folders = [os.environ["PLU_FONT_DIR"]] if os.environ.get("PLU_FONT_DIR") else []
    for folder in [*folders, *FONT_DIRS]:
        candidate = Path(folder) / file_name
        if candidate.is_file():
            return candidate
    raise PluError(
        f"the font {file_name} is not installed (looked in {', '.join([*folders, *FONT_DIRS])}); "
        "install Debian's fonts-dejavu-core or set PLU_FONT_DIR",
        bg=f"шрифтът {file_name} не е инсталиран (търсен в {', '.join([*folders, *FONT_DIRS])}); "
        "инсталирайте пакета fonts-dejavu-core на Debian или задайте PLU_FONT_DIR",
    )


@dataclass
class _Tables:
    data: bytes
    offsets: dict[str, tuple[int, int]]

    def get(self, tag: str) -> bytes:
        if tag not in self.offsets:
            raise PluError(f"the font has no {tag!r} table", bg=f"шрифтът няма таблица {tag!r}")
        start, length = self.offsets[tag]
        return self.data[start : start + length]


class TrueTypeFont:
    """A TrueType font file: glyph indices for characters, advance widths, and subsets."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)
        data = self.path.read_bytes()
        try:
            self._parse(data)
        except (struct.error, IndexError, KeyError) as exc:
            raise PluError(
                f"{self.path}: not a TrueType font this writer can use ({exc})",
                bg=f"{self.path}: не е шрифт TrueType, който този модул за запис може да използва ({exc})",
            ) from exc

    # -- reading -----------------------------------------------------------------
    def _parse(self, data: bytes) -> None:
        version, num_tables = struct.unpack(">IH", data[:6])
        if version not in (0x00010000, 0x74727565):
            raise PluError(
                f"{self.path}: not a TrueType font (CFF outlines are not supported)",
                bg=f"{self.path}: не е шрифт TrueType (контури CFF не се поддържат)",
            )
        offsets = {}
        for i in range(num_tables):
            tag, _checksum, offset, length = struct.unpack(">4sIII", data[12 + 16 * i : 28 + 16 * i])
            offsets[tag.decode("latin-1")] = (offset, length)
        self._tables = _Tables(data, offsets)
        head = self._tables.get("head")
        self.units_per_em = struct.unpack(">H", head[18:20])[0]
        x_min, y_min, x_max, y_max = struct.unpack(">hhhh", head[36:44])
        self.bbox = tuple(self._scale(v) for v in (x_min, y_min, x_max, y_max))
        self._loca_long = struct.unpack(">h", head[50:52])[0] == 1
        hhea = self._tables.get("hhea")
        ascent, descent, line_gap = struct.unpack(">hhh", hhea[4:10])
        self.ascent, self.descent, self.line_gap = self._scale(ascent), self._scale(descent), self._scale(line_gap)
        n_metrics = struct.unpack(">H", hhea[34:36])[0]
        self.num_glyphs = struct.unpack(">H", self._tables.get("maxp")[4:6])[0]
        hmtx = self._tables.get("hmtx")
        advances = [struct.unpack(">H", hmtx[4 * i : 4 * i + 2])[0] for i in range(n_metrics)]
        advances += [advances[-1]] * (self.num_glyphs - n_metrics)
        self.advances = advances
        self.cap_height = self.ascent
        if "OS/2" in offsets:
            os2 = self._tables.get("OS/2")
            if struct.unpack(">H", os2[0:2])[0] >= 2 and len(os2) >= 90:
                self.cap_height = self._scale(struct.unpack(">h", os2[88:90])[0])
        self.italic_angle = 0.0
        if "post" in offsets:
            post = self._tables.get("post")
            whole, frac = struct.unpack(">hH", post[4:8])
            self.italic_angle = whole + frac / 65536
        self.cmap = self._read_cmap(self._tables.get("cmap"))
        self.postscript_name = self._read_name() or self.path.stem

    def _scale(self, value: int) -> int:
        return round(value * 1000 / self.units_per_em)

    def _read_cmap(self, cmap: bytes) -> dict[int, int]:
        count = struct.unpack(">H", cmap[2:4])[0]
        subtables = {}
        for i in range(count):
            platform, encoding, offset = struct.unpack(">HHI", cmap[4 + 8 * i : 12 + 8 * i])
            subtables[(platform, encoding)] = offset
        for key in ((3, 10), (0, 4), (3, 1), (0, 3)):
            if key in subtables:
                offset = subtables[key]
                fmt = struct.unpack(">H", cmap[offset : offset + 2])[0]
                if fmt == 12:
                    return self._cmap12(cmap, offset)
                if fmt == 4:
                    return self._cmap4(cmap, offset)
        raise PluError(f"{self.path}: no Unicode character map", bg=f"{self.path}: няма таблица на знаците за Unicode")

    @staticmethod
    def _cmap4(cmap: bytes, offset: int) -> dict[int, int]:
        seg_x2 = struct.unpack(">H", cmap[offset + 6 : offset + 8])[0]
        n = seg_x2 // 2
        ends_at = offset + 14
        starts_at = ends_at + seg_x2 + 2
        deltas_at = starts_at + seg_x2
        ranges_at = deltas_at + seg_x2
        out: dict[int, int] = {}
        for i in range(n):
            end = struct.unpack(">H", cmap[ends_at + 2 * i : ends_at + 2 * i + 2])[0]
            start = struct.unpack(">H", cmap[starts_at + 2 * i : starts_at + 2 * i + 2])[0]
            delta = struct.unpack(">h", cmap[deltas_at + 2 * i : deltas_at + 2 * i + 2])[0]
            range_offset = struct.unpack(">H", cmap[ranges_at + 2 * i : ranges_at + 2 * i + 2])[0]
            for code in range(start, end + 1):
                if code == 0xFFFF:
                    continue
                if range_offset == 0:
                    glyph = (code + delta) & 0xFFFF
                else:
                    at = ranges_at + 2 * i + range_offset + 2 * (code - start)
                    glyph = struct.unpack(">H", cmap[at : at + 2])[0]
                    if glyph:
                        glyph = (glyph + delta) & 0xFFFF
                if glyph:
                    out[code] = glyph
        return out

    @staticmethod
    def _cmap12(cmap: bytes, offset: int) -> dict[int, int]:
        groups = struct.unpack(">I", cmap[offset + 12 : offset + 16])[0]
        out: dict[int, int] = {}
        for i in range(groups):
            start, end, glyph = struct.unpack(">III", cmap[offset + 16 + 12 * i : offset + 28 + 12 * i])
            for code in range(start, end + 1):
                out[code] = glyph + code - start
        return out

    def _read_name(self) -> str | None:
        if "name" not in self._tables.offsets:
            return None
        name = self._tables.get("name")
        count, string_offset = struct.unpack(">HH", name[2:6])
        for i in range(count):
            platform, encoding, _lang, name_id, length, offset = struct.unpack(">HHHHHH", name[6 + 12 * i : 18 + 12 * i])
            if name_id != 6:
                continue
            raw = name[string_offset + offset : string_offset + offset + length]
            text = raw.decode("utf-16-be" if platform in (0, 3) else "latin-1", errors="ignore")
            clean = "".join(c for c in text if c.isalnum() or c in "-_")
            if clean:
                return clean
        return None

    # -- metrics -----------------------------------------------------------------
    def glyph(self, char: str) -> int:
        """Glyph index of a character (0, the missing-glyph box, when the font lacks it)."""
        return self.cmap.get(ord(char), 0)

    def width(self, text: str, size: float) -> float:
        """Advance width of ``text`` at ``size`` points, in points."""
        return sum(self.advances[self.glyph(c)] for c in text) * size / self.units_per_em

    def advance(self, glyph: int) -> int:
        """Advance of a glyph in PDF glyph space (thousandths of the font size)."""
        return self._scale(self.advances[glyph])

    # -- subsetting --------------------------------------------------------------
    def _glyph_range(self, glyph: int) -> tuple[int, int]:
        loca = self._tables.get("loca")
        if self._loca_long:
            start, end = struct.unpack(">II", loca[4 * glyph : 4 * glyph + 8])
        else:
            a, b = struct.unpack(">HH", loca[2 * glyph : 2 * glyph + 4])
            start, end = 2 * a, 2 * b
        return start, end

    def _components(self, outline: bytes) -> list[int]:
        if len(outline) < 10 or struct.unpack(">h", outline[:2])[0] >= 0:
            return []
        out, at = [], 10
        while True:
            flags, glyph = struct.unpack(">HH", outline[at : at + 4])
            out.append(glyph)
            at += 4 + (4 if flags & _ARGS_ARE_WORDS else 2)
            if flags & _HAVE_SCALE:
                at += 2
            elif flags & _HAVE_XY_SCALE:
                at += 4
            elif flags & _HAVE_2X2:
                at += 8
            if not flags & _MORE:
                return out

    def subset(self, glyphs: set[int]) -> bytes:
        """A font file with the same glyph indices whose only outlines are ``glyphs`` (and their parts)."""
        glyf = self._tables.get("glyf")
        keep = {0} | {g for g in glyphs if 0 <= g < self.num_glyphs}
        pending = list(keep)
        while pending:
            start, end = self._glyph_range(pending.pop())
            for part in self._components(glyf[start:end]):
                if part not in keep and part < self.num_glyphs:
                    keep.add(part)
                    pending.append(part)
        new_glyf = bytearray()
        offsets = [0]
        for g in range(self.num_glyphs):
            if g in keep:
                start, end = self._glyph_range(g)
                new_glyf += glyf[start:end]
                new_glyf += b"\0" * (-len(new_glyf) % 4)
            offsets.append(len(new_glyf))
        tables = {tag: self._tables.get(tag) for tag in _KEEP if tag in self._tables.offsets}
        tables["glyf"] = bytes(new_glyf)
        tables["loca"] = struct.pack(f">{len(offsets)}I", *offsets)
        head = bytearray(tables["head"])
        head[8:12] = b"\0\0\0\0"  # checkSumAdjustment, recomputed below
        head[50:52] = struct.pack(">h", 1)  # long loca offsets
        tables["head"] = bytes(head)
        font = _assemble(tables)
        adjustment = (0xB1B0AFBA - _checksum(font)) & 0xFFFFFFFF
        head_at = font.index(tables["head"])
        return font[: head_at + 8] + struct.pack(">I", adjustment) + font[head_at + 12 :]


def _checksum(data: bytes) -> int:
    padded = data + b"\0" * (-len(data) % 4)
    return sum(struct.unpack(f">{len(padded) // 4}I", padded)) & 0xFFFFFFFF


def _assemble(tables: dict[str, bytes]) -> bytes:
    tags = sorted(tables)
    n = len(tags)
    power = 1 << (n.bit_length() - 1)
    header = struct.pack(">IHHHH", 0x00010000, n, power * 16, power.bit_length() - 1, n * 16 - power * 16)
    directory, body = bytearray(), bytearray()
    offset = 12 + 16 * n
    for tag in tags:
        data = tables[tag]
        directory += struct.pack(">4sIII", tag.encode("latin-1"), _checksum(data), offset + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    return header + bytes(directory) + bytes(body)


@lru_cache(maxsize=8)
def load_font(file_name: str) -> TrueTypeFont:
    """A font by file name from :data:`FONT_DIRS`, parsed once per process."""
    return TrueTypeFont(find_font(file_name))
