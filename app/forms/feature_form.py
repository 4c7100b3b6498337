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

from qgis.PyQt.QtCore import QRect, Qt
from qgis.PyQt.QtGui import QGuiApplication
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
    CodeChoiceEditor,
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
from app.forms.read_only_fields import show_read_only
from app.forms.labels import class_label
from app.i18n import translate
from app.live_language import RebuiltBody
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


#: Multi-valued code attributes a form offers as one choice: a zone has one national zone type.
_SINGLE_CHOICE = {"specific_land_use"}


def build_field(attr: Attribute, language: str, documents: list[tuple[str, str]] | None = None) -> Field:
    """The field for one attribute, with the editor its kind and code list call for."""
    editor: Editor
    if attr.kind == "code":
        lists = code_lists_for(attr.codelist or "")
        if attr.name in _SINGLE_CHOICE:
            editor = CodeChoiceEditor(lists, language)
        else:
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


def dialog_buttons(dialog: QDialog, read_only: bool = False) -> QDialogButtonBox:
    """OK/Cancel with texts in the UI language (Qt's own catalogue may be missing); Close alone when read-only."""
    if read_only:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        box.button(QDialogButtonBox.StandardButton.Close).setText(translate("Dialogs", "Close"))
        box.rejected.connect(dialog.reject)
        return box
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Dialogs", "OK"))
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("Dialogs", "Cancel"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def row_changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """The columns whose value differs."""
    return {k: v for k, v in after.items() if before.get(k) != v}


class FeatureForm(RebuiltBody):
    """Edits one feature's attributes; ``changes()`` gives the columns to write.

    It follows View ▸ Language while open: the fields are built again in the new
    language with what was entered. With ``read_only`` (a plan open read-only) it shows the
    attributes only: every field disabled, Close instead of OK, and no changes.
    """

    def __init__(
        self,
        class_name: str,
        row: dict[str, Any],
        language: str,
        documents: list[tuple[str, str]] | None = None,
        parent: QWidget | None = None,
        new: bool = False,
        read_only: bool = False,
    ):
        super().__init__(parent)
        self.setObjectName("feature_form")
        self.class_name = class_name
        self.row = dict(row)
        self.new = new
        self.read_only = read_only
        self._documents = documents
        self._start_body()
        self.language = language
        self.build_body(self.row)
        self._fit_to_screen()

    def entered(self) -> dict[str, Any]:
        return {**self.row, **self.values(), "__tab__": self.tabs.currentIndex()}

    def build_body(self, entered: dict[str, Any]) -> None:
        """The tabs, fields and buttons in the UI language, showing ``entered``."""
        body = QWidget(self)
        class_name = class_label(self.class_name)
        title = (translate("FeatureForm", "New {class_name}", class_name=class_name) if self.new
                 else translate("FeatureForm", "{class_name} attributes", class_name=class_name))
        if self.read_only:
            title = translate("FeatureForm", "{title} (read-only)", title=title)
        self.setWindowTitle(title)
        self.fields: dict[str, Field] = {}
        self.tabs = QTabWidget(body)
        pages = {
            "main": self._page(self.tabs, translate("FeatureForm", "Land use and limits")),
            "more": self._page(self.tabs, translate("FeatureForm", "Validity, process and documents")),
        }
        self._fill_pages(pages, entered, body)
        self.problems_label = QLabel(body)
        self.problems_label.setObjectName("problems")
        self.problems_label.setStyleSheet("color: #b00020")
        self.problems_label.setWordWrap(True)
        self.buttons = dialog_buttons(self, self.read_only)
        if self.read_only:
            show_read_only(self.fields)
        layout = QVBoxLayout(body)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)
        self.tabs.setCurrentIndex(int(entered.get("__tab__", 0)))
        self._set_body(body)
        if "specific_land_use" in self.fields:
            #: the type chosen before, whose rows in the presence table a new choice replaces
            self._zone_type: list[str] = list(self.fields["specific_land_use"].editor.get() or [])
            self.fields["specific_land_use"].editor.toggled.connect(self._zone_type_chosen)
        if "specific_supplementary_regulation" in self.fields:
            self.fields["specific_supplementary_regulation"].editor.toggled.connect(self._regulation_type_chosen)

    def _fill_pages(self, pages: dict[str, QFormLayout], entered: dict[str, Any], body: QWidget) -> None:
        attrs = [a for a in CLASS_ATTRIBUTES[self.class_name] if a.name not in _HIDDEN]
        main = _MAIN.get(self.class_name, ())
        ordered = sorted(attrs, key=lambda a: main.index(a.name) if a.name in main else len(main))
        for attr in ordered:
            field = build_field(attr, self.language, self._documents)
            field.load(entered)
            self.fields[attr.name] = field
            layout = pages["main" if attr.name in main else "more"]
            label = QLabel(field.label, body)
            label.setToolTip(attr.xml)
            layout.addRow(label, field)
            if attr.name == "dimensioning_indication":
                self.profile_note = QLabel(body)
                self.profile_note.setObjectName("profile_note")
                self.profile_note.setWordWrap(True)
                layout.addRow("", self.profile_note)
        row = self.row
        ident = QLabel(
            translate("FeatureForm", "Identifier: {local_id} (namespace {namespace}), gml:id {gml_id}",
                      local_id=str(row.get("inspire_local_id") or ""),
                      namespace=str(row.get("inspire_namespace") or ""),
                      gml_id=str(row.get("gml_id") or "")),
            body,
        )
        ident.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        pages["more"].addRow(ident)

    def _fit_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        self.fit_to(screen.availableGeometry() if screen is not None else None)

    def fit_to(self, room: QRect | None) -> None:
        """Wide enough for the zone types and the limits table, never larger than the screen's free room.

        The form's pages scroll, so on a 1366×768 screen everything is reachable
        and nothing is cut.
        """
        width, height = 940, 820
        if room is not None:
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(max(width, self.minimumSizeHint().width()), height)

    def _page(self, tabs: QTabWidget, title: str) -> QFormLayout:
        scroll = QScrollArea(tabs)
        scroll.setWidgetResizable(True)
        inner = QWidget(scroll)
        form = QFormLayout(inner)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # labels above their fields: the lists and tables get the dialog's whole width
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        scroll.setWidget(inner)
        tabs.addTab(scroll, title)
        return form

    # -- pre-filling from a national zone type --------------------------------
    def _zone_type_chosen(self, uri: str, checked: bool) -> None:
        if not checked:
            return
        lists = code_lists_for("LandUseClassificationValue")
        value = next((cl.get(uri) for cl in lists if cl.get(uri)), None)
        if value is None:
            return
        _replace_in_presence(self.fields.get("specific_presence"), set(self._zone_type), [uri])
        self._drop_profile_limits(self._zone_type)
        self._zone_type = [uri]
        hilucs = value.extra.get("hilucs")
        if hilucs:
            hilucs_values = hilucs if isinstance(hilucs, list) else [hilucs]
            before = set(self.fields["hilucs_land_use"].editor.get() or [])
            self.fields["hilucs_land_use"].set_value(hilucs_values)
            _replace_in_presence(self.fields.get("hilucs_presence"), before, hilucs_values)
        self._show_limits(uri, value.notation or value.code)

    def _drop_profile_limits(self, old_types: list[str]) -> None:
        """Take out the limits the profile filled in for the previous type, unless the user changed them.

        Otherwise a zone retyped from Жм to a type without limits would keep Жм's
        figures, as if they were the new type's.
        """
        filled = [ind for uri in old_types for ind in zone_limits(uri).indications]
        field = self.fields.get("dimensioning_indication")
        if not filled or field is None:
            return
        rows = field.editor.get() or []
        kept = [row for row in rows if row not in filled]
        if len(kept) != len(rows):
            field.editor.set(kept)

    def _show_limits(self, uri: str, name: str) -> None:
        """Fill in the profile's limits for the chosen type and say, in the UI language only, where they came from."""
        limits = zone_limits(uri)
        note = self.profile_note
        if limits.status == "ok" and limits.indications:
            field = self.fields["dimensioning_indication"]
            field.set_state(Field.GIVEN)
            field.editor.merge(limits.indications)
            note.setText(translate("FeatureForm", "Limits of {zone_type} filled in from the national profile {profile}.",
                                   zone_type=name, profile=limits.source.name if limits.source else ""))
        elif limits.status == "no-profile":
            note.setText(translate("FeatureForm", "No national profile is installed ({reason}), so the limits of "
                                                  "{zone_type} are not filled in; enter them from the plan's rules.",
                                   reason=limits.detail, zone_type=name))
        else:
            # the profile's note on a missing limit is in English: shown only to an English UI
            detail = f" ({limits.detail})" if limits.detail and self.language == "en" else ""
            note.setText(translate("FeatureForm", "The national profile gives no limits for {zone_type}.", zone_type=name)
                         + detail)

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
        return {} if self.read_only else row_changes(self.row, self.values())

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


def _replace_in_presence(field: Field | None, old: set[str], new: list[str]) -> None:
    """Let a presence table follow a changed type: rows of the old values become the new ones.

    A presence the user left unstated stays unstated; percentages stay with their row.
    """
    if field is None or field.current_state() != Field.GIVEN:
        return
    current = field.editor.get()
    if not current:
        return
    if "percentage_list" in current:
        rows = [(v, p) for v, p in current["percentage_list"]]
    else:
        rows = [(v, None) for v in current.get("ordered_list", [])]
    kept = [(v, p) for v, p in rows if v not in old and v not in new]
    replaced = [p for v, p in rows if v in old or v in new]
    share = replaced[0] if replaced else None
    rows = [(new[0], share)] + [(v, None) for v in new[1:]] + kept
    if all(p is not None for _, p in rows):
        field.set_value({"percentage_list": [[v, p] for v, p in rows]})
    else:
        field.set_value({"ordered_list": [v for v, _ in rows]})


def hilucs_label(uri: str, language: str) -> str:
    value = codelist("HILUCSValue").get(uri)
    return value.label(language) if value else uri
