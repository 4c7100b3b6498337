"""The packed spatial index holds what SQLite's R*-tree holds after inserting the same boxes one by one."""

from __future__ import annotations

import random
import sqlite3

import pytest

from plu_model.gpkg_rtree import pack_rtree


def _boxes(n: int, seed: int) -> list[tuple[int, float, float, float, float]]:
    """Boxes of any size and sign, their corners not float32 values (so rounding matters)."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        x, y = rnd.uniform(-5e5, 5e6), rnd.uniform(-5e5, 5e6)
        w, h = rnd.expovariate(1 / 40), rnd.expovariate(1 / 40)
        out.append((3 * i + 7, x, x + w, y, y + h))
    return out


def _rtree(boxes, packed: bool) -> sqlite3.Connection:  # type: ignore[no-untyped-def]
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE rt USING rtree(id, minx, maxx, miny, maxy)")
    if packed:
        pack_rtree(db, "rt", boxes)
    else:
        db.executemany("INSERT INTO rt VALUES (?, ?, ?, ?, ?)", boxes)
    return db


def _hits(db: sqlite3.Connection, probes) -> list[list[int]]:  # type: ignore[no-untyped-def]
    sql = "SELECT id FROM rt WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?"
    return [sorted(r[0] for r in db.execute(sql, (x1, x0, y1, y0))) for x0, x1, y0, y1 in probes]


@pytest.mark.parametrize("n", [1, 2, 51, 52, 2602, 7000])  # one leaf, full leaf, two levels, three levels
def test_packed_index_answers_as_the_inserted_one(n):
    boxes = _boxes(n, n)
    rnd = random.Random(-n)
    probes = []
    for _ in range(60):
        x, y = rnd.uniform(-5e5, 5e6), rnd.uniform(-5e5, 5e6)
        probes.append((x, x + rnd.uniform(0, 3e5), y, y + rnd.uniform(0, 3e5)))
    probes += [(b[1], b[2], b[3], b[4]) for b in boxes[:: max(1, n // 40)]]
    inserted, packed = _rtree(boxes, packed=False), _rtree(boxes, packed=True)
    assert packed.execute("SELECT rtreecheck('rt')").fetchone()[0] == "ok"
    assert sorted(packed.execute("SELECT * FROM rt")) == sorted(inserted.execute("SELECT * FROM rt"))
    assert _hits(packed, probes) == _hits(inserted, probes)
    assert any(_hits(packed, probes))


def test_the_packed_index_takes_later_edits():
    boxes = _boxes(3000, 1)
    db = _rtree(boxes, packed=True)
    db.executemany("DELETE FROM rt WHERE id = ?", [(b[0],) for b in boxes[::3]])
    more = [(10**6 + i, *rest) for i, *rest in _boxes(500, 2)]
    db.executemany("INSERT INTO rt VALUES (?, ?, ?, ?, ?)", more)
    db.execute("UPDATE rt SET minx = minx - 10 WHERE id = ?", (boxes[1][0],))
    assert db.execute("SELECT rtreecheck('rt')").fetchone()[0] == "ok"
    expected = {b[0] for b in boxes} - {b[0] for b in boxes[::3]} | {b[0] for b in more}
    assert {r[0] for r in db.execute("SELECT id FROM rt")} == expected
