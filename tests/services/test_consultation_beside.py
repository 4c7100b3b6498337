"""The consultation service beside the register's services, behind the same nginx (``plu serve --consultation``).

Its ``--behind-proxy`` mode must see each citizen's own address through that nginx: two loopback
addresses (127.0.0.2, 127.0.0.3) are two clients with their own rate limits.
"""

from __future__ import annotations

import json
import socket
import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "participation"))

from consultation_fixtures import package_dir, sample_gpkg  # noqa: E402,F401 - fixtures

from participation.package_reader import open_package  # noqa: E402
from participation.service.app import ServiceLimits, create_app, hash_password  # noqa: E402
from participation.service.ratelimit import RateLimit  # noqa: E402
from participation.service.server import make_server  # noqa: E402
from participation.service.storage import SqliteCommentStore  # noqa: E402


@pytest.fixture
def stack_with_consultation(city_register, package_dir, tmp_path):  # noqa: F811 - the fixture above
    from services.stack import ServiceStack, free_port, missing_programs, write_configuration

    if missing_programs():
        pytest.skip("needs nginx, spawn-fcgi and qgis-server (scripts/setup.sh)")
    limits = ServiceLimits(requests=RateLimit(1000, 60), comments=RateLimit(2, 600))
    app = create_app(open_package(package_dir), SqliteCommentStore(tmp_path / "comments.db"),
                     moderation_password_hash=hash_password("a-long-moderation-password"), limits=limits)
    server = make_server(app, "127.0.0.1", 0, behind_proxy=True, trusted_proxy="127.0.0.1")
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    port = free_port()
    layout = write_configuration(tmp_path / "stack", city_register, f"http://127.0.0.1:{port}", f"127.0.0.1:{port}",
                                 consultation=f"127.0.0.1:{server.effective_port}", ogcapi_processes=1, qgis_processes=1)
    stack = ServiceStack(layout, city_register, ogcapi_threads=2).start()
    try:
        yield port
    finally:
        stack.stop()
        server.close()
        server.task_dispatcher.shutdown(timeout=2)


def _post(port: int, text: str, source: str, spoof: str = "10.9.8.7") -> int:
    body = json.dumps({"text": text}).encode()
    raw = (f"POST /consultation/api/comments HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
           f"Content-Length: {len(body)}\r\nConnection: close\r\nX-Forwarded-For: {spoof}\r\n\r\n").encode() + body
    with socket.create_connection(("127.0.0.1", port), timeout=10, source_address=(source, 0)) as s:
        s.sendall(raw)
        answer = b""
        while chunk := s.recv(65536):
            answer += chunk
    return int(answer.split(b" ", 2)[1])


def test_each_citizen_reaches_the_rate_limits_with_their_own_address(stack_with_consultation):
    port = stack_with_consultation
    assert [_post(port, f"становище {i}", "127.0.0.2") for i in range(3)] == [201, 201, 429]
    assert _post(port, "друго становище", "127.0.0.3") == 201  # another citizen is not punished
    import urllib.request

    with urllib.request.urlopen(f"http://127.0.0.1:{port}/ogcapi/collections?f=json", timeout=30) as r:
        assert r.status == 200  # the register's services answer on the same address
