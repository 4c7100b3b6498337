"""The attribute form of a zoning element or a supplementary regulation.

Built from :data:`plu_model.schema.CLASS_ATTRIBUTES`, so every attribute of the
schema is there: HILUCS and regulation types as trees, code lists as drop-downs
labelled in the UI language, voidable attributes with their nil choice,
dimensioning indications as a table.  Choosing a national zone type pre-fills
the HILUCS value and the zone's limits from the national profile; the form says
where the limits came from, or that there is no profile.
"""

from __future__ import annotations

from typing import Any

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.forms.fields import (
    BackgroundMapEditor,
    BoolEditor,
    CodeComboEditor,
    CodeTreeEditor,
    DateEditor,
    DateTimeEditor,
    DimensioningEditor,
    Editor,
    Field,
    LineEditor,
    LongTextEditor,
    OrdinanceEditor,
    PresenceEditor,
    RefListEditor,
    TextListEditor,
    code_lists_for,
)
from app.forms.labels import class_label
from app.i18n import translate
from app.zone_profile import zone_limits
from plu_model.codelists import codelist
from plu_model.schema import CLASS_ATTRIBUTES, Attribute

__all__ = ["FeatureForm", "build_field", "dialog_buttons", "row_changes"]

#: Attributes a form never shows: identifiers, geometry and the plan's own links.
_HIDDEN = {"inspire_id", "geometry", "extent", "plan", "member", "restriction"}
#: The attributes on the first tab, in this order.
_MAIN = {
    "ZoningElement": ("specific_land_use", "hilucs_land_use", "regulation_nature", "dimensioning_indication"),
    "SupplementaryRegulation": ("specific_supplementary_regulation", "supplementary_regulation",
                                "regulation_nature", "name", "dimensioning_indication"),
}


def build_field(attr: Attribute, language: str, documents: list[tuple[str, str]] | None = None) -> Field:
    """The field for one attribute, with the editor its kind and code list call for."""
    editor: Editor
    if attr.kind == "code":
        lists = code_lists_for(attr.codelist or "")
        editor = CodeTreeEditor(lists, language) if attr.many else CodeComboEditor(lists, language)
    elif attr.kind == "ref":
        editor = RefListEditor(documents or [])
    elif attr.kind == "string":
        if attr.many:
            editor = TextListEditor()
        elif attr.name == "regulation_text":
            editor = LongTextEditor()
        else:
            editor = LineEditor()
    elif attr.kind == "date":
        editor = DateEditor()
    elif attr.kind == "datetime":
        editor = DateTimeEditor()
    elif attr.kind == "boolean":
        editor = BoolEditor()
    elif attr.kind == "dimensioning":
        editor = DimensioningEditor()
    elif attr.kind == "ordinance":
        editor = OrdinanceEditor()
    elif attr.kind == "background_map":
        editor = BackgroundMapEditor()
    elif attr.kind == "hilucs_presence":
        editor = PresenceEditor(code_lists_for("HILUCSValue"), language)
    elif attr.kind == "specific_presence":
        editor = PresenceEditor(code_lists_for("LandUseClassificationValue"), language)
    else:
        raise ValueError(f"no editor for {attr.kind}")
    return Field(attr, editor)


