"""Validating many plans at once: a folder of a municipality's plans, one command, every core.

Each plan is validated in a process of its own (forked where the system allows, so the rule engine is
loaded once), at most ``jobs`` at a time.  A process per plan costs a few milliseconds against the
tenths of a second a plan takes, and buys what a shared pool cannot: a plan that crashes its process
(a segfault in a C library, the memory killer) is reported as unusable while the others go on, and
the memory of a large plan is given back when its process ends.

The reports come back in the order the plans were given, whatever order they finish in, so a run
prints the same thing every time.
"""

from __future__ import annotations

import dataclasses
import gc
import multiprocessing
import os
import pickle
import signal
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from plu_model.errors import PluInputError
from plu_model.findings import Severity
from plu_model.i18n import Text, say_in
from validators.engine import validate
from validators.options import ValidationOptions
from validators.report import VERDICTS, ValidationReport
from validators.rules import make_finding

__all__ = ["PLAN_SUFFIXES", "PlanInput", "SummaryRow", "default_jobs", "find_plans", "report_names",
           "summary_row", "summary_table", "validate_many", "worst_exit_code"]

#: what a folder is searched for
PLAN_SUFFIXES = (".gml", ".gpkg")

#: ``runner(path, options) -> report``: what a worker does with its plan (:func:`validators.validate`)
Runner = Callable[[Path, ValidationOptions], ValidationReport]


@dataclass(frozen=True)
class PlanInput:
    """One plan to validate: its path, and its name relative to the folder it was found in (or its file name).

    The name is what its report file is called after: it never leaves the report folder (no ``..``, no
    absolute path).  The table shows the path, which tells apart plans of the same name in two folders.
    """

    path: Path
    name: str


@dataclass(frozen=True)
class SummaryRow:
    """One line of the table printed after a batch: the plan, its verdict, its errors and warnings."""

    plan: str
    verdict: str
    errors: int
    warnings: int


def default_jobs() -> int:
    """The cores this process may use (a container or ``taskset`` may allow fewer than the machine has)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def find_plans(inputs: Iterable[str | os.PathLike[str]]) -> list[PlanInput]:
    """The plans named: files as given, folders searched recursively for ``*.gml`` and ``*.gpkg``.

    A file is kept whatever its name (the validator says what is wrong with it); a folder without a plan
    is an error, since a command that checks nothing must not report success.  Symbolic links to folders
    are not followed (a link loop cannot hang the search); each plan is checked once.
    """
    found: list[PlanInput] = []
    seen: set[Path] = set()
    for given in inputs:
        root = Path(given)
        if not root.is_dir():
            found.extend(_unseen([PlanInput(root, root.name)], seen))
            continue
        plans = [PlanInput(p, p.relative_to(root).as_posix()) for p in _plans_in(root)]
        if not plans:
            raise PluInputError(
                Text("validators.batch", "{root}: no .gml or .gpkg plan in this folder or below it", root=root),
            )
        found.extend(_unseen(plans, seen))
    return found


def _plans_in(folder: Path) -> list[Path]:
    out = []
    for where, dirs, files in os.walk(folder, onerror=_unreadable_folder):
        dirs.sort()
        out.extend(Path(where) / f for f in sorted(files) if Path(f).suffix.lower() in PLAN_SUFFIXES)
    return out


def _unreadable_folder(exc: OSError) -> None:
    raise PluInputError(
        Text("validators.batch", "{filename}: the folder cannot be read ({strerror})",
                                 filename=exc.filename, strerror=exc.strerror),
    )


def _unseen(plans: list[PlanInput], seen: set[Path]) -> Iterator[PlanInput]:
    for plan in plans:
        key = plan.path.resolve()
        if key not in seen:
            seen.add(key)
            yield plan


def report_names(plans: list[PlanInput], extension: str) -> list[str]:
    """A report file name per plan: ``sub/plan.gml`` gives ``sub/plan.gml.json``; repeats get ``-2``, ``-3``.

    The plan's own suffix stays in the name, so ``x.gml`` and ``x.gpkg`` side by side do not overwrite each
    other's report.
    """
    names: list[str] = []
    taken: set[str] = set()
    for plan in plans:
        base = plan.name.lstrip("/") or plan.path.name
        name, n = f"{base}{extension}", 1
        while name.lower() in taken:
            n += 1
            name = f"{base}-{n}{extension}"
        taken.add(name.lower())
        names.append(name)
    return names


def summary_row(plan: PlanInput, report: ValidationReport) -> SummaryRow:
    """The verdict and the counts of errors (fatal ones included) and warnings, folded findings counted in full."""
    sev = report.by_severity()
    return SummaryRow(str(plan.path), report.verdict, sev[Severity.FATAL] + sev[Severity.ERROR], sev[Severity.WARNING])


def worst_exit_code(rows: Iterable[SummaryRow]) -> int:
    """The exit code of the worst verdict (unusable, invalid, incomplete, valid: the order of :data:`VERDICTS`)."""
    order = list(VERDICTS)
    verdicts = [r.verdict for r in rows]
    worst = min(verdicts, key=order.index, default="valid")
    return VERDICTS[worst]


_VERDICT_WORDS = {
    "valid": Text("validators.batch", "valid"),
    "invalid": Text("validators.batch", "not valid"),
    "incomplete": Text("validators.batch", "incomplete"),
    "unusable": Text("validators.batch", "unusable"),
}
_HEADINGS = (Text("validators.batch", "plan"), Text("validators.batch", "verdict"), Text("validators.batch", "errors"), Text("validators.batch", "warnings"))


def summary_table(rows: list[SummaryRow], language: str = "en") -> str:
    """The table of every plan's verdict, then one line with how many plans got each verdict."""
    lang = "bg" if language == "bg" else "en"
    words = {v: text.say(lang) for v, text in _VERDICT_WORDS.items()}
    heads = tuple(text.say(lang) for text in _HEADINGS)
    body = [(r.plan, words[r.verdict], str(r.errors), str(r.warnings)) for r in rows]
    widths = [max(len(line[i]) for line in [heads, *body]) for i in range(4)]
    lines = [
        f"{a:<{widths[0]}}  {b:<{widths[1]}}  {c:>{widths[2]}}  {d:>{widths[3]}}".rstrip()
        for a, b, c, d in [heads, tuple("-" * w for w in widths), *body]
    ]
    tally = [f"{words[v]}: {sum(r.verdict == v for r in rows)}" for v in VERDICTS if any(r.verdict == v for r in rows)]
    lines.append(say_in(lang, "validators.batch", "plans: {n} — {counts}", n=len(rows), counts=", ".join(tally)))
    return "\n".join(lines) + "\n"


