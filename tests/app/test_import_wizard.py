"""The import wizard driven as a person would: pick a source, map layers and fields, preview, save, import."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

pytestmark = pytest.mark.gui


@pytest.fixture
def wizard(qapp, qtbot):
    from app.import_wizard import ImportWizard

    w = ImportWizard(language="bg")
    qtbot.addWidget(w)
    w.show()
    return w


def _grab(widget, path):
    widget.grab().save(str(path))
    return np.asarray(Image.open(path).convert("RGB"))


def _has_colour(img, colour, at_least=50):
    return int(np.all(img == np.array(colour, dtype=np.uint8), axis=2).sum()) >= at_least


def test_menu_entry_is_registered():
    import app.import_wizard  # noqa: F401 - registering is what importing does
    from app.menu_registry import actions_for

    action = next(a for a in actions_for("file") if a.key == "import")
    assert action.text("bg") == "Внасяне на данни за план…" and action.needs_plan is False


def test_wizard_maps_a_shapefile_previews_saves_and_imports(wizard, qtbot, tmp_path, schema, output_dir):
    from plan_sources import make_shapefile_folder, validate_plan_file

    from app.import_wizard import UNMAPPED_COLOUR
    from plu_model.importing import load_mapping

    folder = make_shapefile_folder(tmp_path / "data")
    src = wizard.source_page
    src.format_combo.setCurrentIndex(src.format_combo.findData("shapefile"))
    src.path_edit.setText(str(folder))
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_LAYERS

    layers = wizard.layers_page
    assert {layers.table.item(r, 0).text() for r in range(layers.table.rowCount())} == {"zones", "lines", "protection"}
    layers.set_class(layers.row_of("zones"), "ZoningElement")
    layers.set_class(layers.row_of("lines"), "SupplementaryRegulation")
    layers.namespace.setText("BG.TEST.WIZARD")
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_ATTRIBUTES

    attrs = wizard.attributes_page
    attrs.set_source("specific_land_use", "KOD")
    attrs.set_source("regulation_nature", "=", "generallyBinding")
    attrs.set_source("maxFloorAreaRatio", "KINT")
    attrs.set_source("maxDensity", "PLTN")
    wizard.next()  # the lines layer still lacks its required attributes: the page says so and stays
    assert wizard.currentId() == wizard.PAGE_ATTRIBUTES
    assert "Съответствието не е пълно" in attrs.error.text() and "layers[1] (lines)" in attrs.error.text()
    attrs.layer_combo.setCurrentIndex(1)  # the lines layer
    attrs.set_source("specific_supplementary_regulation", "VID")
    attrs.set_source("regulation_nature", "=", "bindingForDevelopers")
    attrs.layer_combo.setCurrentIndex(0)
    wizard.next()  # hilucs_land_use is derived from the zone type, so nothing else is required
    assert wizard.currentId() == wizard.PAGE_PREVIEW, attrs.error.text()

    preview = wizard.preview_page
    rows = {r.fid: r for r in preview.rows}
    assert rows["#8"].skip == "UNMAPPED_VALUE" and rows["#4"].skip == "UNMAPPED_VALUE"  # ХХ and the local Ж1
    assert len(preview.highlighted_cells()) >= 4
    img = _grab(wizard, output_dir / "import-wizard-preview-unmapped.png")
    assert _has_colour(img, (UNMAPPED_COLOUR.red(), UNMAPPED_COLOUR.green(), UNMAPPED_COLOUR.blue()), 300)

    # back to the attributes: a value map translates the local code Ж1
    wizard.back()
    row = attrs.row_of("specific_land_use")

    def choose(dialog):
        assert {dialog.table.item(r, 0).text() for r in dialog.unmapped_rows()} == {"Ж1", "ХХ"}
        dialog.set_code("Ж1", "Zhm")
        assert {dialog.table.item(r, 0).text() for r in dialog.unmapped_rows()} == {"ХХ"}
        return True

    attrs.edit_value_map(row, dialog_hook=choose)
    assert wizard.mapping.layers[0].attributes["specific_land_use"].map == {"Ж1": "Zhm"}
    wizard.next()
    rows = {r.fid: r for r in wizard.preview_page.rows}
    assert rows["#4"].skip is None and rows["#4"].mapped["specific_land_use"][0].endswith("/Zhm")
    assert rows["#8"].skip == "UNMAPPED_VALUE"
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_PLAN

    plan = wizard.plan_page
    plan.title.setText("ПУП от шейп файлове (тест на съветника)")
    plan.plan_type.setCurrentIndex(plan.plan_type.findData("PUP-PRZ"))
    out = tmp_path / "wizard.gpkg"
    plan.output.setText(str(out))
    assert plan.save_mapping_to(str(tmp_path / "saved.yaml"))
    saved = load_mapping(tmp_path / "saved.yaml")
    assert saved.source_path == "data" and saved.resolved_source() == str(tmp_path / "data")
    assert [lm.name for lm in saved.layers] == ["zones", "lines"]
    assert saved.layers[0].attributes["specific_land_use"].map == {"Ж1": "Zhm"}
    assert saved.layers[0].dimensioning["maxDensity"].uom == "%"
    assert saved.plan["official_title"].value.startswith("ПУП от шейп файлове")
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_RUN

    run = wizard.run_page
    qtbot.mouseClick(run.start_button, __import__("qgis.PyQt.QtCore", fromlist=["Qt"]).Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: run.done, timeout=30000)
    assert run.progress.value() == 100
    text = run.report_view.toPlainText()
    from plu_model.i18n import catalogue

    zones = catalogue("bg")[("plu_model.class_names", "ZoningElement")]  # the target class by its Bulgarian name
    assert f"zones → {zones}: прочетени 9, записани 7, пропуснати 2" in text
    assert run.report.written == 9
    assert validate_plan_file(out, tmp_path / "wizard.gml", schema) == []
    _grab(wizard, output_dir / "import-wizard-report.png")
    # the saved mapping replays from the command line (source taken from the mapping) to the same plan
    from plu_cli.main import main
    from plu_model.geopackage import open_plan

    assert main(["import", "-", "--mapping", str(tmp_path / "saved.yaml"), "--out", str(tmp_path / "cli.gpkg")]) == 1
    by_cli, by_wizard = open_plan(tmp_path / "cli.gpkg"), open_plan(out)
    assert by_cli.counts() == by_wizard.counts()
    assert sorted((z.inspire_id.local_id, tuple(z.specific_land_use)) for z in by_cli.zoning_elements) == \
        sorted((z.inspire_id.local_id, tuple(z.specific_land_use)) for z in by_wizard.zoning_elements)


def test_foreign_gml_goes_straight_to_the_output(wizard, qtbot, tmp_path):
    from conftest import DATA

    src = wizard.source_page
    src.path_edit.setText(str(DATA / "importing" / "foreign_wfs_additional_objects.gml"))
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_PLAN and not wizard.plan_page.title.isEnabled()
    wizard.plan_page.output.setText(str(tmp_path / "wfs.gpkg"))
    wizard.next()
    wizard.run_page.start()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=30000)
    assert wizard.run_page.report.counts["ZoningElement"] == 2
    assert (tmp_path / "wfs.gpkg").exists()


def test_a_saved_mapping_reloads_and_a_cancelled_import_writes_nothing(wizard, qtbot, tmp_path):
    from plan_sources import SHAPEFILE_MAPPING, make_shapefile_folder

    folder = make_shapefile_folder(tmp_path / "data")
    (tmp_path / "m.yaml").write_text(SHAPEFILE_MAPPING, encoding="utf-8")
    src = wizard.source_page
    assert src.load_mapping(str(tmp_path / "m.yaml"))
    assert src.format_combo.currentData() == "shapefile"
    src.path_edit.setText(str(folder))
    wizard.next()
    layers = wizard.layers_page
    classes = {layers.table.item(r, 0).text(): layers.table.cellWidget(r, 4).currentData()
               for r in range(layers.table.rowCount())}
    assert classes == {"zones": "ZoningElement", "lines": "SupplementaryRegulation",
                       "protection": "SupplementaryRegulation"}
    wizard.next()
    assert wizard.attributes_page.table.item(wizard.attributes_page.row_of("regulation_nature"), 2).text() == \
        "generallyBinding"
    wizard.next()
    wizard.next()
    assert wizard.plan_page.title.text().startswith("ПУП – ПРЗ на кв. 12")
    out = tmp_path / "never.gpkg"
    wizard.plan_page.output.setText(str(out))
    wizard.next()
    run = wizard.run_page
    task = run.start()
    task.cancel()
    qtbot.waitUntil(lambda: run.task is None, timeout=30000)
    assert not run.done and "прекъснато" in run.status.text()
    assert not out.exists()


def test_problems_are_shown_on_the_page_not_raised(wizard, tmp_path):
    src = wizard.source_page
    src.path_edit.setText(str(tmp_path / "missing.shp"))
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_SOURCE
    assert "missing.shp: няма такъв файл" in src.error.text()  # the wizard is in Bulgarian, so is the core's error
    (tmp_path / "bad.yaml").write_text("version: 2\n", encoding="utf-8")
    assert not src.load_mapping(str(tmp_path / "bad.yaml"))
    assert "bad.yaml" in src.error.text()


def test_an_open_import_wizard_follows_a_language_switch(qtbot):
    from qgis.PyQt.QtCore import QCoreApplication, QEvent
    from qgis.PyQt.QtWidgets import QPushButton

    from app.i18n import set_language
    from app.import_wizard import ImportWizard
    from plu_model.i18n import Text

    set_language("bg")
    try:
        w = ImportWizard(language="bg")
        qtbot.addWidget(w)
        w.show()
        page = w.source_page
        assert w.windowTitle() == "Внасяне на данни за план" and page.title() == "Източник"
        set_language("en")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        assert w.windowTitle() == "Import plan data" and page.title() == "Source"
        texts = [b.text() for b in page.findChildren(QPushButton)]
        assert "Browse…" in texts and "Избор…" not in texts
        assert w.t(Text("app.import_wizard", "Choose a source first.")) == "Choose a source first."
    finally:
        set_language("en")


def _to_preview(wizard, folder, encoding=None):
    """Source → layers (zones as zoning elements) → attributes (zone type from KOD) → preview."""
    src = wizard.source_page
    src.path_edit.setText(str(folder / "zones.shp"))
    src.encoding_combo.setCurrentIndex(src.encoding_combo.findData(encoding))
    wizard.next()
    layers = wizard.layers_page
    layers.set_class(layers.row_of("zones"), "ZoningElement")
    wizard.next()
    attrs = wizard.attributes_page
    attrs.set_source("specific_land_use", "KOD")
    attrs.set_source("regulation_nature", "=", "generallyBinding")
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_PREVIEW, attrs.error.text()


def test_a_cp1251_shapefile_without_cpg_says_how_to_confirm_its_encoding(wizard, tmp_path):
    from plan_sources import make_shapefile_folder

    from plu_model.importing import load_mapping

    folder = make_shapefile_folder(tmp_path / "data", cpg=False)
    _to_preview(wizard, folder)
    summary = wizard.preview_page.summary.text()
    assert "прочетен като windows-1251" in summary and "„Източник“" in summary and "KOD" in summary
    assert any(r.source.get("KOD") == "Жм" for r in wizard.preview_page.rows)  # the guess read the letters right
    for _ in range(3):
        wizard.back()
    assert wizard.currentId() == wizard.PAGE_SOURCE
    src = wizard.source_page
    src.encoding_combo.setCurrentIndex(src.encoding_combo.findData("cp1251"))  # the planner confirms it
    wizard.next()
    wizard.next()
    wizard.next()
    assert "windows-1251" not in wizard.preview_page.summary.text()
    assert any(r.source.get("KOD") == "Жм" for r in wizard.preview_page.rows)
    wizard.next()
    wizard.plan_page.title.setText("ПУП от шейп файл без .cpg")
    wizard.plan_page.plan_type.setCurrentIndex(wizard.plan_page.plan_type.findData("PUP-PRZ"))
    assert wizard.plan_page.save_mapping_to(str(tmp_path / "m.yaml"))
    assert load_mapping(tmp_path / "m.yaml").source_encoding == "cp1251"  # and the saved mapping says it


def test_the_plan_page_asks_the_type_suggests_a_free_file_and_never_replaces_one_unasked(wizard, qtbot, tmp_path):
    from editor_helpers import answer_modal, click_button
    from plan_sources import make_shapefile_folder

    folder = make_shapefile_folder(tmp_path / "data")
    (folder / "zones.gpkg").write_bytes(b"weeks of work")
    _to_preview(wizard, folder)
    wizard.next()
    plan = wizard.plan_page
    assert plan.output.text() == str(folder / "zones-2.gpkg")  # beside the source, not over the file there
    assert plan.plan_type.currentData() is None  # not the first of the list (НКПР) for a ПУП's zones
    plan.title.setText("ПУП „Зелена поляна“")
    wizard.next()
    assert wizard.currentId() == wizard.PAGE_PLAN and "Изберете вида план" in plan.error.text()
    plan.plan_type.setCurrentIndex(plan.plan_type.findData("PUP-PRZ"))
    plan.output.setText(str(folder / "zones.gpkg"))  # typed: the name of a plan that is there
    asked = answer_modal(qtbot, lambda box: click_button(box, "Запазване"))
    wizard.next()
    assert asked["done"] and wizard.currentId() == wizard.PAGE_PLAN
    assert "zones.gpkg се запазва" in plan.error.text()
    assert (folder / "zones.gpkg").read_bytes() == b"weeks of work"
    asked = answer_modal(qtbot, lambda box: click_button(box, "Замяна"))
    wizard.next()
    assert asked["done"] and wizard.currentId() == wizard.PAGE_RUN and wizard.output == str(folder / "zones.gpkg")


def test_layer_and_attribute_tables_show_their_words_whole_and_in_bulgarian(wizard, qtbot, tmp_path):
    from clipped_text import clipped_widgets, untranslated_texts
    from plan_sources import make_shapefile_folder

    folder = make_shapefile_folder(tmp_path / "data")
    wizard.source_page.path_edit.setText(str(folder))  # three layers, with the longer names of each column
    wizard.next()
    qtbot.wait(20)
    assert clipped_widgets(wizard) == []  # "Координатна система" was cut to "џинатна сис"
    layers = wizard.layers_page
    layers.set_class(layers.row_of("zones"), "ZoningElement")
    wizard.next()
    qtbot.wait(20)
    # "Редакция… (0)" was cut; the wizard's own buttons are Qt's, translated by the application's Qt catalogue
    assert clipped_widgets(wizard) == [] and untranslated_texts(wizard.currentPage()) == []
    assert wizard.attributes_page.layer_combo.currentText() == "zones → Устройствена зона (ZoningElement)"
    attrs = wizard.attributes_page
    attrs.set_source("specific_land_use", "KOD")
    attrs.set_source("regulation_nature", "=", "generallyBinding")
    wizard.next()
    qtbot.wait(20)
    headers = [wizard.preview_page.table.horizontalHeaderItem(c).text()
               for c in range(wizard.preview_page.table.columnCount())]
    assert "Вид на регулацията" in headers and "regulation_nature" not in headers
    nature = wizard.preview_page.table.item(0, headers.index("Вид на регулацията"))
    assert (nature.text(), nature.toolTip()) == ("Общозадължителен", "generallyBinding")  # the code by its name
    assert untranslated_texts(wizard.currentPage()) == []


def test_file_choosers_open_where_the_last_import_came_from(wizard, qtbot, tmp_path, monkeypatch):
    from plan_sources import make_shapefile_folder
    from qgis.PyQt.QtWidgets import QFileDialog

    from app.import_wizard import ImportWizard
    from app.settings import user_documents

    opened = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (opened.append(a[2]), ("", ""))[1])
    wizard.source_page._browse()
    assert opened == [str(user_documents())]  # the first time: the user's documents, not the program's folder
    folder = make_shapefile_folder(tmp_path / "municipal archive")
    wizard.source_page.path_edit.setText(str(folder / "zones.shp"))
    wizard.next()
    again = ImportWizard(language="bg")
    qtbot.addWidget(again)
    again.source_page._browse()
    assert opened[-1] == str(folder)
