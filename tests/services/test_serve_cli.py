"""``plu serve``: the services from the command line, and ``--config-only`` for an existing server."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def _plu(*args: str, env: dict[str, str] | None = None, **kw) -> subprocess.CompletedProcess:
    env = dict(os.environ if env is None else env, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "plu_cli", "--lang", "en", *args], capture_output=True, text=True,
                          env=env, timeout=120, **kw)


def test_config_only_writes_what_an_existing_server_runs(city_register, tmp_path):
    out = tmp_path / "conf"
    done = _plu("serve", "--db", city_register, "--config-only", str(out), "--public-url",
                "https://plans.example.bg", "--port", "8443")
    assert done.returncode == 0, done.stderr
    conf = (out / "nginx.conf").read_text(encoding="utf-8")
    assert "location = /wms" in conf and "location /ogcapi/" in conf and "location /atom/" in conf
    subprocess.run(["nginx", "-t", "-p", str(out), "-c", str(out / "nginx.conf"), "-e", str(out / "logs" / "t.log")],
                   check=True, capture_output=True)
    pygeoapi = yaml.safe_load((out / "ogcapi" / "pygeoapi.yml").read_text(encoding="utf-8"))
    assert pygeoapi["server"]["url"] == "https://plans.example.bg/ogcapi"
    assert set(pygeoapi["resources"]) == {"SpatialPlan", "ZoningElement", "SupplementaryRegulation"}
    assert {p.name for p in (out / "wms").iterdir()} == {"plu_wms.bg.qgs", "plu_wms.en.qgs"}
    assert (out / "atom" / "service.atom").is_file()
    assert len(list((out / "atom" / "data").glob("*.gml"))) == 4


def test_serve_answers_on_one_address_until_stopped(city_register, tmp_path):
    from services.stack import free_port

    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "plu_cli", "--lang", "en", "serve", "--db", city_register,
                             "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            start_new_session=True)
    try:
        line = proc.stdout.readline()
        assert f"http://127.0.0.1:{port}/wms" in line, proc.stderr.read() if proc.poll() is not None else line
        base = f"http://127.0.0.1:{port}"
        with urllib.request.urlopen(f"{base}/ogcapi/collections?f=json", timeout=60) as r:
            assert {c["id"] for c in json.loads(r.read())["collections"]} >= {"ZoningElement"}
        with urllib.request.urlopen(f"{base}/wms?SERVICE=WMS&REQUEST=GetCapabilities", timeout=60) as r:
            assert b"LU.ZoningElement" in r.read()
        with urllib.request.urlopen(f"{base}/atom/service.atom", timeout=60) as r:
            assert b"pup-north" in r.read()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
    assert proc.returncode in (0, 130)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # nginx (and the servers behind it) went with it
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
        except OSError:
            break
        time.sleep(0.1)
    else:
        raise AssertionError("something still listens after plu serve stopped")


def test_an_unreachable_register_is_a_clear_error(tmp_path):
    done = _plu("serve", "--db", f"host={tmp_path} dbname=nothing user=nobody", "--config-only", str(tmp_path / "c"))
    assert done.returncode == 2
    assert "register" in done.stderr and "Traceback" not in done.stderr


def test_a_bad_port_is_refused(city_register, tmp_path):
    done = _plu("serve", "--db", city_register, "--port", "99999", "--config-only", str(tmp_path / "c"))
    assert done.returncode == 2 and "65535" in done.stderr and "Traceback" not in done.stderr


def test_the_contact_email_given_reaches_every_record(city_register, tmp_path):
    out = tmp_path / "conf"
    done = _plu("serve", "--db", city_register, "--config-only", str(out), "--contact-email", "gis@test.example.bg")
    assert done.returncode == 0, done.stderr
    for kind in ("wms", "ogcapi", "atom"):
        record = (out / "atom" / "metadata" / f"service-{kind}.xml").read_text(encoding="utf-8")
        assert record.count("gis@test.example.bg") == 2 and "nilReason" not in record  # contact, pointOfContact
    pygeoapi = yaml.safe_load((out / "ogcapi" / "pygeoapi.yml").read_text(encoding="utf-8"))
    assert pygeoapi["metadata"]["contact"]["email"] == "gis@test.example.bg"
    assert pygeoapi["metadata"]["contact"]["name"] == "Община Тест"
    assert "gis@test.example.bg" in (out / "wms" / "plu_wms.en.qgs").read_text(encoding="utf-8")


def test_the_command_says_nothing_of_a_missing_proj_data_folder(city_register, tmp_path):
    """pyproj (through pygeoapi) in a virtual environment on the system's packages finds PROJ's data where GDAL
    does; its warning that it found none is gone, and the command's stderr is empty."""
    env = {k: v for k, v in os.environ.items() if k not in ("PROJ_DATA", "PROJ_LIB")}
    done = _plu("serve", "--db", city_register, "--config-only", str(tmp_path / "conf"),
                env={**env, "PYTHONWARNINGS": "default"})
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


def test_a_proj_data_folder_the_user_gave_is_kept(monkeypatch):
    from services import proj_data

    monkeypatch.setenv("PROJ_DATA", "/where/the/user/keeps/it")
    monkeypatch.delitem(sys.modules, "pyproj", raising=False)
    proj_data.use_system_proj_data()
    assert os.environ["PROJ_DATA"] == "/where/the/user/keeps/it"
    monkeypatch.delenv("PROJ_DATA")
    monkeypatch.setattr(proj_data, "_pyproj_finds_its_own", lambda: False)
    proj_data.use_system_proj_data()
    assert os.environ["PROJ_DATA"] == proj_data.proj_data_folder()
    assert Path(os.environ["PROJ_DATA"], "proj.db").is_file()
