"""GML 3.2 geometry to shapely, for any geometry a PLU file may hold.

Handles ``Point``, ``LineString``, ``Curve`` (line-string segments, arcs),
``LinearRing`` and ``Ring``, ``Polygon``, ``Surface``/``PolygonPatch``,
``MultiSurface``, ``CompositeSurface``, ``OrientableSurface``, ``MultiCurve``,
``CompositeCurve``, ``MultiPoint`` and ``MultiGeometry``; positions in ``posList``,
``pos`` or the old ``coordinates``; 2D and 3D.

Problems in the raw coordinates that shapely would hide (an unclosed ring is
closed silently, a ring of three points cannot be built) are reported through the
``report`` callback with the source line, before anything is repaired.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import shapely
import shapely.errors
from lxml import etree
from shapely.geometry import (
    GeometryCollection,
    LineString,
    MultiLineString,
    MultiPoint,
    MultiPolygon,
    Point,
    Polygon,
)
from shapely.geometry.base import BaseGeometry

from plu_model.crs import SrsName, axis_swapped, crs_dimension, is_geographic, parse_srs_name
from plu_model.errors import PluInputError
from plu_model.findings import Severity
from plu_model.i18n import Text
from plu_model.xml_names import NS, local_name

__all__ = ["GeometryError", "GeometryReader", "Report"]

GML = NS["gml"]
Report = Callable[[str, Severity, Text, "etree._Element | None"], None]


class GeometryError(PluInputError):
    """A GML geometry that cannot be turned into coordinates at all; ``element`` gives the line."""

    def __init__(self, message: Text | str, element: etree._Element | None = None):
        super().__init__(message)
        self.line = getattr(element, "sourceline", None)


@dataclass
class _Ctx:
    srs: SrsName | None
    dim: int | None


#: the units a circle's radius is read in (with a projected CRS in metres)
_METRES = frozenset({"m", "metre", "meter", "urn:ogc:def:uom:EPSG::9001", "http://www.opengis.net/def/uom/EPSG/0/9001"})
_GML_PREFIX = f"{{{GML}}}"
_POS_LIST = f"{_GML_PREFIX}posList"
_SURFACE_MEMBER = f"{_GML_PREFIX}surfaceMember"
_POLYGON = f"{_GML_PREFIX}Polygon"
_EXTERIOR = f"{_GML_PREFIX}exterior"
_LINEAR_RING = f"{_GML_PREFIX}LinearRing"
#: the elements :meth:`GeometryReader._g_MultiSurface` decodes, which :meth:`GeometryReader.prepare` can batch
_MULTI_SURFACES = frozenset({f"{_GML_PREFIX}MultiSurface", f"{_GML_PREFIX}CompositeSurface"})


def _has_srs(elem: etree._Element) -> bool:
    return elem.get("srsName") is not None or elem.get("srsDimension") is not None


def _children(elem: etree._Element, *names: str) -> list[etree._Element]:
    wanted = {_GML_PREFIX + n for n in names}
    return [c for c in elem if c.tag in wanted]


def _geometry_children(elem: etree._Element) -> list[etree._Element]:
    return [c for c in elem if isinstance(c.tag, str) and c.tag.startswith(_GML_PREFIX)]


class GeometryReader:
    """Turn GML geometry elements into shapely geometries in one target CRS.

    Parameters
    ----------
    target_epsg
        CRS of the plan; ``None`` adopts the CRS of the first geometry read.
    report
        Called as ``report(rule, severity, text, element)``.
    arc_tolerance
        Largest distance (in CRS units) a linearised arc may stray from the true
        circle; arcs are also cut into steps of at most 5 degrees.
    """

    def __init__(self, target_epsg: int | None, report: Report, arc_tolerance: float = 0.01):
        self.target_epsg = target_epsg
        self.report = report
        self.arc_tolerance = arc_tolerance
        self.source_crs_seen: set[int] = set()
        #: plain multi-surfaces decoded ahead by :meth:`prepare`: element -> (its CRS, whether the element
        #: names it itself, the CRS it would otherwise have inherited, geometry)
        self._ready: dict[etree._Element, tuple[SrsName, bool, SrsName | None, MultiPolygon]] = {}

    # -- entry point -------------------------------------------------------
    def read(self, elem: etree._Element, inherited: SrsName | None = None) -> BaseGeometry:
        """The geometry of ``elem`` (a GML geometry element) in the target CRS."""
        ready = self._ready.pop(elem, None) if self._ready else None
        if ready is not None and (ready[1] or ready[2] == inherited):
            # decoded ahead in the very CRS this call works out: what the code below would do
            epsg = ready[0].epsg
            self.source_crs_seen.add(epsg)
            if self.target_epsg is None:
                self.target_epsg = epsg
            if epsg == self.target_epsg:
                return ready[3]
        ctx = self._context(elem, _Ctx(inherited, None))
        if ctx.srs is None:
            if self.target_epsg is None:
                raise GeometryError(
                    Text("plu_model.gml_geometry", "the geometry has no srsName and no CRS is known for the plan"), elem,
                )
            self.report(
                "READ.NO_SRS",
                Severity.ERROR,
                Text("plu_model.gml_geometry", "geometry has no srsName; assumed the plan's EPSG:{target_epsg}",
                                               target_epsg=self.target_epsg),
                elem,
            )
            ctx.srs = SrsName(self.target_epsg, True)
        epsg = ctx.srs.epsg
        self.source_crs_seen.add(epsg)
        if self.target_epsg is None:
            self.target_epsg = epsg  # adopted even if the coordinates below turn out broken
        try:
            geom = self._geometry(elem, ctx)
        except shapely.errors.GEOSException as exc:  # e.g. a ring that NaN keeps from closing
            raise GeometryError(
                Text("plu_model.gml_geometry", "the geometry cannot be built ({exc})", exc=exc), elem,
            ) from exc
        if epsg != self.target_epsg:
            from plu_model.crs import reproject  # local: only needed for mixed-CRS input

            geom = reproject(geom, epsg, self.target_epsg)
        return geom

    # -- helpers -----------------------------------------------------------
    def _context(self, elem: etree._Element, ctx: _Ctx) -> _Ctx:
        name = elem.get("srsName")
        dim = elem.get("srsDimension")
        if name is None and dim is None:
            return ctx  # contexts are never changed in place, so the parent's serves
        srs = ctx.srs
        if name:
            try:
                srs = parse_srs_name(name)
            except PluInputError as exc:
                raise GeometryError(exc.text, elem) from exc
        return _Ctx(srs, int(dim) if dim else ctx.dim)

    def _dim(self, ctx: _Ctx) -> int:
        if ctx.dim:
            return ctx.dim
        return crs_dimension(ctx.srs.epsg) if ctx.srs else 2

    def _coords(self, holder: etree._Element, ctx: _Ctx) -> np.ndarray:
        """Positions under ``holder`` (posList, pos, pointProperty or coordinates) as an (n, d) array."""
        pos_list = [c for c in holder if c.tag == _POS_LIST]
        dim = self._dim(ctx)
        swap_ok = ctx.srs is not None and ctx.srs.authority_order and axis_swapped(ctx.srs.epsg)
        try:
            if pos_list:
                pl = pos_list[0]
                if pl.get("srsDimension"):
                    dim = int(pl.get("srsDimension"))
                # numpy converts the numbers in C; a word that is no number raises ValueError as float() does
                values = np.array((pl.text or "").split(), dtype=float)
                if dim not in (2, 3) or len(values) % dim:
                    raise GeometryError(
                        Text("plu_model.gml_geometry", "posList has {n} number, not a multiple of srsDimension {dim}",
                                                       plural="posList has {n} numbers, not a multiple of "
                                                              "srsDimension {dim}", n=len(values), dim=dim), pl,
                    )
                arr = values.reshape(-1, dim)
            else:
                rows = []
                for p in holder:
                    if p.tag == f"{{{GML}}}pos":
                        rows.append([float(v) for v in (p.text or "").split()])
                    elif p.tag in (f"{{{GML}}}pointProperty", f"{{{GML}}}pointRep"):
                        pts = _children(p, "Point")
                        if not pts:
                            raise GeometryError(
                                Text("plu_model.gml_geometry", "pointProperty by reference is not supported"), p,
                            )
                        rows.append(list(self._coords(pts[0], self._context(pts[0], ctx))[0]))
                    elif p.tag == f"{{{GML}}}coordinates":
                        rows.extend(self._old_coordinates(p))
                        swap_ok = False  # gml:coordinates is x,y by convention
                if not rows:
                    raise GeometryError(
                        Text("plu_model.gml_geometry", "gml:{tag} has no coordinates", tag=local_name(holder.tag)), holder,
                    )
                widths = {len(r) for r in rows}
                if len(widths) != 1 or widths.pop() not in (2, 3):
                    raise GeometryError(
                        Text("plu_model.gml_geometry", "positions of mixed or unsupported dimension"), holder,
                    )
                arr = np.array(rows, dtype=float)
        except ValueError as exc:
            raise GeometryError(
                Text("plu_model.gml_geometry", "a coordinate is not a number ({exc})", exc=exc), holder,
            ) from exc
        if not np.isfinite(arr).all():
            self.report(
                "GEOM.NON_FINITE",
                Severity.ERROR,
                Text("plu_model.gml_geometry", "coordinates contain NaN or infinity"),
                holder,
            )
        if swap_ok:
            arr[:, [0, 1]] = arr[:, [1, 0]]
        return arr

    @staticmethod
    def _old_coordinates(elem: etree._Element) -> list[list[float]]:
        cs = elem.get("cs", ",")
        ts = elem.get("ts", " ")
        dec = elem.get("decimal", ".")
        rows = []
        for tup in (elem.text or "").strip().split(ts):
            if tup.strip():
                rows.append([float(v.replace(dec, ".")) for v in tup.strip().split(cs)])
        return rows

    # -- dispatch ----------------------------------------------------------
    def _geometry(self, elem: etree._Element, ctx: _Ctx) -> BaseGeometry:
        ctx = self._context(elem, ctx)
        name = local_name(elem.tag)
        if not str(elem.tag).startswith(f"{{{GML}}}"):
            raise GeometryError(Text("plu_model.gml_geometry", "{tag} is not a GML geometry", tag=elem.tag), elem)
        handler = getattr(self, f"_g_{name}", None)
        if handler is None:
            raise GeometryError(
                Text("plu_model.gml_geometry", "gml:{name} geometries are not supported", name=name), elem,
            )
        return handler(elem, ctx)

    def _members(self, elem: etree._Element, ctx: _Ctx, singular: str, plural: str) -> list[BaseGeometry]:
        out: list[BaseGeometry] = []
        for prop in elem:
            if not isinstance(prop.tag, str):
                continue
            lname = local_name(prop.tag)
            if lname == singular:
                kids = _geometry_children(prop)
                if not kids:
                    raise GeometryError(
                        Text("plu_model.gml_geometry", "gml:{singular} by reference (xlink:href) is not supported",
                                                       singular=singular), prop,
                    )
                out.append(self._geometry(kids[0], ctx))
            elif lname == plural:
                out.extend(self._geometry(k, ctx) for k in _geometry_children(prop))
        return out

    # points and curves
    def _g_Point(self, elem: etree._Element, ctx: _Ctx) -> Point:
        arr = self._coords(elem, ctx)
        return Point(arr[0])

    def _g_LineString(self, elem: etree._Element, ctx: _Ctx) -> LineString:
        arr = self._coords(elem, ctx)
        if len(arr) < 2:
            raise GeometryError(Text("plu_model.gml_geometry", "a line needs at least two positions"), elem)
        return LineString(arr)

    def _g_Curve(self, elem: etree._Element, ctx: _Ctx) -> LineString:
        segs = _children(elem, "segments")
        if not segs:
            raise GeometryError(Text("plu_model.gml_geometry", "gml:Curve without gml:segments"), elem)
        parts: list[np.ndarray] = []
        for seg in segs[0]:
            if not isinstance(seg.tag, str):
                continue
            kind = local_name(seg.tag)
            arr = self._coords(seg, ctx)
            if kind == "LineStringSegment":
                pass
            elif kind in ("Arc", "ArcString"):
                arr = self._linearise_arcs(arr, seg)
            elif kind == "Circle":
                if len(arr) != 3:
                    raise GeometryError(Text("plu_model.gml_geometry", "a gml:Circle needs 3 positions, not "
                                                                       "{n}", n=len(arr)), seg)
                arr = self._linearise_arcs(arr, seg, full_circle=True)  # through the three, back to the first
            elif kind == "CircleByCenterPoint":
                arr = self._circle_by_centre(arr, seg, ctx)
            else:
                raise GeometryError(
                    Text("plu_model.gml_geometry", "curve segment gml:{kind} is not supported", kind=kind), seg,
                )
            if parts and np.allclose(parts[-1][-1], arr[0]):
                arr = arr[1:]
            parts.append(arr)
        return LineString(np.vstack(parts))

    _g_CompositeCurve = None  # set below (needs _members)

    def _circle_by_centre(self, centre: np.ndarray, seg: etree._Element, ctx: _Ctx) -> np.ndarray:
        """A full circle around ``centre``, linearised as the other arcs are; its radius must be in metres of a
        projected CRS (a radius in metres around a point in degrees has no one linear answer)."""
        radius = _children(seg, "radius")
        if len(centre) != 1 or not radius:
            raise GeometryError(Text("plu_model.gml_geometry", "a gml:CircleByCenterPoint needs one centre position "
                                                               "and a gml:radius"), seg)
        uom = radius[0].get("uom", "")
        if uom not in _METRES or ctx.srs is None or is_geographic(ctx.srs.epsg):
            raise GeometryError(Text("plu_model.gml_geometry", "the radius of a gml:CircleByCenterPoint is read in "
                                                               "metres of a projected CRS only (uom '{uom}', "
                                                               "{crs})", uom=uom,
                                     crs=f"EPSG:{ctx.srs.epsg}" if ctx.srs else "no CRS"), seg)
        try:
            r = float(radius[0].text or "")
        except ValueError as exc:
            raise GeometryError(Text("plu_model.gml_geometry", "a coordinate is not a number ({exc})", exc=exc),
                                seg) from exc
        if not (math.isfinite(r) and r > 0):
            raise GeometryError(Text("plu_model.gml_geometry", "a circle's radius must be a positive number, not "
                                                               "{r}", r=r), seg)
        c = centre[0]
        x, y, z = c[0], c[1], list(c[2:])
        east, north, west = (np.array([x + dx, y + dy, *z]) for dx, dy in ((r, 0), (0, r), (-r, 0)))
        return np.array(self._arc(east, north, west, seg, True))

    def _g_OrientableCurve(self, elem: etree._Element, ctx: _Ctx) -> LineString:
        base = _children(elem, "baseCurve")
        kids = _geometry_children(base[0]) if base else []
        if not kids:
            raise GeometryError(
                Text("plu_model.gml_geometry", "gml:OrientableCurve without an inline baseCurve"), elem,
            )
        line = self._geometry(kids[0], ctx)
        return LineString(list(line.coords)[::-1]) if elem.get("orientation") == "-" else line

    # rings and surfaces
    def _ring(self, boundary: etree._Element, ctx: _Ctx) -> np.ndarray | None:
        kids = _geometry_children(boundary)
        if not kids:
            raise GeometryError(
                Text("plu_model.gml_geometry", "gml:{tag} holds no ring", tag=local_name(boundary.tag)), boundary,
            )
        ring = kids[0]
        rctx = self._context(ring, ctx)
        kind = local_name(ring.tag)
        if kind == "LinearRing":
            arr = self._coords(ring, rctx)
        elif kind == "Ring":
            pieces = [self._geometry(k, rctx) for m in _children(ring, "curveMember") for k in _geometry_children(m)]
            if not pieces:
                raise GeometryError(Text("plu_model.gml_geometry", "gml:Ring without curve members"), ring)
            coords = [np.asarray(p.coords) for p in pieces]
            arr = coords[0]
            for c in coords[1:]:
                arr = np.vstack([arr, c[1:] if np.allclose(arr[-1], c[0]) else c])
        else:
            raise GeometryError(Text("plu_model.gml_geometry", "gml:{kind} is not a ring", kind=kind), ring)
        if len(arr) >= 1 and not np.array_equal(arr[0], arr[-1]):
            self.report(
                "GEOM.RING_NOT_CLOSED",
                Severity.ERROR,
                Text("plu_model.gml_geometry", "a ring's first and last positions differ (the ring is not closed)"),
                ring,
            )
            arr = np.vstack([arr, arr[:1]])
        if len(arr) < 4:
            self.report(
                "GEOM.RING_TOO_SHORT",
                Severity.ERROR,
                Text("plu_model.gml_geometry", "a ring has {n} position; at least 4 are needed — the ring was left "
                                               "out",
                                               plural="a ring has {n} positions; at least 4 are needed — the ring was "
                                                      "left out", n=len(arr)),
                ring,
            )
            return None
        return arr

    def _polygon(self, elem: etree._Element, ctx: _Ctx) -> Polygon:
        ext = _children(elem, "exterior")
        if not ext:
            raise GeometryError(Text("plu_model.gml_geometry", "polygon without gml:exterior"), elem)
        shell = self._ring(ext[0], ctx)
        holes = [h for h in (self._ring(i, ctx) for i in _children(elem, "interior")) if h is not None]
        if shell is None:
            return Polygon()
        # the vectorised constructors skip shapely's per-object Python checks
        if not holes:
            return shapely.polygons(shell)
        return shapely.polygons(shapely.linearrings(shell), [shapely.linearrings(h) for h in holes])

    _g_Polygon = _polygon
    _g_PolygonPatch = _polygon

    def _g_Rectangle(self, elem: etree._Element, ctx: _Ctx) -> Polygon:
        return self._polygon(elem, ctx)

    def _g_Surface(self, elem: etree._Element, ctx: _Ctx) -> BaseGeometry:
        patches = _children(elem, "patches", "polygonPatches")
        if not patches:
            raise GeometryError(Text("plu_model.gml_geometry", "gml:Surface without gml:patches"), elem)
        polys = [self._geometry(p, ctx) for p in _geometry_children(patches[0])]
        return polys[0] if len(polys) == 1 else MultiPolygon([p for p in polys if not p.is_empty])

    def _g_OrientableSurface(self, elem: etree._Element, ctx: _Ctx) -> BaseGeometry:
        base = _children(elem, "baseSurface")
        kids = _geometry_children(base[0]) if base else []
        if not kids:
            raise GeometryError(
                Text("plu_model.gml_geometry", "gml:OrientableSurface without an inline baseSurface"), elem,
            )
        return self._geometry(kids[0], ctx)

    def _g_MultiSurface(self, elem: etree._Element, ctx: _Ctx) -> MultiPolygon:
        fast = self._plain_multisurface(elem, ctx)
        if fast is not None:
            return fast
        polys: list[Polygon] = []
        for g in self._members(elem, ctx, "surfaceMember", "surfaceMembers"):
            polys.extend(_polygons_of(g))
        return shapely.multipolygons(polys) if polys else MultiPolygon()

    _g_CompositeSurface = _g_MultiSurface

    # batches -------------------------------------------------------------
    def prepare(self, elements: list[etree._Element], inherited: SrsName | None = None) -> None:
        """Decode the plain multi-surfaces among ``elements`` ahead, all in one go per CRS.

        Per-feature numpy and shapely calls cost more than the numbers they convert: a
        batch of features shares one call each.  Nothing is reported or adopted here;
        :meth:`read` of each element later returns the geometry decoded ahead when its
        CRS and dimension turn out the same, and decodes it itself otherwise, so findings
        and geometries are exactly those of one element at a time.  :meth:`forget` drops
        what was not asked for.
        """
        groups: dict[tuple[SrsName, int], list[tuple[etree._Element, list[str]]]] = {}
        #: (srsName, srsDimension) as written -> the CRS and dimension they give, None if unusable here
        crs: dict[tuple[str | None, str | None], tuple[SrsName, int] | None] = {}
        for elem in elements:
            texts = _plain_ring_texts(elem) if elem.tag in _MULTI_SURFACES else None
            if texts is None:
                continue
            written = (elem.get("srsName"), elem.get("srsDimension"))
            if written not in crs:
                crs[written] = self._group_of(elem, inherited)
            group = crs[written]
            if group is not None:
                groups.setdefault(group, []).append((elem, texts))
        for (srs, dim), items in groups.items():
            self._prepare_group(srs, dim, items, inherited)

    def _group_of(self, elem: etree._Element, inherited: SrsName | None) -> tuple[SrsName, int] | None:
        """The CRS and dimension :meth:`read` works out for ``elem``; ``None`` when it would report something."""
        try:
            ctx = self._context(elem, _Ctx(inherited, None))
        except (GeometryError, ValueError):
            return None  # read() reports it
        if ctx.srs is None:
            return None
        dim = self._dim(ctx)
        return (ctx.srs, dim) if dim in (2, 3) else None

    def forget(self) -> None:
        """Drop the geometries decoded ahead (and the elements they hold on to)."""
        if self._ready:  # usually all taken: an empty dict is kept as it is (freeing its table costs more)
            self._ready.clear()

    def _prepare_group(
        self, srs: SrsName, dim: int, items: list[tuple[etree._Element, list[str]]], inherited: SrsName | None
    ) -> None:
        """:meth:`prepare` for the elements of one CRS and dimension: what :meth:`_plain_multisurface`
        accepts, decoded by one numpy and three shapely calls for all of them."""
        words: list[str] = []  # every ring's numbers, one after the other: numpy converts them in one call
        lengths: list[int] = []
        owners: list[int] = []  # per ring, the index of its element in ``items``
        for i, (_elem, texts) in enumerate(items):
            for t in texts:
                ring = t.split()
                words += ring
                lengths.append(len(ring))
                owners.append(i)
        if not words:
            return
        try:
            values = np.array(words, dtype=float)
        except ValueError:  # rare: a word that is no number; each element on its own finds which
            self._prepare_each(srs, dim, items, inherited)
            return
        sizes = np.array(lengths, dtype=np.intp)
        owner = np.array(owners, dtype=np.intp)
        bad_ring = (sizes % dim != 0) | (sizes < 4 * dim)
        if not bad_ring.any():
            arr = values.reshape(-1, dim)
            counts = sizes // dim
            ends = np.cumsum(counts)
            starts = ends - counts
            finite = np.isfinite(arr).all(axis=1)
            bad_ring = ~np.logical_and.reduceat(finite, starts) | ~(arr[starts] == arr[ends - 1]).all(axis=1)
        bad_items = set(owner[bad_ring].tolist())
        if bad_items:
            keep = [k for k in range(len(items)) if k not in bad_items]
            if keep:  # rare: the rest again, without the elements the general path decodes
                self._prepare_group(srs, dim, [items[k] for k in keep], inherited)
            return
        if srs.authority_order and axis_swapped(srs.epsg):
            arr[:, [0, 1]] = arr[:, [1, 0]]
        try:
            rings = shapely.linearrings(arr, indices=np.repeat(np.arange(len(lengths)), counts))
            geoms = shapely.multipolygons(shapely.polygons(rings), indices=owner)
        except shapely.errors.GEOSException:
            return
        for (elem, _texts), geom in zip(items, geoms.tolist(), strict=True):
            self._ready[elem] = (srs, bool(elem.get("srsName")), inherited, geom)

    def _prepare_each(
        self, srs: SrsName, dim: int, items: list[tuple[etree._Element, list[str]]], inherited: SrsName | None
    ) -> None:
        """:meth:`_prepare_group` without the elements holding a word that is no number (the general path
        reports those)."""
        keep = []
        for item in items:
            try:
                for t in item[1]:
                    np.array(t.split(), dtype=float)
            except ValueError:
                continue
            keep.append(item)
        if keep and len(keep) < len(items):
            self._prepare_group(srs, dim, keep, inherited)

    def _plain_multisurface(self, elem: etree._Element, ctx: _Ctx) -> MultiPolygon | None:
        """The usual encoding (surface members, each a gml:Polygon with only a gml:exterior LinearRing
        and its posList, no srsName or srsDimension inside) decoded in one go: every ring's numbers
        parsed by numpy at once, all rings and polygons made by one shapely call each.

        ``None`` for any other shape, and for anything the general path reports or refuses
        (a word that is no number, NaN, an unclosed or too short ring): that path then decodes
        it, so findings and geometries are exactly the general path's.
        """
        texts: list[str] = []
        for member in elem:
            if member.tag != _SURFACE_MEMBER or len(member) != 1:
                return None
            polygon = member[0]
            if polygon.tag != _POLYGON or len(polygon) != 1 or _has_srs(polygon):
                return None
            exterior = polygon[0]
            if exterior.tag != _EXTERIOR or len(exterior) != 1:
                return None
            ring = exterior[0]
            if ring.tag != _LINEAR_RING or len(ring) != 1 or _has_srs(ring):
                return None
            pos_list = ring[0]
            if pos_list.tag != _POS_LIST or pos_list.get("srsDimension") is not None or not pos_list.text:
                return None
            texts.append(pos_list.text)
        if not texts:
            return None
        dim = self._dim(ctx)
        if dim not in (2, 3):
            return None
        try:
            parts = [np.array(t.split(), dtype=float) for t in texts]
        except ValueError:
            return None
        if len(parts) == 1:
            return self._plain_polygon(parts[0], dim, ctx)
        sizes = np.fromiter((len(p) for p in parts), dtype=np.intp, count=len(parts))
        if (sizes % dim).any() or (sizes < 4 * dim).any():
            return None
        arr = np.concatenate(parts).reshape(-1, dim) if len(parts) > 1 else parts[0].reshape(-1, dim)
        if not np.isfinite(arr).all():
            return None
        counts = sizes // dim
        ends = np.cumsum(counts)
        starts = ends - counts
        if not (arr[starts] == arr[ends - 1]).all():
            return None
        if ctx.srs is not None and ctx.srs.authority_order and axis_swapped(ctx.srs.epsg):
            arr[:, [0, 1]] = arr[:, [1, 0]]
        try:
            rings = shapely.linearrings(arr, indices=np.repeat(np.arange(len(parts)), counts))
            return shapely.multipolygons(shapely.polygons(rings))
        except shapely.errors.GEOSException:
            return None

    def _g_MultiCurve(self, elem: etree._Element, ctx: _Ctx) -> MultiLineString:
        return MultiLineString(self._members(elem, ctx, "curveMember", "curveMembers"))

    def _g_MultiPoint(self, elem: etree._Element, ctx: _Ctx) -> MultiPoint:
        return MultiPoint(self._members(elem, ctx, "pointMember", "pointMembers"))

    def _g_MultiGeometry(self, elem: etree._Element, ctx: _Ctx) -> GeometryCollection:
        return GeometryCollection(self._members(elem, ctx, "geometryMember", "geometryMembers"))

    def _plain_polygon(self, values: np.ndarray, dim: int, ctx: _Ctx) -> MultiPolygon | None:
        """:meth:`_plain_multisurface` for the most common case, one ring: fewer numpy calls."""
        n = len(values)
        if n % dim or n < 4 * dim:
            return None
        arr = values.reshape(-1, dim)
        if not np.isfinite(values).all() or arr[0].tolist() != arr[-1].tolist():
            return None
        if ctx.srs is not None and ctx.srs.authority_order and axis_swapped(ctx.srs.epsg):
            arr = arr[:, [1, 0, 2][:dim]]
        try:
            return shapely.multipolygons([shapely.polygons(arr)])
        except shapely.errors.GEOSException:
            return None

    # arcs
    def _linearise_arcs(self, arr: np.ndarray, elem: etree._Element, full_circle: bool = False) -> np.ndarray:
        if len(arr) < 3 or (len(arr) - 1) % 2:
            raise GeometryError(Text("plu_model.gml_geometry", "an arc string needs 2n+1 positions"), elem)
        out = [arr[0]]
        for i in range(0, len(arr) - 2, 2):
            out.extend(self._arc(arr[i], arr[i + 1], arr[i + 2], elem, full_circle)[1:])
        return np.array(out)

    def _arc(self, a: np.ndarray, b: np.ndarray, c: np.ndarray, elem: etree._Element, full: bool) -> list:
        (ax, ay), (bx, by), (cx, cy) = a[:2], b[:2], c[:2]
        d = 2 * (ax * (by - cy) + bx * (cy - ay) + cx * (ay - by))
        if abs(d) < 1e-12:
            return [a, b, c]  # collinear: a straight segment
        ux = ((ax**2 + ay**2) * (by - cy) + (bx**2 + by**2) * (cy - ay) + (cx**2 + cy**2) * (ay - by)) / d
        uy = ((ax**2 + ay**2) * (cx - bx) + (bx**2 + by**2) * (ax - cx) + (cx**2 + cy**2) * (bx - ax)) / d
        r = math.hypot(ax - ux, ay - uy)
        t0 = math.atan2(ay - uy, ax - ux)
        t1 = math.atan2(by - uy, bx - ux)
        t2 = math.atan2(cy - uy, cx - ux)
        ccw = d > 0
        def sweep(s: float, e: float) -> float:
            delta = (e - s) % (2 * math.pi)
            return delta if ccw else delta - 2 * math.pi
        total = 2 * math.pi if full else sweep(t0, t2)
        if not full and abs(sweep(t0, t1)) > abs(total):
            total = sweep(t0, t2)
        max_step = math.radians(5)
        if r > self.arc_tolerance:
            max_step = min(max_step, 2 * math.acos(max(-1.0, 1 - self.arc_tolerance / r)))
        n = max(2, math.ceil(abs(total) / max_step))
        z = a[2:] if len(a) > 2 else None
        pts = []
        for k in range(n + 1):
            t = t0 + total * k / n
            p = [ux + r * math.cos(t), uy + r * math.sin(t)]
            if z is not None:
                p.extend(z)
            pts.append(np.array(p))
        pts[0], pts[-1] = a, (a if full else c)
        return pts


def _plain_ring_texts(elem: etree._Element) -> list[str] | None:
    """The posList text of each polygon of a multi-surface in the usual encoding (what
    :meth:`GeometryReader._plain_multisurface` accepts, and no comment inside), else ``None``."""
    texts: list[str] = []
    for member in elem:
        if member.tag != _SURFACE_MEMBER or len(member) != 1:
            return None
        polygon = member[0]
        if polygon.tag != _POLYGON or len(polygon) != 1 or polygon.get("srsName") is not None:
            return None
        exterior = polygon[0]
        if polygon.get("srsDimension") is not None or exterior.tag != _EXTERIOR or len(exterior) != 1:
            return None
        ring = exterior[0]
        if ring.tag != _LINEAR_RING or len(ring) != 1 or ring.get("srsName") is not None:
            return None
        pos_list = ring[0]
        if ring.get("srsDimension") is not None:
            return None
        text = pos_list.text
        if pos_list.tag != _POS_LIST or len(pos_list) or pos_list.get("srsDimension") is not None or not text:
            return None
        texts.append(text)
    return texts or None


def _polygons_of(geom: BaseGeometry) -> list[Polygon]:
    if isinstance(geom, Polygon):
        return [] if geom.is_empty else [geom]
    if isinstance(geom, MultiPolygon):
        return list(geom.geoms)
    raise GeometryError(
        Text("plu_model.gml_geometry", "a surface member is a {geom_type}, not a surface", geom_type=geom.geom_type),
    )


def _composite_curve(self: GeometryReader, elem: etree._Element, ctx: _Ctx) -> LineString:
    lines = self._members(elem, ctx, "curveMember", "curveMembers")
    coords = [np.asarray(ln.coords) for ln in lines]
    merged = coords[0]
    for c in coords[1:]:
        merged = np.vstack([merged, c[1:] if np.allclose(merged[-1], c[0]) else c])
    return LineString(merged)


GeometryReader._g_CompositeCurve = _composite_curve  # type: ignore[assignment]
