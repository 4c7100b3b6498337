"""``plu register diff`` and the rest of the command line, against a real register."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from city import DETAILED_1, X0, Y0, dataset
from conftest_paths import BROKEN, ROOT, SAMPLE
from PIL import Image
from shapely.geometry import MultiPolygon, box

from plu_model.features import ZoningElement
from plu_model.values import Identifier
from register.diff_report import diff_html, diff_png

SHOPS = "http://inspire.ec.europa.eu/codelist/HILUCSValue/3_1_CommercialServices"


def _second_version():
    """D1 with d1-c removed, d1-e added, d1-b's use changed and d1-d cut to its western half."""
    data = dataset(DETAILED_1)
    data.zoning_elements = [z for z in data.zoning_elements if z.inspire_id.local_id != "d1-c"]
    by_id = {z.inspire_id.local_id: z for z in data.zoning_elements}
    by_id["d1-b"].hilucs_land_use = [SHOPS]
    by_id["d1-d"].geometry = MultiPolygon([box(X0 + 200, Y0 + 200, X0 + 300, Y0 + 400)])
    template = by_id["d1-a"]
    data.zoning_elements.append(ZoningElement(
        gml_id="ZE.d1-e", inspire_id=Identifier("d1-e", template.inspire_id.namespace),
        geometry=MultiPolygon([box(X0, Y0 + 200, X0 + 200, Y0 + 400)]), hilucs_land_use=[SHOPS],
        regulation_nature=template.regulation_nature, plan=template.plan))
    data.link_members()
    return data


@pytest.fixture
def two_versions(provider):
    provider.ensure_authority("city_a")
    v1 = provider.add(dataset(DETAILED_1), "city_a")
    v2 = provider.add(_second_version(), "city_a")
    return provider, v1, v2


def test_diff_names_added_removed_and_changed_features(two_versions):
    provider, v1, v2 = two_versions
    d = provider.diff(v1.ref, v2.ref)
    assert [f.inspire_id.local_id for f in d.added] == ["d1-e"]
    assert [f.inspire_id.local_id for f in d.removed] == ["d1-c"]
    changed = {c.local_id: c for c in d.changed}
    assert changed["d1-b"].attributes == ["hilucs_land_use"]
    d1d = changed["d1-d"]
    assert d1d.attributes == ["geometry"]
    assert (d1d.area_before, d1d.area_after, d1d.area_changed) == (200 * 200, 100 * 200, 100 * 200)
    assert "member" in changed[DETAILED_1.local_id].attributes
    assert set(changed) == {"d1-b", "d1-d", DETAILED_1.local_id}
    assert provider.diff(v1.ref, v1.ref).empty


def test_the_diff_report_has_a_map(two_versions, tmp_path):
    provider, v1, v2 = two_versions
    d = provider.diff(v1.ref, v2.ref)
    png = tmp_path / "diff.png"
    png.write_bytes(diff_png(d))
    out = ROOT / "test-output"
    out.mkdir(exist_ok=True)
    shutil.copy(png, out / "register-diff.png")
    img = Image.open(png).convert("RGB")
    # the legend sits right of the map: look only at the map's part of the picture
    colours = {img.getpixel((x, y)) for x in range(0, int(img.width * 0.6), 3) for y in range(0, img.height, 3)}

    def near(rgb, target, tol=60):
        return any(all(abs(c - t) < tol for c, t in zip(p, target, strict=True)) for p in rgb)

    assert near(colours, (0x2e, 0x9d, 0x3a)) and near(colours, (0xd2, 0x3c, 0x3c)) and near(colours, (0xf0, 0xa0, 0x20))
    page = diff_html(d)
    assert "data:image/png;base64," in page and "d1-e" in page and "Добавени" in page


def _grown_version():
    """D1 with d1-d grown south over the northern half of d1-b, which is left as it was, and d1-c
    removed where an added d1-e now lies: every change overlaps something."""
    data = _second_version()
    grown = {z.inspire_id.local_id: z for z in data.zoning_elements}["d1-d"]
    grown.geometry = MultiPolygon([box(X0 + 200, Y0 + 100, X0 + 400, Y0 + 400)])
    data.zoning_elements = [z for z in data.zoning_elements if z.inspire_id.local_id != "d1-b"]
    data.zoning_elements.insert(0, dataset(DETAILED_1).zoning_elements[1])  # d1-b as in version 1, drawn late
    data.link_members()
    return data


def _colour(hex_rgb):
    return tuple(int(hex_rgb[i:i + 2], 16) for i in (1, 3, 5))


