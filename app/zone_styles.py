"""The zoning layer's style: QGIS style files (``.qml``) built from :mod:`plu_model.portrayal`.

PLU Studio ships one style file per scheme and language in ``resources/styles``
(``zoning_zone_type.bg.qml``…), written by ``scripts/make_styles.py`` from the
portrayal tables.  A municipality with an official legend puts its own files of
the same names in a folder and chooses it (View ▸ Map style folder…, or the
``PLU_STYLE_DIR`` environment variable); the app loads the first file it finds,
the WMS can load the same files.  The map then lists only the classes the plan
uses, and re-lists them whenever a zone is drawn, retyped or deleted.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeatureRenderer,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QColor, QFont

from app.legend import category_key, show_in_use
from app.settings import settings
from app.zone_types_file import TypesRead, file_table, first_types, some_specific_types
from plu_model.codelists import codelist, resources_dir
from plu_model.portrayal import (
    SCHEME_HILUCS,
    SCHEME_ZONE_TYPE,
    PortrayalClass,
    classes,
    fallback_class,
    scheme_for,
    zone_key,
)
from plu_model.style_files import STYLE_DIR_ENV, STYLE_FILES, style_path

__all__ = [
    "LABEL_LIMIT",
    "STYLE_FILES",
    "ZoningStyle",
    "build_zoning_style",
    "fast_key_expression",
    "faster_expression",
    "key_expression",
    "set_style_folder",
    "shipped_style_folder",
    "style_file",
    "style_folder",
]

#: Plans with this many zones read their types for the legend in a thread, after the first draw.
READ_IN_THREAD_FROM = 20000
#: The most zone labels drawn at once.
LABEL_LIMIT = 1500
_COLUMNS = {SCHEME_ZONE_TYPE: "specific_land_use", SCHEME_HILUCS: "hilucs_land_use"}
_SETTING = "styles/folder"


def key_expression(scheme: str) -> str:
    """The QGIS expression a style file classifies on (the same key as :func:`plu_model.portrayal.zone_key`)."""
    return f"regexp_substr(coalesce(array_first(\"{_COLUMNS[scheme]}\"), ''), '[^/]+$')"


def fast_key_expression(scheme: str) -> str:
    """The same key as :func:`key_expression` without a regular expression per zone.

    ``file_name()`` is the text after the last ``/`` (what ``[^/]+$`` matches, ``''``
    when it ends in ``/``); evaluating ``regexp_substr`` for each of 100,000 zones
    was most of the time a city-wide plan took to draw.
    """
    return f"file_name(coalesce(array_first(\"{_COLUMNS[scheme]}\"), ''))"


def faster_expression(expression: str) -> str:
    """``expression`` with every style-file key expression replaced by its fast equivalent."""
    for scheme in _COLUMNS:
        expression = expression.replace(key_expression(scheme), fast_key_expression(scheme))
    return expression


def _speed_up(layer: QgsVectorLayer) -> None:
    """Classify and label on the fast key expressions (the style file keeps the portable ones)."""
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        renderer.setClassAttribute(faster_expression(renderer.classAttribute()))
    labeling = layer.labeling()
    if isinstance(labeling, QgsVectorLayerSimpleLabeling):
        settings_ = labeling.settings()
        settings_.fieldName = faster_expression(settings_.fieldName)
        labeling.setSettings(QgsPalLayerSettings(settings_))


def shipped_style_folder() -> Path:
    return resources_dir() / "styles"


def style_folder() -> Path | None:
    """The municipality's own style folder: the app setting, else ``PLU_STYLE_DIR``; None when not set."""
    value = str(settings().value(_SETTING, "") or "") or os.environ.get(STYLE_DIR_ENV, "")
    return Path(value) if value else None


def set_style_folder(folder: Path | None) -> None:
    """Remember (or with None forget) the folder whose style files replace the shipped ones.

    The folder is also put in ``PLU_STYLE_DIR``, so the consultation package built
    from this session (its web viewer, its map sheet) shows the same legend.
    """
    s = settings()
    if folder is None:
        s.remove(_SETTING)
        os.environ.pop(STYLE_DIR_ENV, None)
    else:
        s.setValue(_SETTING, str(folder))
        os.environ[STYLE_DIR_ENV] = str(folder)
    s.sync()


