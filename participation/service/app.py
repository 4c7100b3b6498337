"""The comment service: hosts a consultation package and takes comments on it (Flask).

``plu consultation serve PACKAGE`` runs it.  What it does, and why:

* serves the package's files as they are, except ``data/service.js``, which it
  answers itself so the viewer posts comments back to this service;
* ``POST /api/comments`` accepts a comment only while the consultation is open
  (dates and time zone from the package), as JSON of at most
  :data:`BODY_LIMIT` bytes, after :func:`participation.comment.parse_comment`
  has checked every field; it answers with a reference number;
* rate-limits every client (all requests, comments, and failed moderator logins
  separately) and answers 429 with ``Retry-After``;
* ``/moderation`` (HTTP Basic, one password, hashed) lists the comments with or
  without personal data, lets the authority mark them ok or hidden, and exports
  them as GeoJSON (the desktop imports this) or CSV;
* escapes everything it shows (Jinja2 autoescaping, CSV formula neutralisation),
  sends a strict Content-Security-Policy and never logs comment bodies.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from flask import Flask, Response, abort, jsonify, redirect, render_template, request, send_from_directory
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge
from werkzeug.security import check_password_hash

from participation.comment import CommentError, parse_comment
from participation.comment_export import ReceivedComment, comments_csv, comments_geojson
from participation.package_reader import PackageInfo
from participation.service.ratelimit import RateLimit, RateLimiter
from participation.service.storage import STATUSES, CommentStore
from participation.web_data import viewer_script

__all__ = ["BODY_LIMIT", "ServiceLimits", "create_app", "serve"]

#: Largest request body accepted (bytes): a 5000-character comment with a 2000-vertex area fits easily.
BODY_LIMIT = 128 * 1024
_log = logging.getLogger("plu.consultation")
_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob: https:; "
    "connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


class ServiceLimits:
    """Rate limits per client: every request, comments, and failed moderation logins."""

    def __init__(
        self,
        requests: RateLimit = RateLimit(300, 60),
        comments: RateLimit = RateLimit(20, 600),
        logins: RateLimit = RateLimit(10, 600),
    ):
        self.requests, self.comments, self.logins = requests, comments, logins


def _error(status: int, field: str, en: str, bg: str, headers: dict[str, str] | None = None) -> Response:
    response = jsonify({"error": {"field": field, "en": en, "bg": bg}})
    response.status_code = status
    for k, v in (headers or {}).items():
        response.headers[k] = v
    return response


def create_app(
    package: PackageInfo,
    store: CommentStore,
    *,
    moderation_password_hash: str | None = None,
    clock: Callable[[], datetime] | None = None,
    limits: ServiceLimits | None = None,
    cors_origins: tuple[str, ...] = ("*",),
    trust_proxy: bool = False,
) -> Flask:
    """The WSGI application for one package and one comment store."""
    app = Flask(__name__, static_folder=None, template_folder=str(Path(__file__).resolve().parent / "templates"))
    app.config.update(MAX_CONTENT_LENGTH=BODY_LIMIT, JSON_AS_ASCII=False, TEMPLATES_AUTO_RELOAD=False)
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    limits = limits or ServiceLimits()
    request_limiter = RateLimiter(limits.requests)
    comment_limiter = RateLimiter(limits.comments)
    login_limiter = RateLimiter(limits.logins)
    now = clock or (lambda: datetime.now(UTC))
    root = package.root.resolve()
    context = package.context()
    settings = package.settings
    csrf_key = secrets.token_bytes(32)
    if trust_proxy:
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1)  # type: ignore[method-assign]

    def client() -> str:
        return request.remote_addr or "unknown"

    def is_api() -> bool:
        return request.path.startswith("/api/")

    def too_many(wait: float) -> Response:
        retry = str(max(1, int(wait + 0.999)))
        if is_api():
            return _error(429, "rate", "too many requests; try again later", "твърде много заявки; опитайте по-късно",
                          {"Retry-After": retry})
        return Response("Too many requests / Твърде много заявки\n", 429, {"Retry-After": retry, "Content-Type": "text/plain; charset=utf-8"})

    @app.before_request
    def _limit_requests() -> Response | None:
        wait = request_limiter.hit(client())
        return too_many(wait) if wait else None

    @app.after_request
    def _headers(response: Response) -> Response:
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Content-Security-Policy", _CSP)
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
            response.headers["Access-Control-Allow-Headers"] = "Content-Type"
            response.headers["Access-Control-Max-Age"] = "600"
        return response

    @app.errorhandler(HTTPException)
    def _http_error(exc: HTTPException) -> Response:
        status = exc.code or 500
        if isinstance(exc, RequestEntityTooLarge) or status == 413:
            return _error(413, "body", f"the request is larger than {BODY_LIMIT} bytes",
                          f"заявката е по-голяма от {BODY_LIMIT} байта")
        if is_api():
            return _error(status, "request", exc.name, exc.name)
        response = exc.get_response()
        response.set_data(f"{status} {exc.name}\n")
        response.content_type = "text/plain; charset=utf-8"
        return response

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> Response:
        _log.exception("unexpected error on %s %s", request.method, request.path)
        if is_api():
            return _error(500, "server", "the service failed; your comment was not stored",
                          "услугата се срина; становището не е записано")
        return Response("500 Internal Server Error\n", 500, {"Content-Type": "text/plain; charset=utf-8"})

    # -- the package ---------------------------------------------------------------
    @app.get("/")
    def index() -> Response:
        return send_from_directory(root, "index.html")

    @app.get("/data/service.js")
    def service_js() -> Response:
        return Response(viewer_script("PLU_SERVICE", {"url": "api/comments"}), mimetype="text/javascript")

    @app.get("/<path:name>")
    def package_file(name: str) -> Response:
        return send_from_directory(root, name)

    # -- the public API ------------------------------------------------------------------
    @app.get("/api/consultation")
    def consultation() -> Response:
        state = settings.state_at(now())
        return jsonify({
            "package_id": package.package_id, "title": settings.title, "state": state,
            "start": settings.start.isoformat(), "end": settings.end.isoformat(), "timezone": settings.timezone,
            "accepting_comments": state == "open",
        })

    @app.route("/api/comments", methods=["OPTIONS"])
    def comments_preflight() -> Response:
        return Response(status=204)

    @app.post("/api/comments")
    def add_comment() -> Response:
        wait = comment_limiter.hit(client())
        if wait:
            return too_many(wait)
        if request.mimetype != "application/json":
            return _error(415, "body", "send the comment as application/json", "изпратете становището като application/json")
        if request.content_length is not None and request.content_length > BODY_LIMIT:
            abort(413)
        moment = now()
        state = settings.state_at(moment)
        if state == "before":
            return _error(403, "period", f"the consultation opens on {settings.start.isoformat()}",
                          f"обсъждането започва на {settings.start.strftime('%d.%m.%Y')}")
        if state == "closed":
            return _error(403, "period", f"the consultation closed on {settings.end.isoformat()}",
                          f"обсъждането приключи на {settings.end.strftime('%d.%m.%Y')}")
        raw = request.get_data(cache=False)
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            return _error(400, "body", "the body is not JSON in UTF-8", "тялото на заявката не е JSON в UTF-8")
        try:
            comment = parse_comment(data, context, now=moment)
        except CommentError as exc:
            return _error(422, exc.field, exc.message_en, exc.message_bg)
        except RecursionError:
            return _error(400, "body", "the body is nested too deeply", "заявката е вложена твърде дълбоко")
        try:
            store.add(comment, moment)
        except Exception:
            _log.exception("could not store a comment")
            return _error(503, "server", "the comment could not be stored; please try again",
                          "становището не можа да бъде записано; опитайте отново")
        _log.info("comment %s stored", comment.id)
        response = jsonify({"id": comment.id, "received_at": moment.astimezone(UTC).isoformat(timespec="seconds")})
        response.status_code = 201
        return response

    # -- moderation ------------------------------------------------------------------
    def authorised() -> bool:
        if not moderation_password_hash:
            return False
        auth = request.authorization
        if auth is None or auth.type != "basic":
            return False
        ok = check_password_hash(moderation_password_hash, auth.password or "")
        if not ok:
            login_limiter.hit(client())
        return ok

    def guard() -> Response | None:
        if not moderation_password_hash:
            return Response("Moderation is off: start the service with a moderation password.\n"
                            "Модерацията е изключена: стартирайте услугата с парола за модериране.\n",
                            403, {"Content-Type": "text/plain; charset=utf-8"})
        wait = login_limiter.waiting(client())
        if wait:
            return too_many(wait)
        if not authorised():
            return Response("Authentication required / Нужна е парола\n", 401,
                            {"WWW-Authenticate": 'Basic realm="PLU Studio moderation", charset="UTF-8"',
                             "Content-Type": "text/plain; charset=utf-8"})
        return None

    def csrf_token() -> str:
        return hmac.new(csrf_key, b"moderation", hashlib.sha256).hexdigest()

    def stored(personal: bool) -> list[ReceivedComment]:
        return [ReceivedComment(s.comment, s.received_at, s.status) for s in store.comments(personal=personal)]

    @app.get("/moderation")
    def moderation() -> Response | str:
        refused = guard()
        if refused:
            return refused
        personal = request.args.get("personal") == "1"
        items = stored(personal)
        counts = {s: sum(1 for i in items if i.status == s) for s in STATUSES}
        return render_template(
            "moderation.html", items=items, personal=personal, counts=counts, settings=settings,
            paragraphs=package.paragraphs, zones=package.zones, csrf=csrf_token(), statuses=STATUSES,
            state=settings.state_at(now()),
        )

    @app.get("/moderation/style.css")
    def moderation_css() -> Response:
        return send_from_directory(Path(__file__).resolve().parent / "templates", "moderation.css")

    @app.post("/moderation/status")
    def moderation_status() -> Response:
        refused = guard()
        if refused:
            return refused
        if not hmac.compare_digest(request.form.get("csrf", ""), csrf_token()):
            return Response("Bad form token / Невалиден формуляр\n", 400, {"Content-Type": "text/plain; charset=utf-8"})
        status = request.form.get("status", "")
        if status not in STATUSES:
            return Response("Unknown status\n", 400, {"Content-Type": "text/plain; charset=utf-8"})
        store.set_status(request.form.get("id", "")[:64], status)
        return redirect("/moderation" + ("?personal=1" if request.form.get("personal") == "1" else ""), code=303)

    @app.get("/moderation/export.geojson")
    def export_geojson() -> Response:
        refused = guard()
        if refused:
            return refused
        personal = request.args.get("personal") == "1"
        body = json.dumps(comments_geojson(stored(personal), personal=personal), ensure_ascii=False, indent=1)
        name = f"comments-{'personal' if personal else 'anonymous'}.geojson"
        return Response(body, mimetype="application/geo+json",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    @app.get("/moderation/export.csv")
    def export_csv() -> Response:
        refused = guard()
        if refused:
            return refused
        personal = request.args.get("personal") == "1"
        body = "\ufeff" + comments_csv(stored(personal), personal=personal)
        name = f"comments-{'personal' if personal else 'anonymous'}.csv"
        return Response(body.encode("utf-8"), mimetype="text/csv",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    app.config["PLU_STORE"] = store
    app.config["PLU_PACKAGE"] = package
    return app


def serve(app: Flask, host: str = "127.0.0.1", port: int = 8080, threads: int = 8) -> None:
    """Run the service with waitress (a production WSGI server) when installed, else Werkzeug's."""
    try:
        from waitress import serve as waitress_serve
    except ImportError:  # pragma: no cover - waitress is in requirements.txt
        from werkzeug.serving import run_simple

        run_simple(host, port, app, threaded=True)
        return
    waitress_serve(app, host=host, port=port, threads=threads, max_request_body_size=BODY_LIMIT * 2,
                   ident="PLU Studio", clear_untrusted_proxy_headers=True)


def hash_password(password: str) -> str:
    from werkzeug.security import generate_password_hash

    return generate_password_hash(password)

