"""``plu diff A.gml B.gml``: did delivery B keep everything delivery A held? (logic: plu_model.gml_diff)"""

from __future__ import annotations

import argparse
import json
import sys

from plu_cli.language import t

NAME = "diff"


def HELP() -> str:
    return t(
        "compare two GML deliveries feature by feature; exit 1 when B lost or changed anything A held",
        "сравнява две GML доставки обект по обект; изход 1, ако B е загубил или променил нещо от A",
    )


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("a", help=t("the original delivery (.gml)", "изходната доставка (.gml)"))
    p.add_argument("b", help=t("the delivery to check against it (.gml)", "доставката, която се проверява (.gml)"))
    p.add_argument(
        "--tolerance", type=float, metavar="T",
        help=t("how far a position may move, in the CRS's unit (default 0.001 m or 1e-8 degrees)",
               "с колко може да се премести точка, в единицата на системата (по подразбиране 0,001 m или 1e-8°)"),
    )
    p.add_argument("--json", action="store_true", help=t("machine-readable output", "изход като JSON"))


def run(args: argparse.Namespace) -> int:
    from plu_cli.output import print_findings
    from plu_model.gml_diff import diff_gml

    result = diff_gml(args.a, args.b, args.tolerance)
    if args.json:
        json.dump(result.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print_findings(result.findings, sys.stdout)
        n = len(result.findings)
        print(t(
            f"{result.features_a} features in A, {result.matched} found in B, {n} losses or changes"
            f" (tolerance {result.tolerance:g})",
            f"{result.features_a} обекта в A, {result.matched} открити в B, {n} загуби или промени"
            f" (допуск {result.tolerance:g})",
        ))
    return 0 if result.identical else 1
