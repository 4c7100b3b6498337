"""The findings and model objects of every manifest plan, as recorded before the one-pass speed work.

``python tests/validators/golden_findings.py`` (from the repository root, with ``PLU_SCHEMA_DIR`` set)
rewrites ``tests/data/golden/``; ``test_golden_findings.py`` compares the current code with it.  Record
again only when a change of findings is intended, and say why in the test that shows it.

What is recorded, per manifest entry: the JSON report (``validators.report_json.report_dict``: the
findings in both languages, in the order the engine gives them, with verdict, counts and summary),
less the creation time and the timings, with the paths made relative.  Per GML file of the
manifest and of ``tests/data/realworld``: what :class:`~plu_model.gml_reader.GmlReader` reads, each
feature by class, gml:id, a hash of every model value (geometries by their exact WKB) and a hash of
the element kept for it, then the reader's own findings (their places as hashes of the WKT).
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

from validation_manifest import BROKEN, load_generator, manifest  # noqa: E402

from plu_model.errors import PluInputError  # noqa: E402
from plu_model.gml_reader import GmlReader  # noqa: E402
from plu_model.source_xml import fingerprint  # noqa: E402

GOLDEN = ROOT / "tests" / "data" / "golden"
REALWORLD = ROOT / "tests" / "data" / "realworld"


def _relative(value: Any, tmp: str | None) -> Any:
    """Paths in a report made independent of where the repository and the temporary folder lie."""
    if isinstance(value, str):
        return (value.replace(tmp, "<tmp>") if tmp else value).replace(str(ROOT), "<repo>")
    if isinstance(value, list):
        return [_relative(v, tmp) for v in value]
    if isinstance(value, dict):
        return {k: _relative(v, tmp) for k, v in value.items()}
    return value


def report_of(entry: dict) -> dict[str, Any]:
    """The normalised JSON report of one manifest entry, validated as ``test_manifest.py`` does."""
    from test_manifest import _options, _source

    from validators import validate
    from validators.report_json import report_dict

    with tempfile.TemporaryDirectory(prefix="plu-golden-") as tmp:
        tmp_path = Path(tmp)
        generator = load_generator()
        report = report_dict(validate(_source(entry, tmp_path, generator), _options(entry, tmp_path, generator)))
        report.pop("created")
        report.pop("timings")
        return _relative(report, str(tmp_path))


def model_of(path: Path) -> dict[str, Any]:
    """What the reader makes of ``path``: every feature's values and kept element, then its findings."""
    reader = GmlReader(path)
    features: list[list[Any]] = []
    error = None
    try:
        for f in reader.features():
            src = f.source
            features.append(
                [
                    f.class_name,
                    f.gml_id,
                    fingerprint(f, ""),
                    None if src is None else hashlib.sha256(src.xml.encode()).hexdigest(),
                    None if src is None else src.fingerprint,
                ]
            )
    except PluInputError as exc:
        error = str(exc)
    findings = []
    for finding in reader.findings:
        d = finding.as_dict()
        if d["location"] is not None:  # the reports hold places in full; here a hash keeps the file small
            d["location"] = hashlib.sha256(d["location"].encode()).hexdigest()
        findings.append(d)
    return _relative({"crs": reader.crs, "features": features, "error": error, "findings": findings}, None)


def gml_files() -> list[Path]:
    """The GML files whose reading is recorded."""
    files = [BROKEN / e["file"] for e in manifest() if e["kind"] == "gml"]
    return sorted(set(files)) + sorted(REALWORLD.glob("*.gml"))


def main() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    reports = {e["name"]: report_of(e) for e in manifest()}
    (GOLDEN / "reports.json").write_text(json.dumps(reports, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    models = {str(p.relative_to(ROOT)): model_of(p) for p in gml_files()}
    (GOLDEN / "models.json").write_text(json.dumps(models, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
