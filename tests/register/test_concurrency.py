"""Two planners save the same feature of a draft: the second save is a conflict with both sides; nothing is lost."""

from __future__ import annotations

import pytest
from city import DETAILED_1, dataset
from shapely import affinity

from register.errors import ConflictError
from register.provider import RegisterProvider

GREEN = "http://inspire.ec.europa.eu/codelist/HILUCSValue/3_4_4_OpenAirRecreationalAreas"
SHOPS = "http://inspire.ec.europa.eu/codelist/HILUCSValue/3_1_CommercialServices"


@pytest.fixture
def planners(fresh_db, cluster):
    database = fresh_db.rsplit("dbname=", 1)[1].split()[0]
    with RegisterProvider(fresh_db) as owner:
        owner.grant("maria", "planner", "city_a")
        owner.grant("ivan", "planner", "city_a")
        owner.add(dataset(DETAILED_1), "city_a")
    return RegisterProvider(cluster.dsn(user="maria", database=database)), \
        RegisterProvider(cluster.dsn(user="ivan", database=database)), fresh_db


def test_the_second_concurrent_save_reports_the_conflict_and_keeps_both(planners):
    maria, ivan, dsn = planners
    with maria, ivan:
        m = next(f for f in maria.editable(DETAILED_1.local_id) if f.feature.inspire_id.local_id == "d1-b")
        i = next(f for f in ivan.editable(DETAILED_1.local_id) if f.feature.inspire_id.local_id == "d1-b")
        assert m.lock_version == i.lock_version == 1
        m.feature.hilucs_land_use = [GREEN]
        i.feature.hilucs_land_use = [SHOPS]
        i.feature.geometry = affinity.translate(i.feature.geometry, 5, 0)
        assert maria.save_feature(m.feature_id, m.feature, m.lock_version, 7801) == 2
        with pytest.raises(ConflictError) as caught:
            ivan.save_feature(i.feature_id, i.feature, i.lock_version, 7801)
        err = caught.value
        assert err.theirs["by"] == "maria" and err.theirs["lock_version"] == 2
        assert err.theirs["attributes"]["hilucs_land_use"] == f'["{GREEN}"]'
        assert err.mine["attributes"]["hilucs_land_use"] == f'["{SHOPS}"]'
        assert "maria" in str(err) and "d1-b" in str(err) and err.message("bg") != str(err)
        # nothing lost: Maria's save is in the draft, Ivan's is kept as the conflict record
        stored = next(f for f in ivan.editable(DETAILED_1.local_id) if f.feature_id == m.feature_id)
        assert stored.feature.hilucs_land_use == [GREEN] and stored.lock_version == 2
        kept = ivan.conflicts(m.feature_id)
        assert len(kept) == 1 and kept[0]["who"] == "ivan" and kept[0]["id"] == err.conflict_id
        assert kept[0]["mine"]["attributes"]["hilucs_land_use"] == f'["{SHOPS}"]'
        assert kept[0]["mine"]["geometry"].startswith("MULTIPOLYGON")
        # Ivan re-reads, and his next save on the fresh lock goes through
        again = next(f for f in ivan.editable(DETAILED_1.local_id) if f.feature_id == m.feature_id)
        again.feature.hilucs_land_use = [SHOPS]
        assert ivan.save_feature(again.feature_id, again.feature, again.lock_version, 7801) == 3


def test_saves_racing_in_two_threads_never_both_win(planners):
    import threading

    maria, ivan, _ = planners
    with maria, ivan:
        fid = next(f for f in maria.editable(DETAILED_1.local_id) if f.feature.inspire_id.local_id == "d1-c")
        other = next(f for f in ivan.editable(DETAILED_1.local_id) if f.feature_id == fid.feature_id)
        results: list[object] = []
        barrier = threading.Barrier(2)

        def save(reg, ef):
            barrier.wait()
            try:
                results.append(reg.save_feature(ef.feature_id, ef.feature, ef.lock_version, 7801))
            except ConflictError as exc:
                results.append(exc)

        threads = [threading.Thread(target=save, args=(maria, fid)), threading.Thread(target=save, args=(ivan, other))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(type(r).__name__ for r in results) == ["ConflictError", "int"]
