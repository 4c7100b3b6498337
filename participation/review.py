"""The reviewer's work: a decision and a written answer per comment, with undo and redo.

Answering hundreds of comments takes days and mistakes happen, so every change
is a :class:`AnswerChange` that knows the state before and after it and can be
applied or reverted.  :class:`ReviewSession` keeps the undo and redo stacks for
headless use (tests, scripts); the editor wraps the same changes in Qt undo
commands on the plan document's undo stack, so both undo the same way.  Every
application is also written to the plan's review log.
"""

from __future__ import annotations

from dataclasses import dataclass

from participation.comments_layer import DECISIONS, CommentsLayer
from plu_model.errors import PluInputError
from plu_model.i18n import Text

__all__ = ["DECISION_LABELS", "AnswerChange", "ReviewSession", "decision_label"]

#: How a decision is written in summaries and in the editor.
DECISION_LABELS: dict[str | None, Text] = {
    "accepted": Text("participation.review", "Accepted"),
    "partly": Text("participation.review", "Partly accepted"),
    "rejected": Text("participation.review", "Rejected"),
    None: Text("participation.review", "Not decided"),
}
_ANSWER_LIMIT = 20000


def decision_label(decision: str | None, language: str = "bg") -> str:
    return DECISION_LABELS.get(decision, DECISION_LABELS[None]).say(language)


@dataclass(frozen=True)
class AnswerChange:
    """One edit of a comment's answer: the decision and text before and after."""

    comment_id: str
    old_decision: str | None
    old_answer: str
    new_decision: str | None
    new_answer: str

    def apply(self, layer: CommentsLayer) -> None:
        layer.write_answer(self.comment_id, self.new_decision, self.new_answer,
                           log_from=(self.old_decision, self.old_answer))

    def revert(self, layer: CommentsLayer) -> None:
        layer.write_answer(self.comment_id, self.old_decision, self.old_answer,
                           log_from=(self.new_decision, self.new_answer))

    @property
    def is_noop(self) -> bool:
        return self.old_decision == self.new_decision and self.old_answer == self.new_answer


def make_change(layer: CommentsLayer, comment_id: str, decision: str | None, answer: str) -> AnswerChange:
    """The change that would give ``comment_id`` this decision and answer (checked, not applied)."""
    if decision is not None and decision not in DECISIONS:
        raise PluInputError(
            Text("participation.review", "decision must be one of {DECISIONS}, not {decision!r}",
                                         DECISIONS=', '.join(DECISIONS), decision=decision),
        )
    text = (answer or "").strip()
    if len(text) > _ANSWER_LIMIT:
        raise PluInputError(
            Text("participation.review", "the answer is {n_text} characters long; at most {ANSWER_LIMIT} are kept",
                                         n_text=len(text), ANSWER_LIMIT=_ANSWER_LIMIT),
        )
    current = layer.record(comment_id)
    return AnswerChange(comment_id, current.decision, current.answer, decision, text)


class ReviewSession:
    """Answers with undo/redo on one comments layer."""

    def __init__(self, layer: CommentsLayer):
        self.layer = layer
        self._undo: list[AnswerChange] = []
        self._redo: list[AnswerChange] = []

    def answer(self, comment_id: str, decision: str | None, answer: str) -> AnswerChange | None:
        """Set a decision and answer; returns the change (``None`` if nothing changed)."""
        change = make_change(self.layer, comment_id, decision, answer)
        if change.is_noop:
            return None
        change.apply(self.layer)
        self._undo.append(change)
        self._redo.clear()
        return change

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> AnswerChange | None:
        if not self._undo:
            return None
        change = self._undo.pop()
        change.revert(self.layer)
        self._redo.append(change)
        return change

    def redo(self) -> AnswerChange | None:
        if not self._redo:
            return None
        change = self._redo.pop()
        change.apply(self.layer)
        self._undo.append(change)
        return change
