"""Writing what the register holds as files: a plan file (.gpkg) or PLU GML (.gml)."""

from __future__ import annotations

from pathlib import Path

from plu_model.dataset import PlanDataset
from plu_model.errors import PluInputError
from plu_model.i18n import Text

__all__ = ["write_dataset"]


def write_dataset(data: PlanDataset, out: Path) -> Path:
    """Write a data set by the output's extension; the GML passes the PLU XSD (tests check it)."""
    suffix = out.suffix.lower()
    if suffix == ".gpkg":
        from plu_model.geopackage import save_dataset

        return save_dataset(out, data)
    if suffix == ".gml":
        from exporters.gml_writer import write_gml

        return write_gml(out, data).path
    raise PluInputError(Text("register.exporting", "{out}: write .gpkg or .gml", out=out))
