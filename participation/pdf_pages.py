"""PDF documents from HTML and CSS through WeasyPrint: tagged, searchable, with embedded fonts.

Public bodies must publish accessible documents, so every PDF we write is
tagged (PDF/UA-1: headings, paragraphs and tables a screen reader can walk),
carries a title and a language, and embeds subset fonts with a Unicode map so
Cyrillic can be searched and copied.  The regulation text is written as
:class:`Block` s (paragraph numbers hang in the margin so a citation such as
"item 7" is easy to find on paper); the consultation summary passes its HTML
page straight through.
"""

from __future__ import annotations

import html
import logging
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from plu_model.atomic import write_atomic
from plu_model.errors import PluError
from plu_model.i18n import Text

__all__ = ["PDF_VARIANT", "Block", "html_to_pdf", "write_text_pdf"]

#: The PDF flavour: PDF/UA-1 is tagged and declares title and language.
PDF_VARIANT = "pdf/ua-1"
_KINDS = ("title", "subtitle", "heading", "paragraph", "text", "meta")
_TOKENS = re.compile(r"(\{page\}|\{pages\})")

_TEXT_CSS = """
@page { size: A4; margin: 20mm 20mm 24mm 20mm;
  @bottom-left { content: %(footer)s; font: 8pt 'DejaVu Sans'; color: #595959;
                 border-top: 0.5pt solid #999; padding-top: 3pt; vertical-align: top; width: 100%%; } }
html { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; line-height: 1.3; color: #000; }
h1 { font-size: 15pt; margin: 0 0 10pt 0; }
h2 { font-size: 12pt; margin: 10pt 0 4pt 0; }
p { margin: 2pt 0; }
p.subtitle { font-size: 10pt; color: #404040; margin-bottom: 12pt; white-space: pre-line; }
p.meta { font-size: 8.5pt; color: #595959; margin: 1pt 0; }
p.paragraph { margin: 3pt 0 3pt 30pt; text-indent: -30pt; }
p.paragraph span.label { display: inline-block; width: 30pt; text-indent: 0; font-weight: bold; }
"""


@dataclass(frozen=True)
class Block:
    """A run of text on the page: ``kind`` is one of title, subtitle, heading, paragraph, text, meta.

    ``label`` (a paragraph number) is set in bold in the left gutter.
    """

    kind: str
    text: str
    label: str | None = None


def _css_string(text: str) -> str:
    """A CSS string literal: the characters CSS gives meaning to are escaped as hex."""
    out = []
    for ch in text:
        out.append(f"\\{ord(ch):x} " if ch in "\"\\\n\r" or ord(ch) < 32 else ch)
    return '"' + "".join(out) + '"'


def _footer_content(footer: str, page_label: str) -> str:
    label = " ".join(
        "counter(page)" if part == "{page}" else "counter(pages)" if part == "{pages}" else _css_string(part)
        for part in _TOKENS.split(page_label) if part
    )
    return f"{_css_string(footer + ' — ')} {label}" if footer else label


def _block_html(block: Block) -> str:
    if block.kind not in _KINDS:
        raise ValueError(f"unknown block kind {block.kind!r}")
    text = html.escape(block.text)
    if block.kind == "title":
        return f"<h1>{text}</h1>"
    if block.kind == "heading":
        return f"<h2>{text}</h2>"
    label = f'<span class="label">{html.escape(block.label)}</span>' if block.label else ""
    cls = "paragraph" if block.kind == "paragraph" and block.label else block.kind
    return f'<p class="{cls}">{label}{text}</p>'


def html_to_pdf(page: str, path: str | os.PathLike[str], *, base_url: str | None = None) -> Path:
    """Write an HTML page (with its ``<title>`` and ``lang``) as a tagged PDF at ``path``, atomically."""
    try:
        import weasyprint
    except ImportError as exc:  # requirements.txt installs it; say what is missing rather than fail later
        raise PluError(Text("participation.pdf_pages", "WeasyPrint is not installed (pip install weasyprint)")) from exc
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    data = weasyprint.HTML(string=page, base_url=base_url).write_pdf(pdf_variant=PDF_VARIANT)
    return write_atomic(Path(path), data)


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
    body = "\n".join(_block_html(b) for b in blocks)
    css = _TEXT_CSS % {"footer": _footer_content(footer, page_label)}
    lang = html.escape(language, quote=True)
    page = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'<meta name="generator" content="PLU Studio"><style>{css}</style></head><body>{body}</body></html>')
    return html_to_pdf(page, path)
