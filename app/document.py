"""The open plan: its file on disk, the working copy the map layers edit, and its undo history.

QGIS edits a GeoPackage in place, but a plan file must only ever change
atomically.  So the editor works on a copy in the user's data folder
(``$XDG_DATA_HOME/plu-studio/work/<id>/plan.gpkg``).  Edits stay in the layers'
edit buffers, which keeps every step undoable; *Save*, autosave, validation and
export write a snapshot of copy + edits (:mod:`app.snapshot`).  The work folder
also holds the autosave and a ``state.json`` that crash recovery reads.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from qgis.core import QgsFeature, QgsFeatureRequest, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QUndoStack
from shapely.geometry import MultiPolygon
from shapely.geometry.base import BaseGeometry

from app.edit_history import EditHistory
from app.plan_layers import PlanLayers, load_documents_layer, load_plan_layers
from app.snapshot import PendingEdits, capture_edits, write_snapshot
from app.written_state import file_signature, forget_working, rebase_working, remember_opened
from plu_model.atomic import write_atomic
from plu_model.codelists import INSPIRE_CODELIST_BASE
from plu_model.dataset import PlanDataset, make_gml_id
from plu_model.features import SpatialPlan
from plu_model.geopackage import LAYER_NAMES, PlanFile, save_copy, save_dataset, write_plan
from plu_model.i18n import Text
from plu_model.progress import Progress
from plu_model.readers import open_source
from plu_model.values import Identifier
from plu_model.voidable import VOID_UNPOPULATED, Nil

__all__ = [
    "NewPlanSpec",
    "PlanDocument",
    "PreparedPlan",
    "ReadOnly",
    "live_tokens",
    "new_plan_dataset",
    "prepare_working_copy",
    "prepare_written_copy",
    "read_state",
    "work_root",
]

_LIVE_TOKENS: set[str] = set()


@dataclass(frozen=True)
class ReadOnly:
    """Why a plan is open read-only, as the window says it (the rule that decided is not the window's)."""

    #: a word or two for the title and the status bar
    mark: Text
    #: the sentence over the map: whose plan it is and what one may still do
    bar: Text
    #: what an attempted edit is refused with
    refusal: Text


def work_root() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "plu-studio" / "work"


def live_tokens() -> set[str]:
    """Tokens of the documents open in this process (their work folders are not orphans)."""
    return set(_LIVE_TOKENS)


@dataclass
class PreparedPlan:
    """A working copy made ready off the GUI thread."""

    folder: Path
    source: Path | None
    path: Path | None
    crs: int
    title: str


def _new_folder() -> Path:
    folder = work_root() / uuid.uuid4().hex
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _plan_facts(working: Path, fallback: str) -> tuple[int, str]:
    with PlanFile(working) as pf:
        crs = pf.crs
        title = next((f.official_title for f in pf.iter_class("SpatialPlan")), fallback)
    return crs, title


def prepare_working_copy(source: str | os.PathLike[str], progress: Progress | None = None,
                         format: str | None = None) -> PreparedPlan:
    """Make the working copy of a plan file or of any format a reader handles (no Qt; any thread).

    A ``.gpkg`` plan file is copied and stays the file *Save* writes; anything
    else (GML, importer formats) is converted and needs *Save As*.
    """
    src = Path(source).resolve()
    folder = _new_folder()
    working = folder / "plan.gpkg"
    try:
        if src.suffix.lower() == ".gpkg" and format in (None, "plu-gpkg"):
            with PlanFile(src):
                pass  # raises a clear PlanFileError if it is not a plan file (and rolls back a cut-off save)
            signature = file_signature(src)
            save_copy(src, working)
            remember_opened(src, working, signature)  # the first save writes only what changed
            path: Path | None = src
        else:
            plan_source = open_source(src, format=format)
            write_plan(
                working,
                plan_source.features(),
                crs=plan_source.crs,
                dataset_id=lambda: plan_source.dataset_id,
                metadata=lambda: plan_source.metadata,
                progress=progress,
            )
            path = None
        crs, title = _plan_facts(working, src.stem)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return PreparedPlan(folder, src, path, crs, title)


def prepare_written_copy(write: Callable[[Path], tuple[int, str]]) -> PreparedPlan:
    """A working copy that ``write(path)`` makes in place and returns (CRS, title) of, with no copy.

    For a store that writes plan files itself (the register): the file is written once,
    where the editor works on it, instead of written and then copied.
    """
    folder = _new_folder()
    try:
        crs, title = write(folder / "plan.gpkg")
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return PreparedPlan(folder, None, None, crs, title)


@dataclass
class NewPlanSpec:
    """What the New plan dialog asks for."""

    title: str
    level: str
    plan_type: str
    crs: int
    namespace: str
    boundary: BaseGeometry | None = None
    local_id: str | None = None


def new_plan_dataset(spec: NewPlanSpec) -> PlanDataset:
    """A data set holding just the new plan (and no features yet)."""
    local_id = spec.local_id or uuid.uuid4().hex[:12]
    boundary = spec.boundary
    if boundary is not None and boundary.geom_type == "Polygon":
        boundary = MultiPolygon([boundary])
    plan = SpatialPlan(
        gml_id=make_gml_id("SP", local_id),
        inspire_id=Identifier(local_id, spec.namespace, Nil(VOID_UNPOPULATED)),
        extent=boundary if boundary is not None else MultiPolygon(),
        official_title=spec.title,
        level_of_spatial_plan=spec.level,
        plan_type_name=spec.plan_type,
        begin_lifespan_version=datetime.now(UTC).replace(microsecond=0),
        alternative_title=Nil(VOID_UNPOPULATED),
        process_step_general=INSPIRE_CODELIST_BASE + "ProcessStepGeneralValue/elaboration",
        background_map=Nil(VOID_UNPOPULATED),
        ordinance=Nil(VOID_UNPOPULATED),
        official_document=Nil(VOID_UNPOPULATED),
    )
    data = PlanDataset(crs=spec.crs, dataset_id=Identifier(f"{local_id}-dataset", spec.namespace))
    data.add(plan)
    return data


class PlanDocument(QObject):
    """A plan opened for editing.

    ``source`` is the file the user opened; ``path`` is where *Save* writes
    (``None`` until the plan is first saved as a plan file); ``working`` is the
    GeoPackage the layers read.  ``history`` is the one undo stack of the plan.
    """

    modified_changed = pyqtSignal(bool)

    def __init__(self, prepared: PreparedPlan, recovered: bool = False):
        super().__init__()
        self.folder = prepared.folder
        self.working = prepared.folder / "plan.gpkg"
        self.source = prepared.source
        self.path = prepared.path
        self.crs = prepared.crs
        self.title = prepared.title
        self.recovered = recovered
        self.token = uuid.uuid4().hex
        self.history = EditHistory(self)
        self.layers: PlanLayers | None = None
        self.documents: QgsVectorLayer | None = None
        self.autosaved_at: str | None = None
        #: set (before the layers load) for a plan one may view but not change
        self.read_only: ReadOnly | None = None
        self._closed = False
        _LIVE_TOKENS.add(self.token)
        self.history.stack.cleanChanged.connect(self._clean_changed)
        self.write_state()

    def _clean_changed(self, _clean: bool) -> None:
        self.modified_changed.emit(self.is_modified)

    # -- opening --------------------------------------------------------------
    @classmethod
    def open(cls, source: str | os.PathLike[str], format: str | None = None) -> PlanDocument:
        return cls(prepare_working_copy(source, format=format))

    @classmethod
    def new(cls, spec: NewPlanSpec) -> PlanDocument:
        folder = _new_folder()
        data = new_plan_dataset(spec)
        save_dataset(folder / "plan.gpkg", data)
        return cls(PreparedPlan(folder, None, None, spec.crs, spec.title))

    @classmethod
    def recover(cls, folder: Path) -> PlanDocument:
        """Open what a crashed session left in ``folder`` (its autosave, else its working copy)."""
        state = read_state(folder)
        autosave = folder / "autosave.gpkg"
        base = autosave if autosave.is_file() else folder / "plan.gpkg"
        target = _new_folder()
        try:
            save_copy(base, target / "plan.gpkg")
            crs, title = _plan_facts(target / "plan.gpkg", "plan")
        except BaseException:
            shutil.rmtree(target, ignore_errors=True)
            raise
        path = Path(state["path"]) if state.get("path") else None
        source = Path(state["source"]) if state.get("source") else None
        document = cls(PreparedPlan(target, source, path, crs, title), recovered=True)
        shutil.rmtree(folder, ignore_errors=True)
        return document

    def make_read_only(self, read_only: ReadOnly) -> None:
        """View the plan only: its layers will not edit and its history refuses every edit (call before loading)."""
        self.read_only = read_only
        self.history.refusal = read_only.refusal

    def load_layers(self, language: str = "en") -> PlanLayers:
        """Open the working copy's tables as layers, in editing mode (read-only ones for a read-only plan)."""
        self.layers = load_plan_layers(self.working, language)
        self.documents = load_documents_layer(self.working, language)
        for layer in self.editable_layers():
            if self.read_only is not None:
                layer.setReadOnly(True)  # not even a layer's own startEditing() can change it
            else:
                layer.startEditing()
            self.history.watch(layer)
        rebase_working(self.working)
        return self.layers

    def editable_layers(self) -> list[QgsVectorLayer]:
        if self.layers is None:
            return []
        out = [self.layers.plan, self.layers.zoning, self.layers.regulations_area,
               self.layers.regulations_line, self.layers.regulations_point]
        if self.documents is not None:
            out.append(self.documents)
        return out

    # -- state -----------------------------------------------------------------
    @property
    def undo_stack(self) -> QUndoStack:
        """The plan's one undo stack; feature modules push their ``QUndoCommand``s here."""
        return self.history.stack

    @property
    def is_modified(self) -> bool:
        return self.recovered or not self.history.is_clean()

    @property
    def display_name(self) -> str:
        return self.path.name if self.path else self.title

    def edits(self) -> list[PendingEdits]:
        """The layers' uncommitted edits, captured for a snapshot (GUI thread)."""
        if self.layers is None:
            return []
        tables = {
            id(self.layers.plan): LAYER_NAMES["SpatialPlan"],
            id(self.layers.zoning): LAYER_NAMES["ZoningElement"],
        }
        out = []
        for layer in self.editable_layers():
            if layer is self.documents:
                table = LAYER_NAMES["OfficialDocumentation"]
            else:
                table = tables.get(id(layer), LAYER_NAMES["SupplementaryRegulation"])
            out.append(capture_edits(layer, table))
        return out

    def snapshot(self, dest: str | os.PathLike[str], progress: Progress | None = None) -> Path:
        """Write the plan as it is now (copy + edits) to ``dest`` atomically."""
        return write_snapshot(self.working, dest, self.edits(), progress)

    def snapshot_job(self, dest: str | os.PathLike[str]) -> Callable[[Progress | None], Path]:
        """The edits as they are now, to be written to ``dest`` later in a background task.

        Capturing is quick and needs the GUI thread; writing a city-wide plan
        takes seconds, so it should not block the window.
        """
        working, edits = self.working, self.edits()
        return lambda progress=None: write_snapshot(working, dest, edits, progress)

    def save(self, dest: str | os.PathLike[str] | None = None, progress: Progress | None = None) -> Path:
        """Write the plan file atomically; the undo history stays."""
        target = Path(dest) if dest else self.path
        if target is None:
            raise ValueError("the plan has no file yet; use Save As")
        self.snapshot(target, progress)
        return self.mark_saved(target)

    def mark_saved(self, target: str | os.PathLike[str]) -> Path:
        """Record that the plan as it is now was written to ``target`` (by :meth:`save` or a save task)."""
        target = Path(target)
        self.path = target.resolve()
        self.recovered = False
        self.history.set_clean()
        self.modified_changed.emit(False)
        (self.folder / "autosave.gpkg").unlink(missing_ok=True)
        self.write_state()
        return self.path

    def autosave(self) -> Path:
        """Keep the current state beside the working copy, for recovery after a crash."""
        path = self.snapshot(self.folder / "autosave.gpkg")
        self.mark_autosaved()
        return path

    def mark_autosaved(self) -> None:
        if self._closed:
            return
        self.autosaved_at = datetime.now(UTC).isoformat(timespec="seconds")
        self.write_state()

    def write_state(self) -> None:
        state = {
            "pid": os.getpid(),
            "token": self.token,
            "source": str(self.source) if self.source else None,
            "path": str(self.path) if self.path else None,
            "title": self.title,
            "autosaved_at": self.autosaved_at,
            "modified": self.is_modified if hasattr(self, "history") else False,
        }
        write_atomic(self.folder / "state.json", json.dumps(state, ensure_ascii=False, indent=1))

    def release_layers(self) -> None:
        """Stop watching and editing the layers (before they are removed from the project)."""
        self.history.forget()
        for layer in self.editable_layers():
            try:
                if layer.isEditable():
                    layer.rollBack()
            except RuntimeError:
                pass  # deleted with its project already
        self.layers = None
        self.documents = None

    def close(self) -> None:
        """Forget the layers and delete the work folder (the user saved or discarded)."""
        if self._closed:
            return
        self._closed = True
        self.release_layers()
        _LIVE_TOKENS.discard(self.token)
        forget_working(self.working)
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- features ----------------------------------------------------------------
    def plan_feature(self) -> QgsFeature | None:
        if self.layers is None:
            return None
        return next(self.layers.plan.getFeatures(), None)

    def plan_href(self) -> str:
        f = self.plan_feature()
        return f"#{f['gml_id']}" if f is not None else ""

    def feature_by_gml_id(self, gml_id: str) -> tuple[QgsVectorLayer, QgsFeature] | None:
        """The layer and feature holding ``gml_id`` (documents included)."""
        request = QgsFeatureRequest().setFilterExpression(f"\"gml_id\" = '{gml_id.replace(chr(39), chr(39) * 2)}'")
        for layer in self.editable_layers():
            feature = next(layer.getFeatures(request), None)
            if feature is not None:
                return layer, feature
        return None


def read_state(folder: Path) -> dict:
    try:
        return json.loads((folder / "state.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}

