"""``plu validate FILE…``: every rule over a plan, with a report for people (HTML) or machines (JSON, JUnit).

Several files or a folder are validated side by side (``--jobs``), one report per plan and a summary
table; the exit code is then the worst plan's.

Exit codes: 0 valid (nothing above a warning, every check ran), 1 errors, 2 the input could not be used,
3 incomplete (no error found, but a check could not run: a rule of validators.NOT_CHECKED such as
TOPO.INCOMPLETE, XSD.NOT_RUN, XSD.WRAPPER_NOT_CHECKED or CRS.NOT_CHECKED).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plu_cli.language import language, user_number
from plu_model.errors import message_of
from plu_model.i18n import Text, say

if TYPE_CHECKING:
    from plu_model.progress import Progress
    from validators.batch import PlanInput
    from validators.report import ValidationReport

NAME = "validate"


def HELP() -> str:
    return say("plu_cli.commands.validate", "check a plan: INSPIRE tests, schema, geometry, topology, references, "
                                            "national rules (offline)")


def add_arguments(p: argparse.ArgumentParser) -> None:
    from validators.profiles import available_profiles

    p.add_argument("files", nargs="*", metavar="FILE", help=say("plu_cli.commands.validate", "a .gml file or a .gpkg plan file; several, or "
                                                                                             "folders (searched for *.gml and *.gpkg), check "
                                                                                             "each"))
    p.add_argument(
        "--profile",
        metavar="NAME|FILE",
        help=say("plu_cli.commands.validate", "national profile ({value}) or a profile file",
                                              value=', '.join(available_profiles())),
    )
    p.add_argument(
        "--format",
        choices=["text", "json", "html", "junit"],
        default="text",
        help=say("plu_cli.commands.validate", "report format (default: text on the terminal)"),
    )
    p.add_argument("-o", "--output", metavar="FILE|DIR", help=say("plu_cli.commands.validate", "write the report here (several plans: a folder, "
                                                                                               "one report per plan)"))
    p.add_argument("--jobs", "-j", type=_positive, metavar="N", help=say("plu_cli.commands.validate", "plans checked at once (default: the number of cores)"))
    p.add_argument(
        "--tolerance",
        type=user_number,
        default=0.002,
        metavar="METRES",
        help=say("plu_cli.commands.validate", "topology tolerance in metres (default 0.002)"),
    )
    p.add_argument(
        "--sliver-area",
        type=user_number,
        default=1.0,
        metavar="M2",
        help=say("plu_cli.commands.validate", "smallest zone part that is not a sliver, m² (default 1)"),
    )
    p.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="RULE",
        help=say("plu_cli.commands.validate", "rule, rule prefix (TOPO.) or family (topology) not to check; "
                                              "repeatable"),
    )
    p.add_argument("--all", action="store_true", help=say("plu_cli.commands.validate", "list every finding, fold none"))
    p.add_argument("--rules", action="store_true", help=say("plu_cli.commands.validate", "list the rules and exit"))


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(say("plu_cli.commands.validate", "{text!r} is not a whole number of 1 or more",
                                                                          text=text))
    return value


def _print_rules() -> int:
    from validators.rules import FAMILIES, RULES

    lang = language()
    for family in FAMILIES.values():
        print(f"\n{family.title(lang)}")
        for r in RULES.values():
            if r.family == family.name:
                ets = f" [{r.ets}]" if r.ets and r.ets != r.code else ""
                print(f"  {r.code:34} {r.severity.title(lang):{r.severity.width(lang) + 1}} {r.title(lang)}{ets}")
    return 0


def _progress() -> Progress | None:
    from plu_model.progress import Progress

    if not sys.stderr.isatty():
        return None

    def report(done: int, total: int | None) -> None:
        print(f"\r{say('plu_cli.commands.validate', 'features checked')}: {done}", end="", file=sys.stderr, flush=True)

    return Progress(report=report, every=2000)


def _gml_writer(source: Any, path: Path) -> None:
    from exporters.gml_writer import write_gml

    write_gml(path, source)


def run(args: argparse.Namespace) -> int:
    if args.rules:
        return _print_rules()
    if not args.files:
        print(f"plu: {say('plu_cli.commands.validate', 'error')}: {say('plu_cli.commands.validate', 'give the file to validate')}",
              file=sys.stderr)
        return 2
    from validators import ValidationOptions

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
        print(f"plu: {say('plu_cli.commands.validate', 'error')}: {message_of(exc, language())}", file=sys.stderr)
        return 2
    if len(args.files) == 1 and not Path(args.files[0]).is_dir():
        return _run_one(args.files[0], options, args)
    return _run_many(options, args)


def _run_one(file: str, options: Any, args: argparse.Namespace) -> int:
    from validators import validate

    progress = _progress()
    report = validate(file, options, progress)
    if progress is not None:
        print(file=sys.stderr)
    _emit(report, args)
    return report.exit_code


_EXTENSIONS = {"text": ".json", "json": ".json", "html": ".html", "junit": ".xml"}


def _run_many(options: Any, args: argparse.Namespace) -> int:
    """Every plan named or found, side by side; reports as they come, in order; the summary table last."""
    from contextlib import closing

    from validators.batch import find_plans, report_names, summary_row, summary_table, validate_many, worst_exit_code

    if args.format != "text" and not args.output:
        return _refuse(Text("plu_cli.commands.validate", "several plans give several {format} reports: name a folder "
                                                         "for them with -o DIR", format=args.format))
    out_dir = Path(args.output) if args.output else None
    if out_dir is not None and out_dir.exists() and not out_dir.is_dir():
        return _refuse(Text("plu_cli.commands.validate", "{out_dir} is a file; several plans need a folder for their "
                                                         "reports", out_dir=out_dir))
    plans = find_plans(args.files)
    names = report_names(plans, _EXTENSIONS[args.format]) if out_dir else [None] * len(plans)
    rows = []
    with closing(validate_many(plans, options, args.jobs)) as reports:
        for (plan, report), name in zip(reports, names, strict=True):
            _emit_one(plan, report, args, out_dir / name if out_dir and name else None)
            rows.append(summary_row(plan, report))
            _tick(len(rows), len(plans))
    if args.format == "text":
        print()  # the table apart from the last plan's findings
    sys.stdout.write(summary_table(rows, language()))
    return worst_exit_code(rows)


def _refuse(text: Text) -> int:
    """A usage error in one line: exit code 2, nothing checked."""
    print(f"plu: {say('plu_cli.commands.validate', 'error')}: {text.say()}", file=sys.stderr)
    return 2


def _emit_one(plan: PlanInput, report: ValidationReport, args: argparse.Namespace, path: Path | None) -> None:
    """One plan's findings on the terminal (text) and its report file, named after the plan, in ``-o DIR``."""
    if args.format == "text":
        print_text(report, sys.stdout)
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    _write(report, args.format, str(path))


