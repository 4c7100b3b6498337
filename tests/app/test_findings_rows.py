"""Long findings are read in full in the table: the rows on screen grow to their wrapped message."""

from __future__ import annotations

import pytest
from clipped_text import clipped_widgets
from editor_helpers import *  # noqa: F403 - fixtures and helpers

pytestmark = pytest.mark.gui

LONG = ("XML схема: елементът plu:beginLifespanVersion не се очаква тук; на това място се очаква един от: "
        "plu:validFrom, plu:validTo, plu:hilucsLandUse (зона {n})")


def _panel(qtbot, count: int):
    from app.validation_panel import ValidationPanel
    from plu_model.findings import Finding, Severity
    from plu_model.i18n import Text

    panel = ValidationPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 420)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_findings([Finding("XSD", Severity.ERROR, Text("tests", LONG.format(n=n)), gml_id=f"ZE.{n}")
                         for n in range(count)])
    qtbot.wait(30)
    return panel


def test_rows_on_screen_show_their_whole_message_also_after_scrolling(qapp, qtbot):
    panel = _panel(qtbot, 60)
    table = panel.table
    default = table.verticalHeader().defaultSectionSize()
    assert table.rowHeight(0) > default  # wrapped onto more lines
    assert [p for p in clipped_widgets(panel) if "findings" in p] == []
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    qtbot.wait(30)
    last_shown = table.rowAt(table.viewport().height() - 1)
    shown = last_shown if last_shown >= 0 else table.model().rowCount() - 1
    assert table.rowHeight(shown) > default
    assert [p for p in clipped_widgets(panel) if "findings" in p] == []


def test_only_the_rows_on_screen_are_measured(qapp, qtbot):
    panel = _panel(qtbot, 2000)
    table = panel.table
    default = table.verticalHeader().defaultSectionSize()
    assert table.rowHeight(0) > default
    assert table.rowHeight(1999) == default  # far below: measured when scrolled to, not before
