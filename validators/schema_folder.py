"""Where the official XML schemas live on this machine, and how to get them there.

A *schema folder* holds each schema file under its published address, without
the scheme: ``inspire.ec.europa.eu/schemas/plu/4.0/PlannedLandUse.xsd``,
``schemas.opengis.net/gml/3.2.1/gml.xsd`` and so on (the layout of the bundle in
``../shared/schemas``).  Validation reads only from that folder and never from the
network; ``plu schemas fetch`` fills the user's cache from the published
addresses once, when the machine is online.

Lookup order: ``$PLU_SCHEMA_DIR``, then the user cache
(``$XDG_CACHE_HOME/plu-studio/schemas``, by default ``~/.cache/plu-studio/schemas``).
"""

from __future__ import annotations

import os
import re
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

from plu_model import xml_parsing
from plu_model.atomic import write_atomic
from plu_model.errors import PluError, SchemaMissingError
from plu_model.i18n import Text
from plu_model.xml_names import PLU_SCHEMA_URL

__all__ = [
    "ENTRY_POINTS",
    "cache_dir",
    "fetch_schemas",
    "find_schema_dir",
    "local_path",
]

#: Schemas a PLU validation starts from.
ENTRY_POINTS: tuple[str, ...] = (PLU_SCHEMA_URL,)

#: Addresses that are not imported by a schema but resolved by instance documents.
_EXTRA: tuple[str, ...] = ("http://www.w3.org/2001/xml.xsd", "http://www.w3.org/1999/xlink.xsd")

_PREFIX = re.compile(r"^https?://")


def local_path(url: str) -> str:
    """The path inside a schema folder of a schema published at ``url``."""
    path = _PREFIX.sub("", url)
    if path == url:
        raise ValueError(f"{url} is not an http(s) address")
    return urllib.parse.unquote(path.split("#", 1)[0])


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "plu-studio" / "schemas"


def _has_entry_point(folder: Path) -> bool:
    return all((folder / local_path(u)).is_file() for u in ENTRY_POINTS)


def find_schema_dir() -> Path:
    """The schema folder to validate with, or :class:`SchemaMissingError` saying how to get one."""
    env = os.environ.get("PLU_SCHEMA_DIR")
    if env:
        folder = Path(env).expanduser()
        if _has_entry_point(folder):
            return folder
        raise SchemaMissingError(
            Text("validators.schema_folder", "PLU_SCHEMA_DIR={env} does not hold the INSPIRE schemas (looked for "
                                             "{folder}). Point it at a folder laid out by published address, or "
                                             "unset it and run 'plu schemas fetch'.",
                                             env=env, folder=folder / local_path(ENTRY_POINTS[0])),
        )
    folder = cache_dir()
    if _has_entry_point(folder):
        return folder
    raise SchemaMissingError(
        Text("validators.schema_folder", "The INSPIRE XML schemas are not on this machine. Run 'plu schemas fetch' "
                                         "once while online (they go to {folder}), or set PLU_SCHEMA_DIR to a folder "
                                         "that holds them.", folder=folder),
    )


def _download(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "plu-studio schema fetch"})
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 - fixed http(s) addresses
        return response.read()


def _imports(data: bytes, url: str) -> list[str]:
    root = xml_parsing.schema_fromstring(data)
    xs = "{http://www.w3.org/2001/XMLSchema}"
    out = []
    for el in root.iter(f"{xs}import", f"{xs}include", f"{xs}redefine"):
        loc = el.get("schemaLocation")
        if loc:
            out.append(urllib.parse.urljoin(url, loc))
    return out


def fetch_schemas(
    dest: Path | None = None,
    get: Callable[[str], bytes] = _download,
    entry_points: tuple[str, ...] = ENTRY_POINTS,
    on_file: Callable[[str], None] | None = None,
) -> tuple[Path, int]:
    """Download every schema the entry points need, transitively, into ``dest``.

    Files are written atomically; an interrupted fetch can simply be run
    again.  Returns the folder and the number of files fetched.
    """
    folder = dest or cache_dir()
    queue = list(entry_points) + list(_EXTRA)
    seen: set[str] = set()
    count = 0
    while queue:
        url = queue.pop()
        key = local_path(url)
        if key in seen:
            continue
        seen.add(key)
        try:
            data = get(url)
        except Exception as exc:  # network errors come in many types
            host = urllib.parse.urlsplit(url).netloc
            raise PluError(
                Text("validators.schema_folder", "could not download {url} ({exc}); the XML schema check needs the "
                                                 "INSPIRE schemas: run 'plu schemas fetch' again when this machine "
                                                 "can reach {host}, or copy a schema folder (laid out by published "
                                                 "address) and set PLU_SCHEMA_DIR to it", url=url, exc=exc, host=host),
            ) from exc
        target = folder / key
        write_atomic(target, data)
        count += 1
        if on_file:
            on_file(url)
        if key.endswith(".xsd"):
            queue.extend(_imports(data, url))
    return folder, count
