"""Plural texts: the CLDR rule of each language, the form a real message takes, and the catalogue's numerus entries.

The expected categories are worked out here from CLDR's operands of the number as written
(``n`` its absolute value, ``i`` its integer digits, ``v`` the count of visible fraction
digits) and the two rules, not from :func:`plu_model.i18n.plural_category`:

* English (``en``): one — ``i = 1 and v = 0``; other — everything else;
* Bulgarian (``bg``): one — ``n = 1``; other — everything else.
"""

from __future__ import annotations

import pickle
import sys
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest

from plu_model import i18n
from plu_model.i18n import PLURAL_FORMS, Text, catalogue, plural_category, say_in

ROOT = Path(__file__).resolve().parents[2]


def _cldr(language: str, written: str) -> str:
    """The category CLDR gives a number written as ``written`` (``"1"``, ``"1.0"``, ``"-21"``)."""
    digits = written.lstrip("-")
    integer, _, fraction = digits.partition(".")
    n, i, v = abs(Decimal(written)), int(integer), len(fraction)
    one = n == 1 if language == "bg" else (i == 1 and v == 0)
    return "one" if one else "other"


#: counts as the code holds them, and as they are written (a float keeps its decimals: "1.0", "1.5")
NUMBERS = [(0, "0"), (1, "1"), (2, "2"), (5, "5"), (11, "11"), (21, "21"), (101, "101"), (1_000_000, "1000000"),
           (-1, "-1"), (1.0, "1.0"), (1.5, "1.5"), (0.5, "0.5"), (2.0, "2.0"), (21.0, "21.0"),
           (np.int64(1), "1"), (np.int64(3), "3"), (np.float64(1.5), "1.5")]


@pytest.mark.parametrize("language", ["en", "bg"])
@pytest.mark.parametrize(("n", "written"), NUMBERS)
def test_the_plural_category_is_cldr_s(language, n, written):
    assert plural_category(language, n) == _cldr(language, written)


def test_the_rules_differ_only_for_a_float_equal_to_one():
    """1.0 is "1.0 hectares" in English but "1,0 хектар" in Bulgarian (CLDR: ``v = 0`` against ``n = 1``)."""
    differ = [n for n, _ in NUMBERS if plural_category("en", n) != plural_category("bg", n)]
    assert differ == [1.0]
    assert PLURAL_FORMS == {"en": ("one", "other"), "bg": ("one", "other")}


@pytest.mark.parametrize("n", [True, "1", None])
def test_a_count_is_a_number(n):
    with pytest.raises(TypeError):
        plural_category("en", n)


#: real messages of the product, each in both languages, written out by hand for several counts
SAID = [
    (Text("MainWindow", "{n} feature deleted.", plural="{n} features deleted.", n=1),
     "1 feature deleted.", "1 обект е изтрит."),
    (Text("MainWindow", "{n} feature deleted.", plural="{n} features deleted.", n=3),
     "3 features deleted.", "3 обекта са изтрити."),
    (Text("MainWindow", "{n} feature deleted.", plural="{n} features deleted.", n=0),
     "0 features deleted.", "0 обекта са изтрити."),
    (Text("validators.geometry", "{n} exterior ring runs clockwise", plural="{n} exterior rings run clockwise", n=1),
     "1 exterior ring runs clockwise", "1 външен контур е по часовниковата стрелка"),
    (Text("validators.geometry", "{n} exterior ring runs clockwise", plural="{n} exterior rings run clockwise", n=21),
     "21 exterior rings run clockwise", "21 външни контура са по часовниковата стрелка"),
    (Text("plu_cli.commands.package", "wrote {path} ({n} file, package {package_id})",
          plural="wrote {path} ({n} files, package {package_id})", path="p.zip", n=1, package_id="x"),
     "wrote p.zip (1 file, package x)", "записан е p.zip (1 файл, пакет x)"),
    (Text("plu_cli.commands.package", "wrote {path} ({n} file, package {package_id})",
          plural="wrote {path} ({n} files, package {package_id})", path="p.zip", n=12, package_id="x"),
     "wrote p.zip (12 files, package x)", "записан е p.zip (12 файла, пакет x)"),
    (Text("plu_cli.commands.validate", "{n} error", plural="{n} errors", n=1), "1 error", "1 грешка"),
    (Text("plu_cli.commands.validate", "{n} error", plural="{n} errors", n=2), "2 errors", "2 грешки"),
    (Text("plu_cli.commands.diff", "{n} feature in A, {matched} found in B, {losses} (tolerance {tolerance:g})",
          plural="{n} features in A, {matched} found in B, {losses} (tolerance {tolerance:g})", n=40, matched=40,
          tolerance=0.001, losses=Text("plu_cli.commands.diff", "{n} loss or change", plural="{n} losses or changes",
                                       n=1)),
     "40 features in A, 40 found in B, 1 loss or change (tolerance 0.001)",
     "40 обекта в A, открити в B: 40, 1 загуба или промяна (допуск 0,001)"),
]


