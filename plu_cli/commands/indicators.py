"""``plu indicators PLAN [PLAN…] --format csv|json|html``: land-use figures of one plan or several side by side."""

from __future__ import annotations

import argparse
import io
import sys

from plu_cli.language import language, t
from plu_model.errors import PluInputError

NAME = "indicators"


def HELP() -> str:
    return t(
        "area, share and planned capacity per HILUCS class and zone type, for one or several plans",
        "площ, дял и капацитет по класове на HILUCS и устройствени зони, за един или няколко плана",
    )


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("plans", nargs="+", metavar="PLAN", help=t(".gml or .gpkg plans", "планове .gml или .gpkg"))
    p.add_argument("--format", choices=["csv", "json", "html"], default="csv",
                   help=t("output format (default csv)", "формат на изхода (по подразбиране csv)"))
    p.add_argument("--out", "-o", metavar="FILE", help=t(
        "write to FILE (default: the terminal; html needs a file)",
        "записва във FILE (по подразбиране: на екрана; html изисква файл)"))
    p.add_argument("--hilucs-level", type=int, choices=[1, 2, 3], help=t(
        "roll HILUCS values up to this level, to compare plans classified in different detail",
        "обобщава стойностите по HILUCS до това ниво, за сравнение на планове с различна подробност"))
    p.add_argument("--name", action="append", metavar="NAME", help=t(
        "a name per plan for the tables (default: the plan's title)",
        "име на всеки план в таблиците (по подразбиране: заглавието му)"))


def run(args: argparse.Namespace) -> int:
    from exporters.indicator_report import indicators_csv, indicators_json, write_report
    from plu_model.indicators import plan_indicators
    from plu_model.readers import read_dataset

    if args.name and len(args.name) != len(args.plans):
        raise PluInputError(
            "give --name once per plan",
            bg="посочете --name по веднъж за всеки план",
        )
    figures = []
    worst = 0
    for i, path in enumerate(args.plans):
        data, findings = read_dataset(path)
        if any(f.severity >= 30 for f in findings):
            worst = 1
        figures.append(plan_indicators(data, name=args.name[i] if args.name else None, source=path,
                                       hilucs_level=args.hilucs_level))
    lang = language()
    if args.out:
        write_report(figures, args.out, args.format, lang)
        print(t(f"wrote {args.out}", f"записан е {args.out}"), file=sys.stderr)
        return worst
    if args.format == "html":
        raise PluInputError(
            "--format html needs --out FILE.html",
            bg="--format html изисква --out ФАЙЛ.html",
        )
    if args.format == "json":
        print(indicators_json(figures))
    else:
        buffer = io.StringIO()
        indicators_csv(figures, buffer, lang)
        sys.stdout.write(buffer.getvalue())
    return worst
