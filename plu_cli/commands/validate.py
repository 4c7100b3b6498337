"""``plu validate FILE``: check a plan against the official INSPIRE XML schemas."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from exporters.gml_writer import write_gml
from plu_cli.language import t
from plu_cli.output import print_findings, worst
from plu_model.findings import Severity
from plu_model.geopackage import PlanFile
from validators.xsd import iter_xsd_findings, load_schema

NAME = "validate"


def HELP() -> str:
    return t("validate a plan against the official XSDs (offline)", "проверява план спрямо официалните XSD схеми (без мрежа)")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help=t("a .gml file or a .gpkg plan file", "файл .gml или файл на план .gpkg"))


def run(args: argparse.Namespace) -> int:
    schema = load_schema()
    path = Path(args.file)
    if path.suffix.lower() == ".gpkg":
        with PlanFile(path) as pf, tempfile.TemporaryDirectory() as tmp:
            gml = Path(tmp) / (path.stem + ".gml")
            write_gml(gml, pf)
            findings = print_findings(iter_xsd_findings(gml, schema))
    else:
        findings = print_findings(iter_xsd_findings(path, schema))
    verdict = worst(findings)
    if verdict is None:
        print(t(f"{path}: valid against the INSPIRE PLU 4.0 schema", f"{path}: съответства на схемата INSPIRE PLU 4.0"), file=sys.stderr)
        return 0
    if verdict >= Severity.FATAL:
        return 2
    return 1 if verdict >= Severity.ERROR else 0
