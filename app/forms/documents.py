"""An official document of the plan: a legislation citation, a plan document (PDF or URL) or a regulation text."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import Any

from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import file_dialogs
from app.forms.feature_form import dialog_buttons
from app.forms.fields import CodeComboEditor, DateEditor, LongTextEditor, TextListEditor, code_lists_for
from app.i18n import translate
from plu_model.dataset import make_gml_id
from plu_model.voidable import VOID_UNPOPULATED

__all__ = ["DOCUMENT_KINDS", "DocumentDialog", "document_kind", "document_label"]

#: Column that holds each kind of document.
DOCUMENT_KINDS: tuple[str, ...] = ("legislation_citation", "plan_document", "regulation_text")


def document_kind(row: dict[str, Any]) -> str:
    for kind in DOCUMENT_KINDS:
        if row.get(kind):
            return kind
    return "plan_document"


def _kind_label(kind: str) -> str:
    return {
        "legislation_citation": translate("Documents", "Legislation"),
        "plan_document": translate("Documents", "Plan document"),
        "regulation_text": translate("Documents", "Regulation text"),
    }[kind]


def document_label(row: dict[str, Any]) -> str:
    """A line for lists: kind and name (or the start of the text)."""
    kind = document_kind(row)
    value = row.get(kind)
    if isinstance(value, dict):
        name = value.get("short_name") if isinstance(value.get("short_name"), str) else None
        name = name or value.get("name", "")
    else:
        text = str(value or "")
        name = text[:60] + ("…" if len(text) > 60 else "")
    return f"{_kind_label(kind)}: {name or row.get('gml_id', '')}"


class DocumentDialog(QDialog):
    """Adds or edits one ``OfficialDocumentation``; ``row()`` gives its columns."""

    def __init__(self, language: str, namespace: str, row: dict[str, Any] | None = None,
                 kind: str = "plan_document", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("document_dialog")
        self.setWindowTitle(translate("Documents", "Official document"))
        self.original = dict(row or {})
        self.namespace = namespace
        self.kind = QComboBox(self)
        for k in DOCUMENT_KINDS:
            self.kind.addItem(_kind_label(k), k)
        self.kind.setCurrentIndex(DOCUMENT_KINDS.index(document_kind(self.original) if row else kind))
        self.kind.setEnabled(row is None)
        self.name = QLineEdit(self)
        self.short_name = QLineEdit(self)
        self.when = DateEditor(self)
        self.date_type = QComboBox(self)
        for code, label in (("publication", translate("Documents", "publication")),
                            ("creation", translate("Documents", "creation")),
                            ("revision", translate("Documents", "revision"))):
            self.date_type.addItem(label, code)
        self.links = TextListEditor(self)
        self.add_pdf = QPushButton(translate("Documents", "Add PDF…"), self)
        self.add_pdf.clicked.connect(self._pick_pdf)
        self.level = CodeComboEditor(code_lists_for("LegislationLevelValue"), language, self)
        self.level.set("http://inspire.ec.europa.eu/codelist/LegislationLevelValue/national")
        self.identification = QLineEdit(self)
        self.document_number = QLineEdit(self)
        self.in_force = QLineEdit(self)
        self.in_force.setPlaceholderText("YYYY-MM-DD")
        self.journal = QLineEdit(self)
        self.journal.setPlaceholderText(translate("Documents", "e.g. State Gazette No 31/2018"))
        self.text = LongTextEditor(self)
        form = QFormLayout()
        self.form = form
        form.addRow(translate("Documents", "Kind"), self.kind)
        form.addRow(translate("Documents", "Name"), self.name)
        form.addRow(translate("Documents", "Short name"), self.short_name)
        date_row = QHBoxLayout()
        date_row.addWidget(self.when, 1)
        date_row.addWidget(self.date_type)
        form.addRow(translate("Documents", "Date"), date_row)
        links_row = QVBoxLayout()
        links_row.addWidget(self.links)
        links_row.addWidget(self.add_pdf)
        form.addRow(translate("Documents", "Links (URL or PDF)"), links_row)
        form.addRow(translate("Documents", "Legislation level"), self.level)
        form.addRow(translate("Documents", "Identification number"), self.identification)
        form.addRow(translate("Documents", "Official document number"), self.document_number)
        form.addRow(translate("Documents", "Entered into force"), self.in_force)
        form.addRow(translate("Documents", "Official journal"), self.journal)
        form.addRow(translate("Documents", "Text"), self.text)
        self.problems = QLabel(self)
        self.problems.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(dialog_buttons(self))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._load()
        self._kind_changed()
        self.resize(560, 560)

    def current_kind(self) -> str:
        return self.kind.currentData()

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        legislation = kind == "legislation_citation"
        citation = kind != "regulation_text"
        for widget in (self.level, self.identification, self.document_number, self.in_force, self.journal):
            widget.setEnabled(legislation)
        for widget in (self.name, self.short_name, self.links, self.add_pdf, self.when, self.date_type):
            widget.setEnabled(citation)
        self.text.setEnabled(not citation)

    def _pick_pdf(self) -> None:
        path = file_dialogs.open_file(self, translate("Documents", "Choose a PDF document"),
                                      translate("Documents", "PDF documents (*.pdf)"))
        if path:
            self.add_link(Path(path).resolve().as_uri())
            if not self.name.text().strip():
                self.name.setText(Path(path).stem)

    def add_link(self, link: str) -> None:
        self.links.set((self.links.get() or []) + [link])

    def _load(self) -> None:
        kind = document_kind(self.original)
        value = self.original.get(kind)
        if kind == "regulation_text":
            self.text.set(value)
            return
        if not isinstance(value, dict):
            return
        self.name.setText(value.get("name", ""))
        if isinstance(value.get("short_name"), str):
            self.short_name.setText(value["short_name"])
        when = value.get("date")
        if isinstance(when, dict) and "date" in when:
            self.when.set(when["date"][:10])
            index = self.date_type.findData(when.get("date_type", "publication"))
            self.date_type.setCurrentIndex(max(index, 0))
        if isinstance(value.get("link"), list):
            self.links.set(value["link"])
        if kind == "legislation_citation":
            self.level.set(value.get("level"))
            self.identification.setText(value.get("identification_number") or "")
            self.document_number.setText(value.get("official_document_number") or "")
            self.in_force.setText(value.get("date_entered_into_force") or "")
            journal = value.get("journal_citation") or {}
            self.journal.setText(journal.get("official_journal_identification", ""))
        for edit in self.findChildren(QLineEdit):  # a long name shows its beginning, not its last words
            edit.setCursorPosition(0)

    def _citation(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name.text().strip()}
        if self.short_name.text().strip():
            out["short_name"] = self.short_name.text().strip()
        out["date"] = {"date": self.when.get().isoformat(), "date_type": self.date_type.currentData()}
        links = self.links.get()
        out["link"] = links if links else {"nil": "unknown"}
        if self.current_kind() == "legislation_citation":
            out["level"] = self.level.get()
            for key, widget in (("identification_number", self.identification),
                                ("official_document_number", self.document_number),
                                ("date_entered_into_force", self.in_force)):
                if widget.text().strip():
                    out[key] = widget.text().strip()
            if self.journal.text().strip():
                out["journal_citation"] = {"official_journal_identification": self.journal.text().strip(),
                                           "issn": None, "isbn": None, "link_to_journal": None}
        return out

    def row(self) -> dict[str, Any]:
        """The document's columns (a new one gets its identifiers here)."""
        row = dict(self.original)
        if not row.get("gml_id"):
            local = uuid.uuid4().hex[:12]
            row.update(gml_id=make_gml_id("OD", local), inspire_local_id=local, inspire_namespace=self.namespace,
                       inspire_version_id=None, inspire_version_id_nil=VOID_UNPOPULATED)
        kind = self.current_kind()
        for k in DOCUMENT_KINDS:
            row[k] = None
            row[f"{k}_nil"] = None
        row[kind] = self.text.get() if kind == "regulation_text" else self._citation()
        return row

    def problems_found(self) -> list[str]:
        kind = self.current_kind()
        if kind == "regulation_text":
            return [] if self.text.get() else [translate("Documents", "Enter the regulation text")]
        out = []
        if not self.name.text().strip():
            out.append(translate("Documents", "Enter the document's name"))
        if kind == "legislation_citation" and self.in_force.text().strip():
            try:
                date.fromisoformat(self.in_force.text().strip())
            except ValueError:
                out.append(translate("Documents", "The date of entry into force must be written YYYY-MM-DD"))
        return out

    def accept(self) -> None:
        problems = self.problems_found()
        if problems:
            self.problems.setText("\n".join(problems))
            return
        super().accept()
