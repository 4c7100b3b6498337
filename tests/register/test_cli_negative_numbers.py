"""Negative numbers typed as a user types them (``at -3.7 40.4``, ``--bbox -10,-5,3,4``), through the real ``plu``.

argparse took ``-1e308`` or ``-10,-5,3,4`` for an unknown option, so a box or point west of
Greenwich (or south of the equator) needed ``--bbox=…``. The plan here is the test city's first
detailed plan moved to Madrid in EPSG:3857 (x about -411 900 m), so its numbers are negative.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys

import pytest
from city import DETAILED_1, X0, Y0, dataset
from conftest_paths import ROOT
from register_fixtures import template_database
from shapely.affinity import translate

from plu_model.features import geometry_of
from plu_model.i18n import catalogue
from plu_model.readers import read_dataset
from register.provider import RegisterProvider

LON, LAT = -3.7, 40.4  # Madrid, west of Greenwich
#: the point in EPSG:3857 (spherical Mercator on the WGS 84 semi-major axis), worked out here, not by PROJ
MX, MY = 6378137.0 * math.radians(LON), 6378137.0 * math.log(math.tan(math.pi / 4 + math.radians(LAT) / 2))


def plu(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PLU_LANG": lang}
    r = subprocess.run([sys.executable, "-m", "plu_cli", *args], cwd=ROOT, env=env, capture_output=True, text=True,
                       timeout=300)
    assert "Traceback" not in r.stderr, r.stderr
    return r


def _moved(data, dx: float, dy: float):
    """The data set with every geometry shifted, in EPSG:3857."""
    data.crs = 3857
    for f in data.features():
        if geometry_of(f) is None:
            continue
        if hasattr(f, "geometry"):
            f.geometry = translate(f.geometry, dx, dy)
        else:
            f.extent = translate(f.extent, dx, dy)
    return data


@pytest.fixture(scope="module")
def madrid(cluster):
    """The register's DSN, holding D1 in force since 2020, its zone d1-a (0..200 m square) centred on Madrid."""
    from datetime import date

    dx, dy = MX - (X0 + 100), MY - (Y0 + 100)
    with template_database(cluster, "t_negative_numbers") as db:
        with RegisterProvider(db) as reg:
            reg.ensure_authority("madrid")
            info = reg.add(_moved(dataset(DETAILED_1), dx, dy), "madrid")
            reg.set_status(info.ref, "adoption")
            reg.set_status(info.ref, "legalForce", date(2020, 1, 1))
        yield db


def test_a_point_west_of_greenwich_as_typed(madrid):
    r = plu("register", "at", str(LON), str(LAT), "--crs", "4326", "--date", "2021-01-01", "--json", "--db", madrid)
    assert r.returncode == 0, r.stderr
    found = json.loads(r.stdout)
    assert found["point"] == [LON, LAT] and found["applies"]["zoning_element"]["local_id"] == "d1-a"
    # in metres, both coordinates negative-looking forms: an exponent and a plain minus
    r = plu("register", "at", f"{MX:e}", f"{MY}", "--crs", "3857", "--date", "2021-01-01", "--json", "--db", madrid)
    assert r.returncode == 0 and json.loads(r.stdout)["applies"]["zoning_element"]["local_id"] == "d1-a", r.stderr
    r = plu("--lang", "bg", "register", "at", str(LON), str(LAT), "--date", "2021-01-01", "--db", madrid, lang="bg")
    assert r.returncode == 0 and "d1-a" in r.stdout, r.stderr


@pytest.mark.parametrize("box_words", [
    lambda b: [",".join(f"{v}" for v in b)],  # --bbox -412000,4924900,-411900,4925000
    lambda b: [f"{v}" for v in b],  # --bbox -412000 4924900 -411900 4925000
    lambda b: [",".join(f"{v:e}" for v in b)],  # with exponents: -4.119e+05,…
])
def test_a_box_west_of_greenwich_as_typed(madrid, tmp_path, box_words):
    """A 100 m box around the middle of d1-a holds d1-a only (its neighbours are 50 m away or more)."""
    box = (MX - 50, MY - 50, MX + 50, MY + 50)
    out = tmp_path / "box.gpkg"
    r = plu("register", "in-force", "--date", "2021-01-01", "--out", str(out), "--bbox", *box_words(box),
            "--crs", "3857", "--db", madrid)
    assert r.returncode == 0, r.stderr
    assert [z.inspire_id.local_id for z in read_dataset(out)[0].zoning_elements] == ["d1-a"]


def test_options_stay_options_among_negative_numbers(madrid):
    r = plu("register", "at", str(LON), str(LAT), "-x", "--db", madrid)
    assert r.returncode == 2 and "unrecognized arguments: -x" in r.stderr
    r = plu("register", "at", "-3,7", str(LAT), "--db", madrid)
    assert r.returncode == 2 and "'-3,7' is not a number: write the decimal point as '.' (-3.7)" in r.stderr


def test_a_box_of_three_numbers_is_refused_in_both_languages():
    r = plu("register", "in-force", "--out", "x.gml", "--bbox", "-10,-5,3")
    assert r.returncode == 2 and "argument --bbox: four numbers are needed" in r.stderr and "-10,-5,3" in r.stderr
    r = plu("--lang", "bg", "register", "in-force", "--out", "x.gml", "--bbox", "-10", "-5", "3", lang="bg")
    said = catalogue("bg")[("plu_cli.commands.register", "four numbers are needed, MINX MINY MAXX MAXY or "
                                                         "MINX,MINY,MAXX,MAXY; given: {given}")]
    assert r.returncode == 2 and said.format(given="-10 -5 3") in r.stderr, r.stderr


def test_a_paper_objection_at_a_point_west_of_greenwich():
    """``consultation add-paper --point X Y``: the other command with numbers; parsed by ``plu``'s own parser."""
    from plu_cli.main import build_parser

    argv = ["consultation", "add-paper", "plan.gpkg", "--registry-number", "1", "--received", "2026-12-04",
            "--sender", "A", "--point", "-1.5e5", "-4200.5"]
    assert build_parser(argv).parse_args(argv).point == [-1.5e5, -4200.5]


def test_the_whole_world_as_a_box(madrid, tmp_path):
    """``-1e308,…`` for "everything" (what made argparse stumble) holds every zone: PROJ makes the box a sliver of
    the globe in EPSG:4326, so such a box goes without the index and every zone is tested against it."""
    out = tmp_path / "all.gpkg"
    r = plu("register", "in-force", "--date", "2021-01-01", "--out", str(out), "--bbox", "-1e308,-1e308,1e308,1e308",
            "--crs", "3857", "--db", madrid)
    assert r.returncode == 0, r.stderr
    found = sorted(z.inspire_id.local_id for z in read_dataset(out)[0].zoning_elements)
    assert found == sorted(z.local_id for z in DETAILED_1.zones)
