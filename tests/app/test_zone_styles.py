"""Zone colours and legend: the shipped style files, the map's pixels, a zone drawn inside another."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from editor_helpers import *  # noqa: F403 - fixtures
from editor_helpers import click_map, map_to_pixel, wait_rendered

ROOT = Path(__file__).resolve().parents[2]
STYLES = ROOT / "resources" / "styles"
BG_ZONE = "https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/"

pytestmark = pytest.mark.gui

#: Colours a Bulgarian planner expects, written out here rather than read from the code under test.
PLANNER_COLOURS = {"Zhm": "#F3DE8A", "Zhs": "#F4A340", "Smf": "#E2906C", "Oz": "#5DB55A", "Tp": "#B9B9B9",
                   "Pp": "#A47BD0", "Vp": "#7DB2E8"}


def _qml_categories(path: Path) -> dict[str, tuple[str, str]]:
    """value → (fill colour, label), read from the style file's XML without QGIS."""
    root = ET.parse(path).getroot()
    renderer = root.find("renderer-v2")
    symbols = {s.get("name"): s for s in renderer.find("symbols")}
    out = {}
    for cat in renderer.find("categories"):
        layer = symbols[cat.get("symbol")].find("layer")
        colour = _fill_colour(layer)
        out[cat.get("value")] = (colour, cat.get("label"))
    return out


def _fill_colour(symbol_layer: ET.Element) -> str:
    for prop in symbol_layer.iter():
        if prop.get("k") == "color" or prop.get("name") == "color":
            rgba = (prop.get("v") or prop.get("value") or "").split(",")
            return "#" + "".join(f"{int(c):02X}" for c in rgba[:3])
    raise AssertionError("no fill colour in the style file")


@pytest.mark.parametrize("language", ["bg", "en"])
def test_shipped_style_files_agree_with_the_portrayal_table(language):
    from plu_model.portrayal import ZONE_TYPE_STYLES

    cats = _qml_categories(STYLES / f"zoning_zone_type.{language}.qml")
    for code, (colour, bg, en) in ZONE_TYPE_STYLES.items():
        assert cats[code][0] == colour, code
        assert cats[code][1].endswith(bg if language == "bg" else en), cats[code]
    for code, colour in PLANNER_COLOURS.items():
        assert cats[code][0] == colour, code
    assert len({c for c, _ in cats.values()}) == len(cats)  # no two legend entries share a colour
    hilucs = _qml_categories(STYLES / f"zoning_hilucs.{language}.qml")
    assert hilucs["3_4_4_OpenAirRecreationalAreas"][0] == PLANNER_COLOURS["Oz"]  # parks green, not grey
    assert not any("_" in label for _, label in hilucs.values())
    assert "" in cats and "" in hilucs  # a catch-all, so nothing is ever left undrawn


