"""``plu validate FILE``: every rule over a plan, with a report for people (HTML) or machines (JSON, JUnit).

Exit codes: 0 valid (nothing above a warning, every check ran), 1 errors, 2 the input could not be used,
3 incomplete (no error found, but a check could not run: a rule of validators.NOT_CHECKED such as
TOPO.INCOMPLETE, XSD.NOT_RUN, XSD.WRAPPER_NOT_CHECKED or CRS.NOT_CHECKED).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from exporters.gml_writer import write_gml
from plu_cli.language import language, t
from plu_cli.output import print_findings
from plu_model.errors import message_of
from plu_model.progress import Progress
from validators import RULES, ValidationOptions, validate
from validators.profiles import available_profiles
from validators.report import ValidationReport
from validators.report_html import write_html
from validators.report_json import write_json
from validators.report_junit import junit_xml, write_junit
from validators.rules import FAMILIES

NAME = "validate"


def HELP() -> str:
    return t(
        "check a plan: INSPIRE tests, schema, geometry, topology, references, national rules (offline)",
        "проверява план: тестове INSPIRE, схема, геометрия, топология, препратки, национални правила (без мрежа)",
    )


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", nargs="?", help=t("a .gml file or a .gpkg plan file", "файл .gml или файл на план .gpkg"))
    p.add_argument(
        "--profile",
        metavar="NAME|FILE",
        help=t(
            f"national profile ({', '.join(available_profiles())}) or a profile file",
            f"национален профил ({', '.join(available_profiles())}) или файл с профил",
        ),
    )
    p.add_argument(
        "--format",
        choices=["text", "json", "html", "junit"],
        default="text",
        help=t("report format (default: text on the terminal)", "формат на доклада (по подразбиране: текст)"),
    )
    p.add_argument("-o", "--output", metavar="FILE", help=t("write the report here", "записва доклада тук"))
    p.add_argument(
        "--tolerance",
        type=float,
        default=0.002,
        metavar="METRES",
        help=t("topology tolerance in metres (default 0.002)", "допуск за топологията в метри (по подразбиране 0.002)"),
    )
    p.add_argument(
        "--sliver-area",
        type=float,
        default=1.0,
        metavar="M2",
        help=t("smallest zone part that is not a sliver, m² (default 1)", "най-малка част от зона, която не е остатък, m²"),
    )
    p.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="RULE",
        help=t(
            "rule, rule prefix (TOPO.) or family (topology) not to check; repeatable",
            "правило, начало на код (TOPO.) или група (topology), които да не се проверяват; може многократно",
        ),
    )
    p.add_argument("--all", action="store_true", help=t("list every finding, fold none", "изброява всички, без сгъване"))
    p.add_argument("--rules", action="store_true", help=t("list the rules and exit", "изброява правилата и излиза"))


def _print_rules() -> int:
    lang = language()
    for family in FAMILIES.values():
        print(f"\n{family.title(lang)}")
        for r in RULES.values():
            if r.family == family.name:
                ets = f" [{r.ets}]" if r.ets and r.ets != r.code else ""
                print(f"  {r.code:34} {r.severity.label:8} {r.title(lang)}{ets}")
    return 0


def _progress() -> Progress | None:
    if not sys.stderr.isatty():
        return None

    def report(done: int, total: int | None) -> None:
        print(f"\r{t('features checked', 'проверени обекти')}: {done}", end="", file=sys.stderr, flush=True)

    return Progress(report=report, every=2000)


def _gml_writer(source: Any, path: Path) -> None:
    write_gml(path, source)


def run(args: argparse.Namespace) -> int:
    if args.rules:
        return _print_rules()
    if not args.file:
        print(f"plu: {t('error', 'грешка')}: {t('give the file to validate', 'посочете файла за проверка')}",
              file=sys.stderr)
        return 2
    try:
        options = ValidationOptions(
            tolerance=args.tolerance,
            sliver_area=args.sliver_area,
            skip=frozenset(args.skip),
            profile=args.profile,
            max_identical=None if args.all else 50,
            max_per_rule=None if args.all else 1000,
            gml_writer=_gml_writer,
        )
    except (KeyError, ValueError) as exc:
        print(f"plu: {t('error', 'грешка')}: {message_of(exc, language())}", file=sys.stderr)
        return 2
    progress = _progress()
    report = validate(args.file, options, progress)
    if progress is not None:
        print(file=sys.stderr)
    _emit(report, args)
    return report.exit_code


def _emit(report: ValidationReport, args: argparse.Namespace) -> None:
    fmt, out = args.format, args.output
    if fmt == "text":
        # the text report is the command's output: 'plu validate X > r.txt' keeps it
        print_findings(report.findings, sys.stdout)
        _summary(report, sys.stdout)
        if out:
            write_json(report, out)
        return
    if fmt == "json":
        text = write_json(report, out)
        if not out:
            print(text)
    elif fmt == "html":
        if out:
            write_html(report, out)
        else:
            from validators.report_html import html_report

            print(html_report(report))
    elif fmt == "junit":
        if out:
            write_junit(report, out)
        else:
            sys.stdout.write(junit_xml(report).decode("utf-8"))
    _summary(report)
    if out:
        print(t(f"report written to {out}", f"докладът е записан в {out}"), file=sys.stderr)


def _summary(report: ValidationReport, stream: Any = None) -> None:
    """One line: the verdict and the counts (stderr when stdout carries a JSON, HTML or JUnit report)."""
    sev = {s.label: n for s, n in report.by_severity().items()}
    verdict = {
        "valid": t("valid", "валиден"),
        "invalid": t("not valid", "невалиден"),
        "incomplete": t("incomplete — a check could not run, so not known to be valid",
                        "непълна проверка — проверка не можа да се изпълни, валидността не е установена"),
        "unusable": t("could not be checked", "не може да се провери"),
    }[report.verdict]
    print(
        t(
            f"{report.source}: {verdict} — {sev['fatal']} fatal, {sev['error']} errors, {sev['warning']} warnings, "
            f"{sev['info']} notes ({len(report.checked_rules())} rules, profile {report.profile})",
            f"{report.source}: {verdict} — {sev['fatal']} фатални, {sev['error']} грешки, {sev['warning']} "
            f"предупреждения, {sev['info']} бележки ({len(report.checked_rules())} правила, профил {report.profile})",
        ),
        file=stream or sys.stderr,
    )
