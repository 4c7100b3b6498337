"""The plan map as a PDF from a QGIS print layout: map, legend, scale bar, north arrow, title block.

A consultation package carries the plan map as an official document.  QGIS's
print layout is what planners already use for such sheets, so the map is drawn
with the same layers and styles as the editor (:mod:`app.plan_layers`), on a
paper size and at a round scale chosen from the plan's extent.

The packager in :mod:`participation` must not load Qt, so it runs this module
in a separate process::

    python -m app.print_layout PLAN.gpkg OUT.pdf --lang bg --title "…" [--authority "…"] [--note "…"]

Exit status 0 on success, 2 with a one-line message when the plan cannot be
drawn.  The PDF is written beside its destination and moved into place only
when complete.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from plu_model.atomic import atomic_path
from plu_model.dates import sheet_date
from plu_model.i18n import Words

__all__ = ["MapSheet", "main", "render_plan_pdf"]

#: Paper sizes tried in order (mm, landscape); the first whose map frame holds the plan at a round scale wins.
_PAPERS = (("A4", 297.0, 210.0), ("A3", 420.0, 297.0), ("A2", 594.0, 420.0), ("A1", 841.0, 594.0), ("A0", 1189.0, 841.0))
#: Round scales a plan sheet may use (denominators).
_SCALES = (500, 1000, 2000, 2500, 5000, 10000, 20000, 25000, 50000, 100000, 200000, 250000, 500000, 1000000)
_MARGIN = 10.0
_SIDE = 95.0  # width of the title/legend column (mm)

_TEXT = Words("app.print_layout", {
            "draft": "Draft for public consultation",
            "authority": "Responsible authority",
            "plan_type": "Type of plan",
            "scale": "Scale",
            "crs": "Coordinate reference system",
            "printed": "Printed",
            "legend": "Legend",
            "dataset": "Data set",
        })


@dataclass
class MapSheet:
    """What the title block states besides what the plan file itself says."""

    title: str | None = None
    authority: str | None = None
    note: str | None = None
    language: str = "bg"


def _choose_sheet(width_m: float, height_m: float) -> tuple[str, float, float, int]:
    """The smallest paper and largest round scale at which the plan fits the map frame."""
    for name, pw, ph in _PAPERS:
        frame_w = pw - 2 * _MARGIN - _SIDE - 5
        frame_h = ph - 2 * _MARGIN
        for scale in _SCALES:
            if width_m * 1000 / scale <= frame_w and height_m * 1000 / scale <= frame_h:
                if scale <= 50000 or name == _PAPERS[-1][0]:
                    return name, pw, ph, scale
                break
    name, pw, ph = _PAPERS[-1]
    frame_w, frame_h = pw - 2 * _MARGIN - _SIDE - 5, ph - 2 * _MARGIN
    needed = max(width_m * 1000 / frame_w, height_m * 1000 / frame_h)
    return name, pw, ph, next((s for s in _SCALES if s >= needed), int(math.ceil(needed / 1000) * 1000))


def render_plan_pdf(plan_gpkg: Path, pdf: Path, sheet: MapSheet) -> Path:
    """Draw the plan file's map sheet to ``pdf`` (atomically).  Needs a running QgsApplication."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsLayout,
        QgsLayoutExporter,
        QgsLayoutItemLabel,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemPicture,
        QgsLayoutItemScaleBar,
        QgsLayoutItemShape,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsLegendStyle,
        QgsProject,
        QgsRectangle,
        QgsRenderContext,
        QgsUnitTypes,
    )
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QColor, QFont

    from app.plan_layers import load_plan_layers
    from plu_model.codelists import label_for
    from plu_model.crs import crs_name
    from plu_model.geopackage import PlanFile

    lang = "bg" if sheet.language == "bg" else "en"
    text = _TEXT[lang]
    with PlanFile(plan_gpkg) as pf:
        crs = pf.crs
        plan = next(pf.iter_class("SpatialPlan"), None)
        dataset = pf.dataset_id
    if plan is None or plan.extent.is_empty:
        raise ValueError(f"{plan_gpkg}: the plan file has no spatial plan with an extent to draw")

    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem(f"EPSG:{crs}"))
    layers = load_plan_layers(plan_gpkg, lang)
    for layer in reversed(layers.all()):
        project.addMapLayer(layer)

    minx, miny, maxx, maxy = plan.extent.bounds
    paper, pw, ph, scale = _choose_sheet((maxx - minx) * 1.04, (maxy - miny) * 1.04)
    layout = QgsLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(pw, ph, QgsUnitTypes.LayoutUnit.LayoutMillimeters))

    def mm(x: float, y: float) -> QgsLayoutPoint:
        return QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters)

    def size(w: float, h: float) -> QgsLayoutSize:
        return QgsLayoutSize(w, h, QgsUnitTypes.LayoutUnit.LayoutMillimeters)

    map_w, map_h = pw - 2 * _MARGIN - _SIDE - 5, ph - 2 * _MARGIN
    item_map = QgsLayoutItemMap(layout)
    item_map.attemptMove(mm(_MARGIN, _MARGIN))
    item_map.attemptResize(size(map_w, map_h))
    item_map.setCrs(project.crs())
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    half_w, half_h = map_w / 1000 * scale / 2, map_h / 1000 * scale / 2
    item_map.setExtent(QgsRectangle(cx - half_w, cy - half_h, cx + half_w, cy + half_h))
    item_map.setScale(scale)
    item_map.setLayers([layer for layer in layers.all()])
    item_map.setFrameEnabled(True)
    item_map.setFrameStrokeWidth(_mm_measure(0.5))
    layout.addLayoutItem(item_map)

    side_x = pw - _MARGIN - _SIDE
    y = _MARGIN

    def label(value: str, font_size: float, bold: bool = False, colour: str = "#000000") -> None:
        nonlocal y
        item = QgsLayoutItemLabel(layout)
        item.setText(value)
        font = QFont("DejaVu Sans")
        font.setPointSizeF(font_size)
        font.setBold(bold)
        height = _wrapped_height_mm(value, font, _SIDE - 8)
        item.setFont(font)
        item.setHAlign(Qt.AlignmentFlag.AlignLeft)
        item.setFontColor(QColor(colour))
        item.setMode(QgsLayoutItemLabel.Mode.ModeFont)
        item.attemptMove(mm(side_x + 3, y))
        item.attemptResize(size(_SIDE - 6, height))
        layout.addLayoutItem(item)
        y += height

    # title block: a framed box with the plan's identity
    box_top = y
    label(text["draft"].upper(), 9, bold=True, colour="#b03a2e")
    label(sheet.title or plan.official_title, 11, bold=True)
    if sheet.authority:
        label(f"{text['authority']}: {sheet.authority}", 8)
    label(f"{text['plan_type']}: {label_for(plan.plan_type_name, lang)}", 8)
    if sheet.note:
        label(sheet.note, 8)
    label(f"{text['scale']} 1:{scale:,}".replace(",", " ") + f"  ({paper})", 8)
    label(f"{text['crs']}: EPSG:{crs} {crs_name(crs)}", 7)
    if dataset is not None:
        label(f"{text['dataset']}: {dataset.namespace}/{dataset.local_id}", 7)
    label(f"{text['printed']}: {sheet_date(date.today(), lang)}", 7)
    frame = QgsLayoutItemShape(layout)
    frame.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
    frame.attemptMove(mm(side_x, box_top - 2))
    frame.attemptResize(size(_SIDE, y - box_top + 4))
    symbol = frame.symbol().clone()
    symbol.symbolLayer(0).setFillColor(QColor(0, 0, 0, 0))
    symbol.symbolLayer(0).setStrokeColor(QColor("#000000"))
    symbol.symbolLayer(0).setStrokeWidth(0.4)
    frame.setSymbol(symbol)
    layout.addLayoutItem(frame)
    y += 6

    # north arrow and scale bar
    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(_north_arrow_svg())
    arrow.setLinkedMap(item_map)
    arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
    arrow.attemptMove(mm(side_x + 3, y))
    arrow.attemptResize(size(16, 16))
    layout.addLayoutItem(arrow)
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(item_map)
    bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
    bar.setUnitLabel("m")
    segment = _nice_segment(scale, (_SIDE - 30) / 4)
    bar.setUnitsPerSegment(segment)
    bar.setNumberOfSegments(4)
    bar.setNumberOfSegmentsLeft(0)
    bar.setHeight(3)
    bar_font = QFont("DejaVu Sans")
    bar_font.setPointSizeF(7)
    fmt = bar.textFormat()
    fmt.setFont(bar_font)
    fmt.setSize(7)
    bar.setTextFormat(fmt)
    bar.attemptMove(mm(side_x + 24, y + 3))
    layout.addLayoutItem(bar)
    bar.update()
    y += 22

    # legend: only the classes that occur on the map
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(text["legend"])
    legend.setLinkedMap(item_map)
    legend.setLegendFilterByMapEnabled(True)
    legend.setAutoUpdateModel(True)
    legend.setWrapString("\n")
    for style_name, pt, bold in (
        (QgsLegendStyle.Style.Title, 11, True),
        (QgsLegendStyle.Style.Group, 9, True),
        (QgsLegendStyle.Style.Subgroup, 8, True),
        (QgsLegendStyle.Style.SymbolLabel, 7, False),
    ):
        f = QFont("DejaVu Sans")
        f.setPointSizeF(pt)
        f.setBold(bold)
        legend.setStyleFont(style_name, f)
    legend.setSymbolWidth(8)
    legend.setSymbolHeight(4)
    legend.setColumnCount(1)
    legend.attemptMove(mm(side_x + 2, y))
    layout.addLayoutItem(legend)
    legend.adjustBoxSize()
    legend.setResizeToContents(True)

    exporter = QgsLayoutExporter(layout)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = 300
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = True
    settings.exportMetadata = True
    # real text, not outlines: the sheet stays searchable and readable by screen readers
    settings.textRenderFormat = _always_text(QgsRenderContext)
    pdf = Path(pdf)
    pdf.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(pdf, ".pdf") as tmp:
        result = exporter.exportToPdf(str(tmp), settings)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise RuntimeError(f"QGIS could not write {pdf}: {exporter.errorMessage() or result}")
    project.clear()
    return pdf


