"""Dates as planners write them, refused in plain words when they are not dates."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from plu_model.dates import format_user_date, parse_user_date
from plu_model.errors import PluInputError

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("text", ["04.12.2026", "4.12.2026", "4.12.2026 г.", "2026-12-04", " 2026-12-4 "])
def test_bulgarian_and_iso_dates_are_read(text):
    assert parse_user_date(text) == date(2026, 12, 4)


@pytest.mark.parametrize("text", ["31.02.2026", "2026-13-01", "00.01.2026"])
def test_a_day_that_does_not_exist_is_refused_in_words(text):
    with pytest.raises(PluInputError) as caught:
        parse_user_date(text)
    assert "not a day of the calendar" in caught.value.message("en")
    assert "не е ден от календара" in caught.value.message("bg")


@pytest.mark.parametrize("text", ["", "tomorrow", "12/04/2026", "04.12.26", "2026-12-04T10:00"])
def test_what_is_not_a_date_is_refused_with_the_accepted_forms(text):
    with pytest.raises(PluInputError) as caught:
        parse_user_date(text)
    assert "04.12.2026 or 2026-12-04" in caught.value.message("en")
    assert "04.12.2026 или 2026-12-04" in caught.value.message("bg")


def test_dates_are_shown_as_people_read_them():
    assert format_user_date(date(2026, 12, 4), "en") == "4 Dec 2026"
    assert format_user_date(date(2026, 12, 4), "bg") == "4.12.2026 г."
    assert format_user_date(date(2026, 3, 9), "bg") == "9.03.2026 г."


@pytest.mark.parametrize("language,expected", [("en", "'31.02.2026' is not a day of the calendar"),
                                               ("bg", "„31.02.2026“ не е ден от календара")])
def test_the_cli_refuses_a_bad_date_without_python_jargon(language, expected):
    result = subprocess.run([sys.executable, "-m", "plu_cli", "--lang", language, "package", "x.gml", "--out", "o",
                             "--start", "31.02.2026"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 2
    assert expected in result.stderr
    assert "fromisoformat" not in result.stderr and "Traceback" not in result.stderr
