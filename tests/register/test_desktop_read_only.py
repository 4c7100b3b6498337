"""A register plan the planner may not change opens read-only in the whole window, and says so once.

A plan of another authority, and an earlier version of one's own plan: the map's editing tools,
delete, merge, undo, repairs and Save to register are disabled, the forms show without OK, every
edit through the editing functions is refused in both languages, and nothing reaches the
register. Viewing, validation, export and comparing still work. One's own latest plan stays
editable (so these checks can fail). The Bulgarian window is saved in ``test-output/``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from city import CITY, DETAILED_1, DETAILED_2, dataset
from conftest_paths import ROOT
from qgis.core import QgsGeometry, QgsPointXY
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDialogButtonBox, QMessageBox

from plu_model.errors import ReadOnlyPlan
from register.provider import RegisterProvider
from register.sync import base_of, push_changes

sys.path.insert(0, str(ROOT / "tests" / "app"))
from editor_helpers import *  # noqa: E402,F403 - fixtures (make_window, window)

HILUCS = "http://inspire.ec.europa.eu/codelist/HILUCSValue/"
OUT = ROOT / "test-output"
OTHER = "Община Другоселище"
#: what changes the plan, named here (not read from the code under test)
EDITING = ["undo", "redo", "tool_add_zone", "tool_add_area", "tool_add_line", "tool_add_point", "tool_vertex",
           "tool_split", "tool_reshape", "tool_boundary", "merge", "delete"]
#: what only looks at it, exports or compares
VIEWING = ["tool_pan", "tool_select", "attributes", "properties", "validate", "export", "save_as", "zoom_plan"]
#: the read-only bar, said in English and (from the catalogue's translator, written out here) in Bulgarian
BAR_EN = f"Plan of {OTHER}: read-only — you may view, validate, export, compare"
BAR_BG = f"План на {OTHER}: само за четене — можете да го разглеждате, проверявате, експортирате и сравнявате"
REFUSAL_EN = (f"“{DETAILED_2.title}” is a plan of {OTHER} and is open read-only: you may view, validate, export and "
              "compare it, not change it.")
REFUSAL_BG = (f"„{DETAILED_2.title}“ е план на {OTHER} и е отворен само за четене: можете да го разглеждате, "
              "проверявате, експортирате и сравнявате, но не и да го променяте.")


@pytest.fixture
def two_authorities(fresh_db, cluster):
    """The test city in force, pup-north held by another authority; ``ana`` plans for the city: (owner, ana) DSNs."""
    with RegisterProvider(fresh_db) as reg:
        reg.ensure_authority("testgrad", "Община Тест")
        reg.ensure_authority("other", OTHER)
        for plan in CITY:
            info = reg.add(dataset(plan), "other" if plan is DETAILED_2 else "testgrad", list(plan.amends))
            reg.set_status(info.ref, "adoption")
            reg.set_status(info.ref, "legalForce", plan.valid_from)
        reg.grant("ana", "planner", "testgrad")
    database = fresh_db.rsplit("dbname=", 1)[1].split()[0]
    return fresh_db, cluster.dsn(user="ana", database=database)


def _stored(owner: str, plan: str) -> tuple[list[int], dict[str, object]]:
    """The plan's version numbers and its latest version's zones (localId → land use), as the register holds them."""
    with RegisterProvider(owner) as reg:
        versions = [v.version_no for v in reg.versions(plan)]
        zones = {z.inspire_id.local_id: z.hilucs_land_use for z in reg.dataset(plan).zoning_elements}
    return versions, zones


def _registry_action(window, key):
    return window.registry_actions[key]


def _no_input(form) -> None:
    """Nothing in the form's fields takes a value: no check to toggle, no text to type, no choice to make."""
    from qgis.PyQt.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTreeWidget,
        QTreeWidgetItemIterator,
    )

    assert form.fields
    for field in form.fields.values():
        for child in field.findChildren(QAbstractButton) + field.findChildren(QComboBox) + \
                field.findChildren(QAbstractSpinBox):
            assert not child.isEnabled(), (field.objectName(), child)
        for child in field.findChildren(QLineEdit) + field.findChildren(QPlainTextEdit):
            assert child.isReadOnly() or child.objectName() == "code_filter", (field.objectName(), child)
        for tree in field.findChildren(QTreeWidget):
            found = QTreeWidgetItemIterator(tree)
            while found.value() is not None:
                assert not found.value().flags() & Qt.ItemFlag.ItemIsUserCheckable
                found += 1


