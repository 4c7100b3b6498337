"""Killed writes leave nothing behind for long: the next write cleans up, and SIGTERM unwinds (issue 13)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from plu_model.atomic import remove_stale_temporaries, write_atomic

ROOT = Path(__file__).resolve().parents[2]


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_the_next_write_removes_what_killed_writers_left(tmp_path):
    dest = tmp_path / "plan.gpkg"
    dead = _dead_pid()
    leftovers = [tmp_path / f".plan.gpkg.{dead}-k1ll3d9x.gpkg", tmp_path / f".plan.gpkg.{dead}-k1ll3d9x.gpkg-journal"]
    ancient = tmp_path / ".plan.gpkg.a1b2c3d4.gpkg"  # an older version's name, without a process id
    for path in (*leftovers, ancient):
        path.write_bytes(b"half a plan")
    two_days_ago = time.time() - 2 * 86400
    os.utime(ancient, (two_days_ago, two_days_ago))
    running = tmp_path / f".plan.gpkg.{os.getpid()}-w0rk1ng0.gpkg"  # a write in progress in a live process
    fresh = tmp_path / ".plan.gpkg.e5f6g7h8.gpkg"  # old-style but recent: perhaps still being written
    other = tmp_path / f".other.gpkg.{dead}-k1ll3d9x.gpkg"  # another destination's business
    notes = tmp_path / ".plan.gpkg.notes-of-the-author.txt"  # not a name we make
    for path in (running, fresh, other, notes):
        path.write_bytes(b"keep")
    write_atomic(dest, b"the whole plan")
    assert dest.read_bytes() == b"the whole plan"
    assert not any(p.exists() for p in (*leftovers, ancient))
    assert all(p.exists() for p in (running, fresh, other, notes))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in (dest, running, fresh, other, notes))
    assert remove_stale_temporaries(dest) == []


def test_sigterm_during_a_write_leaves_no_temporary_files(tmp_path):
    dest = tmp_path / "plan.gpkg"
    code = (
        "import sys, time\n"
        "from plu_cli.main import _stop_politely_on_sigterm\n"
        "from plu_model.atomic import atomic_path\n"
        "_stop_politely_on_sigterm()\n"
        "try:\n"
        f"    with atomic_path({str(dest)!r}, '.gpkg') as tmp:\n"
        "        tmp.write_bytes(b'half'); open(str(tmp) + '-journal', 'w').close()\n"
        "        print('writing', flush=True); time.sleep(60)\n"
        "except KeyboardInterrupt:\n"
        "    sys.exit(3)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout.readline().strip() == "writing"
    assert len(list(tmp_path.iterdir())) == 2  # the temporary file and its journal exist while writing
    proc.terminate()
    assert proc.wait(timeout=20) == 3
    assert list(tmp_path.iterdir()) == []


def test_a_file_where_the_path_needs_a_folder_is_named_as_such(tmp_path):
    """``-o report.txt/out.gml`` said "File exists", which sent the user looking for out.gml."""
    import errno

    import pytest

    from plu_model.errors import os_error_text

    (tmp_path / "report.txt").write_text("a file, not a folder", encoding="utf-8")
    for dest in (tmp_path / "report.txt" / "out.gml", tmp_path / "report.txt" / "sub" / "out.gml"):
        with pytest.raises(NotADirectoryError) as caught:
            write_atomic(dest, "x")
        assert caught.value.errno == errno.ENOTDIR and caught.value.filename == str(dest)
        said = os_error_text(caught.value)
        assert said.say("en") == f"{dest}: a part of the path is not a folder"
        assert said.say("bg") == f"{dest}: част от пътя не е папка"
    assert (tmp_path / "report.txt").read_text(encoding="utf-8") == "a file, not a folder"
