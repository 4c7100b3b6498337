"""``plu codelist list|show|export``: the code lists PLU Studio ships, and publishing a national one.

``export`` writes a national list in the formats of the INSPIRE registry
network (Re3gistry XML, SKOS RDF/XML) so a municipality can publish what its
codes mean; ``--base-uri`` puts the values under the municipality's own URIs.
"""

from __future__ import annotations

import argparse
import sys

from plu_cli.language import language
from plu_model.errors import PluInputError
from plu_model.i18n import Text, say

NAME = "codelist"


def HELP() -> str:
    return say("plu_cli.commands.codelist", "list, show and publish code lists (Re3gistry XML, SKOS RDF)")


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", metavar="ACTION")
    sub.required = True
    sub.add_parser("list", help=say("plu_cli.commands.codelist", "the lists and how many values each has"))
    show = sub.add_parser("show", help=say("plu_cli.commands.codelist", "the values of one list"))
    show.add_argument("name", help=say("plu_cli.commands.codelist", "e.g. bg/ZoneTypeValue or HILUCSValue"))
    exp = sub.add_parser("export", help=say("plu_cli.commands.codelist", "write a list as Re3gistry XML and/or SKOS RDF"))
    exp.add_argument("name", help=say("plu_cli.commands.codelist", "e.g. bg/ZoneTypeValue"))
    exp.add_argument("--format", choices=["xml", "rdf", "all"], default="all",
                     help=say("plu_cli.commands.codelist", "Re3gistry XML, SKOS RDF/XML or both"))
    exp.add_argument("--lang", dest="languages", choices=["bg", "en", "all"], default="all",
                     help=say("plu_cli.commands.codelist", "label language(s); the registry layout has one file per "
                                                           "language"))
    exp.add_argument("--base-uri", metavar="URI",
                     help=say("plu_cli.commands.codelist", "publish the values under <URI>/<List>/<code> instead of "
                                                           "the w3id.org URIs"))
    exp.add_argument("--overwrite", action="store_true",
                     help=say("plu_cli.commands.codelist", "replace files that differ from what the export writes "
                                                           "(edited by hand); without it nothing is written then"))
    where = exp.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", metavar="FILE", help=say("plu_cli.commands.codelist", "one file (one format)"))
    where.add_argument("--out-dir", metavar="DIR", help=say("plu_cli.commands.codelist", "the registry's file set: DIR/<List>/<List>.<lang>.xml|rdf"))


def _list() -> int:
    from plu_model.codelists import all_codelists

    for cl in all_codelists():
        key = f"{cl.country}/{cl.name}" if cl.country else cl.name
        extends = f" → {cl.extends.rsplit('/', 1)[-1]}" if cl.extends else ""
        print(f"{key:48} {len(cl):4}  {cl.labels.get(language()) or cl.labels.get('en') or ''}{extends}")
    return 0


def _show(name: str) -> int:
    """One list's values, or one value given as ``<list>/<code>`` (``HILUCSValue/1_1_Agriculture``)."""
    from plu_model.codelists import all_codelists, closest

    keys = {f"{c.country}/{c.name}" if c.country else c.name for c in all_codelists()}
    list_name, _, code = name.rpartition("/")
    if name not in keys and list_name in keys:
        cl = _get(list_name)
        value = cl.by_code(code)
        if value is None:
            near = closest(code, [v.code for v in cl])
            raise PluInputError(Text("plu_cli.commands.codelist", "{list_name} has no value {code}; did you mean "
                                                                  "{near}?", list_name=list_name, code=code, near=near)
                                if near else Text("plu_cli.commands.codelist", "{list_name} has no value {code}",
                                                  list_name=list_name, code=code))
        values = [value]
    else:
        values = list(_get(name))
    for v in values:
        mapped = v.extra.get("hilucs") or v.extra.get("supplementary_regulation") or v.extra.get("level_of_spatial_plan")
        target = f"  → {str(mapped).rsplit('/', 1)[-1]}" if mapped else ""
        print(f"{v.code:32} {v.notation or '':10} {v.label(language())}{target}")
    return 0


def _get(name: str):  # type: ignore[no-untyped-def]
    from plu_model.codelists import codelist

    try:
        return codelist(name)
    except KeyError as exc:
        raise PluInputError(exc.text) from exc


def run(args: argparse.Namespace) -> int:
    from exporters.codelist_registry import export_codelist

    if args.action == "list":
        return _list()
    if args.action == "show":
        return _show(args.name)
    cl = _get(args.name)
    if not cl.country:
        raise PluInputError(
            Text("plu_cli.commands.codelist", "{name} is an INSPIRE list; the INSPIRE registry publishes it already",
                                              name=cl.name),
        )
    formats = ("xml", "rdf") if args.format == "all" else (args.format,)
    languages = ("bg", "en") if args.languages == "all" else (args.languages,)
    if args.out and len(formats) != 1:
        raise PluInputError(
            Text("plu_cli.commands.codelist", "--out writes one format: add --format xml or --format rdf"),
        )
    base = args.base_uri
    if base and not base.startswith(("http://", "https://")):
        raise PluInputError(
            Text("plu_cli.commands.codelist", "--base-uri {base}: an http(s) URI is needed", base=base),
        )
    paths = export_codelist(cl, out=args.out, out_dir=args.out_dir, formats=formats, languages=languages,
                            base_uri=base, overwrite=args.overwrite)
    for p in paths:
        print(say("plu_cli.commands.codelist", "wrote {p}", p=p), file=sys.stderr)
    return 0
