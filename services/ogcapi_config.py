"""pygeoapi's configuration for the download service: one collection per PLU feature type.

pygeoapi needs two files, its configuration and the OpenAPI document generated from it;
both are written here so ``plu serve --config-only`` gives an administrator what a plain
``pygeoapi serve`` (or any WSGI server) runs.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from register.service_query import FEATURE_TYPES
from services.service_contact import ServiceContact
from services.texts import text

__all__ = ["CRS_URIS", "collection_id", "ogcapi_config", "write_ogcapi_config"]

_EPSG = "http://www.opengis.net/def/crs/EPSG/0/"
CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
#: CRS84 (the default), ETRS89, ETRS89-LAEA, UTM 35N on ETRS89, BGS2005 / CCS2005
CRS_URIS = [CRS84] + [f"{_EPSG}{code}" for code in (4258, 3035, 3046, 7801)]


def collection_id(feature_type: str) -> str:
    """The collection's name: the INSPIRE layer name without the theme prefix (``ZoningElement``)."""
    return feature_type


def _both(key: str) -> dict[str, str]:
    return {"en": text(key, "en"), "bg": text(key, "bg")}


def _collection(dsn: str, feature_type: str, bbox: list[float]) -> dict[str, Any]:
    return {
        "type": "collection",
        "title": _both(f"collection.{feature_type}"),
        "description": _both(f"collection.{feature_type}"),
        "keywords": {"en": ["Planned Land Use", "INSPIRE", feature_type], "bg": [text("wms.keyword", "bg"), "INSPIRE"]},
        "links": [{"type": "text/html", "rel": "describedby", "title": "INSPIRE Planned Land Use",
                   "href": "https://inspire.ec.europa.eu/Themes/124/2892", "hreflang": "en"}],
        "extents": {"spatial": {"bbox": bbox, "crs": CRS84},
                    "temporal": {"begin": datetime(1900, 1, 1, tzinfo=UTC), "end": None}},
        "providers": [{
            "type": "feature", "name": "services.ogcapi_provider.RegisterFeatureProvider", "data": dsn,
            "id_field": "id", "title_field": "local_id", "options": {"feature_type": feature_type},
            "crs": CRS_URIS, "storage_crs": CRS84,
        }],
    }


def _contact(contact: ServiceContact, public_url: str) -> dict[str, str]:
    """pygeoapi's service contact: only what is known; a missing e-mail address is said in the instructions."""
    entry = {"name": contact.organisation_or_missing("bg"), "url": public_url, "role": "pointOfContact"}
    if contact.email:
        entry["email"] = contact.email
    else:
        entry["instructions"] = f"e-mail {contact.email_or_missing('en')} / {contact.email_or_missing('bg')}"
    return entry


def ogcapi_config(dsn: str, public_url: str, bbox: tuple[float, float, float, float] | None,
                  contact: ServiceContact | None = None) -> dict[str, Any]:
    """The pygeoapi configuration as a mapping (``public_url`` ends in ``/ogcapi``)."""
    box = list(bbox) if bbox else [-180.0, -90.0, 180.0, 90.0]
    contact = contact or ServiceContact()
    return {
        "server": {
            "bind": {"host": "127.0.0.1", "port": 5000}, "url": public_url.rstrip("/"),
            "mimetype": "application/json; charset=UTF-8", "encoding": "utf-8", "gzip": False,
            "languages": ["bg-BG", "en-US"], "cors": True, "pretty_print": False,
            "limits": {"default_items": 100, "max_items": 10000}, "admin": False,
            "map": {"url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                    "attribution": "© OpenStreetMap contributors"},
        },
        "logging": {"level": "ERROR"},
        "metadata": {
            "identification": {"title": _both("ogcapi.title"), "description": _both("ogcapi.description"),
                               "keywords": {"en": ["Planned Land Use", "INSPIRE"], "bg": [text("wms.keyword", "bg")]},
                               "keywords_type": "theme", "terms_of_service": "https://creativecommons.org/licenses/by/4.0/",
                               "url": "https://inspire.ec.europa.eu/Themes/124/2892"},
            "license": {"name": "CC-BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
            "provider": {"name": contact.organisation_or_missing("bg"), "url": public_url},
            "contact": _contact(contact, public_url),
        },
        "resources": {collection_id(t): _collection(dsn, t, box) for t in FEATURE_TYPES},
    }


def write_ogcapi_config(folder: Path, dsn: str, public_url: str, bbox: tuple[float, float, float, float] | None,
                        contact: ServiceContact | None = None) -> tuple[Path, Path]:
    """Write ``pygeoapi.yml`` and ``pygeoapi-openapi.yml``; returns both paths."""
    from pygeoapi.openapi import get_oas

    folder.mkdir(parents=True, exist_ok=True)
    config = ogcapi_config(dsn, public_url, bbox, contact)
    cfg_path, oas_path = folder / "pygeoapi.yml", folder / "pygeoapi-openapi.yml"
    cfg_path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    oas_path.write_text(yaml.safe_dump(get_oas(config), allow_unicode=True, sort_keys=False), encoding="utf-8")
    return cfg_path, oas_path
