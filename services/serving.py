"""What ``plu serve`` does, kept out of the CLI: find the register, write the configuration, run until stopped."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from plu_model.errors import PluInputError
from plu_model.i18n import Text
from services.stack import ServiceStack, StackLayout, write_configuration

__all__ = ["register_dsn", "serve", "write_only"]


def register_dsn(db: str | None) -> str:
    """The DSN of the register at ``db``, or of the user's private register (started if it is stopped)."""
    from register.provider import open_register

    with open_register(db) as reg:
        return reg.dsn


def _check_listen(listen: str) -> None:
    host, _, port = listen.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise PluInputError(Text("services.serving", "cannot listen on '{listen}': give HOST and a PORT from 1 to "
                                                     "65535", listen=listen))


def write_only(folder: Path, db: str | None, public_url: str, listen: str,
               consultation: str | None = None, contact_email: str | None = None) -> StackLayout:
    """``plu serve --config-only``: every file an existing server needs, the ATOM feeds as static files too."""
    _check_listen(listen)
    return write_configuration(folder, register_dsn(db), public_url, listen, consultation, static_atom=True,
                               contact_email=contact_email)


def serve(db: str | None, public_url: str, listen: str, consultation: str | None,
          started: Callable[[str], None], folder: Path | None = None, contact_email: str | None = None) -> None:
    """Run the stack until interrupted (Ctrl+C, SIGTERM) or until one of its servers stops."""
    _check_listen(listen)
    dsn = register_dsn(db)
    with tempfile.TemporaryDirectory(prefix="plu-serve-") as tmp:
        layout = write_configuration(folder or Path(tmp), dsn, public_url, listen, consultation,
                                     contact_email=contact_email)
        with ServiceStack(layout, dsn) as stack:
            started(public_url.rstrip("/"))
            while all(p.poll() is None for p in stack.processes):
                time.sleep(0.5)
            stopped = next(p for p in stack.processes if p.poll() is not None)
            raise PluInputError(Text("services.serving", "a server stopped (exit {returncode}): {args}",
                                                         returncode=stopped.returncode, args=stopped.args[0]))
