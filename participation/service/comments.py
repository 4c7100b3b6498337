"""``POST /api/comments``: a citizen's comment, checked, filed with a short reference, answered once.

A comment is accepted only while the consultation is open, as UTF-8 JSON of at
most :data:`BODY_LIMIT` bytes, after :func:`participation.comment.parse_comment`
checked every field.  A client may send an ``Idempotency-Key`` header (the
viewer does): sending the same comment again with the same key, after a timeout,
answers the first receipt instead of filing it twice.
"""

from __future__ import annotations

import hashlib
import logging
import re
from datetime import UTC, date, datetime
from functools import partial

from flask import Blueprint, Response, jsonify, request

from participation import strict_json
from participation.comment import LIMITS, CommentError, parse_comment
from participation.service.context import Service, service
from participation.service.security import api_error
from participation.service.storage import IdempotencyConflict, Receipt, Submission
from plu_model.i18n import ByLanguage, Text

__all__ = ["BODY_LIMIT", "blueprint"]

#: Largest request body accepted (bytes), and the one limit every layer in front of the service applies: the
#: application (Flask's ``MAX_CONTENT_LENGTH``), waitress (:mod:`participation.service.server`, with room for
#: chunked framing only) and nginx (``client_max_body_size``, written by :mod:`services.nginx_conf` and in
#: ``deploy/nginx/``, whose 413 is the service's own answer).  Every comment within
#: :data:`participation.comment.LIMITS` fits, however it is spelled: 5000 characters of text, each sent
#: decomposed and ``\uXXXX``-escaped (up to 24 bytes a character), a 2000-vertex area whose numbers have all
#: 17 digits and an exponent, the longest name, e-mail and zone ids: about 240 KB
#: (``tests/participation/test_consultation_service_holes.py`` computes it).
BODY_LIMIT = LIMITS.body_bytes
_KEY = re.compile(r"^[A-Za-z0-9._:-]{8,100}$")
_log = logging.getLogger("plu.consultation")

blueprint = Blueprint("comments", __name__)


@blueprint.route("/api/comments", methods=["OPTIONS"])
def preflight() -> Response:
    return Response(status=204)


def _refused_origin(here: Service) -> bool:
    origin = request.headers.get("Origin")
    if not origin or "*" in here.cors_origins or origin in here.cors_origins:
        return False
    return origin.rstrip("/") != request.host_url.rstrip("/")


def _closed(here: Service, moment: datetime) -> Response | None:
    settings = here.settings
    state = settings.state_at(moment)
    if state == "before":
        return api_error(403, "period", Text("participation.service.comments", "the consultation opens on {day}",
                                             day=ByLanguage(partial(_day, settings.start))))
    if state == "closed":
        return api_error(403, "period", Text("participation.service.comments", "the consultation closed on {day}",
                                             day=ByLanguage(partial(_day, settings.end))))
    return None


def _day(day: date, language: str) -> str:
    """A day as the viewer shows it: ISO for English, 04.12.2026 for Bulgarian."""
    return day.strftime("%d.%m.%Y") if language == "bg" else day.isoformat()


def _submission(here: Service, moment: datetime, raw: bytes) -> Submission:
    key = request.headers.get("Idempotency-Key")
    if key is not None and not _KEY.match(key):
        raise CommentError("Idempotency-Key", Text("participation.service.comments", "must be 8 to 100 letters, digits or ._:-"))
    local_year = moment.astimezone(here.settings.opens_at().tzinfo).year
    return Submission(here.settings.reference_prefix, local_year, key, hashlib.sha256(raw).hexdigest())


def _answered_before(here: Service, raw: bytes) -> Response | None:
    """The first receipt for a retry that arrives after the close (the comment itself came in time).

    A citizen who sent at 23:59 and whose answer was lost retries at 00:01 with the same
    key: telling them the consultation is closed would make them think it was not filed.
    """
    key = request.headers.get("Idempotency-Key")
    if key is None or not _KEY.match(key):
        return None
    try:
        earlier = here.store.receipt(here.package.package_id, key, hashlib.sha256(raw).hexdigest())
    except IdempotencyConflict:
        return None  # another comment under that key: it is simply late
    except Exception:
        _log.exception("could not look up an earlier receipt")
        return None
    return None if earlier is None else _receipt(earlier)


def _receipt(receipt: Receipt) -> Response:
    response = jsonify({"id": receipt.id, "reference": receipt.reference,
                        "received_at": receipt.received_at.astimezone(UTC).isoformat(timespec="seconds")})
    response.status_code = 200 if receipt.repeated else 201
    return response


@blueprint.post("/api/comments")
def add_comment() -> Response:
    here = service()
    if _refused_origin(here):
        return api_error(403, "origin", Text("participation.service.comments", "comments are not accepted from this site"))
    if request.mimetype != "application/json":
        return api_error(415, "body", Text("participation.service.comments", "send the comment as application/json"))
    moment = here.now()
    raw = request.get_data(cache=False)
    refused = _closed(here, moment)
    if refused:
        return _answered_before(here, raw) or refused
    try:
        data = strict_json.loads(raw.decode("utf-8"))
    except (strict_json.DuplicateKey, strict_json.NotJsonNumber) as exc:
        return api_error(400, "body", strict_json.json_problem(exc))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return api_error(400, "body", Text("participation.service.comments", "the body is not JSON in UTF-8"))
    try:
        comment = parse_comment(data, here.context, now=moment)
        submission = _submission(here, moment, raw)
    except CommentError as exc:
        return api_error(422, exc.field, exc.problem)
    except RecursionError:
        return api_error(400, "body", Text("participation.service.comments", "the body is nested too deeply"))
    try:
        receipt = here.store.add(comment, moment, submission)
    except IdempotencyConflict:
        return api_error(409, "Idempotency-Key", Text("participation.service.comments", "this key was already used for a different comment"))
    except Exception:
        _log.exception("could not store a comment")
        return api_error(503, "server", Text("participation.service.comments", "the comment could not be stored; please try again"))
    _log.info("comment %s stored as %s", receipt.id, receipt.reference)
    return _receipt(receipt)
