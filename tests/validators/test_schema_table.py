"""The hand-written attribute table equals the official XSD (names, order, multiplicity, nillability)."""

from __future__ import annotations

from plu_model.schema import CLASS_ATTRIBUTES, Attribute
from validators import schema_table
from validators.schema_table import model_table, schema_drift, xsd_table


def test_the_model_table_is_the_schema(schema_dir):
    assert schema_drift(schema_dir) == []


def test_the_xsd_reading_sees_what_the_schema_says(schema_dir):
    """Spot checks against the text of PlannedLandUse.xsd, read by eye."""
    table = {row[0]: row for row in xsd_table(schema_dir)["ZoningElement"]}
    assert table["hilucsLandUse"] == ("hilucsLandUse", True, False, False)  # 1..*, not nillable
    assert table["dimensioningIndication"] == ("dimensioningIndication", True, True, True)  # 0..*, nillable
    assert table["plan"] == ("plan", False, False, False)
    assert list(table)[:2] == ["inspireId", "geometry"]  # gml:name, gml:boundedBy… are not the model's


def test_a_drift_is_named(schema_dir, monkeypatch):
    changed = dict(CLASS_ATTRIBUTES)
    ze = list(changed["ZoningElement"])
    i = next(i for i, a in enumerate(ze) if a.xml == "plan")
    ze[i] = Attribute("plan", "plan", "ref", many=True)
    changed["ZoningElement"] = tuple(ze)
    monkeypatch.setattr(schema_table, "CLASS_ATTRIBUTES", changed)
    assert schema_drift(schema_dir) == ["ZoningElement.plan: many is False in the XSD, True in the model"]
    assert model_table()["ZoningElement"][i] == ("plan", True, False, False)
