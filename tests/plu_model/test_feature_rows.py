"""``feature_rows`` (a batch's fingerprints from one WKB call) gives each feature's ``feature_to_row`` exactly."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from plu_model.geopackage import feature_rows, feature_to_row
from plu_model.readers import read_dataset

ROOT = Path(__file__).resolve().parents[2]
CORPUS = [
    ROOT / "resources" / "samples" / "sofia_zelena_polyana_pup.gml",
    *sorted((ROOT / "tests" / "data" / "roundtrip").glob("*.gml")),
    *sorted((ROOT / "tests" / "data" / "realworld").glob("*.gml")),
]


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_a_batch_gives_each_features_row(path):
    data, _ = read_dataset(path)
    features = list(data.features())
    edited = features[len(features) // 2]  # no longer as read: its fingerprint is the first kind
    edited.gml_id = (edited.gml_id or "x") + "-edited"
    unkept = dataclasses.replace(features[-1])
    unkept.source = None  # a feature with no kept element: no fingerprint at all
    features.append(unkept)
    expected = [feature_to_row(f) for f in features]
    assert feature_rows(features) == expected
    assert [list(r) for r in feature_rows(features)] == [list(r) for r in expected]  # the same column order
    assert any(r["source_fingerprint"] for r in expected) and expected[-1]["source_fingerprint"] is None
