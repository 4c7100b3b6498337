"""``/moderation/export.*``: the comments for the desktop (GeoJSON) and for a spreadsheet (CSV), behind the login."""

from __future__ import annotations

import json

from flask import Blueprint, Response, request

from participation.comment_export import comments_csv, comments_geojson
from participation.service.moderation import guard, stored

__all__ = ["blueprint"]

blueprint = Blueprint("export", __name__)


def _attachment(kind: str, personal: bool) -> dict[str, str]:
    name = f"comments-{'personal' if personal else 'anonymous'}.{kind}"
    return {"Content-Disposition": f'attachment; filename="{name}"'}


@blueprint.get("/moderation/export.geojson")
def geojson() -> Response:
    refused = guard()
    if refused:
        return refused
    personal = request.args.get("personal") == "1"
    body = json.dumps(comments_geojson(stored(personal), personal=personal), ensure_ascii=False, indent=1)
    return Response(body, mimetype="application/geo+json", headers=_attachment("geojson", personal))


@blueprint.get("/moderation/export.csv")
def csv() -> Response:
    refused = guard()
    if refused:
        return refused
    personal = request.args.get("personal") == "1"
    body = "\ufeff" + comments_csv(stored(personal), personal=personal)
    return Response(body.encode("utf-8"), mimetype="text/csv", headers=_attachment("csv", personal))
