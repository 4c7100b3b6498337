"""Switching the language while another thread translates does not hang the app.

QGIS's map renderer calls ``QCoreApplication::translate`` from its own thread (unit names,
label settings) many times per frame.  Qt holds its translator lock while it asks each
installed translator, and a translator made in Python has to take Python's lock (the GIL)
the first time it is asked.  ``set_language`` used to install and remove translators
holding the GIL: with a frame rendering at that moment each thread waited for the other's
lock for ever (the full suite hung in ``test_live_language`` inside ``installTranslator``).

The child process below makes that moment certain instead of likely: a translator in
Python keeps a thread inside Qt's translate (holding Qt's lock) until the main thread has
started to switch the language, then needs the GIL to answer.  A regression makes the
child hang; the timeout turns that into a failure.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import faulthandler, threading, time
    faulthandler.dump_traceback_later(30, exit=True)  # a hang ends with every thread's stack
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator
    app = QgsApplication([], True)
    from app.i18n import current_language, set_language

    inside = threading.Event()

    class Slow(QTranslator):
        # stands for a map-rendering thread inside Qt's translate when the language switches
        def translate(self, context, text, disambiguation=None, n=-1):
            if context == "renderer" and threading.current_thread() is not threading.main_thread():
                inside.set()
                time.sleep(1.0)  # the GIL is free meanwhile: the main thread goes into set_language
            return None

    slow = Slow()
    app.installTranslator(slow)
    renderer = threading.Thread(target=QCoreApplication.translate, args=("renderer", "Meters"), daemon=True)
    renderer.start()
    assert inside.wait(20)
    set_language("bg")
    set_language("en")
    renderer.join(20)
    print("switched", current_language(), "renderer done" if not renderer.is_alive() else "renderer stuck")
""")


def test_switching_the_language_while_another_thread_translates_does_not_hang():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    try:
        result = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired as hung:
        pytest.fail(f"set_language hung while another thread was translating:\n{hung.stderr}")
    assert result.returncode == 0, f"set_language hung or failed while another thread was translating:\n{result.stderr}"
    assert result.stdout.strip().splitlines()[-1] == "switched en renderer done"
