"""Where an imported plan file goes unless the user says otherwise.

An import writes a new plan file; the name it suggests must never be one that is
already taken, or the import would replace a plan without anyone having said so.
"""

from __future__ import annotations

import os
from pathlib import Path

from plu_model.importing.ogr_source import is_connection_string

__all__ = ["suggested_plan_file"]


def suggested_plan_file(source: str, fallback_folder: Path) -> Path:
    """``zones.shp`` → ``zones.gpkg`` beside it; a folder of shapefiles → ``<folder>.gpkg`` beside the folder.

    A connection string, or a source in a folder the user cannot write to (a CD, a
    colleague's share), gives a file in ``fallback_folder`` instead.  A name already
    taken gets ``-2``, ``-3``… so the suggestion never replaces a file.
    """
    text = source.strip()
    if not text or is_connection_string(text):
        folder, stem = fallback_folder, "imported-plan"
    else:
        path = Path(text).expanduser()
        stem = path.stem if path.suffix else path.name
        folder = path.resolve().parent
        if not os.access(folder, os.W_OK):
            folder = fallback_folder
    stem = stem or "imported-plan"
    candidate, n = folder / f"{stem}.gpkg", 2
    while candidate.exists() or candidate == Path(text):
        candidate, n = folder / f"{stem}-{n}.gpkg", n + 1
    return candidate
