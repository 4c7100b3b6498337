"""The plan-file row of a feature, made the fast way, is the row the straightforward encoding makes.

The reference here is the encoding as it was before the row path was made cheaper: each value
through :func:`plu_model.geopackage._encode`, the nil column set only for a nil value, and the
second-kind fingerprint a SHA-256 of ``name=repr(value)`` joined by NUL, the geometry's ISO WKB
and the kept element, worked out in this file.  The features are the corpus's, as read and with
values changed at random (nil reasons, date-times in several zones, texts with quotes, braces and
Cyrillic, booleans), kept again so that their fingerprints are of the second kind.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import random
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import shapely

from plu_model import geopackage
from plu_model.features import geometry_of
from plu_model.geopackage import feature_rows, feature_to_row, row_to_feature
from plu_model.readers import read_dataset
from plu_model.schema import CLASS_ATTRIBUTES
from plu_model.source_xml import PACKED, columns_format, columns_text, kept, unpack
from plu_model.temporal import format_datetime
from plu_model.voidable import Nil
from register.store import _row_json, _row_text

ROOT = Path(__file__).resolve().parents[2]
CORPUS = [
    ROOT / "resources" / "samples" / "sofia_zelena_polyana_pup.gml",
    *sorted((ROOT / "tests" / "data" / "roundtrip").glob("*.gml")),
    *sorted((ROOT / "tests" / "data" / "realworld").glob("*.gml")),
]
_SOFIA = ZoneInfo("Europe/Sofia")
_REASON = "http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"


def _reference_values(f: Any) -> dict[str, Any]:
    """The columns but the geometry and kept element, one value at a time through ``_encode``."""
    ident = f.inspire_id
    row: dict[str, Any] = {
        "gml_id": f.gml_id,
        "inspire_local_id": ident.local_id,
        "inspire_namespace": ident.namespace,
        "inspire_version_id": None if isinstance(ident.version_id, Nil) else ident.version_id,
        "inspire_version_id_nil": ident.version_id.reason if isinstance(ident.version_id, Nil) else None,
        "source_xml": None,
        "source_fingerprint": None,
    }
    for attr in CLASS_ATTRIBUTES[f.class_name]:
        if attr.kind in ("identifier", "geometry"):
            continue
        value = getattr(f, attr.name)
        if isinstance(value, Nil):
            row[f"{attr.name}_nil"] = value.reason
            row[attr.name] = None
        elif value is None:
            row[attr.name] = None
        else:
            row[attr.name] = geopackage._encode(attr, value)
    return row


def _reference_fingerprint(row: dict[str, Any], f: Any) -> str:
    names = [n for n, _t, _s in geopackage.columns_of(f.class_name) if not n.startswith("source_")]
    geometry = geometry_of(f)
    wkb = b"\x00none" if geometry is None else shapely.to_wkb(geometry, flavor="iso")
    text = "\x00".join(f"{name}={row.get(name)!r}" for name in names)
    return "v2:" + hashlib.sha256(text.encode() + b"\x00wkb=" + wkb + b"\x00xml=" + f.source.xml.encode()).hexdigest()


def _random_text(rng: random.Random) -> str:
    return "".join(rng.choice(['a', 'Я', 'ж', '"', "'", "{", "}", "\\", "\n", " ", "0", "€", "{!r}"])
                   for _ in range(rng.randint(0, 12)))


def _random_datetime(rng: random.Random) -> datetime:
    base = datetime(2020, 1, 1) + timedelta(seconds=rng.randint(0, 10**8), microseconds=rng.choice([0, 1, 250000]))
    zone = rng.choice([None, UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-5, minutes=-30)), _SOFIA])
    return base.replace(tzinfo=zone, fold=rng.choice([0, 1]))


def _random_value(rng: random.Random, attr: Any, value: Any) -> Any:
    if attr.voidable and rng.random() < 0.2:
        return Nil(rng.choice(["unknown", _REASON]))
    if attr.optional and rng.random() < 0.2:
        return None
    if attr.kind in ("string", "code", "ref"):
        return [_random_text(rng) for _ in range(rng.randint(0, 3))] if attr.many else _random_text(rng)
    if attr.kind == "datetime":
        return _random_datetime(rng)
    if attr.kind == "date":
        return date(2000, 1, 1) + timedelta(days=rng.randint(0, 20000))
    if attr.kind == "boolean":
        return rng.random() < 0.5
    return value  # structured values (dimensioning, ordinances…) as read


def _shuffled(features: list[Any], seed: int) -> list[Any]:
    """Copies of ``features`` with values changed at random, each kept again (a second-kind fingerprint)."""
    rng = random.Random(seed)
    changed = []
    for f in features:
        g = dataclasses.replace(f)
        for attr in CLASS_ATTRIBUTES[g.class_name]:
            if attr.kind not in ("identifier", "geometry") and rng.random() < 0.7:
                setattr(g, attr.name, _random_value(rng, attr, getattr(g, attr.name)))
        if rng.random() < 0.3:
            g.inspire_id = dataclasses.replace(g.inspire_id, version_id=rng.choice([Nil(_REASON), "7", None]))
        if f.source is not None:
            g.source = kept(g, f.source.xml)
        changed.append(g)
    return changed


def _check(features: list[Any]) -> None:
    rows = feature_rows(features)
    assert [list(r) for r in rows] == [list(_reference_values(f)) for f in features]  # same columns, same order
    for f, row in zip(features, rows, strict=True):
        expected = _reference_values(f)
        if f.source is not None:
            assert unpack(row["source_xml"]) == f.source.xml
            expected["source_xml"] = row["source_xml"]
            expected["source_fingerprint"] = feature_to_row(f)["source_fingerprint"]
        assert row == expected
        assert all(type(row[k]) is type(expected[k]) for k in row)
    assert rows == [feature_to_row(f) for f in features]


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_the_rows_of_the_corpus_are_the_reference_rows(path):
    data, _ = read_dataset(path)
    features = list(data.features())
    _check(features)
    for f, row in zip(features, feature_rows(features), strict=True):
        if f.source is not None and row["source_fingerprint"].startswith("v2:"):
            assert row["source_fingerprint"] == _reference_fingerprint(_reference_values(f), f)


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
@pytest.mark.parametrize("seed", [1, 2])
def test_features_with_random_values_give_the_reference_rows(path, seed):
    data, _ = read_dataset(path)
    features = _shuffled(list(data.features()), seed)
    _check(features)
    second_kind = 0
    for f, row in zip(features, feature_rows(features), strict=True):
        if f.source is not None:
            assert row["source_fingerprint"] == _reference_fingerprint(_reference_values(f), f)
            second_kind += 1
        geometry = geometry_of(f)
        back = row_to_feature(f.class_name, row, geometry)
        assert _reference_values(back) == _reference_values(f)  # the row decodes to the same values
    assert second_kind


def test_equal_date_times_in_other_zones_or_folds_keep_their_own_text():
    """``2024-03-01T10:00Z`` equals ``12:00+02:00``; the encoder's memory of texts must not mix them up."""
    utc = datetime(2024, 3, 1, 10, tzinfo=UTC)
    same_instants = [utc, utc.astimezone(timezone(timedelta(hours=2))), utc.astimezone(_SOFIA)]
    # 2023-10-29 03:30 in Sofia happens twice: +03:00 (fold 0) then +02:00 (fold 1)
    folds = [datetime(2023, 10, 29, 3, 30, tzinfo=_SOFIA, fold=k) for k in (0, 1)]
    values = same_instants + folds + [datetime(2024, 3, 1, 10), datetime(2024, 3, 1, 10, tzinfo=UTC)]
    texts = ["2024-03-01T10:00:00Z", "2024-03-01T12:00:00+02:00", "2024-03-01T12:00:00+02:00",
             "2023-10-29T03:30:00+03:00", "2023-10-29T03:30:00+02:00", "2024-03-01T10:00:00", "2024-03-01T10:00:00Z"]
    assert [format_datetime(v) for v in values] == texts
    for _ in range(2):  # the second time from the encoder's memory
        assert [geopackage._datetime_text(v) for v in values] == texts


