"""The public side of the comment service: the package's own files and the consultation's state.

Only the files the package's manifest lists are served (plus the manifest and
its checksums), whatever else lies in the folder: the comment database, its
journal files, or anything an operator copies there.  ``data/service.js`` is
answered by the service so the viewer posts comments back to it.
"""

from __future__ import annotations

from flask import Blueprint, Response, abort, jsonify, send_from_directory

from participation.manifest import MANIFEST, SUMS
from participation.package_reader import PackageInfo
from participation.service.context import service
from participation.web_data import viewer_script

__all__ = ["blueprint", "published_files"]

blueprint = Blueprint("public", __name__)


def published_files(package: PackageInfo) -> frozenset[str]:
    """The paths (as the manifest writes them) that may be served."""
    listed = {str(f.get("path", "")) for f in package.manifest.get("files", []) if isinstance(f, dict)}
    return frozenset(listed | {MANIFEST, SUMS})


@blueprint.get("/")
def index() -> Response:
    return package_file("index.html")


@blueprint.get("/data/service.js")
def service_js() -> Response:
    return Response(viewer_script("PLU_SERVICE", {"url": "api/comments"}), mimetype="text/javascript")


@blueprint.get("/<path:name>")
def package_file(name: str) -> Response:
    here = service()
    if name not in here.published:
        abort(404)
    return send_from_directory(here.package.root.resolve(), name)


@blueprint.get("/api/consultation")
def consultation() -> Response:
    here = service()
    settings = here.settings
    state = settings.state_at(here.now())
    return jsonify({
        "package_id": here.package.package_id, "title": settings.title, "state": state,
        "start": settings.start.isoformat(), "end": settings.end.isoformat(), "timezone": settings.timezone,
        "accepting_comments": state == "open",
    })