def test_style_files_are_what_the_generator_writes_now(qapp, tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from make_styles import write_styles
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    for path in write_styles(tmp_path):
        assert _qml_categories(path) == _qml_categories(STYLES / path.name), f"run scripts/make_styles.py ({path.name})"


def _zone_pixels(window, layer) -> dict[str, list[str]]:
    """Colour of each zone's inner point on the rendered canvas, by zone code."""
    from qgis.core import QgsGeometry, QgsPointXY

    image = window.canvas.grab().toImage()
    to_map = window.canvas.getCoordinateTransform()
    out: dict[str, list[str]] = {}
    for f in layer.getFeatures():
        inner = f.geometry().poleOfInaccessibility(0.5)[0].asPoint()
        p = map_to_pixel(window.canvas, inner.x(), inner.y())
        core = f.geometry().buffer(-1.5, 4)
        # a few pixels beside the point (the label sits on it), still well inside the zone
        for dx, dy in ((-14, 12), (14, 12), (-14, -12), (14, -12), (0, 9), (0, -9), (9, 0), (-9, 0)):
            where = to_map.toMapCoordinates(p.x() + dx, p.y() + dy)
            if core.contains(QgsGeometry.fromPointXY(QgsPointXY(where))):
                colour = image.pixelColor(p.x() + dx, p.y() + dy).name().upper()
                out.setdefault(f["specific_land_use"][0].rsplit("/", 1)[-1], []).append(colour)
                break
    return out


@pytest.fixture
def opened(window, sample_gpkg, qtbot):
    window.resize(1280, 800)  # the pixels below were chosen at this size; the offscreen screen would fit it to 800×600
    window.open_plan(sample_gpkg)
    window.canvas.setLabelingEngineSettings(window.canvas.labelingEngineSettings())
    window.canvas.zoomToFullExtent()
    wait_rendered(qtbot, window.canvas)
    return window


def test_each_zone_is_drawn_in_its_national_type_colour(opened, qtbot):
    from qgis.core import QgsProject

    layers = opened.document.layers
    for overlay in (layers.regulations_area, layers.regulations_line, layers.regulations_point):
        QgsProject.instance().layerTreeRoot().findLayer(overlay.id()).setItemVisibilityChecked(False)
    wait_rendered(qtbot, opened.canvas)
    layer = layers.zoning
    pixels = _zone_pixels(opened, layer)
    for code, colours in pixels.items():
        if code in PLANNER_COLOURS:
            assert colours.count(PLANNER_COLOURS[code]) >= len(colours) * 0.8, (code, colours)
    assert sum(len(c) for c in pixels.values()) >= 25


def test_legend_lists_only_the_classes_in_use_and_follows_edits(opened, qtbot):
    from app.editing import change_attributes

    layer = opened.document.layers.zoning
    used = {f["specific_land_use"][0].rsplit("/", 1)[-1] for f in layer.getFeatures()}
    values = [c.value() for c in layer.renderer().categories()]
    assert set(values) == used and len(values) == len(used)
    smf = next(f for f in layer.getFeatures() if f["specific_land_use"][0].endswith("/Smf"))
    change_attributes(opened.document, layer, smf.id(), {"specific_land_use": [BG_ZONE + "Pp"]}, "retype")
    assert "Pp" in [c.value() for c in layer.renderer().categories()]
    opened.actions["undo"].trigger()
    assert "Pp" not in [c.value() for c in layer.renderer().categories()]


def test_a_zone_drawn_inside_smf_is_visible(opened, qtbot):
    from qgis.PyQt.QtCore import Qt

    from app.forms.feature_form import FeatureForm

    layer = opened.document.layers.zoning
    smf = max((f for f in layer.getFeatures() if f["specific_land_use"][0].endswith("/Smf")),
              key=lambda f: f.geometry().area())
    centre = smf.geometry().poleOfInaccessibility(0.5)[0].asPoint()
    half = 12.0
    opened.set_tool("add_zone")
    corners = [(-half, -half), (half, -half), (half, half), (-half, half)]
    for dx, dy in corners:
        click_map(qtbot, opened.canvas, map_to_pixel(opened.canvas, centre.x() + dx, centre.y() + dy))
    last = map_to_pixel(opened.canvas, centre.x() - half, centre.y() + half)
    click_map(qtbot, opened.canvas, last, Qt.MouseButton.RightButton)
    qtbot.waitUntil(lambda: isinstance(opened.active_dialog, FeatureForm) and opened.active_dialog.isVisible())
    form = opened.active_dialog
    form.fields["specific_land_use"].editor.check(BG_ZONE + "Oz")
    with qtbot.waitSignal(form.accepted):
        form.buttons.button(form.buttons.StandardButton.Ok).click()
    wait_rendered(qtbot, opened.canvas)
    image = opened.canvas.grab().toImage()
    inside = map_to_pixel(opened.canvas, centre.x() + half / 2, centre.y() - half / 2)
    assert image.pixelColor(inside).name().upper() == PLANNER_COLOURS["Oz"]
    outside = map_to_pixel(opened.canvas, centre.x() + half * 1.6, centre.y() - half * 1.6)
    assert image.pixelColor(outside).name().upper() == PLANNER_COLOURS["Smf"]


def test_a_plan_without_national_types_is_styled_by_hilucs(qapp, sample, tmp_path):
    from app.plan_layers import load_plan_layers
    from plu_model.geopackage import save_dataset

    for zone in sample.zoning_elements:
        zone.specific_land_use = []
    path = tmp_path / "hilucs.gpkg"
    save_dataset(path, sample)
    layers = load_plan_layers(path, "en")
    labels = {c.value(): c.label() for c in layers.zoning.renderer().categories()}
    assert labels["5_1_PermanentResidentialUse"].startswith("5.1 — ")
    assert labels["3_4_4_OpenAirRecreationalAreas"].startswith("3.4.4 — ")
    assert "1_PrimaryProduction" not in labels  # not in the plan


def test_a_municipal_style_folder_replaces_the_shipped_legend(qapp, sample_gpkg, tmp_path, monkeypatch):
    from app.plan_layers import load_plan_layers
    from app.zone_styles import set_style_folder, style_folder

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("PLU_STYLE_DIR", "")  # restored (unset) after the test, whatever the app put there
    folder = tmp_path / "official"
    folder.mkdir()
    text = (STYLES / "zoning_zone_type.bg.qml").read_text(encoding="utf-8")
    # the municipality's legend: Жм in pure blue, renamed
    r, g, b = (int(PLANNER_COLOURS["Zhm"][i:i + 2], 16) for i in (1, 3, 5))
    text = text.replace(f"{r},{g},{b},255", "0,0,255,255").replace("Жм — Жилищна зона с малка височина", "Жм (официална)")
    (folder / "zoning_zone_type.bg.qml").write_text(text, encoding="utf-8")
    set_style_folder(folder)
    assert style_folder() == folder
    layers = load_plan_layers(sample_gpkg, "bg")
    zhm = next(c for c in layers.zoning.renderer().categories() if c.value() == "Zhm")
    assert zhm.label() == "Жм (официална)" and zhm.symbol().color().name() == "#0000ff"
    assert layers.zoning_style.source == folder / "zoning_zone_type.bg.qml"
    assert os.environ["PLU_STYLE_DIR"] == str(folder)  # what a package built in this session will show
    set_style_folder(None)
    assert "PLU_STYLE_DIR" not in os.environ
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "zoning_zone_type.qml").write_text("<qgis><not a style", encoding="utf-8")
    set_style_folder(broken)
    layers = load_plan_layers(sample_gpkg, "en")  # a broken file: the built-in legend, not a blank map
    assert "Zhm" in [c.value() for c in layers.zoning.renderer().categories()]
    set_style_folder(None)
    shutil.rmtree(broken)


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("language,zhm", [("bg", "Жм — Жилищна зона с малка височина"),
                                          ("en", "Жм — Low-rise residential zone")])
