"""The package manifest: every file with its size and SHA-256, so a host or a court can check it.

A consultation package is a public record: what the municipality published must
be provably what people saw.  ``manifest.json`` lists every other file of the
package with its SHA-256 checksum; :func:`verify_manifest` reports any file that
is missing, changed or added.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plu_model.errors import PluInputError
from plu_model.i18n import Text, say_in

__all__ = ["MANIFEST", "SUMS", "ManifestProblem", "build_manifest", "sha256_of", "verify_manifest"]

MANIFEST = "manifest.json"
#: The same checksums in the format of ``sha256sum -c``, for hosts without PLU Studio.
SUMS = "SHA256SUMS"


@dataclass(frozen=True)
class ManifestProblem:
    path: str
    problem: str  # "missing", "changed", "unlisted"

    def message(self, language: str = "en") -> str:
        return say_in(language, "participation.manifest", "{path}: {problem}", path=self.path,
                      problem=_PROBLEMS[self.problem])


_PROBLEMS = {
    "missing": Text("participation.manifest", "is missing"),
    "changed": Text("participation.manifest", "was changed after packaging"),
    "unlisted": Text("participation.manifest", "is not in the manifest"),
}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and p.relative_to(root).as_posix() not in (MANIFEST, SUMS))


def build_manifest(root: Path, about: dict[str, Any]) -> dict[str, Any]:
    """Write ``manifest.json`` for every file under ``root``; ``about`` names the package."""
    files = [
        {"path": p.relative_to(root).as_posix(), "size": p.stat().st_size, "sha256": sha256_of(p)} for p in _files(root)
    ]
    manifest = {**about, "algorithm": "SHA-256", "files": files}
    (root / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (root / SUMS).write_text("".join(f"{f['sha256']}  {f['path']}\n" for f in files), encoding="utf-8")
    return manifest


def read_manifest(root: Path) -> dict[str, Any]:
    path = root / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise PluInputError(
            Text("participation.manifest", "{root}: not a consultation package (no {MANIFEST})",
                                           root=root, MANIFEST=MANIFEST),
        ) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PluInputError(
            Text("participation.manifest", "{path}: unreadable manifest ({exc})", path=path, exc=exc)
        ) from exc
    if not isinstance(data, dict) or not isinstance(data.get("files"), list):
        raise PluInputError(
            Text("participation.manifest", "{path}: not a PLU Studio package manifest", path=path)
        )
    return data


def verify_manifest(root: Path) -> list[ManifestProblem]:
    """Files that are missing, changed or not listed (an empty list: the package is intact)."""
    manifest = read_manifest(root)
    listed = {}
    for entry in manifest["files"]:
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
            raise PluInputError(
                Text("participation.manifest", "{root}: malformed file entry {entry!r}",
                                               root=root / MANIFEST, entry=entry),
            )
        listed[entry["path"]] = entry
    problems = []
    for rel, entry in listed.items():
        target = (root / rel).resolve()
        if root.resolve() not in target.parents:
            raise PluInputError(
                Text("participation.manifest", "{root}: the path {rel!r} leaves the package",
                                               root=root / MANIFEST, rel=rel),
            )
        if not target.is_file():
            problems.append(ManifestProblem(rel, "missing"))
        elif target.stat().st_size != entry.get("size") or sha256_of(target) != entry.get("sha256"):
            problems.append(ManifestProblem(rel, "changed"))
    for p in _files(root):
        rel = p.relative_to(root).as_posix()
        if rel not in listed:
            problems.append(ManifestProblem(rel, "unlisted"))
    return problems
