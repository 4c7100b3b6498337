"""A register plan shown at once from the register itself, while its working copy is prepared behind it.

*Open from register* first adds read-only layers that QGIS's postgres provider reads straight
from the version's rows (:mod:`register.direct_view`), styled as a plan file's, so the map is
drawn and browseable at once. After the first draw, a background task writes the working copy
that editing, undo, validation, snapshots and *Save to register* need; when it is ready the
window switches to it (same extent). Until then there is no document, so every plan action is
disabled and the status bar says why; a failure is shown and the read-only layers stay.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDataSourceUri,
    QgsFillSymbol,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QLabel, QToolButton

from app.document import ReadOnly
from app.i18n import current_language
from app.live_language import follow_language
from app.plan_layers import PlanLayers, hide_kept_source, layer_titles, style_regulation_layers
from app.read_only_plan import show_bar
from app.zone_styles import ZoningStyle
from plu_model.i18n import Text

__all__ = ["RegisterOpening", "direct_layer"]

_WKB = {
    "MultiPolygon": QgsWkbTypes.Type.MultiPolygon,
    "MultiLineString": QgsWkbTypes.Type.MultiLineString,
    "Point": QgsWkbTypes.Type.Point,
}
_PREPARING = Text("app.register_view", "Read-only: preparing the plan for editing…")
_PREPARING_TIP = Text(
    "app.register_view",
    "The plan is drawn from the register. Editing, validation and saving are enabled when its working copy is ready.",
)
_PREPARING_VIEW = Text("app.register_view", "Preparing the plan for validation and export…")
_PREPARING_VIEW_TIP = Text(
    "app.register_view",
    "The plan is drawn from the register. It opens read-only; validation and export are enabled when its working "
    "copy is ready.",
)
_FAILED = Text("app.register_view", "Read-only: the plan could not be prepared for editing")
_CANCELLED = Text("app.register_view", "Read-only: preparing the plan for editing was cancelled")


def direct_layer(conninfo: str, query: str, crs: int, geometry: str, name: str) -> QgsVectorLayer:
    """A read-only postgres layer over ``query`` (its ``id`` the key, ``geom`` the geometry), connecting with
    ``conninfo``: the same role as the register connection, so row-level security hides the same rows."""
    uri = QgsDataSourceUri(conninfo)
    uri.setDataSource("", f"({query})", "geom", "", "id")
    uri.setSrid(str(crs))
    uri.setWkbType(_WKB[geometry])
    uri.setUseEstimatedMetadata(True)
    uri.setParam("checkPrimaryKeyUnicity", "0")
    options = QgsVectorLayer.LayerOptions(False, False)  # no default style looked up in the database, no XML extent
    options.skipCrsValidation = True
    layer = QgsVectorLayer(uri.uri(False), name, "postgres", options)
    layer.setReadOnly(True)
    return layer


class RegisterOpening(QObject):
    """One plan being opened from the register: its read-only layers, then its working copy.

    ``ready(document)`` is emitted when the plan is editable, ``failed(message)`` when the
    working copy could not be made (the read-only layers stay).
    """

    ready = pyqtSignal(object)
    failed = pyqtSignal(str)

    def __init__(self, window: Any, db: str | None, dsn: str, ref: str, view: Any):
        super().__init__(window)
        self.window_, self.db, self.dsn, self.ref, self.view = window, db, dsn, ref, view
        self.layers: list[QgsVectorLayer] = []
        self.styles: list[ZoningStyle] = []
        self.plan_layers: PlanLayers | None = None
        self.task: Any = None
        self.document: Any = None
        self.error: str | None = None
        self.discarded = False
        self._began = False
        #: what the status bar says (and its tooltip): preparing, failed or cancelled
        self.state: tuple[Text, Text | str] = (
            (_PREPARING, _PREPARING_TIP) if view.right.editable else (_PREPARING_VIEW, _PREPARING_VIEW_TIP))
        self._language = ""
        self.status = QLabel(window)
        self.status.setObjectName("register_preparing")
        self.stop = QToolButton(window)
        self.stop.setObjectName("register_preparing_cancel")
        self.stop.clicked.connect(self.cancel)
        follow_language(self.status, self._texts)

    def _said(self, text: Text) -> str:
        return text.say(current_language())

    def _texts(self) -> None:
        """The status, Cancel and layer names in the UI language (again when it changes)."""
        said, tip = self.state
        self.status.setText(self._said(said))
        self.status.setToolTip(tip if isinstance(tip, str) else self._said(tip))
        self.stop.setText(self._said(Text("Dialogs", "Cancel")))
        self.stop.setToolTip(self._said(_PREPARING_TIP if self.view.right.editable else _PREPARING_VIEW_TIP))
        language = current_language()
        if self.plan_layers is not None and language != self._language:
            self._language = language
            titles = layer_titles(language)
            for key in ("zoning", "regulations_area", "regulations_line", "regulations_point", "plan"):
                getattr(self.plan_layers, key).setName(titles[key])
            if self.plan_layers.zoning_style is not None:
                self.plan_layers.zoning_style.set_language(language)
            style_regulation_layers(self.plan_layers, language)

    def _say(self, said: Text, tip: Text | str) -> None:
        self.state = (said, tip)
        self._texts()

    # -- the read-only layers ---------------------------------------------------------------
    def show(self) -> None:
        """Add the layers, zoom to the plan and start the working copy after the first draw."""
        from register.direct_view import LAYER_KINDS, conninfo

        window, view = self.window_, self.view
        language = self._language = current_language()
        titles = layer_titles(language)
        info = conninfo(self.dsn)
        made = {
            key: direct_layer(info, view.queries[key], view.crs, kind[2], titles[key])
            for key, kind in LAYER_KINDS.items()
        }
        bad = [key for key, layer in made.items() if not layer.isValid()]
        if bad:
            raise RuntimeError(", ".join(bad))
        zoning_style = ZoningStyle(made["zoning"], language)
        zoning_style.use_types(view.zone_types)
        self.styles.append(zoning_style)
        keys = ("zoning", "regulations_area", "regulations_line", "regulations_point", "plan")
        self.plan_layers = PlanLayers(*(made[k] for k in keys), zoning_style)
        style_regulation_layers(self.plan_layers, language)  # a plan's few regulations, read through the layers
        made["plan"].renderer().setSymbol(
            QgsFillSymbol.createSimple({"style": "no", "outline_color": "#000000", "outline_width": "0.9"})
        )
        window.project.setCrs(QgsCoordinateReferenceSystem(f"EPSG:{view.crs}"))
        window.canvas.setDestinationCrs(window.project.crs())
        self.layers = [made[k] for k in ("plan", "regulations_point", "regulations_line", "regulations_area", "zoning")]
        for layer in self.layers:
            hide_kept_source(layer)  # as a plan file's layers: the packed source element is not for people
        for layer in reversed(self.layers):
            window.project.addMapLayer(layer)
        for key in ("regulations_area", "regulations_line", "regulations_point"):
            node = window.project.layerTreeRoot().findLayer(made[key].id())
            if node is not None:
                node.setExpanded(False)  # as for a plan file: keep the legend short
        window.crs_label.setText(f"EPSG:{view.crs}")
        show_bar(window)  # a version one may not change says so from its first draw
        if view.extent is not None:
            extent = QgsRectangle(*view.extent)
            window.canvas.setExtent(extent.buffered(max(extent.width(), extent.height()) * 0.05))
        window.statusBar().addPermanentWidget(self.status)
        window.statusBar().addPermanentWidget(self.stop)
        self._began = False
        window.canvas.renderStarting.connect(self._render_began)
        window.canvas.mapCanvasRefreshed.connect(self._drawn)
        window.canvas.refresh()

    def _render_began(self) -> None:
        self._began = True

    def _drawn(self) -> None:
        """The first draw of the plan is done: write the working copy now (not competing with the draw).

        A draw that began before the layers were added (the emptied map) does not count.
        """
        if not self._began:
            return
        canvas = self.window_.canvas
        canvas.mapCanvasRefreshed.disconnect(self._drawn)
        canvas.renderStarting.disconnect(self._render_began)
        if not self.discarded and self.task is None and self.error is None:
            self.start_copy()

    # -- the working copy -------------------------------------------------------------------
    def start_copy(self) -> None:
        """Write the working copy in a background task: progress in the status bar, cancellable."""
        from app.document import prepare_written_copy
        from app.tasks import FunctionTask, run_task
        from register.provider import RegisterProvider
        from register.sync import open_for_editing

        bases: list[Any] = []
        dsn, ref, total = self.dsn, self.ref, self.view.rows or None

        def write(progress: Any) -> Any:
            progress.total = total

            def into(path: Path) -> tuple[int, str]:
                with RegisterProvider(dsn) as reg:
                    base = open_for_editing(reg, ref, path, defer_keys=True, progress=progress)
                    bases.append(base)
                    return base.crs, self.view.title

            return prepare_written_copy(into), bases[0]

        label = self._said(self.state[0])
        self.task = FunctionTask(label, write)
        bar = self.window_.progress
        bar.setRange(0, 100)
        bar.setValue(0)
        bar.setToolTip(label)
        bar.show()
        self.task.progress_changed.connect(lambda value: bar.setValue(int(value)))
        self.task.done.connect(self._copied)
        self.task.failed.connect(self._copy_failed)
        self.task.cancelled.connect(self._copy_cancelled)
        run_task(self.task)

    def cancel(self) -> None:
        """Stop preparing the working copy, or never start it (the read-only layers stay)."""
        if self.task is None:
            if self.error is None and not self.discarded:
                self._copy_cancelled()
        elif not self.task.finished_flag:
            self.task.cancel()

    def _end_progress(self) -> None:
        self.window_.progress.hide()
        self.window_.progress.setToolTip("")
        self.stop.hide()

    def _copied(self, result: Any) -> None:
        from app.document import PlanDocument

        prepared, base = result
        if self.discarded:  # another plan was opened meanwhile
            shutil.rmtree(prepared.folder, ignore_errors=True)
            return
        window = self.window_
        extent = window.canvas.extent()  # the user may have moved the map: keep it
        self._remove()
        doc = PlanDocument(prepared)
        right = self.view.right  # the register's answer, asked when the version was read
        if not right.editable:  # before the layers load: they open read-only, and every edit is refused
            doc.make_read_only(ReadOnly(right.mark, right.bar, right.refusal))
        doc = window._show_document(doc)
        window.canvas.setExtent(extent)
        window.canvas.refresh()
        base.pristine = doc.working  # never written by the editor: the file as opened
        doc.register_origin = {"db": self.db, "base": base}
        opened = Text("app.register_actions", "Opened {plan}@{version_no} from the register", plan=base.plan,
                      version_no=base.version_no)
        if right.saves_to is not None:
            opened = Text("app.register_view", "{opened}; {saves_to}", opened=opened, saves_to=right.saves_to)
        self.document = doc
        window.message(self._said(opened))
        self.ready.emit(doc)

    def _copy_cancelled(self) -> None:
        if self.discarded:
            return
        self._end_progress()
        self.error = ""
        self._say(_CANCELLED, _CANCELLED)
        self.failed.emit("")

    def _copy_failed(self, message: str) -> None:
        if self.discarded:
            return
        self._end_progress()
        self.error = message
        self._say(_FAILED, message)
        self.window_.show_error(lambda: self._said(_FAILED), message)
        self.failed.emit(message)

    def _remove(self) -> None:
        """Take the read-only layers and the status away (the working copy replaces them, or the plan closes)."""
        window = self.window_
        if getattr(window, "register_opening", None) is self:
            window.register_opening = None
        self._end_progress()
        self.status.hide()
        window.statusBar().removeWidget(self.status)
        window.statusBar().removeWidget(self.stop)
        self.styles.clear()
        self.plan_layers = None
        for layer in self.layers:
            if layer.id() in window.project.mapLayers():
                window.project.removeMapLayer(layer.id())
        self.layers = []
        show_bar(window)

    def discard(self) -> None:
        """The plan is closed before it became editable: stop the copy and remove the layers."""
        self.discarded = True
        self.cancel()
        self._remove()

    def wait(self, timeout: float = 600.0) -> Any:
        """Spin the event loop until the plan is editable or the copy failed; its document or None (tests)."""
        from qgis.PyQt.QtCore import QCoreApplication, QElapsedTimer

        clock = QElapsedTimer()
        clock.start()
        if self.task is None and not self.discarded and self.error is None:
            self.start_copy()  # not drawn yet (a hidden window): no reason to wait for it
        while self.document is None and self.error is None and not self.discarded:
            QCoreApplication.processEvents()
            if clock.elapsed() > timeout * 1000:
                break
        return self.document
