"""The download service as one WSGI application: pygeoapi, plus PLU GML for a whole published plan.

pygeoapi's items endpoint speaks GeoJSON (and HTML, CSV); INSPIRE's good practice for OGC API –
Features as a download service also wants the data in its own encoding, so
``…/items?f=gml&plan=P[&version=N]`` returns the plan's published PLU GML (valid against the
official XSD, byte for byte what the register published) before the request reaches pygeoapi.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from plu_model.i18n import Text

__all__ = ["make_app"]

GML_TYPE = "application/gml+xml; version=3.2; charset=utf-8"


def _bilingual(status: str, text: Text, detail: str = "") -> tuple[str, list[tuple[str, str]], bytes]:
    """An error in both languages (``detail``, such as the register's own words, follows the English)."""
    import json

    description = f"{text.say('en').strip()}{detail} / {text.say('bg')}"
    body = json.dumps({"code": "InvalidParameterValue", "description": description}, ensure_ascii=False)
    return status, [("Content-Type", "application/json; charset=utf-8")], body.encode("utf-8")


def _plan_gml(dsn: str, query: dict[str, list[str]]) -> tuple[str, list[tuple[str, str]], bytes]:
    """The published GML of ``plan`` (its latest published version, or ``version``)."""
    from plu_model.errors import PluError
    from services.ogcapi_provider import _register

    plan = (query.get("plan") or [""])[0].strip()
    version = (query.get("version") or [""])[0].strip()
    if not plan:
        return _bilingual("400 Bad Request", Text("services.ogcapi_app", "f=gml needs plan=<plan localId> (a whole plan is "
                                                                         "one GML data set)"))
    if version and not version.isdigit():
        return _bilingual("400 Bad Request", Text("services.ogcapi_app", "version {version!r} is not a number",
                                                                         version=version))
    reg = _register(dsn)
    try:
        if not version:
            published = [p for p in reg.published_plans() if p["plan"] == plan]
            if not published:
                raise LookupError(plan)
            version = str(published[-1]["version"])
        data, _pub = reg.authoritative_gml(f"{plan}@{version}")
    except (PluError, LookupError) as exc:
        reg.conn.rollback()
        return _bilingual("404 Not Found", Text("services.ogcapi_app", "plan {plan} has no published version {version}",
                                                plan=plan, version=version), f" ({exc})")
    name = f"{plan}-v{version}.gml".replace('"', "")
    return "200 OK", [("Content-Type", GML_TYPE), ("Content-Disposition", f'inline; filename="{name}"'),
                      ("Cache-Control", "public, max-age=300")], data


def _atom(dsn: str, path: str, base: str, query: dict[str, list[str]],
          email: str | None) -> tuple[str, list[tuple[str, str]], bytes]:
    from plu_model.errors import PluError
    from services.atom_routes import atom_response
    from services.ogcapi_provider import _register

    language = "en" if (query.get("language") or [""])[0].lower() in ("en", "eng") else "bg"
    reg = _register(dsn)
    try:
        return atom_response(reg, path, base, language, email)
    except PluError as exc:
        reg.conn.rollback()
        return _bilingual("404 Not Found", exc.message("en"), exc.message("bg"))


def _cache_crs_lookups() -> None:
    """pygeoapi builds the same pyproj CRS and transformer objects on every request (4 of its 19 ms on
    this machine); they depend only on the CRS URIs, so one per URI (pair) is kept."""
    import functools

    import pyproj
    from pygeoapi import util
    from pygeoapi.api import itemtypes

    if getattr(util.get_crs_from_uri, "cache_info", None):
        return
    crs_from_uri = functools.lru_cache(maxsize=64)(util.get_crs_from_uri)

    @functools.lru_cache(maxsize=64)
    def transformer(from_crs: str, to_crs: str) -> Any:
        return pyproj.Transformer.from_crs(crs_from_uri(from_crs), crs_from_uri(to_crs))

    def transform_bbox(bbox: list[float], from_crs: str, to_crs: str) -> list[float]:
        transform = transformer(from_crs, to_crs).transform
        n = len(bbox) // 2
        return list(transform(*bbox[:n]) + transform(*bbox[n:]))

    util.get_crs_from_uri = itemtypes.get_crs_from_uri = crs_from_uri
    util.transform_bbox = itemtypes.transform_bbox = transform_bbox


def make_app(config: Path, openapi: Path, dsn: str) -> Callable[..., Iterable[bytes]]:
    """pygeoapi's Flask application for this configuration, with the PLU GML and ATOM routes in front."""
    import yaml

    os.environ["PYGEOAPI_CONFIG"] = str(config)
    os.environ["PYGEOAPI_OPENAPI"] = str(openapi)
    from pygeoapi.flask_app import APP

    from services.ogcapi_raw import install as install_raw_json
    from services.ogcapi_raw import reset_raw_json, set_raw_json, wants_raw_json

    _cache_crs_lookups()
    install_raw_json()
    settings = yaml.safe_load(config.read_text(encoding="utf-8"))
    public = settings["server"]["url"].rstrip("/")
    email = settings.get("metadata", {}).get("contact", {}).get("email")
    atom_base = public.removesuffix("/ogcapi") + "/atom"

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        query = parse_qs(environ.get("QUERY_STRING", ""))
        path = environ.get("PATH_INFO", "")
        if path == "/atom" or path.startswith("/atom/"):
            status, headers, body = _atom(dsn, path, atom_base, query, email)
        elif [f.lower() for f in query.get("f", [])] == ["gml"] and path.rstrip("/").endswith("/items"):
            status, headers, body = _plan_gml(dsn, query)
        else:
            raw = path.rstrip("/").endswith("/items") and wants_raw_json(query, environ.get("HTTP_ACCEPT", ""))
            token = set_raw_json(raw)
            try:
                return APP.wsgi_app(environ, start_response)
            finally:
                reset_raw_json(token)
        start_response(status, headers + [("Content-Length", str(len(body)))])
        return [body]

    return app


def main(argv: list[str] | None = None) -> int:
    """``python -m services.ogcapi_app CONFIG OPENAPI DSN (--unix-socket S | --port P) [--threads N]``."""
    import argparse

    import waitress

    parser = argparse.ArgumentParser(prog="plu-ogcapi")
    parser.add_argument("config", type=Path)
    parser.add_argument("openapi", type=Path)
    parser.add_argument("dsn")
    parser.add_argument("--unix-socket")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args(argv)
    app = make_app(args.config, args.openapi, args.dsn)
    if args.unix_socket:
        waitress.serve(app, unix_socket=args.unix_socket, unix_socket_perms="660", threads=args.threads,
                       ident="plu-ogcapi")
    else:
        waitress.serve(app, host="127.0.0.1", port=args.port, threads=args.threads, ident="plu-ogcapi")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
