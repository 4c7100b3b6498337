"""``plu convert IN OUT``: GML to plan file and back, with reprojection, streaming."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from plu_model.errors import PluError, PluInputError
from plu_model.i18n import say

NAME = "convert"


def HELP() -> str:
    return say("plu_cli.commands.convert", "convert a plan between INSPIRE GML and the GeoPackage plan file")


def add_arguments(p: argparse.ArgumentParser) -> None:
    from exporters import EXPORTERS

    p.add_argument("input", help=say("plu_cli.commands.convert", "source plan (.gml or .gpkg)"))
    p.add_argument("output", help=say("plu_cli.commands.convert", "file to write; the extension picks the format"))
    p.add_argument("--crs", type=int, metavar="EPSG", help=say("plu_cli.commands.convert", "reproject to this EPSG code"))
    p.add_argument(
        "--format",
        choices=EXPORTERS.names(),
        help=say("plu_cli.commands.convert", "output format (default: from the extension)"),
    )
    p.add_argument(
        "--report", action="store_true",
        help=say("plu_cli.commands.convert", "list on stdout which features were kept as read and what was "
                                             "normalised in the others"),
    )
    p.add_argument(
        "--normalise", action="store_true",
        help=say("plu_cli.commands.convert", "write every feature from the model (URI srsName, gml:Polygon, "
                                             "counter-clockwise rings, nilReason), not as it was read"),
    )

    p.add_argument(
        "--wrapper", choices=("source", "spatialdataset", "featurecollection", "wfs"),
        help=say("plu_cli.commands.convert", "collection element of a GML output: the one the plan came in (default; "
                                             "base:SpatialDataSet with --normalise), base:SpatialDataSet, "
                                             "gml:FeatureCollection or wfs:FeatureCollection"),
    )

#: ``--wrapper`` choice → the writer's name for it
_WRAPPERS = {"source": "source", "spatialdataset": "base", "featurecollection": "gml", "wfs": "wfs"}


def _consultation(source: str, output: str, format_name: str) -> None:
    """Carry the comments of a plan file into the plan file written, or say where they stay."""
    from participation.comments_layer import carry_comments, comment_count

    n = comment_count(source)
    if not n:
        return
    if format_name == "plu-gpkg":
        carried = carry_comments(source, output)
        print(say("plu_cli.commands.convert", "carried {n} consultation comment with its answer",
                                              plural="carried {n} consultation comments with their answers",
                                              n=carried), file=sys.stderr)
    else:
        print(say("plu_cli.commands.convert", "note: the {n} consultation comment has no place in {format_name}; it "
                                              "stays in {source}",
                                              plural="note: the {n} consultation comments have no place in "
                                                     "{format_name}; they stay in {source}",
                                              n=n, format_name=format_name, source=source), file=sys.stderr)


def _reporter(format_name: str) -> Callable[[Any], None]:
    """Print the exchange report of a GML or plan-file export (``--report``), or nothing."""

    def report(result: Any) -> None:
        if format_name == "plu-gpkg":
            print(say("plu_cli.commands.convert", "{n} feature keeps the XML it was read from; it is written back as "
                                                  "read until it is edited. Written from the model (--normalise, or "
                                                  "after an edit) it would change:",
                                                  plural="{n} features keep the XML they were read from; each is "
                                                         "written back as read until it is edited. Written from the "
                                                         "model (--normalise, or after an edit) they would change:",
                                                  n=result.verbatim))
        else:
            total = sum(result.counts.values())
            print(say("plu_cli.commands.convert", "collection written as {wrapper}", wrapper=result.wrapper))
            print(say("plu_cli.commands.convert", "{n} feature written as it was read, {total} from the model, with "
                                                  "these normalisations:",
                                                  plural="{n} features written as they were read, {total} from the "
                                                         "model, with these normalisations:",
                                                  n=result.verbatim, total=total - result.verbatim))
        for gml_id, text in result.normalised:
            print(f"  {gml_id}: {text.say()}")

    return report


def run(args: argparse.Namespace) -> int:
    from exporters import EXPORTERS
    from plu_cli.output import print_findings, terminal_progress
    from plu_model.findings import Severity
    from plu_model.geopackage import PlanFile
    from plu_model.readers import open_source

    try:
        fmt = EXPORTERS.get(args.format) if args.format else EXPORTERS.for_path(args.output)
    except KeyError as exc:
        raise PluInputError(exc.text) from exc
    source = open_source(args.input)
    try:
        progress = terminal_progress(say("plu_cli.commands.convert", "features written"))
        try:
            extra: dict[str, Any] = {}
            if fmt.options.get("exchange"):
                extra = {"keep_source": not args.normalise, "report": _reporter(fmt.name) if args.report else None,
                         "wrapper": _WRAPPERS[args.wrapper] if args.wrapper else None}
            fmt.func(source, args.output, crs=args.crs, progress=progress, **extra)
        except PluError:
            if progress.done:
                print(file=sys.stderr)
            print_findings(source.findings, sys.stderr)  # what the reader found says where the fault is
            raise
        if progress.done:
            print(file=sys.stderr)
    finally:
        if isinstance(source, PlanFile):
            source.close()
    findings = print_findings(source.findings, sys.stderr)
    print(say("plu_cli.commands.convert", "wrote {output}", output=args.output), file=sys.stderr)
    if isinstance(source, PlanFile):
        _consultation(args.input, args.output, fmt.name)
    return 1 if any(f.severity >= Severity.ERROR for f in findings) else 0
