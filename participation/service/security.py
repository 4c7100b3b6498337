"""What every response of the comment service carries, and how it answers errors: one place for both.

The same security headers go on the application's answers and on the ones the
WSGI server writes itself (a body too large, a malformed request; see
:mod:`participation.service.server`).  Errors are bilingual JSON under
``/api/`` and short bilingual text elsewhere; a traceback goes to the log,
never to the client.
"""

from __future__ import annotations

import json
import logging
from urllib.parse import urlsplit

from flask import Flask, Response, request
from werkzeug.exceptions import HTTPException, MethodNotAllowed, RequestEntityTooLarge

from plu_model.i18n import Text

__all__ = ["SECURITY_HEADERS", "api_error", "error_body", "install", "same_origin", "text_response", "too_large_body"]

_log = logging.getLogger("plu.consultation")
_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob: https:; "
    "connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)
#: Sent with every answer, including the server's own error pages.
SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
    ("Content-Security-Policy", _CSP),
)


def error_body(field: str, text: Text | str) -> str:
    """The JSON of an error, spelled once: the application, waitress and nginx send the same bytes."""
    said = {language: text.say(language) if isinstance(text, Text) else text for language in ("en", "bg")}
    return json.dumps({"error": {"field": field, **said}}, ensure_ascii=False) + "\n"


def too_large_body(body_limit: int) -> str:
    """The answer to a body over the limit, whichever layer refuses it (the application, waitress or nginx)."""
    return error_body("body", Text("participation.service.security", "the request is larger than {body_limit} bytes",
                                   body_limit=body_limit))


def api_error(status: int, field: str, text: Text | str, headers: dict[str, str] | None = None) -> Response:
    """A JSON error the viewer shows in the citizen's language (a plain string is the same in both)."""
    return _json_error(status, error_body(field, text), headers)


def _json_error(status: int, body: str, headers: dict[str, str] | None = None) -> Response:
    return Response(body, status, {"Content-Type": "application/json", **(headers or {})})


def text_response(status: int, text: str, headers: dict[str, str] | None = None) -> Response:
    return Response(text, status, {"Content-Type": "text/plain; charset=utf-8", **(headers or {})})


def both_languages(text: Text, separator: str = " / ") -> str:
    """A plain-text answer in both languages, English first (no page to choose one on)."""
    return f"{text.say('en')}{separator}{text.say('bg')}\n"


def is_api() -> bool:
    return request.path.startswith("/api/")


def same_origin() -> bool:
    """Whether a state-changing request comes from our own pages.

    ``Sec-Fetch-Site`` when the browser sends it (every current one does), else
    ``Origin`` (``null`` under our no-referrer policy counts as foreign), else
    ``Referer``; a request with none of them is not from another site's page in
    a browser, so the form token alone guards it.
    """
    site = request.headers.get("Sec-Fetch-Site")
    if site:
        return site in ("same-origin", "none")
    own = urlsplit(request.host_url)
    origin = request.headers.get("Origin")
    if origin == "null":
        return False
    for value in (origin, request.headers.get("Referer")):
        if value:
            theirs = urlsplit(value)
            return (theirs.scheme, theirs.netloc) == (own.scheme, own.netloc)
    return True


#: What the framework's own refusals say to a citizen, in both languages (the rest fall back to the status).
_HTTP_TEXTS = {
    400: Text("participation.service.security", "the request is malformed"),
    403: Text("participation.service.security", "this is not allowed"),
    404: Text("participation.service.security", "there is nothing at this address"),
    405: Text("participation.service.security", "this address does not take this kind of request"),
    406: Text("participation.service.security", "the service cannot answer in the form asked for"),
    408: Text("participation.service.security", "the request took too long to arrive"),
    411: Text("participation.service.security", "the request does not say how long it is"),
    415: Text("participation.service.security", "the request's content type is not accepted here"),
}


def _http_text(status: int) -> Text:
    return _HTTP_TEXTS.get(status) or Text("participation.service.security", "the request was refused (HTTP {status})",
                                          status=status)


def install(app: Flask, body_limit: int, cors_origins: tuple[str, ...]) -> None:
    """Security headers on every answer; bilingual errors without tracebacks."""

    @app.after_request
    def _headers(response: Response) -> Response:
        for name, value in SECURITY_HEADERS:
            response.headers.setdefault(name, value)
        if request.path.startswith(("/api/", "/moderation")) or request.path == "/data/service.js":
            response.headers["Cache-Control"] = "no-store"
        if request.path == "/api/comments":
            origin = request.headers.get("Origin")
            if "*" in cors_origins:
                response.headers["Access-Control-Allow-Origin"] = "*"
            elif origin and origin in cors_origins:
                response.headers["Access-Control-Allow-Origin"] = origin
                response.headers["Vary"] = "Origin"
            response.headers["Access-Control-Allow-Methods"] = "POST, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = "Content-Type, Idempotency-Key"
            response.headers["Access-Control-Max-Age"] = "600"
        return response

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException) -> Response:
        status = exc.code or 500
        if exc.response is not None:  # made already (the rate limiter's bilingual 429)
            return exc.response  # type: ignore[return-value]
        if isinstance(exc, RequestEntityTooLarge) or status == 413:
            return _json_error(413, too_large_body(body_limit))
        said = _http_text(status)
        methods = exc.valid_methods if isinstance(exc, MethodNotAllowed) else None
        allow = {"Allow": ", ".join(methods)} if methods else {}
        if is_api():
            return api_error(status, "request", said, allow)
        return text_response(status, f"{status} " + both_languages(said), allow)

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> Response:
        _log.exception("unexpected error on %s %s", request.method, request.path)
        if is_api():
            return api_error(500, "server", Text("participation.service.security", "the service failed; your comment was not stored"))
        return text_response(500, "500 " + both_languages(Text("participation.service.security", "the service failed")))
