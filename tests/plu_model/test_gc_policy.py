"""The collector's thresholds during a pass: raised while it runs, put back after, whatever overlaps."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest

from plu_model import gc_policy
from plu_model.gml_reader import GmlReader

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "sofia_zelena_polyana_pup.gml"
DEFAULT = (700, 10, 10)


@pytest.fixture(autouse=True)
def default_thresholds():
    before = gc.get_threshold()
    gc.set_threshold(*DEFAULT)
    yield
    gc.set_threshold(*before)


def test_raised_inside_and_restored_after():
    with gc_policy.many_objects():
        assert gc.get_threshold()[0] == 10_000
    assert gc.get_threshold() == DEFAULT


def test_restored_after_an_error():
    with pytest.raises(KeyError), gc_policy.many_objects():
        raise KeyError("x")
    assert gc.get_threshold() == DEFAULT


def test_nested_blocks_restore_once_the_outer_ends():
    with gc_policy.many_objects():
        with gc_policy.many_objects():
            pass
        assert gc.get_threshold()[0] == 10_000  # the outer pass still runs
    assert gc.get_threshold() == DEFAULT


def test_overlapping_threads_leave_the_defaults():
    """A ends before B: B must not put back A's raised thresholds as if they were the originals."""
    a_in, b_in, a_out = threading.Event(), threading.Event(), threading.Event()

    def a():
        with gc_policy.many_objects():
            a_in.set()
            b_in.wait(5)
        a_out.set()

    def b():
        a_in.wait(5)
        with gc_policy.many_objects():
            b_in.set()
            a_out.wait(5)
            assert gc.get_threshold()[0] == 10_000  # A has ended, B still runs

    ta, tb = threading.Thread(target=a), threading.Thread(target=b)
    ta.start(), tb.start()
    ta.join(10), tb.join(10)
    assert gc.get_threshold() == DEFAULT


def test_a_disabled_or_higher_threshold_is_left_alone():
    gc.set_threshold(0, 10, 10)
    with gc_policy.many_objects():
        assert gc.get_threshold() == (0, 10, 10)
    assert gc.get_threshold() == (0, 10, 10)
    gc.set_threshold(50_000, 5, 5)
    with gc_policy.many_objects():
        assert gc.get_threshold() == (50_000, 5, 5)
    assert gc.get_threshold() == (50_000, 5, 5)


def test_thresholds_changed_by_someone_else_meanwhile_are_kept():
    with gc_policy.many_objects():
        gc.set_threshold(2000, 10, 10)
    assert gc.get_threshold() == (2000, 10, 10)


def test_the_reader_raises_them_while_reading_and_puts_them_back(tmp_path):
    seen = []
    for _feature in GmlReader(SAMPLE).features():
        seen.append(gc.get_threshold()[0])
    assert seen and set(seen) == {10_000}
    assert gc.get_threshold() == DEFAULT
    features = GmlReader(SAMPLE).features()
    next(features)
    features.close()  # a reader left after its first feature (a preview) ends its pass too
    assert gc.get_threshold() == DEFAULT


def test_a_validation_puts_them_back():
    from validators import ValidationOptions, validate

    report = validate(SAMPLE, ValidationOptions(profile="bg"))
    assert report.valid
    assert gc.get_threshold() == DEFAULT
