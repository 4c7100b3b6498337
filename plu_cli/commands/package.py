"""``plu package PLAN --out DIR|ZIP``: package a plan for online public consultation."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from plu_cli.language import language, t, user_date
from plu_model.dates import parse_user_date
from plu_model.errors import PluInputError

if TYPE_CHECKING:
    from participation.settings import ConsultationSettings

NAME = "package"


def HELP() -> str:
    return t(
        "package a plan for public consultation: web viewer, GML, GeoJSON, PDFs, metadata, checksums",
        "пакетира план за обществено обсъждане: уеб разглеждане, GML, GeoJSON, PDF, метаданни, контролни суми",
    )


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("plan", help=t("the plan (.gpkg or .gml)", "планът (.gpkg или .gml)"))
    p.add_argument("--out", required=True, help=t("folder to create, or a .zip file", "папка за създаване или файл .zip"))
    p.add_argument("--settings", type=Path, help=t("consultation.json to start from", "consultation.json като основа"))
    p.add_argument("--title", help=t("title of the consultation", "заглавие на обсъждането"))
    p.add_argument("--authority", help=t("the responsible authority", "отговорният орган"))
    p.add_argument("--email", help=t("contact e-mail of the authority", "e-mail за контакт с органа"))
    p.add_argument("--phone", help=t("contact phone", "телефон за контакт"))
    p.add_argument("--address", help=t("where written comments can be handed in", "къде се подават писмени становища"))
    p.add_argument("--comment-email", help=t("where comment files go (default: --email)", "къде се изпращат файловете със становища (по подразбиране: --email)"))
    p.add_argument("--start", type=user_date, help=t("first day of comments, 04.12.2026 or 2026-12-04 (default: today)", "първи ден за становища, 04.12.2026 или 2026-12-04 (по подразбиране: днес)"))
    p.add_argument("--end", type=user_date, help=t("last day of comments (default: by plan type)", "последен ден за становища (по подразбиране: според вида план)"))
    p.add_argument("--period-rule", help=t("how to compute the default end (see docs/participation.md)", "как се изчислява крайната дата (виж docs/participation.md)"))
    p.add_argument("--languages", default=None, help=t("viewer languages, first is the default (bg,en)", "езици на разглеждането, първият е по подразбиране (bg,en)"))
    p.add_argument("--timezone", help=t("time zone of the dates (default Europe/Sofia)", "часова зона на датите (по подразбиране Europe/Sofia)"))
    p.add_argument("--service-url", help=t("address of the comment service", "адрес на услугата за становища"))
    p.add_argument("--how-to", action="append", default=[], metavar="LANG:TEXT",
                   help=t("other ways to comment, per language (bg:…, en:…)", "други начини за становища, по език (bg:…, en:…)"))
    p.add_argument("--tile-url", help=t("background tiles, e.g. https://…/{z}/{x}/{y}.png (off by default in the viewer)",
                                        "подложка, напр. https://…/{z}/{x}/{y}.png (изключена по подразбиране)"))
    p.add_argument("--tile-attribution", help=t("credit line of the background tiles", "авторство на подложката"))
    p.add_argument("--no-map", action="store_true", help=t("do not draw the plan map PDF (no QGIS needed)", "без PDF чертеж (не изисква QGIS)"))
    p.add_argument("--no-validate", action="store_true", help=t("skip the XSD check of plan.gml and metadata.xml", "без XSD проверка на plan.gml и metadata.xml"))


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
    raise PluInputError(f"{path}: holds no SpatialPlan", bg=f"{path}: не съдържа SpatialPlan")


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
                f"period rule {args.period_rule!r} does not apply to this plan type; use one of {keys}",
                bg=f"правилото за срок {args.period_rule!r} не се прилага за този вид план; използвайте едно от {keys}",
            )
        rule = chosen[0]
        end = rule.end(start)
    else:
        end, rule = default_period(plan_type, start)
    basis = rule.basis(language())
    if args.end:
        end, basis = args.end, t("set with --end", "зададен с --end")
    elif "end" in base and not args.start:
        end, basis = parse_user_date(base["end"]), t("from the settings file", "от файла с настройки")
    how_to = dict(base.get("how_to_comment") or {})
    for item in args.how_to:
        lang, _, text = item.partition(":")
        if lang not in ("bg", "en") or not text:
            raise PluInputError(
                f"--how-to {item!r}: write it as bg:TEXT or en:TEXT", bg=f"--how-to {item!r}: пишете го като bg:ТЕКСТ или en:ТЕКСТ"
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
    from plu_cli.map_pdf import subprocess_map_renderer
    from plu_cli.output import print_findings
    from plu_model.findings import Severity
    from plu_model.progress import Progress

    settings, basis = settings_from_args(args)
    settings.check()
    renderer = None
    if not args.no_map:
        lang = settings.languages[0]
        period = (f"{settings.start:%d.%m.%Y} – {settings.end:%d.%m.%Y}" if lang == "bg"
                  else f"{settings.start.isoformat()} – {settings.end.isoformat()}")
        note = ("Обществено обсъждане: " if lang == "bg" else "Public consultation: ") + period
        renderer = subprocess_map_renderer(authority=settings.authority, note=note)

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
    print(t(f"consultation {settings.start} – {settings.end} ({basis})",
            f"обсъждане {settings.start:%d.%m.%Y} – {settings.end:%d.%m.%Y} ({basis})"))
    print(t(f"wrote {result.path} ({len(result.files)} files, package {result.package_id})",
            f"записан е {result.path} ({len(result.files)} файла, пакет {result.package_id})"))
    if args.no_map:
        print(t("no plan map: --no-map", "без чертеж: --no-map"), file=sys.stderr)
    return 1 if any(f.severity >= Severity.ERROR for f in findings) else 0
