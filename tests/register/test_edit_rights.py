"""The register's rule for what the desktop may change, without a register: each case and its words."""

from __future__ import annotations

from dataclasses import replace

from register.edit_rights import right_of
from register.store import VersionInfo

V1 = VersionInfo(version_pk=1, plan_id=1, local_id="pup-south", namespace="BG.CITY.TEST", title="ПУП „Юг“",
                 authority="testgrad", version_no=1, status="legalForce", valid_from=None, valid_to=None, crs=7801)
V2 = replace(V1, version_pk=2, version_no=2, status="elaboration")


def test_another_authoritys_plan_is_read_only_whatever_its_version():
    for info, latest in ((V2, V2), (V1, V2), (V1, V1)):
        right = right_of(info, latest, False, "Община Другоселище")
        assert not right.editable and right.saves_to is None
        assert right.bar.say("en") == ("Plan of Община Другоселище: read-only — you may view, validate, export, "
                                       "compare")
        assert right.mark.say("bg") == "само за четене"


def test_an_earlier_version_is_read_only_and_names_the_latest():
    right = right_of(V1, V2, True, "Община Тест")
    assert not right.editable
    assert right.refusal.say("en") == ("“ПУП „Юг“”, version 1, is an earlier version and is open read-only: to "
                                       "change the plan, open its latest version (2).")


def test_the_latest_version_is_editable_and_a_published_one_says_where_its_save_goes():
    draft = right_of(V2, V2, True, "Община Тест")
    assert draft.editable and draft.bar is None and draft.refusal is None and draft.saves_to is None
    published = right_of(V1, V1, True, "Община Тест")
    assert published.editable and published.refusal is None
    assert published.saves_to.say("en") == "version 1 is published; Save to register makes version 2, a draft"
