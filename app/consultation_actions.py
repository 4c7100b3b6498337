"""The Consultation menu: import this module at start-up to add its entries to the main window.

Registers, in :data:`app.menu_registry.MENUS` ``"consultation"``: packaging the
plan for public consultation (the wizard), importing comments, the comments
panel, the summary of comments and answers, and the forms for objections
received on paper and for the minutes of public meetings.
"""

from __future__ import annotations

from typing import Any

from app.comments_panel import comments_panel_for
from app.consultation_wizard import open_consultation_wizard
from app.menu_registry import register_action
from plu_model.i18n import Text

__all__: list[str] = []


def _import(window: Any) -> None:
    comments_panel_for(window).import_dialog()


def _summary(window: Any) -> None:
    comments_panel_for(window).summary_dialog()


def _paper(window: Any) -> None:
    comments_panel_for(window).paper_dialog()


def _minutes(window: Any) -> None:
    comments_panel_for(window).minutes_dialog()


register_action("consultation", "consultation.package", Text("app.consultation_actions", "Package for consultation…"),
                open_consultation_wizard, order=10)
register_action("consultation", "consultation.import", Text("app.consultation_actions", "Import comments…"), _import, order=20)
register_action("consultation", "consultation.comments", Text("app.consultation_actions", "Comments and answers"),
                comments_panel_for, order=30)
register_action("consultation", "consultation.summary", Text("app.consultation_actions", "Summary of comments…"),
                _summary, order=40)
register_action("consultation", "consultation.paper", Text("app.consultation_actions", "Objection received on paper…"),
                _paper, order=50)
register_action("consultation", "consultation.minutes", Text("app.consultation_actions", "Minutes of a public meeting…"),
                _minutes, order=60)
