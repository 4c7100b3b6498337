"""The Validation panel: run the checks in the background, read and filter the findings, repair.

Checks run in a :class:`~app.tasks.FunctionTask` on a snapshot of the plan as it
is on screen, so the GUI stays responsive and can cancel.  The findings table
filters by severity and rule (with counts); choosing a finding asks the window
to zoom to it and highlight it.  Repairs the engine offers are one click away;
the window applies them as one undoable step.
"""

from __future__ import annotations

import html
from collections import Counter
from datetime import datetime
from typing import Any

from qgis.PyQt.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    pyqtSignal,
)
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.i18n import current_language, translate
from app.validation_runner import RepairReport, advice_for, profile_choices, repair_step, rule_description
from plu_model.findings import Finding, Severity
from validators.report import verdict_of

__all__ = ["FindingsModel", "ValidationPanel", "severity_text"]

_SEVERITY_COLOURS = {
    Severity.FATAL: QColor("#7b0000"),
    Severity.ERROR: QColor("#c62828"),
    Severity.WARNING: QColor("#b26a00"),
    Severity.INFO: QColor("#1565c0"),
}


def severity_text(severity: Severity) -> str:
    return {
        Severity.FATAL: translate("Validation", "fatal"),
        Severity.ERROR: translate("Validation", "error"),
        Severity.WARNING: translate("Validation", "warning"),
        Severity.INFO: translate("Validation", "info"),
    }[severity]


