"""The production files in deploy/ are accepted by the programs that read them."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def test_the_production_nginx_file_passes_nginx_t(tmp_path):
    if not Path(NGINX).exists() or not shutil.which("openssl"):
        pytest.skip("needs nginx and openssl")
    text = (ROOT / "deploy" / "nginx" / "plu-services.conf").read_text(encoding="utf-8")
    for path, sub in (("/var/cache/nginx", "cache"), ("/run/plu", "run"), ("/etc/plu-services", "etc"),
                      ("/var/log/nginx", "log"), ("/etc/ssl/plu", "ssl")):
        (tmp_path / sub).mkdir()
        text = text.replace(path, str(tmp_path / sub))
    from services.stack import free_port  # nginx -t binds nothing, but keep to the house rule anyway

    from services.nginx_conf import ipv6_available

    six = ipv6_available()
    text = text.replace("listen 80;", f"listen 127.0.0.1:{free_port()};")
    text = text.replace("listen [::]:80;", f"listen [::1]:{free_port()};" if six else "")
    text = text.replace("listen 443 ssl http2;", f"listen 127.0.0.1:{free_port()} ssl http2;")
    text = text.replace("listen [::]:443 ssl http2;", f"listen [::1]:{free_port()} ssl http2;" if six else "")
    text = text.replace("include fastcgi_params;", "include /etc/nginx/fastcgi_params;")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                    "/CN=plans.example.bg", "-keyout", str(tmp_path / "ssl" / "privkey.pem"),
                    "-out", str(tmp_path / "ssl" / "fullchain.pem")], check=True, capture_output=True)
    (tmp_path / "plu-services.conf").write_text(text, encoding="utf-8")
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/log/error.log;\nevents {{}}\n"
        f"http {{\n include /etc/nginx/mime.types;\n include {tmp_path}/plu-services.conf;\n}}\n", encoding="utf-8")
    done = subprocess.run([NGINX, "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf"),
                           "-e", str(tmp_path / "log" / "error.log")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("name", ["consultation.conf", "plu-services.conf"])
def test_every_public_server_listens_on_ipv6_too(name):
    """A citizen whose provider gives IPv6 only (mobile networks do) reaches the services as well."""
    lines = [line.strip() for line in (ROOT / "deploy" / "nginx" / name).read_text(encoding="utf-8").splitlines()]
    ipv4 = [line.removeprefix("listen ") for line in lines if line.startswith("listen ") and "[" not in line]
    ipv6 = [line.removeprefix("listen [::]:") for line in lines if line.startswith("listen [::]:")]
    assert ipv4 and ipv6 == ipv4


def _locations(text: str) -> dict[str, str]:
    """Each ``location … { … }`` block of an nginx file, by its name (braces matched)."""
    blocks, start = {}, 0
    while found := re.compile(r"^\s*(location [^{]*)\{", re.MULTILINE).search(text, start):
        start, opening = found.start(1), found.end(1)
        depth, end = 1, opening + 1
        while depth:
            depth += {"{": 1, "}": -1}.get(text[end], 0)
            end += 1
        blocks[text[start:opening].strip()] = text[opening:end]
        start = end
    return blocks


def test_every_location_of_the_tls_server_keeps_hsts():
    """nginx gives a location the server's ``add_header`` lines only if it has none of its own."""
    text = (ROOT / "deploy" / "nginx" / "plu-services.conf").read_text(encoding="utf-8")
    tls = text[text.index("listen 443"):]
    hsts = 'add_header Strict-Transport-Security "max-age=31536000" always;'
    own = {name: block for name, block in _locations(tls).items() if "add_header" in block}
    assert {"location = /wms", "location /ogcapi/", "location /atom/", "location /consultation/"} <= set(own)
    assert [name for name, block in own.items() if hsts not in block] == []


@pytest.mark.parametrize("unit", sorted(p.name for p in (ROOT / "deploy" / "systemd").glob("*.service")))
def test_systemd_units_name_an_existing_program_and_restart(unit):
    text = (ROOT / "deploy" / "systemd" / unit).read_text(encoding="utf-8")
    assert "[Service]" in text and "Restart=on-failure" in text and "User=www-data" in text
    program = next(line for line in text.splitlines() if line.startswith("ExecStart=")).split("=", 1)[1].split()[0]
    assert program.startswith("/")
    if program.startswith("/usr/"):
        assert Path(program).exists() or not Path("/usr/lib/cgi-bin/qgis_mapserv.fcgi").exists(), program


def _exec_start(unit: Path) -> str:
    return next(line for line in unit.read_text(encoding="utf-8").splitlines() if line.startswith("ExecStart="))


def test_spawn_fcgi_is_never_asked_for_children_it_would_not_start():
    """With ``-n`` (stay in the foreground, as systemd and the test stack need) spawn-fcgi ignores ``-F``
    and runs one process, so more QGIS Server processes are more instances, each on its own socket."""
    units = [p for p in (ROOT / "deploy" / "systemd").glob("*.service") if "spawn-fcgi" in _exec_start(p)]
    assert units
    for unit in units:
        words = _exec_start(unit).split()
        assert "-n" in words and "-F" not in words, unit.name
        assert "%i" in words[words.index("-s") + 1], unit.name  # one socket per instance


def test_nginx_spreads_maps_over_every_qgis_server_process(tmp_path):
    from services.nginx_conf import NginxSite, nginx_conf

    sockets = (tmp_path / "qgis-1.sock", tmp_path / "qgis-2.sock")
    projects = {"bg": tmp_path / "bg.qgs", "en": tmp_path / "en.qgs"}
    text = nginx_conf(NginxSite(tmp_path, "127.0.0.1:8080", sockets, (tmp_path / "o.sock",), projects))
    upstream = text[text.index("upstream plu_qgis"):].split("}", 1)[0]
    assert "least_conn;" in upstream
    assert [f"server unix:{s};" in upstream for s in sockets] == [True, True]
    production = (ROOT / "deploy" / "nginx" / "plu-services.conf").read_text(encoding="utf-8")
    upstream = production[production.index("upstream plu_qgis"):].split("}", 1)[0]
    assert "least_conn;" in upstream and upstream.count("server unix:/run/plu/qgis-") >= 2
