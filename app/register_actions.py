"""File ▸ Open from register… / Save to register / Plan in force: the desktop side of the plan register.

The window only shows and dispatches: reading, comparing and saving are
:mod:`register.sync` and :class:`register.provider.RegisterProvider`. A register plan
is drawn from the register at once and becomes a plan file behind it (:mod:`app.register_view`),
so undo/redo, validation and every tool work as usual; saving
sends the changes to the plan's draft, and a conflict is shown with both sides.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.menu_registry import register_action
from register.conflict_view import conflict_heading, conflict_lines
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


def _from_register(window: Any, db: str | None, title: Text, read: Any) -> tuple[Any, bool]:
    """``read(register)`` off the GUI thread: (its result, True), or (None, False) once the error was shown.

    A register that is stopped or unreachable is then a message, never a frozen window or a traceback.
    """
    from register.provider import RegisterProvider, open_register

    def run() -> Any:
        with (RegisterProvider(db) if db else open_register()) as reg:
            return read(reg)

    result, error = _in_task(window, _said(window, Text("app.register_actions", "Reading the register…")), run)
    if error is not None:
        window.show_error(_said(window, title), error)
        return None, False
    return result, True


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
    if doc.read_only is not None:  # the register's own answer, given when the plan was opened
        window.show_error(_said(window, Text("app.register_actions", "Save to register")),
                          _said(window, doc.read_only.refusal))
        return None
    folder = _folder()
    try:
        data = open_plan(doc.snapshot(folder / "edited.gpkg"))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    def push() -> Any:
        with (RegisterProvider(origin["db"]) if origin["db"] else open_register()) as reg:
            result = push_changes(reg, origin["base"], data)
            return result, origin["base"] if result.unchanged else base_of(reg, result.version_ref)[1]

    outcome, error = _in_task(window, _said(window, Text("app.register_actions", "Saving to the register…")), push)
    if error is not None or outcome is None:
        kept = _said(window, Text("app.register_actions", "Nothing was lost: your changes stay in the plan."))
        window.show_error(_said(window, Text("app.register_actions", "Save to register")),
                          f"{error}\n\n{kept}" if error else kept)
        return None
    result, origin["base"] = outcome
    window.message(_said(window, result.summary()))
    if not result.conflicts:  # the plan as it is now is the register's: closing it loses nothing
        doc.history.set_clean()
        doc.modified_changed.emit(False)
    else:
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
    and per feature *Keep mine* or *Take theirs*. What differs and how it reads is :mod:`register.conflict_view`."""

    def __init__(self, window: Any, conflicts: list[Any]):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("register_conflicts")
        self.setWindowTitle(_said(window, Text("app.register_actions", "Conflicts with other planners")))
        layout = QVBoxLayout(self)
        language = getattr(window, "language", "en")
        self.choices: dict[int, str] = {}
        body = QWidget(self)
        listed = QVBoxLayout(body)
        for i, exc in enumerate(conflicts):
            heading = QLabel(conflict_heading(exc, language), body)
            heading.setObjectName(f"conflict_heading_{i}")
            heading.setWordWrap(True)
            listed.addWidget(heading)
            listed.addWidget(self._table(window, exc))
            listed.addLayout(self._choice_row(window, i, exc))
        listed.addStretch(1)
        scroll = QScrollArea(self)  # many conflicts scroll; the dialog stays on the screen
        scroll.setObjectName("conflict_list")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
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
        status.setWordWrap(True)

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
        from app.forms.labels import attribute_label

        language = getattr(window, "language", "en")
        lines = conflict_lines(exc, language)
        named = {"geometry": Text("app.register_actions", "Shape"), "feature": Text("app.register_actions", "Feature")}
        table = QTableWidget(len(lines), 3, self)
        table.setObjectName("conflict_table")
        table.setHorizontalHeaderLabels([
            _said(window, Text("app.register_actions", "Attribute")),
            _said(window, Text("app.register_actions", "Yours (not in the register)")),
            _said(window, Text("app.register_actions", "Theirs (saved by {who})", who=exc.theirs.get("by") or "?")),
        ])
        for i, line in enumerate(lines):
            label = _said(window, named[line.key]) if line.key in named else attribute_label(line.key)
            for j, (text, tip) in enumerate(((label, line.key), (line.mine, line.mine_tip),
                                             (line.theirs, line.theirs_tip))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, line.key)  # the register column: tests find rows by it
                item.setToolTip(tip)
                table.setItem(i, j, item)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(rows + table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth())
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return table


