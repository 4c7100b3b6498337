"""The XML checks of a large file in a second process give exactly the findings of one process (issue 15).

With ``parallel_xsd_bytes=0`` every GML file takes the two-process path (the in-stream XSD
check and the raw-XML rules in a child, the reading and the model rules here); each manifest
entry and real-world file must then give the same findings, in the same order, with the same
lines, places and words, as with everything in one process.
"""

from __future__ import annotations


import dataclasses
import logging
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

import pytest
from golden_findings import REALWORLD, ROOT
from test_manifest import _options, _source
from validation_manifest import load_generator, manifest

from exporters.gml_writer import write_gml
from plu_model import child_process
from plu_model.errors import Cancelled
from plu_model.progress import Progress
from plu_model.synthetic import GeneratedPlan
from validators import ValidationOptions, engine, iter_findings, validate
from validators import xml_worker

CASES = [e for e in manifest() if e["kind"] == "gml"]
REAL = [*sorted(REALWORLD.glob("*.gml")), *sorted((ROOT / "resources" / "samples").glob("*.gml"))]


@pytest.fixture(autouse=True)
def _a_free_core(monkeypatch):
    """The second process starts whatever else the machine is doing (its load is not for these tests)."""
    monkeypatch.setattr(engine, "core_to_spare", lambda *args: True)


class _Starts:
    """The children started during a test, by how they were started."""

    def __init__(self, mode: str):
        self.mode = mode
        self.pids: dict[str, list[int]] = {"fork": [], "spawn": []}

    def count(self, how: str, start):
        def counted(*args):
            proc, stderr = start(*args)
            self.pids[how].append(proc.pid)
            return proc, stderr
        return counted


@pytest.fixture(params=["fork", "spawn"])
def start_mode(request, monkeypatch):
    """The child as a copy of this process, or as ``python -m validators.xml_worker`` (where fork is not
    safe); each test that uses it checks that the child was started that way, and collected."""
    if request.param == "fork":
        if not hasattr(xml_worker.os, "fork"):
            pytest.skip("fork is POSIX")
        # whatever the test session holds (QGIS, threads of earlier tests' servers), idle and never touched here;
        # when fork is safe is tests/plu_model/test_child_process.py's
        monkeypatch.setattr(xml_worker, "fork_is_safe", lambda: True)
    else:
        monkeypatch.setattr(xml_worker, "fork_is_safe", lambda: False)
    starts = _Starts(request.param)
    monkeypatch.setattr(xml_worker, "start_forked", starts.count("fork", xml_worker.start_forked))
    monkeypatch.setattr(xml_worker, "_spawn", starts.count("spawn", xml_worker._spawn))
    before = _pipes_and_temporary_files()
    yield starts
    other = "spawn" if request.param == "fork" else "fork"
    assert not starts.pids[other], f"a child was started by {other}"
    for pid in starts.pids[request.param]:  # collected: neither running nor a zombie
        assert not Path(f"/proc/{pid}").exists(), pid
    assert _pipes_and_temporary_files() <= before


def _pipes_and_temporary_files() -> set[str]:
    """This process's open pipes and deleted files (a child's pipe, its stderr file), where Linux shows them."""
    if not Path("/proc/self/fd").is_dir():
        return set()
    found = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:  # the listing's own descriptor, closed since
            continue
        if target.startswith("pipe:") or target.endswith("(deleted)"):
            found.add(f"{fd} {target}")
    return found


@pytest.mark.parametrize(("cores", "busy", "spare"), [(2, 0.1, True), (2, 0.6, False), (2, 1.0, False),
                                                      (1, 0.0, False), (8, 6.4, True), (8, 6.6, False)])
def test_a_second_process_only_with_a_free_core(cores, busy, spare, monkeypatch):
    """``busy``: how many cores other programs keep busy; this validation needs one and its child another."""
    monkeypatch.setattr(xml_worker.os, "sched_getaffinity", lambda pid: set(range(cores)), raising=False)
    monkeypatch.setattr(xml_worker.CoreProbe, "busy_elsewhere", lambda self, window: busy)
    assert xml_worker.core_to_spare() is spare


def test_the_cores_busy_elsewhere_are_the_machine_s_less_this_process_s(monkeypatch):
    """The machine's cores were busy 0.05 s, this process 0.02 s of it, in 0.03 s: one core; the probe waits
    only for what is left of the window."""
    counters = iter([100.0, 100.05])
    clock = iter([10.0, 10.01, 10.03])
    own = iter([1.0, 1.02])
    slept = []
    monkeypatch.setattr(xml_worker, "_cpu_counters", lambda: next(counters))
    monkeypatch.setattr(xml_worker.time, "perf_counter", lambda: next(clock))
    monkeypatch.setattr(xml_worker.time, "process_time", lambda: next(own))
    monkeypatch.setattr(xml_worker.time, "sleep", slept.append)
    assert xml_worker.CoreProbe().busy_elsewhere(0.03) == pytest.approx(1.0)
    assert slept == [pytest.approx(0.02)]


