"""The store: nothing lost between a plan file and the register, migrations, versions, immutability."""

from __future__ import annotations

from datetime import date

import psycopg2
import pytest
from conftest_paths import BROKEN, SAMPLE

from plu_model.features import geometry_of
from plu_model.readers import read_dataset
from register.adding import add_plan
from register.errors import ImmutableVersion, NotFound, RegisterError
from register.migrate import LATEST, apply_migrations
from register.provider import RegisterProvider, init_register
from register.rows import row_json
from validators.xsd import iter_xsd_findings

#: what the register itself stamps on a stored feature; everything else must come back as it went in
STAMPS = ("inspire_version_id", "inspire_version_id_nil", "begin_lifespan_version", "begin_lifespan_version_nil")


def _content(data):
    out = {}
    for f in data.features():
        row = {k: v for k, v in row_json(f).items() if k not in STAMPS}
        g = geometry_of(f)
        out[(f.class_name, f.inspire_id.local_id)] = (row, g.wkb_hex if g is not None else None)
    return out


def test_the_sample_plan_comes_back_unchanged(provider, tmp_path, schema):
    data, _ = read_dataset(SAMPLE)
    provider.ensure_authority("sofia")
    info = provider.add(data, "sofia")
    assert info.counts == {k: v for k, v in data.counts().items() if v}
    back = provider.dataset(info.ref)
    assert _content(back) == _content(data)
    assert back.metadata == data.metadata and back.dataset_id == data.dataset_id
    out = provider.export(info.ref, tmp_path / "back.gml")
    assert list(iter_xsd_findings(out, schema)) == []
    gpkg = provider.export(info.ref, tmp_path / "back.gpkg")
    assert _content(read_dataset(gpkg)[0]) == _content(data)


def test_the_plan_file_written_straight_from_rows_is_the_export(provider, tmp_path):
    from plu_model.geopackage import open_plan
    from register.sync import open_for_editing

    data, _ = read_dataset(SAMPLE)
    provider.ensure_authority("sofia")
    info = provider.set_status(provider.add(data, "sofia").ref, "legalForce", date(2021, 3, 4))
    base = open_for_editing(provider, info.ref, tmp_path / "edit.gpkg")
    fast, slow = open_plan(tmp_path / "edit.gpkg"), provider.dataset(info.ref)
    assert _content(fast) == _content(slow)
    assert fast.plan.valid_from == date(2021, 3, 4) and fast.plan.process_step_general.endswith("/legalForce")
    assert set(base.features) == {f.inspire_id.local_id for f in slow.features()}


def test_migrations_are_recorded_and_applied_once(fresh_db):
    conn = psycopg2.connect(fresh_db)
    try:
        assert apply_migrations(conn) == []
        with conn.cursor() as cur:
            cur.execute("SELECT version FROM schema_migrations ORDER BY version")
            assert [r[0] for r in cur.fetchall()] == list(range(1, LATEST + 1))
    finally:
        conn.close()
    assert init_register(fresh_db)["applied"] == []


def test_a_database_that_is_no_register_is_refused(cluster):
    with pytest.raises(RegisterError, match="not a PLU register"):
        RegisterProvider(cluster.dsn(database="postgres"))


def test_a_new_version_keeps_the_version_ids_of_unchanged_features(provider):
    data, _ = read_dataset(SAMPLE)
    provider.ensure_authority("sofia")
    first = provider.add(data, "sofia")
    changed = data.zoning_elements[0]
    changed.hilucs_land_use = ["http://inspire.ec.europa.eu/codelist/HILUCSValue/2_SecondaryProduction"]
    second = provider.add(data, "sofia")
    assert (first.version_no, second.version_no) == (1, 2)
    v2 = provider.dataset(second.ref)
    ids = {f.inspire_id.local_id: f.inspire_id.version_id for f in v2.features()}
    assert ids[changed.inspire_id.local_id] == "2"
    assert {v for k, v in ids.items() if k != changed.inspire_id.local_id} == {"1"}
    # once version 2 is in force, the changed feature's first version has ended; the others live on
    provider.set_status(first.ref, "legalForce", date(2020, 1, 1))
    provider.set_status(second.ref, "legalForce", date(2022, 1, 1))
    v1 = provider.dataset(first.ref)
    ended = {f.inspire_id.local_id for f in v1.features() if getattr(f, "end_lifespan_version", None)}
    assert ended == {changed.inspire_id.local_id}
    assert all(r["hash_ok"] for r in provider.verify(first.ref))  # published before it ended: still verifies


