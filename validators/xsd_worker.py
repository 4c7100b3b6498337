"""The XSD check of a large GML file in a second process, while the engine reads the file.

The schema check is libxml2's C code, the reader and the rules are Python; in one
process they take turns (and the check also slows the reader by filling the CPU
caches).  On a machine with a second core, :class:`BackgroundXsd` runs
:func:`validators.xsd.iter_xsd_findings` in a child process
(``python -m validators.xsd_worker FILE SCHEMA_DIR``) and hands its findings back
pickled on stdout, so the check costs almost no wall time.  The engine falls back
to checking in its own process when the child cannot start or fails.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

from plu_model.child_process import die_with_parent, start_module
from plu_model.findings import Finding

__all__ = ["BackgroundXsd", "WorkerFailed"]


class WorkerFailed(RuntimeError):
    """The child process ended without a usable answer."""


class BackgroundXsd:
    """One running XSD check of ``path`` against the schemas in ``schema_dir``."""

    def __init__(self, path: str | os.PathLike[str], schema_dir: str | os.PathLike[str]):
        self._proc, self._stderr = start_module("validators.xsd_worker", str(Path(path).resolve()),
                                                str(Path(schema_dir).resolve()), stdin=subprocess.DEVNULL)

    def findings(self) -> list[Finding]:
        """Wait for the child and return its findings; :class:`WorkerFailed` if it had none to give."""
        try:
            out, _ = self._proc.communicate()
            if self._proc.returncode != 0:
                self._stderr.seek(0)
                lines = self._stderr.read().decode("utf-8", "replace").strip().splitlines()
                raise WorkerFailed(lines[-1] if lines else f"exit status {self._proc.returncode}")
            try:
                found = pickle.loads(out)
            except (pickle.UnpicklingError, EOFError, ValueError) as exc:
                raise WorkerFailed(f"unreadable answer ({exc})") from exc
            if not isinstance(found, list) or not all(isinstance(f, Finding) for f in found):
                raise WorkerFailed("the answer is not a list of findings")
            return found
        finally:
            self._stderr.close()

    def stop(self) -> None:
        """End the child at once (the run was cancelled or failed); harmless when it has ended."""
        if self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait()
        if self._proc.stdout is not None and not self._proc.stdout.closed:
            self._proc.stdout.close()  # a cancelled run never reads it (communicate would have closed it)
        if not self._stderr.closed:
            self._stderr.close()


def main(argv: list[str]) -> int:
    """The child: check one file and write the findings, pickled, to stdout."""
    from validators.xsd import iter_xsd_findings, load_schema

    die_with_parent()  # else a parent killed hard leaves it checking a whole big file for nobody
    path, schema_dir = argv
    findings = list(iter_xsd_findings(path, load_schema(schema_dir)))
    sys.stdout.buffer.write(pickle.dumps(findings, protocol=pickle.HIGHEST_PROTOCOL))
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
