"""The comment service on real sockets: waitress alone, and behind nginx with the shipped configuration.

These are the attacks of issue 13 that only show on a real server: a spoofed or
stripped ``X-Forwarded-For``, the server's own error pages, slow clients holding
connections, rate limits shared by worker processes.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from consultation_fixtures import *  # noqa: F403 - fixtures
from consultation_fixtures import ROOT, json_of_size, json_post, raw_request, read_until_closed, too_large_answer

from participation.package_reader import open_package
from participation.service.app import BODY_LIMIT, ServiceLimits, create_app, hash_password
from participation.service.ratelimit import RateLimit
from participation.service.security import SECURITY_HEADERS
from participation.service.server import make_server, waitress_body_limit
from participation.service.storage import SqliteCommentStore
from services.nginx_conf import ipv6_available
from services.stack import free_port as free_port_both

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


class Waitress:
    """The service under waitress, as ``plu consultation serve`` runs it, on a free port."""

    def __init__(self, app, **options):
        self.server = make_server(app, "127.0.0.1", 0, **options)
        self.port = self.server.effective_port
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.close()
        self.server.task_dispatcher.shutdown(timeout=2)


@pytest.fixture
def service(package_dir, tmp_path):
    running: list[Waitress] = []

    def start(limits=None, **options) -> Waitress:
        limits = limits or ServiceLimits(requests=RateLimit(1000, 60), comments=RateLimit(2, 600))
        app = create_app(open_package(package_dir), SqliteCommentStore(tmp_path / f"c{len(running)}.db"),
                         moderation_password_hash=hash_password("a-long-moderation-password"), limits=limits)
        running.append(Waitress(app, **options))
        return running[-1]

    yield start
    for s in running:
        s.stop()


def _post(port: int, text: str, headers: dict[str, str] | None = None, source: str = "127.0.0.1") -> int:
    """POST a comment from ``source`` (any 127.x.y.z is this machine) and return the status."""
    body = json.dumps({"text": text}).encode()
    request = (f"POST /api/comments HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
               f"Content-Length: {len(body)}\r\nConnection: close\r\n"
               + "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items()) + "\r\n").encode() + body
    return int(_exchange(port, request, source).split(b" ", 2)[1])


def _exchange(port: int, raw: bytes, source: str = "127.0.0.1", timeout: float = 10) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout, source_address=(source, 0)) as s:
        s.sendall(raw)
        return read_until_closed(s)


# -- 1. X-Forwarded-For -------------------------------------------------------------------------
def test_behind_a_trusted_proxy_each_client_has_its_own_limit(service):
    s = service(behind_proxy=True, trusted_proxy="127.0.0.1")
    alice, bob = {"X-Forwarded-For": "198.51.100.10"}, {"X-Forwarded-For": "198.51.100.20"}
    assert [_post(s.port, f"a{i}", alice) for i in range(3)] == [201, 201, 429]
    assert _post(s.port, "b", bob) == 201  # a different citizen behind the same proxy is not punished


def test_without_a_trusted_proxy_the_address_cannot_be_spoofed(service):
    direct = service()  # not behind a proxy
    assert [_post(direct.port, f"x{i}", {"X-Forwarded-For": f"203.0.113.{i}"}) for i in range(3)] == [201, 201, 429]
    elsewhere = service(behind_proxy=True, trusted_proxy="127.0.0.9")  # the proxy is another machine than the caller
    assert [_post(elsewhere.port, f"y{i}", {"X-Forwarded-For": f"203.0.113.{i}"}) for i in range(3)] == [201, 201, 429]


# -- 7. waitress's own error answers ------------------------------------------------------------
@pytest.mark.parametrize("raw", [
    b"POST /api/comments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n"
    % (BODY_LIMIT * 3) + b"{" * (BODY_LIMIT * 3),
    b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked, identity\r\n\r\n",
], ids=["413", "400-length", "400-encoding"])
def test_the_servers_own_error_pages_carry_the_security_headers(service, raw):
    s = service()
    answer = _exchange(s.port, raw).decode("latin-1")
    status = int(answer.split(" ", 2)[1])
    assert status in (400, 413, 501), answer[:200]
    head = answer.split("\r\n\r\n", 1)[0]
    for name, value in SECURITY_HEADERS:
        assert f"{name}: {value}" in head, (name, head)


# -- limits shared by processes -----------------------------------------------------------------
def test_two_workers_share_one_rate_limit_in_sqlite(package_dir, tmp_path):
    limits = ServiceLimits(requests=RateLimit(1000, 60), comments=RateLimit(3, 600),
                           storage_uri=f"plu-sqlite:///{tmp_path / 'limits.db'}")
    store = SqliteCommentStore(tmp_path / "c.db")
    code = ("import sys, json\nsys.path.insert(0, {root!r})\n"
            "from participation.package_reader import open_package\n"
            "from participation.service.app import create_app\nfrom participation.service.ratelimit import *\n"
            "from participation.service.storage import SqliteCommentStore\n"
            "app = create_app(open_package({pkg!r}), SqliteCommentStore({db!r}), limits=ServiceLimits("
            "requests=RateLimit(1000, 60), comments=RateLimit(3, 600), storage_uri={uri!r}))\n"
            "c = app.test_client()\n"
            "print(json.dumps([c.post('/api/comments', json={{'text': str(i)}}).status_code for i in range(2)]))\n")
    worker = subprocess.run(
        [sys.executable, "-c",
         code.format(root=str(ROOT), pkg=str(package_dir), db=str(tmp_path / "c.db"), uri=limits.storage_uri)],
        capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert worker.returncode == 0, worker.stderr[-2000:]
    assert json.loads(worker.stdout) == [201, 201]  # the other process used two of the three
    here = create_app(open_package(package_dir), store, limits=limits).test_client()
    assert [here.post("/api/comments", json={"text": f"тук {i}"}).status_code for i in range(2)] == [201, 429]


# -- 2. slow clients ------------------------------------------------------------------------------
def _nginx_config(tmp_path: Path, listen: int, upstream: int) -> Path:
    """The shipped deploy/nginx/consultation.conf, on test ports, inside a minimal nginx.conf."""
    site = (ROOT / "deploy" / "nginx" / "consultation.conf").read_text(encoding="utf-8")
    site = site.replace("listen 80;", f"listen 127.0.0.1:{listen};")
    assert "listen [::]:80;" in site  # every address of the machine, IPv6 too
    site = site.replace("listen [::]:80;", f"listen [::1]:{listen};" if ipv6_available() else "")
    site = site.replace("server 127.0.0.1:8080;", f"server 127.0.0.1:{upstream};")
    (tmp_path / "consultation.conf").write_text(site, encoding="utf-8")
    for folder in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (tmp_path / folder).mkdir()
    main = f"""{'user root;' if os.geteuid() == 0 else ''}
