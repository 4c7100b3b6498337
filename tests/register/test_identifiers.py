"""Plans are named ``NAMESPACE:LOCALID``: two namespaces with the same localId are told apart."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from city import DETAILED_1, X0, Y0, CityPlan, dataset
from shapely.geometry import Point

from plu_model.values import Identifier
from register.errors import AmbiguousPlan, NotFound
from register.sync import open_for_editing, push_changes

OTHER_NS = "BG.VILLAGE.TEST"


def _in_namespace(plan: CityPlan, namespace: str, title: str):
    data = dataset(plan)
    data.plan.inspire_id = Identifier(plan.local_id, namespace)
    data.plan.official_title = title
    return data


@pytest.fixture
def twins(provider):
    """The same localId in two namespaces (two municipalities that both number their plans from 1)."""
    provider.ensure_authority("city_a")
    provider.ensure_authority("village_b")
    city = provider.add(dataset(DETAILED_1), "city_a")
    village = provider.add(_in_namespace(DETAILED_1, OTHER_NS, "Село"), "village_b")
    return provider, city, village


def test_a_plain_local_id_shared_by_two_namespaces_is_refused_naming_both(twins):
    provider, city, village = twins
    with pytest.raises(AmbiguousPlan) as caught:
        provider.version(DETAILED_1.local_id)
    text, bg = str(caught.value), caught.value.message("bg")
    for name in (city.plan_key, village.plan_key):
        assert name in text and name in bg
    assert "NAMESPACE:LOCALID" in text and "ПРОСТРАНСТВО:ЛОКАЛЕН_ИД" in bg


def test_namespace_and_local_id_name_each_plan(twins):
    provider, city, village = twins
    assert city.plan_key == f"{city.namespace}:{DETAILED_1.local_id}" and village.namespace == OTHER_NS
    assert provider.version(city.plan_key).version_pk == city.version_pk
    assert provider.version(f"{OTHER_NS}:{DETAILED_1.local_id}@1").version_pk == village.version_pk
    assert provider.dataset(village.full_ref).plan.official_title == "Село"
    assert [v.version_pk for v in provider.versions(village.plan_key)] == [village.version_pk]
    with pytest.raises(NotFound):
        provider.version(f"BG.NOWHERE:{DETAILED_1.local_id}")
    with pytest.raises(NotFound) as caught:
        provider.version(f"{OTHER_NS}:{DETAILED_1.local_id}@7")
    assert OTHER_NS in str(caught.value)


def test_a_plain_local_id_still_works_when_only_one_namespace_has_it(provider):
    provider.ensure_authority("city_a")
    info = provider.add(dataset(DETAILED_1), "city_a")
    assert provider.version(DETAILED_1.local_id).version_pk == info.version_pk
    assert provider.version(f"{DETAILED_1.local_id}@1").version_pk == info.version_pk


def test_an_amendment_replaces_only_the_plan_of_its_namespace(twins):
    provider, city, village = twins
    amendment = dataclasses.replace(DETAILED_1, local_id="izm", title="Изменение", extent=(0, 0, 200, 200),
                                    zones=DETAILED_1.zones[:1])
    provider.ensure_authority("village_b")
    amend = provider.add(_in_namespace(amendment, OTHER_NS, "Изменение"), "village_b", [village.plan_key])
    for info, day in ((city, date(2015, 1, 1)), (village, date(2015, 1, 1)), (amend, date(2020, 1, 1))):
        with provider.transaction() as cur:  # straight into force: publication is tested elsewhere
            cur.execute("UPDATE plan_version SET status = 'legalForce', valid_from = %s WHERE id = %s",
                        (day, info.version_pk))
    # inside the amendment's extent the village's plan is replaced, the city's (same localId) is not
    found = provider.at(X0 + 100, Y0 + 100, date(2021, 1, 1), 7801)
    plans = sorted((f["plan"], f["title"]) for f in found)
    assert plans == sorted([(DETAILED_1.local_id, DETAILED_1.title), ("izm", "Изменение")])
    consolidated = provider.in_force(date(2021, 1, 1))
    inside = [z for z in consolidated.zoning_elements if z.geometry.covers(Point(X0 + 100, Y0 + 100))]
    assert len(inside) == 2


def test_editing_a_plan_whose_local_id_another_namespace_shares(twins, tmp_path):
    from plu_model.geopackage import open_plan

    provider, city, village = twins
    base = open_for_editing(provider, village.full_ref, tmp_path / "v.gpkg")
    assert base.plan == village.plan_key
    data = open_plan(tmp_path / "v.gpkg")
    data.zoning_elements[0].hilucs_land_use = ["http://inspire.ec.europa.eu/codelist/HILUCSValue/3_1_CommercialServices"]
    result = push_changes(provider, base, data)
    assert result.saved == [data.zoning_elements[0].inspire_id.local_id] and not result.conflicts
    assert provider.version(village.plan_key).version_no == 1  # the village's draft, the city's untouched
    assert provider.dataset(city.full_ref).zoning_elements[0].hilucs_land_use != data.zoning_elements[0].hilucs_land_use


def test_the_command_line_lists_shared_local_ids_qualified_and_refuses_them_plain(twins, fresh_db, tmp_path):
    import os
    import subprocess
    import sys

    from conftest_paths import ROOT

    provider, city, village = twins

    def plu(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PLU_REGISTER_HOME": str(tmp_path)}
        return subprocess.run([sys.executable, "-m", "plu_cli", "--lang", lang, "register", *args, "--db", fresh_db],
                              cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)

    listed = plu("list")
    assert listed.returncode == 0, listed.stderr
    assert f"{city.plan_key}@1" in listed.stdout and f"{village.plan_key}@1" in listed.stdout
    shown = plu("show", village.full_ref, "--json")
    assert shown.returncode == 0 and '"namespace": "BG.VILLAGE.TEST"' in shown.stdout
    plain = plu("show", DETAILED_1.local_id)
    assert plain.returncode == 2 and "Traceback" not in plain.stderr
    assert city.plan_key in plain.stderr and village.plan_key in plain.stderr
    bulgarian = plu("show", DETAILED_1.local_id, lang="bg")
    assert bulgarian.returncode == 2 and "ПРОСТРАНСТВО:ЛОКАЛЕН_ИД" in bulgarian.stderr