class FindingsModel(QAbstractTableModel):
    """The findings of the last check, one per row.

    No line column: the check runs on a temporary GML of the plan on screen, whose line
    numbers mean nothing to the person looking at the map.
    """

    COLUMNS = ("severity", "rule", "message", "feature")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self.findings = sorted(findings, key=lambda f: (-int(f.severity), f.rule))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            translate("Validation", "Severity"),
            translate("Validation", "Rule"),
            translate("Validation", "Message"),
            translate("Validation", "Feature"),
        ][section]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding = self.findings[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "severity":
                return severity_text(finding.severity)
            if column == "rule":
                return finding.rule
            if column == "message":
                text = finding.message(current_language())
                return text if finding.count == 1 else f"{text} (×{finding.count})"
            if column == "feature":
                return finding.gml_id or finding.feature_id or ""
        if role == Qt.ItemDataRole.ForegroundRole and column == "severity":
            return _SEVERITY_COLOURS[finding.severity]
        if role == Qt.ItemDataRole.ToolTipRole:
            return finding.message(current_language())
        if role == Qt.ItemDataRole.UserRole:
            return finding
        return None


class _FindingsFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.severities: set[Severity] = set(Severity)
        self.rule: str | None = None

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        finding = self.sourceModel().findings[row]
        return finding.severity in self.severities and (self.rule is None or finding.rule == self.rule)


class ValidationPanel(QWidget):
    """Runs checks and shows findings; the window connects its signals.

    Signals: ``run_requested()``, ``cancel_requested()``,
    ``finding_selected(Finding)``, ``repair_requested(list_of_rules_or_None)``,
    ``export_requested(epsg)``.
    """

    export_requested = pyqtSignal(int)
    run_requested = pyqtSignal()
    cancel_requested = pyqtSignal()
    finding_selected = pyqtSignal(object)
    repair_requested = pyqtSignal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("validation_panel")
        self.model = FindingsModel(self)
        self.proxy = _FindingsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.checked_at: datetime | None = None
        #: what the last repair really did, once the plan was checked again (None before)
        self.repair_report: RepairReport | None = None
        self._repair_lines: list[str] = []
        self.stale = False
        self.running = False
        #: the plan is open read-only: findings are shown, repairs (which change the plan) are not offered
        self.read_only = False

        self.run_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("profile")
        top = QHBoxLayout()
        top.addWidget(self.profile_combo)
        top.addWidget(self.run_button)
        top.addWidget(self.cancel_button)
        top.addWidget(self.progress, 1)

        self.severity_boxes: dict[Severity, QCheckBox] = {}
        filters = QHBoxLayout()
        for severity in (Severity.FATAL, Severity.ERROR, Severity.WARNING, Severity.INFO):
            box = QCheckBox(self)
            box.setChecked(True)
            box.toggled.connect(self._filter_changed)
            self.severity_boxes[severity] = box
            filters.addWidget(box)
        self.rule_combo = QComboBox(self)
        self.rule_combo.setObjectName("rule_filter")
        self.rule_combo.currentIndexChanged.connect(self._filter_changed)
        filters.addWidget(self.rule_combo, 1)

        self.table = QTableView(self)
        self.table.setObjectName("findings")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # a long message wraps and its row grows, so every finding is read in full, not cut with "…";
        # only the rows on screen are measured: a plan with thousands of findings stays quick
        self.table.setWordWrap(True)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._fit_rows_timer = QTimer(self)
        self._fit_rows_timer.setSingleShot(True)
        self._fit_rows_timer.timeout.connect(self._fit_visible_rows)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted,
                       self.table.verticalScrollBar().valueChanged, self.table.horizontalHeader().sectionResized):
            signal.connect(lambda *_a: self._fit_rows_timer.start(0))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.details = QTextBrowser(self)
        self.details.setObjectName("finding_details")
        self.details.setMinimumHeight(60)
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() + 5 * rows + 4)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("findings_splitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.crs_button = QPushButton(self)
        self.crs_button.setObjectName("export_in_crs")
        self.crs_button.hide()
        self.crs_button.clicked.connect(self._export_in_crs)
        self.repair_rule_button = QPushButton(self)
        self.repair_all_button = QPushButton(self)
        self.repair_rule_button.clicked.connect(self._repair_rule)
        self.repair_all_button.clicked.connect(lambda: self.repair_requested.emit(None))
        repairs = QHBoxLayout()
        repairs.addWidget(self.repair_rule_button)
        repairs.addWidget(self.repair_all_button)
        repairs.addWidget(self.crs_button)
        repairs.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(repairs)
        layout.addWidget(self.summary)
        self.run_button.clicked.connect(self.run_requested.emit)
        self.cancel_button.clicked.connect(self.cancel_requested.emit)
        self.retranslate()

    # -- text ----------------------------------------------------------------------
    def _fit_visible_rows(self) -> None:
        """Give each row on screen the height its wrapped message needs."""
        table = self.table
        for _pass in range(4):  # a row that grows pushes others away: settle in a few passes
            first, last = table.rowAt(0), table.rowAt(table.viewport().height() - 1)
            if first < 0:
                return
            last = self.proxy.rowCount() - 1 if last < 0 else last
            grown = False
            for row in range(first, last + 1):
                before = table.rowHeight(row)
                table.resizeRowToContents(row)
                grown = grown or table.rowHeight(row) != before
            if not grown:
                return

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_rows_timer.start(0)

    def retranslate(self) -> None:
        chosen = self.profile()
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        self.profile_combo.addItem(translate("Validation", "Profile: the plan's own"), None)
        for name, label in profile_choices(current_language()):
            self.profile_combo.addItem(translate("Validation", "Profile: {profile}", profile=label), name)
        self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(chosen)))
        self.profile_combo.blockSignals(False)
        self.profile_combo.setToolTip(translate(
            "Validation", "Which rules and norms to check against: the INSPIRE rules alone, or a national profile "
            "with its code lists, CRS and zone limits. 'The plan's own' picks the profile of the plan's national "
            "code lists."))
        self.run_button.setText(translate("Validation", "Validate"))
        self.cancel_button.setText(translate("Validation", "Cancel"))
        names = {
            Severity.FATAL: translate("Validation", "Fatal"),
            Severity.ERROR: translate("Validation", "Errors"),
            Severity.WARNING: translate("Validation", "Warnings"),
            Severity.INFO: translate("Validation", "Info"),
        }
        counts = self.counts()
        for severity, box in self.severity_boxes.items():
            box.setText(f"{names[severity]} ({counts.get(severity, 0)})")
        self.repair_rule_button.setText(translate("Validation", "Repair this rule"))
        self.repair_all_button.setText(translate("Validation", "Repair all"))
        self._fill_rules()
        self._update_summary()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(FindingsModel.COLUMNS) - 1)
        self._update_repair_buttons()

    def _fill_rules(self) -> None:
        current = self.rule_combo.currentData()
        self.rule_combo.blockSignals(True)
        self.rule_combo.clear()
        self.rule_combo.addItem(translate("Validation", "All rules ({count})", count=str(len(self.model.findings))),
                                None)
        for rule, count in sorted(Counter(f.rule for f in self.model.findings).items()):
            description = rule_description(rule, current_language())
            text = f"{rule} ({count})" + (f" — {description}" if description else "")
            self.rule_combo.addItem(text, rule)
        index = self.rule_combo.findData(current)
        self.rule_combo.setCurrentIndex(max(index, 0))
        self.rule_combo.blockSignals(False)
        self.proxy.rule = self.rule_combo.currentData()
        self.proxy.invalidateFilter()

    def counts(self) -> Counter:
        return Counter(f.severity for f in self.model.findings)

    def _update_summary(self) -> None:
        if self.running:
            text = translate("Validation", "Checking the plan…")
        elif self.checked_at is None:
            text = translate("Validation", "The plan has not been checked yet.")
        else:
            counts = self.counts()
            text = translate("Validation", "Checked at {time}: errors: {errors}, warnings: {warnings}.",
                             time=self.checked_at.strftime("%H:%M:%S"),
                             errors=counts.get(Severity.ERROR, 0) + counts.get(Severity.FATAL, 0),
                             warnings=counts.get(Severity.WARNING, 0))
            if verdict_of(self.model.findings) == "incomplete":
                text += " " + translate("Validation", "A check could not run (see the warnings), so the plan is "
                                                      "not known to be valid.")
            if self.stale:
                text += " " + translate("Validation", "The plan changed since; validate again.")
        self.summary.setText(text)

    def set_read_only(self, read_only: bool) -> None:
        """Offer repairs only for a plan one may change."""
        if read_only != self.read_only:
            self.read_only = read_only
            self._update_repair_buttons()

    def _update_repair_buttons(self) -> None:
        idle = not self.running and not self.read_only
        repairable = [f for f in self.model.findings if repair_step(f.rule)]
        current = self.current_finding()
        self.repair_all_button.setEnabled(idle and bool(repairable))
        self.repair_rule_button.setEnabled(idle and current is not None and repair_step(current.rule) is not None)
        tip = translate("Validation", "Repairs can be undone with Edit ▸ Undo.")
        if self.read_only:
            tip = translate("Validation", "The plan is open read-only: a repair would change it.")
            self.repair_rule_button.setToolTip(tip)
        elif current is not None and repair_step(current.rule) is None:
            self.repair_rule_button.setToolTip(
                translate("Validation", "There is no automatic repair for this rule; fix it on the map or in the form.")
            )
        else:
            self.repair_rule_button.setToolTip(tip)
        self.repair_all_button.setToolTip(tip)

    def show_changes(self, changes: list[str]) -> None:
        """List what a repair changed; the check that follows adds whether the findings went away."""
        self.repair_report = None
        head = translate("Validation", "The repair made {count} changes:", count=str(len(changes)))
        if not changes:
            head = translate("Validation", "The repair changed nothing in the plan.")
        items = "".join(f"<li>{html.escape(c)}</li>" for c in changes[:200])
        more = "" if len(changes) <= 200 else f"<li>… (+{len(changes) - 200})</li>"
        self._repair_lines = [f"<p>{html.escape(head)}</p>" + (f"<ul>{items}{more}</ul>" if changes else "")]
        self.details.setHtml("".join(self._repair_lines))

    def show_repair_report(self, report: RepairReport) -> None:
        """Say what the repair really did, from the check run after it: findings before and after, per rule."""
        self.repair_report = report
        rows = []
        for rule, before in report.rule_before.items():
            after = report.rule_after.get(rule, 0)
            name = rule_description(rule, current_language()) or rule
            rows.append(f"<li>{html.escape(name)} ({rule}): "
                        + html.escape(translate("Validation", "{before} before, {after} after",
                                                before=str(before), after=str(after))) + "</li>")
        if report.left and not report.fixed:
            verdict = translate("Validation", "The repair did not remove these findings: they are still there. "
                                "They need a person — correct the geometry or the values on the map or in the form.")
        elif report.left:
            verdict = translate("Validation", "The repair removed {fixed} findings; {left} are still there and need a "
                                "person.", fixed=report.fixed, left=report.left)
        else:
            verdict = translate("Validation", "Checked again: the repair removed all {fixed} findings.", fixed=report.fixed)
        changed = translate("Validation", "Features changed: {count}.", count=str(report.features_changed))
        self.details.setHtml(f"<p><b>{html.escape(verdict)}</b></p><p>{html.escape(changed)}</p><ul>{''.join(rows)}"
                             "</ul>" + "".join(self._repair_lines))

    def profile(self) -> str | None:
        """The profile the user picked (``None``: the one the plan's code lists point to)."""
        return self.profile_combo.currentData() if self.profile_combo.count() else None

    # -- state -----------------------------------------------------------------------
    def set_running(self, running: bool) -> None:
        self.running = running
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        if running:
            self.progress.setRange(0, 0)  # busy until the first report
        else:
            self.progress.setRange(0, 100)
        self._update_summary()
        self._update_repair_buttons()

    def set_progress(self, percent: float) -> None:
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 100)
        self.progress.setValue(int(percent))

    def show_findings(self, findings: list[Finding]) -> None:
        self.model.set_findings(findings)
        self.checked_at = datetime.now()
        self.stale = False
        self.set_running(False)
        self.progress.setValue(100)
        self.details.clear()
        self.retranslate()

    def mark_stale(self) -> None:
        if self.checked_at is not None and not self.stale:
            self.stale = True
            self._update_summary()

    def show_cancelled(self) -> None:
        self.set_running(False)
        self.progress.setValue(0)
        self.summary.setText(translate("Validation", "Validation cancelled; the findings shown are from before."))

    def show_failure(self, message: str) -> None:
        self.set_running(False)
        self.progress.setValue(0)
        self.summary.setText(translate("Validation", "Validation failed: {message}", message=message))

    # -- selection ----------------------------------------------------------------------
    def _filter_changed(self) -> None:
        self.proxy.severities = {s for s, box in self.severity_boxes.items() if box.isChecked()}
        self.proxy.rule = self.rule_combo.currentData()
        self.proxy.invalidateFilter()

    def current_finding(self) -> Finding | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.data(index, Qt.ItemDataRole.UserRole)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        finding = self.proxy.data(current, Qt.ItemDataRole.UserRole) if current.isValid() else None
        self._update_repair_buttons()
        if finding is None:
            self.details.clear()
            self.crs_button.hide()
            return
        self.details.setHtml(self._finding_html(finding))
        self.finding_selected.emit(finding)

    def _finding_html(self, finding: Finding) -> str:
        """The finding in words: what, where on the map and what to do — no paths, XPaths or command lines."""
        language = current_language()
        title = rule_description(finding.rule, language) or finding.rule
        lines = [f"<b>{html.escape(title)}</b> ({html.escape(severity_text(finding.severity))})",
                 html.escape(finding.message(language))]
        feature = finding.gml_id or finding.feature_id
        if feature:
            lines.append(html.escape(translate("Validation", "Feature: {feature} (selecting the row shows it on the map)",
                                               feature=feature)))
        advice = advice_for(finding)
        self.crs_button.setVisible(advice.kind == "export_crs")
        if advice.kind == "export_crs":
            self.crs_button.setText(translate("Validation", "Export in EPSG:{epsg}…", epsg=str(advice.epsg)))
            text = translate("Validation", "What to do: export the plan in EPSG:{epsg} with the button below; the plan "
                             "file itself stays as it is.", epsg=advice.epsg)
        elif advice.kind == "repair":
            text = translate("Validation", "What to do: press “Repair this rule”; the plan is checked again "
                             "afterwards and Edit ▸ Undo takes the repair back.")
        else:
            text = translate("Validation", "What to do: there is no automatic repair; correct it on the map or "
                             "in the feature's form.")
        lines.append(f"<i>{html.escape(text)}</i>")
        return "<br>".join(lines)

    def _export_in_crs(self) -> None:
        finding = self.current_finding()
        advice = advice_for(finding) if finding is not None else None
        if advice is not None and advice.epsg:
            self.export_requested.emit(advice.epsg)

    def visible_findings(self) -> list[Finding]:
        """The findings the table shows, in its order (after filters)."""
        return [self.proxy.data(self.proxy.index(r, 0), Qt.ItemDataRole.UserRole) for r in range(self.proxy.rowCount())]

    def select_row(self, row: int) -> None:
        """Select a visible row (as a click would)."""
        index = self.proxy.index(row, 0)
        self.table.setCurrentIndex(index)

    def step(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) finding."""
        rows = self.proxy.rowCount()
        if not rows:
            return
        current = self.table.currentIndex().row()
        self.select_row((current + delta) % rows if current >= 0 else 0)

    def _repair_rule(self) -> None:
        finding = self.current_finding()
        if finding is not None:
            self.repair_requested.emit([finding.rule])
