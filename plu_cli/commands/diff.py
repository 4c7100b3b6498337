"""``plu diff A.gml B.gml``: did delivery B keep everything delivery A held? (logic: plu_model.gml_diff)"""

from __future__ import annotations

import argparse
import json
import sys

from plu_cli.language import user_number
from plu_model.i18n import Text, say

NAME = "diff"


def HELP() -> str:
    return say("plu_cli.commands.diff", "compare two GML deliveries feature by feature; exit 1 when B lost or "
                                        "changed anything A held")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("a", help=say("plu_cli.commands.diff", "the original delivery (.gml)"))
    p.add_argument("b", help=say("plu_cli.commands.diff", "the delivery to check against it (.gml)"))
    p.add_argument(
        "--tolerance", type=user_number, metavar="T",
        help=say("plu_cli.commands.diff", "how far a position may move, in the CRS's unit (default 0.001 m or 1e-8 "
                                          "degrees)"),
    )
    p.add_argument("--json", action="store_true", help=say("plu_cli.commands.diff", "machine-readable output"))


def run(args: argparse.Namespace) -> int:
    from plu_cli.output import print_findings
    from plu_model.gml_diff import diff_gml

    result = diff_gml(args.a, args.b, args.tolerance)
    if args.json:
        json.dump(result.as_dict(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print_findings(result.findings, sys.stdout)
        losses = Text("plu_cli.commands.diff", "{n} loss or change", plural="{n} losses or changes",
                      n=len(result.findings))
        print(say("plu_cli.commands.diff", "{n} feature in A, {matched} found in B, {losses} (tolerance {tolerance:g})",
                  plural="{n} features in A, {matched} found in B, {losses} (tolerance {tolerance:g})",
                  n=result.features_a, matched=result.matched, losses=losses, tolerance=result.tolerance))
    return 0 if result.identical else 1