def test_without_the_kernel_s_counters_the_cores_decide(monkeypatch):
    monkeypatch.setattr(xml_worker.os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(xml_worker, "_cpu_counters", lambda: None)
    assert xml_worker.core_to_spare() is True


def test_a_busy_core_is_seen():
    """A real program spinning on one core: seen as about one more busy core than without it (the
    machine's own other work cancels out in the difference)."""
    import subprocess
    import sys

    idle = min(xml_worker.CoreProbe().busy_elsewhere(0.2) for _ in range(3))
    if idle > (os.cpu_count() or 1) - 1.3:
        pytest.skip(f"no core is free to be seen taken ({idle:.1f} busy already)")
    spinner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(0.2)
        loaded = min(xml_worker.CoreProbe().busy_elsewhere(0.2) for _ in range(3))
    finally:
        spinner.kill()
        spinner.wait()
    assert loaded - idle > 0.6


def _said(findings) -> list[tuple]:
    """Everything a finding says, in order; its place by its bytes."""
    return [(f.rule, str(f.severity), f.line, f.gml_id, f.feature_id, f.xpath, f.file, f.count, f.message_en,
             f.message_bg, f.fix, None if f.location is None else f.location.wkb) for f in findings]


class _Watched(xml_worker.RemoteXmlChecks):
    """The child, noting whether it answered for the whole file (the comparison then means something)."""

    answered: list[str] = []

    def wait_end(self):
        end = super().wait_end()
        if end.get("ok") and self.failed_at is None:
            _Watched.answered.append(self.path)
        return end


def _both(source, options: ValidationOptions) -> tuple[list[tuple], list[tuple]]:
    """The findings with the XML checks in a second process, and in this one.  A file the in-stream
    check refuses goes on to the detailed check in this process both times (in a second process its
    findings come at the end: :mod:`tests.validators.test_xsd_worker` compares those unordered)."""
    alone = validate(source, dataclasses.replace(options, parallel_xsd_bytes=None))
    beside = validate(source, dataclasses.replace(options, parallel_xsd_bytes=0))
    return _said(beside.findings), _said(alone.findings)


@pytest.mark.filterwarnings("ignore:invalid value encountered:RuntimeWarning")
def test_two_processes_find_the_same_on_the_whole_manifest(start_mode, monkeypatch):
    monkeypatch.setattr(engine, "RemoteXmlChecks", _Watched)
    monkeypatch.setattr(engine._Run, "_background_xsd", lambda self, path: None)
    _Watched.answered = []
    for entry in CASES:
        with tempfile.TemporaryDirectory(prefix="plu-split-") as tmp:
            generator = load_generator()
            source = _source(entry, Path(tmp), generator)
            beside, alone = _both(source, _options(entry, Path(tmp), generator))
            assert beside == alone, entry["name"]
    # most plans pass the in-stream check, so the child's answer is what they were judged on
    assert len(_Watched.answered) >= 40, len(_Watched.answered)
    assert len(start_mode.pids[start_mode.mode]) >= len(_Watched.answered)


@pytest.mark.filterwarnings("ignore:invalid value encountered:RuntimeWarning")
@pytest.mark.parametrize("path", REAL, ids=lambda p: p.name)
def test_two_processes_find_the_same_on_real_files(path, start_mode, monkeypatch):
    monkeypatch.setattr(engine._Run, "_background_xsd", lambda self, path: None)
    beside, alone = _both(path, ValidationOptions(profile="bg"))
    assert beside == alone


def _broken_plan(tmp_path: Path) -> Path:
    """A generated plan with empty local ids (raw-XML rules) and unknown codes (model rules) here and there."""
    plan = tmp_path / "plan.gml"
    write_gml(plan, GeneratedPlan(300, crs=3046))
    text = plan.read_text(encoding="utf-8")
    for n in (0, 1, 150, 299):
        text = text.replace(f"<base:localId>ze-{n}</base:localId>", "<base:localId></base:localId>", 1)
    # a nilReason without xsi:nil (a raw-XML rule) on the first zone, which also has an empty local id
    text = text.replace("<plu:regulationNature xlink:href=", '<plu:regulationNature nilReason="unknown" xlink:href=', 1)
    plan.write_text(text, encoding="utf-8")
    return plan


def test_each_feature_gives_its_xml_findings_first_then_the_model_rules(tmp_path, start_mode):
    plan = _broken_plan(tmp_path)
    beside, alone = _both(plan, ValidationOptions(profile="bg"))
    assert beside == alone
    assert [(f[0], f[3]) for f in beside] == [("gmlas.c.2", "ZE.0"), ("ID.EMPTY", "ZE.0"), ("ID.EMPTY", "ZE.1"),
                                              ("ID.EMPTY", "ZE.150"), ("ID.EMPTY", "ZE.299")]


@pytest.mark.parametrize("executable", ["python", "qgis-bin"])
def test_a_child_that_cannot_start_leaves_the_check_to_this_process(executable, sample_path, tmp_path, monkeypatch,
                                                                     caplog):
    monkeypatch.setattr(xml_worker, "fork_is_safe", lambda: False)  # the module run by an interpreter
    failing = tmp_path / executable
    failing.write_text("#!/bin/sh\ncat >/dev/null\nexit 1\n", encoding="utf-8")  # reads the task, then fails
    failing.chmod(0o755)
    monkeypatch.setattr(xml_worker.sys, "executable", str(failing))  # exits at once, or is no Python at all
    options = ValidationOptions(profile="bg")
    with caplog.at_level(logging.INFO, logger="validators"):
        beside = validate(sample_path, dataclasses.replace(options, parallel_xsd_bytes=0))
    monkeypatch.undo()
    said = {"python": "the XML checks in a second process failed", "qgis-bin": "is not a Python interpreter"}
    assert said[executable] in caplog.text
    assert _said(beside.findings) == _said(validate(sample_path, options).findings)


def test_a_child_lost_half_way_is_replaced_by_this_process(tmp_path, start_mode, monkeypatch, caplog):
    answer = xml_worker.RemoteXmlChecks.answer
    given: list[int] = []

    def lost_after_three(self, location, block):
        if len(given) == 3:
            raise xml_worker.WorkerLost("gone")
        found = answer(self, location, True)
        given.append(1)
        return found

    plan = _broken_plan(tmp_path)
    options = ValidationOptions(profile="bg")
    alone = validate(plan, dataclasses.replace(options, parallel_xsd_bytes=None))
    assert [f.gml_id for f in alone.findings] == ["ZE.0", "ZE.0", "ZE.1", "ZE.150", "ZE.299"]
    said = []
    after = engine._after
    monkeypatch.setattr(engine, "_after", lambda before, findings: (said.append(len(before)), after(before, findings))[1])
    monkeypatch.setattr(xml_worker.RemoteXmlChecks, "answer", lost_after_three)
    with caplog.at_level(logging.WARNING, logger="validators"):
        beside = validate(plan, dataclasses.replace(options, parallel_xsd_bytes=0))
    assert "failed (gone)" in caplog.text and len(given) == 3
    assert said and said[0] >= 2  # the first features' findings were given before the child was lost
    assert _said(beside.findings) == _said(alone.findings)


@pytest.fixture
def made(monkeypatch) -> list[xml_worker.RemoteXmlChecks]:
    """Every second-process check the engine makes in the test, noted before its child starts."""
    made: list[xml_worker.RemoteXmlChecks] = []
    init = xml_worker.RemoteXmlChecks.__init__

    def noted(self, *args):
        made.append(self)
        init(self, *args)

    monkeypatch.setattr(xml_worker.RemoteXmlChecks, "__init__", noted)
    return made


def test_cancelling_stops_the_child(sample_path, start_mode, made):
    started = made
    stop = Progress(cancelled=lambda: True, every=1)
    with pytest.raises(Cancelled):
        list(iter_findings(sample_path, ValidationOptions(parallel_xsd_bytes=0), stop))
    assert len(started) == 1 and started[0]._proc.poll() is not None  # ended, not left running
    assert started[0].forked is (start_mode.mode == "fork")


def test_small_files_and_reading_for_a_register_stay_in_one_process(sample_path, start_mode, monkeypatch):
    started = []
    monkeypatch.setattr(engine, "RemoteXmlChecks", lambda *args: started.append(args))
    validate(sample_path, ValidationOptions())  # far below the default 8 MB
    kept = []
    validate(sample_path, ValidationOptions(parallel_xsd_bytes=0, on_read=lambda source, f: kept.append(f)))
    assert started == [] and kept


@pytest.mark.parametrize("start_mode", ["fork"], indirect=True)  # spawn: test_a_child_that_cannot_start_...
def test_a_fork_refused_or_a_forked_child_that_fails_at_once_leaves_the_check_to_this_process(
        sample_path, start_mode, monkeypatch, caplog):
    options = ValidationOptions(profile="bg")
    alone = _said(validate(sample_path, options).findings)

    def refused():
        raise BlockingIOError(11, "Resource temporarily unavailable")

    with monkeypatch.context() as m, caplog.at_level(logging.INFO, logger="validators"):
        m.setattr(child_process.os, "fork", refused)
        refused_fork = validate(sample_path, dataclasses.replace(options, parallel_xsd_bytes=0))
    assert "stay in this process" in caplog.text and "Resource temporarily unavailable" in caplog.text
    assert _said(refused_fork.findings) == alone

    def failing(*args):
        raise MemoryError("no room for the child's parse")

    caplog.clear()
    with monkeypatch.context() as m, caplog.at_level(logging.INFO, logger="validators"):
        m.setattr(xml_worker, "check", failing)  # the copy runs this process's functions: this one fails there
        failed = validate(sample_path, dataclasses.replace(options, parallel_xsd_bytes=0))
    # the last line of the child's traceback, from its stderr file
    assert "failed (MemoryError: no room for the child's parse)" in caplog.text
    assert _said(failed.findings) == alone
    assert len(start_mode.pids["fork"]) == 1


@pytest.fixture(scope="module")
def _long_plan(tmp_path_factory) -> Path:
    """A plan the child takes several messages to answer for (``_EVERY`` features each)."""
    plan = tmp_path_factory.mktemp("long") / "plan.gml"
    write_gml(plan, GeneratedPlan(4 * xml_worker._EVERY + 100, crs=3046))
    text = plan.read_text(encoding="utf-8")
    for n in (0, 2000, 4000):
        text = text.replace(f"<base:localId>ze-{n}</base:localId>", "<base:localId></base:localId>", 1)
    plan.write_text(text, encoding="utf-8")
    return plan


def test_a_child_killed_half_way_is_replaced_by_this_process(_long_plan, start_mode, made, monkeypatch, caplog):
    """The child ended by SIGKILL as soon as its first message is here, features ahead of what it has answered.

    The thread that takes its messages kills it at once and passes on nothing after that first message
    but the loss: a fast child may still have answered for the whole plan before the signal came (it
    did once, in a CI run), and the engine must then see the same loss.
    """
    receive = xml_worker._receive
    killed = made  # noted before the child starts: the thread below finds it

    class KillAtFirst:
        def __init__(self, messages):
            self.messages, self.taken = messages, 0

        def put(self, message):
            self.taken += 1
            if self.taken == 1:
                self.messages.put(message)
                killed[0]._proc.kill()
            elif message[0] in ("end", "failed", "lost"):  # what a child that ended first still sent
                self.messages.put(("lost",))

    monkeypatch.setattr(xml_worker, "_receive", lambda stream, messages: receive(stream, KillAtFirst(messages)))
    options = ValidationOptions(profile="bg")
    alone = validate(_long_plan, dataclasses.replace(options, parallel_xsd_bytes=None))
    assert [f.gml_id for f in alone.findings] == ["ZE.0", "ZE.2000", "ZE.4000"]
    said = []
    after = engine._after
    monkeypatch.setattr(engine, "_after", lambda before, findings: (said.append(len(before)), after(before, findings))[1])
    with caplog.at_level(logging.WARNING, logger="validators"):
        beside = validate(_long_plan, dataclasses.replace(options, parallel_xsd_bytes=0))
    status = killed[0]._proc.returncode
    assert status in (-signal.SIGKILL, 0)  # 0: it had answered for everything before the signal came
    assert f"failed (exit status {status})" in caplog.text
    assert said and said[0] >= 1  # ZE.0's finding was given before the child was lost
    assert _said(beside.findings) == _said(alone.findings)


def test_a_failure_here_stops_and_collects_the_child(_long_plan, start_mode, made, monkeypatch):
    started = made

    def failing(self, location, block):
        raise RuntimeError("a rule failed here")

    monkeypatch.setattr(xml_worker.RemoteXmlChecks, "answer", failing)
    with pytest.raises(RuntimeError, match="a rule failed here"):
        validate(_long_plan, ValidationOptions(profile="bg", parallel_xsd_bytes=0))
    assert len(started) == 1 and started[0]._proc.returncode is not None
    assert started[0].forked is (start_mode.mode == "fork")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent-death signal is Linux's")
def test_a_child_started_as_a_module_ends_with_a_parent_killed_hard(tmp_path):
    from killed_parent import child_outlives_killed_parent, long_plan

    from validators.schema_folder import find_schema_dir

    plan = str(long_plan(tmp_path))
    code = ("import time\n"
            "from validators import ValidationOptions, xml_worker\n"
            "from validators.profiles import load_profile\n"
            f"task = ({plan!r}, {plan!r}, {str(find_schema_dir())!r}, ValidationOptions(), load_profile())\n"
            "proc, stderr = xml_worker._spawn(task)\n"
            "print(proc.pid, flush=True)\n"
            "time.sleep(600)\n")
    assert not child_outlives_killed_parent(code, Path(plan))
