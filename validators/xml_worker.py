"""The XML side of a large GML file's validation in a second process, while the engine reads the file.

One file's validation has two halves that need nothing from each other until they
are reported: libxml2's in-stream XSD check with the raw-XML rules
(:class:`~validators.xml_checks.GmlXmlChecks`), and the reading into model objects
with the model rules.  On a machine with a second core, :class:`RemoteXmlChecks`
runs the first half in a child that parses the file on its own and sends, feature
by feature, what the hook found; the engine reads the file without either and gives
each feature's findings in the order one process gives them (the hook's first, then
the model rules').  A child that fails or sends what cannot be matched raises
:class:`WorkerLost`: the engine then reads the file again in one process.  A refusal
of the in-stream check is the child's answer like any other
(:attr:`RemoteXmlChecks.failed_at`), and takes the engine to the detailed check as
in one process.

The child is a copy of this process where that is safe
(:func:`plu_model.child_process.fork_is_safe`): it has the compiled schema, the
profile and the options already, and starts at once.  Elsewhere it is
``python -m validators.xml_worker``, which is sent the task and loads the schema
again (a quarter of a second of a 10,000-zone plan's validation).  Both run
:func:`serve`.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import pickle
import queue
import subprocess
import sys
import threading
import time
from collections import deque
from pathlib import Path
from types import SimpleNamespace
from typing import IO, Any

from lxml import etree

from plu_model.child_process import Forked, die_with_parent, fork_is_safe, receive, send, start_forked, start_module
from plu_model.features import GEOMETRY_ATTRIBUTE, Feature
from plu_model.findings import Finding
from plu_model.schema import CLASS_ATTRIBUTES
from plu_model.xml_names import q
from plu_model.xml_parsing import release, strip_comments
from validators.options import ValidationOptions
from validators.profiles import Profile
from validators.xml_checks import GmlXmlChecks, PropertyLines
from validators.xsd import MEMBER_TAGS, IdTally

__all__ = ["CoreProbe", "RemoteXmlChecks", "WorkerLost", "core_to_spare"]

log = logging.getLogger(__name__)

#: features the child checks between two messages: each wakes the parent's reading thread, which takes the GIL
_EVERY = 1024
#: the PLU feature elements, by tag: the reader makes a feature of each, and calls its hook on it
_FEATURES = {q("plu", c): c for c in CLASS_ATTRIBUTES}
#: member elements the reader frees (the child frees the same, so its memory stays as flat)
_MEMBERS = frozenset({*MEMBER_TAGS, "{http://www.opengis.net/wfs}member"})


def core_to_spare(probe: CoreProbe | None = None, window: float = 0.04) -> bool:
    """Whether a second core is free for the child now.

    Two processes share the work only if both run: on a machine whose cores are busy
    already the child would take turns with the reading and slow it down.  What counts is
    how busy the other programs kept the cores over the last ``window`` seconds (the kernel's
    CPU counters less this process's own time; ``probe`` started the look earlier, so the
    wait is what is left of the window), not the 1-minute load average, which still holds
    the validation that ended a moment ago.  Where the kernel does not say (not Linux) the
    number of cores decides.
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    if cores < 2:
        return False
    busy = (probe or CoreProbe()).busy_elsewhere(window)
    return True if busy is None else busy <= cores - 1.5


