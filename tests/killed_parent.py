"""A child started by a process that is then killed hard (``kill -9``): does the child end too?

Used by the tests of each kind of child (a fork, ``python -m validators.xsd_worker``, ...).  The
parent is a separate Python that runs ``code``, which starts the child and prints its process id.
Once the child holds ``marker`` open (it is past its start, at work) it is stopped (SIGSTOP), so
that it cannot end by itself meanwhile, and the parent is killed: only the parent-death signal,
which even a stopped process receives, ends it then.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "sofia_zelena_polyana_pup.gml"


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8").rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"  # a zombie has ended (init collects it)


def _holds(pid: int, marker: Path) -> bool:
    for name in os.listdir(f"/proc/{pid}/fd"):
        try:
            if os.readlink(f"/proc/{pid}/fd/{name}") == str(marker):
                return True
        except OSError:
            continue
    return False


def long_plan(folder: Path, copies: int = 3000) -> Path:
    """The sample plan with one zone's member repeated: a file whose check takes a while (a few MB)."""
    text = SAMPLE.read_text(encoding="utf-8")
    start = text.index("  <base:member>", text.index("  <base:member>") + 1)
    end = text.index("  </base:member>", start) + len("  </base:member>\n")
    path = folder / "long.gml"
    path.write_text(text[:end] + text[start:end] * copies + text[end:], encoding="utf-8")
    return path


def child_outlives_killed_parent(code: str, marker: Path, wait: float = 10.0) -> bool:
    """Run ``code`` (it starts a child that opens ``marker``, and prints the child's pid) in a parent; kill the
    parent with SIGKILL once the child holds ``marker`` open; whether the child still runs ``wait`` seconds later
    (it is then killed here)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    parent = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    child = None
    try:
        child = int(parent.stdout.readline())
        end = time.monotonic() + 60
        while not _holds(child, marker):
            assert _alive(child) and time.monotonic() < end, "the child never opened its file"
            time.sleep(0.002)
        os.kill(child, signal.SIGSTOP)
    finally:
        parent.kill()
        parent.wait()
        parent.stdout.close()
    end = time.monotonic() + wait
    while time.monotonic() < end:
        if not _alive(child):
            return False
        time.sleep(0.05)
    os.kill(child, signal.SIGKILL)
    return True
