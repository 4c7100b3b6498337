"""The services together behind one address: QGIS Server (FastCGI), pygeoapi (waitress), ATOM files, nginx.

:func:`write_configuration` writes everything an existing server needs (``plu serve
--config-only``); :class:`ServiceStack` also runs the four processes on this machine
(``plu serve``, the tests).  Each process is started by its id and stopped by its id.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plu_model.errors import PluInputError
from plu_model.i18n import Text
from services.nginx_conf import FASTCGI_PARAMS, NginxSite, ipv6_available, nginx_conf

__all__ = ["QGIS_FCGI", "ServiceStack", "StackLayout", "missing_programs", "write_configuration"]

QGIS_FCGI = "/usr/lib/cgi-bin/qgis_mapserv.fcgi"
ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class StackLayout:
    """Every file and socket of one stack, under one folder."""

    folder: Path
    public_url: str
    listen: str
    wms_projects: dict[str, Path] = field(default_factory=dict)
    ogcapi_config: Path | None = None
    ogcapi_openapi: Path | None = None

    ogcapi_processes: int = 2
    qgis_processes: int = 2

    @property
    def qgis_sockets(self) -> tuple[Path, ...]:
        """One socket per QGIS Server process: each serves one request at a time, and ``spawn-fcgi -n``
        (which keeps the process in the stack's hands) starts exactly one."""
        return tuple(self.folder / "run" / f"qgis-{i}.sock" for i in range(1, self.qgis_processes + 1))

    @property
    def ogcapi_sockets(self) -> tuple[Path, ...]:
        """One socket per download-service process (pygeoapi is bound by one GIL per process)."""
        return tuple(self.folder / "run" / f"ogcapi-{i}.sock" for i in range(1, self.ogcapi_processes + 1))

    @property
    def atom_dir(self) -> Path:
        return self.folder / "atom"

    @property
    def nginx_conf(self) -> Path:
        return self.folder / "nginx.conf"


def missing_programs() -> list[str]:
    """The Debian packages whose programs the running stack needs but this machine lacks."""
    needs = {"nginx": shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None),
             "spawn-fcgi": shutil.which("spawn-fcgi"),
             "qgis-server": QGIS_FCGI if Path(QGIS_FCGI).exists() else None}
    return [name for name, found in needs.items() if not found]


def write_configuration(folder: Path, dsn: str, public_url: str, listen: str, consultation: str | None = None,
                        static_atom: bool = False, ogcapi_processes: int = 2,
                        contact_email: str | None = None, qgis_processes: int = 2) -> StackLayout:
    """Write the WMS projects, pygeoapi's files and nginx.conf for the register at ``dsn``.

    The ATOM feeds are served live by the download service; ``static_atom`` also writes them,
    with every published GML and metadata record, as files under ``atom/`` for static hosting.
    """
    from register.provider import RegisterProvider
    from services.atom import write_feeds
    from services.ogcapi_config import write_ogcapi_config
    from services.service_contact import service_contact
    from services.wms_project import plan_layers, register_extent, write_projects

    folder = folder.resolve()
    for sub in ("logs", "run", "tmp", "wms", "ogcapi", "atom"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    base = public_url.rstrip("/")
    with RegisterProvider(dsn) as reg:
        plans, extent, contact = plan_layers(reg), register_extent(reg), service_contact(reg, contact_email)
        projects = write_projects(folder / "wms", dsn, plans, extent,
                                  {"bg": f"{base}/wms?LANGUAGE=bul", "en": f"{base}/wms?LANGUAGE=eng"}, contact)
        if static_atom:
            write_feeds(reg, folder / "atom", f"{base}/atom", email=contact_email)
    config, openapi = write_ogcapi_config(folder / "ogcapi", dsn, f"{base}/ogcapi", extent, contact)
    layout = StackLayout(folder, base, listen, projects, config, openapi, max(1, ogcapi_processes),
                         max(1, qgis_processes))
    (folder / "fastcgi_params").write_text(FASTCGI_PARAMS, encoding="utf-8")
    site = NginxSite(folder, listen, layout.qgis_sockets, layout.ogcapi_sockets, projects,
                     consultation)
    layout.nginx_conf.write_text(nginx_conf(site), encoding="utf-8")
    return layout


def _die_with_parent() -> None:
    """In the child: be sent SIGTERM if the process that started us dies (a crashed test run leaves no servers)."""
    if sys.platform.startswith("linux"):
        import ctypes

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM, 0, 0, 0)


