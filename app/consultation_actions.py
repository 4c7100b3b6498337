"""The Consultation menu: import this module at start-up to add its entries to the main window.

Registers, in :data:`app.menu_registry.MENUS` ``"consultation"``: packaging the
plan for public consultation (the wizard), importing comments, the comments
panel, and the summary of comments and answers.
"""

from __future__ import annotations

from typing import Any

from app.comments_panel import comments_panel_for
from app.consultation_wizard import open_consultation_wizard
from app.menu_registry import register_action

__all__: list[str] = []


def _import(window: Any) -> None:
    comments_panel_for(window).import_dialog()


def _summary(window: Any) -> None:
    comments_panel_for(window).summary_dialog()


register_action("consultation", "consultation.package", "Package for consultation…", "Пакет за обществено обсъждане…",
                open_consultation_wizard, order=10)
register_action("consultation", "consultation.import", "Import comments…", "Внасяне на становища…", _import, order=20)
register_action("consultation", "consultation.comments", "Comments and answers", "Становища и отговори",
                comments_panel_for, order=30)
register_action("consultation", "consultation.summary", "Summary of comments…", "Справка за становищата…",
                _summary, order=40)
