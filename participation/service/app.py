"""The comment service: hosts a consultation package and takes comments on it (Flask).

``plu consultation serve PACKAGE`` runs it.  The routes live in one blueprint
per area, each a module of its own:

* :mod:`~participation.service.public` - the package's files (only those its
  manifest lists) and the consultation's state;
* :mod:`~participation.service.comments` - ``POST /api/comments``, with a short
  reference (``ПУП-2026-0042``) and an idempotency key;
* :mod:`~participation.service.moderation` - the authority's pages, behind a
  password checked by :mod:`~participation.service.login_guard`;
* :mod:`~participation.service.export` - GeoJSON and CSV exports.

Rate limits are Flask-Limiter's (:mod:`~participation.service.ratelimit`);
headers and errors are set in one place (:mod:`~participation.service.security`);
:mod:`~participation.service.server` runs it on waitress.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from flask import Flask, Response
from werkzeug.security import generate_password_hash

from participation.package_reader import PackageInfo
from participation.service import comments, export, moderation, public, security
from participation.service.comments import BODY_LIMIT
from participation.service.context import Service
from participation.service.login_guard import LoginGuard
from participation.service.ratelimit import ServiceLimits, make_limiter
from participation.service.server import serve
from participation.service.storage import CommentStore, SqliteCommentStore, refuse_inside
from plu_model.i18n import Text

__all__ = ["BODY_LIMIT", "ServiceLimits", "create_app", "hash_password", "serve"]


def _too_many(retry: str) -> Response:
    if security.is_api():
        return security.api_error(429, "rate", Text("participation.service.app", "too many requests; try again later"), {"Retry-After": retry})
    return security.text_response(429, security.both_languages(Text("participation.service.app", "Too many requests")),
                                  {"Retry-After": retry})


def create_app(
    package: PackageInfo,
    store: CommentStore,
    *,
    moderation_password_hash: str | None = None,
    clock: Callable[[], datetime] | None = None,
    limits: ServiceLimits | None = None,
    cors_origins: tuple[str, ...] = ("*",),
    secret: bytes | None = None,
) -> Flask:
    """The WSGI application for one package and one comment store.

    A SQLite store inside the package folder is refused (it would be published).
    ``secret`` signs the moderator's cookies; give the same one to every
    worker process (``plu consultation serve`` derives it from the password),
    else each process makes its own.
    """
    if isinstance(store, SqliteCommentStore):
        refuse_inside(store.path, package.root)
    app = Flask(__name__, static_folder=None, template_folder=str(Path(__file__).resolve().parent / "templates"))
    app.config.update(MAX_CONTENT_LENGTH=BODY_LIMIT, JSON_AS_ASCII=False, TEMPLATES_AUTO_RELOAD=False)
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    limits = limits or ServiceLimits()
    secret = secret or secrets.token_bytes(32)
    limiter = make_limiter(app, limits, _too_many)
    login = None
    if moderation_password_hash:
        login = LoginGuard(moderation_password_hash, limiter.limiter, limits, secret)
    app.extensions["plu"] = Service(
        package=package, store=store, now=clock or (lambda: datetime.now(UTC)), limits=limits, limiter=limiter,
        login=login, secret=secret, cors_origins=cors_origins, too_many=_too_many,
        published=public.published_files(package),
    )
    limiter.limit(limits.comments.text(), methods=["POST"])(comments.blueprint)
    security.install(app, BODY_LIMIT, cors_origins)
    for area in (comments, moderation, export, public):
        app.register_blueprint(area.blueprint)
    app.config["PLU_STORE"] = store
    app.config["PLU_PACKAGE"] = package
    return app


def hash_password(password: str) -> str:
    return generate_password_hash(password)
