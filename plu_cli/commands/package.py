"""``plu package PLAN --out DIR|ZIP``: package a plan for online public consultation."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from plu_cli.language import language, user_date
from plu_model.dates import parse_user_date
from plu_model.errors import PluInputError
from plu_model.i18n import Text, say

if TYPE_CHECKING:
    from participation.settings import ConsultationSettings

NAME = "package"


def HELP() -> str:
    return say("plu_cli.commands.package", "package a plan for public consultation: web viewer, GML, GeoJSON, PDFs, "
                                           "metadata, checksums")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", help=say("plu_cli.commands.package", "the plan (.gpkg or .gml)"))
    p.add_argument("--out", required=True, help=say("plu_cli.commands.package", "folder to create, or a .zip file"))
    p.add_argument("--settings", type=Path, help=say("plu_cli.commands.package", "consultation.json to start from"))
    p.add_argument("--title", help=say("plu_cli.commands.package", "title of the consultation"))
    p.add_argument("--authority", help=say("plu_cli.commands.package", "the responsible authority"))
    p.add_argument("--email", help=say("plu_cli.commands.package", "contact e-mail of the authority"))
    p.add_argument("--phone", help=say("plu_cli.commands.package", "contact phone"))
    p.add_argument("--address", help=say("plu_cli.commands.package", "where written comments can be handed in"))
    p.add_argument("--comment-email", help=say("plu_cli.commands.package", "where comment files go (default: --email)"))
    p.add_argument("--start", type=user_date, help=say("plu_cli.commands.package", "first day of comments, 04.12.2026 or 2026-12-04 "
                                                                                   "(default: today)"))
    p.add_argument("--end", type=user_date, help=say("plu_cli.commands.package", "last day of comments (default: by plan type)"))
    p.add_argument("--period-rule", help=say("plu_cli.commands.package", "how to compute the default end (see docs/participation.md)"))
    p.add_argument("--languages", default=None, help=say("plu_cli.commands.package", "viewer languages, first is the default (bg,en)"))
    p.add_argument("--timezone", help=say("plu_cli.commands.package", "time zone of the dates (default Europe/Sofia)"))
    p.add_argument("--service-url", help=say("plu_cli.commands.package", "address of the comment service"))
    p.add_argument("--how-to", action="append", default=[], metavar="LANG:TEXT",
                   help=say("plu_cli.commands.package", "other ways to comment, per language (bg:…, en:…)"))
    p.add_argument("--tile-url", help=say("plu_cli.commands.package", "background tiles, e.g. https://…/{z}/{x}/{y}.png "
                                                                      "(off by default in the viewer)"))
    p.add_argument("--tile-attribution", help=say("plu_cli.commands.package", "credit line of the background tiles"))
    p.add_argument("--no-map", action="store_true", help=say("plu_cli.commands.package", "do not draw the plan map PDF (no QGIS needed)"))
    p.add_argument("--no-validate", action="store_true", help=say("plu_cli.commands.package", "skip the XSD check of plan.gml and metadata.xml"))


def _plan_facts(path: str) -> tuple[str, str]:
    """(plan type URI, title for the consultation) without reading the whole plan."""
    from plu_model.geopackage import PlanFile
    from plu_model.readers import open_source

    source = open_source(path)
    try:
        for f in source.features():
            if f.class_name == "SpatialPlan":
                title = f.alternative_title if isinstance(f.alternative_title, str) else f.official_title
                return f.plan_type_name, title
    finally:
        if isinstance(source, PlanFile):
            source.close()
    raise PluInputError(Text("plu_cli.commands.package", "{path}: holds no SpatialPlan", path=path))


def settings_from_args(args: argparse.Namespace) -> tuple[ConsultationSettings, str]:
    """The consultation settings the options describe, and how the end date was chosen."""
    from participation.settings import (
        ConsultationSettings,
        default_period,
        default_title,
        languages_from,
        load_settings,
        period_rules_for,
    )

    plan_type, plan_title = _plan_facts(args.plan)
    base = load_settings(args.settings).to_json() if args.settings else {}
    start = args.start or (parse_user_date(base["start"]) if "start" in base else date.today())
    rules = period_rules_for(plan_type)
    if args.period_rule:
        chosen = [r for r in rules if r.key == args.period_rule]
        if not chosen:
            keys = ", ".join(r.key for r in rules)
            raise PluInputError(
                Text("plu_cli.commands.package", "period rule {period_rule!r} does not apply to this plan type; use "
                                                 "one of {keys}", period_rule=args.period_rule, keys=keys),
            )
        rule = chosen[0]
        end = rule.end(start)
    else:
        end, rule = default_period(plan_type, start)
    basis = rule.basis(language())
    if args.end:
        end, basis = args.end, say("plu_cli.commands.package", "set with --end")
    elif "end" in base and not args.start:
        end, basis = parse_user_date(base["end"]), say("plu_cli.commands.package", "from the settings file")
    how_to = dict(base.get("how_to_comment") or {})
    for item in args.how_to:
        lang, _, text = item.partition(":")
        if lang not in ("bg", "en") or not text:
            raise PluInputError(
                Text("plu_cli.commands.package", "--how-to {item!r}: write it as bg:TEXT or en:TEXT", item=item)
            )
        how_to[lang] = text
    languages = list(languages_from(args.languages)) if args.languages else list(base.get("languages", ["bg", "en"]))
    values = {
        **base,
        "title": args.title or base.get("title") or default_title(plan_title, languages[0]),
        "authority": args.authority or base.get("authority", ""),
        "contact_email": args.email or base.get("contact_email", ""),
        "contact_phone": args.phone or base.get("contact_phone", ""),
        "contact_address": args.address or base.get("contact_address", ""),
        "comment_email": args.comment_email or base.get("comment_email", ""),
        "start": start.isoformat(),
        "end": end.isoformat(),
        "languages": languages,
        "timezone": args.timezone or base.get("timezone", "Europe/Sofia"),
        "service_url": args.service_url or base.get("service_url", ""),
        "how_to_comment": how_to,
        "period_rule": "" if args.end else rule.key,
        "tile_url": args.tile_url or base.get("tile_url", ""),
        "tile_attribution": args.tile_attribution or base.get("tile_attribution", ""),
    }
    values.pop("package_id", None)
    return ConsultationSettings.from_json(values, "command line"), basis


def run(args: argparse.Namespace) -> int:
    from participation.package import build_package
    from participation.settings import map_note
    from plu_cli.map_pdf import subprocess_map_renderer
    from plu_cli.output import print_findings
    from plu_model.findings import Severity
    from plu_model.progress import Progress

    settings, basis = settings_from_args(args)
    settings.check()
    renderer = None
    if not args.no_map:
        renderer = subprocess_map_renderer(authority=settings.authority, note=map_note(settings))

    def report(done: int, total: int | None) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    result = build_package(
        args.plan, Path(args.out), settings, render_map_pdf=renderer,
        progress=Progress(report=report, every=1), validate=not args.no_validate,
    )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    findings = print_findings(result.findings, sys.stderr)
    print(say("plu_cli.commands.package", "consultation {start} – {end} ({basis})",
                                          start=settings.start, end=settings.end, basis=basis))
    print(say("plu_cli.commands.package", "wrote {path} ({n} file, package {package_id})",
                                          plural="wrote {path} ({n} files, package {package_id})",
                                          path=result.path, n=len(result.files), package_id=result.package_id))
    if args.no_map:
        print(say("plu_cli.commands.package", "no plan map: --no-map"), file=sys.stderr)
    return 1 if any(f.severity >= Severity.ERROR for f in findings) else 0
