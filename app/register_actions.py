"""File ▸ Open from register… / Save to register / Plan in force: the desktop side of the plan register.

The window only shows and dispatches: reading, comparing and saving are
:mod:`register.sync` and :class:`register.provider.RegisterProvider`. A register plan
is drawn from the register at once and becomes a plan file behind it (:mod:`app.register_view`),
so undo/redo, validation and every tool work as usual; saving
sends the changes to the plan's draft, and a conflict is shown with both sides.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.menu_registry import register_action
from plu_model.i18n import Text

__all__ = ["ConflictDialog", "OpenFromRegisterDialog", "add_diff_layer", "add_in_force_layer", "open_from_register",
           "save_to_register", "take_theirs"]


def _said(window: Any, text: Text) -> str:
    """A text in the window's language."""
    return text.say(getattr(window, "language", "en"))


def _folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="plu-register-open-"))


def _in_task(window: Any, label: str, function: Any) -> tuple[Any, str | None]:
    """Run register I/O off the GUI thread behind the window's progress dialog: (result, error message)."""
    from app.tasks import FunctionTask

    task = window._run_modal(FunctionTask(label, lambda _progress: function()), label)
    return task.result_value, task.error


def open_from_register(window: Any, db: str | None, ref: str) -> Any:
    """Show a version at once, read straight from the register; make it editable in the background.

    Returns the :class:`app.register_view.RegisterOpening` (``ready(document)`` when the plan
    is editable), or None when the register could not be read. The working copy is written
    once, after the first draw; the editor never writes it (edits stay in the layers' buffers
    until a snapshot), so that file is also what the first save compares with.
    """
    from app.register_view import RegisterOpening
    from register.direct_view import direct_view
    from register.provider import RegisterProvider, open_register

    if not window.confirm_discard():
        return None

    def facts() -> tuple[str, Any]:
        with (RegisterProvider(db) if db else open_register()) as reg:
            return reg.dsn, direct_view(reg, ref)

    found, error = _in_task(window, _said(window, Text("app.register_actions", "Reading {ref} from the register…",
                                                                           ref=ref)), facts)
    if error is not None or found is None:
        window.show_error(_said(window, Text("app.register_actions", "Open from register")), error or "")
        return None
    window._close_document()
    dsn, view = found
    opening = RegisterOpening(window, db, dsn, ref, view)
    window.register_opening = opening
    try:
        opening.show()
    except RuntimeError as exc:  # a layer QGIS could not open
        opening.discard()
        window.show_error(_said(window, Text("app.register_actions", "Open from register")),
                          _said(window, Text("app.register_actions", "QGIS cannot read {layers} from the register",
                                             layers=str(exc))))
        return None
    return opening


def save_to_register(window: Any) -> Any:
    """Send the plan's changes to its draft in the register; show conflicts with both sides."""
    from plu_model.geopackage import open_plan
    from register.provider import RegisterProvider, open_register
    from register.sync import base_of, push_changes

    doc = window.document
    origin = getattr(doc, "register_origin", None) if doc is not None else None
    if origin is None:
        window.show_error(_said(window, Text("app.register_actions", "Save to register")),
                          _said(window, Text("app.register_actions", "This plan was not opened from the register.")))
        return None
    folder = _folder()
    try:
        data = open_plan(doc.snapshot(folder / "edited.gpkg"))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    def push() -> Any:
        with (RegisterProvider(origin["db"]) if origin["db"] else open_register()) as reg:
            result = push_changes(reg, origin["base"], data)
            return result, base_of(reg, result.version_ref)[1]

    outcome, error = _in_task(window, _said(window, Text("app.register_actions", "Saving to the register…")), push)
    if error is not None or outcome is None:
        window.show_error(_said(window, Text("app.register_actions", "Save to register")), error or "")
        return None
    result, origin["base"] = outcome
    window.message(_said(window, Text("app.register_actions", "Saved to {version_ref}: {n_saved} changed, {n_added} "
                                                           "added, {n_deleted} deleted, {n_conflicts} conflicts",
                                                           version_ref=result.version_ref, n_saved=len(result.saved), n_added=len(result.added), n_deleted=len(result.deleted), n_conflicts=len(result.conflicts))))
    if result.conflicts:
        dialog = ConflictDialog(window, result.conflicts)
        dialog.show()
        window.register_conflict_dialog = dialog
    return result


