"""``plu indicators PLAN [PLAN…] --format csv|json|html``: land-use figures of one plan or several side by side."""

from __future__ import annotations

import argparse
import io
import sys

from plu_cli.language import language
from plu_model.errors import PluInputError
from plu_model.i18n import Text, say

NAME = "indicators"


def HELP() -> str:
    return say("plu_cli.commands.indicators", "area, share and planned capacity per HILUCS class and zone type, for "
                                              "one or several plans")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("plans", nargs="+", metavar="PLAN", help=say("plu_cli.commands.indicators", ".gml or .gpkg plans"))
    p.add_argument("--format", choices=["csv", "json", "html"], default="csv",
                   help=say("plu_cli.commands.indicators", "output format (default csv)"))
    p.add_argument("--out", "-o", metavar="FILE", help=say("plu_cli.commands.indicators", "write to FILE (default: the terminal; html needs a file)"))
    p.add_argument("--hilucs-level", type=int, choices=[1, 2, 3], help=say("plu_cli.commands.indicators", "roll HILUCS values up to this level, to compare "
                                                                                                          "plans classified in different detail"))
    p.add_argument("--name", action="append", metavar="NAME", help=say("plu_cli.commands.indicators", "a name per plan for the tables (default: the plan's title)"))


def run(args: argparse.Namespace) -> int:
    from exporters.indicator_report import indicators_csv, indicators_json, plan_warnings, write_report
    from plu_model.indicators import plan_indicators
    from plu_model.readers import read_dataset

    if args.name and len(args.name) != len(args.plans):
        raise PluInputError(
            Text("plu_cli.commands.indicators", "give --name once per plan"),
        )
    figures = []
    worst = 0
    lang = language()
    for i, path in enumerate(args.plans):
        data, findings = read_dataset(path)
        if any(f.severity >= 30 for f in findings):
            worst = 1
        try:
            plan = plan_indicators(data, name=args.name[i] if args.name else None, source=path,
                                   hilucs_level=args.hilucs_level)
        except PluInputError as exc:  # several plans: say which one cannot be measured
            raise PluInputError(Text("plu_cli.commands.indicators", "{path}: {text}", path=path,
                                     text=exc.text)) from exc
        for warning in plan_warnings(plan, lang):
            print(f"{path}: {warning}", file=sys.stderr)
            worst = 1
        figures.append(plan)
    if args.out:
        write_report(figures, args.out, args.format, lang)
        print(say("plu_cli.commands.indicators", "wrote {out}", out=args.out), file=sys.stderr)
        return worst
    if args.format == "html":
        raise PluInputError(
            Text("plu_cli.commands.indicators", "--format html needs --out FILE.html"),
        )
    if args.format == "json":
        print(indicators_json(figures))
    else:
        buffer = io.StringIO()
        indicators_csv(figures, buffer, lang)
        sys.stdout.write(buffer.getvalue())
    return worst
