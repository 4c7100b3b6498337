"""The desktop's File ▸ Open from register… / Save to register and the in-force layer, on a real register."""

from __future__ import annotations

import json
import sys
from datetime import date

from city import DETAILED_1, dataset
from conftest_paths import ROOT
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QTableWidget

from register.provider import RegisterProvider
from register.sync import base_of, push_changes

sys.path.insert(0, str(ROOT / "tests" / "app"))
from editor_helpers import *  # noqa: E402,F403 - fixtures (make_window, window)
from editor_helpers import wait_rendered  # noqa: E402

SHOPS = "http://inspire.ec.europa.eu/codelist/HILUCSValue/3_1_CommercialServices"
INDUSTRY = "http://inspire.ec.europa.eu/codelist/HILUCSValue/2_SecondaryProduction"


def _zone(layer, local_id):
    return next(f for f in layer.getFeatures() if f["inspire_local_id"] == local_id)


def test_open_edit_and_save_to_register_with_a_conflict(window, published_plan, qtbot):
    from app.editing import change_attributes
    from app.register_actions import open_from_register, save_to_register

    doc = open_from_register(window, published_plan, DETAILED_1.local_id).wait()
    assert doc is not None and doc.register_origin["base"].version_no == 1
    assert doc.path is None and doc.source is None  # written as the working copy: no export file, no copy
    assert doc.register_origin["base"].pristine == doc.working
    zoning = window.layers.zoning
    assert zoning.featureCount() == 4
    # another planner saves d1-b first (through the same interface the desktop uses)
    with RegisterProvider(published_plan) as other:
        data, base = base_of(other, DETAILED_1.local_id)
        next(z for z in data.zoning_elements if z.inspire_id.local_id == "d1-b").hilucs_land_use = [INDUSTRY]
        assert push_changes(other, base, data).saved == ["d1-b"]
    # the desktop user changes d1-b too, and d1-d, then saves
    for local_id in ("d1-b", "d1-d"):
        f = _zone(zoning, local_id)
        change_attributes(doc, zoning, f.id(), {"hilucs_land_use": json.dumps([SHOPS])}, "use")
    result = save_to_register(window)
    assert result.saved == ["d1-d"] and len(result.conflicts) == 1
    dialog = window.register_conflict_dialog
    qtbot.waitExposed(dialog)
    table = dialog.findChild(QTableWidget, "conflict_table")
    cells = {table.item(r, 0).data(Qt.ItemDataRole.UserRole): (table.item(r, 1).toolTip(), table.item(r, 2).toolTip())
             for r in range(table.rowCount())}
    assert SHOPS in cells["hilucs_land_use"][0] and INDUSTRY in cells["hilucs_land_use"][1]
    out = ROOT / "test-output"
    out.mkdir(exist_ok=True)
    dialog.grab().save(str(out / "register-conflict.png"))
    # nothing lost: the other planner's change is in the draft, ours in the conflict record
    with RegisterProvider(published_plan) as reg:
        draft = reg.dataset(DETAILED_1.local_id)
        uses = {z.inspire_id.local_id: z.hilucs_land_use for z in draft.zoning_elements}
        assert uses["d1-b"] == [INDUSTRY] and uses["d1-d"] == [SHOPS]
        assert reg.version(DETAILED_1.local_id).version_no == 2
        assert json.loads(reg.conflicts()[0]["mine"]["attributes"]["hilucs_land_use"]) == [SHOPS]
    # having seen the conflict, saving again keeps ours
    again = save_to_register(window)
    assert again.saved == ["d1-b"] and not again.conflicts


def test_the_plan_in_force_is_a_context_layer(window, published_plan):
    from app.register_actions import add_in_force_layer, open_from_register

    open_from_register(window, published_plan, DETAILED_1.local_id).wait()
    layer = add_in_force_layer(window, published_plan, date(2021, 1, 1))
    assert layer is not None and layer.isValid() and layer.featureCount() == 4 and layer.readOnly()
    assert layer.id() in window.project.mapLayers()
    assert add_in_force_layer(window, published_plan, date(2019, 1, 1)) is None


