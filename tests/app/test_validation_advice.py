"""What the panel offers for a finding and how a repair is judged — the rules behind the widgets."""

from __future__ import annotations

from app.validation_runner import Advice, advice_for, compare_findings, export_crs_choices
from plu_model.findings import Finding, Severity
from plu_model.i18n import Text


def _finding(rule: str, fix: str | None = None) -> Finding:
    return Finding(rule, Severity.ERROR, Text("tests", "m"), fix=fix)


def test_a_crs_hint_becomes_an_export_button_and_a_repair_step_a_repair():
    assert advice_for(_finding("CRS.EXPORT", "plu convert PLAN.gpkg OUT.gml --crs 3046")) == Advice("export_crs", 3046)
    assert advice_for(_finding("rs.a.1", "export with --crs 4258")) == Advice("export_crs", 4258)
    assert advice_for(_finding("TOPO.OVERLAP", "plu fix --rule snap removes overlaps")) == Advice("repair")
    assert advice_for(_finding("GEOM.SELF_INTERSECTION", "redraw the boundary")) == Advice("manual")


def test_a_repair_is_judged_by_the_findings_before_and_after():
    before = [_finding("TOPO.OVERLAP"), _finding("TOPO.OVERLAP"), _finding("PITFALL.HTTPS_CODELIST"),
              _finding("GEOM.SELF_INTERSECTION")]
    after = [_finding("TOPO.OVERLAP"), _finding("GEOM.SELF_INTERSECTION")]
    one = compare_findings(before, after, ["TOPO.OVERLAP"], 1)
    assert (one.rule_before, one.rule_after, one.fixed, one.left) == ({"TOPO.OVERLAP": 2}, {"TOPO.OVERLAP": 1}, 1, 1)
    every = compare_findings(before, after, None, 3)  # "Repair all": the rules that have a repair step
    assert every.rule_before == {"PITFALL.HTTPS_CODELIST": 1, "TOPO.OVERLAP": 2}
    assert every.rule_after == {"PITFALL.HTTPS_CODELIST": 0, "TOPO.OVERLAP": 1}
    assert (every.fixed, every.left, every.features_changed) == (2, 1, 3)


def test_export_choices_put_the_validators_recommendation_first():
    sofia = export_crs_choices(7801, 23.3)
    assert sofia[0] == (3046, True)
    assert {code for code, _ in sofia} >= {3046, 3047, 3035, 4258, 7801, 32634, 32635}
    varna = export_crs_choices(7801, 27.9)
    assert varna[0] == (3047, True) and (3046, False) in varna
    assert export_crs_choices(7801, None)[0] == (4258, True)  # no longitude: the geographic system fits anywhere
