"""The nginx configuration PLU Studio writes (``services/nginx_conf.py``), run by nginx itself.

It must pass ``nginx -t``, answer on IPv6 as on IPv4 where it serves the public (or this machine), and keep
the comment service's protections: its one body limit answered with its own JSON, its security headers on
nginx's own answers.
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import random
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from flask import Flask

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "participation"))

from consultation_fixtures import (  # noqa: E402
    json_of_size,
    json_post,
    package_dir,  # noqa: F401 - a fixture
    raw_request,
    sample_gpkg,  # noqa: F401 - a fixture
    too_large_answer,
)

from participation.service.comments import BODY_LIMIT  # noqa: E402
from participation.service.ratelimit import client_address  # noqa: E402
from participation.service.security import SECURITY_HEADERS  # noqa: E402
from services.nginx_conf import CLIENT_MAP, FASTCGI_PARAMS, NginxSite, ipv6_available, listen_lines, nginx_conf  # noqa: E402
from services.stack import free_port  # noqa: E402

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
ROOT = Path(__file__).resolve().parents[2]
_GET = b"GET /consultation/api/consultation HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"


def test_a_public_or_loopback_server_gets_its_ipv6_twin():
    assert listen_lines("0.0.0.0:8080", ipv6=True) == ["listen 8080;", "listen [::]:8080;"]
    assert listen_lines("8080", ipv6=True) == ["listen 8080;", "listen [::]:8080;"]
    assert listen_lines("127.0.0.1:8080", ipv6=True) == ["listen 127.0.0.1:8080;", "listen [::1]:8080;"]
    assert listen_lines("0.0.0.0:8080", ipv6=False) == ["listen 8080;"]  # nginx would not start on [::]
    assert listen_lines("192.0.2.7:80", ipv6=True) == ["listen 192.0.2.7:80;"]  # no known twin
    assert listen_lines("[2001:db8::7]:80", ipv6=True) == ["listen [2001:db8::7]:80;"]


def _configuration(folder: Path, listen: str, consultation: str) -> Path:
    """nginx.conf as ``plu serve`` writes it, with the comment service beside the register's services."""
    for sub in ("logs", "tmp/body", "tmp/proxy", "tmp/fastcgi", "tmp/uwsgi", "tmp/scgi"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    (folder / "fastcgi_params").write_text(FASTCGI_PARAMS, encoding="utf-8")
    site = NginxSite(folder, listen, (folder / "qgis-1.sock",), (folder / "ogcapi-1.sock",),
                     {"bg": folder / "bg.qgs", "en": folder / "en.qgs"}, consultation)
    (folder / "nginx.conf").write_text(nginx_conf(site), encoding="utf-8")
    return folder / "nginx.conf"


def _needs_nginx() -> None:
    if not Path(NGINX).exists():
        pytest.skip("needs nginx (scripts/setup.sh installs nginx-light)")


@pytest.mark.parametrize("host", ["0.0.0.0", "127.0.0.1"], ids=["every-address", "loopback"])
def test_the_written_configuration_passes_nginx_t(tmp_path, host):
    _needs_nginx()
    port = free_port()
    conf = _configuration(tmp_path, f"{host}:{port}", "127.0.0.1:9")
    twin = {"0.0.0.0": "[::]", "127.0.0.1": "[::1]"}[host]
    assert (f"listen {twin}:{port};" in conf.read_text(encoding="utf-8")) == ipv6_available()
    done = subprocess.run([NGINX, "-t", "-p", str(tmp_path), "-c", str(conf), "-e", str(tmp_path / "logs" / "error.log")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


class _Nginx:
    """nginx on a written configuration, in the foreground, until stopped."""

    def __init__(self, conf: Path, port: int):
        self.proc = subprocess.Popen([NGINX, "-p", str(conf.parent), "-c", str(conf), "-g", "daemon off;"],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                return
            except OSError:
                if self.proc.poll() is not None:
                    pytest.fail("nginx did not start: " + self.proc.stderr.read().decode())
                time.sleep(0.05)
        self.stop()
        pytest.fail("nginx did not start")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


@pytest.fixture
def consultation(package_dir, tmp_path):  # noqa: F811 - the fixture imported above
    """The comment service on waitress behind a proxy on this machine; yields its port."""
    from participation.package_reader import open_package
    from participation.service.app import ServiceLimits, create_app
    from participation.service.ratelimit import RateLimit
    from participation.service.server import make_server
    from participation.service.storage import SqliteCommentStore

    limits = ServiceLimits(requests=RateLimit(1000, 60), comments=RateLimit(1000, 600))
    app = create_app(open_package(package_dir), SqliteCommentStore(tmp_path / "comments.db"), limits=limits)
    server = make_server(app, "127.0.0.1", 0, behind_proxy=True, trusted_proxy="127.0.0.1")
    threading.Thread(target=server.run, daemon=True).start()
    yield int(server.effective_port)
    server.close()
    server.task_dispatcher.shutdown(timeout=2)


@pytest.mark.parametrize("host", ["127.0.0.1", "0.0.0.0"], ids=["loopback", "every-address"])
def test_the_written_configuration_answers_on_ipv6_with_the_service_s_limit(tmp_path, consultation, host):
    _needs_nginx()
    if not ipv6_available():
        pytest.skip("this machine has no IPv6 loopback: ::1 cannot be bound, so nginx listens on IPv4 only")
    port = free_port()
    front = _Nginx(_configuration(tmp_path / "nginx", f"{host}:{port}", f"127.0.0.1:{consultation}"), port)
    try:
        for address in ("127.0.0.1", "::1"):
            assert raw_request(address, port, _GET)[0] == 200, address
            exact = raw_request(address, port, json_post("/consultation/api/comments", json_of_size(BODY_LIMIT)))
            assert exact[0] == 422, exact  # the whole limit reaches the service
            status, headers, body = raw_request(address, port, json_post("/consultation/api/comments",
                                                                         json_of_size(BODY_LIMIT + 1)))
            assert (status, headers["content-type"]) == (413, "application/json"), (status, body[:200])
            assert json.loads(body) == too_large_answer(BODY_LIMIT)
            assert all(headers[name.lower()] == value for name, value in SECURITY_HEADERS), headers
    finally:
        front.stop()


def test_nginx_s_own_answers_for_the_service_carry_its_headers(tmp_path):
    """With the service down nginx answers 502 itself: with the headers the service would have sent."""
    _needs_nginx()
    port, nobody = free_port(), free_port()
    front = _Nginx(_configuration(tmp_path, f"127.0.0.1:{port}", f"127.0.0.1:{nobody}"), port)
    try:
        status, headers, _ = raw_request("127.0.0.1", port, _GET)
    finally:
        front.stop()
    assert status == 502
    for name, value in SECURITY_HEADERS:
        assert headers.get(name.lower()) == value, name


def _random_ipv6(rng) -> ipaddress.IPv6Address:
    """An address whose groups are often zero, so runs of zeros fall everywhere nginx may write ``::``."""
    groups = [0 if rng.random() < 0.45 else rng.randrange(1, 0x10000) for _ in range(8)]
    return ipaddress.IPv6Address(b"".join(g.to_bytes(2, "big") for g in groups))


def test_nginx_counts_an_ipv6_client_by_its_64_as_the_service_does(tmp_path):
    """The connection limit's key, read from nginx itself: one per IPv4 address, one per IPv6 /64."""
    _needs_nginx()
    for sub in ("logs", "tmp"):
        (tmp_path / sub).mkdir()
    port = free_port()
    temp = " ".join(f"{kind}_temp_path {tmp_path}/tmp/{kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/logs/error.log;\nevents {{}}\nhttp {{\n access_log off; {temp}\n"
        f"{CLIENT_MAP}\n server {{\n  listen 127.0.0.1:{port};\n  set_real_ip_from 127.0.0.1;\n"
        f"  real_ip_header X-Client;\n  location / {{ return 200 \"$plu_client\"; }}\n }}\n}}\n", encoding="utf-8")
    rng = random.Random(64)
    addresses = [ipaddress.ip_address(a) for a in (
        "198.51.100.7", "2001:db8:1:2:3:4:5:6", "2001:db8:1::5", "2001:db8::", "2001::5:6:7:8:9", "2001:0:0:5::",
        "::1", "::5:6:7:8:9", "::5:6:7:8:9:10", "fe80::1", "2a02:2f0e:c0:4:0:0:0:1", "::ffff:198.51.100.8")]
    addresses += [_random_ipv6(rng) for _ in range(300)]
    service = Flask(__name__)
    front = _Nginx(tmp_path / "nginx.conf", port)
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        for address in addresses:
            connection.request("GET", "/", headers={"X-Client": str(address)})
            key = connection.getresponse().read()
            with service.test_request_context(environ_base={"REMOTE_ADDR": str(address)}):
                counted = client_address()  # the service's own rate limits
            if address.version == 4:
                assert key == address.packed and counted == str(address)
            elif address.ipv4_mapped is not None:
                assert key.decode() == str(address.ipv4_mapped) == counted
            else:
                network = ipaddress.IPv6Network((address.packed[:8] + bytes(8), 64))
                assert ipaddress.IPv6Address(key.decode() + "::") == network.network_address, (address, key)
                assert counted == str(network)
        connection.close()
    finally:
        front.stop()
    for name in ("deploy/nginx/consultation.conf", "deploy/nginx/plu-services.conf"):  # the same map ships
        shipped = (ROOT / name).read_text(encoding="utf-8")
        assert CLIENT_MAP in shipped and "limit_conn_zone $binary_remote_addr" not in shipped, name
