"""The main window: the plan on a QGIS map canvas, its layers, tools, menus and panels.

Menus are built from the window's own actions plus whatever feature modules
registered in :mod:`app.menu_registry`.  Every edit goes through the open
document's history (:mod:`app.editing`), dialogs are opened window-modal without
blocking (``open()``), and long work runs in tasks (:mod:`app.tasks`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsLayerTreeModel,
    QgsProject,
    QgsRectangle,
    QgsSnappingConfig,
    QgsTolerance,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import (
    QgsAdvancedDigitizingDockWidget,
    QgsLayerTreeMapCanvasBridge,
    QgsMapCanvas,
    QgsMapToolPan,
    QgsRubberBand,
    QgsScaleWidget,
)
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt, QTimer
from qgis.PyQt.QtGui import QCloseEvent, QColor, QKeySequence
from qgis.PyQt.QtWidgets import (
    QAction,
    QActionGroup,
    QDialog,
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
)
from shapely import wkt as shapely_wkt

from app import editing, file_dialogs
from app.background_layers import (
    XyzDialog,
    add_background,
    layer_from_file,
    remember_backgrounds,
    restore_backgrounds,
    wms_source_widget,
    xyz_layer,
)
from app.document import PlanDocument, prepare_working_copy
from app.edit_history import UndoText
from app.file_dialogs import file_name_for
from app.forms.documents import document_label
from app.forms.export_dialog import ExportDialog
from app.forms.feature_form import FeatureForm
from app.forms.new_plan import NewPlanDialog
from app.forms.plan_properties import PlanPropertiesDialog
from app.i18n import LANGUAGES, current_language, set_language, translate
from app.legend import fit_legend_dock
from app.legend_view import LegendView
from app.live_language import Text, follow_language, text_of
from app.map_tools import AddFeatureTool, LineCaptureTool, SelectTool, VertexTool
from app.menu_registry import FEATURE_MODULES, MENUS, actions_for
from app.plan_diff import apply_plan_file
from app.plan_layers import retitle
from app.qt_values import feature_row
from app.read_only_plan import EDITING_ACTIONS, EDITING_TOOLS, hold_saved_copy, map_with_bar, refused, show_bar
from app.recovery import find_recoverable
from app.scale_box import connect_scale_box, refill_scale_box
from app.settings import add_recent, forget_recent, recent_files, settings, user_documents
from app.status_bar import CoordinatesLabel, MessageStatusBar
from app.tasks import FunctionTask, run_task, wait_for
from app.validation_panel import ValidationPanel
from app.validation_runner import compare_findings, iter_findings, plan_profile, repair
from app.window_fit import fit_to_screen
from exporters import EXPORTERS
from plu_model.findings import Finding, Severity
from plu_model.readers import READERS, PlanFileSource
from validators.report import verdict_of

__all__ = ["MainWindow"]

log = logging.getLogger(__name__)

#: QGIS theme icons of the toolbar actions.
_ICONS = {
    "new": "mActionFileNew.svg",
    "open": "mActionFileOpen.svg",
    "save": "mActionFileSave.svg",
    "undo": "mActionUndo.svg",
    "redo": "mActionRedo.svg",
    "tool_pan": "mActionPan.svg",
    "tool_select": "mActionSelectRectangle.svg",
    "tool_add_zone": "mActionCapturePolygon.svg",
    "tool_add_area": "mActionAddPolygon.svg",
    "tool_add_line": "mActionCaptureLine.svg",
    "tool_add_point": "mActionCapturePoint.svg",
    "tool_vertex": "mActionVertexTool.svg",
    "tool_split": "mActionSplitFeatures.svg",
    "tool_reshape": "mActionReshape.svg",
    "merge": "mActionMergeFeatures.svg",
    "delete": "mActionDeleteSelected.svg",
    "attributes": "mActionFormView.svg",
    "validate": "mIconSuccess.svg",
    "zoom_plan": "mActionZoomFullExtent.svg",
}

#: Minutes between autosaves of a changed plan.
AUTOSAVE_MINUTES = 2


@dataclass
class _Spec:
    menu: str
    key: str
    text: Callable[[], str]
    callback: Callable[[], Any]
    shortcut: Any = None
    order: int = 100
    needs_plan: bool = True
    tool: bool = False
    toolbar: bool = False
    #: the action changes the plan: disabled while a read-only plan is open
    edits: bool = False


class MainWindow(QMainWindow):
    """Shows and edits one plan at a time."""

    def __init__(self, language: str = "en"):
        super().__init__()
        self.setObjectName("main_window")
        set_language(language)
        self.language = current_language()
        self.document: PlanDocument | None = None
        self.project = QgsProject.instance()
        self.active_dialog: QDialog | None = None
        self.validation_task: FunctionTask | None = None
        self.highlight: QgsRubberBand | None = None
        self.tools: dict[str, Any] = {}
        self.last_findings: list[Finding] = []
        #: (rules, findings before, features changed) of a repair waiting for its check
        self._repair_check: tuple[list[str] | None, list[Finding], int] | None = None
        #: what to do once the running check is done (export after the error warning)
        self._after_check: Callable[[], Any] | None = None
        self._close_confirmed = False
        self.export_task: FunctionTask | None = None
        #: the plan being read or written under a modal progress dialog
        self.busy_task: FunctionTask | None = None

        self.canvas = QgsMapCanvas(self)
        self.canvas.setObjectName("canvas")
        self.canvas.setCanvasColor(QColor("#ffffff"))
        self.setCentralWidget(map_with_bar(self, self.canvas))
        self.tree_view = LegendView(self)
        model = QgsLayerTreeModel(self.project.layerTreeRoot(), self)
        model.setFlag(QgsLayerTreeModel.Flag.AllowNodeChangeVisibility)
        model.setFlag(QgsLayerTreeModel.Flag.AllowNodeReorder)
        model.setFlag(QgsLayerTreeModel.Flag.ShowLegend)
        self.tree_view.setModel(model)
        self.bridge = QgsLayerTreeMapCanvasBridge(self.project.layerTreeRoot(), self.canvas, self)
        self.layers_dock = self._dock("layers", self.tree_view, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.validation_panel = ValidationPanel(self)
        self.validation_dock = self._dock("validation", self.validation_panel, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.cad_dock = QgsAdvancedDigitizingDockWidget(self.canvas, self)
        self.cad_dock.setObjectName("cad")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.cad_dock)
        self.cad_dock.hide()

        self._build_status_bar()
        _load_feature_modules()
        self._create_actions()
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("tools")
        self.addToolBar(self.toolbar)
        self._build_menus()
        self._connect_panel()
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MINUTES * 60 * 1000)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        self._autosave_due = False
        self.canvas.xyCoordinates.connect(self.coordinates_label.show_point)
        self.scale_link = connect_scale_box(self.scale_widget, self.canvas)
        self.scale_link.refused.connect(self.message)
        self.resize(1280, 800)
        self._first_show = not self.restore_layout()
        fit_to_screen(self)  # a laptop's 1366×768, or a geometry saved on a bigger monitor
        self._fitted_with_frame = False
        if self._first_show:
            self.validation_dock.hide()  # shown when the plan is first validated
        self.retranslate()
        self._update_enabled()

    @property
    def layers(self) -> Any:
        """The open plan's layers (``None`` without a plan)."""
        return self.document.layers if self.document is not None else None

    # -- construction ---------------------------------------------------------------------
    def _dock(self, name: str, widget: Any, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_status_bar(self) -> None:
        bar = MessageStatusBar(self)
        self.setStatusBar(bar)
        self.findings_label = QLabel(self)
        self.findings_label.setObjectName("findings_status")
        self.modified_label = QLabel(self)
        self.modified_label.setObjectName("modified_status")
        self.coordinates_label = CoordinatesLabel(self, self.canvas)
        self.scale_widget = QgsScaleWidget(self)
        self.scale_widget.setMapCanvas(self.canvas)
        self.crs_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.status = self.crs_label  # kept for callers of the first version
        self.status_separators: list[tuple[QLabel, QFrame]] = []
        for widget in (self.progress, self.findings_label, self.modified_label, self.coordinates_label,
                       self.scale_widget, self.crs_label):
            if isinstance(widget, QLabel):
                widget.setContentsMargins(6, 0, 6, 0)  # each status reads on its own ("Not validated | Saved")
                separator = QFrame(self)
                separator.setFrameShape(QFrame.Shape.VLine)
                separator.setFrameShadow(QFrame.Shadow.Sunken)
                bar.addPermanentWidget(separator)
                self.status_separators.append((widget, separator))
            bar.addPermanentWidget(widget)

    def _create_actions(self) -> None:
        std = QKeySequence.StandardKey
        specs = [
            _Spec("file", "new", lambda: translate("MainWindow", "&New plan…"), self.new_plan, std.New, 10, False),
            _Spec("file", "open", lambda: translate("MainWindow", "&Open…"), self.open_dialog, std.Open, 20, False),
            _Spec("file", "save", lambda: translate("MainWindow", "&Save"), self.save, std.Save, 30, toolbar=True),
            _Spec("file", "save_as", lambda: translate("MainWindow", "Save &As…"), self.save_as, std.SaveAs, 31),
            _Spec("file", "export", lambda: translate("MainWindow", "&Export…"), self.export_dialog, "Ctrl+E", 40),
            _Spec("file", "close", lambda: translate("MainWindow", "&Close plan"), self.close_plan, std.Close, 80),
            _Spec("file", "quit", lambda: translate("MainWindow", "&Quit"), self.close, std.Quit, 99, False),
            _Spec("edit", "undo", lambda: translate("MainWindow", "&Undo"), self.undo, std.Undo, 10, toolbar=True),
            _Spec("edit", "redo", lambda: translate("MainWindow", "&Redo"), self.redo, std.Redo, 11, toolbar=True),
            _Spec("edit", "tool_pan", lambda: translate("MainWindow", "&Pan"), lambda: self.set_tool("pan"), "P", 20,
                  tool=True, toolbar=True),
            _Spec("edit", "tool_select", lambda: translate("MainWindow", "&Select features"),
                  lambda: self.set_tool("select"), "S", 21, tool=True, toolbar=True),
            _Spec("edit", "tool_add_zone", lambda: translate("MainWindow", "Add &zoning element"),
                  lambda: self.set_tool("add_zone"), "Ctrl+.", 30, tool=True, toolbar=True),
            _Spec("edit", "tool_add_area", lambda: translate("MainWindow", "Add supplementary regulation (&area)"),
                  lambda: self.set_tool("add_area"), "Ctrl+Alt+A", 31, tool=True, toolbar=True),
            _Spec("edit", "tool_add_line", lambda: translate("MainWindow", "Add supplementary regulation (&line)"),
                  lambda: self.set_tool("add_line"), "Ctrl+Alt+L", 32, tool=True, toolbar=True),
            _Spec("edit", "tool_add_point", lambda: translate("MainWindow", "Add supplementary regulation (p&oint)"),
                  lambda: self.set_tool("add_point"), "Ctrl+Alt+P", 33, tool=True, toolbar=True),
            _Spec("edit", "tool_vertex", lambda: translate("MainWindow", "&Vertex tool"),
                  lambda: self.set_tool("vertex"), "V", 40, tool=True, toolbar=True),
            _Spec("edit", "tool_split", lambda: translate("MainWindow", "Spli&t features"),
                  lambda: self.set_tool("split"), "Ctrl+Shift+X", 41, tool=True, toolbar=True),
            _Spec("edit", "tool_reshape", lambda: translate("MainWindow", "&Reshape features"),
                  lambda: self.set_tool("reshape"), "R", 42, tool=True, toolbar=True),
            _Spec("edit", "merge", lambda: translate("MainWindow", "&Merge selected features"), self.merge_selected,
                  "Ctrl+M", 50),
            _Spec("edit", "delete", lambda: translate("MainWindow", "&Delete selected features"),
                  self.delete_selected, std.Delete, 51),
            _Spec("edit", "attributes", lambda: translate("MainWindow", "Feature &attributes…"),
                  self.edit_selected_attributes, "Ctrl+I", 60),
            _Spec("plan", "properties", lambda: translate("MainWindow", "Plan &properties…"), self.plan_properties,
                  "Ctrl+Shift+P", 10),
            _Spec("plan", "tool_boundary", lambda: translate("MainWindow", "Draw plan &boundary"),
                  lambda: self.set_tool("boundary"), None, 20, tool=True),
            _Spec("plan", "bg_file", lambda: translate("MainWindow", "Add background layer from &file…"),
                  self.add_background_file, None, 40),
            _Spec("plan", "bg_wms", lambda: translate("MainWindow", "Add &WMS/WMTS layer…"),
                  self.add_background_wms, None, 41),
            _Spec("plan", "bg_xyz", lambda: translate("MainWindow", "Add &XYZ tiles…"),
                  self.add_background_xyz, None, 42),
            _Spec("check", "validate", lambda: translate("MainWindow", "&Validate"), self.validate, "Ctrl+Shift+V",
                  10, toolbar=True),
            _Spec("check", "cancel_validation", lambda: translate("MainWindow", "&Cancel validation"),
                  self.cancel_validation, None, 11),
            _Spec("check", "next_finding", lambda: translate("MainWindow", "&Next finding"),
                  lambda: self.validation_panel.step(1), "F8", 20),
            _Spec("check", "previous_finding", lambda: translate("MainWindow", "&Previous finding"),
                  lambda: self.validation_panel.step(-1), "Shift+F8", 21),
            _Spec("view", "zoom_plan", lambda: translate("MainWindow", "&Zoom to plan"), self.zoom_to_plan,
                  "Ctrl+Shift+F", 10, toolbar=True),
            _Spec("help", "shortcuts", lambda: translate("MainWindow", "&Keyboard shortcuts"),
                  self.show_shortcuts, std.HelpContents, 10, False),
            _Spec("help", "about", lambda: translate("MainWindow", "&About PLU Studio"), self.show_about, None, 20,
                  False),
        ]
        self.specs = {s.key: s for s in specs}
        for key in ("new", "open", "merge", "delete", "attributes"):
            self.specs[key].toolbar = True
        for key in EDITING_ACTIONS:
            self.specs[key].edits = True
        self.actions: dict[str, QAction] = {}
        self.tool_group = QActionGroup(self)
        self.tool_group.setExclusive(True)
        for spec in specs:
            action = QAction(self)
            action.setObjectName(f"action_{spec.key}")
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            if spec.tool:
                action.setCheckable(True)
                self.tool_group.addAction(action)
            action.triggered.connect(lambda _checked=False, cb=spec.callback: cb())
            if spec.key in _ICONS:
                action.setIcon(QgsApplication.getThemeIcon(_ICONS[spec.key]))
            self.actions[spec.key] = action
            self.addAction(action)
        redo = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Y") not in redo:
            redo.append(QKeySequence("Ctrl+Y"))
        self.actions["redo"].setShortcuts(redo)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setObjectName(f"action_language_{code}")
            action.triggered.connect(lambda _c=False, lang=code: self.switch_language(lang))
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.registry_actions: dict[str, QAction] = {}

    def _menu_title(self, menu: str) -> str:
        titles = {
            "file": translate("MainWindow", "&File"),
            "edit": translate("MainWindow", "&Edit"),
            "plan": translate("MainWindow", "&Plan"),
            "check": translate("MainWindow", "&Check"),
            "consultation": translate("MainWindow", "C&onsultation"),
            "view": translate("MainWindow", "&View"),
            "help": translate("MainWindow", "&Help"),
        }
        if menu in titles:
            return titles[menu]
        return MENUS[menu].say(self.language)

    def _build_menus(self) -> None:
        """(Re)build the menu bar and toolbar from the actions and the menu registry."""
        bar = self.menuBar()
        bar.clear()
        self.menus: dict[str, QMenu] = {}
        for menu_id in MENUS:
            entries: list[tuple[int, str, Any]] = [(s.order, s.key, self.actions[s.key])
                                                    for s in self.specs.values() if s.menu == menu_id]
            for registered in actions_for(menu_id):
                action = self.registry_actions.get(registered.key)
                if action is None:
                    action = QAction(self)
                    action.setObjectName(f"action_{registered.key}")
                    if registered.shortcut:
                        action.setShortcut(QKeySequence(registered.shortcut))
                    action.triggered.connect(lambda _c=False, cb=registered.callback: cb(self))
                    self.registry_actions[registered.key] = action
                action.setText(registered.text(self.language))
                entries.append((registered.order, registered.key, action))
            if menu_id == "file":
                entries.append((25, "recent", "recent"))
                entries.append((45, "import", "import"))
            if menu_id == "view":
                entries.append((50, "panels", "panels"))
                entries.append((60, "language", "language"))
            if not entries:
                continue
            menu = bar.addMenu(self._menu_title(menu_id))
            menu.setObjectName(f"menu_{menu_id}")
            self.menus[menu_id] = menu
            last_group = None
            for order, _key, item in sorted(entries, key=lambda e: (e[0], e[1])):
                group = order // 10
                if last_group is not None and group != last_group:
                    menu.addSeparator()
                last_group = group
                if item == "recent":
                    self.recent_menu = menu.addMenu(translate("MainWindow", "Open &recent"))
                    self.recent_menu.aboutToShow.connect(self._fill_recent)
                    self._fill_recent()
                elif item == "import":
                    self.import_menu = menu.addMenu(translate("MainWindow", "&Import"))
                    for fmt in READERS:
                        action = self.import_menu.addAction(
                            translate("MainWindow", "{format}…", format=fmt.label(self.language)))
                        action.triggered.connect(lambda _c=False, name=fmt.name: self.import_dialog(name))
                elif item == "panels":
                    panels = menu.addMenu(translate("MainWindow", "Pa&nels"))
                    for dock in (self.layers_dock, self.validation_dock, self.cad_dock):
                        panels.addAction(dock.toggleViewAction())
                elif item == "language":
                    languages = menu.addMenu(translate("MainWindow", "&Language"))
                    for action in self.language_actions.values():
                        languages.addAction(action)
                else:
                    menu.addAction(item)
        self.toolbar.clear()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for spec in self.specs.values():
            if spec.toolbar:
                if spec.key in ("undo", "tool_pan", "merge", "validate", "zoom_plan"):
                    self.toolbar.addSeparator()
                self.toolbar.addAction(self.actions[spec.key])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        for path in files:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_recent(p))
        if not files:
            empty = self.recent_menu.addAction(translate("MainWindow", "(none)"))
            empty.setEnabled(False)

    def _connect_panel(self) -> None:
        panel = self.validation_panel
        panel.run_requested.connect(self.validate)
        panel.cancel_requested.connect(self.cancel_validation)
        panel.finding_selected.connect(self.show_finding)
        panel.repair_requested.connect(self.repair)
        panel.export_requested.connect(lambda epsg: self.export_dialog(epsg))

    # -- language ---------------------------------------------------------------------------
    def switch_language(self, language: str) -> None:
        set_language(language)
        self.language = current_language()
        s = settings()
        s.setValue("ui/language", self.language)
        s.sync()
        self.statusBar().clearMessage()  # a message said in the old language would stay until the next one
        self.retranslate()
        # every open dock and dialog re-translates itself on LanguageChange: deliver those now, not later
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "specs"):
            self.language = current_language()
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for key, spec in self.specs.items():
            self.actions[key].setText(spec.text())
            shortcut = self.actions[key].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self.actions[key].setToolTip(spec.text().replace("&", "") + (f" ({shortcut})" if shortcut else ""))
        self.language_actions[self.language].setChecked(True)
        self.layers_dock.setWindowTitle(translate("MainWindow", "Layers"))
        self.validation_dock.setWindowTitle(translate("MainWindow", "Validation"))
        self.toolbar.setWindowTitle(translate("MainWindow", "Tools"))
        # QGIS's own catalogue (qgis_bg.qm) translates the dock's inside but not this title
        self.cad_dock.setWindowTitle(translate("MainWindow", "Advanced Digitizing"))
        self._build_menus()
        self.validation_panel.retranslate()
        if self.document is not None and self.document.layers is not None:
            retitle(self.document.layers, self.language, self.document.documents)
            fit_legend_dock(self)
        if self.document is not None:
            self.document.history.retranslate()
            self._undo_labels()
        self._relocale_scale()
        self._update_title()
        self._update_status()

    def _relocale_scale(self) -> None:
        """The scale box's list and number in the UI language's digits (set as Qt's default locale)."""
        refill_scale_box(self.scale_link)

    # -- layout ------------------------------------------------------------------------------
    def showEvent(self, event: QEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._fitted_with_frame:  # the window manager's frame is known now
            self._fitted_with_frame = True
            fit_to_screen(self)
        if self._first_show:  # nothing remembered yet: a map-first layout
            self._first_show = False
            self._default_dock_sizes()

    def _default_dock_sizes(self) -> None:
        # wide enough for "5 Жилищно предназначение"-long legend entries, a third of the height for findings
        self.resizeDocks([self.layers_dock], [max(340, int(self.width() * 0.24))], Qt.Orientation.Horizontal)
        self.resizeDocks([self.validation_dock], [max(240, int(self.height() * 0.34))], Qt.Orientation.Vertical)

    def restore_layout(self) -> bool:
        """Put the window and its panels back as the user left them; False the first time."""
        s = settings()
        geometry = s.value("window/geometry")
        state = s.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        return state is not None

    def save_layout(self) -> None:
        s = settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.sync()

    # -- status ------------------------------------------------------------------------------
    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle("PLU Studio")
            return
        mark = "*" if self.document.is_modified else ""
        read_only = self.document.read_only
        said = f" ({read_only.mark.say(self.language)})" if read_only is not None else ""
        file = f" — {self.document.path.name}" if self.document.path is not None else ""
        self.setWindowTitle(f"{mark}{self.document.title}{said}{file} — PLU Studio")

    def _update_status(self) -> None:
        doc = self.document
        if doc is None:
            self.findings_label.setText("")
            self.modified_label.setText("")
            self.modified_label.setToolTip("")
            self.crs_label.setText("")
            show_bar(self)
            self._sync_status_separators()
            return
        self.crs_label.setText(f"EPSG:{doc.crs}")
        panel = self.validation_panel
        if panel.checked_at is None:
            self.findings_label.setText(translate("MainWindow", "Not validated"))
            self.findings_label.setStyleSheet("")
        else:
            counts = panel.counts()
            errors = counts.get(Severity.ERROR, 0) + counts.get(Severity.FATAL, 0)
            warnings = counts.get(Severity.WARNING, 0)
            text = translate("MainWindow", "Errors: {errors}, warnings: {warnings}", errors=errors, warnings=warnings)
            incomplete = verdict_of(panel.model.findings) == "incomplete"
            if incomplete:
                text += " " + translate("MainWindow", "— incomplete: a check could not run")
            if panel.stale:
                text += " " + translate("MainWindow", "(before the last change)")
            self.findings_label.setText(text)
            self.findings_label.setStyleSheet(
                "color: #c62828" if errors else "color: #e65100" if incomplete else "color: #2e7d32")
        self.modified_label.setText(translate("MainWindow", "Unsaved changes") if doc.is_modified
                                    else translate("MainWindow", "Saved"))
        self.modified_label.setToolTip("")
        if doc.read_only is not None:  # the bar over the map says why; here the state, where "Saved" stood
            self.modified_label.setText(doc.read_only.mark.say(self.language).capitalize())
            self.modified_label.setToolTip(doc.read_only.bar.say(self.language))
        show_bar(self)
        self._sync_status_separators()

    def _sync_status_separators(self) -> None:
        """A separator shows only beside a status that says something."""
        for label, separator in self.status_separators:
            separator.setVisible(bool(label.text()) or label is self.coordinates_label)

    def _update_enabled(self) -> None:
        has_plan = self.document is not None
        may_edit = has_plan and self.document.read_only is None
        # no plan (none open, or one from the register still being prepared): nothing to validate
        self.validation_panel.run_button.setEnabled(has_plan and not self.validation_panel.running)
        self.validation_panel.set_read_only(has_plan and not may_edit)
        for key, spec in self.specs.items():
            if spec.needs_plan:
                self.actions[key].setEnabled(may_edit if spec.edits else has_plan)
        for key, action in self.registry_actions.items():
            registered = next((a for m in MENUS for a in actions_for(m) if a.key == key), None)
            if registered is not None and registered.needs_plan:
                action.setEnabled(may_edit if registered.edits else has_plan)
        if has_plan:
            stack = self.document.history.stack
            self.actions["undo"].setEnabled(may_edit and stack.canUndo())
            self.actions["redo"].setEnabled(may_edit and stack.canRedo())
            self.actions["cancel_validation"].setEnabled(self.validation_task is not None)

    def _modified_changed(self, _modified: bool) -> None:
        self._update_title()
        self._update_status()

    def _history_changed(self) -> None:
        self._autosave_due = True
        self.validation_panel.mark_stale()
        self._undo_labels()
        self._update_enabled()
        self._update_title()
        self._update_status()

    def _undo_labels(self) -> None:
        """Edit ▸ Undo/Redo name the step they take back, in the UI language."""
        stack = self.document.history.stack if self.document else None
        if stack is not None:
            undo, redo = stack.undoText(), stack.redoText()
            self.actions["undo"].setText(translate("MainWindow", "&Undo {action}", action=undo) if undo
                                         else translate("MainWindow", "&Undo"))
            self.actions["redo"].setText(translate("MainWindow", "&Redo {action}", action=redo) if redo
                                         else translate("MainWindow", "&Redo"))

    def message(self, text: str, ms: int = 8000) -> None:
        self.statusBar().showMessage(text, ms)

    def show_error(self, title: Text, text: Text) -> QMessageBox:
        """A warning the user reads; non-blocking, so nothing waits on it.

        Given as functions, the title and text follow View ▸ Language while the box is open.
        """
        box = QMessageBox(QMessageBox.Icon.Warning, "", "", QMessageBox.StandardButton.Ok, self)
        box.setObjectName("error_box")

        def texts() -> None:
            box.setWindowTitle(text_of(title))
            box.setText(text_of(text))
            box.button(QMessageBox.StandardButton.Ok).setText(translate("Dialogs", "OK"))
            self.last_error = box.text()

        follow_language(box, texts)
        box.open()
        return box

    # -- documents ----------------------------------------------------------------------------
    def _unsaved_box(self) -> tuple[QMessageBox, Any, Any]:
        doc = self.document
        box = QMessageBox(self)
        box.setObjectName("unsaved_box")
        box.setIcon(QMessageBox.Icon.Question)
        save = box.addButton("", QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton("", QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton("", QMessageBox.ButtonRole.RejectRole)

        def texts() -> None:
            box.setWindowTitle(translate("MainWindow", "Unsaved changes"))
            box.setText(translate("MainWindow", "“{title}” has changes that are not saved.", title=doc.title))
            box.setInformativeText(translate("MainWindow", "Save them before closing the plan?"))
            save.setText(translate("MainWindow", "Save"))
            discard.setText(translate("MainWindow", "Discard"))
            cancel.setText(translate("MainWindow", "Cancel"))

        follow_language(box, texts)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        return box, save, discard

    def confirm_discard(self) -> bool:
        """Ask what to do with unsaved changes; False means stay."""
        doc = self.document
        if doc is None or not doc.is_modified:
            return True
        box, save, discard = self._unsaved_box()
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return self.save()
        return clicked is discard

    def _close_document(self) -> None:
        opening = getattr(self, "register_opening", None)
        if opening is not None:  # a register plan shown read-only, not yet editable
            opening.discard()
        doc = self.document
        if doc is None:
            return
        if self.validation_task is not None:
            self.validation_task.cancel()
        if self.canvas.mapTool() is not None:
            self.canvas.unsetMapTool(self.canvas.mapTool())
        self._clear_highlight()
        self.tools.clear()
        if doc.path is not None:
            remember_backgrounds(self.project, doc.path)
        doc.history.changed.disconnect(self._history_changed)
        doc.release_layers()
        self.project.removeAllMapLayers()
        self.project.layerTreeRoot().removeAllChildren()
        doc.close()
        self.document = None
        self.validation_panel.show_findings([])
        self.validation_panel.checked_at = None
        self.validation_panel.retranslate()
        self._update_enabled()

    def _show_document(self, doc: PlanDocument) -> PlanDocument:
        self._close_document()
        layers = doc.load_layers(self.language)
        self.project.setCrs(QgsCoordinateReferenceSystem(f"EPSG:{doc.crs}"))
        for layer in reversed(layers.all()):
            self.project.addMapLayer(layer)
        for layer in (layers.regulations_area, layers.regulations_line, layers.regulations_point):
            node = self.project.layerTreeRoot().findLayer(layer.id())
            if node is not None:
                node.setExpanded(False)  # ten classes each: keep the legend short
        self._configure_snapping(layers.snapping_layers())
        self.canvas.setDestinationCrs(self.project.crs())
        self.document = doc
        doc.history.changed.connect(self._history_changed)
        doc.modified_changed.connect(self._modified_changed)
        self._make_tools()
        if doc.path is not None:
            restore_backgrounds(self.project, doc.path)
        self.zoom_to_plan()
        self.set_tool("pan")
        if doc.path is not None:
            add_recent(doc.path)
        self._update_enabled()
        self._update_title()
        self._update_status()
        fit_legend_dock(self)
        return doc

    def _configure_snapping(self, layers: list[QgsVectorLayer]) -> None:
        config = QgsSnappingConfig(self.project)
        config.setEnabled(True)
        config.setMode(QgsSnappingConfig.SnappingMode.AdvancedConfiguration)
        for layer in layers:
            config.setIndividualLayerSettings(
                layer,
                QgsSnappingConfig.IndividualLayerSettings(
                    True,
                    QgsSnappingConfig.SnappingTypeFlag(QgsSnappingConfig.SnappingTypes.VertexFlag
                                                       | QgsSnappingConfig.SnappingTypes.SegmentFlag),
                    12, QgsTolerance.UnitType.Pixels, 0.0, 0.0),
            )
        config.setIntersectionSnapping(False)
        self.project.setSnappingConfig(config)
        self.project.setTopologicalEditing(True)
        self.canvas.snappingUtils().setConfig(config)

    def open_plan(self, path: str | Path, format: str | None = None) -> PlanDocument | None:
        """Open a plan file or any readable plan (GML, importer formats), with progress and cancel."""
        if not self.confirm_discard():
            return None
        source = Path(path)
        if not source.exists():
            forget_recent(str(source))
            self.show_error(lambda: translate("MainWindow", "Open plan"),
                            lambda: translate("MainWindow", "{path}: no such file", path=str(source)))
            return None
        task = self._run_modal(FunctionTask(translate("MainWindow", "Opening {file_name}", file_name=source.name),
                                            lambda progress: prepare_working_copy(source, progress, format)),
                               translate("MainWindow", "Opening {file_name}…", file_name=source.name))
        if task.error is not None:
            self.show_error(translate("MainWindow", "Open plan"), task.error)
            return None
        if task.result_value is None:
            self.message(translate("MainWindow", "Opening cancelled."))
            return None
        return self._show_document(PlanDocument(task.result_value))

    def _run_modal(self, task: FunctionTask, label: str) -> FunctionTask:
        """Run a task while a window-modal progress dialog with Cancel shows it; return it once it ended.

        The event loop keeps turning, so the window repaints, but no edit can
        slip in while a plan is being read or written.
        """
        dialog = QProgressDialog(label, translate("Dialogs", "Cancel"), 0, 100, self)
        dialog.setObjectName("progress_dialog")
        dialog.setMinimumDuration(600)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.canceled.connect(task.cancel)
        task.progress_changed.connect(lambda p: dialog.setValue(int(p)))
        self.busy_task = task
        run_task(task)
        wait_for(task)
        self.busy_task = None
        dialog.reset()
        dialog.deleteLater()
        return task

    def open_dialog(self) -> None:
        filters = ";;".join(
            [translate("MainWindow", "Plans ({patterns})",
                       patterns=" ".join(f"*{e}" for f in READERS for e in f.extensions))]
            + [f.filter(self.language) for f in READERS]
        )
        path = file_dialogs.open_file(self, translate("MainWindow", "Open plan"), filters)
        if path:
            self.open_plan(path)

    def open_recent(self, path: str) -> None:
        self.open_plan(path)

    def import_dialog(self, format_name: str) -> None:
        fmt = READERS.get(format_name)
        path = file_dialogs.open_file(self, translate("MainWindow", "Import"), fmt.filter(self.language))
        if path:
            self.open_plan(path, format_name)

    def new_plan(self) -> NewPlanDialog | None:
        if not self.confirm_discard():
            return None
        dialog = NewPlanDialog(self.language, self)
        dialog.accepted.connect(lambda: self.create_plan(dialog))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def create_plan(self, dialog: NewPlanDialog) -> PlanDocument | None:
        spec = dialog.result_spec()
        if spec is None:
            return None
        doc = self._show_document(PlanDocument.new(spec))
        if spec.boundary is None:
            self.set_tool("boundary")
            self.message(translate("MainWindow", "Draw the plan boundary: click its corners, right-click to finish."),
                         0)
        return doc

    def save(self) -> bool:
        doc = self.document
        if doc is None:
            return False
        if doc.path is None:
            return self.save_as()
        return self._save_to(doc.path)

    def save_as(self) -> bool:
        doc = self.document
        if doc is None:
            return False
        suggested = str(doc.path or (user_documents() / f"{file_name_for(doc.title)}.gpkg"))
        path = file_dialogs.save_file(self, translate("MainWindow", "Save plan as"),
                                      translate("MainWindow", "PLU Studio plan files (*.gpkg)"), suggested)
        if not path:
            return False
        if not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        copy_of_read_only = doc.read_only is not None
        if not self._save_to(Path(path)):
            return False
        if copy_of_read_only:  # the planner saved the copy to work on it: the window holds it now
            hold_saved_copy(self)
        return True

    def _save_to(self, path: Path) -> bool:
        """Write the plan in a background task (a city-wide plan takes seconds); False if it was not saved."""
        doc = self.document
        task = self._run_modal(FunctionTask(translate("MainWindow", "Saving {file_name}", file_name=path.name),
                                            doc.snapshot_job(path)),
                               translate("MainWindow", "Saving {file_name}…", file_name=path.name))
        if task.error is not None:
            self.show_error(lambda: translate("MainWindow", "Save plan"),
                            lambda: translate("MainWindow", "{path} could not be saved: {error}",
                                              path=str(path), error=task.error))
            return False
        if task.result_value is None:
            self.message(translate("MainWindow", "Saving cancelled; {path} was not changed.", path=str(path)))
            return False
        saved = doc.mark_saved(path)
        add_recent(saved)
        self.message(translate("MainWindow", "Saved {path}", path=str(saved)))
        self._update_title()
        self._update_status()
        return True

    def close_plan(self) -> None:
        if self.confirm_discard():
            self._close_document()
            self._update_enabled()
            self._update_title()
            self._update_status()

    def autosave(self) -> FunctionTask | None:
        """Write the autosave in the background when the plan changed since the last one."""
        doc = self.document
        if doc is None or not self._autosave_due or not doc.is_modified:
            return None
        job = doc.snapshot_job(doc.folder / "autosave.gpkg")
        self._autosave_due = False
        task = FunctionTask(translate("MainWindow", "Autosave"), job)

        def saved(_path: object) -> None:
            doc.mark_autosaved()
            self.message(translate("MainWindow", "Autosaved."), 3000)

        task.done.connect(saved)
        task.failed.connect(lambda m: log.warning("autosave failed: %s", m))
        return run_task(task)

    def check_recovery(self) -> PlanDocument | None:
        """Offer to recover plans a crashed session left unsaved."""
        recovered = None
        for candidate in find_recoverable():
            box = QMessageBox(self)
            box.setObjectName("recovery_box")
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(translate("MainWindow", "Recover unsaved work"))
            box.setText(translate("MainWindow", "PLU Studio ended before “{title}” was saved.", title=candidate.title))
            box.setInformativeText(translate("MainWindow", "The state autosaved at {time} can be recovered.",
                                             time=candidate.autosaved_at or "?"))
            recover = box.addButton(translate("MainWindow", "Recover"), QMessageBox.ButtonRole.AcceptRole)
            discard = box.addButton(translate("MainWindow", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(translate("MainWindow", "Later"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is recover:
                if self.confirm_discard():
                    recovered = self._show_document(PlanDocument.recover(candidate.folder))
                    self.message(translate("MainWindow", "Recovered “{title}”; save it to keep it.",
                                           title=candidate.title), 0)
            elif box.clickedButton() is discard:
                import shutil

                shutil.rmtree(candidate.folder, ignore_errors=True)
        return recovered

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Closing with unsaved changes asks first, without blocking: the answer closes again."""
        if self.busy_task is not None:  # never close while the plan file is being written
            event.ignore()
            return
        doc = self.document
        if doc is not None and doc.is_modified and not self._close_confirmed:
            event.ignore()
            box, save, discard = self._unsaved_box()
            box.buttonClicked.connect(lambda button: self._close_answered(button, save, discard))
            self.active_dialog = box
            box.open()
            return
        self._close_confirmed = False
        self.save_layout()
        self._close_document()
        event.accept()

    def _close_answered(self, button: Any, save: Any, discard: Any) -> None:
        if button is save and not self.save():
            return
        if button in (save, discard):
            self._close_confirmed = True
            QTimer.singleShot(0, self.close)

    # -- export ---------------------------------------------------------------------------------
    def export_dialog(self, epsg: int | None = None) -> ExportDialog | None:
        doc = self.document
        if doc is None:
            return None
        base = doc.path.with_suffix(".gml") if doc.path else Path.home() / "plan.gml"
        dialog = ExportDialog(self.language, doc.crs, base, self, longitude=self._plan_longitude(), preset=epsg)
        dialog.accepted.connect(lambda: self.when_checked(lambda: self.export_plan(*dialog.choice()),
                                                          lambda: translate("MainWindow", "Export anyway")))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _plan_longitude(self) -> float | None:
        """The longitude of the plan's centre, which picks the UTM zone to recommend."""
        layer = self.layers.zoning if self.layers is not None else None
        if layer is None or layer.extent().isEmpty():
            return None
        from qgis.core import QgsCoordinateTransform, QgsPointXY

        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        transform = QgsCoordinateTransform(layer.crs(), wgs84, self.project)
        try:
            return transform.transform(QgsPointXY(layer.extent().center())).x()
        except Exception:  # noqa: BLE001 - a CRS PROJ cannot transform: no zone to recommend
            return None

    def when_checked(self, then: Callable[[], Any], go_label: Text) -> None:
        """Run ``then`` once the plan is known to have no errors, or the user chose to go on anyway.

        The check is run first when the findings on show are missing or stale.
        """
        if self.validation_panel.checked_at is None or self.validation_panel.stale:
            self._after_check = lambda: self._warn_errors(then, go_label)
            if self.validate() is None:
                self._after_check = None
                then()
            return
        self._warn_errors(then, go_label)

    def _warn_errors(self, then: Callable[[], Any], go_label: Text) -> QMessageBox | None:
        errors = [f for f in self.last_findings if f.severity >= Severity.ERROR]
        if not errors:
            then()
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, "", "", QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("errors_warning")
        go = box.addButton("", QMessageBox.ButtonRole.AcceptRole)
        show = box.addButton("", QMessageBox.ButtonRole.ActionRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(show)

        def texts() -> None:
            box.setWindowTitle(translate("MainWindow", "The plan has errors"))
            box.setText(translate("MainWindow", "The check found {n} error in the plan. An INSPIRE portal or the "
                                                "register may refuse the file until it is corrected.",
                                                plural="The check found {n} errors in the plan. An INSPIRE portal or "
                                                       "the register may refuse the file until they are corrected.",
                                                n=len(errors)))
            go.setText(text_of(go_label))
            show.setText(translate("MainWindow", "Show the errors"))
            cancel.setText(translate("Dialogs", "Cancel"))

        follow_language(box, texts)

        def answered(button: Any) -> None:
            if button is go:
                then()
            elif button is show:
                self._show_errors()

        box.buttonClicked.connect(answered)
        self.active_dialog = box
        box.open()
        return box

    def _show_errors(self) -> None:
        panel = self.validation_panel
        self.validation_dock.show()
        self.validation_dock.raise_()
        for severity, box in panel.severity_boxes.items():
            box.setChecked(severity >= Severity.ERROR)
        if panel.proxy.rowCount():
            panel.select_row(0)

    def export_plan(self, format_name: str, epsg: int, path: Path) -> FunctionTask | None:
        """Write the plan in a registered format, in the background; returns the task."""
        doc = self.document
        if doc is None:
            return None
        job = doc.snapshot_job(doc.folder / "export.gpkg")
        fmt = EXPORTERS.get(format_name)

        def work(progress: Any) -> Path:
            source = PlanFileSource(job(None))
            try:
                progress.total = sum(source.counts().values())
                return Path(fmt.func(source, Path(path), crs=epsg, progress=progress))
            finally:
                source.close()

        task = FunctionTask(translate("MainWindow", "Exporting {file_name}", file_name=Path(path).name), work)
        self._track_progress(task)
        task.done.connect(lambda p: self.message(translate("MainWindow", "Exported {path}", path=str(p))))
        task.failed.connect(lambda m: self.show_error(translate("MainWindow", "Export"), m))
        self.export_task = task
        return run_task(task)

    def _track_progress(self, task: FunctionTask) -> None:
        self.progress.setValue(0)
        self.progress.show()
        task.progress_changed.connect(lambda p: self.progress.setValue(int(p)))
        for signal in (task.done, task.failed):
            signal.connect(lambda *_a: self.progress.hide())
        task.cancelled.connect(self.progress.hide)

    # -- tools ----------------------------------------------------------------------------------
    def _make_tools(self) -> None:
        doc = self.document
        layers = doc.layers
        canvas, cad = self.canvas, self.cad_dock
        self.tools = {"pan": QgsMapToolPan(canvas)}
        select = SelectTool(canvas, lambda: [layers.regulations_point, layers.regulations_line,
                                             layers.regulations_area, layers.zoning])
        select.activated.connect(self.open_feature_form)
        self.tools["select"] = select
        for key, layer in (("add_zone", layers.zoning), ("add_area", layers.regulations_area),
                           ("add_line", layers.regulations_line), ("add_point", layers.regulations_point)):
            tool = AddFeatureTool(canvas, cad, layer)
            tool.captured.connect(lambda geometry, lyr=layer: self.feature_drawn(lyr, geometry))
            self.tools[key] = tool
        boundary = AddFeatureTool(canvas, cad, layers.plan)
        boundary.captured.connect(self._boundary_drawn)
        self.tools["boundary"] = boundary
        self.tools["vertex"] = VertexTool(
            canvas, lambda: [layers.zoning, layers.regulations_area, layers.regulations_line, layers.plan],
            lambda a, b: editing.move_vertex(doc, a, b),
            lambda p: editing.insert_vertex(doc, p),
            lambda p: editing.delete_vertex(doc, p),
        )
        for key, handler in (("split", self._split_line), ("reshape", self._reshape_line)):
            tool = LineCaptureTool(canvas, cad)
            tool.line_captured.connect(handler)
            self.tools[key] = tool
        for key, tool in self.tools.items():
            action = self.actions.get(f"tool_{key}")
            if action is not None:
                tool.setAction(action)

    def set_tool(self, key: str) -> None:
        if key in EDITING_TOOLS and refused(self):
            return
        tool = self.tools.get(key)
        if tool is None:
            return
        if key.startswith("add_") or key == "boundary":
            self.canvas.setCurrentLayer(tool.target)
        self.canvas.setMapTool(tool)
        action = self.actions.get(f"tool_{key}")
        if action is not None:
            action.setChecked(True)

    def feature_drawn(self, layer: QgsVectorLayer, geometry: QgsGeometry) -> FeatureForm | None:
        """A feature was digitized: ask for its attributes, then add it (one undo step)."""
        doc = self.document
        if doc is None or geometry.isNull():
            return None
        class_name = editing.class_of_layer(doc, layer)
        form = FeatureForm(class_name, editing.new_feature_row(doc, class_name), self.language,
                           self._document_choices(), self, new=True)
        form.accepted.connect(lambda: self._add_drawn(layer, geometry, form))
        form.rejected.connect(lambda: self.message(translate("MainWindow", "The drawn feature was discarded.")))
        self.active_dialog = form
        form.open()
        return form

    def _add_drawn(self, layer: QgsVectorLayer, geometry: QgsGeometry, form: FeatureForm) -> None:
        values = dict(form.row)  # identifiers and the plan link the form does not show
        values.update(form.values())
        editing.add_feature(self.document, layer, geometry, values)
        self.canvas.refresh()

    def _boundary_drawn(self, geometry: QgsGeometry) -> None:
        if self.document is not None:
            editing.set_plan_boundary(self.document, geometry)
            self.message(translate("MainWindow", "Plan boundary drawn."))
            self.set_tool("pan")
            self.zoom_to_plan()

    def _split_line(self, points: list) -> None:
        added = editing.split(self.document, points)
        self.message(translate("MainWindow", "{n} new part.", plural="{n} new parts.", n=added))
        self.canvas.refresh()

    def _reshape_line(self, points: list) -> None:
        changed = editing.reshape(self.document, points)
        self.message(translate("MainWindow", "{n} feature reshaped.", plural="{n} features reshaped.", n=changed))
        self.canvas.refresh()

    def _document_choices(self) -> list[tuple[str, str]]:
        docs = self.document.documents if self.document else None
        if docs is None:
            return []
        return [(f"#{f['gml_id']}", document_label(feature_row(f))) for f in docs.getFeatures()]

    def open_feature_form(self, layer: QgsVectorLayer, fid: int) -> QDialog | None:
        doc = self.document
        if doc is None:
            return None
        if layer is doc.layers.plan:
            return self.plan_properties()
        feature = layer.getFeature(fid)
        class_name = editing.class_of_layer(doc, layer)
        row = feature_row(feature)
        form = FeatureForm(class_name, row, self.language, self._document_choices(), self,
                           read_only=doc.read_only is not None)
        if doc.read_only is None:
            form.accepted.connect(lambda: editing.change_attributes(
                doc, layer, fid, form.changes(),
                UndoText("MainWindow", "Edit attributes of {feature}", feature=str(row.get("gml_id") or fid))))
        self.active_dialog = form
        form.open()
        return form

    def edit_selected_attributes(self) -> None:
        doc = self.document
        if doc is None:
            return
        for layer in (doc.layers.zoning, doc.layers.regulations_area, doc.layers.regulations_line,
                      doc.layers.regulations_point):
            ids = layer.selectedFeatureIds()
            if ids:
                self.open_feature_form(layer, ids[0])
                return
        self.message(translate("MainWindow", "Select a feature first."))

    def merge_selected(self) -> None:
        doc = self.document
        if doc is None or refused(self):
            return
        for layer in (doc.layers.zoning, doc.layers.regulations_area, doc.layers.regulations_line):
            if len(layer.selectedFeatureIds()) >= 2:
                editing.merge_selected(doc, layer)
                self.message(translate("MainWindow", "Features merged; the largest one's attributes were kept."))
                return
        self.message(translate("MainWindow", "Select two or more features of one layer to merge them."))

    def delete_selected(self) -> None:
        if self.document is not None and not refused(self):
            count = editing.delete_selected(self.document)
            self.message(translate("MainWindow", "{n} feature deleted.", plural="{n} features deleted.", n=count))

    def undo(self) -> None:
        if self.document is not None and not refused(self):
            self.document.history.stack.undo()
            self.canvas.refresh()

    def redo(self) -> None:
        if self.document is not None and not refused(self):
            self.document.history.stack.redo()
            self.canvas.refresh()

    def zoom_to_plan(self) -> None:
        doc = self.document
        if doc is None:
            return
        extent = QgsRectangle()
        for layer in doc.layers.all():
            layer.updateExtents()
            if not layer.extent().isEmpty():
                extent.combineExtentWith(layer.extent())
        if extent.isEmpty() or extent.width() == 0:
            crs = self.project.crs()
            bounds = crs.bounds()
            from qgis.core import QgsCoordinateTransform

            transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs, self.project)
            try:
                extent = transform.transformBoundingBox(bounds)
            except Exception:  # noqa: BLE001 - a CRS without a usable area of use
                extent = QgsRectangle(-1000, -1000, 1000, 1000)
        self.canvas.setExtent(extent.buffered(max(extent.width(), extent.height()) * 0.05))
        self.canvas.refresh()

    # -- plan properties ------------------------------------------------------------------------
    def plan_properties(self) -> PlanPropertiesDialog | None:
        doc = self.document
        plan = doc.plan_feature() if doc else None
        if plan is None:
            return None
        documents = [feature_row(f) for f in doc.documents.getFeatures()] if doc.documents else []
        dialog = PlanPropertiesDialog(feature_row(plan), documents, self.language, self,
                                      read_only=doc.read_only is not None)
        if doc.read_only is None:
            dialog.accepted.connect(lambda: self._apply_properties(dialog))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _apply_properties(self, dialog: PlanPropertiesDialog) -> None:
        doc = self.document
        editing.apply_plan_properties(doc, dialog.plan_changes(), dialog.document_ops())
        plan = doc.plan_feature()
        if plan is not None and plan["official_title"]:
            doc.title = str(plan["official_title"])
        self._update_title()

    # -- background layers ------------------------------------------------------------------------
    def add_background_file(self) -> None:
        path = file_dialogs.open_file(self, translate("MainWindow", "Add background layer"),
                                      translate("MainWindow", "Raster and vector files (*.*)"))
        if not path:
            return
        self.add_background_layer(layer_from_file(path), path)

    def add_background_layer(self, layer: Any, source: str = "") -> Any:
        if layer is None or not layer.isValid():
            self.show_error(lambda: translate("MainWindow", "Background layer"),
                            lambda: translate("MainWindow", "{source} is neither a raster nor a vector file QGIS can open.",
                                              source=source))
            return None
        add_background(self.project, layer)
        if self.document is not None and self.document.path is not None:
            remember_backgrounds(self.project, self.document.path)
        return layer

    def add_background_xyz(self) -> None:
        dialog = XyzDialog(self)
        dialog.accepted.connect(lambda: self._add_xyz(dialog.name.text(), dialog.url.text()))
        self.active_dialog = dialog
        dialog.open()

    def _add_xyz(self, name: str, url: str) -> None:
        layer = xyz_layer(name or "XYZ", url)
        if not layer.isValid():
            self.show_error(lambda: translate("MainWindow", "Background layer"),
                            lambda: translate("MainWindow", "QGIS cannot use the tile URL {url}.", url=url))
            return
        self.add_background_layer(layer, url)

    def add_background_wms(self) -> None:
        widget = wms_source_widget(self)
        if widget is None:
            self.show_error(lambda: translate("MainWindow", "Background layer"),
                            lambda: translate("MainWindow", "The WMS provider of QGIS is not installed."))
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(translate("MainWindow", "Add WMS/WMTS layer"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(widget)
        widget.addRasterLayer.connect(
            lambda uri, name, provider: self.add_background_layer(_raster(uri, name, provider), uri))
        widget.rejected.connect(dialog.reject) if hasattr(widget, "rejected") else None
        self.active_dialog = dialog
        dialog.resize(800, 600)
        dialog.open()

    # -- validation ----------------------------------------------------------------------------------
    def validate(self) -> FunctionTask | None:
        """Check the plan as it is on screen, in the background."""
        doc = self.document
        if doc is None or self.validation_task is not None:
            return None
        job = doc.snapshot_job(doc.folder / "validation.gpkg")
        chosen = self.validation_panel.profile()

        def work(progress: Any) -> list[Finding]:
            snapshot = job(None)
            return list(iter_findings(snapshot, chosen or plan_profile(snapshot), progress=progress))

        task = FunctionTask(translate("MainWindow", "Validating {title}", title=doc.title[:40]), work)
        self.validation_task = task
        self.validation_panel.set_running(True)
        self.validation_dock.show()
        task.progress_changed.connect(self.validation_panel.set_progress)
        task.done.connect(self._validation_done)
        task.failed.connect(self._validation_failed)
        task.cancelled.connect(self._validation_cancelled)
        self._update_enabled()
        return run_task(task)

    def _validation_done(self, findings: list[Finding]) -> None:
        self.validation_task = None
        self.last_findings = findings
        self.validation_panel.show_findings(findings)
        if self._repair_check is not None:
            rules, before, changed = self._repair_check
            self._repair_check = None
            self.validation_panel.show_repair_report(compare_findings(before, findings, rules, changed))
        self._update_enabled()
        after, self._after_check = self._after_check, None
        if after is not None:
            after()
        self._update_status()

    def _validation_failed(self, message: str) -> None:
        self.validation_task = None
        self._repair_check = self._after_check = None
        self.validation_panel.show_failure(message)
        self._update_enabled()

    def _validation_cancelled(self) -> None:
        self.validation_task = None
        self._repair_check = self._after_check = None
        self.validation_panel.show_cancelled()
        self._update_enabled()

    def cancel_validation(self) -> None:
        if self.validation_task is not None:
            self.validation_task.cancel()

    def finding_geometry(self, finding: Finding) -> QgsGeometry | None:
        """Where a finding is: its location, else the geometry of the feature it names."""
        if finding.location is not None and not finding.location.is_empty:
            return QgsGeometry.fromWkt(shapely_wkt.dumps(finding.location))
        gml_id = finding.gml_id or finding.feature_id
        if gml_id and self.document is not None:
            hit = self.document.feature_by_gml_id(gml_id)
            if hit is not None and hit[1].hasGeometry():
                return QgsGeometry(hit[1].geometry())
        return None

    def show_finding(self, finding: Finding) -> None:
        """Zoom to a finding and highlight it on the map."""
        geometry = self.finding_geometry(finding)
        self._clear_highlight()
        if geometry is None or geometry.isEmpty():
            self.message(translate("MainWindow", "This finding has no place on the map."))
            return
        rect = geometry.boundingBox()
        pad = max(rect.width(), rect.height(), 40.0) * 0.25
        self.canvas.setExtent(QgsRectangle(rect.xMinimum() - pad, rect.yMinimum() - pad,
                                           rect.xMaximum() + pad, rect.yMaximum() + pad))
        band = QgsRubberBand(self.canvas, geometry.type())
        band.setColor(QColor(255, 0, 0, 90) if geometry.type() == QgsWkbTypes.GeometryType.PolygonGeometry
                      else QColor(255, 0, 0))
        band.setStrokeColor(QColor(255, 0, 0))
        band.setWidth(4)
        band.setIconSize(14)
        band.setToGeometry(geometry, None)
        self.highlight = band
        self.canvas.refresh()

    def _clear_highlight(self) -> None:
        if self.highlight is not None:
            self.highlight.reset()
            self.canvas.scene().removeItem(self.highlight)
            self.highlight = None

    def repair(self, rules: list[str] | None) -> FunctionTask | None:
        """Run the engine's repairs, apply them as one undoable step, then check the plan again."""
        doc = self.document
        if doc is None or self.validation_task is not None or refused(self):
            return None
        job = doc.snapshot_job(doc.folder / "repair-source.gpkg")
        target = doc.folder / "repaired.gpkg"
        language = self.language
        before = list(self.last_findings)
        task = FunctionTask(translate("MainWindow", "Repairing"),
                            lambda _p: repair(job(None), target, rules, language))
        task.done.connect(lambda outcome: self._repair_done(outcome, rules, before))
        task.failed.connect(lambda m: self.show_error(translate("MainWindow", "Repair"), m))
        return run_task(task)

    def _repair_done(self, outcome: Any, rules: list[str] | None, before: list[Finding]) -> None:
        changed = 0
        if outcome.changed_ids is None or outcome.changed_ids:
            changed = apply_plan_file(self.document, outcome.path, UndoText("MainWindow", "Repair"),
                                      outcome.changed_ids)
        self.canvas.refresh()
        if changed:
            self.message(translate("MainWindow", "Repair changed {n} feature; Undo takes it back.",
                                                 plural="Repair changed {n} features; Undo takes it back.",
                                                 n=changed), 0)
        else:
            self.message(translate("MainWindow", "The repair changed nothing; the plan is checked again."), 0)
        self.validation_panel.show_changes(outcome.changes)
        self._repair_check = (rules, before, changed)
        self.validate()  # always: what a repair did is judged by the check, not by its own list

    # -- help ----------------------------------------------------------------------------------------
    def show_shortcuts(self) -> QDialog:
        dialog = QDialog(self)
        dialog.setObjectName("shortcuts")
        text = QTextBrowser(dialog)

        def texts() -> None:
            dialog.setWindowTitle(translate("MainWindow", "Keyboard shortcuts"))
            rows = []
            for key, spec in self.specs.items():
                shortcut = self.actions[key].shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if shortcut:
                    rows.append(f"<tr><td>{spec.text().replace('&', '')}</td><td><b>{shortcut}</b></td></tr>")
            text.setHtml("<table cellpadding='4'>" + "".join(rows) + "</table>")

        follow_language(dialog, texts)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        dialog.resize(460, 560)
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, "", "", QMessageBox.StandardButton.Ok, self)
        box.setObjectName("about_box")

        def texts() -> None:
            box.setWindowTitle(translate("MainWindow", "About PLU Studio"))
            box.setText(translate("MainWindow", "PLU Studio — drawing, checking and exchanging zoning plans as "
                                                "INSPIRE Planned Land Use data."))
            box.button(QMessageBox.StandardButton.Ok).setText(translate("Dialogs", "OK"))

        follow_language(box, texts)
        box.open()
        self.active_dialog = box


def _load_feature_modules() -> None:
    """Import the modules that contribute menu actions (a broken one must not stop the editor)."""
    import importlib

    for name in FEATURE_MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - logged; the rest of the application works without it
            log.exception("the feature module %s could not be loaded", name)


def _raster(uri: str, name: str, provider: str) -> Any:
    from qgis.core import QgsRasterLayer

    return QgsRasterLayer(uri, name, provider)