def _tick(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{say('plu_cli.commands.validate', 'plans checked')}: {done}/{total}", end="" if done < total else "\n",
              file=sys.stderr, flush=True)


def print_text(report: ValidationReport, stream: Any) -> None:
    """The findings, one a line, and the verdict line: what ``plu validate`` prints for one plan."""
    from plu_cli.output import print_findings

    print_findings(report.findings, stream)
    _summary(report, stream)


def _write(report: ValidationReport, fmt: str, out: str) -> None:
    from validators.report_html import write_html
    from validators.report_json import write_json
    from validators.report_junit import write_junit

    {"text": write_json, "json": write_json, "html": write_html, "junit": write_junit}[fmt](report, out)


def _emit(report: ValidationReport, args: argparse.Namespace) -> None:
    fmt, out = args.format, args.output
    if fmt == "text":
        # the text report is the command's output: 'plu validate X > r.txt' keeps it
        print_text(report, sys.stdout)
        if out:
            _write(report, fmt, out)
        return
    if out:
        _write(report, fmt, out)
    elif fmt == "json":
        from validators.report_json import write_json

        print(write_json(report, None))
    elif fmt == "html":
        from validators.report_html import html_report

        print(html_report(report))
    else:
        from validators.report_junit import junit_xml

        sys.stdout.write(junit_xml(report).decode("utf-8"))
    _summary(report)
    if out:
        print(say("plu_cli.commands.validate", "report written to {out}", out=out), file=sys.stderr)


def _summary(report: ValidationReport, stream: Any = None) -> None:
    """One line: the verdict and the counts (stderr when stdout carries a JSON, HTML or JUnit report)."""
    sev = {s.label: n for s, n in report.by_severity().items()}
    verdict = {
        "valid": say("plu_cli.commands.validate", "valid"),
        "invalid": say("plu_cli.commands.validate", "not valid"),
        "incomplete": say("plu_cli.commands.validate", "incomplete — a check could not run, so not known to be valid"),
        "unusable": say("plu_cli.commands.validate", "could not be checked"),
    }[report.verdict]
    print(
        say("plu_cli.commands.validate", "{source}: {verdict} — {fatal}, {errors}, {warnings}, {notes} ({rules}, "
                                         "profile {profile})",
            source=report.source, verdict=verdict, profile=report.profile,
            fatal=Text("plu_cli.commands.validate", "{n} fatal", plural="{n} fatal", n=sev["fatal"]),
            errors=Text("plu_cli.commands.validate", "{n} error", plural="{n} errors", n=sev["error"]),
            warnings=Text("plu_cli.commands.validate", "{n} warning", plural="{n} warnings", n=sev["warning"]),
            notes=Text("plu_cli.commands.validate", "{n} note", plural="{n} notes", n=sev["info"]),
            rules=Text("plu_cli.commands.validate", "{n} rule", plural="{n} rules", n=len(report.checked_rules()))),
        file=stream or sys.stderr,
    )
