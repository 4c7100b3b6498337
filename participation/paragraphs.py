"""The regulation text split into numbered paragraphs that comments can cite.

A comment on a plan's rules should point at one provision, not at "the text".
``plu:OfficialDocumentation/plu:regulationText`` is free text; Bulgarian rules
(and most European ones) number their provisions ``1.``, ``2.``, ``3.1.`` or
``§ 4``.  A paragraph starts at such a number at the beginning of a line and runs
until the next one; text that is not numbered at all is split at blank lines
and numbered in order, so every paragraph has a stable citation
``<document gml:id>#<number>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plu_model.dataset import PlanDataset
from plu_model.features import OfficialDocumentation
from plu_model.values import DocumentCitation

__all__ = ["Paragraph", "document_title", "plan_paragraphs", "split_paragraphs"]

_NUMBERED = re.compile(r"^\s*(?:§\s*)?(\d{1,4}(?:\.\d{1,4}){0,3})(?:[.)]|\s*[-–—])\s+(\S.*)$")


@dataclass(frozen=True)
class Paragraph:
    """One provision of a regulation text: ``document`` is the OfficialDocumentation's gml:id."""

    document: str
    number: str
    text: str
    numbered: bool = True

    @property
    def ref(self) -> str:
        """The citation used in comments and summaries: ``OD.rules#3``."""
        return f"{self.document}#{self.number}"


def split_paragraphs(text: str, document: str) -> list[Paragraph]:
    """Paragraphs of one regulation text, in order.

    A preamble before the first number becomes paragraph ``0``; continuation
    lines join the paragraph above them.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if any(_NUMBERED.match(line) for line in lines):
        out: list[Paragraph] = []
        number, buffer = "0", []
        for line in lines:
            m = _NUMBERED.match(line)
            if m:
                if any(b.strip() for b in buffer):
                    out.append(Paragraph(document, number, _join(buffer), numbered=number != "0"))
                number, buffer = m.group(1), [m.group(2)]
            else:
                buffer.append(line)
        if any(b.strip() for b in buffer):
            out.append(Paragraph(document, number, _join(buffer), numbered=number != "0"))
        return _unique(out)
    blocks = [b for b in re.split(r"\n\s*\n", text) if b.strip()]
    return [Paragraph(document, str(i), _join(b.split("\n")), numbered=False) for i, b in enumerate(blocks, 1)]


def _join(lines: list[str]) -> str:
    return " ".join(part.strip() for part in lines if part.strip())


def _unique(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """A number used twice (a typing slip in the rules) gets a suffix instead of hiding a provision."""
    seen: dict[str, int] = {}
    out = []
    for p in paragraphs:
        n = seen.get(p.number, 0)
        seen[p.number] = n + 1
        out.append(p if n == 0 else Paragraph(p.document, f"{p.number}-{n + 1}", p.text, p.numbered))
    return out


def document_title(doc: OfficialDocumentation) -> str:
    """A readable name for a document: its plan document or legislation name, else its gml:id."""
    for citation in (doc.plan_document, doc.legislation_citation):
        if isinstance(citation, DocumentCitation) and citation.name:
            return citation.name
    return doc.gml_id or doc.inspire_id.local_id


def plan_paragraphs(data: PlanDataset) -> list[Paragraph]:
    """Every paragraph of every regulation text in the plan, documents in file order."""
    data.assign_gml_ids()
    out: list[Paragraph] = []
    for doc in data.official_documents:
        if isinstance(doc.regulation_text, str) and doc.regulation_text.strip():
            out.extend(split_paragraphs(doc.regulation_text, doc.gml_id or ""))
    return out
