"""``plu fix IN -o OUT``: repair what can be repaired automatically, list every change, validate the result.

Exit codes: 0 the repaired plan has nothing above a warning, 1 errors remain
(they need a person), 2 the input could not be used, 3 the result could not be fully checked
(the verdict "incomplete", as in ``plu validate``).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from plu_cli.language import language, user_number
from plu_model.errors import PluInputError
from plu_model.i18n import Text, say

NAME = "fix"


def HELP() -> str:
    return say("plu_cli.commands.fix", "repair a plan automatically (ring orientation, nil reasons, extent, gaps, "
                                       "slivers…) and list the changes")


def add_arguments(p: argparse.ArgumentParser) -> None:
    from validators.repairs import STEPS

    p.add_argument("input", help=say("plu_cli.commands.fix", "the plan to repair (.gml or .gpkg)"))
    p.add_argument("-o", "--output", required=True,
                   help=say("plu_cli.commands.fix", "where to write the repaired plan; the extension picks the format"))
    p.add_argument("--rule", action="append", choices=list(STEPS), metavar="STEP",
                   help=say("plu_cli.commands.fix", "repair step to run, repeatable (default: all of {STEPS})",
                                                    STEPS=', '.join(STEPS)))
    p.add_argument("--tolerance", type=user_number, default=0.002, metavar="METRES",
                   help=say("plu_cli.commands.fix", "snapping and gap tolerance in metres (default 0.002)"))
    p.add_argument("--profile", metavar="NAME|FILE", help=say("plu_cli.commands.fix", "validation profile for the check after the repair"))
    p.add_argument("--crs", type=int, metavar="EPSG", help=say("plu_cli.commands.fix", "write the result in this CRS"))
    p.add_argument("--changes", metavar="FILE.json", help=say("plu_cli.commands.fix", "also write the list of changes as JSON"))


def run(args: argparse.Namespace) -> int:
    from exporters import EXPORTERS
    from validators.repaired_plan import write_repaired
    from plu_model.readers import read_dataset
    from validators import ValidationOptions, iter_findings, validate
    from validators.repairs import repair

    source = Path(args.input)
    if not source.exists():
        raise PluInputError(Text("plu_cli.commands.fix", "{source}: no such file", source=source))
    options = ValidationOptions(tolerance=args.tolerance, profile=args.profile,
                                gml_writer=lambda src, path: EXPORTERS.get("inspire-gml").func(src, path))
    try:
        fmt = EXPORTERS.for_path(args.output)
    except KeyError as exc:
        raise PluInputError(exc.text) from exc
    # every finding with its own feature (none grouped), so that each feature it names can be rewritten
    before = list(iter_findings(source, replace(options, max_identical=None, max_per_rule=None)))
    if any(f.severity.name == "FATAL" for f in before):
        for f in before:
            if f.severity.name == "FATAL":
                print(f"fatal   {f.rule} {f.where()}: {f.message(language())}", file=sys.stderr)
        return 2
    data, _ = read_dataset(source)
    result = repair(data, set(args.rule) if args.rule else None, options, before)
    write_repaired(source, result, fmt, args.output, args.crs, before, options)
    lang = language()
    for c in result.changes:
        print(f"{c.step:18} {c.gml_id or '-':28} {c.message(lang)}", file=sys.stderr)
    if args.changes:
        Path(args.changes).write_text(json.dumps([c.as_dict() for c in result.changes], ensure_ascii=False, indent=1),
                                      encoding="utf-8")
    after = validate(args.output, options)
    errors_before = sum(f.count for f in before if f.severity.name in ("ERROR", "FATAL"))
    errors_after = sum(f.count for f in after.findings if f.severity.name in ("ERROR", "FATAL"))
    print(say("plu_cli.commands.fix", "{n} change; errors {errors_before} → {errors_after}; written to {output}",
                                      plural="{n} changes; errors {errors_before} → {errors_after}; written to "
                                             "{output}",
                                      n=len(result.changes), errors_before=errors_before, errors_after=errors_after, output=args.output),
          file=sys.stderr)
    for f in after.findings:
        if f.severity.name in ("ERROR", "FATAL"):
            print(f"{f.severity.title(lang):{f.severity.width(lang)}} {f.rule} {f.where()}: {f.message(lang)}",
                  file=sys.stderr)
    return after.exit_code

