"""The comments dock: consultation comments on the map and in a table, with decisions and answers.

The comments live in the plan file (:mod:`participation.comments_layer`); this
dock adapts them to Qt.  A reviewer picks a comment (in the table or on the
map), reads it, chooses accepted / partly / rejected and writes the answer.
Each answer is a ``QUndoCommand`` on the plan document's undo stack wrapping
the core :class:`participation.review.AnswerChange`, so Ctrl+Z undoes it like any
other edit of the plan.  Importing comments, entering paper objections and
meeting minutes (:mod:`app.consultation_paper`), going to a comment by its
reference and writing the summary are here too; the menu entries are
registered by :mod:`app.consultation_actions`.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qgis.core import (
    QgsProject,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsSymbol,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QUndoCommand,
    QUndoStack,
    QVBoxLayout,
    QWidget,
)

from app.i18n import current_language
from participation.attachments import Attachment
from participation.comment_export import ReceivedComment, read_comments
from participation.comments_layer import COMMENT_TABLE, DECISIONS, CommentRecord, CommentsLayer, import_comments
from participation.paper import PaperObjection, add_minutes, paper_comment, store_paper_comment
from participation.reference import find_comment
from participation.review import AnswerChange, decision_label, make_change
from participation.summary import build_summary, write_summary
from plu_model.dates import format_user_date
from plu_model.errors import PluError
from plu_model.geopackage import open_plan
from plu_model.i18n import Text, say_in

if TYPE_CHECKING:
    from app.consultation_paper import MinutesDialog, PaperObjectionDialog

__all__ = ["AnswerCommand", "CommentsModel", "CommentsPanel", "comments_panel_for", "document_undo_stack"]

#: where the user settings keep the folder the last comments were imported from
COMMENTS_FOLDER_KEY = "consultation/comments_folder"
_DECISION_COLOURS = {None: "#e67e22", "accepted": "#2e7d32", "partly": "#c99700", "rejected": "#b03a2e"}


def document_undo_stack(window: Any) -> QUndoStack:
    """The open plan document's undo stack (created on the document when the editor has none yet)."""
    document = window.document
    stack = getattr(document, "undo_stack", None)
    if stack is None:
        stack = QUndoStack(window)
        document.undo_stack = stack
    return stack


