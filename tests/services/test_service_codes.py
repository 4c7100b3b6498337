"""The services' code columns (migration 0004) give what 0003's array expression gave, for every kind of input."""

from __future__ import annotations

import json

import pytest

URI = "http://inspire.ec.europa.eu/codelist/HILUCSValue/4_1_1_RoadTransport"
VALUES = [
    [URI, "https://w3id.org/x/ZoneTypeValue/Oz"], [], [None, URI], [42], [{"a": 1}], ["plain"], [""], ["a/"],
    json.dumps([URI]), f"  {json.dumps([URI, 'x'])} ", "[]", URI, "no slash", "", "a/b/", None, 7, {"k": URI},
]


@pytest.mark.parametrize("value", VALUES, ids=[repr(v)[:40] for v in VALUES])
def test_first_code_is_the_code_of_the_first_element_of_the_array(city_register, value):
    import psycopg2

    with psycopg2.connect(city_register) as conn, conn.cursor() as cur:
        cur.execute("SELECT plu_code((plu_text_array(%(j)s::jsonb))[1]), plu_code(plu_first_text(%(j)s::jsonb))",
                    {"j": json.dumps(value)})
        array_way, first_way = cur.fetchone()
    assert first_way == array_way


def test_the_view_reads_the_codes_the_plan_files_hold(city_register):
    import psycopg2

    with psycopg2.connect(city_register) as conn, conn.cursor() as cur:
        cur.execute("SELECT count(*), count(*) FILTER (WHERE hilucs = plu_code((plu_text_array(row_data -> "
                    "'hilucs_land_use'))[1]) AND zone_type IS NOT DISTINCT FROM plu_code((plu_text_array(row_data -> "
                    "'specific_land_use'))[1])) FROM service_feature WHERE class = 'ZoningElement'")
        total, same = cur.fetchone()
    assert total > 10 and same == total
