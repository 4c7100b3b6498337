"""The kept source element of a feature is plan-file data, not something a planner reads or edits."""

from __future__ import annotations

import pytest

from conftest import DATA
from plu_model.geopackage import save_dataset
from plu_model.gml_reader import read_gml

pytestmark = pytest.mark.gui


@pytest.fixture
def exchanged_plan(tmp_path):
    """Another authority's delivery as a plan file: every feature keeps its source element."""
    data, _ = read_gml(DATA / "realworld" / "xplan_bplan_25832.gml")
    gpkg = tmp_path / "plan.gpkg"
    save_dataset(gpkg, data)
    return gpkg


def _texts(widget) -> list[str]:
    from qgis.PyQt.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

    out = [w.text() for w in widget.findChildren(QLineEdit)]
    out += [w.toPlainText() for w in widget.findChildren((QTextEdit, QPlainTextEdit))]
    return out


def test_the_table_and_the_form_show_no_source_columns(qapp, qtbot, exchanged_plan, output_dir):
    from qgis.core import QgsProject
    from qgis.gui import QgsAttributeForm, QgsDualView, QgsGui, QgsMapCanvas

    from app.plan_layers import load_plan_layers

    QgsGui.editorWidgetRegistry().initEditors()  # what QGIS desktop does at start: forms get their widgets

    layers = load_plan_layers(exchanged_plan)
    zoning = layers.zoning
    for layer in layers.all():
        for name in ("source_xml", "source_fingerprint"):
            index = layer.fields().indexOf(name)
            assert index >= 0  # kept in the data, only hidden
            assert layer.editorWidgetSetup(index).type() == "Hidden"
            assert [c.hidden for c in layer.attributeTableConfig().columns() if c.name == name] == [True]
    QgsProject.instance().addMapLayer(zoning, False)
    try:
        canvas = QgsMapCanvas()
        table = QgsDualView()
        table.init(zoning, canvas)
        table.setAttributeTableConfig(zoning.attributeTableConfig())
        table.setView(QgsDualView.ViewMode.AttributeTable)
        table.resize(1400, 400)
        qtbot.addWidget(table)
        table.show()
        qtbot.waitUntil(lambda: table.tableView().model().rowCount() > 0)
        model = table.tableView().model()
        headers = [model.headerData(c, 1) for c in range(model.columnCount())]
        assert "gml_id" in headers and "regulation_nature" in headers
        assert "source_xml" not in headers and "source_fingerprint" not in headers
        table.grab().save(str(output_dir / "plan_layers_attribute_table.png"))

        feature = next(zoning.getFeatures())
        source = feature["source_xml"]
        assert source and len(feature["source_fingerprint"]) == len("v2:") + 64  # plu_model.source_xml.FINGERPRINT_V2
        form = QgsAttributeForm(zoning, feature)
        form.resize(700, 900)
        qtbot.addWidget(form)
        form.show()
        qtbot.waitUntil(lambda: bool(_texts(form)))
        texts = _texts(form)
        assert feature["gml_id"] in texts  # the form does show the feature's own values
        assert not [t for t in texts if t == source or t == feature["source_fingerprint"] or "zlib1:" in t]
        from qgis.PyQt.QtWidgets import QLabel

        labels = {w.text() for w in form.findChildren(QLabel)}
        assert "plan" in labels and not labels & {"source_xml", "source_fingerprint"}
        form.grab().save(str(output_dir / "plan_layers_attribute_form.png"))
    finally:
        QgsProject.instance().removeMapLayer(zoning.id())
