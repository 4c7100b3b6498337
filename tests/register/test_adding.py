"""``add`` parses a plan once: the validation pass's features are what is stored, nothing lost."""

from __future__ import annotations

import pytest
from conftest_paths import SAMPLE
from test_store import _content

from plu_model import gml_reader
from plu_model.geopackage import save_dataset
from plu_model.readers import read_dataset
from register.adding import add_plan


@pytest.fixture
def parses(monkeypatch):
    """How many times a GML file is parsed (each parse streams ``GmlReader.features`` once)."""
    count = {"n": 0}
    original = gml_reader.GmlReader.features

    def counted(self, *args, **kwargs):
        count["n"] += 1
        return original(self, *args, **kwargs)

    monkeypatch.setattr(gml_reader.GmlReader, "features", counted)
    return count


def test_add_parses_the_gml_once_and_stores_everything_it_read(provider, parses):
    expected, _ = read_dataset(SAMPLE)  # read before counting: the reference, independent of add
    parses["n"] = 0
    provider.ensure_authority("sofia")
    result = add_plan(provider, SAMPLE, "sofia", force=True)
    assert parses["n"] == 1
    assert result.version is not None
    back = provider.dataset(result.version.ref)
    assert _content(back) == _content(expected)
    assert back.metadata == expected.metadata and back.dataset_id == expected.dataset_id


def test_add_of_a_plan_file_stores_what_the_validator_read(provider, tmp_path):
    expected, _ = read_dataset(SAMPLE)
    gpkg = save_dataset(tmp_path / "plan.gpkg", expected)
    provider.ensure_authority("sofia")
    result = add_plan(provider, gpkg, "sofia", force=True)
    assert result.version is not None
    assert _content(provider.dataset(result.version.ref)) == _content(expected)
