"""The register as a planner who did not build it meets it, in Bulgarian and English.

Choosing a plan among many, saving with nothing changed, a conflict with another planner,
and a register that stops while the plan is open (a plan of another authority: test_desktop_read_only.py). Each dialog is
also saved as a picture in ``test-output/`` for a person to look at.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import date

import pytest
from city import CITY, DETAILED_1, DETAILED_2, dataset
from conftest_paths import ROOT
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel, QMessageBox, QPushButton, QTableWidget

from register.provider import RegisterProvider
from register.sync import base_of, push_changes

sys.path.insert(0, str(ROOT / "tests" / "app"))
from editor_helpers import *  # noqa: E402,F403 - fixtures (make_window, window)

HILUCS = "http://inspire.ec.europa.eu/codelist/HILUCSValue/"
OUT = ROOT / "test-output"
MANY = 200


def _labels(codelist: str) -> dict[str, dict[str, str]]:
    """code → {language: label}, read from the code list file itself."""
    values = json.loads((ROOT / "resources" / "codelists" / f"{codelist}.json").read_text(encoding="utf-8"))["values"]
    return {v["code"]: v["label"] for v in values}


def _bg_day(day: date) -> str:
    return f"{day.day}.{day.month:02d}.{day.year} г."


def _quarter(i: int):
    return replace(DETAILED_2, local_id=f"pup-kv-{i:03d}", title=f"ПУП-ПРЗ за кв. {i} „Младост“")


@pytest.fixture
def city_register(fresh_db, cluster):
    """The test city in force (pup-north held by another authority), 200 quarter plans, and ``ana``, planner of the
    city: returns (owner DSN, ana's DSN)."""
    with RegisterProvider(fresh_db) as reg:
        reg.ensure_authority("testgrad", "Община Тест")
        reg.ensure_authority("other", "Община Другоселище")
        for plan in CITY:
            info = reg.add(dataset(plan), "other" if plan is DETAILED_2 else "testgrad", list(plan.amends))
            reg.set_status(info.ref, "adoption")
            reg.set_status(info.ref, "legalForce", plan.valid_from)
        for i in range(MANY):
            reg.add(dataset(_quarter(i)), "testgrad")
        reg.grant("ana", "planner", "testgrad")
    database = fresh_db.rsplit("dbname=", 1)[1].split()[0]
    return fresh_db, cluster.dsn(user="ana", database=database)


def _zone(layer, local_id):
    return next(f for f in layer.getFeatures() if f["inspire_local_id"] == local_id)


def _visible_error(window) -> QMessageBox | None:
    boxes = [b for b in window.findChildren(QMessageBox, "error_box") if b.isVisible()]
    return boxes[-1] if boxes else None


def test_the_open_dialog_lists_many_plans_by_title_with_status_and_date_and_finds_one(make_window, city_register,
                                                                                       qtbot):
    from app.register_actions import OpenFromRegisterDialog

    _owner, ana = city_register
    window = make_window("bg")
    dialog = OpenFromRegisterDialog(window)
    dialog.db.setText(ana)
    dialog.refresh()
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.findChild(QTableWidget, "register_plans")
    assert table.rowCount() == len(CITY) + MANY and not dialog.error.isVisible()
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Заглавие", "План", "Версия", "Състояние", "Дата", "Орган"]
    rows = {table.item(r, 1).text(): [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())}
    steps = _labels("ProcessStepGeneralValue")
    assert rows["pup-south"] == [DETAILED_1.title, "pup-south", "1", steps["legalForce"]["bg"],
                                 _bg_day(DETAILED_1.valid_from), "Община Тест"]
    assert rows["pup-kv-007"][3] == steps["elaboration"]["bg"]
    titles = [table.item(r, 0).text() for r in range(table.rowCount())]
    # by title in the alphabet's order, and кв. 9 before кв. 10: as people count
    assert titles == ["Изменение на ПУП „Юг“", "ОУП на град Тест", "ПУП „Север“", "ПУП „Юг“",
                      *(_quarter(i).title for i in range(MANY))]
    dialog.grab().save(str(OUT / "register-open-bg.png"))
    # a plan of another authority is greyed, says why, and the dialog says what grey means
    north = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == "pup-north")
    assert "Община Другоселище" in table.item(north, 0).toolTip() and dialog.note.isVisible()
    assert table.item(north, 0).foreground().color() != table.item(0, 0).foreground().color()
    # nothing chosen: Open cannot be pressed; a search that leaves one plan chooses it
    open_button = dialog.buttons.buttons()[0]
    assert not open_button.isEnabled()
    qtbot.keyClicks(dialog.search, "kv-123")  # typed: the list narrows as one types
    assert table.rowCount() == 1 and table.item(0, 1).text() == "pup-kv-123"
    assert open_button.isEnabled() and dialog.chosen() == "BG.CITY.TEST:pup-kv-123@1"
    dialog.search.setText("в сила юг")  # status words and title words, any case, any order
    assert sorted(table.item(r, 1).text() for r in range(table.rowCount())) == ["pup-south", "pup-south-izm-1"]
    dialog.grab().save(str(OUT / "register-open-search-bg.png"))
    dialog.close()


