"""Numbers, severities and feature classes in Bulgarian text: a decimal comma, words from the catalogue.

The Bulgarian expected here is written out by hand (``1 600,5``) or read from the catalogue; the
English must not change at all (reports, logs and tests read it).
"""

from __future__ import annotations

from pathlib import Path

from plu_model.class_names import class_counts, class_label
from plu_model.findings import Severity
from plu_model.i18n import Text, catalogue
from plu_model.user_numbers import format_user_number

ROOT = Path(__file__).resolve().parents[2]


def test_a_fraction_in_a_bulgarian_text_has_a_decimal_comma_and_the_english_keeps_its_point():
    text = Text("validators.topology", "zones {gml_id} and {gml_id2} overlap by {area} m²", gml_id="ZE.a",
                gml_id2="ZE.b", area=0.25)
    assert "0,25 m²" in text.say("bg") and "0.25 m²" in text.say("en")
    formatted = Text("validators.topology", "the extent is the union of {n_zones} zones (area {a0:.1f} m² → {a1:.1f} m²)",
                     n_zones=3, a0=1600.5, a1=12.0)
    assert "1600,5 m² → 12,0 m²" in formatted.say("bg") and "3" in formatted.say("bg")
    assert "1600.5 m² → 12.0 m²" in formatted.say("en")


def test_thousands_in_bulgarian_are_spaced_not_commas():
    assert format(_bulgarian(1600.5), ",.1f") == "1 600,5" and format(_bulgarian(1600.5), ".0f") == "1600"
    assert str(_bulgarian(0.002)) == "0,002"


def _bulgarian(value: float):
    """The value as a Bulgarian text fills it in (the private wrapper, reached through a text)."""
    from plu_model import i18n

    return i18n._said(value, "bg")


def test_integers_and_booleans_are_left_as_they_are():
    assert _bulgarian(35) == 35 and _bulgarian(True) is True


def test_user_numbers():
    assert format_user_number(0.05, "bg") == "0,05" and format_user_number(0.05, "en") == "0.05"
    assert format_user_number(5.0, "bg") == "5" and format_user_number(320317.8, "bg", 2) == "320317,80"


def test_severities_and_feature_classes_take_the_catalogues_words():
    words = catalogue("bg")
    assert Severity.ERROR.title("bg") == words[("plu_model.findings", "error")] != "error"
    assert Severity.ERROR.title("en") == Severity.ERROR.label == "error"
    assert Severity.width("bg") == max(len(words[("plu_model.findings", s)]) for s in ("info", "warning", "error", "fatal"))
    zones = words[("plu_model.class_names", "ZoningElement")]
    assert class_label("ZoningElement", "bg") == zones and class_label("ZoningElement", "en") == "ZoningElement"
    assert class_counts({"ZoningElement": 35, "SpatialPlan": 1}, "en") == "1 SpatialPlan, 35 ZoningElement"
    plans = words[("plu_model.class_names", "SpatialPlan")]
    assert class_counts({"ZoningElement": 35, "SpatialPlan": 1}, "bg") == f"{plans}: 1, {zones}: 35"


def test_a_bulgarian_geometry_finding_says_where_in_bulgarian_with_decimal_commas():
    from validators import validate

    report = validate(ROOT / "tests" / "data" / "broken" / "geom_self_intersection.gml")
    (finding,) = [f for f in report.findings if f.rule == "GEOM.SELF_INTERSECTION"]
    x, y = finding.location.x, finding.location.y
    assert f" at ({x:.3f}, {y:.3f})" in finding.message_en
    assert " at " not in finding.message_bg
    assert f"({x:.3f}; {y:.3f})".replace(".", ",") in finding.message_bg, finding.message_bg


def test_a_typed_comma_is_decimal_where_no_thousands_separator_can_stand():
    """``0,002`` (a tolerance) and ``1234,500`` cannot be grouped thousands; ``1,200`` and ``12,500`` can."""
    import pytest

    from plu_model.errors import PluInputError
    from plu_model.user_numbers import parse_user_number

    assert [parse_user_number(t) for t in ("0,002", "-0,5", "1234,500", "12,5", "1,2")] == [0.002, -0.5, 1234.5, 12.5, 1.2]
    for text in ("1,200", "12,500", "-1,200", "999,999"):
        with pytest.raises(PluInputError, match="ambiguous"):
            parse_user_number(text)
