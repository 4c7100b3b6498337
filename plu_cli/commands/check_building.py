"""``plu check-building PLAN --footprint F.geojson --height H …``: a proposed building against its zone's limits."""

from __future__ import annotations

import argparse
import sys

from plu_cli.language import language, t
from plu_model.errors import PluInputError

NAME = "check-building"
PLOT_USES = ("kindergarten", "school", "social-care", "sport")


def HELP() -> str:
    return t(
        "check a proposed building (footprint, plot, height, floors) against the limits of its zone",
        "проверява предвиждана сграда (петно, имот, височина, етажи) спрямо нормативите на зоната ѝ",
    )


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", metavar="PLAN", help=t("the plan (.gml or .gpkg)", "планът (.gml или .gpkg)"))
    p.add_argument("--footprint", required=True, metavar="F.geojson",
                   help=t("the building's footprint (GeoJSON polygon, any CRS)", "петното на сградата (GeoJSON)"))
    p.add_argument("--height", required=True, type=float, metavar="M", help=t("height in metres", "височина в метри"))
    p.add_argument("--floors", type=int, metavar="N", help=t("above-ground floors", "надземни етажи"))
    p.add_argument("--gfa", type=float, metavar="M2", help=t(
        "gross floor area in m² (default: footprint × floors)", "РЗП в m² (по подразбиране: петно × етажи)"))
    p.add_argument("--plot", metavar="P.geojson", help=t("the plot (GeoJSON polygon)", "имотът (GeoJSON)"))
    p.add_argument("--green", metavar="G.geojson", help=t(
        "the green area of the plot (GeoJSON); without it the green share is an upper bound",
        "озеленената площ в имота (GeoJSON); без нея озеленяването е горна граница"))
    p.add_argument("--use", choices=PLOT_USES, help=t(
        "the plot's purpose, when the law sets limits for it (school, kindergarten…)",
        "предназначение на имота, когато законът дава нормативи за него (училище, детско заведение…)"))
    p.add_argument("--profile", default="bg", help=t(
        "bg (national, default), bg-sofia or a profile file", "bg (национален, по подразбиране), bg-sofia или файл"))
    p.add_argument("--format", choices=["text", "json", "pdf"], default="text",
                   help=t("output format (default text)", "формат на изхода (по подразбиране text)"))
    p.add_argument("--out", "-o", metavar="FILE", help=t(
        "write to FILE (pdf needs one)", "записва във FILE (за pdf е задължително)"))


def run(args: argparse.Namespace) -> int:
    if args.format == "pdf" and not args.out:
        raise PluInputError("--format pdf needs --out FILE.pdf", bg="--format pdf изисква --out ФАЙЛ.pdf")
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
        print(t(f"wrote {args.out}", f"записан е {args.out}"), file=sys.stderr)
    return 1 if result.exceeds else 0
