"""``plu indicators`` on awkward plans: overlapping zones warned of, a plan that cannot be measured named."""

from __future__ import annotations

from plan_sources import small_plan

from exporters.gml_writer import write_gml
from plu_cli.main import main


def test_cli_warns_of_overlaps_and_exits_1(tmp_path, capsys):
    data = small_plan(title="застъпване")
    data.zoning_elements[1].geometry = data.zoning_elements[0].geometry
    path = tmp_path / "overlap.gml"
    write_gml(path, data)
    assert main(["--lang", "bg", "indicators", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}: 10\u202f000 m² са покрити от две или повече зони" in err


def test_cli_names_the_plan_that_cannot_be_measured(tmp_path, capsys):
    good, bad = tmp_path / "good.gml", tmp_path / "degrees.gml"
    write_gml(good, small_plan())
    write_gml(bad, small_plan(crs=4258))  # metres written as if they were degrees
    assert main(["--lang", "en", "indicators", str(good), str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"plu: error: {bad}: ") and "EPSG:4258" in err and "Traceback" not in err
