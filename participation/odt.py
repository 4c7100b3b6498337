"""A small OpenDocument Text writer (headings, paragraphs, tables) on the standard library.

The authority publishes the summary of comments as an editable office document;
ODF is the ISO standard format (ISO/IEC 26300) that LibreOffice, Word and Google
Docs open.  A document here is a ZIP with an uncompressed ``mimetype`` entry
first, ``content.xml``, ``styles.xml``, ``meta.xml`` and a manifest.
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from plu_model.atomic import atomic_path

__all__ = ["OdtDocument"]

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}
MIMETYPE = "application/vnd.oasis.opendocument.text"


def _q(prefix: str, name: str) -> str:
    return f"{{{NS[prefix]}}}{name}"


def _el(parent: etree._Element, prefix: str, name: str, attrs: dict[str, str] | None = None) -> etree._Element:
    el = etree.SubElement(parent, _q(prefix, name))
    for key, value in (attrs or {}).items():
        p, n = key.split(":")
        el.set(_q(p, n), value)
    return el


def _text_into(p: etree._Element, text: str) -> None:
    """Text with line breaks and runs of spaces the way ODF writes them (text:line-break, text:s)."""
    last: etree._Element | None = None

    def put(s: str) -> None:
        if not s:
            return
        if last is None:
            p.text = (p.text or "") + s
        else:
            last.tail = (last.tail or "") + s

    for i, line in enumerate(text.split("\n")):
        if i:
            last = _el(p, "text", "line-break")
        chunk = ""
        spaces = 0
        for ch in line:
            if ch == " ":
                spaces += 1
                continue
            if spaces:
                chunk += " "
                if spaces > 1:
                    put(chunk)
                    chunk = ""
                    last = _el(p, "text", "s", {"text:c": str(spaces - 1)})
                spaces = 0
            chunk += "\t" if ch == "\t" else ch
        put(chunk)


@dataclass
class _Table:
    headers: list[str]
    rows: list[list[str]]
    widths: list[float]


@dataclass
class OdtDocument:
    """Build a document block by block, then :meth:`save` it."""

    title: str
    language: str = "bg"
    blocks: list[tuple[str, object]] = field(default_factory=list)

    def heading(self, text: str, level: int = 1) -> None:
        self.blocks.append(("h", (text, level)))

    def paragraph(self, text: str, style: str = "Text_20_body") -> None:
        self.blocks.append(("p", (text, style)))

    def table(self, headers: list[str], rows: list[list[str]], widths: list[float]) -> None:
        """A table with a header row (none when ``headers`` is empty); ``widths`` are relative column widths."""
        self.blocks.append(("t", _Table(headers, rows, widths)))

    # -- XML ---------------------------------------------------------------------------
    def _content(self) -> bytes:
        root = etree.Element(_q("office", "document-content"), nsmap={k: v for k, v in NS.items() if k != "manifest"})
        root.set(_q("office", "version"), "1.2")
        auto = _el(root, "office", "automatic-styles")
        cell = _el(auto, "style", "style", {"style:name": "Cell", "style:family": "table-cell"})
        _el(cell, "style", "table-cell-properties", {"fo:border": "0.5pt solid #808080", "fo:padding": "0.08cm"})
        head = _el(auto, "style", "style", {"style:name": "HeadCell", "style:family": "table-cell"})
        _el(head, "style", "table-cell-properties", {"fo:border": "0.5pt solid #808080", "fo:padding": "0.08cm",
                                                      "fo:background-color": "#e8ebf0"})
        tables = [b for kind, b in self.blocks if kind == "t"]
        for n, t in enumerate(tables, 1):
            assert isinstance(t, _Table)
            ts = _el(auto, "style", "style", {"style:name": f"Table{n}", "style:family": "table"})
            _el(ts, "style", "table-properties", {"style:width": "17cm", "table:align": "margins"})
            total = sum(t.widths)
            for c, w in enumerate(t.widths, 1):
                cs = _el(auto, "style", "style", {"style:name": f"Table{n}.C{c}", "style:family": "table-column"})
                _el(cs, "style", "table-column-properties", {"style:column-width": f"{17 * w / total:.2f}cm"})
        body = _el(_el(root, "office", "body"), "office", "text")
        n = 0
        for kind, block in self.blocks:
            if kind == "h":
                text, level = block  # type: ignore[misc]
                h = _el(body, "text", "h", {"text:style-name": f"Heading_20_{level}", "text:outline-level": str(level)})
                _text_into(h, text)
            elif kind == "p":
                text, style = block  # type: ignore[misc]
                _text_into(_el(body, "text", "p", {"text:style-name": style}), text)
            else:
                n += 1
                t = block
                assert isinstance(t, _Table)
                table = _el(body, "table", "table", {"table:name": f"Table{n}", "table:style-name": f"Table{n}"})
                for c in range(len(t.widths)):
                    _el(table, "table", "table-column", {"table:style-name": f"Table{n}.C{c + 1}"})
                if t.headers:
                    row = _el(_el(table, "table", "table-header-rows"), "table", "table-row")
                    for text in t.headers:
                        cell_el = _el(row, "table", "table-cell",
                                      {"table:style-name": "HeadCell", "office:value-type": "string"})
                        _text_into(_el(cell_el, "text", "p", {"text:style-name": "Table_20_Heading"}), text)
                for values in t.rows:
                    row = _el(table, "table", "table-row")
                    for text in values:
                        cell_el = _el(row, "table", "table-cell", {"table:style-name": "Cell", "office:value-type": "string"})
                        _text_into(_el(cell_el, "text", "p", {"text:style-name": "Table_20_Contents"}), text)
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8")

    def _styles(self) -> bytes:
        root = etree.Element(_q("office", "document-styles"), nsmap={k: v for k, v in NS.items() if k != "manifest"})
        root.set(_q("office", "version"), "1.2")
        fonts = _el(root, "office", "font-face-decls")
        _el(fonts, "style", "font-face", {"style:name": "DejaVu Sans", "svg:font-family": "'DejaVu Sans'",
                                           "style:font-family-generic": "swiss"})
        styles = _el(root, "office", "styles")
        default = _el(styles, "style", "default-style", {"style:family": "paragraph"})
        lang = "bg" if self.language == "bg" else "en"
        _el(default, "style", "text-properties", {"style:font-name": "DejaVu Sans", "fo:font-size": "10pt",
                                                   "fo:language": lang, "fo:country": "BG" if lang == "bg" else "GB"})
        specs = [
            ("Standard", None, {}, {}),
            ("Text_20_body", "Standard", {"fo:margin-bottom": "0.2cm"}, {}),
            ("Title", "Standard", {"fo:margin-bottom": "0.3cm"}, {"fo:font-size": "16pt", "fo:font-weight": "bold"}),
            ("Subtitle", "Standard", {"fo:margin-bottom": "0.3cm"}, {"fo:font-size": "11pt", "fo:color": "#404040"}),
            ("Heading_20_1", "Standard", {"fo:margin-top": "0.5cm", "fo:margin-bottom": "0.2cm", "fo:keep-with-next": "always"},
             {"fo:font-size": "14pt", "fo:font-weight": "bold"}),
            ("Heading_20_2", "Standard", {"fo:margin-top": "0.4cm", "fo:margin-bottom": "0.15cm", "fo:keep-with-next": "always"},
             {"fo:font-size": "11.5pt", "fo:font-weight": "bold"}),
            ("Table_20_Contents", "Standard", {}, {"fo:font-size": "9pt"}),
            ("Table_20_Heading", "Table_20_Contents", {}, {"fo:font-size": "9pt", "fo:font-weight": "bold"}),
            ("Note", "Standard", {"fo:margin-bottom": "0.2cm"}, {"fo:font-size": "8.5pt", "fo:color": "#505050"}),
        ]
        for name, parent, para, text in specs:
            attrs = {"style:name": name, "style:display-name": name.replace("_20_", " "), "style:family": "paragraph"}
            if parent:
                attrs["style:parent-style-name"] = parent
            if name.startswith("Heading_20_"):
                attrs["style:default-outline-level"] = name[-1]
            st = _el(styles, "style", "style", attrs)
            if para:
                _el(st, "style", "paragraph-properties", para)
            if text:
                _el(st, "style", "text-properties", text)
        auto = _el(root, "office", "automatic-styles")
        layout = _el(auto, "style", "page-layout", {"style:name": "A4"})
        _el(layout, "style", "page-layout-properties", {
            "fo:page-width": "21cm", "fo:page-height": "29.7cm", "style:print-orientation": "portrait",
            "fo:margin-top": "2cm", "fo:margin-bottom": "2cm", "fo:margin-left": "2cm", "fo:margin-right": "2cm"})
        masters = _el(root, "office", "master-styles")
        _el(masters, "style", "master-page", {"style:name": "Standard", "style:page-layout-name": "A4"})
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8")

    def _meta(self) -> bytes:
        root = etree.Element(_q("office", "document-meta"), nsmap={k: NS[k] for k in ("office", "meta", "dc")})
        root.set(_q("office", "version"), "1.2")
        meta = _el(root, "office", "meta")
        _el(meta, "meta", "generator").text = "PLU Studio"
        _el(meta, "dc", "title").text = self.title
        _el(meta, "dc", "language").text = self.language
        _el(meta, "meta", "creation-date").text = datetime.now(UTC).replace(microsecond=0, tzinfo=None).isoformat()
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8")

    @staticmethod
    def _manifest() -> bytes:
        root = etree.Element(_q("manifest", "manifest"), nsmap={"manifest": NS["manifest"]})
        root.set(_q("manifest", "version"), "1.2")
        for path, media in (("/", MIMETYPE), ("content.xml", "text/xml"), ("styles.xml", "text/xml"), ("meta.xml", "text/xml")):
            entry = _el(root, "manifest", "file-entry", {"manifest:full-path": path, "manifest:media-type": media})
            if path == "/":
                entry.set(_q("manifest", "version"), "1.2")
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8")

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the document atomically."""
        dest = Path(path)
        with atomic_path(dest) as tmp, zipfile.ZipFile(tmp, "w") as zf:
            zf.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE, compress_type=zipfile.ZIP_STORED)
            for name, data in (("content.xml", self._content()), ("styles.xml", self._styles()),
                               ("meta.xml", self._meta()), ("META-INF/manifest.xml", self._manifest())):
                zf.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
        return dest