class CommentsModel(QAbstractTableModel):
    """The comments of a plan as a table: number, decision, zones, paragraph, comment, answer."""

    COLUMNS = ("number", "decision", "zones", "paragraph", "text", "answer")

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.records: list[CommentRecord] = []

    @property
    def language(self) -> str:
        """The UI language at the time of asking, so a language switch needs only a repaint."""
        return current_language()

    def set_records(self, records: list[CommentRecord]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = {
            "number": Text("app.comments_panel", "No."), "decision": Text("app.comments_panel", "Decision"), "zones": Text("app.comments_panel", "Zones"),
            "paragraph": Text("app.comments_panel", "Item"), "text": Text("app.comments_panel", "Comment"), "answer": Text("app.comments_panel", "Answer"),
        }[self.COLUMNS[section]]
        return titles.say(self.language)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.records[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "number":
                return r.reference + (" ✉" if r.is_paper else "")
            if column == "decision":
                return decision_label(r.decision, self.language)
            if column == "zones":
                return ", ".join(z.split(".", 1)[-1] for z in r.zones)
            if column == "paragraph":
                return r.paragraph.split("#")[-1] if r.paragraph else ""
            if column == "text":
                return r.text if len(r.text) <= 120 else r.text[:119] + "…"
            return r.answer if len(r.answer) <= 80 else r.answer[:79] + "…"
        if role == Qt.ItemDataRole.ToolTipRole and column in ("text", "answer"):
            return r.text if column == "text" else r.answer
        if role == Qt.ItemDataRole.ToolTipRole and column == "number" and r.is_paper:
            return say_in(self.language, "app.comments_panel", "on paper, reg. no. {registry_number}",
                                                               registry_number=r.registry_number)
        if role == Qt.ItemDataRole.ForegroundRole and column == "decision":
            return QColor(_DECISION_COLOURS.get(r.decision, "#000000"))
        return None

    def row_of(self, comment_id: str) -> int:
        return next((i for i, r in enumerate(self.records) if r.comment_id == comment_id), -1)


class AnswerCommand(QUndoCommand):
    """A decision and answer as an undoable edit of the plan (wraps the core change)."""

    def __init__(self, panel: CommentsPanel, change: AnswerChange, number: int | str, then_select: str | None = None):
        super().__init__()
        self.panel = panel
        self.change = change
        self.number = number
        #: the comment to show after the first redo (the one the reviewer moved to), else the answered one
        self.then_select = then_select
        self.retranslate()

    def retranslate(self) -> None:
        """The undo entry's text in the UI language (called again when the language changes)."""
        self.setText(say_in(current_language(), "app.comments_panel", "Answer to comment {number}",
                                                                      number=self.number))

    def redo(self) -> None:
        self.change.apply(self.panel.layer_store)
        select, self.then_select = self.then_select or self.change.comment_id, None
        self.panel.refresh(select=select)

    def undo(self) -> None:
        self.change.revert(self.panel.layer_store)
        self.panel.refresh(select=self.change.comment_id)


class AddPaperCommand(QUndoCommand):
    """Entering a paper objection, undoable: undo takes it out, redo puts it back with the same reference."""

    def __init__(self, panel: CommentsPanel, item: ReceivedComment, data: Any, text: str):
        super().__init__(text)
        self.panel = panel
        self.item = item
        self.data = data
        self.record: CommentRecord | None = None
        self.applied = False

    def redo(self) -> None:
        """Put the objection in (a no-op when it already is: the first run happens before the push)."""
        if self.applied:
            return
        assert self.panel.layer_store is not None
        self.record = store_paper_comment(self.panel.layer_store, self.item, self.data,
                                          str(self.panel.window.document.path or self.panel.window.document.working))
        self.item = replace(self.item, reference=self.record.reference)  # a redo gives it back its own number
        self.applied = True
        self.panel.refresh(select=self.record.comment_id)

    def undo(self) -> None:
        assert self.panel.layer_store is not None
        self.panel.layer_store.remove(self.item.comment.id)
        self.applied = False
        self.panel.refresh()


def _comment_symbol(geometry_type: QgsWkbTypes.GeometryType, colour: str) -> QgsSymbol:
    symbol = QgsSymbol.defaultSymbol(geometry_type)
    symbol.setColor(QColor(colour))
    if geometry_type == QgsWkbTypes.GeometryType.PolygonGeometry:
        symbol.setOpacity(0.55)
    elif geometry_type == QgsWkbTypes.GeometryType.LineGeometry:
        symbol.symbolLayer(0).setWidth(1.2)
    else:
        symbol.symbolLayer(0).setSize(4.0)
    return symbol


def _shown_date(stamp: str, language: str) -> str:
    """"4 Dec 2026" / "4.12.2026 г." from an ISO time stamp (the stamp itself if it is not one)."""
    try:
        return format_user_date(date.fromisoformat(stamp[:10]), language)
    except ValueError:
        return stamp[:10]


def _layer_titles(language: str) -> list[str]:
    return [say_in(language, "app.comments_panel", "Comments (areas)"), say_in(language, "app.comments_panel", "Comments (lines)"),
            say_in(language, "app.comments_panel", "Comments (points)")]


def _rule_decision(rule: QgsRuleBasedRenderer.Rule) -> str | None:
    """The decision a legend rule draws (its filter names it; ``None``: not decided yet)."""
    expression = rule.filterExpression()
    return None if "IS NULL" in expression else expression.split("'")[1]


def comments_map_layers(path: Path, language: str) -> list[QgsVectorLayer]:
    """The comments table as three QGIS layers (areas, lines, points), coloured by decision."""
    out = []
    for kind, geometry_type, title in zip(
        ("Polygon", "LineString", "Point"),
        (QgsWkbTypes.GeometryType.PolygonGeometry, QgsWkbTypes.GeometryType.LineGeometry,
         QgsWkbTypes.GeometryType.PointGeometry),
        _layer_titles(language), strict=True,
    ):
        layer = QgsVectorLayer(f"{path}|layername={COMMENT_TABLE}|geometrytype={kind}", title, "ogr")
        if not layer.isValid():
            raise PluError(
                Text("app.comments_panel", "QGIS cannot open the comments in {path}", path=path)
            )
        root = QgsRuleBasedRenderer.Rule(None)
        for decision, colour in _DECISION_COLOURS.items():
            expression = '"decision" IS NULL' if decision is None else f"\"decision\" = '{decision}'"
            rule = QgsRuleBasedRenderer.Rule(_comment_symbol(geometry_type, colour), 0, 0, expression,
                                             decision_label(decision, language))
            root.appendChild(rule)
        layer.setRenderer(QgsRuleBasedRenderer(root))
        out.append(layer)
    return out


class CommentsPanel(QDockWidget):
    """The dock: table of comments, the selected comment, decision and answer."""

    changed = pyqtSignal()

    def __init__(self, window: Any):
        self.window = window
        super().__init__(window)
        self.setObjectName("consultation_comments")
        self.layer_store: CommentsLayer | None = None
        self.map_layers: list[QgsVectorLayer] = []
        self.model = CommentsModel(self)
        self.undo_stack = document_undo_stack(window)
        self._staying = False  # True while the table goes back to a comment whose answer could not be kept

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        for column in range(len(CommentsModel.COLUMNS)):  # the short columns fit their contents, the texts the rest
            wide = CommentsModel.COLUMNS[column] in ("text", "answer")
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive if wide
                                        else QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # the answer takes what is left; a narrow panel scrolls sideways
        self.table.verticalHeader().setVisible(False)
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(header.sizeHint().height() + 6 * rows + 4)  # several comments, not one row
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.decision = QComboBox(self)
        self.decision.addItem("", None)
        for d in DECISIONS:
            self.decision.addItem("", d)
        self.answer = QPlainTextEdit(self)
        self.apply_button = QPushButton(self)
        self.apply_button.clicked.connect(self.apply_answer)
        self.undo_button = QPushButton(self)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button = QPushButton(self)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.redo_button.setEnabled(self.undo_stack.canRedo())
        # one menu button instead of four side by side: the dock stays narrow and the map keeps the width
        self.tools_menu = QMenu(self)
        self.import_button = self.tools_menu.addAction("", lambda: self.import_dialog())
        self.paper_button = self.tools_menu.addAction("", lambda: self.paper_dialog())
        self.minutes_button = self.tools_menu.addAction("", lambda: self.minutes_dialog())
        self.summary_button = self.tools_menu.addAction("", lambda: self.summary_dialog())
        self.tools_button = QPushButton(self)
        self.tools_button.setMenu(self.tools_menu)
        self.ack_button = QPushButton(self)
        self.ack_button.clicked.connect(lambda: self.acknowledgement_dialog())
        self.find_edit = QLineEdit(self)
        self.find_edit.returnPressed.connect(lambda: self.go_to(self.find_edit.text()))

        detail = QWidget(self)
        form = QFormLayout()
        self.decision_label = QLabel(self)
        form.addRow(self.decision_label, self.decision)
        buttons = QGridLayout()  # two by two: the row of four was wider than a laptop's side panel
        for i, b in enumerate((self.apply_button, self.ack_button, self.undo_button, self.redo_button)):
            buttons.addWidget(b, i // 2, i % 2)
        box = QVBoxLayout(detail)
        box.addWidget(self.heading)
        box.addWidget(self.text, 2)
        box.addLayout(form)
        box.addWidget(self.answer, 2)
        box.addLayout(buttons)
        top = QWidget(self)
        top_box = QVBoxLayout(top)
        tools = QHBoxLayout()
        tools.addWidget(self.tools_button)
        tools.addStretch(1)
        top_box.addLayout(tools)
        top_box.addWidget(self.find_edit)
        top_box.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(detail)
        self.setWidget(splitter)
        self.retranslate()
        self.open_plan()

    @property
    def language(self) -> str:
        return current_language()

    # -- language ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the dock, its map layers and its undo entries in the UI language."""
        language = self.language
        self.setWindowTitle(say_in(language, "app.comments_panel", "Comments"))
        self.setToolTip(say_in(language, "app.comments_panel", "Consultation comments"))
        for i in range(self.decision.count()):
            self.decision.setItemText(i, decision_label(self.decision.itemData(i), language))
        self.answer.setPlaceholderText(say_in(language, "app.comments_panel", "Written answer to this comment"))
        self.apply_button.setText(say_in(language, "app.comments_panel", "Save answer"))
        self.undo_button.setText(say_in(language, "app.comments_panel", "Undo"))
        self.redo_button.setText(say_in(language, "app.comments_panel", "Redo"))
        self.import_button.setText(say_in(language, "app.comments_panel", "Import comments…"))
        self.summary_button.setText(say_in(language, "app.comments_panel", "Summary…"))
        self.paper_button.setText(say_in(language, "app.comments_panel", "Paper objection…"))
        self.minutes_button.setText(say_in(language, "app.comments_panel", "Minutes…"))
        self.tools_button.setText(say_in(language, "app.comments_panel", "Import and reports"))
        self.ack_button.setText(say_in(language, "app.comments_panel", "Acknowledgement…"))
        self.ack_button.setToolTip(say_in(language, "app.comments_panel", "The selected comment's reference, for its sender (PDF)"))
        self.find_edit.setPlaceholderText(say_in(language, "app.comments_panel", "Go to: ПУП-2026-0042, 42 or id"))
        self.find_edit.setToolTip(self.find_edit.placeholderText())  # whole where the narrow panel cuts the hint
        self.decision_label.setText(say_in(language, "app.comments_panel", "Decision"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(CommentsModel.COLUMNS) - 1)
        header = self.table.horizontalHeader()
        for column in (CommentsModel.COLUMNS.index("text"), CommentsModel.COLUMNS.index("answer")):
            header.resizeSection(column, max(header.sectionSizeHint(column), 140))  # its title shows whole
        if self.model.records:
            self.model.dataChanged.emit(self.model.index(0, 0),
                                        self.model.index(len(self.model.records) - 1, len(CommentsModel.COLUMNS) - 1))
        self.map_layers = [layer for layer in self.map_layers if not sip.isdeleted(layer)]  # gone with its plan
        for layer, title in zip(self.map_layers, _layer_titles(language), strict=False):
            layer.setName(title)
            renderer = layer.renderer()
            if isinstance(renderer, QgsRuleBasedRenderer):
                for rule in renderer.rootRule().children():
                    rule.setLabel(decision_label(_rule_decision(rule), language))
                layer.emitStyleChanged()
        for i in range(self.undo_stack.count()):
            command = self.undo_stack.command(i)
            if isinstance(command, AnswerCommand):
                command.retranslate()
        if self.table.currentIndex().isValid():
            typed = self.decision.currentIndex(), self.answer.toPlainText()
            self._show(self.table.currentIndex().row())  # the heading in the new language, the typed answer kept
            self.decision.setCurrentIndex(typed[0])
            self.answer.setPlainText(typed[1])

    # -- plan and map ----------------------------------------------------------------------
    def open_plan(self) -> None:
        """Open the comments of the window's plan (its working copy) and show them on the map."""
        document = self.window.document
        if document is None:
            return
        if self.layer_store is not None:
            self.layer_store.close()
        self.layer_store = CommentsLayer(document.working)
        project = QgsProject.instance()
        for layer in self.map_layers:
            if project.mapLayer(layer.id()) is not None:
                project.removeMapLayer(layer.id())
        self.map_layers = comments_map_layers(document.working, self.language)
        for layer in self.map_layers:
            project.addMapLayer(layer)
            layer.selectionChanged.connect(self._map_selection)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        assert self.layer_store is not None
        current = select or self.current_id()
        self.model.set_records(self.layer_store.records())
        for layer in self.map_layers:
            layer.dataProvider().reloadData()
            layer.triggerRepaint()
        if current:
            row = self.model.row_of(current)
            if row >= 0:
                self.table.selectRow(row)
                self._show(row)
        self.changed.emit()

    def current_id(self) -> str | None:
        row = self.table.currentIndex().row()
        return self.model.records[row].comment_id if 0 <= row < len(self.model.records) else None

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.model.records):
            self.heading.clear()
            self.text.clear()
            self.answer.clear()
            return
        r = self.model.records[row]
        about = []
        if r.zones:
            about.append(say_in(self.language, "app.comments_panel", "zones ") + ", ".join(z.split(".", 1)[-1] for z in r.zones))
        if r.paragraph:
            about.append(say_in(self.language, "app.comments_panel", "item ") + r.paragraph.split("#")[-1])
        if r.geometry_kind:
            about.append(r.geometry_kind)
        when = _shown_date(r.received_at or r.submitted_at, self.language)
        paper = (" · " + say_in(self.language, "app.comments_panel", "on paper, reg. no. {registry_number}",
                                                                     registry_number=r.registry_number)
                 if r.is_paper else "")
        whole = say_in(self.language, "app.comments_panel", "the plan as a whole")
        self.heading.setText(f"{r.reference} · {when}{paper} · {'; '.join(about) or whole}")
        self.text.setPlainText(r.text)
        self.decision.setCurrentIndex(max(0, self.decision.findData(r.decision)))
        self.answer.setPlainText(r.answer)
        self._zoom_to(r)

    def _zoom_to(self, r: CommentRecord) -> None:
        canvas = getattr(self.window, "canvas", None)
        for layer in self.map_layers:
            layer.removeSelection()
        if canvas is None or r.geometry is None:
            return
        for layer in self.map_layers:
            ids = [f.id() for f in layer.getFeatures(f"\"comment_id\" = '{r.comment_id}'")]
            if ids:
                layer.blockSignals(True)
                layer.selectByIds(ids)
                layer.blockSignals(False)
        minx, miny, maxx, maxy = r.geometry.bounds
        pad = max(maxx - minx, maxy - miny, 40.0)
        extent = QgsRectangle(minx - pad, miny - pad, maxx + pad, maxy + pad)
        if not canvas.extent().contains(extent):
            canvas.setExtent(extent)
        canvas.refresh()

    def _map_selection(self, selected: list[int], *_: Any) -> None:
        layer = self.sender()
        if not selected or not isinstance(layer, QgsVectorLayer):
            return
        feature = layer.getFeature(selected[0])
        row = self.model.row_of(feature["comment_id"])
        if row >= 0:
            self.table.selectRow(row)

    # -- answering ------------------------------------------------------------------------------
    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        """Keep what was typed for the comment left behind, then show the one chosen.

        A reviewer who writes an answer and clicks the next comment means to keep the
        answer: it is saved as an undoable edit, as *Save answer* would have.
        """
        if self._staying:
            return
        row = previous.row()
        if 0 <= row < len(self.model.records) and current.row() != row:
            target = self.model.records[current.row()].comment_id if 0 <= current.row() < len(self.model.records) else None
            if self._keep_answer(self.model.records[row].comment_id, then_select=target) is False:
                return
        self._show(current.row())

    def _keep_answer(self, comment_id: str, then_select: str | None) -> bool | None:
        """Save the form as ``comment_id``'s answer if it differs (True); ``False`` if it cannot be kept."""
        if self.layer_store is None:
            return None
        try:
            change = make_change(self.layer_store, comment_id, self.decision.currentData(), self.answer.toPlainText())
        except PluError as exc:  # e.g. an answer too long to keep: stay on it, so nothing typed is lost
            QMessageBox.warning(self, self.windowTitle(), exc.message(self.language))
            self._staying = True
            try:
                self.table.selectRow(self.model.row_of(comment_id))
            finally:
                self._staying = False
            return False
        if change.is_noop:
            return None
        number = self.model.records[self.model.row_of(comment_id)].reference
        self.undo_stack.push(AnswerCommand(self, change, number, then_select=then_select))
        return True

    def apply_answer(self) -> AnswerChange | None:
        """Push the decision and answer in the form as one undoable command."""
        comment_id = self.current_id()
        if comment_id is None or self.layer_store is None:
            return None
        try:
            change = make_change(self.layer_store, comment_id, self.decision.currentData(), self.answer.toPlainText())
        except PluError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message(self.language))
            return None
        if change.is_noop:
            return None
        number = self.model.records[self.model.row_of(comment_id)].reference
        self.undo_stack.push(AnswerCommand(self, change, number))
        return change

    def go_to(self, key: str) -> CommentRecord | None:
        """Select the comment a citizen's reference (or its number, or an id) names."""
        try:
            record = find_comment(self.model.records, key)
        except PluError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message(self.language))
            return None
        self.table.selectRow(self.model.row_of(record.comment_id))
        return record

    # -- paper objections and minutes -----------------------------------------------------------------
    def _with_layer_closed(self, work: Any) -> Any:
        """Run ``work`` on the working copy while this dock's own handle on it is closed."""
        if self.layer_store is not None:
            self.layer_store.close()
            self.layer_store = None
        try:
            return work(self.window.document.working)
        finally:
            self.layer_store = CommentsLayer(self.window.document.working)
            self.refresh()

    def add_paper(self, objection: PaperObjection) -> CommentRecord:
        """Store a paper objection in the working copy as an undoable edit, and select it."""
        data = open_plan(self.window.document.working)
        command = AddPaperCommand(self, paper_comment(objection, data), data, "")
        command.redo()  # run before the push: a refused objection leaves no command behind
        assert command.record is not None
        command.setText(say_in(self.language, "app.comments_panel", "Paper objection {reference}",
                                                                    reference=command.record.reference))
        self.undo_stack.push(command)
        return command.record

    def add_minutes(self, attachment: Attachment, title: str, day: date) -> int:
        return self._with_layer_closed(lambda plan: add_minutes(plan, attachment, title=title, dated=day, in_place=True))

    def paper_dialog(self) -> PaperObjectionDialog:
        """The form for an objection received on paper (non-modal, so the map stays usable for picking)."""
        from app.consultation_paper import PaperObjectionDialog

        dialog = PaperObjectionDialog(self.window, open_plan(self.window.document.working), self.add_paper,
                                      language=self.language, canvas=getattr(self.window, "canvas", None))
        dialog.show()
        return dialog

    def minutes_dialog(self) -> MinutesDialog:
        from app.consultation_paper import MinutesDialog

        dialog = MinutesDialog(self.window, self.add_minutes, language=self.language)
        dialog.show()
        return dialog

    def write_acknowledgement(self, path: str) -> Path:
        """The selected comment's acknowledgement (its reference) for its sender, as PDF or HTML."""
        from participation.acknowledgement import write_acknowledgement

        comment_id = self.current_id()
        if comment_id is None:
            raise PluError(Text("app.comments_panel", "select a comment first"))
        written, _record = write_acknowledgement(self.window.document.working, comment_id, path, language=self.language)
        return written

    def acknowledgement_dialog(self) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.model.records):
            return
        path, _ = QFileDialog.getSaveFileName(
            self, say_in(self.language, "app.comments_panel", "Acknowledgement"),
            str(self.output_folder() / f"{self.model.records[row].reference}.pdf"), "PDF (*.pdf);;HTML (*.html)")
        if not path:
            return
        try:
            written = self.write_acknowledgement(path)
        except PluError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message(self.language))
            return
        QMessageBox.information(self, self.windowTitle(), str(written))

    # -- import and summary -------------------------------------------------------------------------
    def import_files(self, files: list[str], package: str | None = None) -> str:
        """Import comment exports or files into the working copy; returns the message shown."""
        from participation.package_reader import open_package

        context = None
        settings_json = None
        if package:
            info = open_package(package)
            context = info.context()
            settings_json = {**info.settings.to_json(), "package_id": info.package_id}
        items = []
        for name in files:
            items.extend(read_comments(name, context))
        if self.layer_store is not None:
            self.layer_store.close()
            self.layer_store = None
        try:
            report = import_comments(self.window.document.working, items, source=", ".join(Path(f).name for f in files),
                                     in_place=True, settings_json=settings_json)
        finally:
            self.layer_store = CommentsLayer(self.window.document.working)
        self.refresh()
        already = Text("app.comments_panel", "{n} already there", plural="{n} already there", n=len(report.duplicates))
        message = say_in(self.language, "app.comments_panel", "{n} comment imported, {already}.",
                         plural="{n} comments imported, {already}.", n=len(report.added), already=already)
        if report.findings:
            message += "\n" + "\n".join(f.message(self.language) for f in report.findings[:20])
        return message

    def import_dialog(self) -> None:
        from app.settings import settings, user_documents

        folder = str(settings().value(COMMENTS_FOLDER_KEY, "") or "")
        files, _ = QFileDialog.getOpenFileNames(
            self, say_in(self.language, "app.comments_panel", "Import comments"),
            folder if folder and Path(folder).is_dir() else str(user_documents()),
            say_in(self.language, "app.comments_panel", "Comments (*.geojson *.json)"))
        if not files:
            return
        store = settings()
        store.setValue(COMMENTS_FOLDER_KEY, str(Path(files[0]).resolve().parent))  # the next export comes there too
        store.sync()
        try:
            message = self.import_files(files)
        except PluError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message(self.language))
            return
        QMessageBox.information(self, self.windowTitle(), message)

    def output_folder(self) -> Path:
        """Where the summary and acknowledgements go unless the user says otherwise: beside a plan the user saved.

        Never the program's folder (a relative name in a file chooser) nor the sample's.
        """
        from app.consultation_wizard import default_package_folder

        return default_package_folder(self.window.document.path, self.window.document.source).parent

    def write_summary(self, path: str, *, personal: bool = False) -> Path:
        summary = build_summary(self.window.document.working, language=self.language, personal=personal)
        return write_summary(summary, path)

    def summary_dialog(self) -> None:
        stem = Path(self.window.document.path or self.window.document.source or "plan").stem
        path, _ = QFileDialog.getSaveFileName(
            self, say_in(self.language, "app.comments_panel", "Summary of comments"),
            str(self.output_folder() / f"{stem}-summary.odt"), "OpenDocument (*.odt);;PDF (*.pdf);;HTML (*.html);;CSV (*.csv)")
        if not path:
            return
        personal = QMessageBox.question(
            self, self.windowTitle(),
            say_in(self.language, "app.comments_panel", "Include the authors' names and e-mail addresses? (Not for "
                                                        "publication.)"),
        ) == QMessageBox.StandardButton.Yes
        try:
            written = self.write_summary(path, personal=personal)
        except PluError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message(self.language))
            return
        QMessageBox.information(self, self.windowTitle(), str(written))


#: the side panels' shares of the window's width while the comments are open (the map keeps the rest, ≥ 58 %)
_LEGEND_SHARE, _COMMENTS_SHARE = 0.18, 0.23


def share_width_with_map(window: Any, panel: QDockWidget) -> None:
    """Give the comments and the legend a narrow share each, so the map stays the main thing on a laptop."""
    width = window.width()
    legend = min(window.layers_dock.width(), max(int(width * _LEGEND_SHARE), 200))
    comments = max(int(width * _COMMENTS_SHARE), panel.minimumSizeHint().width())
    window.resizeDocks([window.layers_dock, panel], [legend, comments], Qt.Orientation.Horizontal)


def comments_panel_for(window: Any) -> CommentsPanel:
    """The window's comments dock, created and docked on first use."""
    panel = getattr(window, "_consultation_comments", None)
    if panel is None:
        panel = CommentsPanel(window)
        window._consultation_comments = panel
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
        share_width_with_map(window, panel)
    elif window.document is not None and (panel.layer_store is None or panel.layer_store.path != Path(window.document.working)):
        panel.open_plan()
    panel.show()
    panel.raise_()
    return panel