#: the colours docs/register.md names for the map, written out here
ORANGE, GREY, GREEN, RED, WAS = (_colour(c) for c in ("#f0a020", "#d9d9d9", "#2e9d3a", "#d23c3c", "#a05a00"))


def _nearest(rgb, palette):
    return min(palette, key=lambda c: sum((a - b) ** 2 for a, b in zip(rgb, c, strict=True)))


def test_a_zone_grown_over_its_neighbour_is_drawn_over_it(provider, tmp_path):
    import base64
    import io
    import re

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from register.diff_report import diff_figure

    provider.ensure_authority("city_a")
    v1 = provider.add(dataset(DETAILED_1), "city_a")
    v2 = provider.add(_grown_version(), "city_a")
    d = provider.diff(v1.ref, v2.ref)
    assert {c.local_id for c in d.changed} >= {"d1-d"} and "d1-b" not in {c.local_id for c in d.changed}
    page = diff_html(d)
    img = Image.open(io.BytesIO(base64.b64decode(re.search(r"base64,([^\"]+)", page).group(1)))).convert("RGB")
    (ROOT / "test-output").mkdir(exist_ok=True)
    img.save(ROOT / "test-output" / "register-diff-grown.png")
    fig = diff_figure(d)
    FigureCanvasAgg(fig).draw()
    assert img.size == (round(fig.bbox.width), round(fig.bbox.height))
    ax = fig.axes[0]

    def pixel(x, y):
        px, py = ax.transData.transform((x, y))
        return img.getpixel((int(px), int(img.height - py)))

    # where the points are, from the input shapes alone
    old_d, new_d = DETAILED_1.zones[3].shape(), box(X0 + 200, Y0 + 100, X0 + 400, Y0 + 400)
    neighbour = DETAILED_1.zones[1].shape()
    grown = new_d.difference(old_d).intersection(neighbour)
    assert grown.area == 200 * 100
    inside = grown.representative_point()
    palette = (ORANGE, GREY, GREEN, RED)
    assert _nearest(pixel(inside.x, inside.y), palette) == ORANGE, pixel(inside.x, inside.y)
    rest = neighbour.difference(new_d).representative_point()
    assert _nearest(pixel(rest.x, rest.y), palette) == GREY
    # d1-c removed under the added d1-e: both the hatching and the green fill show
    centre = DETAILED_1.zones[2].shape().centroid
    px, py = ax.transData.transform((centre.x, centre.y))
    around = [img.getpixel((int(px) + dx, int(img.height - py) + dy)) for dx in range(-15, 16) for dy in range(-15, 16)]
    assert {_nearest(c, palette) for c in around} >= {GREEN, RED}
    left, bottom, _right, top = DETAILED_1.zones[2].shape().bounds  # halfway up its western side
    px, py = ax.transData.transform((left, (bottom + top) / 2))
    assert _nearest(img.getpixel((round(px), round(img.height - py))), palette) == RED  # over the added zone's edge
    # d1-d's old southern edge runs through its new shape: dashed over the orange
    x0, y0 = ax.transData.transform((X0 + 250, Y0 + 200))
    x1, _ = ax.transData.transform((X0 + 350, Y0 + 200))
    edge = [img.getpixel((x, int(img.height - y0) + dy)) for x in range(int(x0), int(x1)) for dy in (-1, 0, 1)]
    assert any(_nearest(c, (*palette, WAS)) == WAS for c in edge)


# -- the command line, on a private register that `plu register init` creates ----------------------
@pytest.fixture(scope="module")
def home(tmp_path_factory):
    folder = Path(tempfile.mkdtemp(prefix="plu-register-cli-")) if os.geteuid() == 0 else \
        tmp_path_factory.mktemp("cli-register")
    yield folder
    subprocess.run([sys.executable, "-m", "plu_cli", "register", "stop"], cwd=ROOT, env=_env(folder),
                   capture_output=True, timeout=120)
    if os.geteuid() == 0:
        shutil.rmtree(folder, ignore_errors=True)


def _env(folder: Path) -> dict[str, str]:
    return {**os.environ, "PLU_REGISTER_HOME": str(folder), "PYTHONPATH": str(ROOT)}


def plu(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "plu_cli", *args], cwd=ROOT, env=_env(home),
                          capture_output=True, text=True, timeout=300)