def _checked(tree) -> list:
    from qgis.PyQt.QtWidgets import QTreeWidgetItemIterator

    out, found = [], QTreeWidgetItemIterator(tree)
    while found.value() is not None:
        if found.value().checkState(0) == Qt.CheckState.Checked:
            out.append(found.value())
        found += 1
    return out


def _refused(call) -> ReadOnlyPlan:
    with pytest.raises(ReadOnlyPlan) as caught:
        call()
    return caught.value


def test_a_plan_of_another_authority_is_read_only_everywhere_and_nothing_reaches_the_register(
        window, two_authorities, qtbot, tmp_path):
    from app import editing
    from app.register_actions import open_from_register, save_to_register

    owner, ana = two_authorities
    before = _stored(owner, DETAILED_2.local_id)
    opening = open_from_register(window, ana, DETAILED_2.local_id)
    assert window.document is None and window.read_only_bar.text() == BAR_EN  # said from the first draw
    doc = opening.wait()
    assert doc is not None
    # said once over the map, marked in the title and where "Saved" stands
    assert not window.read_only_bar.isHidden() and window.read_only_bar.text() == BAR_EN
    assert window.windowTitle() == f"{DETAILED_2.title} (read-only) — PLU Studio"
    assert window.modified_label.text() == "Read-only" and window.modified_label.toolTip() == BAR_EN
    assert window.statusBar().currentMessage() == "Opened BG.CITY.TEST:pup-north@1 from the register"
    # every editing action disabled, viewing ones not
    assert [k for k in EDITING if window.actions[k].isEnabled()] == []
    assert not _registry_action(window, "register.save").isEnabled()
    assert [k for k in VIEWING if not window.actions[k].isEnabled()] == []
    assert _registry_action(window, "register.compare").isEnabled()
    assert window.validation_panel.run_button.isEnabled()
    # the layers themselves cannot be put into editing
    layers = doc.editable_layers()
    assert layers and not any(layer.isEditable() for layer in layers)
    assert not any(layer.startEditing() for layer in layers)
    # a map tool that draws is not taken; the status bar says why
    window.set_tool("add_zone")
    assert window.canvas.mapTool() is window.tools["pan"]
    assert window.statusBar().currentMessage() == REFUSAL_EN
    # every edit through the editing functions is refused, in both languages, before anything changes
    zoning = window.layers.zoning
    zone = next(zoning.getFeatures())
    refusal = _refused(lambda: editing.change_attributes(
        doc, zoning, zone.id(), {"hilucs_land_use": json.dumps([HILUCS + "1_PrimaryProduction"])}, "use"))
    assert refusal.message("en") == REFUSAL_EN and refusal.message("bg") == REFUSAL_BG
    _refused(lambda: editing.add_feature(doc, zoning, QgsGeometry.fromWkt(
        "POLYGON((600 600, 650 600, 650 650, 600 600))"), {}))
    zoning.selectByIds([zone.id()])
    _refused(lambda: editing.delete_selected(doc))
    window.delete_selected()  # the window's Delete says why instead
    assert window.statusBar().currentMessage() == REFUSAL_EN
    _refused(lambda: editing.apply_plan_properties(doc, {"official_title": "changed"}, []))
    assert window.repair(None) is None and window.statusBar().currentMessage() == REFUSAL_EN
    assert doc.history.stack.count() == 0 and not doc.is_modified
    assert zoning.getFeature(zone.id())["hilucs_land_use"] == zone["hilucs_land_use"]
    assert zoning.featureCount() == len(DETAILED_2.zones)
    # the forms show the values, change nothing, and offer Close only
    form = window.open_feature_form(zoning, zone.id())
    assert form.buttons.standardButtons() == QDialogButtonBox.StandardButton.Close and form.changes() == {}
    assert form.windowTitle() == "Zoning element attributes (read-only)"
    _no_input(form)
    hilucs = form.fields["hilucs_land_use"].editor.tree  # readable: the value checked, its branch open
    checked = _checked(hilucs)
    assert hilucs.isEnabled() and [i.data(0, Qt.ItemDataRole.UserRole) for i in checked] == list(
        zone["hilucs_land_use"])
    assert all(i.parent() is not None and i.parent().isExpanded() for i in checked)  # 5_2 sits under 5
    zone_type = form.fields["specific_land_use"].editor  # one choice: shown selected, no other can be selected
    assert zone_type.get() == list(zone["specific_land_use"])
    assert zone_type.tree.selectionMode() == zone_type.tree.SelectionMode.NoSelection
    form.reject()
    properties = window.plan_properties()
    _no_input(properties)
    assert not properties.add_text.isEnabled() and properties.plan_changes() == {} and properties.document_ops() == []
    properties.reject()
    # Save to register is refused with the same words, before any snapshot or connection
    assert save_to_register(window) is None
    box = [b for b in window.findChildren(QMessageBox, "error_box") if b.isVisible()][-1]
    assert box.text() == REFUSAL_EN
    box.close()
    # viewing, validation and export work
    from app.tasks import wait_for

    task = window.validate()
    assert task is not None
    wait_for(task)
    qtbot.waitUntil(lambda: window.validation_task is None, timeout=60000)
    assert window.findings_label.text() != "Not validated"
    exported = window.export_plan("inspire-gml", 7801, tmp_path / "north.gml")
    wait_for(exported)
    assert Path(tmp_path / "north.gml").stat().st_size > 0
    assert doc.history.stack.count() == 0
    assert _stored(owner, DETAILED_2.local_id) == before == ([1], {z.local_id: [HILUCS + z.hilucs]
                                                                  for z in DETAILED_2.zones})


