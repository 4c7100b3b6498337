"""The plan properties dialog: every attribute of the ``SpatialPlan`` and its official documents.

The dialog only collects the changes; the main window applies them to the
plan's layers as one :class:`~app.edit_history.PlanEditCommand` of the
document's undo stack, so *Undo* takes the whole dialog back.
"""

from __future__ import annotations

from typing import Any

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.forms.documents import DocumentDialog, document_label
from app.forms.feature_form import build_field, dialog_buttons, row_changes
from app.forms.fields import Field, LineEditor
from app.forms.read_only_fields import show_read_only
from app.i18n import translate
from app.live_language import RebuiltBody
from plu_model.schema import CLASS_ATTRIBUTES, Attribute

__all__ = ["DocumentOp", "PlanPropertiesDialog"]

DocumentOp = tuple[str, str, dict[str, Any]]  # ("add" | "change" | "remove", gml_id, columns)

_TABS = {
    "general": ("official_title", "alternative_title", "level_of_spatial_plan", "plan_type_name"),
    "process": ("process_step_general", "begin_lifespan_version", "end_lifespan_version", "valid_from", "valid_to",
                "ordinance"),
    "background": ("background_map",),
    "documents": ("official_document",),
}
_IDENTIFIER = (
    Attribute("inspire_namespace", "namespace", "string"),
    Attribute("inspire_local_id", "localId", "string"),
    Attribute("inspire_version_id", "versionId", "string", optional=True, voidable=True),
)


