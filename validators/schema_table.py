"""Check the model's attribute table (``plu_model.schema``) against the official PLU 4.0 XSD.

``CLASS_ATTRIBUTES`` is written by hand so that the model needs no schema at run time;
this module reads the same facts from the XSD with xmlschema's component API (element
names in sequence order, ``minOccurs``, ``maxOccurs``, ``nillable``) and lists every
place where the two disagree.  A new schema release then shows up as a failing test
with the exact attributes to change, not as a silent drift.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import xmlschema

from plu_model.schema import CLASS_ATTRIBUTES
from plu_model.xml_names import NS
from validators.schema_folder import ENTRY_POINTS, local_path

__all__ = ["model_table", "schema_drift", "xsd_table"]

#: ``(xml name, many, optional, voidable)`` of each attribute, in sequence order
Row = tuple[str, bool, bool, bool]


def _mapper(folder: Path):  # type: ignore[no-untyped-def]
    def to_local(uri: str) -> str:
        if uri.startswith(("http://", "https://")):
            path = folder / local_path(uri)
            if path.is_file():
                return path.as_uri()
        return uri

    return to_local


def xsd_table(schema_dir: str | os.PathLike[str]) -> dict[str, tuple[Row, ...]]:
    """The PLU feature types' own properties as the XSD defines them (inherited GML ones left out)."""
    return _xsd_table(str(Path(schema_dir).resolve()))


@lru_cache(maxsize=2)
def _xsd_table(schema_dir: str) -> dict[str, tuple[Row, ...]]:
    """Cached: compiling the schema set takes seconds."""
    folder = Path(schema_dir)
    schema = xmlschema.XMLSchema(str(folder / local_path(ENTRY_POINTS[0])), uri_mapper=_mapper(folder),
                                 defuse="always")
    table: dict[str, tuple[Row, ...]] = {}
    for name in CLASS_ATTRIBUTES:
        element = schema.elements[name]
        rows = []
        for child in element.type.content.iter_elements():
            if child.target_namespace != NS["plu"]:
                continue
            rows.append((child.local_name, child.max_occurs is None or child.max_occurs > 1,
                         child.min_occurs == 0, bool(child.nillable)))
        table[name] = tuple(rows)
    return table


def model_table() -> dict[str, tuple[Row, ...]]:
    """The same facts from the hand-written ``CLASS_ATTRIBUTES``."""
    return {cls: tuple((a.xml, a.many, a.optional, a.voidable) for a in attrs)
            for cls, attrs in CLASS_ATTRIBUTES.items()}


def schema_drift(schema_dir: str | os.PathLike[str]) -> list[str]:
    """Every difference between the model's table and the XSD, one sentence each (empty when they agree)."""
    out: list[str] = []
    xsd, model = xsd_table(schema_dir), model_table()
    for cls in CLASS_ATTRIBUTES:
        names_x, names_m = [r[0] for r in xsd[cls]], [r[0] for r in model[cls]]
        if names_x != names_m:
            out.append(f"{cls}: the XSD has {names_x}, the model {names_m}")
            continue
        for rx, rm in zip(xsd[cls], model[cls], strict=True):
            for i, what in ((1, "many"), (2, "optional"), (3, "voidable")):
                if rx[i] != rm[i]:
                    out.append(f"{cls}.{rx[0]}: {what} is {rx[i]} in the XSD, {rm[i]} in the model")
    return out
