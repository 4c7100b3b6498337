"""Naming a comment: references, their numbers, ids and long enough id prefixes — never a short prefix."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from participation.reference import find_comment, next_reference, parse_reference, reference_prefix
from plu_model.errors import PluInputError

BG = "https://w3id.org/plu-studio/codelist/bg/PlanTypeNameValue/"


@dataclass
class Rec:
    comment_id: str
    reference: str


RECORDS = [
    Rec("2f1e0c3a-1111-4aaa-8bbb-000000000001", "ПУП-2025-0001"),
    Rec("2a9b8c7d-2222-4aaa-8bbb-000000000002", "ПУП-2025-0002"),
    Rec("9c8d7e6f-3333-4aaa-8bbb-000000000003", "ПУП-2026-0002"),
    Rec("9c8d7e6f-4444-4aaa-8bbb-000000000004", "ПУП-2026-0003"),
]


def test_each_form_names_one_comment():
    assert find_comment(RECORDS, "ПУП-2025-0002") is RECORDS[1]
    assert find_comment(RECORDS, " пуп-2026-2 ") is RECORDS[2]  # case and leading zeros do not matter
    assert find_comment(RECORDS, "1") is RECORDS[0]
    assert find_comment(RECORDS, "3") is RECORDS[3]
    assert find_comment(RECORDS, RECORDS[2].comment_id.upper()) is RECORDS[2]
    assert find_comment(RECORDS, "2a9b8c7d") is RECORDS[1]
    assert find_comment(RECORDS, "9c8d7e6f-44") is RECORDS[3]


@pytest.mark.parametrize(("key", "message"), [
    ("2", "'2' matches 2 comments (ПУП-2025-0002, ПУП-2026-0002); give the full reference"),
    ("2f", "'2f' is too short to name a comment by its id"),
    ("9c8d7e6f", "'9c8d7e6f' matches 2 comments"),
    ("ПУП-2024-0001", "no comment matches 'ПУП-2024-0001'"),
    ("", "name a comment by its reference"),
    ("'; DROP TABLE x", "no comment matches"),
])
def test_ambiguous_short_or_unknown_keys_are_refused_with_a_reason(key, message):
    with pytest.raises(PluInputError) as caught:
        find_comment(RECORDS, key, "plan.gpkg")
    assert message in str(caught.value) and str(caught.value).startswith("plan.gpkg: ")


def test_series_and_prefixes():
    assert next_reference(["ПУП-2026-0041", "ПУП-2026-0007", "ПУП-2025-0099", "other"], "ПУП", 2026) == "ПУП-2026-0042"
    assert next_reference([], "ОУП", 2027) == "ОУП-2027-0001"
    assert reference_prefix(BG + "PUP-PRZ") == "ПУП" and reference_prefix(BG + "OUP-ChO") == "ОУП"
    assert reference_prefix(BG + "NKPR") == "НКПР" and reference_prefix("https://example.org/x") == "ПУП"
    assert parse_reference("ПУП-2026-0042").number == 42 and parse_reference("ПУП-ПРЗ-2026-1") is None
