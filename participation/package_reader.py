"""Open a consultation package (folder or ZIP) that PLU Studio built, and check it is intact.

The comment service and the comment import both need to know what people could
comment on: the package's zones, paragraphs and area, and its consultation
dates.  They read them from the package itself, after checking every file
against the manifest, so the service never accepts comments against a package
that was altered after publication.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from participation.comment import CommentContext
from participation.manifest import read_manifest, verify_manifest
from participation.settings import ConsultationSettings
from participation.web_data import read_viewer_script
from participation.zip_limits import ZipLimits, check_archive, refused
from plu_model.errors import PluInputError
from plu_model.i18n import Joined, Text

__all__ = ["PackageInfo", "ZipLimits", "extract_package", "open_package"]

_CHUNK = 1 << 16

@dataclass
class PackageInfo:
    root: Path
    package_id: str
    settings: ConsultationSettings
    manifest: dict[str, Any]
    zones: dict[str, dict[str, Any]]
    paragraphs: dict[str, str]
    bbox: tuple[float, float, float, float] | None

    def context(self) -> CommentContext:
        return CommentContext(set(self.zones), set(self.paragraphs), self.bbox, self.package_id)


def extract_package(zip_path: Path, target: Path, limits: ZipLimits | None = None) -> Path:
    """Unpack a package ZIP into ``target`` safely; :class:`PluInputError` and nothing written if it is refused.

    The central directory is judged first (:func:`check_archive`), then every entry is
    copied counting the bytes it really yields: a central directory that understates a
    size cannot make the copy exceed the budget.  The copy goes to a hidden folder in
    ``target`` and is moved into place only when complete.
    """
    limits = limits or ZipLimits()
    try:
        archive = zipfile.ZipFile(zip_path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise PluInputError(Text("participation.package_reader", "{zip_path}: not a ZIP file ({exc})",
                                                                 zip_path=zip_path, exc=exc)) from exc
    with archive:
        members = check_archive(archive, zip_path, limits)
        made = _first_missing(target)
        target.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".unpacking-", dir=target))
        try:
            _copy_members(archive, members, staging, zip_path, limits)
            for child in staging.iterdir():
                dest = target / child.name
                if dest.is_dir() and not dest.is_symlink():
                    shutil.rmtree(dest)
                os.replace(child, dest)
        except BaseException:
            shutil.rmtree(made if made is not None else staging, ignore_errors=True)
            raise
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return target


def _first_missing(path: Path) -> Path | None:
    """The outermost folder of ``path`` that does not exist yet (removed again if the unpacking fails)."""
    missing = None
    for p in [path, *path.parents]:
        if p.exists():
            break
        missing = p
    return missing


def _copy_members(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], staging: Path, zip_path: Path,
                  limits: ZipLimits) -> None:
    written = 0
    for m in members:
        dest = staging.joinpath(*PurePosixPath(m.filename).parts)
        if m.is_dir():
            dest.mkdir(parents=True, exist_ok=True)
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        size = 0
        try:
            with archive.open(m) as src, open(dest, "xb") as out:
                while chunk := src.read(_CHUNK):
                    size += len(chunk)
                    written += len(chunk)
                    if size > m.file_size or written > limits.max_total_bytes:
                        raise refused(zip_path, Text("participation.package_reader", "the entry {filename!r} holds more than the "
                                                                                     "archive declares",
                                                                                     filename=m.filename))
                    out.write(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
            raise refused(zip_path, Text("participation.package_reader", "the entry {filename!r} cannot be unpacked ({exc})",
                                                                         filename=m.filename, exc=exc)) from exc
        except OSError as exc:
            raise refused(zip_path, Text("participation.package_reader", "the entry {filename!r} cannot be written ({value})",
                                                                         filename=m.filename, value=exc.strerror or exc)) from exc


def _bbox(features: list[dict[str, Any]]) -> tuple[float, float, float, float] | None:
    xs: list[float] = []
    ys: list[float] = []

    def walk(coords: Any) -> None:
        if isinstance(coords, list) and coords and isinstance(coords[0], (int, float)):
            xs.append(float(coords[0]))
            ys.append(float(coords[1]))
        elif isinstance(coords, list):
            for c in coords:
                walk(c)

    for f in features:
        geometry = f.get("geometry") or {}
        walk(geometry.get("coordinates"))
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def open_package(path: str | Path, *, extract_to: Path | None = None, verify: bool = True) -> PackageInfo:
    """Read a package folder (or a ZIP, unpacked into ``extract_to``); raise :class:`PluInputError` if broken."""
    p = Path(path)
    if not p.exists():
        raise PluInputError(Text("participation.package_reader", "{p}: no such package", p=p))
    if p.is_file():
        if extract_to is None:
            raise PluInputError(
                Text("participation.package_reader", "{p}: a ZIP package needs a folder to unpack into", p=p)
            )
        p = extract_package(p, extract_to)
    manifest = read_manifest(p)
    if verify:
        problems = verify_manifest(p)
        if problems:
            raise PluInputError(Text("participation.package_reader", "{p}: the package does not match its manifest: "
                                     "{problems}", p=p, problems=Joined(Text("participation.package_reader", "; "),
                                                                        tuple(problems[:10]))))
    try:
        settings_data = json.loads((p / "consultation.json").read_text(encoding="utf-8"))
        package_id = str(settings_data.pop("package_id", manifest.get("package_id", "")))
        settings = ConsultationSettings.from_json(settings_data, str(p / "consultation.json"))
        paragraphs = json.loads((p / "data" / "regulation.json").read_text(encoding="utf-8"))
        zones, bbox = _plan_zones(p)
    except FileNotFoundError as exc:
        missing = Path(exc.filename).name
        raise PluInputError(
            Text("participation.package_reader", "{p}: not a complete consultation package ({missing} is missing)",
                                                 p=p, missing=missing),
        ) from exc
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise PluInputError(
            Text("participation.package_reader", "{p}: a package file cannot be read ({exc})", p=p, exc=exc)
        ) from exc
    return PackageInfo(
        root=p,
        package_id=package_id,
        settings=settings,
        manifest=manifest,
        zones=zones,
        paragraphs={str(x["ref"]): str(x.get("text", "")) for x in paragraphs if isinstance(x, dict) and "ref" in x},
        bbox=bbox,
    )


def _plan_zones(root: Path) -> tuple[dict[str, dict[str, Any]], tuple[float, float, float, float] | None]:
    """Zones (id → a GeoJSON-like feature without geometry) and the plan's box in WGS 84.

    Older packages kept ``data/plan.geojson``; newer ones hold the zones only in the
    viewer's data (``data/plan-data.js``: columns, and the box written at packaging).
    """
    old = root / "data" / "plan.geojson"
    if old.is_file():
        plan = json.loads(old.read_text(encoding="utf-8"))
        features = [f for f in plan.get("features", []) if isinstance(f, dict)]
        zones = {
            str(f.get("id")): f
            for f in features
            if (f.get("properties") or {}).get("featureType") == "ZoningElement" and f.get("id")
        }
        return zones, _bbox(features)
    data = read_viewer_script((root / "data" / "plan-data.js").read_text(encoding="utf-8"), "PLU_DATA")
    columns = data["zones"]
    zones = {
        str(ident): {"id": str(ident), "properties": {"featureType": "ZoningElement", "gml_id": str(ident),
                                                      "inspire_id": {"local_id": str(local)}}}
        for ident, local in zip(columns["id"], columns["local_id"], strict=True)
    }
    box = data.get("bbox")
    return zones, (float(box[0]), float(box[1]), float(box[2]), float(box[3])) if box else None
