"""``plu codelist list|show|export``: the code lists PLU Studio ships, and publishing a national one.

``export`` writes a national list in the formats of the INSPIRE registry
network (Re3gistry XML, SKOS RDF/XML) so a municipality can publish what its
codes mean; ``--base-uri`` puts the values under the municipality's own URIs.
"""

from __future__ import annotations

import argparse
import sys

from plu_cli.language import language, t
from plu_model.errors import PluInputError, message_of

NAME = "codelist"


def HELP() -> str:
    return t("list, show and publish code lists (Re3gistry XML, SKOS RDF)",
             "показва и публикува кодови списъци (Re3gistry XML, SKOS RDF)")


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", metavar="ACTION")
    sub.required = True
    sub.add_parser("list", help=t("the lists and how many values each has", "списъците и броя на стойностите им"))
    show = sub.add_parser("show", help=t("the values of one list", "стойностите на един списък"))
    show.add_argument("name", help=t("e.g. bg/ZoneTypeValue or HILUCSValue", "напр. bg/ZoneTypeValue или HILUCSValue"))
    exp = sub.add_parser("export", help=t("write a list as Re3gistry XML and/or SKOS RDF",
                                          "записва списък като Re3gistry XML и/или SKOS RDF"))
    exp.add_argument("name", help=t("e.g. bg/ZoneTypeValue", "напр. bg/ZoneTypeValue"))
    exp.add_argument("--format", choices=["xml", "rdf", "all"], default="all",
                     help=t("Re3gistry XML, SKOS RDF/XML or both", "Re3gistry XML, SKOS RDF/XML или двете"))
    exp.add_argument("--lang", dest="languages", choices=["bg", "en", "all"], default="all",
                     help=t("label language(s); the registry layout has one file per language",
                            "език на наименованията; в регистъра всеки език е отделен файл"))
    exp.add_argument("--base-uri", metavar="URI",
                     help=t("publish the values under <URI>/<List>/<code> instead of the w3id.org URIs",
                            "публикува стойностите като <URI>/<Списък>/<код> вместо адресите в w3id.org"))
    where = exp.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", metavar="FILE", help=t("one file (one format)", "един файл (един формат)"))
    where.add_argument("--out-dir", metavar="DIR", help=t(
        "the registry's file set: DIR/<List>/<List>.<lang>.xml|rdf",
        "наборът файлове на регистъра: DIR/<Списък>/<Списък>.<език>.xml|rdf"))


def _list() -> int:
    from plu_model.codelists import all_codelists

    for cl in all_codelists():
        key = f"{cl.country}/{cl.name}" if cl.country else cl.name
        extends = f" → {cl.extends.rsplit('/', 1)[-1]}" if cl.extends else ""
        print(f"{key:48} {len(cl):4}  {cl.labels.get(language()) or cl.labels.get('en') or ''}{extends}")
    return 0


def _show(name: str) -> int:
    cl = _get(name)
    for v in cl:
        mapped = v.extra.get("hilucs") or v.extra.get("supplementary_regulation") or v.extra.get("level_of_spatial_plan")
        target = f"  → {str(mapped).rsplit('/', 1)[-1]}" if mapped else ""
        print(f"{v.code:32} {v.notation or '':10} {v.label(language())}{target}")
    return 0


def _get(name: str):  # type: ignore[no-untyped-def]
    from plu_model.codelists import codelist

    try:
        return codelist(name)
    except KeyError as exc:
        raise PluInputError(str(exc.args[0]), bg=message_of(exc, "bg")) from exc


def run(args: argparse.Namespace) -> int:
    from exporters.codelist_registry import export_codelist

    if args.action == "list":
        return _list()
    if args.action == "show":
        return _show(args.name)
    cl = _get(args.name)
    if not cl.country:
        raise PluInputError(
            f"{cl.name} is an INSPIRE list; the INSPIRE registry publishes it already",
            bg=f"{cl.name} е списък на INSPIRE; регистърът на INSPIRE вече го публикува",
        )
    formats = ("xml", "rdf") if args.format == "all" else (args.format,)
    languages = ("bg", "en") if args.languages == "all" else (args.languages,)
    if args.out and len(formats) != 1:
        raise PluInputError(
            "--out writes one format: add --format xml or --format rdf",
            bg="--out записва един формат: добавете --format xml или --format rdf",
        )
    base = args.base_uri
    if base and not base.startswith(("http://", "https://")):
        raise PluInputError(
            f"--base-uri {base}: an http(s) URI is needed",
            bg=f"--base-uri {base}: нужен е http(s) адрес",
        )
    paths = export_codelist(cl, out=args.out, out_dir=args.out_dir, formats=formats, languages=languages,
                            base_uri=base)
    for p in paths:
        print(t(f"wrote {p}", f"записан е {p}"), file=sys.stderr)
    return 0
