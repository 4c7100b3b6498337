"""The indicator report of awkward plans: thousands of zone types, overlapping zones, Bulgarian numbers."""

from __future__ import annotations

import copy
import io
import re

from PIL import Image
from plan_sources import small_plan
from shapely.geometry import MultiPolygon, box

from exporters.indicator_report import MAX_CHART_BARS, area_chart_png, density_chart_png, indicators_html
from plu_model.indicators import plan_indicators


def _many_zone_types(n: int):
    data = small_plan()
    first = data.zoning_elements[0]
    data.zoning_elements.clear()
    for i in range(n):
        z = copy.copy(first)
        z.gml_id, z.geometry = f"ZE.{i}", MultiPolygon([box(i * 10, 0, i * 10 + 10, 10 + i)])
        z.specific_land_use = [f"https://example.org/zone-type/T{i}"]
        data.zoning_elements.append(z)
    return data


def test_thousands_of_zone_types_chart_the_largest_and_table_them_all():
    ind = plan_indicators(_many_zone_types(3000))
    png = density_chart_png([ind], "en")
    width, height = Image.open(io.BytesIO(png)).size
    assert height < 65_536 and height <= 0.45 * 100 * MAX_CHART_BARS + 300
    page = indicators_html([ind], "bg")
    assert page.count("<tr>") >= 3000 + 1  # every zone type keeps its row in the table
    assert "T2999" in page


def test_many_plans_side_by_side_still_chart():
    plans = [plan_indicators(small_plan(title="План"))] * 400  # 4 classes × 400 plans: 72 000 pixels
    assert Image.open(io.BytesIO(area_chart_png(plans, "bg"))).size[1] < 65_536


def test_overlaps_and_dropped_figures_are_said_on_the_page_in_both_languages():
    data = small_plan()
    z1, z2 = data.zoning_elements[0], data.zoning_elements[1]
    z2.geometry = z1.geometry
    ind = plan_indicators(data)
    en, bg = indicators_html([ind], "en"), indicators_html([ind], "bg")
    assert "10\u202f000 m² are covered by two zones or more" in en
    assert "10\u202f000 m² са покрити от две или повече зони" in bg


def test_bulgarian_tables_have_a_decimal_comma():
    page = indicators_html([plan_indicators(small_plan())], "bg")
    cells = re.findall(r"<td>([\d\u202f.,]+)</td>", page)
    assert "2,7500" in cells and "2.7500" not in cells  # 27 500 m² in hectares
    assert not any("." in c for c in cells)


def test_a_plan_without_zones_has_charts_that_say_so():
    import numpy as np

    data = small_plan()
    data.zoning_elements.clear()
    ind = plan_indicators(data)
    # inside the axes, clear of their frames: white when nothing is drawn there
    charts = ((area_chart_png([ind], "bg"), (0.40, 0.60)), (density_chart_png([ind], "en"), (0.20, 0.40)))
    for png, (left, right) in charts:
        img = np.asarray(Image.open(io.BytesIO(png)).convert("L"))
        h, w = img.shape
        inside = img[int(h * 0.3): int(h * 0.7), int(w * left): int(w * right)]
        assert (inside < 200).sum() > 20, "the empty chart says there is nothing to chart"