def _cpu_counters() -> float | None:
    """Seconds the machine's cores have been busy in all (``/proc/stat``), or ``None``."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            fields = [int(x) for x in f.readline().split()[1:8]]
    except (OSError, ValueError):
        return None
    if len(fields) < 5:
        return None
    tick = float(os.sysconf("SC_CLK_TCK")) if hasattr(os, "sysconf") else 100.0
    return (sum(fields) - fields[3] - fields[4]) / tick  # less idle and waiting for the disk


class CoreProbe:
    """A look at how busy the other programs keep the cores, from now until :meth:`busy_elsewhere`."""

    def __init__(self) -> None:
        self._busy = _cpu_counters()
        self._own = time.process_time()
        self._start = time.perf_counter()

    def busy_elsewhere(self, window: float) -> float | None:
        """Cores other programs kept busy since the probe started (waiting until ``window`` seconds
        have passed), or ``None`` where the kernel does not say."""
        if self._busy is None:
            return None
        left = window - (time.perf_counter() - self._start)
        if left > 0:
            time.sleep(left)
        busy = _cpu_counters()
        if busy is None:
            return None
        spent = time.perf_counter() - self._start
        others = (busy - self._busy) - (time.process_time() - self._own)
        return max(others, 0.0) / spent


class WorkerLost(RuntimeError):
    """The child ended without a usable answer, or its answer does not match the file as read here."""


class RemoteXmlChecks(GmlXmlChecks):
    """The engine's hook when the XML checks run in a child: notes where each feature lies, hands on
    the child's findings feature by feature (:meth:`answer`), and its collection findings at the end.

    :meth:`take` and :meth:`srs_findings` are :class:`GmlXmlChecks`' own, on what the child found.
    """

    def __init__(self, path: str, profile: Profile, options: ValidationOptions, timings: dict[str, float],
                 schema_dir: str | os.PathLike[str], schema: etree.XMLSchema | None = None):
        super().__init__(path, None, profile, options, timings)
        task = (str(Path(path).resolve()), path, str(Path(schema_dir).resolve()),
                dataclasses.replace(options, gml_writer=None, on_read=None), profile)
        self._proc: subprocess.Popen[bytes] | Forked
        if schema is not None and fork_is_safe():  # the copy has the schema, the profile and the options
            self._proc, self._stderr = start_forked(lambda out: serve(task, schema, out))
        else:
            self._proc, self._stderr = _spawn(task)
        self._messages: queue.Queue[tuple[Any, ...]] = queue.Queue()
        self._thread = threading.Thread(target=_receive, args=(self._proc.stdout, self._messages), daemon=True)
        try:
            self._thread.start()
        except BaseException:
            self._proc.kill()
            self._proc.wait()
            self._proc.stdout.close()  # type: ignore[union-attr]
            self._stderr.close()
            raise
        #: each answered feature's findings and the srsNames it used first (``None``: neither), from
        #: feature ``_answered`` on
        self._answers: deque[tuple[list[Finding], list[str]] | None] = deque()
        self._answered = 0
        #: the feature at which the child's in-stream check failed (``None``: not so far)
        self.failed_at: int | None = None
        self._end: dict[str, Any] | None = None
        self._first_srs: dict[str, Any] = {}

    @property
    def forked(self) -> bool:
        """Whether the child is a copy of this process (:func:`~plu_model.child_process.start_forked`)."""
        return isinstance(self._proc, Forked)

    # -- the reader's hook ------------------------------------------------------
    def __call__(self, elem: etree._Element, feature: Feature) -> None:
        self.line = elem.sourceline
        self.attribute_lines = PropertyLines(elem)

    # -- the child's answers ----------------------------------------------------
    def answer(self, location: Any, block: bool) -> list[Finding] | None:
        """The child's findings on the next feature (in reading order), whose geometry is ``location``;
        ``None`` while the child has not got there (``block`` waits for it), or when it never will:
        :attr:`failed_at` says the in-stream check failed there, or the child's answers ended."""
        while not self._answers:
            if self.failed_at is not None or self._end is not None:
                return None
            if not self._receive(block):
                return None
        got = self._answers.popleft()
        self._answered += 1
        if got is None:
            return []
        found, first_srs = got
        for srs in first_srs:
            self._first_srs[srs] = location
        return found

    def wait_end(self) -> dict[str, Any]:
        """The child's last word: its count of features, and its findings on the collection."""
        while self._end is None and self.failed_at is None:
            self._receive(True)
        end = self._end or {}
        self.root_tag = end.get("root_tag")
        self.srs_names = end.get("srs_names", {})
        self.srs_first = {srs: {**where, "location": self._first_srs.get(srs)}
                          for srs, where in end.get("srs_first", {}).items()}
        self.timings["inspire"] = self.timings.get("inspire", 0.0) + end.get("seconds", 0.0)
        return end

    def finish(self) -> list[Finding]:  # type: ignore[override]
        """The child's findings on the collection element (checked there once the file was read)."""
        return list(self._end["finish"]) if self._end is not None else []

    def _receive(self, block: bool) -> bool:
        """Take one message from the child; False when none was waiting (and ``block`` was not asked)."""
        try:
            message = self._messages.get(block=block)
        except queue.Empty:
            return False
        kind = message[0]
        if kind == "features":
            if message[1] != self._answered + len(self._answers):
                raise WorkerLost(f"answers out of order ({message[1]})")
            self._answers.extend(message[2])
        elif kind == "failed":
            self.failed_at = message[1]
        elif kind == "end":
            self._end = message[1]
        else:
            raise WorkerLost(self._why())
        return True

    def _why(self) -> str:
        self._proc.wait()
        self._stderr.seek(0)
        lines = self._stderr.read().decode("utf-8", "replace").strip().splitlines()
        return lines[-1] if lines else f"exit status {self._proc.returncode}"

    def stop(self) -> None:
        """End the child (at once unless it has answered everything) and collect it."""
        if self._proc.poll() is None and self._end is None:
            self._proc.kill()
        self._proc.wait()
        self._thread.join(5)  # it reads to the end of what the child wrote, then stops
        if not self._thread.is_alive():
            self._proc.stdout.close()  # type: ignore[union-attr]
        if not self._stderr.closed:
            self._stderr.close()


