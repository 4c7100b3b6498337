"""Offline validation against the official schemas: all errors, with file, line and path; no network."""

from __future__ import annotations

import socket

import pytest

from plu_model.errors import SchemaMissingError
from validators.schema_folder import fetch_schemas, find_schema_dir
from validators.xsd import iter_xsd_findings, load_schema


def test_sample_is_valid(sample_path, schema):
    assert list(iter_xsd_findings(sample_path, schema)) == []


def test_every_error_is_reported_with_line_and_path(tmp_path, sample_path, schema):
    text = sample_path.read_text(encoding="utf-8")
    text = text.replace("<plu:officialTitle>", "<plu:officialTitleX>", 1).replace("</plu:officialTitle>", "</plu:officialTitleX>", 1)
    text = text.replace('<plu:regulationNature xlink:href', '<plu:regulationNatureBroken xlink:href', 2)
    bad = tmp_path / "bad.gml"
    bad.write_text(text, encoding="utf-8")
    findings = list(iter_xsd_findings(bad, schema))
    assert len(findings) == 3
    first = findings[0]
    assert first.file == str(bad) and first.line > 0
    assert first.xpath.startswith("//plu:SpatialPlan[@gml:id='SP.zelena-polyana']")
    assert "officialTitleX" in first.message_en and first.message_bg.startswith("XML схема")
    assert {f.gml_id for f in findings[1:]} == {"ZE.zhs-01", "ZE.smf-01"} or len({f.gml_id for f in findings[1:]}) == 2


def test_metadata_inside_the_dataset_is_checked(tmp_path, sample_path, schema):
    text = sample_path.read_text(encoding="utf-8").replace("<gmd:dateStamp>", "<gmd:dateStampX>", 1).replace(
        "</gmd:dateStamp>", "</gmd:dateStampX>", 1)
    bad = tmp_path / "md.gml"
    bad.write_text(text, encoding="utf-8")
    [f] = list(iter_xsd_findings(bad, schema))
    assert "dateStampX" in f.message_en


def test_duplicate_ids_across_features(tmp_path, sample_path, schema):
    text = sample_path.read_text(encoding="utf-8").replace('gml:id="ZE.zhs-02"', 'gml:id="ZE.zhs-01"', 1)
    bad = tmp_path / "dup.gml"
    bad.write_text(text, encoding="utf-8")
    findings = [f for f in iter_xsd_findings(bad, schema) if "not unique" in f.message_en]
    assert len(findings) == 1 and findings[0].gml_id == "ZE.zhs-01"


def test_not_well_formed_is_fatal_with_line(tmp_path, schema):
    bad = tmp_path / "cut.gml"
    bad.write_text('<?xml version="1.0"?>\n<a>\n<b>\n</a>')
    [f] = list(iter_xsd_findings(bad, schema))
    assert f.rule == "XML.NOT_WELL_FORMED" and f.severity.name == "FATAL" and f.line in (3, 4)


def test_validation_never_touches_the_network(monkeypatch, sample_path, schema_dir):
    def refuse(*args, **kwargs):
        raise AssertionError("network access during validation")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    load_schema.__wrapped__ if hasattr(load_schema, "__wrapped__") else None
    from validators import xsd

    xsd._schema_for.cache_clear()
    try:
        assert list(iter_xsd_findings(sample_path, load_schema(schema_dir))) == []
    finally:
        xsd._schema_for.cache_clear()


def test_missing_schemas_give_one_clear_message(monkeypatch, tmp_path):
    monkeypatch.setenv("PLU_SCHEMA_DIR", str(tmp_path / "empty"))
    with pytest.raises(SchemaMissingError, match="PLU_SCHEMA_DIR=.*does not hold the INSPIRE schemas"):
        find_schema_dir()
    monkeypatch.delenv("PLU_SCHEMA_DIR")
    with pytest.raises(SchemaMissingError, match="plu schemas fetch"):
        find_schema_dir()


def test_fetch_fills_a_cache_that_validates(tmp_path, schema_dir, sample_path):
    """'plu schemas fetch' follows every import from the published addresses (served here from disk)."""
    asked = []

    def get(url: str) -> bytes:
        asked.append(url)
        local = url.split("://", 1)[1]
        return (schema_dir / local).read_bytes()

    folder, count = fetch_schemas(tmp_path / "cache", get=get)
    assert count == len(set(asked)) > 30
    assert any("gml/3.2.1/gml.xsd" in u for u in asked)
    from validators import xsd

    assert list(iter_xsd_findings(sample_path, xsd.load_schema(folder))) == []


def test_a_gml_feature_collection_wrapper_is_checked(tmp_path, schema):
    """gml.xsd includes deprecatedTypes.xsd, which declares gml:FeatureCollection: its own children are checked,
    in the streaming check and in the engine, and a valid one is not reported as unchecked."""
    from validation_manifest import BROKEN, load_generator

    from validators import validate

    bad = BROKEN / "xsd_wrapper_gml_child.gml"
    line = next(i for i, t in enumerate(bad.read_text(encoding="utf-8").splitlines(), 1) if "<base:identifier>" in t)
    streamed = list(iter_xsd_findings(bad, schema))
    assert [(f.rule, f.line) for f in streamed] == [("XSD", line)]
    assert "base:identifier" in streamed[0].message_en
    assert [(f.rule, f.line) for f in validate(bad).findings] == [("XSD", line)]
    good = tmp_path / "collection.gml"
    good.write_text(load_generator().gml_collection(load_generator().base_gml()), encoding="utf-8")
    assert list(iter_xsd_findings(good, schema)) == []
    report = validate(good)
    assert report.findings == [] and report.verdict == "valid"


def test_a_failed_fetch_says_how_to_get_the_schemas(tmp_path):
    from plu_model.errors import PluError

    def offline(url: str) -> bytes:
        raise OSError("[Errno -3] Temporary failure in name resolution")

    with pytest.raises(PluError) as err:
        fetch_schemas(tmp_path / "cache", get=offline)
    for language in ("en", "bg"):
        text = err.value.message(language)
        assert "\n" not in text and ".xsd" in text and "Temporary failure" in text
        assert "plu schemas fetch" in text and "PLU_SCHEMA_DIR" in text
    import re
    from urllib.parse import urlsplit

    url = re.search(r"could not download (\S+)", str(err.value)).group(1)
    assert f"can reach {urlsplit(url).netloc}" in str(err.value)  # the first fetch is xlink.xsd on www.w3.org
