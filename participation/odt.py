"""The summary as an OpenDocument Text file (headings, paragraphs, tables), written with odfpy.

The authority publishes the summary of comments as an editable office document;
ODF is the ISO standard format (ISO/IEC 26300) that LibreOffice, Word and Google
Docs open.  odfpy writes the package (``mimetype`` first and uncompressed, the
manifest, content, styles and metadata); this module only says what goes in:
real headings with outline levels and tables with repeated header rows, so the
document reads well with a screen reader, and its title and language in the
metadata.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from pathlib import Path

from odf import dc, teletype
from odf.opendocument import OpenDocumentText
from odf.style import (
    DefaultStyle,
    FontFace,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
    ParagraphProperties,
    Style,
    TableCellProperties,
    TableColumnProperties,
    TableProperties,
    TextProperties,
)
from odf.table import Table, TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import H, P

from plu_model.atomic import write_atomic

__all__ = ["OdtDocument"]

MIMETYPE = "application/vnd.oasis.opendocument.text"
_PAGE_TEXT_WIDTH_CM = 17.0
#: name, parent, paragraph properties, text properties
_PARAGRAPH_STYLES: tuple[tuple[str, str | None, dict[str, str], dict[str, str]], ...] = (
    ("Standard", None, {}, {}),
    ("Text_20_body", "Standard", {"marginbottom": "0.2cm"}, {}),
    ("Title", "Standard", {"marginbottom": "0.3cm"}, {"fontsize": "16pt", "fontweight": "bold"}),
    ("Subtitle", "Standard", {"marginbottom": "0.3cm"}, {"fontsize": "11pt", "color": "#404040"}),
    ("Heading_20_1", "Standard", {"margintop": "0.5cm", "marginbottom": "0.2cm", "keepwithnext": "always"},
     {"fontsize": "14pt", "fontweight": "bold"}),
    ("Heading_20_2", "Standard", {"margintop": "0.4cm", "marginbottom": "0.15cm", "keepwithnext": "always"},
     {"fontsize": "11.5pt", "fontweight": "bold"}),
    ("Table_20_Contents", "Standard", {}, {"fontsize": "9pt"}),
    ("Table_20_Heading", "Table_20_Contents", {}, {"fontsize": "9pt", "fontweight": "bold"}),
    ("Note", "Standard", {"marginbottom": "0.2cm"}, {"fontsize": "8.5pt", "color": "#505050"}),
)


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

    # -- building ------------------------------------------------------------------------
    def _styles(self, doc: OpenDocumentText) -> dict[str, Style]:
        doc.fontfacedecls.addElement(FontFace(name="DejaVu Sans", fontfamily="'DejaVu Sans'", fontfamilygeneric="swiss"))
        lang = "bg" if self.language == "bg" else "en"
        default = DefaultStyle(family="paragraph")
        default.addElement(TextProperties(fontname="DejaVu Sans", fontsize="10pt", language=lang,
                                          country="BG" if lang == "bg" else "GB"))
        doc.styles.addElement(default)
        styles: dict[str, Style] = {}
        for name, parent, para, text in _PARAGRAPH_STYLES:
            attrs = {"name": name, "displayname": name.replace("_20_", " "), "family": "paragraph"}
            if parent:
                attrs["parentstylename"] = parent
            if name.startswith("Heading_20_"):
                attrs["defaultoutlinelevel"] = name[-1]
            style = Style(**attrs)
            if para:
                style.addElement(ParagraphProperties(**para))
            if text:
                style.addElement(TextProperties(**text))
            doc.styles.addElement(style)
            styles[name] = style
        for name, extra in (("Cell", {}), ("HeadCell", {"backgroundcolor": "#e8ebf0"})):
            cell = Style(name=name, family="table-cell")
            cell.addElement(TableCellProperties(border="0.5pt solid #808080", padding="0.08cm", **extra))
            doc.automaticstyles.addElement(cell)
            styles[name] = cell
        layout = PageLayout(name="A4")
        layout.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", printorientation="portrait",
                                               margintop="2cm", marginbottom="2cm", marginleft="2cm", marginright="2cm"))
        doc.automaticstyles.addElement(layout)
        doc.masterstyles.addElement(MasterPage(name="Standard", pagelayoutname=layout))
        return styles

    def _table(self, doc: OpenDocumentText, styles: dict[str, Style], t: _Table, n: int) -> Table:
        table_style = Style(name=f"Table{n}", family="table")
        table_style.addElement(TableProperties(width=f"{_PAGE_TEXT_WIDTH_CM}cm", align="margins"))
        doc.automaticstyles.addElement(table_style)
        table = Table(name=f"Table{n}", stylename=table_style)
        total = sum(t.widths)
        for c, w in enumerate(t.widths, 1):
            col = Style(name=f"Table{n}.C{c}", family="table-column")
            col.addElement(TableColumnProperties(columnwidth=f"{_PAGE_TEXT_WIDTH_CM * w / total:.2f}cm"))
            doc.automaticstyles.addElement(col)
            table.addElement(TableColumn(stylename=col))

        def row_of(values: list[str], cell_style: str, text_style: str) -> TableRow:
            row = TableRow()
            for text in values:
                cell = TableCell(stylename=styles[cell_style], valuetype="string")
                p = P(stylename=styles[text_style])
                teletype.addTextToElement(p, text)
                cell.addElement(p)
                row.addElement(cell)
            return row

        if t.headers:
            head = TableHeaderRows()
            head.addElement(row_of(t.headers, "HeadCell", "Table_20_Heading"))
            table.addElement(head)
        for values in t.rows:
            table.addElement(row_of(values, "Cell", "Table_20_Contents"))
        return table

    def build(self) -> OpenDocumentText:
        """The odfpy document (exposed for tests and for callers that add to it)."""
        doc = OpenDocumentText()
        doc.meta.addElement(dc.Title(text=self.title))
        doc.meta.addElement(dc.Language(text=self.language))
        styles = self._styles(doc)
        tables = 0
        for kind, block in self.blocks:
            if kind == "h":
                text, level = block  # type: ignore[misc]
                el = H(outlinelevel=level, stylename=styles[f"Heading_20_{level}"])
            elif kind == "p":
                text, style = block  # type: ignore[misc]
                el = P(stylename=styles[style])
            else:
                tables += 1
                assert isinstance(block, _Table)
                doc.text.addElement(self._table(doc, styles, block, tables))
                continue
            teletype.addTextToElement(el, text)
            doc.text.addElement(el)
        return doc

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the document atomically."""
        buffer = io.BytesIO()
        self.build().write(buffer)
        return write_atomic(Path(path), buffer.getvalue())
