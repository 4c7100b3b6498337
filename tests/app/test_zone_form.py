"""The zone form as a planner meets it: one national zone type, limits in planners' words, nothing cut off."""

from __future__ import annotations

import pytest
from clipped_text import clipped_widgets
from editor_helpers import *  # noqa: F403 - fixtures

pytestmark = pytest.mark.gui

BG_ZONE = "https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/"
HILUCS = "http://inspire.ec.europa.eu/codelist/HILUCSValue/"
#: A laptop's 1366×768 screen less a 40 px task bar.
LAPTOP = (1366, 728)
DESKTOP = (1920, 1040)


@pytest.fixture
def opened(translations, make_window, sample_gpkg, request):
    window = make_window(getattr(request, "param", "en"))
    window.resize(1366, 768)
    window.open_plan(sample_gpkg)
    return window


def _zhm_form(window, presence=None):
    from qgis.PyQt.QtCore import QRect

    from app.forms.feature_form import FeatureForm
    from app.qt_values import feature_row

    layer = window.document.layers.zoning
    feature = next(f for f in layer.getFeatures() if f["specific_land_use"] == [BG_ZONE + "Zhm"])
    row = feature_row(feature)
    if presence is not None:
        row.update(specific_presence=presence, specific_presence_nil=None)
    form = FeatureForm("ZoningElement", row, window.language, parent=window)
    form.fit_to(QRect(0, 0, *LAPTOP))
    form.show()
    return form


def _ticked(editor) -> list[str]:
    """The zone types shown as chosen: selected, with no check boxes suggesting several."""
    from qgis.PyQt.QtCore import Qt

    assert all(item.data(0, Qt.ItemDataRole.CheckStateRole) is None for item in editor.items.values())
    return [item.data(0, Qt.ItemDataRole.UserRole) for item in editor.tree.selectedItems()]


def test_the_national_zone_type_is_one_choice_that_the_presence_follows(opened, qtbot):
    form = _zhm_form(opened, presence={"ordered_list": [BG_ZONE + "Zhm"]})
    qtbot.addWidget(form)
    zone_type = form.fields["specific_land_use"].editor
    assert _ticked(zone_type) == [BG_ZONE + "Zhm"]
    zone_type.check(BG_ZONE + "Zhs")
    assert _ticked(zone_type) == [BG_ZONE + "Zhs"]  # choosing Жс replaces Жм
    values = form.values()
    assert values["specific_land_use"] == [BG_ZONE + "Zhs"]
    assert values["specific_presence"] == {"ordered_list": [BG_ZONE + "Zhs"]}
    assert values["hilucs_land_use"] == [HILUCS + "5_1_PermanentResidentialUse"]
    zone_type.check(BG_ZONE + "Oz")
    assert form.values()["specific_presence"] == {"ordered_list": [BG_ZONE + "Oz"]}
    assert form.values()["hilucs_land_use"] == [HILUCS + "3_4_4_OpenAirRecreationalAreas"]


def test_a_presence_with_percentages_keeps_them_when_the_type_changes(opened, qtbot):
    form = _zhm_form(opened, presence={"percentage_list": [[BG_ZONE + "Zhm", 80], [BG_ZONE + "Oz", 20]]})
    qtbot.addWidget(form)
    form.fields["specific_land_use"].editor.check(BG_ZONE + "Smf")
    assert form.values()["specific_presence"] == {"percentage_list": [[BG_ZONE + "Smf", 80], [BG_ZONE + "Oz", 20]]}


@pytest.mark.parametrize("opened", ["bg"], indirect=True)
def test_limit_names_are_in_planners_words_and_saved_under_schema_names(opened, qtbot):
    form = _zhm_form(opened)
    qtbot.addWidget(form)
    table = form.fields["dimensioning_indication"].editor
    table.set([{"type": "measure", "indication_reference": "maxHeight", "value": 10.0, "uom": "m"},
               {"type": "real", "indication_reference": "maxFloorAreaRatio", "value": 1.2},
               {"type": "measure", "indication_reference": "maxDensity", "value": 60.0, "uom": "%"},
               {"type": "measure", "indication_reference": "minGreenShare", "value": 40.0, "uom": "%"},
               {"type": "real", "indication_reference": "bespokeIndex", "value": 3.0}])
    shown = [table.table.cellWidget(r, 0).currentText() for r in range(table.table.rowCount())]
    assert shown == ["Макс. височина (m)", "Макс. Кинт", "Макс. плътност на застрояване (пл. застр. %)",
                     "Мин. озеленяване (%)", "bespokeIndex"]
    assert [table.table.cellWidget(r, 1).currentText() for r in range(2)] == ["мярка", "число"]
    assert [row["indication_reference"] for row in table.get()] == [
        "maxHeight", "maxFloorAreaRatio", "maxDensity", "minGreenShare", "bespokeIndex"]
    header = [table.table.horizontalHeaderItem(c).text() for c in range(table.table.columnCount())]
    assert not any(name in " ".join(shown + header) for name in ("maxHeight", "maxDensity", "minGreenShare"))


