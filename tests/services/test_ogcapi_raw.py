"""The items page passed through as PostgreSQL wrote it is the page pygeoapi writes from parsed features.

The same request is answered twice by the download service's WSGI application in this process:
once as served (the features' GeoJSON text spliced into pygeoapi's answer, never parsed), once
with the pass-through refused, so pygeoapi serialises parsed features as any provider's.
"""

from __future__ import annotations

import json

import pytest
from city import CITY


@pytest.fixture(scope="module")
def ogcapi_client(city_register, tmp_path_factory):
    from werkzeug.test import Client

    from services.ogcapi_app import make_app
    from services.ogcapi_config import write_ogcapi_config

    config, openapi = write_ogcapi_config(tmp_path_factory.mktemp("ogcapi"), city_register,
                                          "http://plu.test/ogcapi", None)
    return Client(make_app(config, openapi, city_register))


def _answer(client, url: str, headers: dict[str, str] | None = None) -> tuple[int, dict, dict[str, str]]:
    r = client.get(url, headers=headers or {})
    body = json.loads(r.get_data(as_text=True))
    body.pop("timeStamp", None)
    kept = {k: v for k, v in r.headers.items() if k not in ("Date", "Content-Length")}
    return r.status_code, body, kept


@pytest.mark.parametrize("query", [
    "f=json&limit=3", "f=json&limit=2&offset=4&zone_type=Oz", "f=json&limit=1000&datetime=2016-07-01",
    "f=json&offset=100000", "f=json&limit=5&bbox=-180,-90,180,90&plan=pup-north", "limit=4",
    "f=json&resulttype=hits"])
def test_the_passed_through_page_equals_the_parsed_one(ogcapi_client, monkeypatch, query):
    from services import ogcapi_raw

    url = f"/collections/ZoningElement/items?{query}"
    monkeypatch.setattr(ogcapi_raw.RawFeatures, "parsed", lambda self: pytest.fail("the raw page was parsed"))
    monkeypatch.setattr(ogcapi_raw.RawFeatures, "__iter__", lambda self: pytest.fail("the raw page was read"))
    status, raw, raw_headers = _answer(ogcapi_client, url)
    monkeypatch.undo()
    monkeypatch.setattr("services.ogcapi_provider.raw_json_allowed", lambda: False)
    status2, parsed, parsed_headers = _answer(ogcapi_client, url)
    assert status == status2 == 200
    assert raw == parsed and raw_headers == parsed_headers
    assert raw["numberMatched"] >= raw["numberReturned"] == len(raw["features"])


def test_every_zone_comes_with_its_plan_and_its_attributes(ogcapi_client):
    _s, page, _h = _answer(ogcapi_client, "/collections/ZoningElement/items?f=json&limit=1000")
    zones = {(z.local_id, p.local_id): z for p in CITY for z in p.zones}
    got = {(f["properties"]["local_id"], f["properties"]["plan"]): f for f in page["features"]}
    assert set(got) == set(zones) and page["numberMatched"] == len(zones)
    for key, f in got.items():
        assert f["type"] == "Feature" and f["geometry"]["type"] == "MultiPolygon"
        assert f["properties"]["zone_type"] == zones[key].zone_type
        assert f["properties"]["hilucs"] == zones[key].hilucs
        assert "source_xml" not in f["properties"] and "hilucs_land_use" in f["properties"]


def test_an_html_page_gets_parsed_features(ogcapi_client):
    r = ogcapi_client.get("/collections/ZoningElement/items?f=html&limit=2")
    assert r.status_code == 200 and b"<html" in r.get_data().lower()