def test_the_differences_between_versions_are_a_layer(window, published_plan, qtbot):
    from city import X0, Y0
    from qgis.core import QgsPointXY
    from shapely.geometry import MultiPolygon, box

    from app.register_actions import add_diff_layer, open_from_register

    grown = box(X0 + 200, Y0 + 100, X0 + 400, Y0 + 400)  # d1-d grows over the northern half of d1-b
    with RegisterProvider(published_plan) as other:
        data, base = base_of(other, DETAILED_1.local_id)
        zones = {z.inspire_id.local_id: z for z in data.zoning_elements}
        zones["d1-a"].hilucs_land_use = [SHOPS]  # d1-b stays as it was
        zones["d1-d"].geometry = MultiPolygon([grown])
        data.zoning_elements.remove(zones["d1-c"])
        push_changes(other, base, data)
    open_from_register(window, published_plan, DETAILED_1.local_id).wait()
    layer = add_diff_layer(window, published_plan, "pup-south@1", "pup-south@2")
    rows = sorted((f["local_id"], f["change"], f["attributes"], f["area_changed"]) for f in layer.getFeatures())
    grown_by = grown.symmetric_difference(DETAILED_1.zones[3].shape()).area
    assert rows == [("d1-a", "changed", "hilucs_land_use", 0.0), ("d1-c", "removed", "", 200 * 200.0),
                    ("d1-d", "changed", "geometry", grown_by), ("d1-d", "was", "geometry", grown_by)]
    assert {c.value() for c in layer.renderer().categories()} == {"added", "removed", "changed", "was"}
    assert {c.label() for c in layer.renderer().categories()} == {"added", "removed", "changed", "before the change"}
    # the change is drawn over the plan: the grown part is the plan's own colour under translucent orange
    assert window.project.layerTreeRoot().layerOrder()[0] == layer
    inside = grown.difference(DETAILED_1.zones[3].shape()).representative_point()
    window.canvas.setExtent(layer.extent().buffered(50))

    def colour_at(x, y):
        wait_rendered(qtbot, window.canvas)
        at = window.canvas.getCoordinateTransform().transform(QgsPointXY(x, y))
        return window.canvas.grab().toImage().pixelColor(int(at.x()), int(at.y())).getRgb()[:3]

    shown = colour_at(inside.x, inside.y)
    window.canvas.grab().save(str(ROOT / "test-output" / "register-diff-layer.png"))
    window.project.layerTreeRoot().findLayer(layer.id()).setItemVisibilityChecked(False)
    under = colour_at(inside.x, inside.y)
    alpha = 150 / 255
    expected = [alpha * o + (1 - alpha) * u for o, u in zip((240, 160, 32), under, strict=True)]
    assert all(abs(a - b) <= 12 for a, b in zip(shown, expected, strict=True)), (shown, under, expected)
    # a removed zone's hatching and an old outline go over the fills
    passes = {c.value(): c.symbol().symbolLayer(0).renderingPass() for c in layer.renderer().categories()}
    assert layer.renderer().usingSymbolLevels()
    assert passes["changed"] < passes["added"] < passes["removed"] < passes["was"]


def test_the_open_dialog_lists_the_plans(window, published_plan, qtbot):
    from app.register_actions import OpenFromRegisterDialog

    dialog = OpenFromRegisterDialog(window)
    dialog.db.setText(published_plan)
    dialog.refresh()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.plans.rowCount() == 1 and dialog.plans.item(0, 1).text() == "pup-south"
    assert dialog.plans.item(0, 3).text() == "Legal force" and dialog.plans.item(0, 2).text() == "1"
    dialog.plans.selectRow(0)
    assert dialog.chosen() == "BG.CITY.TEST:pup-south@1"
    dialog.grab().save(str(ROOT / "test-output" / "register-open.png"))
    dialog.db.setText("host=/nonexistent dbname=x")
    dialog.refresh()
    assert dialog.plans.rowCount() == 0 and "cannot connect" in dialog.error.text()
    dialog.close()


