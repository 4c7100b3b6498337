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


def raw_request(host: str, port: int | str, raw: bytes, timeout: float = 30) -> tuple[int, dict[str, str], bytes]:
    """``raw`` sent byte for byte to ``host`` (IPv4 or IPv6), read until the server closes: status, headers, body.

    Header names come back in lower case.  A server that refuses while the body is still arriving may close
    before all of it is sent; its answer is read all the same.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.settimeout(timeout)
        s.connect((host, int(port)))
        try:
            s.sendall(raw)
        except (BrokenPipeError, ConnectionResetError):
            pass
        answer = read_until_closed(s)
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {name.strip().lower(): value.strip() for name, _, value in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split(" ", 2)[1]), headers, body


def read_until_closed(s: socket.socket) -> bytes:
    """Everything the server sends until it closes (a reset after its answer counts as the close)."""
    chunks = []
    while True:
        try:
            chunk = s.recv(65536)
        except ConnectionResetError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def json_post(path: str, body: bytes, chunk: int | None = None) -> bytes:
    """A POST of ``body`` as JSON with ``Connection: close``: with its ``Content-Length``, or in chunks of ``chunk``."""
    head = f"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nConnection: close\r\n"
    if chunk is None:
        return f"{head}Content-Length: {len(body)}\r\n\r\n".encode() + body
    pieces = [body[i:i + chunk] for i in range(0, len(body), chunk)]
    framed = b"".join(b"%x\r\n%s\r\n" % (len(piece), piece) for piece in pieces) + b"0\r\n\r\n"
    return f"{head}Transfer-Encoding: chunked\r\n\r\n".encode() + framed


def json_of_size(size: int) -> bytes:
    """``{}`` padded with blanks to ``size`` bytes: JSON the service reads, a comment it refuses (422, no text)."""
    return b"{" + b" " * (size - 2) + b"}"


def too_large_answer(limit: int) -> dict:
    """The service's answer to a body over ``limit`` bytes, in both languages, as the citizen reads it."""
    return {"error": {"field": "body", "en": f"the request is larger than {limit} bytes",
                      "bg": f"заявката е по-голяма от {limit} байта"}}