def _layer_of(document: Any, class_name: str | None, local_id: str | None, wkt: str | None) -> tuple[Any, Any]:
    """The plan layer holding a feature (by class and localId) and its id there; the id is None when it is gone."""
    layers = document.layers
    by_class = {"ZoningElement": [layers.zoning], "SpatialPlan": [layers.plan],
                "OfficialDocumentation": [document.documents],
                "SupplementaryRegulation": [layers.regulations_area, layers.regulations_line,
                                            layers.regulations_point]}
    candidates = [layer for layer in by_class.get(class_name or "", []) if layer is not None]
    for layer in candidates:
        for f in layer.getFeatures():
            if f["inspire_local_id"] == local_id:
                return layer, f.id()
    if class_name == "SupplementaryRegulation" and wkt:  # gone from the plan: its layer follows its geometry
        kind = wkt.lstrip().upper()
        candidates = [layers.regulations_point if "POINT" in kind.split("(")[0] else
                      layers.regulations_line if "LINE" in kind.split("(")[0] else layers.regulations_area]
    return (candidates[0] if candidates else None), None


def take_theirs(window: Any, conflict: Any) -> bool:
    """Put the version another planner saved into the open plan, as one undoable edit.

    The plan's register base already holds that version (it was re-read after the save),
    so the next *Save to register* sends nothing for this feature: theirs stays.
    """
    from qgis.core import QgsGeometry

    from app.editing import _as_layer_geometry as as_layer_geometry
    from app.editing import add_feature
    from app.qt_values import qt_value

    doc = window.document
    if doc is None or getattr(doc, "register_origin", None) is None:  # the plan was closed meanwhile
        return False
    theirs = conflict.theirs
    row = theirs["attributes"]
    local_id = row.get("inspire_local_id")
    layer, fid = _layer_of(doc, theirs.get("class"), local_id, theirs.get("geometry"))
    if layer is None:
        return False
    geometry = QgsGeometry.fromWkt(theirs["geometry"]) if theirs.get("geometry") else None
    text = _said(window, Text("app.register_actions", "Take the saved version of {local_id}", local_id=local_id))
    if fid is None:  # you deleted it, they changed it: it comes back
        add_feature(doc, layer, geometry if geometry is not None else QgsGeometry(), row)
        return True
    names = layer.fields().names()
    updates = {names.index(k): qt_value(v) for k, v in row.items() if k in names and k != "fid"}
    with doc.history.group(text):
        layer.beginEditCommand(text)
        layer.changeAttributeValues(fid, updates)
        if geometry is not None:
            layer.changeGeometry(fid, as_layer_geometry(layer, geometry))
        layer.endEditCommand()
    window.canvas.refresh()
    return True


class ConflictDialog(QDialog):
    """Each conflicting feature: the attributes that differ, yours beside the one saved meanwhile,
    and per feature *Keep mine* or *Take theirs*."""

    def __init__(self, window: Any, conflicts: list[Any]):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("register_conflicts")
        self.setWindowTitle(_said(window, Text("app.register_actions", "Conflicts with other planners")))
        layout = QVBoxLayout(self)
        language = getattr(window, "language", "en")
        self.choices: dict[int, str] = {}
        for i, exc in enumerate(conflicts):
            layout.addWidget(QLabel(exc.message(language)))
            layout.addWidget(self._table(window, exc))
            layout.addLayout(self._choice_row(window, i, exc))
        note = QLabel(_said(window, Text("app.register_actions", "Keep mine: yours stays in the plan and goes to the "
                                                              "register at the next Save to register. Take theirs: "
                                                              "the saved version replaces yours in the plan (Undo "
                                                              "brings yours back); yours stays in the conflict "
                                                              "record.")), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 420)

    def _choice_row(self, window: Any, i: int, exc: Any) -> QHBoxLayout:
        row = QHBoxLayout()
        mine = QPushButton(_said(window, Text("app.register_actions", "Keep mine")), self)
        mine.setObjectName(f"keep_mine_{i}")
        theirs = QPushButton(_said(window, Text("app.register_actions", "Take theirs")), self)
        theirs.setObjectName(f"take_theirs_{i}")
        status = QLabel("", self)
        status.setObjectName(f"conflict_choice_{i}")

        def chosen(choice: str) -> None:
            if choice == "theirs" and not take_theirs(self.window_, exc):
                status.setText(_said(window, Text("app.register_actions", "The plan opened from the register is not open, or "
                                                                       "has no such layer.")))
                return
            self.choices[i] = choice
            mine.setEnabled(False)
            theirs.setEnabled(False)
            status.setText(_said(window, Text("app.register_actions", "yours is kept")) if choice == "mine"
                           else _said(window, Text("app.register_actions", "theirs is taken")))

        mine.clicked.connect(lambda: chosen("mine"))
        theirs.clicked.connect(lambda: chosen("theirs"))
        row.addWidget(mine)
        row.addWidget(theirs)
        row.addWidget(status, 1)
        return row

    def _table(self, window: Any, exc: Any) -> QTableWidget:
        mine, theirs = exc.mine["attributes"], exc.theirs["attributes"]
        keys = [k for k in sorted(set(mine) | set(theirs)) if mine.get(k) != theirs.get(k)
                and k not in ("inspire_version_id", "begin_lifespan_version")]
        if not _same_geometry(exc.mine.get("geometry"), exc.theirs.get("geometry")):
            keys.append("geometry")
        table = QTableWidget(len(keys), 3, self)
        table.setObjectName("conflict_table")
        table.setHorizontalHeaderLabels([_said(window, Text("app.register_actions", "attribute")), _said(window, Text("app.register_actions", "yours")),
                                         _said(window, Text("app.register_actions", "saved by ")) + str(exc.theirs.get("by"))])
        for i, key in enumerate(keys):
            a = exc.mine.get("geometry") if key == "geometry" else mine.get(key)
            b = exc.theirs.get("geometry") if key == "geometry" else theirs.get(key)
            for j, text in enumerate((key, _short(a), _short(b))):
                table.setItem(i, j, QTableWidgetItem(text))
        for column, width in enumerate((170, 340, 340)):
            table.setColumnWidth(column, width)
        table.setWordWrap(True)
        table.resizeRowsToContents()
        return table


