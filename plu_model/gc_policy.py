"""Python's cyclic garbage collector, told that a pass is about to make many objects that live on.

Reading a plan makes a few dozen container objects per feature (values, the model
object, the rules' notes), and most of them outlive the feature: the reader's ids,
the references' table, the topology's geometries.  With the collector's default
first threshold (700 allocations) a 100,000-zone plan sets off thousands of
collections that find nothing to free and, every so often, a full one that walks
everything read so far: about a twelfth of the reading process's CPU time in
``benchmarks/validation.py``.  A higher first threshold during the pass keeps
collections rare; reference counting still frees every ordinary object at once,
so memory stays flat, and cycles are still collected, only later.

The thresholds are process-wide and passes may overlap (the desktop validates in a
thread while another reads): the first pass to begin raises them, the last to end
puts back what it found.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["PASS_THRESHOLDS", "many_objects"]

#: the collector's thresholds while a pass runs (generation 0 after this many net allocations)
PASS_THRESHOLDS = (10_000, 10, 10)

_lock = threading.Lock()
_active = 0
_saved: tuple[int, ...] = ()


@contextmanager
def many_objects() -> Iterator[None]:
    """Collect cycles rarely while the block runs; the thresholds found before are put back after the
    last overlapping block ends (thresholds raised further by someone else meanwhile are left alone)."""
    global _active, _saved
    with _lock:
        if _active == 0:
            _saved = gc.get_threshold()
            if _saved[0] and _saved[0] < PASS_THRESHOLDS[0]:  # 0: the collector is off; leave it so
                gc.set_threshold(*PASS_THRESHOLDS)
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0 and gc.get_threshold() == PASS_THRESHOLDS:
                gc.set_threshold(*_saved)