def test_the_command_line_from_init_to_in_force(home, tmp_path, schema):
    from validators.xsd import iter_xsd_findings

    r = plu(home, "register", "init")
    assert r.returncode == 0 and "0001_store" in r.stdout, r.stderr
    assert (home / "data" / "PG_VERSION").is_file()
    assert plu(home, "register", "init").stdout.count("none") == 1  # nothing left to apply
    assert plu(home, "register", "grant", "elena", "publisher", "--authority", "sofia").returncode == 0
    r = plu(home, "register", "add", str(SAMPLE), "--authority", "sofia")
    assert r.returncode == 0 and "stored zelena-polyana-pup@1" in r.stdout and "35 ZoningElement" in r.stdout, r.stderr
    assert "40 features given the register's versionId and beginLifespanVersion" in r.stdout  # its 35 + 4 + 1 dated
    r = plu(home, "register", "add", str(BROKEN), "--authority", "sofia")
    assert r.returncode == 1 and "--force" in r.stderr
    listing = json.loads(plu(home, "register", "list", "--json").stdout)
    assert [p["plan"] for p in listing] == ["zelena-polyana-pup"]
    r = plu(home, "register", "status", "zelena-polyana-pup", "legalForce", "--date", "2020-02-03")
    assert r.returncode == 0 and "sha256=" in r.stdout, r.stderr
    versions = json.loads(plu(home, "register", "versions", "zelena-polyana-pup", "--json").stdout)
    assert versions[0]["status"] == "legalForce" and versions[0]["valid_from"] == "2020-02-03"
    r = plu(home, "register", "at", "23.2596", "42.6358", "--date", "2021-01-01", "--json")
    answer = json.loads(r.stdout)
    # the expected zone is the one of the sample plan that covers the point, found with shapely
    from shapely.geometry import Point

    from plu_model.crs import reproject
    from plu_model.readers import read_dataset

    data, _ = read_dataset(SAMPLE)
    pt = reproject(Point(23.2596, 42.6358), 4326, data.crs)
    expected = [z.inspire_id.local_id for z in data.zoning_elements if z.geometry.covers(pt)]
    if expected:
        assert r.returncode == 0 and answer["applies"]["zoning_element"]["local_id"] == expected[0]
    else:
        assert r.returncode == 1 and answer["applies"] is None
    before = plu(home, "register", "at", "23.2596", "42.6358", "--date", "2019-01-01")
    assert before.returncode == 1 and "no zoning in force" in before.stdout
    out = tmp_path / "inforce.gml"
    r = plu(home, "register", "in-force", "--date", "2021-01-01", "--out", str(out))
    assert r.returncode == 0 and "35 zoning elements" in r.stdout, r.stderr
    assert list(iter_xsd_findings(out, schema)) == []
    html = tmp_path / "diff.html"
    r = plu(home, "register", "diff", "zelena-polyana-pup@1", "zelena-polyana-pup", "--html", str(html))
    assert r.returncode == 0 and html.is_file()
    r = plu(home, "register", "export", "zelena-polyana-pup@1", str(tmp_path / "back.gpkg"))
    assert r.returncode == 0 and (tmp_path / "back.gpkg").is_file()
    audit = plu(home, "register", "audit").stdout
    assert "plan_version" in audit and "feature" in audit


def test_the_command_line_speaks_bulgarian_and_never_shows_a_traceback(home):
    plu(home, "register", "init")
    r = plu(home, "--lang", "bg", "register", "show", "няма-такъв")
    assert r.returncode == 2 and "не е в регистъра" in r.stderr and "Traceback" not in r.stderr
    r = plu(home, "register", "at", "1", "2", "--date", "2021-13-01")
    assert r.returncode == 2 and "not a day of the calendar" in r.stderr and "04.12.2026" in r.stderr
    r = plu(home, "register", "add", "missing.gml", "--authority", "sofia")
    assert r.returncode == 2 and "missing.gml" in r.stderr
    r = plu(home, "register", "list", "--db", "host=/nonexistent dbname=x")
    assert r.returncode == 2 and "cannot connect" in r.stderr and "Traceback" not in r.stderr
    r = plu(home, "register", "grant", "Bad Name", "planner")
    assert r.returncode == 2 and "not a valid user name" in r.stderr
    for args, message in ((["nan", "42"], "not a place"), (["23", "42", "--crs", "999999"], "EPSG:999999"),
                          (["23", "420"], "not a longitude, latitude")):
        r = plu(home, "register", "at", *args)
        assert r.returncode == 2 and message in r.stderr and "Traceback" not in r.stderr, (args, r.stderr)
    r = plu(home, "register", "status", "nope", "flying")
    assert r.returncode == 2 and "invalid choice" in r.stderr


def test_a_folder_too_long_for_a_socket_is_refused_with_a_reason(tmp_path):
    from register.cluster import EmbeddedCluster
    from register.errors import RegisterError

    with pytest.raises(RegisterError, match="too long"):
        EmbeddedCluster(tmp_path / ("x" * 120)).create()