def add_in_force_layer(window: Any, db: str | None, day: date | None = None) -> QgsVectorLayer | None:
    """A read-only layer of the zoning in force (the whole register), under the plan, for context."""
    from plu_model.geopackage import save_dataset

    day = day or date.today()
    crs = window.document.crs if window.document is not None else None
    title = Text("app.register_actions", "Plan in force from register (context layer)")
    data, ok = _from_register(window, db, title, lambda reg: reg.in_force(day, None, crs))
    if not ok:
        return None
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


_DIFF_COLOURS = {"added": (46, 157, 58), "removed": (210, 60, 60), "changed": (240, 160, 32), "was": (160, 90, 0)}


def _diff_symbol(change: str, geometry_type: Any) -> Any:
    """A change's symbol: a translucent fill; red hatching for a removed zone; a dashed outline where a changed one was.

    Its rendering pass is the change's place in :data:`register.diff.DRAW_ORDER`, so a removed zone's
    hatching and an old outline are drawn over the fills of whatever changed or was added there.
    """
    from qgis.core import QgsSymbol
    from qgis.PyQt.QtGui import QColor

    from register.diff import DRAW_ORDER

    r, g, b = _DIFF_COLOURS[change]
    symbol = QgsSymbol.defaultSymbol(geometry_type)
    symbol.setColor(QColor(r, g, b, 150))
    fill = symbol.symbolLayer(0)
    fill.setStrokeColor(QColor(r, g, b))
    fill.setStrokeWidth(1.2 if change != "was" else 0.8)
    if change == "removed":  # hatched: what is gone, over whatever is there now
        fill.setColor(QColor(r, g, b))
        fill.setBrushStyle(Qt.BrushStyle.BDiagPattern)
    elif change == "was":  # where a changed zone was
        fill.setBrushStyle(Qt.BrushStyle.NoBrush)
        fill.setStrokeStyle(Qt.PenStyle.DashLine)
    fill.setRenderingPass(DRAW_ORDER.index(change))
    return symbol


def add_diff_layer(window: Any, db: str | None, before: str, after: str) -> QgsVectorLayer | None:
    """The differences between two register versions as a layer over the plan: added green, removed red, changed orange.

    Symbol levels draw the changes in :data:`register.diff.DRAW_ORDER`; the layer goes on top of the
    layer tree, so no change hides under the plan's own zones.
    """
    from qgis.core import QgsCategorizedSymbolRenderer, QgsFeature, QgsField, QgsGeometry, QgsRendererCategory
    from qgis.PyQt.QtCore import QVariant

    diff, ok = _from_register(window, db, Text("app.register_actions", "Compare"), lambda reg: reg.diff(before, after))
    if not ok:
        return None
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
    from register.diff_report import CHANGE_WORDS

    categories = [QgsRendererCategory(change, _diff_symbol(change, layer.geometryType()),
                                      _said(window, CHANGE_WORDS[change])) for change in _DIFF_COLOURS]
    renderer = QgsCategorizedSymbolRenderer("change", categories)
    renderer.setUsingSymbolLevels(True)
    layer.setRenderer(renderer)
    window.project.addMapLayer(layer, False)
    window.project.layerTreeRoot().insertLayer(0, layer)
    window.canvas.refresh()
    return layer