@pytest.mark.parametrize("opened,expected", [
    ("bg", "Националният профил не дава показатели за Ц."),
    ("en", "The national profile gives no limits for Ц. (Ц: no figures found)"),
], indirect=["opened"])
def test_a_missing_limit_is_said_in_one_language_and_wrapped(opened, qtbot, monkeypatch, expected):
    import app.forms.feature_form as feature_form
    from app.zone_profile import ProfileLimits

    monkeypatch.setattr(feature_form, "zone_limits", lambda uri: ProfileLimits("no-entry", detail="Ц: no figures found"))
    form = _zhm_form(opened)
    qtbot.addWidget(form)
    form.fields["specific_land_use"].editor.check(BG_ZONE + "Ts")
    assert form.profile_note.text() == expected
    assert form.profile_note.wordWrap()
    _scroll_to(form, form.profile_note)
    assert clipped_widgets(form) == []


def _scroll_to(form, widget) -> None:
    scroll = form.tabs.currentWidget()
    scroll.ensureWidgetVisible(widget)


@pytest.mark.parametrize("room", [LAPTOP, DESKTOP])
@pytest.mark.parametrize("opened", ["bg", "en"], indirect=True)
def test_zone_form_fits_the_screen_with_nothing_clipped(opened, qtbot, output_dir, room):
    from qgis.PyQt.QtCore import QRect

    form = _zhm_form(opened)
    form.fit_to(QRect(0, 0, *room))
    qtbot.addWidget(form)
    qtbot.waitExposed(form)
    assert form.width() <= room[0] and form.height() <= room[1]
    language = f"{opened.language}-{room[0]}x{room[1] + 40}"
    for tab in range(form.tabs.count()):
        form.tabs.setCurrentIndex(tab)
        bar = form.tabs.currentWidget().verticalScrollBar()
        for end, position in (("top", bar.minimum()), ("bottom", bar.maximum())):
            bar.setValue(position)
            qtbot.wait(20)
            assert clipped_widgets(form) == [], (tab, end)
            assert form.tabs.currentWidget().horizontalScrollBar().maximum() == 0  # nothing runs off to the right
            form.grab().save(str(output_dir / f"zone-form-{language}-tab{tab + 1}-{end}.png"))
    form.tabs.setCurrentIndex(0)
    table = form.fields["dimensioning_indication"].editor
    _scroll_to(form, table.add_button)
    qtbot.wait(20)
    assert table.add_button.visibleRegion().boundingRect().width() == table.add_button.width()


def test_retyping_a_zone_takes_out_the_old_types_profile_limits_but_keeps_the_users(opened, qtbot, monkeypatch):
    import app.forms.feature_form as feature_form
    from app.zone_profile import ProfileLimits

    zhm_limits = [{"type": "measure", "indication_reference": "maxHeight", "value": 10.0, "uom": "m"},
                  {"type": "real", "indication_reference": "maxFloorAreaRatio", "value": 1.2}]

    def limits(uri):
        return ProfileLimits("ok", indications=zhm_limits) if uri.endswith("/Zhm") else ProfileLimits("no-entry")

    monkeypatch.setattr(feature_form, "zone_limits", limits)
    form = _zhm_form(opened)
    qtbot.addWidget(form)
    table = form.fields["dimensioning_indication"].editor
    own = {"type": "measure", "indication_reference": "maxDensity", "value": 55.0, "uom": "%"}
    edited_height = dict(zhm_limits[0], value=9.0)
    table.set([edited_height, zhm_limits[1], own])
    form.fields["specific_land_use"].editor.check(BG_ZONE + "Ts")
    assert table.get() == [edited_height, own]  # Жм's untouched Кинт is gone; the user's figures stay