def test_add_says_how_many_features_the_register_gave_its_own_stamps(provider):
    """The sample's features carry their own versionId/beginLifespanVersion: the register's replace them, and says so."""
    import dataclasses

    from plu_model.voidable import Nil

    data, _ = read_dataset(SAMPLE)
    features = list(data.features())
    # counted from the model as read, not from the store: a feature is replaced when it states a versionId other
    # than the first version's "1", or any beginLifespanVersion (the register's is the time of this add)
    def said(value):
        return value is not None and not isinstance(value, Nil) and value != ""

    def stated(f):
        version_id = f.inspire_id.version_id
        return (said(version_id) and version_id != "1") or said(getattr(f, "begin_lifespan_version", None))

    expected = sum(1 for f in features if stated(f))
    assert 0 < expected
    provider.ensure_authority("sofia")
    first = provider.add(data, "sofia")
    assert first.restamped == expected and first.as_json()["restamped"] == expected
    assert provider.version(first.ref).restamped is None  # only the add that stored it knows
    # the version read back and changed in one feature: the others carry the register's stamps, the changed one
    # its previous version's; nothing the file says of its own is replaced
    back = provider.dataset(first.ref)
    changed = back.zoning_elements[0]
    changed.hilucs_land_use = ["http://inspire.ec.europa.eu/codelist/HILUCSValue/2_SecondaryProduction"]
    second = provider.add(back, "sofia")
    assert second.restamped == 0
    # a feature that says a version of its own that the register never gave is counted
    again = provider.dataset(second.ref)
    ze = again.zoning_elements[1]
    ze.inspire_id = dataclasses.replace(ze.inspire_id, version_id="from-the-consultant")
    assert provider.add(again, "sofia").restamped == 1


def test_add_says_when_the_new_version_is_the_same_plan_as_the_previous(provider):
    def sample(changed: bool = False, fewer: bool = False, note: str | None = None):
        data, _ = read_dataset(SAMPLE)
        if changed:
            data.zoning_elements[0].hilucs_land_use = [
                "http://inspire.ec.europa.eu/codelist/HILUCSValue/2_SecondaryProduction"]
        if fewer:  # a feature fewer: every one left as before
            data.supplementary_regulations.pop()
        if note:
            data.metadata = {**data.metadata, "note": note}
        return data

    provider.ensure_authority("sofia")
    first = provider.add(sample(), "sofia")
    assert first.same_as is None and "same_as" not in first.as_json()
    second = provider.add(sample(), "sofia")  # the same file read again: every feature and the data set as before
    assert (second.version_no, second.same_as) == (2, 1) and second.as_json()["same_as"] == f"{first.local_id}@1"
    assert provider.version(second.ref).same_as is None  # only the add that stored it knows
    assert provider.add(sample(changed=True), "sofia").same_as is None
    assert provider.add(sample(changed=True, fewer=True), "sofia").same_as is None
    assert provider.add(sample(changed=True, fewer=True, note="described otherwise"), "sofia").same_as is None
    assert provider.add(sample(changed=True, fewer=True, note="described otherwise"), "sofia").same_as == 5


def test_a_published_version_is_immutable(provider, fresh_db):
    data, _ = read_dataset(SAMPLE)
    provider.ensure_authority("sofia")
    info = provider.set_status(provider.add(data, "sofia").ref, "adoption")
    feature = provider.editable(info.ref)[1]
    with pytest.raises(ImmutableVersion):
        provider.save_feature(feature.feature_id, feature.feature, feature.lock_version, data.crs)
    with pytest.raises(ImmutableVersion), provider.transaction() as cur:  # even in plain SQL
        cur.execute("UPDATE feature SET row_data = '{}' WHERE version_pk = %s", (info.version_pk,))
    draft = provider.draft(info.ref)
    assert draft.version_no == 2 and draft.status == "elaboration"
    assert provider.dataset(draft.ref).counts() == provider.dataset(info.ref).counts()


def test_steps_go_forward_and_legal_force_supersedes_the_older_version(provider):
    data, _ = read_dataset(SAMPLE)
    provider.ensure_authority("sofia")
    v1 = provider.add(data, "sofia")
    provider.set_status(v1.ref, "legalForce", date(2020, 1, 1))
    with pytest.raises(RegisterError, match="back"):
        provider.set_status(v1.ref, "adoption")
    v2 = provider.draft(v1.ref)
    provider.set_status(v2.ref, "legalForce", date(2024, 5, 1))
    old = provider.version(v1.ref)
    assert (old.status, old.valid_to) == ("obsolete", date(2024, 5, 1))
    pt = data.zoning_elements[0].geometry.representative_point()
    assert provider.at(pt.x, pt.y, date(2023, 1, 1), data.crs)[0]["version"] == 1
    assert provider.at(pt.x, pt.y, date(2024, 5, 1), data.crs)[0]["version"] == 2
    export = provider.dataset(v2.ref)
    assert export.plan.process_step_general.endswith("/legalForce") and export.plan.valid_from == date(2024, 5, 1)


def test_add_refuses_a_plan_with_errors_unless_forced(provider):
    provider.ensure_authority("sofia")
    refused = add_plan(provider, BROKEN, "sofia")
    assert refused.version is None and refused.errors
    assert provider.plans() == []
    forced = add_plan(provider, BROKEN, "sofia", force=True)
    assert forced.version is not None and forced.errors


def test_unknown_plans_versions_and_authorities_are_named(provider):
    with pytest.raises(NotFound, match="nope"):
        provider.version("nope@3")
    data, _ = read_dataset(SAMPLE)
    with pytest.raises(NotFound, match="no-such-authority"):
        provider.add(data, "no-such-authority")