def _always_text(render_context):  # type: ignore[no-untyped-def]
    """The "always text" render format: scoped on newer QGIS (Qgis.TextRenderFormat), unscoped on 3.22."""
    from qgis.core import Qgis

    scoped = getattr(getattr(Qgis, "TextRenderFormat", None), "AlwaysText", None)
    return scoped if scoped is not None else render_context.TextFormatAlwaysText


def _mm_measure(value: float):  # type: ignore[no-untyped-def]
    from qgis.core import QgsLayoutMeasurement, QgsUnitTypes

    return QgsLayoutMeasurement(value, QgsUnitTypes.LayoutUnit.LayoutMillimeters)


def _wrapped_height_mm(value: str, font, width_mm: float) -> float:  # type: ignore[no-untyped-def]
    """Height of ``value`` word-wrapped to ``width_mm`` the way a layout label draws it, plus a gap."""
    from qgis.core import QgsLayoutUtils

    lines = 0
    for paragraph in value.split("\n"):
        line = ""
        lines += 1
        for word in paragraph.split():
            candidate = f"{line} {word}".strip()
            if line and QgsLayoutUtils.textWidthMM(font, candidate) > width_mm:
                lines += 1
                line = word
            else:
                line = candidate
    return lines * QgsLayoutUtils.fontHeightMM(font) * 1.15 + 1.5


