"""``plu convert IN OUT``: GML to plan file and back, with reprojection, streaming."""

from __future__ import annotations

import argparse
import sys

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
            fmt.func(source, args.output, crs=args.crs, progress=progress)
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