def test_every_version_of_a_plan_can_be_chosen_the_newest_first(window, city_register):
    from app.register_actions import OpenFromRegisterDialog

    owner, ana = city_register
    with RegisterProvider(owner) as reg:  # a draft: version 2 of pup-south
        data, base = base_of(reg, DETAILED_1.local_id)
        data.zoning_elements[0].hilucs_land_use = [HILUCS + "2_SecondaryProduction"]
        push_changes(reg, base, data)
    dialog = OpenFromRegisterDialog(window)
    dialog.db.setText(ana)
    dialog.search.setText("Юг")
    dialog.refresh()
    table = dialog.plans

    def shown():
        return [(r, table.item(r, 2).text(), table.item(r, 3).text()) for r in range(table.rowCount())
                if table.item(r, 1).text() == "pup-south"]

    assert [s[1:] for s in shown()] == [("2", "Elaboration")]
    dialog.every_version.setChecked(True)  # reads the register again, keeping the search
    assert [s[1:] for s in shown()] == [("2", "Elaboration"), ("1", "Legal force")]
    table.selectRow(shown()[1][0])
    assert dialog.chosen() == "BG.CITY.TEST:pup-south@1"
    dialog.close()


def test_saving_with_nothing_changed_makes_no_version_and_says_so(window, published_plan):
    from app.register_actions import open_from_register, save_to_register

    open_from_register(window, published_plan, DETAILED_1.local_id).wait()
    result = save_to_register(window)
    assert result.unchanged and result.version_ref == "BG.CITY.TEST:pup-south@1"
    assert window.statusBar().currentMessage() == (
        "Nothing to save: the plan is as in the register (BG.CITY.TEST:pup-south@1)")
    with RegisterProvider(published_plan) as reg:
        assert [v.version_no for v in reg.versions(DETAILED_1.local_id)] == [1]  # no empty draft was made


def test_after_a_clean_save_the_plan_is_saved_and_closes_without_asking(window, published_plan):
    from app.editing import change_attributes
    from app.register_actions import open_from_register, save_to_register

    doc = open_from_register(window, published_plan, DETAILED_1.local_id).wait()
    zoning = window.layers.zoning
    change_attributes(doc, zoning, _zone(zoning, "d1-a").id(),
                      {"hilucs_land_use": json.dumps([HILUCS + "1_PrimaryProduction"])}, "use")
    assert doc.is_modified
    result = save_to_register(window)
    assert result.saved == ["d1-a"] and not doc.is_modified
    assert window.modified_label.text() == "Saved"
    assert window.statusBar().currentMessage() == (
        "Saved to BG.CITY.TEST:pup-south@2: 1 changed, 0 added, 0 deleted")
    assert window.confirm_discard()  # nothing to ask about: the register has it


def test_a_double_click_opens_the_plan(window, city_register, tmp_path, monkeypatch):
    import app.register_actions as actions

    _owner, ana = city_register
    monkeypatch.setenv("PLU_REGISTER_HOME", str(tmp_path / "none"))  # no private register: a message in the dialog
    opened = []
    monkeypatch.setattr(actions, "open_from_register", lambda _w, db, ref: opened.append((db, ref)))

    def planner(dialog):  # what the planner does while the dialog is open
        assert dialog.error.text() and not dialog.error.isHidden() and dialog.plans.rowCount() == 0
        dialog.db.setText(ana)
        dialog.refresh()
        dialog.search.setText("oup")
        dialog.plans.cellDoubleClicked.emit(0, 2)
        return dialog.result()

    monkeypatch.setattr(actions.OpenFromRegisterDialog, "exec", planner)
    actions._open_dialog(window)
    assert opened == [(ana, "BG.CITY.TEST:oup-city@1")]


def test_the_conflict_dialog_in_bulgarian_names_both_sides_in_words(make_window, published_plan, qtbot):
    from app.editing import change_attributes
    from app.forms.labels import attribute_label
    from app.register_actions import open_from_register, save_to_register

    window = make_window("bg")
    doc = open_from_register(window, published_plan, DETAILED_1.local_id).wait()
    with RegisterProvider(published_plan) as other:
        data, base = base_of(other, DETAILED_1.local_id)
        _zone_of = {z.inspire_id.local_id: z for z in data.zoning_elements}
        _zone_of["d1-b"].hilucs_land_use = [HILUCS + "4_1_TransportNetworks"]
        push_changes(other, base, data)
    zoning = window.layers.zoning
    change_attributes(doc, zoning, _zone(zoning, "d1-b").id(),
                      {"hilucs_land_use": json.dumps([HILUCS + "1_PrimaryProduction"])}, "use")
    result = save_to_register(window)
    assert len(result.conflicts) == 1 and doc.is_modified  # mine is not in the register: still unsaved
    dialog = window.register_conflict_dialog
    qtbot.waitExposed(dialog)
    hilucs = _labels("HILUCSValue")
    table = dialog.findChild(QTableWidget, "conflict_table")
    headers = [table.horizontalHeaderItem(c).text() for c in range(3)]
    assert headers == ["Атрибут", "Вашият (не е в регистъра)", "Техният (записан от plu_owner)"]
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(3)] == [
        attribute_label("hilucs_land_use"), hilucs["1_PrimaryProduction"]["bg"], hilucs["4_1_TransportNetworks"]["bg"]]
    assert table.item(0, 1).toolTip() == json.dumps([HILUCS + "1_PrimaryProduction"])  # the value itself, on hover
    heading = dialog.findChild(QLabel, "conflict_heading_0")
    assert heading.wordWrap() and "d1-b" in heading.text() and "plu_owner" in heading.text()
    assert "Нищо не е загубено" in heading.text()
    assert dialog.width() <= 1000  # the heading wraps instead of widening the dialog off the screen
    buttons = [dialog.findChild(QPushButton, n).text() for n in ("keep_mine_0", "take_theirs_0")]
    assert buttons == ["Запазване на моя", "Приемане на техния"]
    qtbot.wait(100)  # let the layout settle before the picture
    dialog.grab().save(str(OUT / "register-conflict-bg.png"))


