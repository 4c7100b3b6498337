"""JUnit XML for CI pipelines: one test suite per rule family, one test case per rule checked.

A rule with errors is a failed test case, an unusable input or a check that could not
run (``TOPO.INCOMPLETE``…) an errored one;
warnings and notes go to the case's ``system-out`` so the pipeline shows them
without failing.  GitLab, Jenkins and GitHub test reporters read this format.
"""

from __future__ import annotations

import os
from collections import defaultdict

from lxml import etree

from plu_model.atomic import write_atomic
from plu_model.findings import Finding, Severity
from validators.report import ValidationReport
from validators.rules import FAMILIES, NOT_CHECKED, RULES

__all__ = ["junit_xml", "write_junit"]

#: findings listed in one test case's message; the rest are counted
_LISTED = 200


def _line(f: Finding) -> str:
    count = f" (x{f.count})" if f.count > 1 else ""
    where = f.where()
    return f"[{f.severity.label}] {where + ': ' if where else ''}{f.message_en}{count}"


def junit_xml(report: ValidationReport) -> bytes:
    """The report as a JUnit XML document."""
    by_rule: dict[str, list[Finding]] = defaultdict(list)
    for f in report.findings:
        by_rule[f.rule].append(f)
    checked = report.checked_rules()
    extra = [c for c in by_rule if c not in checked]  # e.g. findings of rules outside the catalogue
    families: dict[str, list[str]] = defaultdict(list)
    for code in checked + extra:
        families[RULES[code].family if code in RULES else "other"].append(code)
    seconds = report.timings
    root = etree.Element("testsuites", name=f"PLU Studio validation of {report.source}")
    total = failures = errors = 0
    for family, codes in families.items():
        suite = etree.SubElement(root, "testsuite", name=f"plu.{family}")
        s_fail = s_err = 0
        for code in codes:
            found = by_rule.get(code, [])
            rule = RULES.get(code)
            case = etree.SubElement(
                suite, "testcase", classname=f"plu.{family}", name=f"{code}: {rule.title('en') if rule else code}"
            )
            worst = max((f.severity for f in found), default=None)
            listed = "\n".join(_line(f) for f in found[:_LISTED])
            if len(found) > _LISTED:
                listed += f"\n… and {len(found) - _LISTED} more"
            n = sum(f.count for f in found)
            if code in NOT_CHECKED and found:
                el = etree.SubElement(case, "error", message=f"{n} finding(s): a check could not run", type=code)
                el.text = listed
                s_err += 1
            elif worst is not None and worst >= Severity.FATAL:
                el = etree.SubElement(case, "error", message=f"{n} finding(s): the input could not be checked",
                                      type=code)
                el.text = listed
                s_err += 1
            elif worst is not None and worst >= Severity.ERROR:
                el = etree.SubElement(case, "failure", message=f"{n} finding(s)", type=code)
                el.text = listed
                s_fail += 1
            elif found:
                etree.SubElement(case, "system-out").text = listed
        suite.set("tests", str(len(codes)))
        suite.set("failures", str(s_fail))
        suite.set("errors", str(s_err))
        suite.set("time", f"{seconds.get(family, 0.0):.3f}")
        title = FAMILIES[family].title("en") if family in FAMILIES else family
        etree.SubElement(suite, "properties").append(etree.Element("property", name="family", value=title))
        suite.insert(0, suite[-1])  # properties first, as the schema wants
        total += len(codes)
        failures += s_fail
        errors += s_err
    root.set("tests", str(total))
    root.set("failures", str(failures))
    root.set("errors", str(errors))
    root.set("time", f"{seconds.get('total', 0.0):.3f}")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write_junit(report: ValidationReport, path: str | os.PathLike[str]) -> None:
    """Write the JUnit XML atomically."""
    write_atomic(path, junit_xml(report))
