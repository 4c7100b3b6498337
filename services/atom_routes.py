"""The ATOM download service over HTTP: feeds, GML and metadata made from the register on each request."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

from plu_model.i18n import Text, both
from services.atom import dataset_feed, metadata_record, opensearch_description, service_feed
from services.service_contact import service_contact
from services.service_metadata import SERVICE_KINDS, service_metadata

__all__ = ["atom_response"]

Response = tuple[str, list[tuple[str, str]], bytes]
_DATA = re.compile(r"^(data|metadata)/(?P<plan>.+)-v(?P<version>\d+)\.(gml|xml)$")
_SERVICE = re.compile(r"^metadata/service-([a-z]+)\.xml$")
_ATOM = "application/atom+xml; charset=utf-8"


def _not_found(path: str) -> Response:
    body = f"{both(Text('services.atom_routes', 'not found'))}: {path}".encode()
    return "404 Not Found", [("Content-Type", "text/plain; charset=utf-8")], body


def atom_response(provider: Any, path: str, base: str, language: str, email: str | None = None) -> Response:
    """Answer ``/atom/<path>`` (``base`` is the public URL of ``/atom``)."""
    rel = path.removeprefix("/atom").lstrip("/") or "service.atom"
    plans = provider.published_plans()
    if rel == "service.atom":
        return "200 OK", [("Content-Type", _ATOM)], service_feed(plans, base, language)
    if rel == "opensearch.xml":
        return ("200 OK", [("Content-Type", "application/opensearchdescription+xml; charset=utf-8")],
                opensearch_description(base, language))
    if rel.startswith("datasets/") and rel.endswith(".atom"):
        feed = dataset_feed(plans, unquote(rel[len("datasets/"):-len(".atom")]), base, language)
        return ("200 OK", [("Content-Type", _ATOM)], feed) if feed else _not_found(rel)
    service = _SERVICE.match(rel)
    if service and service.group(1) in SERVICE_KINDS:
        return ("200 OK", [("Content-Type", "application/vnd.iso.19139+xml; charset=utf-8")],
                service_metadata(service.group(1), base.removesuffix("/atom"), plans, language,
                                 service_contact(provider, email)))
    m = _DATA.match(rel)
    if not m:
        return _not_found(rel)
    plan, version = unquote(m.group("plan")), int(m.group("version"))
    found = [p for p in plans if p["plan"] == plan and p["version"] == version]
    if not found:
        return _not_found(rel)
    if m.group(1) == "metadata":
        return ("200 OK", [("Content-Type", "application/vnd.iso.19139+xml; charset=utf-8")],
                metadata_record(found[0], base, language))
    data, _pub = provider.authoritative_gml(f"{plan}@{version}")
    return ("200 OK", [("Content-Type", "application/gml+xml; version=3.2; charset=utf-8"),
                       ("Content-Disposition", f'attachment; filename="{plan}-v{version}.gml"'.replace("\n", ""))],
            data)
