"""One of the product's own modules run as a second process (``python -m MODULE``).

The validation's XSD and XML checks and the register's store of a big plan each run
beside the main work in a child of this kind: same interpreter, started from the
checkout's folder so the packages import as they do here, speaking over its
stdin/stdout, its stderr kept in a temporary file (a pipe nobody reads could fill
up and stall it) for the message of a child that fails.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import IO, Any

__all__ = ["receive", "send", "start_module"]

#: the folder that holds the packages
ROOT = Path(__file__).resolve().parents[1]


def start_module(module: str, *args: str, stdin: int = subprocess.PIPE) -> tuple[subprocess.Popen[bytes], IO[bytes]]:
    """The running child and the file its stderr goes to (the caller closes both)."""
    stderr = tempfile.TemporaryFile()
    try:
        proc = subprocess.Popen([sys.executable, "-m", module, *args], stdin=stdin, stdout=subprocess.PIPE,
                                stderr=stderr, cwd=str(ROOT))
    except BaseException:
        stderr.close()
        raise
    return proc, stderr


def send(stream: IO[bytes], message: Any) -> None:
    """One message to the other side, at once (a pickle knows its own end: no framing is needed)."""
    pickle.dump(message, stream, protocol=pickle.HIGHEST_PROTOCOL)
    stream.flush()


def receive(stream: IO[bytes]) -> Any:
    """The other side's next message; :class:`EOFError` when it has closed its end."""
    return pickle.load(stream)