# -- running -------------------------------------------------------------------------------------------------


@dataclass
class _Worker:
    index: int
    plan: PlanInput
    process: Any  # multiprocessing.Process of the chosen start method
    answer: Connection


def validate_many(
    plans: list[PlanInput],
    options: ValidationOptions,
    jobs: int | None = None,
    runner: Runner | None = None,
) -> Iterator[tuple[PlanInput, ValidationReport]]:
    """Validate every plan, ``jobs`` at a time in processes of their own; yield the reports in the plans' order.

    A plan whose process dies without an answer gets a report with one READ.UNUSABLE finding saying how it
    ended.  Closing the generator (or an interrupt while it waits, such as Ctrl+C) stops every running
    process before it returns, so nothing is left behind.  With several jobs, each plan's XSD check runs
    in its plan's process, not in one more beside it: the cores are busy already.  ``runner`` replaces
    :func:`validators.validate` (a test gives one that crashes).
    """
    runner = runner or validate
    jobs = max(1, jobs or default_jobs())
    if jobs > 1:
        options = dataclasses.replace(options, parallel_xsd_bytes=None)
    context = _context()
    forking = context.get_start_method() == "fork"
    if forking:
        _warm_up(options)
        gc.freeze()  # the collector leaves what exists now alone: workers share those pages instead of copying them
    waiting = list(enumerate(plans))[::-1]
    running: list[_Worker] = []
    done: dict[int, ValidationReport] = {}
    next_out = 0
    try:
        while waiting or running or done:
            while waiting and len(running) < jobs:  # before a report is handed out, so no core idles meanwhile
                _start(context, *waiting.pop(), options, runner, running)
            if next_out in done:
                yield plans[next_out], done.pop(next_out)
                next_out += 1
                continue
            ready = set(wait([w.answer for w in running] + [w.process.sentinel for w in running]))
            for worker in [w for w in running if w.answer in ready or w.process.sentinel in ready]:
                running.remove(worker)
                done[worker.index] = _collect(worker, options)
    finally:
        _stop(running)
        if forking:
            gc.unfreeze()


