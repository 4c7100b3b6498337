"""``plu import SOURCE --mapping MAP.yaml --out PLAN.gpkg``: bring existing plan data into a plan file.

SOURCE is anything the readers registry knows — a shapefile (or a folder of
them), GeoPackage, GeoJSON, DXF/DWG drawing, CSV with WKT, a PostGIS connection
string — read through a mapping file, or PLU GML from another authority, read
as it is.  ``--inspect`` lists a source's layers, fields and values, which is
what one needs to write a mapping.  The report (read, written, skipped and why)
is printed and, with ``--report``, saved as JSON.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from plu_cli.language import language
from plu_model.errors import PluInputError
from plu_model.i18n import Text, say

if TYPE_CHECKING:
    from plu_model.importing.report import ImportReport

NAME = "import"


def HELP() -> str:
    return say("plu_cli.commands.import_", "import a shapefile, drawing, database table or foreign PLU GML into a "
                                           "plan file")


def add_arguments(p: argparse.ArgumentParser) -> None:
    from plu_model.readers import READERS

    formats = ", ".join(f.name for f in READERS if f.options.get("kind") == "ogr" or f.name == "inspire-gml")
    p.add_argument("source", help=say("plu_cli.commands.import_", "file, folder or connection string (PG:dbname=… "
                                                                  "tables=…); '-' takes source.path of the mapping"))
    p.add_argument("--mapping", "-m", metavar="MAP", help=say("plu_cli.commands.import_", "mapping file (YAML or JSON; not needed for PLU GML)"))
    p.add_argument("--out", "-o", metavar="PLAN.gpkg", help=say("plu_cli.commands.import_", "plan file to write"))
    p.add_argument("--format", metavar="NAME", help=say("plu_cli.commands.import_", "source format (default: from the extension): {formats}",
                                                                                    formats=formats))
    p.add_argument("--crs", type=int, metavar="EPSG", help=say("plu_cli.commands.import_", "EPSG code of the plan (default: the mapping's, "
                                                                                           "else the source's)"))
    p.add_argument("--report", metavar="REPORT.json", help=say("plu_cli.commands.import_", "also write the import report as JSON"))
    p.add_argument("--inspect", action="store_true", help=say("plu_cli.commands.import_", "list the source's layers, fields and most "
                                                                                          "frequent values instead of importing"))


#: longest value ``--inspect`` shows (a 20 MB text property stays out of the terminal)
_SHOWN_VALUE = 60


def _shown(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= _SHOWN_VALUE else value[:_SHOWN_VALUE - 1] + "…"


def _inspect(args: argparse.Namespace) -> int:
    from plu_model.importing import load_mapping, open_ogr

    mapping = load_mapping(args.mapping) if args.mapping else None
    with open_ogr(args.source, mapping, args.format) as src:
        for info in src.layers():
            crs = f"EPSG:{info.epsg}" if info.epsg else (info.crs_name or say("plu_cli.commands.import_", "no CRS"))
            if src.crs_errors.get(info.name):
                crs = say("plu_cli.commands.import_", "a CRS that cannot be read ({error})",
                          error=src.crs_errors[info.name])
            print(f"{info.name}: {info.geometry_type}, {info.feature_count} {say('plu_cli.commands.import_', 'features')}, {crs}")
            for fi in info.fields:
                values = ""
                if fi.type_name in ("String", "Integer", "Integer64"):
                    top = src.distinct_values(info.name, fi.name, limit=10)
                    values = "; ".join(f"{_shown(v)} ({n})" for v, n in top)
                print(f"  {fi.name} [{fi.type_name}]" + (f": {values}" if values else ""))
    return 0


def run(args: argparse.Namespace) -> int:
    from plu_model.findings import Severity
    from plu_model.importing import load_mapping, run_import
    from plu_model.importing.importer import NothingImported

    if args.inspect:
        return _inspect(args)
    if not args.out:
        raise PluInputError(
            Text("plu_cli.commands.import_", "--out PLAN.gpkg is needed (or --inspect)"),
        )
    if Path(args.out).suffix.lower() != ".gpkg":
        raise PluInputError(
            Text("plu_cli.commands.import_", "{out}: the plan file must end in .gpkg", out=args.out),
        )
    mapping = load_mapping(args.mapping) if args.mapping else None
    source = args.source
    if mapping is not None and source == "-":
        source = mapping.resolved_source() or source
    try:
        data, report = run_import(source, mapping, args.out, target_epsg=args.crs, format=args.format)
    except NothingImported as exc:  # the report says feature by feature why; the error ends the command
        _tell(exc.report, args.report)
        raise
    _tell(report, args.report)
    if report.skipped or any(f.severity >= Severity.ERROR for f in report.findings):
        return 1
    return 0


def _tell(report: ImportReport, path: str | None) -> None:
    """Print the report and, with ``--report``, save it as JSON."""
    print(report.format_text(language()), file=sys.stderr)
    if path:
        Path(path).write_text(report.to_json() + "\n", encoding="utf-8")