def test_ones_own_plan_stays_editable_and_saves(window, two_authorities):
    from app import editing
    from app.register_actions import open_from_register, save_to_register

    owner, ana = two_authorities
    doc = open_from_register(window, ana, DETAILED_1.local_id).wait()
    assert doc.read_only is None and window.read_only_bar.isHidden()
    assert window.windowTitle() == f"{DETAILED_1.title} — PLU Studio" and window.modified_label.text() == "Saved"
    # the latest version is in force: its save makes the next version, and the planner is told so
    assert window.statusBar().currentMessage() == (
        "Opened BG.CITY.TEST:pup-south@1 from the register; version 1 is published; Save to register makes "
        "version 2, a draft")
    assert all(window.actions[k].isEnabled() for k in EDITING if k not in ("undo", "redo"))
    assert _registry_action(window, "register.save").isEnabled()
    assert all(layer.isEditable() for layer in doc.editable_layers())
    zoning = window.layers.zoning
    zone = next(f for f in zoning.getFeatures() if f["inspire_local_id"] == "d1-a")
    editing.change_attributes(doc, zoning, zone.id(),
                              {"hilucs_land_use": json.dumps([HILUCS + "1_PrimaryProduction"])}, "use")
    assert doc.history.stack.count() == 1 and window.actions["undo"].isEnabled()
    form = window.open_feature_form(zoning, zone.id())
    assert all(field.isEnabled() for field in form.fields.values())
    form.reject()
    assert save_to_register(window).saved == ["d1-a"]
    versions, zones = _stored(owner, DETAILED_1.local_id)
    assert versions == [1, 2] and zones["d1-a"] == [HILUCS + "1_PrimaryProduction"]


