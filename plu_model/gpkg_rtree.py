"""A GeoPackage table's spatial index written in one go: the R*-tree's nodes packed, not inserted one by one.

SQLite's R*-tree inserts each box on its own (choose a leaf, split, reinsert), which for
100,000 zones costs more than storing the rows. Here the boxes are sorted into full nodes
(sort-tile-recursive packing) and the three tables the ``rtree`` module keeps are written
directly, in its own format (``sqlite/ext/rtree/rtree.c``): a node is a blob of the size the
root has, 2 bytes of tree depth (root only), 2 bytes of cell count, then per cell an 8-byte
row or child number and the box as 4-byte floats, big-endian. Boxes are rounded outwards to
float32 exactly as the module rounds them, so the index holds the values an insert would;
later inserts, updates and deletes go through the module as usual. ``rtreecheck`` checks it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

import numpy as np

__all__ = ["pack_rtree"]

#: sqlite's rtreeValueDown/Up: a double that float32 rounded the wrong way is scaled by one float32 step
_TOWARDS = 1.0 - 1.0 / 8388608.0
_AWAY = 1.0 + 1.0 / 8388608.0
_CELL = np.dtype([("id", ">i8"), ("box", ">f4", (4,))])  # minx, maxx, miny, maxy


def _rounded(values: np.ndarray, up: bool) -> np.ndarray:
    f = values.astype(np.float32)
    wrong = f < values if up else f > values
    if wrong.any():
        v = values[wrong]
        grow = np.where(v < 0, _TOWARDS, _AWAY) if up else np.where(v < 0, _AWAY, _TOWARDS)
        f[wrong] = (v * grow).astype(np.float32)
    return f


def _tiles(boxes: np.ndarray, per_node: int) -> list[np.ndarray]:
    """Indexes of ``boxes`` grouped into nodes of ``per_node``: slices by centre x, then runs by centre y."""
    n = len(boxes)
    nodes = -(-n // per_node)
    slices = int(np.ceil(np.sqrt(nodes)))
    by_x = np.argsort(boxes[:, 0] + boxes[:, 1], kind="stable")
    groups = []
    for start in range(0, n, slices * per_node):
        part = by_x[start : start + slices * per_node]
        part = part[np.argsort(boxes[part, 2] + boxes[part, 3], kind="stable")]
        groups.extend(part[i : i + per_node] for i in range(0, len(part), per_node))
    return groups


def pack_rtree(db: sqlite3.Connection, table: str, entries: Sequence[tuple[int, float, float, float, float]]) -> None:
    """Fill the empty R*-tree ``table`` (``rtree(id, minx, maxx, miny, maxy)``) with ``entries`` in one go."""
    size = db.execute(f'SELECT length(data) FROM "{table}_node" WHERE nodeno = 1').fetchone()[0]
    per_node = (size - 4) // _CELL.itemsize
    ids = np.fromiter((e[0] for e in entries), dtype=np.int64, count=len(entries))
    raw = np.array([e[1:] for e in entries], dtype=np.float64).reshape(-1, 4)
    boxes = np.empty(raw.shape, dtype=np.float32)
    boxes[:, 0], boxes[:, 2] = _rounded(raw[:, 0], up=False), _rounded(raw[:, 2], up=False)
    boxes[:, 1], boxes[:, 3] = _rounded(raw[:, 1], up=True), _rounded(raw[:, 3], up=True)
    nodes: list[tuple[int, int, np.ndarray, np.ndarray]] = []  # (node number, depth, numbers, boxes)
    depth, next_no = 0, 2
    numbers, cells = ids, boxes
    while True:
        if len(numbers) <= per_node:
            nodes.append((1, depth, numbers, cells))
            break
        groups = _tiles(cells.astype(np.float64), per_node)
        parents = np.arange(next_no, next_no + len(groups), dtype=np.int64)
        next_no += len(groups)
        for no, group in zip(parents, groups, strict=True):
            nodes.append((int(no), depth, numbers[group], cells[group]))
        cells = np.array(
            [(c[:, 0].min(), c[:, 1].max(), c[:, 2].min(), c[:, 3].max()) for c in (cells[g] for g in groups)],
            dtype=np.float32,
        )
        numbers, depth = parents, depth + 1
    _write(db, table, size, nodes, depth)


def _blob(size: int, numbers: np.ndarray, boxes: np.ndarray, head: int) -> bytes:
    cells = np.empty(len(numbers), dtype=_CELL)
    cells["id"], cells["box"] = numbers, boxes
    body = np.array([head, len(numbers)], dtype=">u2").tobytes() + cells.tobytes()
    return body + bytes(size - len(body))


def _write(db: sqlite3.Connection, table: str, size: int, nodes: list, height: int) -> None:
    parent_of: list[tuple[int, int]] = []
    rowids: list[tuple[int, int]] = []
    blobs: list[tuple[bytes, int]] = []
    for no, depth, numbers, boxes in nodes:
        blobs.append((_blob(size, numbers, boxes, height if no == 1 else 0), no))
        if depth == 0:
            rowids.extend(zip(numbers.tolist(), [no] * len(numbers), strict=True))
        else:
            parent_of.extend(zip(numbers.tolist(), [no] * len(numbers), strict=True))
    db.execute(f'DELETE FROM "{table}_node" WHERE nodeno <> 1')
    db.execute(f'UPDATE "{table}_node" SET data = ? WHERE nodeno = 1', blobs[-1][:1])
    db.executemany(f'INSERT INTO "{table}_node" (data, nodeno) VALUES (?, ?)', blobs[:-1])
    db.executemany(f'INSERT INTO "{table}_rowid" (rowid, nodeno) VALUES (?, ?)', rowids)
    db.executemany(f'INSERT INTO "{table}_parent" (nodeno, parentnode) VALUES (?, ?)', parent_of)
