"""``/moderation``: the authority's pages (HTTP Basic, one password) to read comments and mark them.

Logins go through :class:`participation.service.login_guard.LoginGuard`.  A
successful login starts a moderation session (a signed cookie) whose form
token guards every change; a new login gets a new session and a new token.
A change must also come from our own pages (``Origin``/``Referer``).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from pathlib import Path

from flask import Blueprint, Response, g, redirect, render_template, request, send_from_directory
from werkzeug.security import check_password_hash

from participation.comment_export import ReceivedComment
from participation.service.context import Service, service
from participation.service.login_guard import DEVICE_COOKIE, DEVICE_DAYS
from participation.service.ratelimit import client_address
from participation.service.security import both_languages, same_origin, text_response
from participation.service.storage import STATUSES
from plu_model.i18n import Text

__all__ = ["blueprint", "guard", "stored"]

SESSION_COOKIE = "plu_session"
_SESSION_HOURS = 12
_TEMPLATES = Path(__file__).resolve().parent / "templates"

blueprint = Blueprint("moderation", __name__, template_folder="templates")


def _verify(hashed: str, password: str) -> bool:
    return check_password_hash(hashed, password)  # looked up per call, so tests can count the hashes


def _session_mac(here: Service, nonce: str, expires: str) -> str:
    return hmac.new(here.secret, f"session|{nonce}|{expires}".encode(), hashlib.sha256).hexdigest()


def _session(here: Service) -> str | None:
    """The nonce of a valid moderation session cookie, else ``None``."""
    value = request.cookies.get(SESSION_COOKIE, "")
    if value.count(".") != 2:
        return None
    nonce, expires, mac = value.split(".")
    if not expires.isdigit() or int(expires) < time.time():
        return None
    return nonce if hmac.compare_digest(mac, _session_mac(here, nonce, expires)) else None


def csrf_token() -> str:
    """The form token of this moderation session (a new session after every login)."""
    here = service()
    nonce = g.get("plu_session") or _session(here) or ""
    return hmac.new(here.secret, f"csrf|{nonce}".encode(), hashlib.sha256).hexdigest()


def _start_session(response: Response) -> Response:
    here = service()
    if g.get("plu_new_session"):
        expires = str(int(time.time()) + _SESSION_HOURS * 3600)
        nonce = g.plu_session
        response.set_cookie(SESSION_COOKIE, f"{nonce}.{expires}.{_session_mac(here, nonce, expires)}",
                            max_age=_SESSION_HOURS * 3600, httponly=True, samesite="Strict",
                            secure=request.is_secure, path="/moderation")
    if g.get("plu_device_for"):
        assert here.login is not None
        response.set_cookie(DEVICE_COOKIE, here.login.device_cookie(g.plu_device_for), max_age=DEVICE_DAYS * 86400,
                            httponly=True, samesite="Strict", secure=request.is_secure, path="/moderation")
    return response


def guard() -> Response | None:
    """``None`` when the moderator may go on; else the refusal (off, unauthenticated, rate limited, busy)."""
    here = service()
    if here.login is None:
        return text_response(403, both_languages(Text("participation.service.moderation", "Moderation is off: start the service with a moderation "
                                                          "password."), "\n"))
    auth = request.authorization
    if auth is None or auth.type != "basic":
        return _ask()
    user = auth.username or ""
    device = here.login.trusted_device(request.cookies.get(DEVICE_COOKIE), user)
    session = _session(here)
    fresh = secrets.token_urlsafe(18) if session is None else None  # the session this login would start
    verdict = here.login.check(client_address(), user, auth.password or "", device, _verify, session or fresh)
    if verdict.outcome == "wait":
        return here.too_many(verdict.retry)
    if verdict.outcome == "busy":
        return text_response(503, both_languages(Text("participation.service.moderation", "Busy, try again")), {"Retry-After": verdict.retry})
    if verdict.outcome != "ok":
        return _ask()
    if fresh is not None:
        g.plu_session, g.plu_new_session = fresh, True
    if device is None:
        g.plu_device_for = user
    return None


def _ask() -> Response:
    return text_response(401, both_languages(Text("participation.service.moderation", "Authentication required")),
                         {"WWW-Authenticate": 'Basic realm="PLU Studio moderation", charset="UTF-8"'})


def stored(personal: bool) -> list[ReceivedComment]:
    """The comments as exported, each with the short reference its sender was given."""
    return [ReceivedComment(s.comment, s.received_at, s.status, s.reference or "")
            for s in service().store.comments(personal=personal)]


def _listed(personal: bool) -> tuple[list[ReceivedComment], dict[str, str]]:
    """The comments as exported, and each one's short reference, from one read."""
    items = stored(personal)
    return items, {i.comment.id: i.reference for i in items}


@blueprint.after_app_request
def _cookies(response: Response) -> Response:
    return _start_session(response) if request.path.startswith("/moderation") else response


@blueprint.get("/moderation")
def page() -> Response | str:
    refused = guard()
    if refused:
        return refused
    here = service()
    personal = request.args.get("personal") == "1"
    items, references = _listed(personal)
    counts = {s: sum(1 for i in items if i.status == s) for s in STATUSES}
    return render_template(
        "moderation.html", items=items, personal=personal, counts=counts, settings=here.settings,
        paragraphs=here.package.paragraphs, zones=here.package.zones, csrf=csrf_token(), statuses=STATUSES,
        state=here.settings.state_at(here.now()), references=references,
    )


@blueprint.get("/moderation/style.css")
def style() -> Response:
    return send_from_directory(_TEMPLATES, "moderation.css")


@blueprint.post("/moderation/status")
def set_status() -> Response:
    if not same_origin():
        return text_response(403, both_languages(Text("participation.service.moderation", "Refused: the form was sent from another site")))
    refused = guard()
    if refused:
        return refused
    if _session(service()) is None or not hmac.compare_digest(request.form.get("csrf", ""), csrf_token()):
        return text_response(400, both_languages(Text("participation.service.moderation", "Bad form token")))
    status = request.form.get("status", "")
    if status not in STATUSES:
        return text_response(400, "Unknown status\n")
    service().store.set_status(request.form.get("id", "")[:64], status)
    return redirect("/moderation" + ("?personal=1" if request.form.get("personal") == "1" else ""), code=303)
