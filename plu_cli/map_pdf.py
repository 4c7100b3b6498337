"""The plan-map renderer the packager is given: QGIS's print layout, run in its own process.

:mod:`participation` must not load Qt, and a QGIS application is best started
once per process anyway, so the map sheet is drawn by ``python -m
app.print_layout`` in a child process with the offscreen Qt platform.  The
packager receives :func:`subprocess_map_renderer`'s callable and never knows
QGIS was involved.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from plu_model.errors import PluError
from plu_model.i18n import Text

__all__ = ["subprocess_map_renderer"]

_ROOT = Path(__file__).resolve().parents[1]


def subprocess_map_renderer(
    *, title: str | None = None, authority: str | None = None, note: str | None = None, timeout: float = 600
):  # type: ignore[no-untyped-def]
    """A ``render_map_pdf(plan_gpkg, pdf, language)`` that runs :mod:`app.print_layout` in a subprocess."""

    def render(plan_gpkg: Path, pdf: Path, language: str) -> None:
        # absolute paths: the child runs in a scratch folder, where a relative path would land
        out_pdf = Path(pdf).resolve()
        cmd = [sys.executable, "-m", "app.print_layout", str(Path(plan_gpkg).resolve()), str(out_pdf), "--lang", language]
        for flag, value in (("--title", title), ("--authority", authority), ("--note", note)):
            if value:
                cmd += [flag, value]
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env["PYTHONPATH"] = os.pathsep.join([str(_ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])
        try:
            # QGIS leaves temporary files and folders behind when its process ends; give it a folder of its own
            with tempfile.TemporaryDirectory(prefix="plu-map-") as scratch:
                env.update(TMPDIR=scratch, TMP=scratch, TEMP=scratch)
                proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout, cwd=scratch)
        except subprocess.TimeoutExpired as exc:
            raise PluError(
                Text("plu_cli.map_pdf", "QGIS did not finish the plan map within {timeout:.0f} s", timeout=timeout),
            ) from exc
        except OSError as exc:
            raise PluError(
                Text("plu_cli.map_pdf", "cannot start QGIS for the plan map: {exc}", exc=exc)
            ) from exc
        if proc.returncode != 0:
            lines = [line for line in (proc.stderr or "").splitlines() if line.strip() and "XDG_RUNTIME_DIR" not in line]
            # the last line is the renderer's own message (its --lang is the package's language, not the user's)
            raise PluError(lines[-1] if lines else Text("plu_cli.map_pdf", "app.print_layout exited with status {status}",
                                                        status=proc.returncode))

    return render
