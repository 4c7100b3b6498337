"""Open any plan source by its file name: a PLU GML file or a GeoPackage plan file.

:func:`open_source` returns an object with ``crs``, ``dataset_id``, ``metadata``,
``features()``, ``counts()`` and ``findings`` — what the writers stream from — so a
conversion never needs the whole plan in memory.  Further importers (shapefile
and CAD mappings) register in :data:`READERS` too.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from plu_model import xml_parsing
from plu_model.crs import reproject
from plu_model.dataset import PlanDataset
from plu_model.errors import PluInputError
from plu_model.features import Feature, geometry_of, set_geometry
from plu_model.findings import Finding
from plu_model.geopackage import PlanFile
from plu_model.gml_reader import GmlReader
from plu_model.i18n import Text
from plu_model.registry import FormatRegistry
from plu_model.schema import CLASS_ATTRIBUTES
from plu_model.xml_names import q

__all__ = ["READERS", "GmlSource", "PlanFileSource", "Reprojected", "open_source", "read_dataset"]

READERS = FormatRegistry(Text("plu_model.readers", "reader"))


class GmlSource:
    """A PLU GML file as a stream of features; parsing starts when it is opened.

    The first features are read ahead until the plan's CRS is known, so the
    writers can set up their output before the rest streams through.
    """

    def __init__(self, path: str | os.PathLike[str], target_epsg: int | None = None):
        self.path = Path(path)
        self.reader = GmlReader(self.path, target_epsg)
        self._stream = self.reader.features()
        self._ahead: list[Feature] = []
        for feature in self._stream:
            self._ahead.append(feature)
            if self.reader.crs is not None:
                break
        if self.reader.crs is None and not any(f.rule == "READ.BAD_VALUE" for f in self.reader.findings):
            raise PluInputError(
                Text("plu_model.readers", "{path}: no PLU feature with a geometry was found; is it a PLU 4.0 file?",
                                          path=self.path),
            )
        self.crs: int = self.reader.require_usable_crs()
        self._used = False

    @property
    def dataset_id(self):  # type: ignore[no-untyped-def]
        return self.reader.dataset_id

    @property
    def metadata(self) -> dict[str, str]:
        return self.reader.metadata

    @property
    def findings(self) -> list[Finding]:
        return self.reader.findings

    def features(self) -> Iterator[Feature]:
        if self._used:
            raise RuntimeError("a GML source streams once; open it again to read it again")
        self._used = True
        yield from self._ahead
        self._ahead = []
        yield from self._stream

    def counts(self) -> dict[str, int]:
        """Features per class, from a fast separate pass over the file."""
        tags = {q("plu", c): c for c in CLASS_ATTRIBUTES}
        counts = dict.fromkeys(CLASS_ATTRIBUTES, 0)
        for _, elem in xml_parsing.iterparse(self.path, events=("end",), tag=list(tags)):
            counts[tags[elem.tag]] += 1
            elem.clear(keep_tail=False)
        return counts


class PlanFileSource(PlanFile):
    """A GeoPackage plan file as a source (nothing to report while reading it)."""

    findings: list[Finding] = []


class Reprojected:
    """A source whose features are reprojected on the fly."""

    def __init__(self, source: Any, epsg: int):
        self._source = source
        self.crs = epsg
        self.dataset_id = source.dataset_id
        self.metadata = source.metadata
        self.findings = source.findings

    def counts(self) -> dict[str, int]:
        return self._source.counts()

    def features(self) -> Iterator[Feature]:
        src = self._source.crs
        for f in self._source.features():
            geom = geometry_of(f)
            if geom is not None:
                set_geometry(f, reproject(geom, src, self.crs))
            yield f


@READERS.register("inspire-gml", extensions=[".gml", ".xml"], label="INSPIRE PLU GML")
def _open_gml(path: Path, target_epsg: int | None = None) -> GmlSource:
    return GmlSource(path, target_epsg)


@READERS.register(
    "plu-gpkg", extensions=[".gpkg"], label=Text("plu_model.readers", "PLU Studio plan file"), priority=10
)
def _open_gpkg(path: Path, target_epsg: int | None = None) -> Any:
    source = PlanFileSource(path)
    if target_epsg and target_epsg != source.crs:
        return Reprojected(source, target_epsg)
    return source


def open_source(path: str | os.PathLike[str], target_epsg: int | None = None, format: str | None = None) -> Any:
    """Open a plan source by extension (or by format name); raises :class:`PluInputError`."""
    p = Path(path)
    if not p.exists():
        raise PluInputError(Text("plu_model.readers", "{p}: no such file", p=p))
    try:
        fmt = READERS.get(format) if format else READERS.for_path(p)
    except KeyError as exc:
        archive = xml_parsing.archive_refusal(p) if p.is_file() else None
        raise (archive or PluInputError(exc.text)) from exc
    return fmt.func(p, target_epsg)


def read_dataset(path: str | os.PathLike[str], target_epsg: int | None = None) -> tuple[PlanDataset, list[Finding]]:
    """Read a whole plan (any registered format) into memory, with the reader's findings."""
    source = open_source(path, target_epsg)
    data = PlanDataset(crs=source.crs)
    for f in source.features():
        data.add(f)
    data.dataset_id = source.dataset_id
    data.metadata = dict(source.metadata)
    if isinstance(source, PlanFile):
        source.close()
    return data, list(source.findings)





# The import formats (shapefile, DXF, CSV, PostGIS, …) register themselves in READERS.
from plu_model.importing import formats as _import_formats  # noqa: E402,F401