def test_the_file_menu_has_the_register_entries(window):
    texts = [a.text() for a in window.menus["file"].actions()]
    assert "Open from register…" in texts and "Save to register" in texts


def test_an_unreachable_register_is_a_message_not_a_traceback(window, monkeypatch):
    from app.register_actions import open_from_register

    shown = []
    monkeypatch.setattr(window, "show_error", lambda title, text: shown.append((title, text)))
    assert open_from_register(window, "host=/nonexistent dbname=x", "pup-south") is None
    assert shown and shown[0][0] == "Open from register" and "cannot connect" in shown[0][1]
    assert window.document is None


def test_after_a_conflict_each_feature_keeps_mine_or_takes_theirs(window, published_plan, qtbot):
    from city import X0, Y0
    from qgis.PyQt.QtWidgets import QLabel, QPushButton
    from shapely import wkt as shapely_wkt
    from shapely.geometry import MultiPolygon, box

    from app.editing import change_attributes
    from app.register_actions import open_from_register, save_to_register

    doc = open_from_register(window, published_plan, DETAILED_1.local_id).wait()
    zoning = window.layers.zoning
    moved = box(X0 + 200, Y0, X0 + 350, Y0 + 200)  # another planner narrows d1-b and changes d1-b's and d1-c's use
    with RegisterProvider(published_plan) as other:
        data, base = base_of(other, DETAILED_1.local_id)
        zones = {z.inspire_id.local_id: z for z in data.zoning_elements}
        zones["d1-b"].hilucs_land_use = [INDUSTRY]
        zones["d1-b"].geometry = MultiPolygon([moved])
        zones["d1-c"].hilucs_land_use = [INDUSTRY]
        assert sorted(push_changes(other, base, data).saved) == ["d1-b", "d1-c"]
    for local_id in ("d1-b", "d1-c"):
        change_attributes(doc, zoning, _zone(zoning, local_id).id(), {"hilucs_land_use": json.dumps([SHOPS])}, "use")
    result = save_to_register(window)
    assert len(result.conflicts) == 2
    dialog = window.register_conflict_dialog
    qtbot.waitExposed(dialog)
    order = [c.theirs["attributes"]["inspire_local_id"] for c in result.conflicts]
    b, c = order.index("d1-b"), order.index("d1-c")
    qtbot.mouseClick(dialog.findChild(QPushButton, f"take_theirs_{b}"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.findChild(QPushButton, f"keep_mine_{c}"), Qt.MouseButton.LeftButton)
    assert dialog.choices == {b: "theirs", c: "mine"}
    assert not dialog.findChild(QPushButton, f"take_theirs_{b}").isEnabled()
    assert dialog.findChild(QLabel, f"conflict_choice_{b}").text() == "theirs is taken"
    dialog.grab().save(str(ROOT / "test-output" / "register-conflict-choices.png"))
    # theirs is in the plan now, attributes and geometry; Undo brings mine back, Redo theirs again
    taken = _zone(zoning, "d1-b")
    assert json.loads(taken["hilucs_land_use"]) == [INDUSTRY]
    assert shapely_wkt.loads(taken.geometry().asWkt()).equals(moved)
    doc.undo_stack.undo()
    assert json.loads(_zone(zoning, "d1-b")["hilucs_land_use"]) == [SHOPS]
    doc.undo_stack.redo()
    assert json.loads(_zone(zoning, "d1-b")["hilucs_land_use"]) == [INDUSTRY]
    # the next save sends mine for d1-c only; theirs stays for d1-b
    again = save_to_register(window)
    assert again.saved == ["d1-c"] and not again.conflicts
    with RegisterProvider(published_plan) as reg:
        uses = {z.inspire_id.local_id: (z.hilucs_land_use, z.geometry) for z in reg.dataset(DETAILED_1.local_id)
                .zoning_elements}
    assert uses["d1-b"][0] == [INDUSTRY] and uses["d1-b"][1].equals(MultiPolygon([moved]))
    assert uses["d1-c"][0] == [SHOPS]


def test_taking_theirs_brings_back_a_feature_i_deleted(window, published_plan, qtbot):
    from app.register_actions import open_from_register, save_to_register, take_theirs

    doc = open_from_register(window, published_plan, DETAILED_1.local_id).wait()
    zoning = window.layers.zoning
    with RegisterProvider(published_plan) as other:
        data, base = base_of(other, DETAILED_1.local_id)
        next(z for z in data.zoning_elements if z.inspire_id.local_id == "d1-a").hilucs_land_use = [INDUSTRY]
        push_changes(other, base, data)
    zoning.startEditing()
    zoning.deleteFeature(_zone(zoning, "d1-a").id())
    result = save_to_register(window)
    assert len(result.conflicts) == 1 and result.conflicts[0].mine["attributes"]["deleted"]
    assert take_theirs(window, result.conflicts[0])
    assert json.loads(_zone(zoning, "d1-a")["hilucs_land_use"]) == [INDUSTRY]
    again = save_to_register(window)  # (the plan's member list now names d1-a last: the plan itself may save)
    assert "d1-a" not in again.saved and not again.deleted and not again.conflicts and doc is window.document
    with RegisterProvider(published_plan) as reg:
        kept = {z.inspire_id.local_id: z.hilucs_land_use for z in reg.dataset(DETAILED_1.local_id).zoning_elements}
    assert kept["d1-a"] == [INDUSTRY] and len(kept) == 4


def test_the_open_dialog_tells_apart_plans_that_share_a_local_id(window, fresh_db, qtbot):
    from app.register_actions import OpenFromRegisterDialog
    from plu_model.values import Identifier

    with RegisterProvider(fresh_db) as reg:
        reg.ensure_authority("city_a")
        reg.ensure_authority("village_b")
        reg.add(dataset(DETAILED_1), "city_a")
        other = dataset(DETAILED_1)
        other.plan.inspire_id = Identifier(DETAILED_1.local_id, "BG.VILLAGE.TEST")
        reg.add(other, "village_b")
    dialog = OpenFromRegisterDialog(window)
    dialog.db.setText(fresh_db)
    dialog.refresh()
    shown = sorted(dialog.plans.item(i, 1).text() for i in range(dialog.plans.rowCount()))
    assert shown == ["BG.CITY.TEST:pup-south", "BG.VILLAGE.TEST:pup-south"]
    dialog.plans.selectRow(1)
    assert dialog.chosen() in [f"{plan}@1" for plan in shown]
    dialog.close()


def test_taking_theirs_after_the_plan_was_closed_is_refused_quietly(window, published_plan, monkeypatch):
    from app.register_actions import open_from_register, save_to_register, take_theirs

    open_from_register(window, published_plan, DETAILED_1.local_id).wait()
    with RegisterProvider(published_plan) as other:
        data, base = base_of(other, DETAILED_1.local_id)
        next(z for z in data.zoning_elements if z.inspire_id.local_id == "d1-a").hilucs_land_use = [INDUSTRY]
        push_changes(other, base, data)
    zoning = window.layers.zoning
    from app.editing import change_attributes

    change_attributes(window.document, zoning, _zone(zoning, "d1-a").id(), {"hilucs_land_use": json.dumps([SHOPS])},
                      "use")
    conflict = save_to_register(window).conflicts[0]
    monkeypatch.setattr(window, "confirm_discard", lambda: True)
    window.close_plan()
    assert window.document is None
    assert take_theirs(window, conflict) is False
