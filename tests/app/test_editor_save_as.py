"""File ▸ Save As… of an ordinary plan: the same plan goes on under the new file, its undo history kept.

A read-only register plan's Save As opens the copy in its place (tests/register/test_desktop_read_only.py);
a plan one may edit must not be reopened: that would throw away its undo history and the map's layers.
"""

from __future__ import annotations

import json

import pytest
from editor_helpers import *  # noqa: F403 - fixtures

pytestmark = pytest.mark.gui

HILUCS = "http://inspire.ec.europa.eu/codelist/HILUCSValue/"
PRIMARY = HILUCS + "1_PrimaryProduction"


def _land_use_in(path, gml_id: str) -> list[str]:
    from plu_model.geopackage import PlanFile

    with PlanFile(path) as pf:
        return next(list(z.hilucs_land_use) for z in pf.iter_class("ZoningElement") if z.gml_id == gml_id)


def _answer_save(monkeypatch, answer: str) -> None:
    from app import file_dialogs

    monkeypatch.setattr(file_dialogs, "save_file", lambda *_a: answer)


def test_save_as_of_an_ordinary_plan_keeps_the_plan_and_its_history(window, sample_gpkg, tmp_path, monkeypatch):
    from app import editing

    doc = window.open_plan(sample_gpkg)
    title = doc.title
    assert window.windowTitle() == f"{title} — sample.gpkg — PLU Studio"
    zoning = window.layers.zoning
    zone = next(zoning.getFeatures())
    gml_id, was = zone["gml_id"], _land_use_in(sample_gpkg, zone["gml_id"])
    assert was != [PRIMARY]
    editing.change_attributes(doc, zoning, zone.id(), {"hilucs_land_use": json.dumps([PRIMARY])}, "use")
    _answer_save(monkeypatch, "")  # Cancel: nothing changes
    assert not window.save_as()
    assert window.document is doc and doc.is_modified and doc.path == sample_gpkg.resolve()
    assert window.windowTitle() == f"*{title} — sample.gpkg — PLU Studio"
    copy = tmp_path / "other.gpkg"
    _answer_save(monkeypatch, str(copy))
    assert window.save_as()
    assert window.document is doc and not doc.is_modified and doc.path == copy.resolve()
    assert doc.history.stack.count() == 1 and window.actions["undo"].isEnabled()  # the history stays
    assert window.windowTitle() == f"{title} — other.gpkg — PLU Studio"
    assert window.statusBar().currentMessage() == f"Saved {copy.resolve()}"
    assert _land_use_in(copy, gml_id) == [PRIMARY] and _land_use_in(sample_gpkg, gml_id) == was
    window.actions["undo"].trigger()  # undo still works on the plan under its new name
    assert doc.is_modified and zoning.getFeature(zone.id())["hilucs_land_use"] == zone["hilucs_land_use"]
