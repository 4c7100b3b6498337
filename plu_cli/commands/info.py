"""``plu info FILE``: what a plan holds, at a glance."""

from __future__ import annotations

import argparse
import json

from plu_cli.language import language
from plu_model.i18n import say

NAME = "info"


def HELP() -> str:
    return say("plu_cli.commands.info", "show a plan's title, CRS and feature counts")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help=say("plu_cli.commands.info", "a .gml or .gpkg plan"))
    p.add_argument("--json", action="store_true", help=say("plu_cli.commands.info", "machine-readable output"))


def run(args: argparse.Namespace) -> int:
    from plu_model.class_names import class_label
    from plu_model.codelists import label_for
    from plu_model.crs import crs_name
    from plu_model.geopackage import PlanFile
    from plu_model.readers import open_source
    from plu_model.user_numbers import format_user_number

    source = open_source(args.file)
    counts = dict.fromkeys(("SpatialPlan", "ZoningElement", "SupplementaryRegulation", "OfficialDocumentation"), 0)
    plans = []
    bounds = None
    lang = language()
    for f in source.features():
        counts[f.class_name] += 1
        if f.class_name == "SpatialPlan":
            plans.append(
                {
                    "title": f.official_title,
                    "gml_id": f.gml_id,
                    "level": label_for(f.level_of_spatial_plan, lang),
                    "plan_type": label_for(f.plan_type_name, lang),
                }
            )
            b = f.extent.bounds if not f.extent.is_empty else None
            if b:
                bounds = b if bounds is None else (min(bounds[0], b[0]), min(bounds[1], b[1]), max(bounds[2], b[2]), max(bounds[3], b[3]))
    if isinstance(source, PlanFile):
        source.close()
    info = {
        "file": args.file,
        "crs": f"EPSG:{source.crs}",
        "crs_name": crs_name(source.crs),
        "plans": plans,
        "counts": counts,
        "extent": bounds,
        "metadata": source.metadata,
    }
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
    else:
        for plan in plans:
            print(f"{say('plu_cli.commands.info', 'Title')}: {plan['title']}")
            print(f"{say('plu_cli.commands.info', 'Plan type')}: {plan['plan_type']}; {say('plu_cli.commands.info', 'level')}: {plan['level']}")
        print(f"{say('plu_cli.commands.info', 'CRS')}: EPSG:{source.crs} ({info['crs_name']})")
        if bounds:
            low, high = (" ".join(format_user_number(c, lang, 2) for c in pair) for pair in (bounds[:2], bounds[2:]))
            print(f"{say('plu_cli.commands.info', 'Extent')}: {low} — {high}")
        for cls, n in counts.items():
            print(f"  {class_label(cls, lang)}: {n}")
        if source.metadata.get("content"):
            print(f"{say('plu_cli.commands.info', 'Note')}: {source.metadata['content']}")
    return 1 if any(f.severity >= 30 for f in source.findings) else 0