@pytest.mark.parametrize("seed", range(5))
def test_the_columns_format_gives_the_columns_text(seed):
    rng = random.Random(seed)
    names = [f"col_{i}" for i in range(rng.randint(1, 30))]
    values = [rng.choice([None, True, False, 0, 1, 1.0, -2.5e-300, float("nan"), _random_text(rng), "{}", "{0}"])
              for _ in names]
    assert columns_format(names).format(*values) == columns_text(zip(names, values, strict=True))
    assert columns_text(zip(names, values, strict=True)) == "\x00".join(
        f"{n}={v!r}" for n, v in zip(names, values, strict=True))
    with pytest.raises(ValueError):
        columns_format(["a{b"])


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_a_register_rows_json_is_the_rows_value(path):
    data, _ = read_dataset(path)
    rows = feature_rows(list(data.features()))
    assert any(str(r["source_xml"]).startswith(PACKED) for r in rows)
    for row in rows:
        before = dict(row)
        text = _row_json(row)
        assert row == before  # the same values (its element now the last key)
        assert json.loads(text) == json.loads(_row_text(row)) == row
        assert json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True) == json.dumps(
            row, ensure_ascii=False, sort_keys=True)


def test_a_row_whose_element_is_not_packed_is_encoded_whole():
    for row in ({"source_xml": '<a b="1">"\\</a>', "gml_id": "x"}, {"source_xml": PACKED + "AAAA"}, {"gml_id": "y"}):
        assert json.loads(_row_json(dict(row))) == row
