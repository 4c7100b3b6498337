"""Dates in a consultation settings file are read as a person writes them: 04.12.2026 or 2026-12-04."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

import pytest
from consultation_fixtures import *  # noqa: F403 - fixtures
from consultation_fixtures import ROOT

from participation.settings import load_settings
from plu_model.errors import PluInputError

BASE = {"title": "Обществено обсъждане", "authority": "Столична община", "contact_email": "plan@example.invalid"}


def _file(tmp_path, **dates) -> object:
    path = tmp_path / "consultation.json"
    path.write_text(json.dumps({**BASE, **dates}, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("start,end", [("04.12.2026", "08.01.2027"), ("4.12.2026 г.", "2027-01-08"),
                                       ("2026-12-04", "8.1.2027")])
def test_both_ways_of_writing_a_date_are_read(tmp_path, start, end):
    settings = load_settings(_file(tmp_path, start=start, end=end))
    assert (settings.start, settings.end) == (date(2026, 12, 4), date(2027, 1, 8))


@pytest.mark.parametrize("start,en,bg", [
    ("12/04/2026", "start: '12/04/2026' is not a date; write it as 04.12.2026 or 2026-12-04",
     "start: „12/04/2026“ не е дата; пишете я като 04.12.2026 или 2026-12-04"),
    ("31.02.2026", "start: '31.02.2026' is not a day of the calendar",
     "start: „31.02.2026“ не е ден от календара"),
    ("", "the setting 'start' (a date such as 04.12.2026) is missing", "липсва настройката „start“"),
])
def test_a_bad_date_is_refused_in_plain_words_naming_file_and_setting(tmp_path, start, en, bg):
    path = _file(tmp_path, start=start, end="08.01.2027")
    with pytest.raises(PluInputError) as caught:
        load_settings(path)
    english, bulgarian = caught.value.message("en"), caught.value.message("bg")
    assert english.startswith(str(path)) and en in english
    assert bulgarian.startswith(str(path)) and bg in bulgarian
    assert "isoformat" not in english and "Invalid" not in english


def test_a_missing_end_is_named(tmp_path):
    path = tmp_path / "consultation.json"
    path.write_text(json.dumps({**BASE, "start": "04.12.2026"}), encoding="utf-8")
    with pytest.raises(PluInputError, match="the setting 'end'"):
        load_settings(path)


def _plu(*args):
    return subprocess.run([sys.executable, "-m", "plu_cli", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={**os.environ, "PLU_LANG": ""})


def test_package_takes_dotted_dates_from_the_settings_file(tmp_path, sample_path):
    settings = _file(tmp_path, start="04.12.2026", end="08.01.2027")
    r = _plu("--lang", "en", "package", sample_path, "--out", tmp_path / "pkg", "--no-map", "--settings", settings)
    assert r.returncode == 0, r.stderr
    assert "2026-12-04 – 2027-01-08 (from the settings file)" in r.stdout
    written = json.loads((tmp_path / "pkg" / "consultation.json").read_text(encoding="utf-8"))
    assert (written["start"], written["end"]) == ("2026-12-04", "2027-01-08")


def test_package_refuses_a_bad_date_in_the_settings_file_in_bulgarian(tmp_path, sample_path):
    settings = _file(tmp_path, start="04.12.2026", end="8 януари")
    r = _plu("--lang", "bg", "package", sample_path, "--out", tmp_path / "pkg", "--no-map", "--settings", settings)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert f"{settings}: end: „8 януари“ не е дата; пишете я като 04.12.2026 или 2026-12-04" in r.stderr
    assert not (tmp_path / "pkg").exists()