def _short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) < 160 else text[:157] + "…"


def _same_geometry(a: str | None, b: str | None) -> bool:
    import shapely

    if a is None or b is None:
        return a == b
    return bool(shapely.from_wkt(a).equals(shapely.from_wkt(b)))


def add_in_force_layer(window: Any, db: str | None, day: date | None = None) -> QgsVectorLayer | None:
    """A read-only layer of the zoning in force (the whole register), under the plan, for context."""
    from plu_model.geopackage import save_dataset
    from register.provider import RegisterProvider, open_register

    day = day or date.today()
    crs = window.document.crs if window.document is not None else None
    with (RegisterProvider(db) if db else open_register()) as reg:
        data = reg.in_force(day, None, crs)
    if not data.zoning_elements:
        window.message(_said(window, Text("app.register_actions", "Nothing is in force on {day}", day=day)))
        return None
    folder = window.document.folder if window.document is not None else _folder()  # removed with the plan
    path = save_dataset(folder / f"in-force-{day}.gpkg", data)
    layer = QgsVectorLayer(f"{path}|layername=zoning_element",
                           _said(window, Text("app.register_actions", "In force on {day} (register)", day=day)), "ogr")
    layer.setReadOnly(True)
    symbol = layer.renderer().symbol()
    symbol.setColor(symbol.color().fromRgb(160, 160, 160, 90))
    window.project.addMapLayer(layer)
    window.canvas.refresh()
    return layer


_DIFF_COLOURS = {"added": (46, 157, 58), "removed": (210, 60, 60), "changed": (240, 160, 32)}


def add_diff_layer(window: Any, db: str | None, before: str, after: str) -> QgsVectorLayer:
    """The differences between two register versions as a layer: added green, removed red, changed orange."""
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsFeature,
        QgsField,
        QgsGeometry,
        QgsRendererCategory,
        QgsSymbol,
    )
    from qgis.PyQt.QtCore import Qt, QVariant
    from qgis.PyQt.QtGui import QColor

    from register.provider import RegisterProvider, open_register

    with (RegisterProvider(db) if db else open_register()) as reg:
        diff = reg.diff(before, after)
    layer = QgsVectorLayer(f"MultiPolygon?crs=EPSG:{diff.before.crs}", _said(
        window, Text("app.register_actions", "Changes {before_ref} → {after_ref}",
                                             before_ref=diff.before_ref, after_ref=diff.after_ref)),
        "memory")
    provider = layer.dataProvider()
    provider.addAttributes([QgsField("change", QVariant.String), QgsField("class", QVariant.String),
                            QgsField("local_id", QVariant.String), QgsField("attributes", QVariant.String),
                            QgsField("area_changed", QVariant.Double)])
    layer.updateFields()
    features = []
    for change, class_name, local_id, attributes, area, geom in diff.rows():
        f = QgsFeature(layer.fields())
        f.setAttributes([change, class_name, local_id, attributes, area])
        qgeom = QgsGeometry()
        qgeom.fromWkb(geom.wkb)
        f.setGeometry(qgeom)
        features.append(f)
    provider.addFeatures(features)
    categories = []
    for change, (r, g, b) in _DIFF_COLOURS.items():
        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(QColor(r, g, b, 150))
        fill = symbol.symbolLayer(0)
        fill.setStrokeColor(QColor(r, g, b))
        fill.setStrokeWidth(1.2)
        if change == "removed":  # hatched: what is gone, over whatever is there now
            fill.setColor(QColor(r, g, b))
            fill.setBrushStyle(Qt.BrushStyle.BDiagPattern)
        categories.append(QgsRendererCategory(change, symbol, change))
    layer.setRenderer(QgsCategorizedSymbolRenderer("change", categories))
    window.project.addMapLayer(layer)
    window.canvas.refresh()
    return layer