def test_an_earlier_version_opens_read_only_and_the_latest_editable(window, two_authorities):
    from app import editing
    from app.register_actions import open_from_register

    owner, ana = two_authorities
    with RegisterProvider(owner) as reg:  # version 2 of pup-south, a draft
        data, base = base_of(reg, DETAILED_1.local_id)
        data.zoning_elements[0].hilucs_land_use = [HILUCS + "2_SecondaryProduction"]
        push_changes(reg, base, data)
    from register.plan_list import plan_rows

    with RegisterProvider(ana) as reg:  # the open dialog greys the same versions, for the same reason
        rows = {row.full_ref: row for row in plan_rows(reg, "en", every_version=True)}
    assert [ref for ref, row in sorted(rows.items()) if not row.editable] == [
        "BG.CITY.TEST:pup-north@1", "BG.CITY.TEST:pup-south@1"]
    assert rows["BG.CITY.TEST:pup-south@1"].read_only_why.say("en").startswith("Version 1 is an earlier version")
    doc = open_from_register(window, ana, "pup-south@1").wait()
    assert window.read_only_bar.text() == ("Version 1 is an earlier version (the latest is 2): read-only — you may "
                                           "view, validate, export, compare")
    assert not window.actions["tool_add_zone"].isEnabled()
    refusal = _refused(lambda: editing.delete_selected(doc))
    assert refusal.message("en") == (f"“{DETAILED_1.title}”, version 1, is an earlier version and is open read-only: "
                                     "to change the plan, open its latest version (2).")
    assert "само за четене" in refusal.message("bg")
    doc = open_from_register(window, ana, "pup-south").wait()  # the draft itself: editable, no note
    assert doc.read_only is None and window.read_only_bar.isHidden()
    assert window.statusBar().currentMessage() == "Opened BG.CITY.TEST:pup-south@2 from the register"
    assert window.actions["tool_add_zone"].isEnabled()


def test_the_read_only_window_in_bulgarian(make_window, two_authorities, qtbot):
    from app.register_actions import open_from_register

    _owner, ana = two_authorities
    window = make_window("bg")
    open_from_register(window, ana, DETAILED_2.local_id).wait()
    assert window.read_only_bar.text() == BAR_BG
    assert window.windowTitle() == f"{DETAILED_2.title} (само за четене) — PLU Studio"
    assert window.modified_label.text() == "Само за четене"
    window.set_tool("vertex")
    assert window.statusBar().currentMessage() == REFUSAL_BG
    window.switch_language("en")  # the bar follows View ▸ Language
    assert window.read_only_bar.text() == BAR_EN
    window.switch_language("bg")
    qtbot.wait(200)
    OUT.mkdir(exist_ok=True)
    window.grab().save(str(OUT / "register-read-only-bg.png"))
    zoning = window.layers.zoning
    form = window.open_feature_form(zoning, next(zoning.getFeatures()).id())
    qtbot.waitExposed(form)
    assert form.buttons.buttons()[0].text() == "Затваряне" and form.windowTitle().endswith("(само за четене)")
    form.grab().save(str(OUT / "register-read-only-form-bg.png"))
    form.reject()


def _zones_in(path: Path) -> dict[str, list[str]]:
    """The zones (localId → land use) a plan file holds, read from the file itself."""
    from plu_model.geopackage import PlanFile

    with PlanFile(path) as pf:
        return {z.inspire_id.local_id: list(z.hilucs_land_use) for z in pf.iter_class("ZoningElement")}


def _answer_save(monkeypatch, answer: str) -> list[str]:
    """The save dialog answers ``answer`` ("" is Cancel); the titles it was asked with are returned."""
    from app import file_dialogs

    asked: list[str] = []
    monkeypatch.setattr(file_dialogs, "save_file", lambda _parent, title, *_a: asked.append(title) or answer)
    return asked


def test_the_read_only_bar_offers_save_as_in_both_languages(window, two_authorities):
    from app.register_actions import open_from_register

    _owner, ana = two_authorities
    open_from_register(window, ana, DETAILED_2.local_id).wait()
    button = window.read_only_save_as
    assert button.isVisible() and button.isEnabled() and button.text() == "Save as…"
    assert button.toolTip() == "Save a copy of the plan as a file of your own, then work on the copy."
    window.switch_language("bg")  # the catalogue's words, written out here
    assert button.text() == "Запис като…"
    assert button.toolTip() == "Запис на копие на плана като ваш собствен файл, след което работите върху копието."


def test_a_cancelled_save_as_leaves_the_read_only_plan_as_it_was(window, two_authorities, tmp_path, monkeypatch):
    from app.register_actions import open_from_register

    _owner, ana = two_authorities
    doc = open_from_register(window, ana, DETAILED_2.local_id).wait()
    said = window.statusBar().currentMessage()
    asked = _answer_save(monkeypatch, "")
    window.read_only_save_as.click()
    assert asked == ["Save plan as"]
    assert window.document is doc and doc.read_only is not None and doc.path is None
    assert not window.read_only_strip.isHidden() and window.read_only_bar.text() == BAR_EN
    assert window.windowTitle() == f"{DETAILED_2.title} (read-only) — PLU Studio"
    assert not window.actions["tool_add_zone"].isEnabled()
    assert window.statusBar().currentMessage() == said and list(tmp_path.iterdir()) == []


