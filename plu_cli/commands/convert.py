"""``plu convert IN OUT``: GML to plan file and back, with reprojection, streaming."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from plu_cli.language import t
from plu_model.errors import PluError, PluInputError, message_of

NAME = "convert"


def HELP() -> str:
    return t(
        "convert a plan between INSPIRE GML and the GeoPackage plan file",
        "преобразува план между INSPIRE GML и файл на план (GeoPackage)",
    )


def add_arguments(p: argparse.ArgumentParser) -> None:
    from exporters import EXPORTERS

    p.add_argument("input", help=t("source plan (.gml or .gpkg)", "изходен план (.gml или .gpkg)"))
    p.add_argument("output", help=t("file to write; the extension picks the format", "файл за запис; разширението избира формата"))
    p.add_argument("--crs", type=int, metavar="EPSG", help=t("reproject to this EPSG code", "преизчислява в тази EPSG система"))
    p.add_argument(
        "--format",
        choices=EXPORTERS.names(),
        help=t("output format (default: from the extension)", "формат на изхода (по подразбиране: по разширението)"),
    )
    p.add_argument(
        "--report", action="store_true",
        help=t("list on stdout which features were kept as read and what was normalised in the others",
               "извежда кои обекти са запазени както са прочетени и какво е нормализирано в останалите"),
    )
    p.add_argument(
        "--normalise", action="store_true",
        help=t("write every feature from the model (URI srsName, gml:Polygon, counter-clockwise rings, "
               "nilReason), not as it was read",
               "записва всеки обект от модела (srsName като URI, gml:Polygon, контури обратно на часовника, "
               "nilReason), а не както е прочетен"),
    )

    p.add_argument(
        "--wrapper", choices=("source", "spatialdataset", "featurecollection", "wfs"),
        help=t("collection element of a GML output: the one the plan came in (default; base:SpatialDataSet "
               "with --normalise), base:SpatialDataSet, gml:FeatureCollection or wfs:FeatureCollection",
               "обхващащ елемент на изходния GML: този, с който е получен планът (по подразбиране; "
               "base:SpatialDataSet с --normalise), base:SpatialDataSet, gml:FeatureCollection или "
               "wfs:FeatureCollection"),
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
        print(t(f"carried {carried} consultation comments with their answers",
                f"пренесени са {carried} становища от общественото обсъждане с отговорите им"), file=sys.stderr)
    else:
        print(t(f"note: the {n} consultation comments have no place in {format_name}; they stay in {source}",
                f"бележка: {n} становища от общественото обсъждане нямат място във формата {format_name}; "
                f"остават в {source}"), file=sys.stderr)


def _reporter(format_name: str) -> Callable[[Any], None]:
    """Print the exchange report of a GML or plan-file export (``--report``), or nothing."""

    def report(result: Any) -> None:
        if format_name == "plu-gpkg":
            print(t(f"{result.verbatim} features keep the XML they were read from; each is written back as read "
                    "until it is edited. Written from the model (--normalise, or after an edit) they would change:",
                    f"{result.verbatim} обекта пазят XML, от който са прочетени; всеки се записва обратно "
                    "непроменен, докато не бъде редактиран. Записани от модела (--normalise или след редакция) "
                    "биха се променили:"))
        else:
            total = sum(result.counts.values())
            print(t(f"collection written as {result.wrapper}", f"колекцията е записана като {result.wrapper}"))
            print(t(f"{result.verbatim} features written as they were read, {total - result.verbatim} from the "
                    "model, with these normalisations:",
                    f"{result.verbatim} обекта са записани както са прочетени, {total - result.verbatim} от "
                    "модела, със следните нормализации:"))
        for gml_id, en, bg in result.normalised:
            print(f"  {gml_id}: {t(en, bg)}")

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
        raise PluInputError(str(exc.args[0]), bg=message_of(exc, "bg")) from exc
    source = open_source(args.input)
    try:
        progress = terminal_progress(t("features written", "записани обекти"))
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
    print(t(f"wrote {args.output}", f"записан е {args.output}"), file=sys.stderr)
    if isinstance(source, PlanFile):
        _consultation(args.input, args.output, fmt.name)
    return 1 if any(f.severity >= Severity.ERROR for f in findings) else 0