class PlanPropertiesDialog(RebuiltBody):
    """Edits the plan; ``plan_changes()`` and ``document_ops()`` give what to write.

    It follows View ▸ Language while open, keeping what was entered.
    """

    def __init__(self, plan_row: dict[str, Any], documents: list[dict[str, Any]], language: str,
                 parent: QWidget | None = None, read_only: bool = False):
        super().__init__(parent)
        self.setObjectName("plan_properties")
        #: a plan open read-only: the properties are shown, not changed (Close, no OK)
        self.read_only = read_only
        self.row = dict(plan_row)
        self.documents = {d["gml_id"]: dict(d) for d in documents if d.get("gml_id")}
        self._original_documents = {k: dict(v) for k, v in self.documents.items()}
        self.active_document_dialog: DocumentDialog | None = None
        self._start_body()
        self.language = language
        self.build_body(self.row)
        self.resize(720, 640)

    def entered(self) -> dict[str, Any]:
        values: dict[str, Any] = {**self.row, "__tab__": self.tabs.currentIndex()}
        for field in self.fields.values():
            values.update(field.dump())
        return values

    def build_body(self, entered: dict[str, Any]) -> None:
        """The tabs in the UI language, showing ``entered`` (documents are kept by the dialog itself)."""
        body = QWidget(self)
        self.setWindowTitle(translate("PlanProperties", "Plan properties (read-only)") if self.read_only
                            else translate("PlanProperties", "Plan properties"))
        self.fields: dict[str, Field] = {}
        self.tabs = QTabWidget(body)
        forms = self._tabs(entered)
        self._identifier_rows(forms["general"], entered)
        self._document_rows(forms["documents"], body)
        self.problems_label = QLabel(body)
        self.problems_label.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(body)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(dialog_buttons(self, self.read_only))
        self._refresh_documents()
        self.fields["official_document"].load(entered)  # the refs entered, now that the choices are there
        if self.read_only:
            show_read_only(self.fields)
            for button in (self.add_legislation, self.add_plan_document, self.add_text, self.edit_button,
                           self.remove_button):
                button.setEnabled(False)
        self.tabs.setCurrentIndex(int(entered.get("__tab__", 0)))
        self._set_body(body)

    def _tabs(self, entered: dict[str, Any]) -> dict[str, QFormLayout]:
        attrs = {a.name: a for a in CLASS_ATTRIBUTES["SpatialPlan"]}
        titles = {
            "general": translate("PlanProperties", "General"),
            "process": translate("PlanProperties", "Process and dates"),
            "background": translate("PlanProperties", "Background map"),
            "documents": translate("PlanProperties", "Official documents"),
        }
        forms: dict[str, QFormLayout] = {}
        for key, names in _TABS.items():
            page = QWidget(self.tabs)
            form = QFormLayout(page)
            forms[key] = form
            for name in names:
                field = build_field(attrs[name], self.language, self._document_choices())
                field.load(entered)
                self.fields[name] = field
                form.addRow(QLabel(field.label, page), field)
            self.tabs.addTab(page, titles[key])
        return forms

    def _identifier_rows(self, form: QFormLayout, entered: dict[str, Any]) -> None:
        for attr in _IDENTIFIER:
            field = Field(attr, LineEditor())
            field.load(entered)
            self.fields[attr.name] = field
            label = {
                "inspire_namespace": translate("PlanProperties", "Identifier namespace"),
                "inspire_local_id": translate("PlanProperties", "Local identifier"),
                "inspire_version_id": translate("PlanProperties", "Version identifier"),
            }[attr.name]
            form.addRow(label, field)

    def _document_rows(self, form: QFormLayout, body: QWidget) -> None:
        self.document_list = QListWidget(body)
        self.document_list.setObjectName("document_list")
        self.document_list.itemDoubleClicked.connect(lambda _i: self.edit_document())
        buttons = QHBoxLayout()
        self.add_legislation = QPushButton(translate("PlanProperties", "Add legislation…"), body)
        self.add_plan_document = QPushButton(translate("PlanProperties", "Add document (PDF or URL)…"), body)
        self.add_text = QPushButton(translate("PlanProperties", "Add regulation text…"), body)
        self.edit_button = QPushButton(translate("PlanProperties", "Edit…"), body)
        self.remove_button = QPushButton(translate("PlanProperties", "Remove"), body)
        for button in (self.add_legislation, self.add_plan_document, self.add_text, self.edit_button,
                       self.remove_button):
            buttons.addWidget(button)
        self.add_legislation.clicked.connect(lambda: self.add_document("legislation_citation"))
        self.add_plan_document.clicked.connect(lambda: self.add_document("plan_document"))
        self.add_text.clicked.connect(lambda: self.add_document("regulation_text"))
        self.edit_button.clicked.connect(self.edit_document)
        self.remove_button.clicked.connect(self.remove_document)
        form.addRow(QLabel(translate("PlanProperties", "Documents of this plan file:"), body))
        form.addRow(self.document_list)
        form.addRow(buttons)

    # -- documents ----------------------------------------------------------------
    def _document_choices(self) -> list[tuple[str, str]]:
        return [(f"#{gml_id}", document_label(row)) for gml_id, row in self.documents.items()]

    def _refresh_documents(self) -> None:
        self.document_list.clear()
        for gml_id, row in self.documents.items():
            item = QListWidgetItem(document_label(row), self.document_list)
            item.setData(Qt.ItemDataRole.UserRole, gml_id)
        field = self.fields["official_document"]
        field.editor.set_choices(self._document_choices())

    def _namespace(self) -> str:
        return self.fields["inspire_namespace"].editor.get() or str(self.row.get("inspire_namespace") or "")

    def add_document(self, kind: str) -> DocumentDialog:
        dialog = DocumentDialog(self.language, self._namespace(), None, kind, self)
        dialog.accepted.connect(lambda: self._document_added(dialog))
        self.active_document_dialog = dialog
        dialog.open()
        return dialog

    def _document_added(self, dialog: DocumentDialog) -> None:
        row = dialog.row()
        self.documents[row["gml_id"]] = row
        field = self.fields["official_document"]
        refs = (field.editor.get() or []) + [f"#{row['gml_id']}"]
        self._refresh_documents()
        field.set_value(refs)  # a new document is a document of the plan

    def edit_document(self) -> DocumentDialog | None:
        item = self.document_list.currentItem()
        if item is None or self.read_only:
            return None
        gml_id = item.data(Qt.ItemDataRole.UserRole)
        dialog = DocumentDialog(self.language, self._namespace(), self.documents[gml_id], parent=self)
        dialog.accepted.connect(lambda: self._document_edited(gml_id, dialog))
        self.active_document_dialog = dialog
        dialog.open()
        return dialog

    def _document_edited(self, gml_id: str, dialog: DocumentDialog) -> None:
        self.documents[gml_id] = dialog.row()
        self._refresh_documents()

    def remove_document(self) -> None:
        item = self.document_list.currentItem()
        if item is None:
            return
        gml_id = item.data(Qt.ItemDataRole.UserRole)
        self.documents.pop(gml_id, None)
        field = self.fields["official_document"]
        refs = [r for r in (field.editor.get() or []) if r != f"#{gml_id}"]
        self._refresh_documents()
        if field.current_state() == Field.GIVEN:
            field.editor.set(refs)

    # -- result ------------------------------------------------------------------------
    def plan_changes(self) -> dict[str, Any]:
        if self.read_only:
            return {}
        values: dict[str, Any] = {}
        for field in self.fields.values():
            values.update(field.dump())
        return row_changes(self.row, values)

    def document_ops(self) -> list[DocumentOp]:
        ops: list[DocumentOp] = []
        if self.read_only:
            return ops
        for gml_id in self._original_documents:
            if gml_id not in self.documents:
                ops.append(("remove", gml_id, {}))
        for gml_id, row in self.documents.items():
            before = self._original_documents.get(gml_id)
            if before is None:
                ops.append(("add", gml_id, row))
            else:
                changes = row_changes(before, row)
                if changes:
                    ops.append(("change", gml_id, changes))
        return ops

    def accept(self) -> None:
        problems = [p for f in self.fields.values() for p in f.problems()]
        if problems:
            self.problems_label.setText("\n".join(problems))
            return
        super().accept()