def test_save_as_of_a_read_only_plan_goes_on_in_the_editable_copy(window, two_authorities, tmp_path, monkeypatch,
                                                                   qtbot):
    from app import editing
    from app.register_actions import open_from_register

    owner, ana = two_authorities
    before = _stored(owner, DETAILED_2.local_id)
    read_only = open_from_register(window, ana, DETAILED_2.local_id).wait()
    qtbot.wait(100)  # the status bar's message laid out: the map's size is settled
    window.canvas.setCenter(QgsPointXY(900, 700))  # where the planner was looking (D2 lies in 600..1000)
    window.canvas.zoomScale(1500)
    centre = window.canvas.center()
    copy = tmp_path / "north-copy.gpkg"
    asked = _answer_save(monkeypatch, str(copy.with_suffix("")))  # the extension added as for any plan
    window.read_only_save_as.click()  # File ▸ Save As… itself: its dialog, the plan written, then the copy held
    assert asked == ["Save plan as"] and copy.is_file()
    doc = window.document
    assert doc is not read_only and doc.read_only is None and doc.path == copy.resolve()
    assert getattr(doc, "register_origin", None) is None  # a plan file now, not tied to the register
    # no bar, the title names the copy, nothing to save, every editing tool on
    assert window.read_only_strip.isHidden()
    assert window.windowTitle() == f"{DETAILED_2.title} — north-copy.gpkg — PLU Studio"
    assert window.modified_label.text() == "Saved"
    assert window.statusBar().currentMessage() == f"Saved {copy.resolve()}; the copy is open for you to change."
    assert [k for k in EDITING if k not in ("undo", "redo") and not window.actions[k].isEnabled()] == []
    assert all(layer.isEditable() for layer in doc.editable_layers())
    # the map where it was, the register's zones in it
    assert window.canvas.center().distance(centre) < 0.01 and window.canvas.scale() == pytest.approx(1500, rel=1e-6)
    assert _zones_in(copy) == before[1]
    assert window.layers.zoning.featureCount() == len(DETAILED_2.zones)
    # an edit is taken and Save writes it to the copy; the register is not touched
    zoning = window.layers.zoning
    zone = next(f for f in zoning.getFeatures() if f["inspire_local_id"] == DETAILED_2.zones[0].local_id)
    editing.change_attributes(doc, zoning, zone.id(),
                              {"hilucs_land_use": json.dumps([HILUCS + "1_PrimaryProduction"])}, "use")
    assert window.windowTitle().startswith("*") and window.actions["undo"].isEnabled()
    assert window.save() and not doc.is_modified
    assert _zones_in(copy)[DETAILED_2.zones[0].local_id] == [HILUCS + "1_PrimaryProduction"]
    assert _stored(owner, DETAILED_2.local_id) == before


def test_save_as_of_a_read_only_plan_in_bulgarian(make_window, two_authorities, tmp_path, monkeypatch, qtbot):
    from app.register_actions import open_from_register

    _owner, ana = two_authorities
    window = make_window("bg")
    window.resize(1280, 800)
    open_from_register(window, ana, DETAILED_2.local_id).wait()
    copy = tmp_path / "копие.gpkg"
    _answer_save(monkeypatch, str(copy))
    window.read_only_save_as.click()
    assert window.document.read_only is None and window.read_only_strip.isHidden()
    assert window.windowTitle() == f"{DETAILED_2.title} — копие.gpkg — PLU Studio"
    assert window.modified_label.text() == "Записан"
    assert window.statusBar().currentMessage() == (f"Записан е {copy.resolve()}; копието е отворено и можете да го "
                                                   "променяте.")
    qtbot.wait(200)
    OUT.mkdir(exist_ok=True)
    window.grab().save(str(OUT / "register-save-as-copy-bg.png"))


def test_no_save_as_on_the_bar_of_ones_own_plan(window, two_authorities):
    from app.register_actions import open_from_register

    _owner, ana = two_authorities
    open_from_register(window, ana, DETAILED_1.local_id).wait()
    assert window.read_only_strip.isHidden() and not window.read_only_save_as.isVisible()
