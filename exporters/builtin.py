"""The formats every installation can write: INSPIRE PLU GML and the GeoPackage plan file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from exporters.gml_writer import write_gml
from exporters.registry import exporter
from plu_model.geopackage import write_plan
from plu_model.progress import Progress
from plu_model.readers import Reprojected

__all__: list[str] = []


@exporter(
    "inspire-gml",
    extensions=[".gml", ".xml"],
    label_en="INSPIRE PLU 4.0 GML (base:SpatialDataSet)",
    label_bg="INSPIRE PLU 4.0 GML (base:SpatialDataSet)",
    priority=10,
)
def _gml(source: Any, path: Path, *, crs: int | None = None, progress: Progress | None = None) -> Path:
    return write_gml(path, source, crs=crs, progress=progress).path


@exporter(
    "inspire-gml-wfs",
    extensions=[".gml", ".xml"],
    label_en="INSPIRE PLU 4.0 GML (wfs:FeatureCollection)",
    label_bg="INSPIRE PLU 4.0 GML (wfs:FeatureCollection)",
)
def _gml_wfs(source: Any, path: Path, *, crs: int | None = None, progress: Progress | None = None) -> Path:
    return write_gml(path, source, crs=crs, wrapper="wfs", progress=progress).path


@exporter(
    "plu-gpkg",
    extensions=[".gpkg"],
    label_en="PLU Studio plan file (GeoPackage)",
    label_bg="Файл на план PLU Studio (GeoPackage)",
    priority=10,
)
def _gpkg(source: Any, path: Path, *, crs: int | None = None, progress: Progress | None = None) -> Path:
    if crs and crs != source.crs:
        source = Reprojected(source, crs)
    return write_plan(
        path,
        source.features(),
        crs=source.crs,
        dataset_id=lambda: source.dataset_id,
        metadata=lambda: source.metadata,
        progress=progress,
    )
