"""The package wizard: consultation settings, period, comment channels, and the package itself.

Four pages: who consults (title, authority, contact, languages); when (start,
the period rule for the plan type, end); how comments come in (service address,
e-mail, other ways, optional background map); where the package goes.  The
package is built from a snapshot of the working copy in a ``QgsTask`` with
progress and cancel, and the plan map is drawn by QGIS in a child process, the
same way ``plu package`` does it.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import QDate, QEvent, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.i18n import current_language, date_format, ui_locale
from participation.package import PackageResult, build_package
from participation.settings import (
    LANGUAGES,
    ConsultationSettings,
    PeriodRule,
    carried_over,
    default_title,
    map_note,
    period_rules_for,
)
from plu_cli.map_pdf import subprocess_map_renderer
from plu_model.codelists import resources_dir
from plu_model.errors import Cancelled, message_of
from plu_model.geopackage import PlanFile, save_copy
from plu_model.i18n import Text, say_in
from plu_model.progress import Progress
from plu_model.responsible_party import responsible_organisation

__all__ = ["ConsultationWizard", "PackageTask", "open_consultation_wizard"]

#: where the user settings keep what the next package starts from (:func:`participation.settings.carried_over`)
LAST_SETTINGS_KEY = "consultation/carried_over"
#: the package's languages, each named in itself (as a language chooser shows them)
LANGUAGE_NAMES = {"bg": "български", "en": "English"}


def default_package_folder(path: Path | None, source: Path | str | None) -> Path:
    """Where a package goes unless the user says otherwise: beside a plan the user saved, else in Documents.

    Never beside a plan opened from the installation (the sample) or from a read-only
    folder: that is the install folder, not the user's.
    """
    from app.settings import user_documents

    stem = Path(path or source or "plan").stem + "-consultation"
    if path is not None:
        folder = Path(path).resolve().parent
        if os.access(folder, os.W_OK) and not folder.is_relative_to(resources_dir().resolve()):
            return folder / stem
    return user_documents() / stem


class PackageTask(QgsTask):
    """Builds a package in the background; ``done`` carries the result or the error message."""

    done = pyqtSignal(object, str)

    def __init__(self, plan: Path, out: Path, settings: ConsultationSettings, with_map: bool, description: str):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.plan, self.out, self.settings, self.with_map = plan, out, settings, with_map
        self.result_: PackageResult | None = None
        self.error = ""

    def run(self) -> bool:
        renderer = None
        if self.with_map:
            renderer = subprocess_map_renderer(authority=self.settings.authority, note=map_note(self.settings))
        progress = Progress(report=lambda done, total: self.setProgress(100.0 * done / (total or 1)),
                            cancelled=self.isCanceled, every=1)
        try:
            self.result_ = build_package(self.plan, self.out, self.settings, render_map_pdf=renderer, progress=progress)
            return True
        except Cancelled:
            self.error = "cancelled"
            return False
        except Exception as exc:  # shown to the user, never a traceback
            self.error = message_of(exc, current_language())
            return False

    def finished(self, result: bool) -> None:
        if not result and not self.error and self.isCanceled():  # stopped before it started: run() never ran
            self.error = "cancelled"
        self.done.emit(self.result_ if result else None, self.error)


class _Page(QWizardPage):
    def __init__(self, wizard: ConsultationWizard, title: Text):
        super().__init__(wizard)
        self.w = wizard
        wizard.say(self.setTitle, title)
        self.form = QFormLayout(self)

    def row(self, text: Text, widget: Any) -> Any:
        label = QLabel(self)
        self.w.say(label.setText, text)
        self.form.addRow(label, widget)
        return widget


class ConsultationWizard(QWizard):
    """Collects :class:`ConsultationSettings` and builds the package."""

    def __init__(self, window: Any):
        super().__init__(window)
        self.window_ = window
        #: (setter, text) of every fixed text, said again when the language changes
        self._said: list[tuple[Any, Text]] = []
        self.say(self.setWindowTitle, Text("app.consultation_wizard", "Package for public consultation"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        for button, label in ((QWizard.WizardButton.BackButton, Text("app.consultation_wizard", "< Back")),
                               (QWizard.WizardButton.NextButton, Text("app.consultation_wizard", "Next >")),
                               (QWizard.WizardButton.FinishButton, Text("app.consultation_wizard", "Finish")),
                               (QWizard.WizardButton.CancelButton, Text("app.consultation_wizard", "Cancel"))):
            self.say(lambda text, b=button: self.setButtonText(b, text), label)
        self.result_: PackageResult | None = None
        self.task: PackageTask | None = None
        self.snapshot_dir: Path | None = None
        self.closed = False  # Cancel, Finish or the window's close: a build still on its way is stopped
        with PlanFile(window.document.working) as pf:
            plan = next(pf.iter_class("SpatialPlan"))
            authority = responsible_organisation(pf.metadata)
        self.plan_type = plan.plan_type_name
        plan_title = plan.alternative_title if isinstance(plan.alternative_title, str) else plan.official_title
        L = self.language

        p1 = _Page(self, Text("app.consultation_wizard", "Who consults"))
        self.title_edit = p1.row(Text("app.consultation_wizard", "Title"), QLineEdit(default_title(plan_title, L)))
        self.authority_edit = p1.row(Text("app.consultation_wizard", "Responsible authority"), QLineEdit(authority))
        self.email_edit = p1.row(Text("app.consultation_wizard", "Contact e-mail"), QLineEdit())
        self.phone_edit = p1.row(Text("app.consultation_wizard", "Phone"), QLineEdit())
        self.address_edit = p1.row(Text("app.consultation_wizard", "Address for written comments"), QLineEdit())
        langs = QHBoxLayout()
        self.lang_boxes = {code: QCheckBox(LANGUAGE_NAMES[code]) for code in LANGUAGES}
        for box in self.lang_boxes.values():
            box.setChecked(True)
            langs.addWidget(box)
        self.default_lang = QComboBox()
        for code in LANGUAGES:
            self.default_lang.addItem(LANGUAGE_NAMES[code], code)
        self.default_lang.setCurrentIndex(0 if L == "bg" else 1)
        default_label = QLabel()
        self.say(default_label.setText, Text("app.consultation_wizard", "default:"))
        langs.addWidget(default_label)
        langs.addWidget(self.default_lang)
        languages_label = QLabel()
        self.say(languages_label.setText, Text("app.consultation_wizard", "Languages"))
        p1.form.addRow(languages_label, langs)

        p2 = _Page(self, Text("app.consultation_wizard", "When"))
        self.start_edit = p2.row(Text("app.consultation_wizard", "First day for comments"), QDateEdit(QDate.currentDate()))
        self.start_edit.setCalendarPopup(True)
        self.rules: list[PeriodRule] = period_rules_for(self.plan_type)
        self.rule_combo = p2.row(Text("app.consultation_wizard", "Period"), QComboBox())
        for rule in self.rules:
            self.rule_combo.addItem(rule.basis(L), rule.key)
        self.end_edit = p2.row(Text("app.consultation_wizard", "Last day for comments"), QDateEdit())
        self.end_edit.setCalendarPopup(True)
        self._date_formats()
        self.basis_label = QLabel()
        self.basis_label.setWordWrap(True)
        p2.form.addRow(self.basis_label)
        self.timezone_edit = p2.row(Text("app.consultation_wizard", "Time zone"), QLineEdit("Europe/Sofia"))
        self.start_edit.dateChanged.connect(self._update_end)
        self.rule_combo.currentIndexChanged.connect(self._update_end)
        self._update_end()

        p3 = _Page(self, Text("app.consultation_wizard", "How comments come in"))
        self.service_edit = p3.row(Text("app.consultation_wizard", "Comment service address (optional)"), QLineEdit())
        self.service_edit.setPlaceholderText("https://…")
        self.comment_email_edit = p3.row(Text("app.consultation_wizard", "E-mail for comment files"), QLineEdit())
        self.how_bg = p3.row(Text("app.consultation_wizard", "Other ways (Bulgarian)"), QPlainTextEdit())
        self.how_en = p3.row(Text("app.consultation_wizard", "Other ways (English)"), QPlainTextEdit())
        self.tile_edit = p3.row(Text("app.consultation_wizard", "Background map tiles (optional)"), QLineEdit())
        self.tile_edit.setPlaceholderText("https://…/{z}/{x}/{y}.png")
        self.tile_credit_edit = p3.row(Text("app.consultation_wizard", "Background map credit"), QLineEdit())
        self._fill_from_last_time()

        p4 = _Page(self, Text("app.consultation_wizard", "The package"))
        out_row = QHBoxLayout()
        default_out = default_package_folder(window.document.path, window.document.source)
        self.out_edit = QLineEdit(str(default_out))
        browse = QPushButton()
        self.say(browse.setText, Text("app.consultation_wizard", "Browse…"))
        browse.clicked.connect(self._browse)
        out_row.addWidget(self.out_edit)
        out_row.addWidget(browse)
        out_label = QLabel()
        self.say(out_label.setText, Text("app.consultation_wizard", "Folder or .zip"))
        p4.form.addRow(out_label, out_row)
        self.map_box = p4.row(Text("app.consultation_wizard", "Plan map"), QCheckBox())
        self.say(self.map_box.setText, Text("app.consultation_wizard", "draw the plan map PDF with QGIS"))
        self.map_box.setChecked(True)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #b03a2e")
        p4.form.addRow(self.problems_label)
        build_row = QVBoxLayout()
        self.build_button = QPushButton()
        self.say(self.build_button.setText, Text("app.consultation_wizard", "Build the package"))
        self.build_button.clicked.connect(self.start_build)
        self.cancel_button = QPushButton()
        self.say(self.cancel_button.setText, Text("app.consultation_wizard", "Stop"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(lambda: self.task.cancel() if self.task else None)
        self.progress = QProgressBar()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.build_button)
        buttons.addWidget(self.cancel_button)
        build_row.addLayout(buttons)
        build_row.addWidget(self.progress)
        build_row.addWidget(self.status_label)
        p4.form.addRow(build_row)
        p4.isComplete = lambda: self.result_ is not None  # type: ignore[method-assign]
        self.final_page = p4
        for page in (p1, p2, p3, p4):
            self.addPage(page)
        for edit in (self.title_edit, self.authority_edit):
            edit.setCursorPosition(0)  # the start of a long title, not its last words
        self.resize(900, 600)

    # -- language ---------------------------------------------------------------------------
    @property
    def language(self) -> str:
        return current_language()

    def say(self, setter: Any, text: Text) -> None:
        """Set a fixed text now, and again whenever the UI language changes."""
        self._said.append((setter, text))
        setter(text.say(self.language))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "rules"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every fixed text, the period choices and their basis in the UI language."""
        for setter, text in self._said:
            setter(text.say(self.language))
        for i, rule in enumerate(self.rules):
            self.rule_combo.setItemText(i, rule.basis(self.language))
        self._update_basis()
        self._date_formats()

    def _date_formats(self) -> None:
        """"4 Dec 2026" / "4.12.2026 г." in the date fields, as everywhere in the UI."""
        for edit in (self.start_edit, self.end_edit):
            edit.setLocale(ui_locale())
            edit.setDisplayFormat(date_format())

    # -- settings ---------------------------------------------------------------------------
    def _update_end(self) -> None:
        index = max(0, self.rule_combo.currentIndex())
        rule = self.rules[index]
        start = self.start_edit.date().toPyDate()
        end = rule.end(start)
        self.end_edit.setDate(QDate(end.year, end.month, end.day))
        self._update_basis()

    def _update_basis(self) -> None:
        rule = self.rules[max(0, self.rule_combo.currentIndex())]
        legal = say_in(self.language, "app.consultation_wizard", "set by law") if rule.legal else say_in(self.language, "app.consultation_wizard", "a default: check it")
        self.basis_label.setText(f"{rule.basis(self.language)} ({legal})")

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), self.out_edit.text(),
                                              say_in(self.language, "app.consultation_wizard", "Folder or ZIP (*)"))
        if path:
            self.out_edit.setText(path)

    def settings(self) -> ConsultationSettings:
        chosen = [code for code, box in self.lang_boxes.items() if box.isChecked()]
        first = self.default_lang.currentData()
        languages = tuple([first] + [c for c in chosen if c != first]) if first in chosen else tuple(chosen)
        how = {k: v for k, v in (("bg", self.how_bg.toPlainText().strip()), ("en", self.how_en.toPlainText().strip())) if v}
        return ConsultationSettings(
            title=self.title_edit.text().strip(),
            authority=self.authority_edit.text().strip(),
            contact_email=self.email_edit.text().strip(),
            contact_phone=self.phone_edit.text().strip(),
            contact_address=self.address_edit.text().strip(),
            start=self.start_edit.date().toPyDate(),
            end=self.end_edit.date().toPyDate(),
            languages=languages,
            timezone=self.timezone_edit.text().strip() or "Europe/Sofia",
            comment_email=self.comment_email_edit.text().strip(),
            service_url=self.service_edit.text().strip(),
            how_to_comment=how,
            period_rule=self.rule_combo.currentData() or "",
            tile_url=self.tile_edit.text().strip(),
            tile_attribution=self.tile_credit_edit.text().strip(),
        )

    def _carried_over_fields(self) -> dict[str, Any]:
        return {"contact_email": self.email_edit, "contact_phone": self.phone_edit,
                "contact_address": self.address_edit, "comment_email": self.comment_email_edit,
                "service_url": self.service_edit, "tile_url": self.tile_edit, "tile_attribution": self.tile_credit_edit}

    def _fill_from_last_time(self) -> None:
        """The office's contact and comment channels as the last package gave them (the planner checks them)."""
        from app.settings import settings as user_settings

        try:
            last = carried_over(json.loads(str(user_settings().value(LAST_SETTINGS_KEY, "") or "{}")))
        except ValueError:
            return
        for name, edit in self._carried_over_fields().items():
            if name in last:
                edit.setText(last[name])
        how = last.get("how_to_comment", {})
        self.how_bg.setPlainText(how.get("bg", ""))
        self.how_en.setPlainText(how.get("en", ""))

    def _remember(self, settings: ConsultationSettings) -> None:
        from app.settings import settings as user_settings

        store = user_settings()
        store.setValue(LAST_SETTINGS_KEY, json.dumps(carried_over(settings), ensure_ascii=False))
        store.sync()

    # -- building -------------------------------------------------------------------------------
    def start_build(self, checked: bool = False) -> PackageTask | None:
        """Check the settings and start building in the background (returns the task once it runs).

        A plan with errors gets the window's warning first (count, a way to see them,
        "build anyway"); the plan is checked first when it was not checked since its last change.
        """
        if self.closed:  # the plan's check ended after the wizard was closed: nothing to build
            return None
        settings = self.settings()
        problems = settings.problems()
        if problems:
            self.problems_label.setText("\n".join(problem.say(self.language) for problem in problems))
            return None
        self.problems_label.clear()
        if not checked and hasattr(self.window_, "when_checked"):
            self.window_.when_checked(lambda: self.start_build(checked=True),
                                      lambda: say_in(current_language(), "app.consultation_wizard", "Build anyway"))
            return self.task
        Path(self.out_edit.text()).parent.mkdir(parents=True, exist_ok=True)
        snapshot_dir = self.snapshot_dir = Path(tempfile.mkdtemp(prefix="plu-package-"))
        snapshot = save_copy(self.window_.document.working, snapshot_dir / "plan.gpkg")
        self.task = PackageTask(snapshot, Path(self.out_edit.text()), settings, self.map_box.isChecked(), self.windowTitle())
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.task.done.connect(self._finished)
        self.build_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status_label.setText(say_in(self.language, "app.consultation_wizard", "Building…"))
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def _finished(self, result: PackageResult | None, error: str) -> None:
        task, self.task = self.task, None  # QGIS deletes a finished task
        if self.snapshot_dir is not None:  # the copy of the plan the package was built from
            shutil.rmtree(self.snapshot_dir, ignore_errors=True)
            self.snapshot_dir = None
        self.cancel_button.setEnabled(False)
        self.build_button.setEnabled(True)
        if result is None:
            text = say_in(self.language, "app.consultation_wizard", "Stopped; nothing was written.") if error == "cancelled" else error
            self.status_label.setText(text)
            return
        self.result_ = result
        self._remember(task.settings if task is not None else self.settings())
        self.progress.setValue(100)
        warnings = [f.message(self.language) for f in result.findings]
        self.status_label.setText(
            say_in(self.language, "app.consultation_wizard", "Package written to {path} ({n} file).",
                                                             plural="Package written to {path} ({n} files).",
                                                             path=result.path, n=len(result.files))
            + ("\n" + "\n".join(warnings[:10]) if warnings else "")
        )
        self.final_page.completeChanged.emit()


    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        """Closing the wizard stops a build on its way: Cancel must not leave a package behind."""
        self.closed = True
        if self.task is not None:
            self.task.cancel()
        super().done(result)


def open_consultation_wizard(window: Any) -> ConsultationWizard:
    wizard = ConsultationWizard(window)
    wizard.show()
    return wizard

