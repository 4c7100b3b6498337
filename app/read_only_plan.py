"""How the window shows a plan open read-only: one bar over the map, no editing action to press.

Whether a plan is read-only is decided elsewhere (for a register plan by :mod:`register.edit_rights`)
and given to the document (:meth:`app.document.PlanDocument.make_read_only`), whose history then
refuses every edit. Here the window only says so and disables what would edit: the map's drawing
and editing tools, delete, merge, undo/redo, repairs and Save to register. Viewing, selecting,
the forms (read-only), validation, export, comparing and printing stay.

The bar offers *Save as…* beside its words: a planner who may not change a register plan
takes a copy as a plan file of their own, and the window then holds that copy, editable, as
File ▸ Open would have opened it (the map stays where it was), the way an editor's Save As
carries on in the file just written.
"""

from __future__ import annotations

from typing import Any

from qgis.PyQt.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.i18n import current_language, translate

__all__ = ["EDITING_ACTIONS", "EDITING_TOOLS", "hold_saved_copy", "map_with_bar", "refused", "show_bar"]

#: the window's actions that change the plan (disabled for a read-only plan)
EDITING_ACTIONS = frozenset({
    "undo", "redo", "tool_add_zone", "tool_add_area", "tool_add_line", "tool_add_point", "tool_vertex",
    "tool_split", "tool_reshape", "tool_boundary", "merge", "delete",
})
#: map tools that change the plan (``set_tool`` keys)
EDITING_TOOLS = frozenset(key.removeprefix("tool_") for key in EDITING_ACTIONS if key.startswith("tool_"))


def map_with_bar(window: Any, canvas: QWidget) -> QWidget:
    """The window's centre: the read-only bar (hidden until a read-only plan is open) over the map."""
    centre = QWidget(window)
    centre.setObjectName("map_area")
    layout = QVBoxLayout(centre)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(_bar(window, centre))
    layout.addWidget(canvas, 1)
    return centre


def _bar(window: Any, parent: QWidget) -> QFrame:
    """The strip: why the plan is read-only (``window.read_only_bar``), and *Save as…* (``read_only_save_as``)."""
    strip = QFrame(parent)
    strip.setObjectName("read_only_strip")
    strip.setStyleSheet("QFrame#read_only_strip { background: #fff3cd; border-bottom: 1px solid #e0c36a; } "
                        "QLabel { color: #5c4400; padding: 6px 10px; font-weight: bold; }")
    row = QHBoxLayout(strip)
    row.setContentsMargins(0, 2, 8, 2)
    bar = QLabel(strip)
    bar.setObjectName("read_only_bar")
    bar.setWordWrap(True)
    row.addWidget(bar, 1)
    save_as = QPushButton(strip)
    save_as.setObjectName("read_only_save_as")
    # the window's own File ▸ Save As… (built after the centre): the same dialog, checks and messages
    save_as.clicked.connect(lambda: window.actions["save_as"].trigger())
    row.addWidget(save_as)
    strip.hide()
    window.read_only_bar, window.read_only_save_as, window.read_only_strip = bar, save_as, strip
    return strip


def show_bar(window: Any) -> None:
    """Say over the map, in the UI language, why the plan shown is read-only (hide the bar otherwise).

    The plan shown is the open document, or a register version drawn while its working copy is
    prepared (it is said from the first draw, not only once the copy is ready).
    """
    doc = window.document
    if doc is not None:
        said = doc.read_only.bar if doc.read_only is not None else None
    else:
        opening = getattr(window, "register_opening", None)
        right = opening.view.right if opening is not None else None
        said = right.bar if right is not None and not right.editable else None
    bar = window.read_only_bar
    bar.setText(said.say(current_language()) if said is not None else "")
    bar.setVisible(said is not None)
    save_as = window.read_only_save_as
    save_as.setText(translate("ReadOnlyBar", "Save as…"))
    save_as.setToolTip(translate("ReadOnlyBar", "Save a copy of the plan as a file of your own, then work on the "
                                 "copy."))
    save_as.setVisible(doc is not None)  # nothing to save while a register version is still being prepared
    window.read_only_strip.setVisible(said is not None)


def refused(window: Any) -> bool:
    """True (and the reason said in the status bar) when the open plan is read-only: the caller edits nothing."""
    doc = window.document
    if doc is None or doc.read_only is None:
        return False
    window.message(doc.read_only.refusal.say(current_language()))
    return True


def hold_saved_copy(window: Any) -> None:
    """After *Save as…* of a read-only plan: open the copy just written in its place, editable, the map unmoved.

    Opened as File ▸ Open opens a plan file (a working copy of its own, no tie to the register),
    so what the planner edits is exactly the file they chose.  Should the copy not open, the error
    is said and the read-only plan stays; the copy is on disk all the same.
    """
    saved = window.document.path
    centre, scale = window.canvas.center(), window.canvas.scale()
    if window.open_plan(saved) is None:
        return
    # centre and scale, not the extent: the map grows by the bar's height as the bar goes
    window.canvas.setCenter(centre)
    window.canvas.zoomScale(scale)
    window.canvas.refresh()
    window.message(translate("ReadOnlyBar", "Saved {path}; the copy is open for you to change.", path=str(saved)))
