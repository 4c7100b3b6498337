"""A map scale as planners type it, read in the UI language: the rule behind the desktop's scale box.

The denominators expected are written out by hand; in English "," groups thousands and "." is a
decimal point, in Bulgarian "." groups thousands (besides the standard's space) and "," is a decimal
comma.  A fraction is no map scale and is refused with a reason, not read as 1:1.
"""

from __future__ import annotations

import pytest

from plu_model.user_numbers import read_scale

NBSP, NARROW, THIN, FIGURE = "\u00a0", "\u202f", "\u2009", "\u2007"

BOTH = {"1:1250": 1250, "1:1 250": 1250, f"1:1{NBSP}250": 1250, f"1:1{NARROW}250": 1250, f"1:1{THIN}250": 1250,
        f"1:1{FIGURE}250": 1250, "1250": 1250, "1 : 1250": 1250, f"1{NBSP}:{NBSP}1 250": 1250, " 1:500\t": 500,
        "1:1 250 000": 1_250_000, "12 500": 12_500}
READ = {"en": {**BOTH, "1:1,250": 1250, "1,250": 1250, "1:1,250,000": 1_250_000},
        "bg": {**BOTH, "1:1.250": 1250, "1.250": 1250, "1:1.250.000": 1_250_000}}
FRACTIONS = {"en": ["1:1250.5", "1:1.250", "1250.5", "1:1,250.5"], "bg": ["1:1250,5", "1:1,250", "1250,5", "1:1 250,5"]}
NO_SCALE = ["abc", "1:0", "0", "1:-500", "1:", "2:500", "1:1:500", "1:12,50.0", "1:1 25", "1:1 2500"]


@pytest.mark.parametrize("language", ["en", "bg"])
def test_the_common_ways_of_typing_a_scale_are_read(language):
    for text, denominator in READ[language].items():
        entry = read_scale(text, language)
        assert (entry.denominator, entry.problem) == (denominator, None), repr(text)


@pytest.mark.parametrize("language", ["en", "bg"])
def test_a_fraction_is_refused_and_the_reason_names_decimals(language):
    for text in FRACTIONS[language]:
        entry = read_scale(text, language)
        assert entry.denominator is None, repr(text)
        assert entry.problem.say("en") == (f"“{text.strip()}” is not a scale: a scale has no decimals; type 1: and a "
                                           "whole number, e.g. 1:1250")
        assert entry.problem.say("bg") == (f"„{text.strip()}“ не е мащаб: мащабът няма дробна част; въведете 1: и "
                                           "цяло число, напр. 1:1250")


@pytest.mark.parametrize("language", ["en", "bg"])
def test_what_is_no_scale_is_refused_with_the_forms_that_are(language):
    for text in NO_SCALE:
        entry = read_scale(text, language)
        assert entry.denominator is None, repr(text)
        assert entry.problem.say("en") == (f"“{text}” is not a scale: type 1: and a whole number, e.g. 1:1250, or "
                                           "the number alone"), repr(text)


def test_an_empty_entry_is_neither_a_scale_nor_a_mistake():
    assert read_scale(f" {NBSP} ", "bg") == read_scale("", "en")
    assert read_scale("", "en").denominator is None and read_scale("", "en").problem is None