@pytest.mark.parametrize(("text", "english", "bulgarian"), SAID)
def test_real_messages_take_the_form_of_their_count_in_both_languages(text, english, bulgarian):
    assert (text.say("en"), text.say("bg"), str(text)) == (english, bulgarian, english)


def test_a_fractional_count_is_other_and_keeps_the_bulgarian_decimal_comma(monkeypatch):
    key = ("test", "{n:,.1f} hectares")
    monkeypatch.setitem(catalogue("bg"), key, ("{n:,.1f} хектар", "{n:,.1f} хектара"))
    said = {n: (say_in("en", "test", "{n:,.1f} hectare", plural=key[1], n=n),
                say_in("bg", "test", "{n:,.1f} hectare", plural=key[1], n=n)) for n in (1.0, 1.5, 1234.5)}
    assert said == {1.0: ("1.0 hectares", "1,0 хектар"),
                    1.5: ("1.5 hectares", "1,5 хектара"), 1234.5: ("1,234.5 hectares", "1 234,5 хектара")}


def test_a_plural_text_without_an_entry_says_the_english_form_in_bulgarian():
    said = [Text("nowhere", "{n} apple", plural="{n} apples", n=n).say("bg") for n in (1, 2)]
    assert said == ["1 apple", "2 apples"]


def test_a_plural_text_needs_its_count():
    with pytest.raises(TypeError, match="n="):
        Text("MainWindow", "{count} feature deleted.", plural="{count} features deleted.", count=1)
    with pytest.raises(TypeError, match="n="):
        say_in("bg", "MainWindow", "{count} feature deleted.", plural="{count} features deleted.", count=1)


def test_a_plural_text_pickles_compares_and_fills_as_a_text():
    """Findings cross processes (``validate --jobs``) and are folded by equality."""
    text = Text("validators.geometry", "{n} interior ring runs anticlockwise",
                plural="{n} interior rings run anticlockwise", n=2)
    assert pickle.loads(pickle.dumps(text)) == text and hash(pickle.loads(pickle.dumps(text))) == hash(text)
    assert text != Text("validators.geometry", "{n} interior ring runs anticlockwise", n=2)
    assert text.fill(rule="x").plural == text.plural and text.fill(rule="x").say("bg") == (
        "2 вътрешни контура са обратно на часовниковата стрелка")
    assert "plural=" in repr(text)


def test_the_numerus_forms_come_the_same_from_the_file_and_from_its_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    path = i18n.catalogue_path("bg")
    parsed = i18n._read(path)  # parses and writes the cache
    assert any(tmp_path.rglob("*.marshal"))
    assert i18n._read(path) == parsed
    assert parsed[("MainWindow", "{n} features deleted.")] == ("{n} обект е изтрит.", "{n} обекта са изтрити.")


def test_the_catalogue_round_trips_through_the_update_script(tmp_path):
    """Numerus entries are read and written back byte for byte (translators' diffs stay small)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from update_translations import CATALOGUE, _as_said, read_ts, write_catalogue
    finally:
        sys.path.pop(0)
    copy = tmp_path / "plu_studio_bg.ts"
    write_catalogue(read_ts(CATALOGUE), copy)
    assert copy.read_bytes() == CATALOGUE.read_bytes()
    key = ("C", "{n} zones")
    assert _as_said(key, ("зони: {n}", True), {key: "{n} zone"}) == (("зони: {n}", "зони: {n}"), False)
    assert _as_said(key, (("{n} зона", "{n} зони"), True), {}) == ("{n} зони", False)
