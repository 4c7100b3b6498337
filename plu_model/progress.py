"""Progress reporting and cancellation for long operations, without any GUI.

Long work (reading, writing, validating a city-wide plan) takes a
:class:`Progress`; the GUI adapts it to a ``QgsTask``, the CLI to nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from plu_model.errors import Cancelled
from plu_model.i18n import Text

__all__ = ["Progress"]


@dataclass
class Progress:
    """Receives ``(done, total)`` counts and answers whether to stop.

    ``report`` is called at most every ``every`` steps; ``cancelled`` is asked at
    the same moments and, when it returns True, :meth:`step` raises
    :class:`~plu_model.errors.Cancelled`.
    """

    report: Callable[[int, int | None], None] = lambda done, total: None
    cancelled: Callable[[], bool] = lambda: False
    total: int | None = None
    every: int = 200
    done: int = field(default=0, init=False)

    def step(self, n: int = 1) -> None:
        before = self.done
        self.done += n
        if self.done // self.every != before // self.every:
            self.check()
            self.report(self.done, self.total)

    def check(self) -> None:
        if self.cancelled():
            raise Cancelled(Text("plu_model.progress", "cancelled by the user"))

    def finish(self) -> None:
        self.report(self.done, self.total)