def _nice_segment(scale: int, segment_mm: float) -> float:
    """A round ground distance (1, 2, 5 × 10ⁿ m) about ``segment_mm`` long on paper."""
    target = segment_mm / 1000 * scale
    exp = 10 ** math.floor(math.log10(target))
    for step in (5, 2, 1):
        if step * exp <= target:
            return float(step * exp)
    return float(exp)


def _north_arrow_svg() -> str:
    from qgis.core import QgsApplication

    for folder in QgsApplication.svgPaths():
        candidate = Path(folder) / "arrows" / "NorthArrow_02.svg"
        if candidate.is_file():
            return str(candidate)
    fallback = Path(tempfile.gettempdir()) / "plu-north-arrow.svg"
    fallback.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 60">'
        '<polygon points="20,2 34,52 20,42 6,52" fill="#000"/>'
        '<text x="20" y="60" font-size="12" text-anchor="middle" font-family="DejaVu Sans">N</text></svg>',
        encoding="utf-8",
    )
    return str(fallback)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.print_layout", description=__doc__.split("\n")[0])
    parser.add_argument("plan", help="a PLU Studio plan file (.gpkg)")
    parser.add_argument("pdf", help="the PDF to write")
    parser.add_argument("--lang", choices=["bg", "en"], default="bg")
    parser.add_argument("--title", help="title for the title block (default: the plan's official title)")
    parser.add_argument("--authority", help="the responsible authority")
    parser.add_argument("--note", help="one more line for the title block, e.g. the consultation period")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.qgis_runtime import private_temp, qgis_app
    from plu_model.errors import PluError

    with private_temp():
        qgis_app(gui=False)
        try:
            render_plan_pdf(Path(args.plan), Path(args.pdf), MapSheet(args.title, args.authority, args.note, args.lang))
        except (PluError, OSError, ValueError, RuntimeError) as exc:
            print(f"print_layout: {exc}", file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
