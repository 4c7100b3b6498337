"""``plu check-building PLAN --footprint F.geojson --height H …``: a proposed building against its zone's limits."""

from __future__ import annotations

import argparse
import sys

from plu_cli.language import language, user_number, whole_number
from plu_model.errors import PluInputError
from plu_model.i18n import Text, say

NAME = "check-building"
PLOT_USES = ("kindergarten", "school", "social-care", "sport")


def HELP() -> str:
    return say("plu_cli.commands.check_building", "check a proposed building (footprint, plot, height, floors) "
                                                  "against the limits of its zone")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", metavar="PLAN", help=say("plu_cli.commands.check_building", "the plan (.gml or .gpkg)"))
    p.add_argument("--footprint", required=True, metavar="F.geojson",
                   help=say("plu_cli.commands.check_building", "the building's footprint (GeoJSON polygon, any CRS)"))
    p.add_argument("--height", required=True, type=user_number, metavar="M", help=say("plu_cli.commands.check_building", "height in metres"))
    p.add_argument("--floors", type=whole_number, metavar="N", help=say("plu_cli.commands.check_building", "above-ground floors"))
    p.add_argument("--gfa", type=user_number, metavar="M2", help=say("plu_cli.commands.check_building", "gross floor area in m² (default: footprint × floors)"))
    p.add_argument("--plot", metavar="P.geojson", help=say("plu_cli.commands.check_building", "the plot (GeoJSON polygon)"))
    p.add_argument("--green", metavar="G.geojson", help=say("plu_cli.commands.check_building", "the green area of the plot (GeoJSON); without it "
                                                                                               "the green share is an upper bound"))
    p.add_argument("--use", choices=PLOT_USES, help=say("plu_cli.commands.check_building", "the plot's purpose, when the law sets limits for "
                                                                                           "it (school, kindergarten…)"))
    p.add_argument("--profile", default="bg", help=say("plu_cli.commands.check_building", "bg (national, default), bg-sofia or a profile file"))
    p.add_argument("--format", choices=["text", "json", "pdf"], default="text",
                   help=say("plu_cli.commands.check_building", "output format (default text)"))
    p.add_argument("--out", "-o", metavar="FILE", help=say("plu_cli.commands.check_building", "write to FILE (pdf needs one)"))


def run(args: argparse.Namespace) -> int:
    if args.format == "pdf" and not args.out:
        raise PluInputError(Text("plu_cli.commands.check_building", "--format pdf needs --out FILE.pdf"))
    # imported here, not at start-up: `plu` loads every command module before it parses its arguments
    from plu_model.atomic import write_atomic
    from plu_model.readers import read_dataset
    from validators.building_check import check_building, load_proposal
    from validators.building_report import building_json_text, building_text, write_building_pdf
    from validators.profiles import load_profile

    profile = load_profile(args.profile)
    data, _ = read_dataset(args.plan)
    proposal = load_proposal(data.crs, args.footprint, args.height, floors=args.floors, gfa=args.gfa,
                             plot=args.plot, green=args.green, plot_use=args.use)
    result = check_building(data.zoning_elements, data.crs, proposal, profile)
    lang = language()
    if args.format == "pdf":
        title = data.plan.official_title if data.spatial_plans else ""
        write_building_pdf(result, args.out, lang, str(title or ""))
    else:
        text = building_json_text(result) if args.format == "json" else building_text(result, lang)
        if args.out:
            write_atomic(args.out, text)
        else:
            sys.stdout.write(text)
    if args.out:
        print(say("plu_cli.commands.check_building", "wrote {out}", out=args.out), file=sys.stderr)
    return 1 if result.exceeds else 0