def test_map_and_legend_on_laptop_and_desktop_screens(translations, make_window, sample_gpkg, sample, qtbot,
                                                      output_dir, language, zhm, size):
    from clipped_text import clipped_widgets

    window = make_window(language)
    window.resize(*size)
    window.open_plan(sample_gpkg)
    wait_rendered(qtbot, window.canvas)
    qtbot.wait(50)
    window.grab().save(str(output_dir / f"map-legend-{language}-{size[0]}x{size[1]}.png"))
    layer = window.document.layers.zoning
    labels = [c.label() for c in layer.renderer().categories()]
    in_plan = {z.specific_land_use[0] for z in sample.zoning_elements}
    assert zhm in labels and len(labels) == len(in_plan)  # only the classes the plan uses
    assert not any("_" in label for label in labels)
    assert clipped_widgets(window.layers_dock) == []  # legend names included: tree items are checked
    assert window.canvas.width() >= size[0] * 0.6  # the map keeps most of the screen


def test_a_qgis_server_wms_draws_the_zones_from_the_shipped_style_file(qapp, sample_gpkg, tmp_path):
    """The register's WMS will be a QGIS Server project whose layers load resources/styles/*.qml."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsVectorLayer
    from qgis.PyQt.QtGui import QImage

    server_module = pytest.importorskip("qgis.server")
    if not Path("/usr/lib/qgis/server/libwms.so").exists():
        pytest.skip("needs the Debian package qgis-server-wms (scripts/setup.sh installs it)")
    project = QgsProject()
    layer = QgsVectorLayer(f"{sample_gpkg}|layername=zoning_element", "zoning", "ogr")
    assert layer.isValid()
    _message, ok = layer.loadNamedStyle(str(STYLES / "zoning_zone_type.bg.qml"))
    assert ok
    project.addMapLayer(layer)
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:7801"))
    qgs = tmp_path / "register.qgs"
    assert project.write(str(qgs))
    zones = [(f.geometry().poleOfInaccessibility(0.5)[0].asPoint(), f["specific_land_use"][0].rsplit("/", 1)[-1])
             for f in layer.getFeatures()]
    extent = layer.extent()
    side = max(extent.width(), extent.height())
    x0, y0 = extent.center().x() - side / 2, extent.center().y() - side / 2
    size = 600
    server = server_module.QgsServer()
    request = server_module.QgsBufferServerRequest(
        f"?MAP={qgs}&SERVICE=WMS&VERSION=1.1.1&REQUEST=GetMap&LAYERS=zoning&STYLES=&SRS=EPSG:7801"
        f"&BBOX={x0},{y0},{x0 + side},{y0 + side}&WIDTH={size}&HEIGHT={size}&FORMAT=image/png&TRANSPARENT=FALSE"
    )
    response = server_module.QgsBufferServerResponse()
    server.handleRequest(request, response)
    image = QImage.fromData(bytes(response.body()))
    assert not image.isNull(), bytes(response.body())[:500]
    seen = {}
    for point, code in zones:
        px = round((point.x() - x0) / side * size)
        py = round((y0 + side - point.y()) / side * size)
        seen.setdefault(code, []).append(image.pixelColor(px + 6, py + 6).name().upper())
    for code, colour in PLANNER_COLOURS.items():
        if code in seen and code != "Tp":  # streets are too thin to hit reliably at this size
            assert seen[code].count(colour) >= len(seen[code]) * 0.6, (code, seen[code])
    assert {"Zhm", "Zhs", "Smf", "Oz"} <= set(seen)


def test_regulation_legends_list_only_the_classes_in_use(qapp, sample, sample_gpkg):
    from app.plan_layers import load_plan_layers

    layers = load_plan_layers(sample_gpkg, "bg")
    expected: dict[str, set[str]] = {"Polygon": set(), "LineString": set(), "Point": set()}
    for regulation in sample.supplementary_regulations:
        code = regulation.supplementary_regulation[0].rsplit("/", 1)[-1]
        expected[regulation.geometry.geom_type.replace("Multi", "")].add(code.split("_", 1)[0])
    for layer, kind in ((layers.regulations_area, "Polygon"), (layers.regulations_line, "LineString"),
                        (layers.regulations_point, "Point")):
        assert {str(c.value()) for c in layer.renderer().categories()} == expected[kind], kind
    assert sum(len(v) for v in expected.values()) >= 2


def test_view_menu_chooses_a_style_folder_and_goes_back(make_window, sample_gpkg, tmp_path, monkeypatch):
    from qgis.PyQt.QtWidgets import QFileDialog

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("PLU_STYLE_DIR", "")
    folder = tmp_path / "official"
    folder.mkdir()
    text = (STYLES / "zoning_zone_type.en.qml").read_text(encoding="utf-8")
    (folder / "zoning_zone_type.qml").write_text(text.replace("Mixed multifunctional zone", "SMF (official)"),
                                                  encoding="utf-8")
    window = make_window("en")
    window.open_plan(sample_gpkg)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder)))
    window.registry_actions["view.style_folder"].trigger()
    labels = [c.label() for c in window.document.layers.zoning.renderer().categories()]
    assert "Смф — SMF (official)" in labels
    window.registry_actions["view.builtin_styles"].trigger()
    labels = [c.label() for c in window.document.layers.zoning.renderer().categories()]
    assert "Смф — Mixed multifunctional zone" in labels


def test_editing_one_zone_does_not_reread_the_whole_layer(qapp, sample_gpkg, monkeypatch):
    """A city-wide plan has tens of thousands of zones: a retype must not read them all again."""
    import app.zone_styles as zone_styles
    from app.plan_layers import load_plan_layers

    layers = load_plan_layers(sample_gpkg, "en")
    style, layer = layers.zoning_style, layers.zoning
    reads = []
    original = style._read
    monkeypatch.setattr(style, "_read", lambda request: (reads.append(request.filterType()), original(request)))
    from_file = zone_styles.first_types  # with nothing in the edit buffer the types come straight from the file
    monkeypatch.setattr(zone_styles, "first_types", lambda *a: (reads.append("file"), from_file(*a))[1])
    layer.startEditing()
    fid = next(layer.getFeatures()).id()
    layer.changeAttributeValue(fid, layer.fields().indexOf("gml_id"), "ZE.renamed")
    layer.changeAttributeValue(fid, layer.fields().indexOf("specific_land_use"), [BG_ZONE + "Vp"])
    assert "Vp" in [c.value() for c in layer.renderer().categories()]
    assert reads == []
    layer.rollBack()
    assert "Vp" not in [c.value() for c in layer.renderer().categories()]
    assert len(reads) == 1  # a rollback reads the layer once


def test_a_municipal_legend_without_some_types_or_of_another_kind_still_draws_every_zone(qapp, sample_gpkg, tmp_path,
                                                                                          monkeypatch):
    from qgis.core import QgsSingleSymbolRenderer, QgsVectorLayer

    from app.plan_layers import load_plan_layers
    from app.zone_styles import set_style_folder

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("PLU_STYLE_DIR", "")
    folder = tmp_path / "partial"
    folder.mkdir()
    tree = ET.parse(STYLES / "zoning_zone_type.en.qml")
    categories = tree.getroot().find("renderer-v2/categories")
    for category in list(categories):
        if category.get("value") in ("", "Zhm"):  # no catch-all, and no Жм
            categories.remove(category)
    tree.write(folder / "zoning_zone_type.qml", encoding="utf-8")
    set_style_folder(folder)
    try:
        layers = load_plan_layers(sample_gpkg, "en")
        values = [c.value() for c in layers.zoning.renderer().categories()]
        assert "Zhm" not in values and "" in values  # the Жм zones fall in the added catch-all
        other = tmp_path / "single"
        other.mkdir()
        memory = QgsVectorLayer("Polygon?field=specific_land_use:string", "z", "memory")
        memory.saveNamedStyle(str(other / "zoning_zone_type.qml"))
        set_style_folder(other)
        layers = load_plan_layers(sample_gpkg, "en")
        assert isinstance(layers.zoning.renderer(), QgsSingleSymbolRenderer)  # used as the municipality made it
    finally:
        set_style_folder(None)


def test_a_city_wide_plan_reads_its_types_in_a_thread_and_keeps_the_edits_made_meanwhile(qapp, sample_gpkg,
                                                                                         monkeypatch):
    import app.zone_styles as zone_styles
    from app.plan_layers import load_plan_layers

    monkeypatch.setattr(zone_styles, "READ_IN_THREAD_FROM", 1)  # the sample counts as city-wide
    layers = load_plan_layers(sample_gpkg, "en")
    style, layer = layers.zoning_style, layers.zoning
    used = {f["specific_land_use"][0].rsplit("/", 1)[-1] for f in layer.getFeatures()}
    every = [c.value() for c in style.full.categories()]
    assert style._reading is not None  # still reading: every class of the scheme, so every zone is drawn
    assert [c.value() for c in layer.renderer().categories()] == every and set(every) > used
    layer.startEditing()
    zone = next(f for f in layer.getFeatures() if f["specific_land_use"][0].endswith("/Smf"))
    layer.changeAttributeValue(zone.id(), layer.fields().indexOf("specific_land_use"), [BG_ZONE + "Vp"])
    style.wait()
    shown = {c.value() for c in layer.renderer().categories()}
    left = {f["specific_land_use"][0].rsplit("/", 1)[-1] for f in layer.getFeatures()}
    assert shown == left and "Vp" in shown  # the classes in use, the retype made while reading included
    layer.rollBack()  # reads the file again, in a thread
    style.wait()
    assert {c.value() for c in layer.renderer().categories()} == used