def _spawn(task: tuple[Any, ...]) -> tuple[subprocess.Popen[bytes], IO[bytes]]:
    """The child as ``python -m validators.xml_worker``, the task sent to it pickled."""
    if not Path(sys.executable).name.lower().startswith("python"):
        # embedded in another program (QGIS): its executable is not a Python to run a module with
        raise WorkerLost(f"{sys.executable} is not a Python interpreter")
    try:
        told = pickle.dumps(task, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError) as exc:  # a profile that cannot travel
        raise WorkerLost(f"the task cannot be sent ({exc})") from exc
    proc, stderr = start_module("validators.xml_worker")
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write(told)
        proc.stdin.close()
    except OSError:  # the child ended at once
        proc.kill()
        proc.wait()
        proc.stdout.close()
        stderr.close()
        raise
    return proc, stderr


def _receive(stream: IO[bytes], messages: queue.Queue[tuple[Any, ...]]) -> None:
    """The parent's reading thread: the child's messages, one by one, then ``("lost",)``."""
    try:
        while True:
            message = receive(stream)
            messages.put(message)
            if message[0] in ("end", "failed"):
                return
    except Exception:  # EOF, a broken pipe or garbage: the engine asks the child why
        messages.put(("lost",))


# -- the child ------------------------------------------------------------------
def check(open_path: str, name: str, schema: etree.XMLSchema, options: ValidationOptions, profile: Profile,
          send: Any) -> None:
    """Parse the file with the in-stream XSD check and run the raw-XML rules on each feature, as the
    engine's one-process pass does, ``send``-ing what was found.

    A feature's element is in the state the reader leaves it in for its hook: comments and
    processing instructions inside it removed, the features before it freed.
    """
    from plu_model import xml_parsing

    timings: dict[str, float] = {}
    ids = IdTally()
    hook = GmlXmlChecks(name, None, profile, options, timings, ids)
    start = time.process_time()
    batch: list[tuple[list[Finding], list[str]] | None] = []
    index = 0
    with open(open_path, "rb") as stream:
        try:
            context = xml_parsing.iterparse(open_path, stream, events=("end",), tag=[*_FEATURES, *_MEMBERS],
                                            remove_comments=False, remove_pis=False, schema=schema)
            for _event, elem in context:
                cls = _FEATURES.get(elem.tag)
                top = not any(a.tag in _FEATURES for a in elem.iterancestors())
                if cls is not None:
                    strip_comments(elem)
                    known = len(hook.srs_first)
                    hook(elem, _FeatureName(cls))
                    if len(context.error_log) or not ids.unique:
                        send(("features", index - len(batch), batch))
                        send(("failed", index))
                        return
                    found, hook.pending = hook.pending, []
                    first = list(hook.srs_first)[known:]
                    batch.append((found, first) if found or first else None)
                    index += 1
                    if len(batch) == _EVERY:
                        send(("features", index - len(batch), batch))
                        batch = []
                if top:
                    release(elem)
        except Exception:  # not well-formed, refused by the schema at its end, a DOCTYPE: all say "detailed"
            send(("features", index - len(batch), batch))
            send(("failed", index))
            return
    send(("features", index - len(batch), batch))
    ok = not len(context.error_log)
    finish = list(hook.finish()) if index and ok else []  # the collection's ids are counted here
    send(("end", {
        "count": index, "ok": ok, "ids_unique": ids.unique, "finish": finish, "root_tag": hook.root_tag,
        "srs_names": hook.srs_names, "srs_first": hook.srs_first, "seconds": time.process_time() - start,
    }))


class _FeatureName(SimpleNamespace):
    """What the hook needs of a feature here: its class (its geometry is the engine's to add)."""

    def __init__(self, class_name: str):
        super().__init__(class_name=class_name)
        if class_name in GEOMETRY_ATTRIBUTE:
            setattr(self, GEOMETRY_ATTRIBUTE[class_name], None)


def serve(task: tuple[Any, ...], schema: etree.XMLSchema, out: IO[bytes]) -> int:
    """The child's work however it was started: :func:`check` the task's file, the messages pickled to ``out``."""
    open_path, name, _schema_dir, options, profile = task
    check(open_path, name, schema, options, profile, lambda message: send(out, message))
    return 0


def main() -> int:
    """The child started as a module: the task, pickled, on stdin; pickled messages on stdout."""
    from validators.xsd import load_schema

    die_with_parent()
    task = pickle.load(sys.stdin.buffer)
    return serve(task, load_schema(task[2]), sys.stdout.buffer)


if __name__ == "__main__":
    sys.exit(main())
