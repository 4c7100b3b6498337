"""The open plan: its file on disk and the working copy the map layers edit.

QGIS edits a GeoPackage in place, but a plan file must only ever change
atomically.  So the editor works on a copy in the user's data folder and
*Save* copies it back in one step (:func:`plu_model.geopackage.save_copy`).  The
working copy survives a crash, which is what crash recovery restores from.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from plu_model.geopackage import PlanFile, save_copy, write_plan
from plu_model.readers import open_source

__all__ = ["PlanDocument", "work_root"]


def work_root() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "plu-studio" / "work"


class PlanDocument:
    """A plan opened for editing.

    ``source`` is the file the user opened (``.gpkg`` or ``.gml``); ``path`` is
    where *Save* writes (``None`` until a GML plan is first saved as a plan
    file); ``working`` is the GeoPackage the layers edit.
    """

    def __init__(self, source: Path, working: Path, path: Path | None, crs: int, title: str):
        self.source = source
        self.working = working
        self.path = path
        self.crs = crs
        self.title = title

    @classmethod
    def open(cls, source: str | os.PathLike[str]) -> PlanDocument:
        src = Path(source).resolve()
        folder = work_root() / uuid.uuid4().hex
        folder.mkdir(parents=True, exist_ok=True)
        working = folder / "plan.gpkg"
        if src.suffix.lower() == ".gpkg":
            with PlanFile(src):
                pass  # raises a clear PlanFileError if it is not a plan file
            save_copy(src, working)
            path: Path | None = src
        else:
            plan_source = open_source(src)
            write_plan(
                working,
                plan_source.features(),
                crs=plan_source.crs,
                dataset_id=lambda: plan_source.dataset_id,
                metadata=lambda: plan_source.metadata,
            )
            path = None
        with PlanFile(working) as pf:
            crs = pf.crs
            title = next((f.official_title for f in pf.iter_class("SpatialPlan")), src.stem)
        return cls(src, working, path, crs, title)

    def save(self, dest: str | os.PathLike[str] | None = None) -> Path:
        """Copy the working copy to the plan file atomically."""
        target = Path(dest) if dest else self.path
        if target is None:
            raise ValueError("the plan has no file yet; use Save As")
        save_copy(self.working, target)
        self.path = target
        return target
