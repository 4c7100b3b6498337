"""A private register's folder deleted or moved under its running server: ``plu register`` says so, in both
languages, stops the server of a deleted folder, and ``plu register stop`` stops the server of a moved one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from conftest_paths import ROOT

from plu_model.i18n import say_in
from register.cluster import EmbeddedCluster

pytestmark = pytest.mark.skipif(not Path("/proc/self/cwd").exists(), reason="Linux shows a process's folder in /proc")


def _plu(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PLU_REGISTER_HOME": str(home), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "plu_cli", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def _running(home: Path) -> int:
    """A started register in ``home``: its server's process id (from its own lock file)."""
    EmbeddedCluster(home).start_scratch()
    return int((home / "data" / "postmaster.pid").read_text(encoding="utf-8").split()[0])


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture
def home():
    """A folder of its own under /tmp (pytest's own folder is made 0700 again by any other session that starts,
    which the server's account, when the tests run as root, could then not pass)."""
    top = Path(tempfile.mkdtemp(prefix="plu-stray-"))
    folder = top / "reg"
    yield folder
    for pid in [s.pid for s in EmbeddedCluster(folder).strays()]:  # whatever a failing test left running
        os.kill(pid, 9)
    shutil.rmtree(top, ignore_errors=True)


def test_a_deleted_folder_s_server_is_stopped_and_said_to_be(home):
    pid = _running(home)
    shutil.rmtree(home)
    assert _alive(pid)  # PostgreSQL itself looks for its lock file only once a minute
    done = _plu(home, "--lang", "bg", "register", "list")
    assert done.returncode != 0
    said = say_in("bg", "register.cluster", "The register's folder {path} was deleted while its server ran "
                                            "(process {pid}); that server was stopped", path=home, pid=pid)
    assert said in done.stderr and "Traceback" not in done.stderr
    assert "Папката на регистъра" in said
    assert not _alive(pid)
    assert not EmbeddedCluster(home).strays()


def test_a_moved_folder_s_server_is_pointed_at_then_stopped_by_register_stop(home):
    pid = _running(home)
    moved = home.parent / "elsewhere"
    home.rename(moved)
    done = _plu(home, "--lang", "en", "register", "list")
    assert done.returncode != 0
    assert f"no register in {home}" in done.stderr
    assert f"still runs from {moved / 'data'}, where its folder was moved (process {pid})" in done.stderr
    assert _alive(pid)  # it may be in use where it is now: only 'stop' stops it
    bulgarian = _plu(home, "--lang", "bg", "register", "list")
    assert f"все още работи от {moved / 'data'}" in bulgarian.stderr and f"(процес {pid})" in bulgarian.stderr
    stopped = _plu(home, "--lang", "en", "register", "stop")
    assert stopped.returncode == 0, stopped.stderr
    assert f"ran on from {moved / 'data'}, where its folder was moved (process {pid}); it was stopped" in stopped.stdout
    assert not _alive(pid)
    # a fast shutdown: the moved folder holds a cluster shut down cleanly, its lock file removed
    assert (moved / "data" / "PG_VERSION").is_file() and not (moved / "data" / "postmaster.pid").exists()
    assert _plu(home, "register", "stop").stdout == ""  # nothing left to stop, nothing said


def test_a_register_running_where_it_belongs_is_no_stray(home):
    pid = _running(home)
    try:
        assert EmbeddedCluster(home).strays() == []
        assert EmbeddedCluster(home).stop() == []
        assert not _alive(pid)
    finally:
        EmbeddedCluster(home).stop()