def _context() -> Any:
    """``fork`` where there is one (the engine is loaded already), else ``spawn``."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _warm_up(options: ValidationOptions) -> None:
    """Compile the XSDs and read the profile once, before forking, instead of once in every worker.

    A failure is left for the workers to report, plan by plan, as they would alone.
    """
    from plu_model.errors import PluError
    from validators.profiles import load_profile
    from validators.xsd import load_schema

    for load in (lambda: load_schema(options.schema_dir), lambda: load_profile(options.profile)):
        try:
            load()
        except (PluError, OSError, ValueError):
            pass


#: what stops a run: Ctrl+C and ``kill``
_STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM}


def _start(context: Any, index: int, plan: PlanInput, options: ValidationOptions, runner: Runner,
           running: list[_Worker]) -> None:
    """Start a worker and add it to ``running`` with Ctrl+C held back meanwhile: a worker started but not yet
    on the list would be missed by :func:`_stop` and outlive the command."""
    answer, sender = context.Pipe(duplex=False)
    process = context.Process(target=_work, args=(sender, plan.path, options, runner), daemon=True)
    held = _hold(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        process.start()
        running.append(_Worker(index, plan, process, answer))
    finally:
        _hold(signal.SIG_SETMASK, held)
        sender.close()  # the worker holds the only writing end now: its death reads as end of file


def _hold(how: int, signals: set[signal.Signals]) -> set[signal.Signals]:
    """``signal.pthread_sigmask`` where the system has it (not on Windows)."""
    if hasattr(signal, "pthread_sigmask"):
        return signal.pthread_sigmask(how, signals)
    return set()


def _collect(worker: _Worker, options: ValidationOptions) -> ValidationReport:
    """The worker's report, or a report that it died without one."""
    report = None
    try:
        if worker.answer.poll():
            report = worker.answer.recv()
    except (EOFError, OSError, pickle.UnpicklingError):
        report = None
    finally:
        worker.answer.close()
    worker.process.join(timeout=10)
    if worker.process.is_alive():
        worker.process.kill()
        worker.process.join()
    if isinstance(report, ValidationReport):
        return report
    return crash_report(worker.plan.path, options, _how_it_ended(worker.process.exitcode))


def _how_it_ended(exitcode: int | None) -> Text:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = str(-exitcode)
        return Text("validators.batch", "signal {name}", name=name)
    return Text("validators.batch", "exit status {exitcode}", exitcode=exitcode)


def crash_report(path: Path, options: ValidationOptions, how: Text) -> ValidationReport:
    """A report for a plan whose check stopped: one READ.UNUSABLE finding naming the file and how it stopped."""
    finding = make_finding(
        "READ.UNUSABLE",
        Text("validators.batch", "the check of this plan stopped unexpectedly ({how}); the other plans were checked", how=how),
        file=str(path),
    )
    kind = "gml" if path.suffix.lower() in (".gml", ".xml") else "plan"
    return ValidationReport(findings=[finding], source=str(path), kind=kind, crs=None, counts={},
                            options=options, profile=options.profile or "inspire")


def _stop(running: list[_Worker]) -> None:
    """Ask every running worker to stop, wait a little, then end those that did not."""
    for worker in running:
        worker.process.terminate()
    for worker in running:
        worker.process.join(timeout=5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        worker.answer.close()


# -- inside a worker -----------------------------------------------------------------------------------------


def _interrupted(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _work(sender: Connection, path: Path, options: ValidationOptions, runner: Runner) -> None:
    """Validate one plan and send the report back; on a terminal's Ctrl+C the parent decides, not the worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _interrupted)  # unwinds, so temporary files are removed
    _hold(signal.SIG_UNBLOCK, _STOP_SIGNALS)  # the parent held them back while it started this process
    try:
        try:
            report = _portable(runner(path, options))
        except KeyboardInterrupt:
            return
        except Exception as exc:  # noqa: BLE001 - any failure of one plan is that plan's finding
            report = crash_report(path, options, Text("validators.batch", "{kind}: {exc}", kind=type(exc).__name__, exc=exc))
        try:
            sender.send(report)
        except (pickle.PicklingError, TypeError, AttributeError) as exc:
            sender.send(crash_report(path, options, Text("validators.batch", "the report could not be sent: {exc}",
                                                                             exc=exc)))
    except (KeyboardInterrupt, BrokenPipeError):
        return  # stopped, or the parent is gone: nobody is waiting for the report
    finally:
        sender.close()


def _portable(report: ValidationReport) -> ValidationReport:
    """The report without the GML writer callback, which need not survive pickling (and the parent has its own)."""
    if report.options.gml_writer is None:
        return report
    return dataclasses.replace(report, options=dataclasses.replace(report.options, gml_writer=None))