def style_file(scheme: str, language: str) -> Path:
    """The style file to load: the chosen folder's first, then the shipped one."""
    folders = [f for f in (style_folder(), shipped_style_folder()) if f is not None]
    for folder in folders:
        found = style_path(folder, scheme, language)
        if found is not None:
            return found
    return shipped_style_folder() / f"{STYLE_FILES[scheme]}.en.qml"


def _symbol(cls: PortrayalClass) -> QgsFillSymbol:
    if cls.key == "":  # nothing names it: draw it so that it is seen and looks unfinished
        return QgsFillSymbol.createSimple({"color": cls.colour, "outline_color": "#ff0000", "outline_width": "0.6"})
    return QgsFillSymbol.createSimple({"color": cls.colour, "outline_color": "#202020", "outline_width": "0.3"})


def build_renderer(scheme: str, language: str) -> QgsCategorizedSymbolRenderer:
    """Every class of the scheme plus the catch-all, smaller zones drawn over larger ones.

    The order matters: a zone drawn inside another must not vanish under it (new
    features come first out of QGIS's edit buffer, so without it they are hidden).
    """
    categories = [QgsRendererCategory(c.key, _symbol(c), c.legend_label(language)) for c in classes(scheme)]
    fallback = fallback_class(scheme)
    categories.append(QgsRendererCategory("", _symbol(fallback), fallback.legend_label(language)))
    renderer = QgsCategorizedSymbolRenderer(key_expression(scheme), categories)
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause("$area", False)]))
    renderer.setOrderByEnabled(True)
    return renderer


def build_labeling(language: str) -> QgsVectorLayerSimpleLabeling:
    """Zone labels: the national notation (Жм, Смф…), from 1:25 000 in, at most :data:`LABEL_LIMIT` at once."""
    zones = codelist("bg/ZoneTypeValue")
    code = key_expression(SCHEME_ZONE_TYPE)
    pairs = ", ".join(f"'{v.code}', '{v.notation or v.label(language)}'" for v in zones)
    settings_ = QgsPalLayerSettings()
    settings_.isExpression = True
    settings_.fieldName = f"coalesce(map_get(map({pairs}), {code}), {code})"
    fmt = QgsTextFormat()
    fmt.setFont(QFont("DejaVu Sans", 9))
    fmt.setSize(9)
    fmt.setColor(QColor("#000000"))
    settings_.setFormat(fmt)
    settings_.scaleVisibility = True
    settings_.minimumScale = 25000
    settings_.maximumScale = 0
    thinning = settings_.thinningSettings()
    thinning.setLimitNumberLabelsEnabled(True)
    thinning.setMaximumNumberLabels(LABEL_LIMIT)
    settings_.setThinningSettings(thinning)
    return QgsVectorLayerSimpleLabeling(settings_)


def build_zoning_style(layer: QgsVectorLayer, scheme: str, language: str) -> None:
    """Give ``layer`` the full built-in style of a scheme (what the style files hold)."""
    layer.setRenderer(build_renderer(scheme, language))
    layer.setLabeling(build_labeling(language))
    layer.setLabelsEnabled(True)