class OpenFromRegisterDialog(QDialog):
    """Choose a register (empty: your private one) and a plan."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("open_from_register")
        self.setWindowTitle(_said(window, Text("app.register_actions", "Open from register")))
        layout = QVBoxLayout(self)
        self.db = QLineEdit(self)
        self.db.setPlaceholderText(_said(window, Text("app.register_actions", "postgresql://… (empty: your private register)")))
        connect = QPushButton(_said(window, Text("app.register_actions", "List plans")), self)
        connect.clicked.connect(self.refresh)
        self.plans = QListWidget(self)
        self.error = QLabel("", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for w in (self.db, connect, self.plans, self.error, buttons):
            layout.addWidget(w)

    def refresh(self) -> None:
        from plu_model.errors import message_of
        from register.provider import RegisterProvider, open_register
        from register.store import display_refs

        self.plans.clear()
        try:
            with (RegisterProvider(self.db.text()) if self.db.text() else open_register()) as reg:
                plans = reg.plans()
                for v, shown in zip(plans, display_refs(plans), strict=True):
                    item = QListWidgetItem(f"{shown}  [{v.status}]  {v.title}")
                    item.setData(256, v.full_ref)  # Qt.ItemDataRole.UserRole; NAMESPACE:LOCALID@N is unambiguous
                    self.plans.addItem(item)
            self.error.setText("")
        except Exception as exc:  # shown, never a traceback
            self.error.setText(message_of(exc, getattr(self.window_, "language", "en")))

    def chosen(self) -> str | None:
        item = self.plans.currentItem()
        return item.data(256) if item is not None else None


def _open_dialog(window: Any) -> None:
    dialog = OpenFromRegisterDialog(window)
    dialog.refresh()
    if dialog.exec() and dialog.chosen():
        open_from_register(window, dialog.db.text() or None, dialog.chosen())


def _compare(window: Any) -> None:
    from qgis.PyQt.QtWidgets import QInputDialog

    from register.provider import RegisterProvider, open_register

    origin = getattr(window.document, "register_origin", None) if window.document is not None else None
    if origin is None:
        window.show_error(_said(window, Text("app.register_actions", "Compare")), _said(window, Text("app.register_actions", "This plan was not opened from the register.")))
        return
    with (RegisterProvider(origin["db"]) if origin["db"] else open_register()) as reg:
        refs = [v.full_ref for v in reg.versions(origin["base"].plan)]
    choice, ok = QInputDialog.getItem(window, _said(window, Text("app.register_actions", "Compare with")),
                                      _said(window, Text("app.register_actions", "Earlier version")), refs, 0, False)
    if ok and choice:
        add_diff_layer(window, origin["db"], choice, refs[-1])


def _in_force(window: Any) -> None:
    origin = getattr(window.document, "register_origin", None) if window.document is not None else None
    add_in_force_layer(window, origin["db"] if origin else None)


register_action("file", "register.open", Text("app.register_actions", "Open from register…"), _open_dialog,
                order=15, needs_plan=False)
register_action("file", "register.save", Text("app.register_actions", "Save to register"), save_to_register, order=16)
register_action("plan", "register.compare", Text("app.register_actions", "Compare with a register version…"),
                _compare, order=90)
register_action("file", "register.in_force", Text("app.register_actions", "Plan in force from register (context layer)"), _in_force, order=17)
