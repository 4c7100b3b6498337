"""One undo history for an open plan, across every layer's edit buffer and plan-level edits.

QGIS keeps an undo stack per layer; a planner expects *Undo* to take back the
last thing done, whichever layer it touched.  :class:`EditHistory` watches the
layers' stacks and mirrors every new layer command as a :class:`LayerEditCommand`
in the document's own ``QUndoStack``; undoing that command undoes the layer's.
Edits that span layers (the plan properties, a repair) are grouped into one
:class:`PlanEditCommand`, so they undo in one step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QUndoCommand, QUndoStack

from plu_model.errors import ReadOnlyPlan
from plu_model.i18n import Text

__all__ = ["EditHistory", "LayerEditCommand", "PlanEditCommand", "UndoText"]


class UndoText:
    """The text of an undo entry, kept as its source so it can be said again in another language.

    ``UndoText("Editing", "Add {class_name}", class_name=lambda: "zone")``; ``str()`` gives it in
    the UI language of the moment, a callable value asked again each time (a class's name is a
    word of the language too).  The string extractor reads these calls like ``translate()``.
    """

    def __init__(self, context: str, source: str, /, **values: Callable[[], str] | str):
        self.context, self.source, self.values = context, source, values

    def __str__(self) -> str:
        from app.i18n import translate

        values = {key: value() if callable(value) else value for key, value in self.values.items()}
        return translate(self.context, self.source, **values)


class LayerEditCommand(QUndoCommand):
    """Stands for one command on a layer's own undo stack.

    It is created after the layer already did the edit, so the first
    ``redo()`` (which ``QUndoStack.push`` calls) does nothing.
    """

    def __init__(self, history: EditHistory, stack: QUndoStack, text: str, parent: QUndoCommand | None = None):
        super().__init__(text, parent)
        self._history = history
        self._stack = stack
        self._pending_first_redo = True

    def redo(self) -> None:
        if self._pending_first_redo:
            self._pending_first_redo = False
            return
        with self._history.replaying():
            self._stack.redo()

    def undo(self) -> None:
        with self._history.replaying():
            self._stack.undo()


class PlanEditCommand(QUndoCommand):
    """Several layer edits that belong together (plan properties, a repair, a merge)."""

    def __init__(self, text: str | UndoText):
        super().__init__(str(text))
        self.source_text = text
        self.children_refs: list[QUndoCommand] = []

    def retranslate(self) -> None:
        if isinstance(self.source_text, UndoText):
            self.setText(str(self.source_text))


class EditHistory(QObject):
    """The document's undo stack, fed by the layers it watches.

    ``changed`` is emitted after every edit, undo and redo (for autosave and the
    "unsaved changes" status).
    """

    changed = pyqtSignal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self._replay_depth = 0
        self._last_index: dict[str, int] = {}
        self._layers: dict[str, QgsVectorLayer] = {}
        self._group: PlanEditCommand | None = None
        #: set for a plan open read-only: every edit is refused with it before anything changes
        self.refusal: Text | None = None
        self.stack.indexChanged.connect(self._stack_changed)

    def _stack_changed(self, _index: int) -> None:
        self.changed.emit()

    # -- layers -----------------------------------------------------------
    def watch(self, layer: QgsVectorLayer) -> None:
        """Mirror the layer's future edit commands into this history."""
        lid = layer.id()
        self._layers[lid] = layer
        self._last_index[lid] = layer.undoStack().index()
        layer.undoStack().indexChanged.connect(lambda index, lid=lid: self._layer_index_changed(lid, index))

    def forget(self) -> None:
        for layer in list(self._layers.values()):
            try:
                layer.undoStack().indexChanged.disconnect()
            except (TypeError, RuntimeError):
                pass  # already gone
        self._layers.clear()
        self._last_index.clear()
        self.stack.clear()

    @contextmanager
    def replaying(self) -> Iterator[None]:
        self._replay_depth += 1
        try:
            yield
        finally:
            self._replay_depth -= 1
            for lid, layer in self._layers.items():
                self._last_index[lid] = layer.undoStack().index()

    def _layer_index_changed(self, lid: str, index: int) -> None:
        layer = self._layers.get(lid)
        if layer is None:
            return
        try:
            stack = layer.undoStack()
        except RuntimeError:  # the layer is being deleted
            return
        last = self._last_index.get(lid, 0)
        self._last_index[lid] = index
        if self._replay_depth or index <= last or index != stack.count():
            return
        text = stack.text(index - 1)
        if self._group is not None:
            child = LayerEditCommand(self, stack, text, self._group)
            self._group.children_refs.append(child)
        else:
            self.stack.push(LayerEditCommand(self, stack, text))

    # -- grouping ------------------------------------------------------------
    @contextmanager
    def group(self, text: str | UndoText) -> Iterator[PlanEditCommand]:
        """Collect the layer edits made inside the block into one undoable step.

        Nothing is recorded when the block made no edit.  Nested groups join
        the outer one.  Every edit of the plan runs in a group, so a plan open read-only
        refuses them all here (:class:`plu_model.errors.ReadOnlyPlan`), before any layer is touched.
        """
        if self.refusal is not None:
            raise ReadOnlyPlan(self.refusal)
        if self._group is not None:
            yield self._group
            return
        command = PlanEditCommand(text)
        self._group = command
        try:
            yield command
        finally:
            self._group = None
        if command.children_refs:
            self.stack.push(command)  # default redo() replays children, which skip their first redo

    def retranslate(self) -> None:
        """Say every undo entry again in the UI language (after View ▸ Language)."""
        for i in range(self.stack.count()):
            command = self.stack.command(i)
            if isinstance(command, PlanEditCommand):
                command.retranslate()

    # -- state -----------------------------------------------------------------
    def is_clean(self) -> bool:
        return self.stack.isClean()

    def set_clean(self) -> None:
        self.stack.setClean()