def test_a_feature_i_deleted_and_they_changed_reads_as_such(window, published_plan, qtbot):
    from app.register_actions import open_from_register, save_to_register

    open_from_register(window, published_plan, DETAILED_1.local_id).wait()
    with RegisterProvider(published_plan) as other:
        data, base = base_of(other, DETAILED_1.local_id)
        next(z for z in data.zoning_elements if z.inspire_id.local_id == "d1-a").hilucs_land_use = [
            HILUCS + "1_PrimaryProduction"]
        push_changes(other, base, data)
    zoning = window.layers.zoning
    zoning.startEditing()
    zoning.deleteFeature(_zone(zoning, "d1-a").id())
    save_to_register(window)
    table = window.register_conflict_dialog.findChild(QTableWidget, "conflict_table")
    assert [table.item(0, c).text() for c in range(3)] == ["Feature", "deleted by you",
                                                           "changed, still in the register"]
    assert table.rowCount() == 1


def _stop(owner_dsn: str) -> None:
    """The register goes away as a stopped server does: every connection cut, no new one taken."""
    import psycopg2

    database = owner_dsn.rsplit("dbname=", 1)[1].split()[0]
    conn = psycopg2.connect(owner_dsn.replace(f"dbname={database}", "dbname=postgres"))
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f"ALTER DATABASE {database} ALLOW_CONNECTIONS false")
        cur.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (database,))
    conn.close()


def test_a_register_that_stops_while_the_plan_is_open_is_a_message(make_window, published_plan, qtbot):
    from app.editing import change_attributes
    from app.register_actions import add_in_force_layer, open_from_register, save_to_register

    window = make_window("bg")
    doc = open_from_register(window, published_plan, DETAILED_1.local_id).wait()
    zoning = window.layers.zoning
    change_attributes(doc, zoning, _zone(zoning, "d1-a").id(),
                      {"hilucs_land_use": json.dumps([HILUCS + "1_PrimaryProduction"])}, "use")
    _stop(published_plan)
    assert save_to_register(window) is None
    box = _visible_error(window)
    assert box is not None and "регистъра" in box.text() and "Нищо не е загубено" in box.text()
    assert "Traceback" not in box.text()
    box.grab().save(str(OUT / "register-stopped-bg.png"))
    box.close()
    assert doc.is_modified and window.document is doc  # the edit stays, to be saved when the register is back
    assert json.loads(_zone(zoning, "d1-a")["hilucs_land_use"]) == [HILUCS + "1_PrimaryProduction"]
    assert add_in_force_layer(window, published_plan, date(2021, 1, 1)) is None  # a message, not a traceback
    assert _visible_error(window) is not None


def test_many_conflicts_scroll_inside_a_dialog_that_fits_the_screen(make_window, published_plan, qtbot):
    from qgis.PyQt.QtWidgets import QScrollArea

    from app.editing import change_attributes
    from app.register_actions import open_from_register, save_to_register

    window = make_window("bg")
    doc = open_from_register(window, published_plan, DETAILED_1.local_id).wait()
    local_ids = ["d1-a", "d1-b", "d1-c", "d1-d"]
    with RegisterProvider(published_plan) as other:
        data, base = base_of(other, DETAILED_1.local_id)
        for z in data.zoning_elements:
            z.hilucs_land_use = [HILUCS + "4_1_TransportNetworks"]
        push_changes(other, base, data)
    zoning = window.layers.zoning
    for local_id in local_ids:
        change_attributes(doc, zoning, _zone(zoning, local_id).id(),
                          {"hilucs_land_use": json.dumps([HILUCS + "1_PrimaryProduction"])}, "use")
    assert len(save_to_register(window).conflicts) == len(local_ids)
    dialog = window.register_conflict_dialog
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 600 and dialog.findChild(QScrollArea, "conflict_list") is not None
    for table in dialog.findChildren(QTableWidget, "conflict_table"):  # each table shows all its rows, no scrolling
        shown = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(table.rowCount()))
        assert table.rowCount() == 1 and table.height() >= shown
    qtbot.wait(100)
    dialog.grab().save(str(OUT / "register-conflicts-many-bg.png"))
