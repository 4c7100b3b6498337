"""Long work in QGIS's task manager: progress, cancel, and the result back by signal.

A :class:`FunctionTask` runs a plain function that takes a
:class:`plu_model.progress.Progress` in a background thread; the function never
touches Qt, so the core stays GUI-free.  ``done`` or ``failed`` is emitted in the
GUI thread when it ends.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import QEventLoop, pyqtSignal

from app.i18n import current_language
from plu_model.errors import Cancelled, PluError
from plu_model.progress import Progress

__all__ = ["FunctionTask", "run_task", "wait_for"]

log = logging.getLogger(__name__)
_RUNNING: set[FunctionTask] = set()


class FunctionTask(QgsTask):
    """Runs ``function(progress)`` off the GUI thread.

    ``done(result)``, ``failed(message)`` or ``cancelled()`` is emitted when it
    ends; a :class:`~plu_model.errors.PluError` becomes its plain message, any
    other exception its type and message (the traceback goes to the log).
    """

    done = pyqtSignal(object)
    failed = pyqtSignal(str)
    cancelled = pyqtSignal()
    progress_changed = pyqtSignal(float)

    def __init__(self, description: str, function: Callable[[Progress], Any], total: int | None = None):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.function = function
        self.total = total
        self.result_value: Any = None
        self.error: str | None = None
        self.was_cancelled = False
        self.finished_flag = False
        self.progressChanged.connect(self.progress_changed.emit)

    def _report(self, done: int, total: int | None) -> None:
        total = total or self.total
        if total:
            self.setProgress(min(100.0, 100.0 * done / total))

    def run(self) -> bool:
        progress = Progress(report=self._report, cancelled=self.isCanceled, total=self.total)
        try:
            self.result_value = self.function(progress)
            return True
        except Cancelled:
            self.was_cancelled = True
        except PluError as exc:
            self.error = exc.message(current_language())
        except Exception as exc:  # shown to the user as a message, never as a traceback
            log.error("%s failed:\n%s", self.description(), traceback.format_exc())
            self.error = f"{type(exc).__name__}: {exc}"
        return False

    def finished(self, ok: bool) -> None:  # called in the GUI thread
        self.finished_flag = True
        _RUNNING.discard(self)
        if ok:
            self.done.emit(self.result_value)
        elif self.was_cancelled or (self.isCanceled() and self.error is None):
            self.cancelled.emit()
        else:
            self.failed.emit(self.error or "failed")


def run_task(task: FunctionTask) -> FunctionTask:
    """Hand the task to QGIS's task manager (and keep it alive until it ends)."""
    _RUNNING.add(task)
    QgsApplication.taskManager().addTask(task)
    return task


def wait_for(task: FunctionTask) -> None:
    """Spin the event loop until the task ended (the GUI keeps repainting meanwhile)."""
    if task.finished_flag:
        return
    loop = QEventLoop()
    task.done.connect(lambda _r: loop.quit())
    task.failed.connect(lambda _m: loop.quit())
    task.cancelled.connect(loop.quit)
    if not task.finished_flag:
        loop.exec()
