"""Fixtures and helpers for the consultation tests: plan files, packages, a running service, a browser.

Test modules star-import this module.  It is not a ``conftest.py`` because the root
test modules do ``from conftest import …``, which a second ``conftest`` module on
``sys.path`` would shadow.
"""

from __future__ import annotations

import shutil
import socket
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
from conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402,F401 - the browser fixture is in tests/conftest.py


def open_settings(**changes):
    """Settings of a consultation that is open today (started three days ago, ends in twenty)."""
    from participation.settings import ConsultationSettings

    today = date.today()
    values = dict(
        title="Обществено обсъждане: ПУП „Зелена поляна“ (тест)",
        authority="Столична община (тест)",
        contact_email="plan@example.invalid",
        start=today - timedelta(days=3),
        end=today + timedelta(days=20),
        how_to_comment={"bg": "Писмени становища се приемат и в деловодството.",
                        "en": "Written comments are also accepted at the registry."},
    )
    values.update(changes)
    return ConsultationSettings(**values)


@pytest.fixture(scope="session")
def sample_gpkg(tmp_path_factory, sample_path) -> Path:
    """The sample plan as a plan file (session copy; tests copy it before changing it)."""
    from plu_model.geopackage import save_dataset
    from plu_model.readers import read_dataset

    data, findings = read_dataset(sample_path)
    assert findings == []
    return save_dataset(tmp_path_factory.mktemp("plan") / "zelena-polyana.gpkg", data)


@pytest.fixture
def plan_gpkg(tmp_path, sample_gpkg) -> Path:
    """A private copy of the sample plan file."""
    target = tmp_path / "plan.gpkg"
    shutil.copy2(sample_gpkg, target)
    return target


@pytest.fixture(scope="session")
def package_dir(tmp_path_factory, sample_path) -> Path:
    """A package of the sample plan (no map PDF), consultation open today; never modified by tests."""
    from participation.package import build_package

    out = tmp_path_factory.mktemp("packages") / "zelena-polyana"
    build_package(sample_path, out, open_settings())
    return out


@pytest.fixture
def package_copy(tmp_path, package_dir) -> Path:
    target = tmp_path / "package"
    shutil.copytree(package_dir, target)
    return target


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveService:
    """The comment service on a real socket in a background thread."""

    def __init__(self, app):
        from werkzeug.serving import make_server

        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.url = f"http://127.0.0.1:{self.server.server_port}/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.thread.join(timeout=10)


@pytest.fixture
def live_service(tmp_path, package_dir):
    from participation.package_reader import open_package
    from participation.service.app import ServiceLimits, create_app, hash_password
    from participation.service.ratelimit import RateLimit
    from participation.service.storage import SqliteCommentStore

    store = SqliteCommentStore(tmp_path / "comments.db")
    app = create_app(open_package(package_dir), store, moderation_password_hash=hash_password("moderate-me-please"),
                     limits=ServiceLimits(requests=RateLimit(2000, 60)))
    service = LiveService(app)
    service.store = store
    yield service
    service.stop()




def send_to_service(url: str, body: bytes, method: str = "POST",
                    content_type: str = "application/json") -> tuple[int, dict]:
    """A raw request to a running service's comment API (``url`` ends in ``/``): its status and JSON answer."""
    import json
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url + "api/comments", data=body, method=method,
                                     headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def post_to_service(url: str, comment: dict) -> tuple[int, dict]:
    """A comment posted as JSON (ASCII-escaped, as Python's ``json.dumps`` sends it)."""
    import json

    return send_to_service(url, json.dumps(comment).encode("utf-8"))
