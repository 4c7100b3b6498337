"""The formats every installation can write: INSPIRE PLU GML and the GeoPackage plan file."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from exporters.gml_writer import GmlWriteResult, write_gml
from exporters.kept_source import normalisations
from exporters.registry import exporter
from plu_model.features import Feature
from plu_model.geopackage import write_plan
from plu_model.i18n import Text
from plu_model.progress import Progress
from plu_model.readers import Reprojected

__all__: list[str] = []

#: formats registered with ``exchange=True`` take ``keep_source``, ``wrapper``, ``report`` and ``rewrite``;
#: ``report`` is told what a GML or plan-file export kept verbatim and what it normalised (``plu convert --report``)
Report = Callable[[GmlWriteResult], None]


@exporter(
    "inspire-gml",
    extensions=[".gml", ".xml"],
    label=Text("exporters.builtin", "INSPIRE PLU 4.0 GML (collection as received)"),
    priority=10,
    exchange=True,
)
def _gml(source: Any, path: Path, *, crs: int | None = None, progress: Progress | None = None,
         keep_source: bool = True, wrapper: str | None = None, report: Report | None = None,
         rewrite: Mapping[str, Collection[str] | None] | None = None) -> Path:
    """By default the collection element the plan came in; ``base:SpatialDataSet`` for a plan made here
    or with ``keep_source=False`` (``--normalise``)."""
    chosen = wrapper or ("source" if keep_source else "base")
    result = write_gml(path, source, crs=crs, wrapper=chosen, progress=progress, keep_source=keep_source,
                       rewrite=rewrite)
    if report is not None:
        report(result)
    return result.path


@exporter(
    "inspire-gml-wfs",
    extensions=[".gml", ".xml"],
    label="INSPIRE PLU 4.0 GML (wfs:FeatureCollection)",
    exchange=True,
)
def _gml_wfs(source: Any, path: Path, *, crs: int | None = None, progress: Progress | None = None,
             keep_source: bool = True, wrapper: str | None = None, report: Report | None = None,
             rewrite: Mapping[str, Collection[str] | None] | None = None) -> Path:
    """Always a WFS 2.0 answer: the format is the wrapper (``wrapper`` is not used)."""
    result = write_gml(path, source, crs=crs, wrapper="wfs", progress=progress, keep_source=keep_source,
                       rewrite=rewrite)
    if report is not None:
        report(result)
    return result.path


@exporter(
    "plu-gpkg",
    extensions=[".gpkg"],
    label=Text("exporters.builtin", "PLU Studio plan file (GeoPackage)"),
    priority=10,
    exchange=True,
)
def _gpkg(source: Any, path: Path, *, crs: int | None = None, progress: Progress | None = None,
          keep_source: bool = True, wrapper: str | None = None, report: Report | None = None,
          rewrite: Mapping[str, Collection[str] | None] | None = None) -> Path:
    """``keep_source``, ``wrapper`` and ``rewrite`` do not apply: the plan file always keeps what it was given."""
    if crs and crs != source.crs:
        source = Reprojected(source, crs)
    result = GmlWriteResult(Path(path))
    features = source.features() if report is None else _noting(source.features(), result)
    written = write_plan(
        path,
        features,
        crs=source.crs,
        dataset_id=lambda: source.dataset_id,
        metadata=lambda: source.metadata,
        progress=progress,
    )
    if report is not None:
        report(result)
    return written


def _noting(features: Iterable[Feature], result: GmlWriteResult) -> Iterator[Feature]:
    """Count the features stored with their source element and what writing them from the model would change."""
    for f in features:
        if f.source is not None:
            result.verbatim += 1
            result.normalised.extend((f.gml_id or "", text) for text in normalisations(f))
        yield f