worker_processes 1;
pid {tmp_path}/nginx.pid;
error_log {tmp_path}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {tmp_path}/body; proxy_temp_path {tmp_path}/proxy; fastcgi_temp_path {tmp_path}/fastcgi;
    uwsgi_temp_path {tmp_path}/uwsgi; scgi_temp_path {tmp_path}/scgi;
    include {tmp_path}/consultation.conf;
}}
"""
    (tmp_path / "nginx.conf").write_text(main, encoding="utf-8")
    return tmp_path / "nginx.conf"


@pytest.fixture
def nginx(tmp_path):
    if not os.path.exists(NGINX):
        pytest.fail("nginx is not installed: scripts/setup.sh installs it (Debian package nginx-light)")
    procs = []

    def start(upstream: int) -> int:
        port = free_port_both()
        conf = _nginx_config(tmp_path, port, upstream)
        proc = subprocess.Popen([NGINX, "-p", str(tmp_path), "-c", str(conf), "-g", "daemon off;"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        procs.append(proc)
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                return port
            except OSError:
                if proc.poll() is not None:
                    pytest.fail("nginx did not start: " + proc.stderr.read().decode())
                time.sleep(0.05)
        pytest.fail("nginx did not start")

    yield start
    for proc in procs:
        proc.terminate()
        proc.wait(timeout=10)


def _half_open(port: int, count: int, source: str) -> list[socket.socket]:
    """``count`` connections that send half a request and then wait (a drip of one byte each)."""
    held = []
    for i in range(count):
        s = socket.create_connection(("127.0.0.1", port), timeout=5, source_address=(source, 0))
        if i % 2:
            s.sendall(b"POST /api/comments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Le")
        else:
            s.sendall(b"POST /api/comments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      b"Content-Length: 5000\r\n\r\n{\"text\": \"")
        held.append(s)
    for s in held:
        try:
            s.sendall(b"a")
        except OSError:
            pass  # refused already: the attacker's problem
    return held


def _timed_get(port: int, source: str, timeout: float) -> tuple[float, int | None]:
    start = time.monotonic()
    try:
        answer = _exchange(port, b"GET /api/consultation HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                           source, timeout=timeout)
        status = int(answer.split(b" ", 2)[1]) if answer else None
    except OSError:
        status = None
    return time.monotonic() - start, status


def test_slow_clients_from_one_address_do_not_take_the_service_offline(service, nginx):
    s = service(behind_proxy=True)
    alone = service(behind_proxy=False)
    held = _half_open(alone.port, 150, "127.0.0.1")
    try:  # the attack, on waitress alone: the other citizen waits in vain
        waited, status = _timed_get(alone.port, "127.0.0.2", timeout=2.5)
        assert status is None or waited >= 2
    finally:
        for h in held:
            h.close()
    front = nginx(s.port)
    held = _half_open(front, 150, "127.0.0.1")
    try:  # the recommended stack: nginx in front holds them, waitress never sees them
        waited, status = _timed_get(front, "127.0.0.2", timeout=5)
        assert status == 200 and waited < 2, (status, waited)
        assert _post(front, "през nginx", source="127.0.0.3") == 201
    finally:
        for h in held:
            h.close()
    proxied = urllib.request.urlopen(f"http://127.0.0.1:{front}/api/consultation", timeout=5)
    assert proxied.headers.get_all("X-Frame-Options") == ["DENY"]  # once, not twice


def test_behind_nginx_the_limits_see_each_citizen(service, nginx):
    s = service(behind_proxy=True)
    front = nginx(s.port)
    spoof = {"X-Forwarded-For": "10.1.2.3"}  # nginx replaces it with the real address
    assert [_post(front, f"a{i}", spoof, source="127.0.0.4") for i in range(3)] == [201, 201, 429]
    assert _post(front, "b", spoof, source="127.0.0.5") == 201
    try:
        urllib.request.urlopen(urllib.request.Request(
            f"http://127.0.0.1:{front}/api/comments", data=b"x" * (300 * 1024),
            headers={"Content-Type": "application/json"}), timeout=5)
        raise AssertionError("a 300 KiB body was accepted")
    except urllib.error.HTTPError as exc:
        assert exc.code == 413 and exc.headers["X-Content-Type-Options"] == "nosniff"


# -- 4. password guessing must not slow everyone else down ------------------------------------------
def _guess(port: int, source: str, password: str) -> int:
    token = base64.b64encode(f"m:{password}".encode()).decode()
    raw = f"GET /moderation HTTP/1.1\r\nHost: x\r\nAuthorization: Basic {token}\r\nConnection: close\r\n\r\n".encode()
    answer = _exchange(port, raw, source, timeout=30)
    return int(answer.split(b" ", 2)[1]) if answer else 0


def test_guessing_from_24_addresses_leaves_the_public_pages_fast(service):
    s = service(limits=ServiceLimits(requests=RateLimit(10_000, 60)))  # the default login budgets
    codes: list[int] = []

    def attacker(n: int) -> None:
        for i in range(10):
            codes.append(_guess(s.port, f"127.0.1.{n + 1}", f"guess-{n}-{i}"))

    attackers = [threading.Thread(target=attacker, args=(n,)) for n in range(24)]
    for a in attackers:
        a.start()
    times = []
    while any(a.is_alive() for a in attackers) and len(times) < 200:
        times.append(_timed_get(s.port, "127.0.2.1", timeout=10)[0])
        time.sleep(0.02)
    for a in attackers:
        a.join(timeout=60)
    times.sort()
    assert len(codes) == 240 and set(codes) <= {401, 429, 503}
    assert times and times[len(times) // 2] < 0.5, times[len(times) // 2]


# -- one body limit at every layer, one answer beyond it ----------------------------------------------
#: Bodies within the limit reach the service (which refuses ``{}`` for its missing text); bodies over it are
#: refused with the service's own bilingual JSON by whichever layer sees them first.
_MANY = ServiceLimits(requests=RateLimit(1000, 60), comments=RateLimit(1000, 600))


def _refused_as_the_service_refuses(answer: tuple[int, dict[str, str], bytes]) -> None:
    status, headers, body = answer
    assert status == 413, (status, body[:300])
    assert headers["content-type"] == "application/json" and json.loads(body) == too_large_answer(BODY_LIMIT), body
    for name, value in SECURITY_HEADERS:
        assert headers[name.lower()] == value, name


def test_one_body_limit_at_every_layer(package_dir, tmp_path):
    from services.nginx_conf import NginxSite, nginx_conf

    app = create_app(open_package(package_dir), SqliteCommentStore(tmp_path / "c.db"))
    assert app.config["MAX_CONTENT_LENGTH"] == BODY_LIMIT == 248 * 1024
    server = make_server(app, "127.0.0.1", 0)
    try:  # waitress refuses a body of max_request_body_size bytes or more, and counts a chunked body's framing too
        assert server.adj.max_request_body_size == BODY_LIMIT + 1 + 4 * 1024
    finally:
        server.close()
    folder = tmp_path / "stack"
    generated = nginx_conf(NginxSite(folder, "80", (folder / "q.sock",), (folder / "o.sock",),
                                     {"bg": folder / "bg.qgs", "en": folder / "en.qgs"}, "127.0.0.1:8080"))
    for text in (generated, *(p.read_text(encoding="utf-8") for p in (ROOT / "deploy" / "nginx").glob("*.conf"))):
        assert [line.strip() for line in text.splitlines() if "client_max_body_size" in line and
                not line.strip().startswith("#")] == [f"client_max_body_size {BODY_LIMIT // 1024}k;"]
        answer = text[text.index("return 413 '") + len("return 413 '"):].split("';", 1)[0]
        assert json.loads(answer.replace("\\n", "")) == too_large_answer(BODY_LIMIT)


@pytest.mark.parametrize("size", [BODY_LIMIT + 1, waitress_body_limit(), BODY_LIMIT * 3],
                         ids=["one-over", "waitress-limit", "three-times"])
def test_waitress_alone_answers_a_body_over_the_limit_as_the_service_does(service, size):
    s = service(limits=_MANY)
    assert raw_request("127.0.0.1", s.port, json_post("/api/comments", json_of_size(BODY_LIMIT)))[0] == 422
    _refused_as_the_service_refuses(raw_request("127.0.0.1", s.port, json_post("/api/comments", json_of_size(size))))


def test_a_chunked_body_is_measured_without_its_framing(service):
    s = service(limits=_MANY)
    within = raw_request("127.0.0.1", s.port, json_post("/api/comments", json_of_size(BODY_LIMIT), chunk=1024))
    assert within[0] == 422, within  # 248 chunks of a kilobyte: 1.7 KB of framing, within the room left for it
    _refused_as_the_service_refuses(
        raw_request("127.0.0.1", s.port, json_post("/api/comments", json_of_size(BODY_LIMIT + 1), chunk=1024)))
    _refused_as_the_service_refuses(
        raw_request("127.0.0.1", s.port, json_post("/api/comments", json_of_size(BODY_LIMIT + 1), chunk=100_000)))


@pytest.mark.parametrize("chunk", [None, 4096], ids=["content-length", "chunked"])
def test_through_nginx_the_limit_and_the_answer_are_the_service_s(service, nginx, chunk):
    s = service(behind_proxy=True, limits=_MANY)
    front = nginx(s.port)
    hosts = ["127.0.0.1", "::1"] if ipv6_available() else ["127.0.0.1"]
    for host in hosts:
        exact = raw_request(host, front, json_post("/api/comments", json_of_size(BODY_LIMIT), chunk))
        assert exact[0] == 422, exact  # the service read it: nginx lets the whole limit through
        for size in (BODY_LIMIT + 1, BODY_LIMIT * 2):  # the service's answer, never nginx's English page
            _refused_as_the_service_refuses(raw_request(host, front, json_post("/api/comments", json_of_size(size), chunk)))
