"""Consultation settings: periods by plan type, checks, time zones, the JSON file."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from participation.settings import ConsultationSettings, default_period, load_settings, period_rules_for
from plu_model.errors import PluInputError

PUP_PRZ = "https://w3id.org/plu-studio/codelist/bg/PlanTypeNameValue/PUP-PRZ"
OUP = "https://w3id.org/plu-studio/codelist/bg/PlanTypeNameValue/OUP"


def _settings(**changes) -> ConsultationSettings:
    values = dict(title="T", authority="A", contact_email="a@example.org", start=date(2025, 10, 1), end=date(2025, 10, 31))
    values.update(changes)
    return ConsultationSettings(**values)


def test_detailed_plan_gets_one_calendar_month_from_publication():
    # ЗУТ чл. 128, ал. 5: published 14.11.2017 -> comments until 14.12.2017 inclusive
    end, rule = default_period(PUP_PRZ, date(2017, 11, 14))
    assert end == date(2017, 12, 14)
    assert rule.legal and "128" in rule.basis("bg")
    assert default_period(PUP_PRZ, date(2025, 1, 31))[0] == date(2025, 2, 28)
    assert default_period(PUP_PRZ, date(2025, 12, 15))[0] == date(2026, 1, 15)


def test_detailed_plan_notified_individually_has_fourteen_days_as_an_option():
    rules = {r.key: r for r in period_rules_for(PUP_PRZ)}
    assert rules["bg-pup-notified"].end(date(2025, 3, 1)) == date(2025, 3, 15)


def test_general_plan_and_other_plans_get_a_documented_default():
    end, rule = default_period(OUP, date(2025, 3, 1))
    assert end == date(2025, 3, 31) and not rule.legal
    end, rule = default_period("http://example.org/plan-types/Bebauungsplan", date(2025, 3, 1))
    assert rule.key == "default" and end == date(2025, 3, 31)


def test_problems_are_named_in_both_languages():
    bad = _settings(title=" ", contact_email="not-an-address", end=date(2025, 9, 1), languages=("bg", "fr"),
                    timezone="Mars/Olympus", tile_url="https://tiles.example.org/{z}/{x}.png", service_url="ftp://x")
    problems = bad.problems()
    assert len(problems) == 7
    with pytest.raises(PluInputError, match="ends .* before it starts") as raised:
        bad.check()
    assert "приключва" in raised.value.message("bg") and "приключва" not in str(raised.value)
    assert _settings().problems() == []


def test_the_authority_s_addresses_follow_the_comment_s_e_mail_rule():
    """One rule for every address a reply goes to: a Cyrillic domain is an address, a 64-octet label is not."""
    assert _settings(contact_email="деловодство@пример.бг", comment_email="ops@xn--e1afmkfd.xn--90ae").problems() == []
    assert len(_settings(contact_email="a@" + "b" * 64 + ".bg", comment_email="a@-b.bg").problems()) == 2


def test_open_state_follows_the_consultation_time_zone():
    s = _settings(timezone="Europe/Sofia")
    # 31 October 23:30 in Sofia is 21:30 UTC (EET, UTC+2): still open
    assert s.state_at(datetime(2025, 10, 31, 21, 30, tzinfo=UTC)) == "open"
    # 1 November 00:00:30 in Sofia: closed
    assert s.state_at(datetime(2025, 10, 31, 22, 0, 30, tzinfo=UTC)) == "closed"
    # 30 September 21:59 UTC is 00:59 on 1 October in Sofia (EEST, UTC+3): open
    assert s.state_at(datetime(2025, 9, 30, 21, 59, tzinfo=UTC)) == "open"
    assert s.state_at(datetime(2025, 9, 30, 20, 59, tzinfo=UTC)) == "before"


def test_settings_file_round_trip_and_refusals(tmp_path):
    import json

    s = _settings(how_to_comment={"bg": "в деловодството"}, languages=("en", "bg"))
    path = tmp_path / "consultation.json"
    path.write_text(json.dumps(s.to_json()), encoding="utf-8")
    assert load_settings(path) == s
    path.write_text(json.dumps({**s.to_json(), "surprise": 1}), encoding="utf-8")
    with pytest.raises(PluInputError, match="unknown settings surprise"):
        load_settings(path)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(PluInputError, match="consultation.json: not a JSON settings file"):
        load_settings(path)


def test_the_next_consultation_starts_from_the_offices_contact_and_channels_only():
    from participation.settings import carried_over

    last = _settings(contact_phone=" 02 123 ", comment_email="comments@example.org", service_url="https://c.example.org",
                     how_to_comment={"bg": "В деловодството.", "en": "  "}, tile_url="", languages=("bg",))
    kept = carried_over(last)
    assert kept == {"contact_email": "a@example.org", "contact_phone": "02 123", "comment_email": "comments@example.org",
                    "service_url": "https://c.example.org", "how_to_comment": {"bg": "В деловодството."}}
    # what was stored comes back the same; unknown names, other plans' titles and wrong types do not
    stored = {**kept, "title": "Друг план", "start": "2025-10-01", "contact_address": 42, "tile_url": ["x"],
              "how_to_comment": {"bg": "В деловодството.", "de": "Im Amt.", "en": None}}
    assert carried_over(stored) == kept
    assert carried_over(None) == {} and carried_over(["not", "a", "dict"]) == {}


def test_the_plan_maps_consultation_line_reads_the_same_from_the_command_and_the_desktop():
    from participation.settings import map_note

    assert map_note(_settings(languages=("bg", "en"))) == "Обществено обсъждане: 01.10.2025 – 31.10.2025"
    assert map_note(_settings(languages=("en",))) == "Public consultation: 2025-10-01 – 2025-10-31"
