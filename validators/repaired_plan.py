"""Writing the plan ``plu fix`` repaired: only what a repair or a finding names changes, and every change is listed.

An unedited feature without a finding is written back as it was read.  A feature a
repair step edited keeps every property the step left alone.  A property a finding
names is written again from the model (an empty value becomes nil, a ``gml:Surface``
a ``gml:Polygon``, a misspelt element its right name), but only where that removes a
finding: a feature whose findings all remain is written back as it was read.  When
nothing at all is listed, a GML plan is copied byte for byte.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from plu_model.atomic import atomic_path
from plu_model.errors import PluError
from plu_model.findings import Finding, Severity
from plu_model.i18n import Text
from plu_model.xml_names import NS
from validators import ValidationOptions, validate
from validators.repairs import RepairChange, RepairResult

__all__ = ["to_rewrite", "write_repaired"]

Rewrite = dict[str, set[str] | None]
#: the writer's note on a value that differs from the source (:func:`exporters.kept_source.differences`)
_CHANGED = "changed: {change}"


def to_rewrite(findings: list[Finding], features: set[str]) -> Rewrite:
    """What the findings name, to write from the model: by gml:id, the property tags, or ``None`` for all.

    A finding's XPath runs from the feature (``//plu:ZoningElement[@gml:id='ZE.a']/plu:geometry/…``);
    one that names no property of the feature rewrites the whole feature.  ``features``: the gml:ids
    of the plan's features (a finding may name a geometry, or a member that is no PLU feature).
    """
    out: Rewrite = {}
    for f in findings:
        if f.gml_id not in features or f.severity not in (Severity.WARNING, Severity.ERROR):
            continue
        step = f.xpath.split("']/", 1)[1].split("/", 1)[0].split("[", 1)[0] if f.xpath and "']/" in f.xpath else ""
        prefix, _, name = step.partition(":")
        props = out.setdefault(f.gml_id, set())
        if props is not None and name and prefix in NS:
            props.add(f"{{{NS[prefix]}}}{name}")
        else:
            out[f.gml_id] = None
    return out


def write_repaired(source: Path, result: RepairResult, fmt: Any, output: str | Path, crs: int | None,
                   before: list[Finding], options: ValidationOptions) -> None:
    """Write ``result`` to ``output`` (atomically: an input given as output stays whole until the end).

    Adds to ``result.changes`` what writing changed: the writer's notes, and each finding
    of ``before`` that writing a feature (or the collection element) again removed.
    """
    target = Path(output)
    features = {f.gml_id for f in result.dataset.features() if f.gml_id}
    # only a GML writer rewrites a feature: a plan file keeps each feature's source element as it is
    rewrite = to_rewrite(before, features) if fmt.name.startswith("inspire-gml") else {}
    # the collection element a finding names (no schemaLocation, a child the schema refuses) is written anew
    wrapper = "base" if fmt.name == "inspire-gml" and any(_of_collection(f) for f in before) else None
    edited = {c.gml_id for c in result.changes}  # a repair step already says what it changed in these
    with atomic_path(target, suffix=target.suffix) as tmp:
        try:
            notes = _write(result, fmt, tmp, crs, rewrite, wrapper)
        except PluError:
            if not (rewrite or wrapper):
                raise
            rewrite, wrapper = {}, None  # the model cannot write a feature a finding names: keep them all as read
            notes = _write(result, fmt, tmp, crs, rewrite, wrapper)
        if rewrite or wrapper:
            gone = _findings_gone(before, validate(tmp, options).findings, set(rewrite) | {""})
            if set(gone) != set(rewrite) | ({""} if wrapper else set()):  # what removed nothing is written as read
                rewrite = {gml_id: props for gml_id, props in rewrite.items() if gml_id in gone}
                notes = _write(result, fmt, tmp, crs, rewrite, wrapper if "" in gone else None)
            notes += [(f.gml_id or "(collection)", Text("validators.repairs", "{finding} — fixed by writing the plan "
                                                                             "again", finding=f.text))
                      for gml_id, found in gone.items() if gml_id not in edited for f in found]
        notes += [(f.gml_id or "", Text("validators.repaired_plan", "{finding} — not in the repaired plan",
                                        finding=f.text)) for f in before if f.rule == "READ.NOT_PLU"]
        # what a repair step changed, it lists itself: the writer's "changed: …" of those features says it again
        _list(result, [(gml_id, text) for gml_id, text in notes if gml_id not in edited or text.source != _CHANGED])
        if not result.changes and source.suffix.lower() in (".gml", ".xml") and fmt.name == "inspire-gml" \
                and crs is None:
            shutil.copyfile(source, tmp)  # nothing to list: the plan is written back exactly as it came


def _of_collection(f: Finding) -> bool:
    """An error in the collection element itself (its XPath is the root's, not a feature's)."""
    return f.gml_id is None and f.severity is Severity.ERROR and bool(f.xpath) and f.xpath.startswith("/") \
        and not f.xpath.startswith("//")


def _write(result: RepairResult, fmt: Any, path: Path, crs: int | None, rewrite: Rewrite,
           wrapper: str | None) -> list[tuple[str, Text]]:
    """Write once; the writer's notes on what it changed (a plan file changes nothing: it keeps every source)."""
    written: list[Any] = []
    extra = {"keep_source": True, "report": written.append, "rewrite": rewrite} if fmt.options.get("exchange") else {}
    if wrapper:
        extra["wrapper"] = wrapper
    fmt.func(result.dataset, path, crs=crs, **extra)
    gml = fmt.name.startswith("inspire-gml")
    return [note for w in written for note in w.normalised] if gml else []


def _findings_gone(before: list[Finding], after: list[Finding], rewritten: set[str]) -> dict[str, list[Finding]]:
    """By rewritten gml:id (``""``: the collection), the findings of ``before`` that ``after`` no longer has."""
    remaining = {(f.rule, f.gml_id, f.xpath) for f in after}
    gone: dict[str, list[Finding]] = {}
    for f in before:
        key = f.gml_id if f.gml_id else ("" if _of_collection(f) else None)
        if key in rewritten and (f.rule, f.gml_id, f.xpath) not in remaining:
            gone.setdefault(key, []).append(f)
    return gone


def _list(result: RepairResult, notes: list[tuple[str, Text]]) -> None:
    """Add each note as an ``encoding`` change, unless the repairs already said the same."""
    listed = {(c.gml_id, c.message_en) for c in result.changes}
    for gml_id, text in notes:
        change = RepairChange("encoding", gml_id if gml_id != "(collection)" else None, text)
        if (change.gml_id, change.message_en) not in listed:
            listed.add((change.gml_id, change.message_en))
            result.changes.append(change)
