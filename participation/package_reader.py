"""Open a consultation package (folder or ZIP) that PLU Studio built, and check it is intact.

The comment service and the comment import both need to know what people could
comment on: the package's zones, paragraphs and area, and its consultation
dates.  They read them from the package itself, after checking every file
against the manifest, so the service never accepts comments against a package
that was altered after publication.
"""

from __future__ import annotations

import json
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from participation.comment import CommentContext
from participation.manifest import read_manifest, verify_manifest
from participation.settings import ConsultationSettings
from plu_model.errors import PluInputError

__all__ = ["PackageInfo", "extract_package", "open_package"]

_MAX_MEMBERS = 20_000
_MAX_BYTES = 4 << 30


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


def extract_package(zip_path: Path, target: Path) -> Path:
    """Unpack a package ZIP into ``target`` safely: no absolute paths, no ``..``, no links, bounded size."""
    try:
        archive = zipfile.ZipFile(zip_path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise PluInputError(f"{zip_path}: not a ZIP file ({exc})", bg=f"{zip_path}: не е файл ZIP ({exc})") from exc
    with archive:
        members = archive.infolist()
        if len(members) > _MAX_MEMBERS or sum(m.file_size for m in members) > _MAX_BYTES:
            raise PluInputError(
                f"{zip_path}: too many or too large files for a consultation package",
                bg=f"{zip_path}: твърде много или твърде големи файлове за пакет за обществено обсъждане",
            )
        for m in members:
            name = PurePosixPath(m.filename)
            if name.is_absolute() or ".." in name.parts or "\\" in m.filename:
                raise PluInputError(
                    f"{zip_path}: refuses the entry {m.filename!r} (it would leave the package folder)",
                    bg=f"{zip_path}: записът {m.filename!r} е отказан (би излязъл от папката на пакета)",
                )
            if stat.S_ISLNK(m.external_attr >> 16):
                raise PluInputError(
                    f"{zip_path}: refuses the symbolic link {m.filename!r}",
                    bg=f"{zip_path}: символната връзка {m.filename!r} е отказана",
                )
        target.mkdir(parents=True, exist_ok=True)
        archive.extractall(target)
    return target


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
        raise PluInputError(f"{p}: no such package", bg=f"{p}: няма такъв пакет")
    if p.is_file():
        if extract_to is None:
            raise PluInputError(
                f"{p}: a ZIP package needs a folder to unpack into", bg=f"{p}: пакет ZIP изисква папка, в която да се разархивира"
            )
        p = extract_package(p, extract_to)
    manifest = read_manifest(p)
    if verify:
        problems = verify_manifest(p)
        if problems:
            listed = "; ".join(x.message("en") for x in problems[:10])
            listed_bg = "; ".join(x.message("bg") for x in problems[:10])
            raise PluInputError(
                f"{p}: the package does not match its manifest: {listed}",
                bg=f"{p}: пакетът не съответства на манифеста си: {listed_bg}",
            )
    try:
        settings_data = json.loads((p / "consultation.json").read_text(encoding="utf-8"))
        package_id = str(settings_data.pop("package_id", manifest.get("package_id", "")))
        settings = ConsultationSettings.from_json(settings_data, str(p / "consultation.json"))
        plan = json.loads((p / "data" / "plan.geojson").read_text(encoding="utf-8"))
        paragraphs = json.loads((p / "data" / "regulation.json").read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        missing = Path(exc.filename).name
        raise PluInputError(
            f"{p}: not a complete consultation package ({missing} is missing)",
            bg=f"{p}: не е пълен пакет за обществено обсъждане (липсва {missing})",
        ) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PluInputError(
            f"{p}: a package file cannot be read ({exc})", bg=f"{p}: файл от пакета не може да бъде прочетен ({exc})"
        ) from exc
    features = [f for f in plan.get("features", []) if isinstance(f, dict)]
    zones = {
        str(f.get("id")): f
        for f in features
        if (f.get("properties") or {}).get("featureType") == "ZoningElement" and f.get("id")
    }
    return PackageInfo(
        root=p,
        package_id=package_id,
        settings=settings,
        manifest=manifest,
        zones=zones,
        paragraphs={str(x["ref"]): str(x.get("text", "")) for x in paragraphs if isinstance(x, dict) and "ref" in x},
        bbox=_bbox(features),
    )

