"""``ValidationOptions.on_read``: a caller gets every feature the validation pass read, with its reader."""

from __future__ import annotations

from pathlib import Path

from plu_model.readers import read_dataset
from validators import ValidationOptions, validate

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "sofia_zelena_polyana_pup.gml"


def test_every_feature_of_a_gml_is_handed_over_once_with_its_reader():
    expected, _ = read_dataset(SAMPLE)
    seen = []
    validate(str(SAMPLE), ValidationOptions(profile="bg", on_read=lambda source, f: seen.append((source, f))))
    assert [(f.class_name, f.gml_id) for _s, f in seen] == [(f.class_name, f.gml_id) for f in expected.features()]
    reader = seen[0][0]
    assert all(s is reader for s, _f in seen)
    assert reader.crs == expected.crs and reader.dataset_id == expected.dataset_id
    assert dict(reader.metadata) == expected.metadata


def test_a_plan_in_memory_hands_over_its_features_too():
    data, _ = read_dataset(SAMPLE)
    seen = []
    validate(data, ValidationOptions(on_read=lambda source, f: seen.append(f)))
    assert [id(f) for f in seen] == [id(f) for f in data.features()]