def dialog_buttons(dialog: QDialog) -> QDialogButtonBox:
    """OK/Cancel with texts in the UI language (Qt's own catalogue may be missing)."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Dialogs", "OK"))
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Dialogs", "Cancel"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def row_changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """The columns whose value differs."""
    return {k: v for k, v in after.items() if before.get(k) != v}


class FeatureForm(QDialog):
    """Edits one feature's attributes; ``changes()`` gives the columns to write."""

    def __init__(
        self,
        class_name: str,
        row: dict[str, Any],
        language: str,
        documents: list[tuple[str, str]] | None = None,
        parent: QWidget | None = None,
        new: bool = False,
    ):
        super().__init__(parent)
        self.setObjectName("feature_form")
        self.class_name = class_name
        self.row = dict(row)
        self.language = language
        title = translate("FeatureForm", "New %1") if new else translate("FeatureForm", "%1 attributes")
        self.setWindowTitle(title.replace("%1", class_label(class_name)))
        self.fields: dict[str, Field] = {}
        attrs = [a for a in CLASS_ATTRIBUTES[class_name] if a.name not in _HIDDEN]
        main = _MAIN.get(class_name, ())
        tabs = QTabWidget(self)
        self.tabs = tabs
        pages = {
            "main": self._page(tabs, translate("FeatureForm", "Land use and limits")),
            "more": self._page(tabs, translate("FeatureForm", "Validity, process and documents")),
        }
        ordered = sorted(attrs, key=lambda a: main.index(a.name) if a.name in main else len(main))
        for attr in ordered:
            field = build_field(attr, language, documents)
            field.load(self.row)
            self.fields[attr.name] = field
            layout = pages["main" if attr.name in main else "more"]
            label = QLabel(field.label, self)
            label.setToolTip(attr.xml)
            layout.addRow(label, field)
            if attr.name == "dimensioning_indication":
                self.profile_note = QLabel(self)
                self.profile_note.setObjectName("profile_note")
                self.profile_note.setWordWrap(True)
                layout.addRow("", self.profile_note)
        ident = QLabel(
            translate("FeatureForm", "Identifier: %1 (namespace %2), gml:id %3")
            .replace("%1", str(row.get("inspire_local_id") or ""))
            .replace("%2", str(row.get("inspire_namespace") or ""))
            .replace("%3", str(row.get("gml_id") or "")),
            self,
        )
        ident.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        pages["more"].addRow(ident)
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("problems")
        self.problems_label.setStyleSheet("color: #b00020")
        self.problems_label.setWordWrap(True)
        self.buttons = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)
        self.resize(640, 720)
        if "specific_land_use" in self.fields:
            self.fields["specific_land_use"].editor.toggled.connect(self._zone_type_chosen)
        if "specific_supplementary_regulation" in self.fields:
            self.fields["specific_supplementary_regulation"].editor.toggled.connect(self._regulation_type_chosen)

    def _page(self, tabs: QTabWidget, title: str) -> QFormLayout:
        scroll = QScrollArea(tabs)
        scroll.setWidgetResizable(True)
        inner = QWidget(scroll)
        form = QFormLayout(inner)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll.setWidget(inner)
        tabs.addTab(scroll, title)
        return form

    # -- pre-filling from a national zone type --------------------------------
    def _zone_type_chosen(self, uri: str, checked: bool) -> None:
        if not checked:
            return
        value = next((cl.get(uri) for cl in code_lists_for("LandUseClassificationValue") if cl.get(uri)), None)
        if value is None:
            return
        hilucs = value.extra.get("hilucs")
        if hilucs:
            self.fields["hilucs_land_use"].set_value(hilucs if isinstance(hilucs, list) else [hilucs])
        name = value.notation or value.code
        limits = zone_limits(uri)
        note = self.profile_note
        if limits.status == "ok" and limits.indications:
            field = self.fields["dimensioning_indication"]
            field.set_state(Field.GIVEN)
            field.editor.merge(limits.indications)
            note.setText(translate("FeatureForm", "Limits of %1 filled in from the national profile %2.")
                         .replace("%1", name).replace("%2", limits.source.name if limits.source else ""))
        elif limits.status == "no-profile":
            note.setText(translate("FeatureForm", "No national profile is installed (%1), so the limits of %2 "
                                                  "are not filled in; enter them from the plan's rules.")
                         .replace("%1", limits.detail).replace("%2", name))
        else:
            note.setText(translate("FeatureForm", "The national profile gives no limits for %1.").replace("%1", name)
                         + (f" ({limits.detail})" if limits.detail else ""))

    def _regulation_type_chosen(self, uri: str, checked: bool) -> None:
        if not checked:
            return
        for cl in code_lists_for("SpecificSupplementaryRegulationValue"):
            value = cl.get(uri)
            if value is not None and value.extra.get("supplementary_regulation"):
                target = value.extra["supplementary_regulation"]
                self.fields["supplementary_regulation"].set_value(target if isinstance(target, list) else [target])
                return

    # -- result ------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for field in self.fields.values():
            out.update(field.dump())
        return out

    def changes(self) -> dict[str, Any]:
        return row_changes(self.row, self.values())

    def problems(self) -> list[str]:
        out: list[str] = []
        for field in self.fields.values():
            out.extend(field.problems())
        return out

    def accept(self) -> None:
        problems = self.problems()
        if problems:
            self.problems_label.setText("\n".join(problems))
            return
        super().accept()


def hilucs_label(uri: str, language: str) -> str:
    value = codelist("HILUCSValue").get(uri)
    return value.label(language) if value else uri
