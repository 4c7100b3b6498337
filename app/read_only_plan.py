"""How the window shows a plan open read-only: one bar over the map, no editing action to press.

Whether a plan is read-only is decided elsewhere (for a register plan by :mod:`register.edit_rights`)
and given to the document (:meth:`app.document.PlanDocument.make_read_only`), whose history then
refuses every edit. Here the window only says so and disables what would edit: the map's drawing
and editing tools, delete, merge, undo/redo, repairs and Save to register. Viewing, selecting,
the forms (read-only), validation, export, comparing and printing stay.
"""

from __future__ import annotations

from typing import Any

from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.i18n import current_language

__all__ = ["EDITING_ACTIONS", "EDITING_TOOLS", "map_with_bar", "refused", "show_bar"]

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
    bar = QLabel(centre)
    bar.setObjectName("read_only_bar")
    bar.setWordWrap(True)
    bar.setStyleSheet("QLabel { background: #fff3cd; color: #5c4400; border-bottom: 1px solid #e0c36a; "
                      "padding: 6px 10px; font-weight: bold; }")
    bar.hide()
    layout.addWidget(bar)
    layout.addWidget(canvas, 1)
    window.read_only_bar = bar
    return centre


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


def refused(window: Any) -> bool:
    """True (and the reason said in the status bar) when the open plan is read-only: the caller edits nothing."""
    doc = window.document
    if doc is None or doc.read_only is None:
        return False
    window.message(doc.read_only.refusal.say(current_language()))
    return True
