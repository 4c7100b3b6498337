"""An independent reader, GDAL's GMLAS driver, accepts what we write (offline)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from exporters.gml_writer import write_gml

PLU_XSD = "https://inspire.ec.europa.eu/schemas/plu/4.0/PlannedLandUse.xsd"


@pytest.fixture(scope="module")
def gmlas_config(tmp_path_factory, schema_dir):
    """GMLAS's schema cache, filled from the local schema folder, with downloads switched off."""
    folder = tmp_path_factory.mktemp("gmlas")
    cache = folder / "cache"
    cache.mkdir()
    for xsd in schema_dir.rglob("*.xsd"):
        flat = re.sub(r"[^A-Za-z0-9.]", "_", str(xsd.relative_to(schema_dir)))
        shutil.copyfile(xsd, cache / flat)
    from osgeo import gdal

    template = Path(gdal.GetConfigOption("GDAL_DATA") or "/usr/share/gdal") / "gmlasconf.xml"
    text = template.read_text(encoding="utf-8")
    text = text.replace("<AllowRemoteSchemaDownload>true", "<AllowRemoteSchemaDownload>false")
    text = text.replace("<Directory/>", f"<Directory>{cache}</Directory>")
    conf = folder / "gmlasconf.xml"
    conf.write_text(text, encoding="utf-8")
    return conf


def _counts(path, conf) -> dict[str, int]:
    out = subprocess.run(
        ["ogrinfo", "-ro", "-so", "-al", f"GMLAS:{path}", "-oo", f"CONFIG_FILE={conf}", "-oo", f"XSD={PLU_XSD}"],
        capture_output=True, text=True, timeout=300,
    )
    assert out.returncode == 0, out.stderr
    counts, layer = {}, None
    for line in out.stdout.splitlines():
        if line.startswith("Layer name: "):
            layer = line.split(": ", 1)[1]
        elif line.startswith("Feature Count: ") and layer:
            counts[layer] = int(line.split(": ", 1)[1])
    return counts


@pytest.mark.parametrize("crs", [None, 4258])
def test_gmlas_reads_our_gml_with_the_right_counts(tmp_path, sample, gmlas_config, crs):
    out = tmp_path / "sample.gml"
    write_gml(out, sample, crs=crs)
    counts = _counts(out, gmlas_config)
    assert counts["spatialplan"] == 1
    assert counts["zoningelement"] == 35
    assert counts["supplementaryregulation"] == 4
    assert counts["officialdocumentation"] == 3
    assert counts["zoningelement_hilucslanduse"] == 35


REALWORLD = sorted((Path(__file__).resolve().parents[1] / "data" / "realworld").glob("*.gml"))


@pytest.mark.parametrize("case", REALWORLD, ids=lambda p: p.name)
def test_gmlas_reads_the_real_world_corpus_after_a_round_trip(case, tmp_path, gmlas_config):
    """Written back as they were read, the features are still what an independent reader counts in the input."""
    from lxml import etree

    from plu_model.geopackage import PlanFile, save_dataset
    from plu_model.gml_reader import read_gml

    data, _ = read_gml(case)
    save_dataset(tmp_path / "plan.gpkg", data)
    out = tmp_path / "back.gml"
    with PlanFile(tmp_path / "plan.gpkg") as plan:
        write_gml(out, plan)
    tree = etree.parse(str(case), etree.XMLParser(resolve_entities=False, no_network=True))
    plu = "{http://inspire.ec.europa.eu/schemas/plu/4.0}"
    expected = {name.lower(): len(list(tree.iter(plu + name))) for name in
                ("SpatialPlan", "ZoningElement", "SupplementaryRegulation", "OfficialDocumentation")}
    counts = _counts(out, gmlas_config)
    assert {k: counts.get(k, 0) for k, n in expected.items() if n} == {k: n for k, n in expected.items() if n}