class ZoningStyle:
    """Keeps the zoning layer styled from its style file, its legend listing only classes in use.

    It remembers each zone's first types, so drawing, retyping or deleting a zone
    updates the legend without reading a city-wide plan again; only a rollback,
    a commit or a language change read the layer anew.  With nothing in the edit
    buffer (a plan just opened) it reads the types straight from the layer's
    GeoPackage, ten times faster than through QGIS features.
    """

    _COLUMNS = ("specific_land_use", "hilucs_land_use")

    def __init__(self, layer: QgsVectorLayer, language: str):
        self.layer = layer
        self.language = language
        self.scheme = ""
        self.full: QgsCategorizedSymbolRenderer | None = None
        self.shown: tuple[str, ...] | None = None
        self.source: Path | None = None
        #: fid → (first specific land use, first HILUCS value)
        self.zones: dict[int, tuple[str | None, str | None]] = {}
        self._reading: TypesRead | None = None
        self._replay: list[Callable[[], None]] = []
        self._poll: QTimer | None = None
        self._order_on = False
        layer.layerModified.connect(self._order_by_edits)
        layer.featureAdded.connect(self._added)
        layer.featuresDeleted.connect(self._deleted)
        layer.attributeValueChanged.connect(self._changed)
        layer.afterRollBack.connect(self.refresh)
        layer.afterCommitChanges.connect(self.refresh)

    def set_language(self, language: str) -> None:
        self.language = language
        self.scheme = ""
        self._apply()

    def _read(self, request: QgsFeatureRequest) -> None:
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        request.setSubsetOfAttributes(list(self._COLUMNS), self.layer.fields())
        for f in self.layer.getFeatures(request):
            self.zones[f.id()] = (_first(f["specific_land_use"]), _first(f["hilucs_land_use"]))

    def refresh(self, *_args: object) -> None:
        """Read every zone's types anew (edit buffer included) and re-list the legend.

        A city-wide plan (:data:`READ_IN_THREAD_FROM` zones or more) is drawn with
        every class of its scheme at once and reads its types in a thread; the
        legend is cut down to the classes in use when they are in (same map).
        """
        self._reading = None
        source = file_table(self.layer)
        if source is not None and self.layer.featureCount() >= READ_IN_THREAD_FROM and self._read_later(*source):
            return
        zones = first_types(*source) if source is not None else None
        if zones is None:
            self.zones = {}
            self._read(QgsFeatureRequest())
        else:
            self.zones = zones
        self._apply()

    def use_types(self, pairs: set[tuple[str | None, str | None]]) -> None:
        """Style from the zones' (first specific land use, first HILUCS) pairs read elsewhere.

        For a layer QGIS reads from a server (a register plan shown before its working copy
        exists): one query there gives the pairs; reading them through the layer took seconds.
        """
        self._reading = None
        self.zones = {i: pair for i, pair in enumerate(sorted(pairs, key=str))}
        self._apply()

    def _read_later(self, path: str, table: str) -> bool:
        """Start reading the types in a thread when a few zones tell the scheme already."""
        if scheme_for([s] for s in some_specific_types(path, table)) != SCHEME_ZONE_TYPE:
            return False  # HILUCS only if no zone has a national type: that takes reading them all
        if self.scheme != SCHEME_ZONE_TYPE:
            self._load(SCHEME_ZONE_TYPE)
        if self.full is not None:
            self.layer.setRenderer(self.full.clone())  # every class: draws the same as the classes in use
            self.shown = None
        self._reading = TypesRead(path, table)
        self._replay = []
        if self._poll is not None:
            self._poll.stop()
        self._poll = QTimer(self.layer)  # goes with the layer: never ticks for a deleted one
        self._poll.setInterval(40)
        self._poll.timeout.connect(self._types_read)
        self._poll.start()  # its first tick comes after the plan is open and its layers are editable
        return True

    def _types_read(self) -> None:
        reading = self._reading
        if reading is not None and not reading.done.is_set():
            reading.start()
            return
        if self._poll is not None:
            self._poll.stop()
        if reading is None:
            return
        self._reading = None
        if reading.result is None:  # SQLite could not read them: through QGIS, once
            self.zones = {}
            self._read(QgsFeatureRequest())
            self._apply()
            return
        self.zones = reading.result
        for step in self._replay:  # edits made while the thread read
            step()
        self._apply(repaint=False)

    def wait(self, timeout: float = 60.0) -> None:
        """Finish a reading thread now (tests and benchmarks that look at the legend at once)."""
        if self._reading is not None:
            self._reading.start()
            self._reading.done.wait(timeout)
            self._types_read()

    def _later(self, step: Callable[[], None]) -> bool:
        if self._reading is None:
            return False
        self._replay.append(step)
        return True

    def _added(self, fid: int) -> None:
        if self._later(lambda: self._added(fid)):
            return
        self._read(QgsFeatureRequest(fid))
        self._apply()

    def _deleted(self, fids: list[int]) -> None:
        if self._later(lambda: self._deleted(fids)):
            return
        for fid in fids:
            self.zones.pop(fid, None)
        self._apply()

    def _changed(self, fid: int, index: int, value: object) -> None:
        if self._later(lambda: self._changed(fid, index, value)):
            return
        name = self.layer.fields().at(index).name() if 0 <= index < self.layer.fields().count() else ""
        if name in self._COLUMNS:
            specific, hilucs = self.zones.get(fid, (None, None))
            first = _first(value)
            self.zones[fid] = (first, hilucs) if name == "specific_land_use" else (specific, first)
            self._apply()

    def _load(self, scheme: str) -> None:
        """Load the scheme's style file; a file QGIS cannot read gives the built-in style, not a blank map.

        A municipality's legend of another kind (rule-based, graduated…) is used as
        it is; a categorized one is cut down to the classes in use and gets a
        catch-all if it has none, so a zone of a type it does not list is still drawn.
        """
        self.source = style_file(scheme, self.language)
        _message, ok = self.layer.loadNamedStyle(str(self.source))
        if not ok or self.layer.renderer() is None:
            build_zoning_style(self.layer, scheme, self.language)
            self.source = None
        _speed_up(self.layer)
        renderer = self.layer.renderer()
        self._order_on = _edits_need_order(self.layer)
        _set_size_order(renderer, self._order_on)
        self.full = renderer.clone() if isinstance(renderer, QgsCategorizedSymbolRenderer) else None
        if self.full is not None and "" not in {category_key(c) for c in self.full.categories()}:
            fallback = fallback_class(scheme)
            self.full.addCategory(QgsRendererCategory("", _symbol(fallback), fallback.legend_label(self.language)))
        self.scheme = scheme
        self.shown = None

    def _order_by_edits(self) -> None:
        """Order by size only while the edit buffer has drawn or reshaped zones.

        QGIS draws those before the file's zones, so a zone drawn inside another
        would vanish under it; sorting 100,000 zones by area on every draw of a
        plan nobody has reshaped cost a third of the drawing time.
        """
        wanted = _edits_need_order(self.layer)
        if wanted == self._order_on:
            return
        self._order_on = wanted
        _set_size_order(self.layer.renderer(), wanted)
        _set_size_order(self.full, wanted)
        self.layer.triggerRepaint()

    def _apply(self, repaint: bool = True) -> None:
        if self._reading is not None:
            return  # the legend is listed when the thread has read the types
        pairs = set(self.zones.values())  # a few distinct pairs, however many zones
        scheme = scheme_for(_listed(s) for s, _ in pairs)
        if scheme != self.scheme:
            self._load(scheme)
        if self.full is None:
            return  # not a categorized legend: shown as the municipality made it
        keys = {zone_key(scheme, _listed(s), _listed(h)) for s, h in pairs}
        self.shown = show_in_use(self.layer, self.full, keys, self.shown, repaint)


def _edits_need_order(layer: QgsVectorLayer) -> bool:
    buffer = layer.editBuffer()
    return buffer is not None and bool(buffer.addedFeatures() or buffer.changedGeometries())


def _set_size_order(renderer: object, enabled: bool) -> None:
    """Switch the style's "smaller zones over larger ones" ordering (a municipality's own order stays)."""
    if not isinstance(renderer, QgsFeatureRenderer):
        return
    clauses = renderer.orderBy().list()
    if len(clauses) == 1 and clauses[0].expression().expression() == "$area" and not clauses[0].ascending():
        renderer.setOrderByEnabled(enabled)


def _first(value: object) -> str | None:
    listed = _as_list(value)
    return listed[0] if listed else None


def _listed(first: str | None) -> list[str] | None:
    return [first] if first is not None else None


def _as_list(value: object) -> list[str] | None:
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    if isinstance(value, str) and value.startswith("["):
        try:
            parsed = json.loads(value)
        except ValueError:
            return None
        return [str(v) for v in parsed] if isinstance(parsed, list) else None
    return None