def _wait_for_socket(path: Path, proc: subprocess.Popen[bytes], name: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise PluInputError(Text("services.stack", "{name} stopped at start (exit {returncode}); see the logs "
                                                       "folder", name=name, returncode=proc.returncode))
        if path.exists():
            return
        time.sleep(0.05)
    raise PluInputError(Text("services.stack", "{name} did not start within {timeout:.0f} s",
                                               name=name, timeout=timeout))


def _wait_for_port(host: str, port: int, proc: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise PluInputError(Text("services.stack", "nginx stopped at start (exit {returncode}); see "
                                                       "logs/error.log", returncode=proc.returncode))
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise PluInputError(Text("services.stack", "nginx did not answer on {host}:{port}", host=host, port=port))


class ServiceStack:
    """QGIS Server, pygeoapi and nginx running for one :class:`StackLayout`."""

    def __init__(self, layout: StackLayout, dsn: str, ogcapi_threads: int = 8):
        self.layout, self.dsn = layout, dsn
        self.ogcapi_threads = ogcapi_threads
        self.processes: list[subprocess.Popen[bytes]] = []

    def _log(self, name: str) -> Any:
        return open(self.layout.folder / "logs" / f"{name}.log", "ab")  # noqa: SIM115 - kept by the child

    def _start(self, name: str, argv: list[str], env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        with self._log(name) as log:
            proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                    env=env, start_new_session=True, preexec_fn=_die_with_parent)
        self.processes.append(proc)
        return proc

    def start(self) -> ServiceStack:
        """Start the three servers and wait until each answers."""
        missing = missing_programs()
        if missing:
            raise PluInputError(Text("services.stack", "the services need the Debian packages {missing} "
                                                       "(scripts/setup.sh)", missing=', '.join(missing)))
        lay = self.layout
        for sock in (*lay.qgis_sockets, *lay.ogcapi_sockets):
            sock.unlink(missing_ok=True)
        try:
            self._start_qgis()
            self._start_ogcapi()
            self._start_nginx()
        except BaseException:
            self.stop()
            raise
        return self

    def _start_qgis(self) -> None:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_SERVER_LOG_STDERR="1", QGIS_SERVER_LOG_LEVEL="2",
                   QGIS_SERVER_PARALLEL_RENDERING="0", HOME=str(self.layout.folder / "tmp"),
                   QGIS_SERVER_IGNORE_BAD_LAYERS="0")
        for i, sock in enumerate(self.layout.qgis_sockets, start=1):
            proc = self._start(f"qgis-server-{i}", ["spawn-fcgi", "-n", "-s", str(sock), "-M", "0600", "--",
                                                    QGIS_FCGI], env)
            _wait_for_socket(sock, proc, "QGIS Server")

    def _start_ogcapi(self) -> None:
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
        for i, sock in enumerate(self.layout.ogcapi_sockets, start=1):
            proc = self._start(f"ogcapi-{i}", [sys.executable, "-m", "services.ogcapi_app",
                                               str(self.layout.ogcapi_config), str(self.layout.ogcapi_openapi),
                                               self.dsn, "--unix-socket", str(sock),
                                               "--threads", str(self.ogcapi_threads)], env)
            _wait_for_socket(sock, proc, "pygeoapi")

    def _start_nginx(self) -> None:
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        proc = self._start("nginx", [nginx, "-p", str(self.layout.folder), "-c", str(self.layout.nginx_conf),
                                     "-e", str(self.layout.folder / "logs" / "error.log"), "-g", "daemon off;"])
        host, _, port = self.layout.listen.rpartition(":")
        _wait_for_port(host or "127.0.0.1", int(port), proc)

    def stop(self) -> None:
        """Stop every process this stack started (each by its own process group), newest first."""
        for proc in reversed(self.processes):
            if proc.poll() is None:
                try:
                    os.killpg(proc.pid, signal.SIGTERM)
                except ProcessLookupError:
                    continue
        for proc in reversed(self.processes):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=5)
        self.processes.clear()

    def __enter__(self) -> ServiceStack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def free_port() -> int:
    """A free TCP port on 127.0.0.1, and on ::1 when the machine has IPv6 (nginx listens on both; the caller binds
    it right away)."""
    for _ in range(20):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = int(s.getsockname()[1])
        if not ipv6_available():
            return port
        try:
            with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as s6:
                s6.bind(("::1", port))
            return port
        except OSError:
            continue  # taken on ::1 only: ask again
    return port