class OpenFromRegisterDialog(QDialog):
    """Choose a register (empty: your private one) and a plan: a searchable table of its plans.

    What the rows say, their order, what a search matches and which plans are read-only is
    :mod:`register.plan_list`; the dialog shows it and reads the register off the GUI thread.
    """

    def __init__(self, window: Any):
        super().__init__(window)
        self.window_ = window
        self.rows: list[Any] = []
        self.shown: list[Any] = []
        self.setObjectName("open_from_register")
        self.setWindowTitle(_said(window, Text("app.register_actions", "Open from register")))
        layout = QVBoxLayout(self)
        layout.addLayout(self._register_row(window))
        layout.addLayout(self._search_row(window))
        self.plans = self._table(window)
        self.error = QLabel("", self)
        self.error.setObjectName("register_error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.note = QLabel(_said(window, Text("app.register_actions", "Grey rows open read-only: plans of other "
                                                                      "authorities, and earlier versions.")), self)
        self.note.setWordWrap(True)
        self.note.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for w in (self.plans, self.error, self.note, self.buttons):
            layout.addWidget(w)
        self._chosen_changed()
        self.resize(1040, 560)

    def _register_row(self, window: Any) -> QHBoxLayout:
        row = QHBoxLayout()
        self.db = QLineEdit(self)
        self.db.setPlaceholderText(_said(window, Text("app.register_actions", "postgresql://… (empty: your private register)")))
        self.db.returnPressed.connect(self.refresh)
        connect = QPushButton(_said(window, Text("app.register_actions", "List plans")), self)
        connect.setObjectName("list_plans")
        connect.clicked.connect(self.refresh)
        row.addWidget(QLabel(_said(window, Text("app.register_actions", "Register:")), self))
        row.addWidget(self.db, 1)
        row.addWidget(connect)
        return row

    def _search_row(self, window: Any) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("plan_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(_said(window, Text("app.register_actions", "Title, plan, status, authority or "
                                                                                "date")))
        self.search.textChanged.connect(lambda _text: self._fill())
        self.every_version = QCheckBox(_said(window, Text("app.register_actions", "Every version")), self)
        self.every_version.setObjectName("every_version")
        self.every_version.setToolTip(_said(window, Text("app.register_actions", "List earlier versions too, not "
                                                                                 "only the latest of each plan")))
        self.every_version.toggled.connect(lambda _on: self.refresh())
        row.addWidget(QLabel(_said(window, Text("app.register_actions", "Search:")), self))
        row.addWidget(self.search, 1)
        row.addWidget(self.every_version)
        return row

    def _table(self, window: Any) -> QTableWidget:
        headers = [Text("app.register_actions", "Title"), Text("app.register_actions", "Plan"),
                   Text("app.register_actions", "Version"), Text("app.register_actions", "Status"),
                   Text("app.register_actions", "Date"), Text("app.register_actions", "Authority")]
        table = QTableWidget(0, len(headers), self)
        table.setObjectName("register_plans")
        table.setHorizontalHeaderLabels([_said(window, h) for h in headers])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeaderItem(4).setToolTip(_said(window, Text("app.register_actions", "In force from, for a plan "
                                                                    "in force; else the day the version was made")))
        header = table.horizontalHeader()
        for column in range(len(headers)):  # the title takes what the others leave, wrapped onto more lines
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == 0
                                        else QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._rows_fitted = QTimer(self)  # once after a burst of resizes, not at each pixel
        self._rows_fitted.setSingleShot(True)
        self._rows_fitted.timeout.connect(table.resizeRowsToContents)
        header.sectionResized.connect(lambda column, _old, _new: self._rows_fitted.start(0) if column == 0 else None)
        table.itemSelectionChanged.connect(self._chosen_changed)
        table.cellDoubleClicked.connect(lambda _r, _c: self.accept() if self.chosen() else None)
        return table

    def refresh(self) -> None:
        """Read the register's plans (off the GUI thread: an unreachable register never freezes the window)."""
        from register.plan_list import plan_rows
        from register.provider import RegisterProvider, open_register

        db, every = self.db.text().strip(), self.every_version.isChecked()
        language = getattr(self.window_, "language", "en")

        def read() -> list[Any]:
            with (RegisterProvider(db) if db else open_register()) as reg:
                return plan_rows(reg, language, every)

        rows, error = _in_task(self.window_, _said(self.window_, Text("app.register_actions",
                                                                    "Reading the register's plans…")), read)
        self.rows = rows if error is None and rows is not None else []
        self.error.setText(error or "")
        self.error.setVisible(bool(error))
        self._fill()

    def _fill(self) -> None:
        from qgis.PyQt.QtGui import QBrush, QPalette

        from register.plan_list import filter_rows

        self.shown = filter_rows(self.rows, self.search.text())
        self.plans.setRowCount(len(self.shown))
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        for r, row in enumerate(self.shown):
            tip = _said(self.window_, row.read_only_why) if row.read_only_why is not None else ""
            cells = (row.title, row.shown_ref.rsplit("@", 1)[0], str(row.version_no), row.status_label,
                     row.day_shown, row.authority_name)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{text}\n{tip}" if tip else text)  # the whole title, and why it is grey
                if not row.editable:
                    item.setForeground(grey)
                self.plans.setItem(r, c, item)
        self.plans.resizeRowsToContents()
        self.note.setVisible(any(not row.editable for row in self.rows))
        if len(self.shown) == 1:
            self.plans.selectRow(0)
        self._chosen_changed()

    def _chosen_changed(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(self.chosen() is not None)

    def chosen_row(self) -> Any:
        """The :class:`register.plan_list.PlanRow` selected, or None."""
        selected = self.plans.selectionModel().selectedRows() if self.plans.selectionModel() else []
        if not selected or selected[0].row() >= len(self.shown):
            return None
        return self.shown[selected[0].row()]

    def chosen(self) -> str | None:
        row = self.chosen_row()
        return row.full_ref if row is not None else None


def _open_dialog(window: Any) -> None:
    dialog = OpenFromRegisterDialog(window)
    dialog.refresh()
    if dialog.exec() and dialog.chosen():
        open_from_register(window, dialog.db.text() or None, dialog.chosen())


def _compare(window: Any) -> None:
    from qgis.PyQt.QtWidgets import QInputDialog

    origin = getattr(window.document, "register_origin", None) if window.document is not None else None
    if origin is None:
        window.show_error(_said(window, Text("app.register_actions", "Compare")), _said(window, Text("app.register_actions", "This plan was not opened from the register.")))
        return
    refs, ok = _from_register(window, origin["db"], Text("app.register_actions", "Compare"),
                              lambda reg: [v.full_ref for v in reg.versions(origin["base"].plan)])
    if not ok:
        return
    choice, ok = QInputDialog.getItem(window, _said(window, Text("app.register_actions", "Compare with")),
                                      _said(window, Text("app.register_actions", "Earlier version")), refs, 0, False)
    if ok and choice:
        add_diff_layer(window, origin["db"], choice, refs[-1])


def _in_force(window: Any) -> None:
    origin = getattr(window.document, "register_origin", None) if window.document is not None else None
    add_in_force_layer(window, origin["db"] if origin else None)


register_action("file", "register.open", Text("app.register_actions", "Open from register…"), _open_dialog,
                order=15, needs_plan=False)
register_action("file", "register.save", Text("app.register_actions", "Save to register"), save_to_register, order=16,
                edits=True)
register_action("plan", "register.compare", Text("app.register_actions", "Compare with a register version…"),
                _compare, order=90)
register_action("file", "register.in_force", Text("app.register_actions", "Plan in force from register (context layer)"), _in_force, order=17)
