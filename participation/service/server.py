"""Running the comment service on waitress: proxy headers, connection limits, and headers on its own errors.

Behind a reverse proxy (the production set-up in ``docs/deploy.md``: nginx in
front) waitress takes the client's address from ``X-Forwarded-For`` *only*
when the connection comes from ``trusted_proxy``; otherwise it strips those
headers, so nobody can claim another address to escape a rate limit.
Waitress writes some answers itself (a body too large, a malformed request);
they get the same security headers as the application's, and a body too large
gets the application's own bilingual answer.
"""

from __future__ import annotations

import ipaddress
from typing import Any

from waitress.channel import HTTPChannel
from waitress.server import create_server
from waitress.task import ErrorTask
from waitress.utilities import RequestEntityTooLarge

from participation.service.comments import BODY_LIMIT
from participation.service.security import SECURITY_HEADERS, too_large_body

__all__ = ["CHUNK_FRAMING", "make_server", "serve", "waitress_body_limit"]

#: Seconds a connection may stay idle (no bytes) before waitress closes it.
CHANNEL_TIMEOUT = 30
#: Room for chunked framing above :data:`BODY_LIMIT`: waitress counts a chunked body as it arrives, sizes and line
#: ends included (a ``Content-Length`` body is the body alone).  A chunk's size line and end take at most 9 bytes
#: (``3e000\r\n`` … ``\r\n``), so a body of :data:`BODY_LIMIT` bytes sent in chunks of a kilobyte or more fits;
#: the application then checks the body itself against :data:`BODY_LIMIT` and answers as for any other body.
CHUNK_FRAMING = 4 * 1024


def waitress_body_limit() -> int:
    """waitress's ``max_request_body_size``: it refuses a body of that many bytes or more, the limit included."""
    return BODY_LIMIT + CHUNK_FRAMING + 1


class _SecureErrorTask(ErrorTask):
    """waitress's own answers, with the service's headers; a body too large is answered as the application does."""

    def execute(self) -> None:
        self.response_headers.extend(SECURITY_HEADERS)
        if isinstance(self.request.error, RequestEntityTooLarge):
            body = too_large_body(BODY_LIMIT).encode("utf-8")
            self.status = "413 Request Entity Too Large"
            self.response_headers.append(("Content-Type", "application/json"))
            self.set_close_on_finish()
            self.content_length = len(body)
            self.write(body)
            return
        super().execute()


class _Channel(HTTPChannel):
    error_task_class = _SecureErrorTask


def _exact_forwarded_address(app: Any) -> Any:
    """The client's address read from the proxy's ``X-Forwarded-For`` as written, when it is a plain address.

    Waitress takes ``::ffff:198.51.100.7`` (an IPv4 client as a dual-stack nginx writes it)
    for host ``::ffff`` and port ``198.51.100.7``: every IPv4 citizen would be the same
    client, sharing one rate limit.  The header reaches the application only from the
    trusted proxy (waitress clears it otherwise), so its last hop is the address to use.
    """

    def call(environ: dict[str, Any], start_response: Any) -> Any:
        hop = environ.get("HTTP_X_FORWARDED_FOR", "").rsplit(",", 1)[-1].strip().strip('"')
        try:
            environ["REMOTE_ADDR"] = str(ipaddress.ip_address(hop.removeprefix("[").removesuffix("]")))
        except ValueError:
            pass  # absent, or with a port: waitress's reading stands
        return app(environ, start_response)

    return call


def make_server(app: Any, host: str = "127.0.0.1", port: int = 8080, *, threads: int = 8,
                behind_proxy: bool = False, trusted_proxy: str = "127.0.0.1") -> Any:
    """A waitress server for ``app``, not yet running (``.run()`` it; ``.close()`` stops it)."""
    options: dict[str, Any] = dict(
        host=host, port=port, threads=threads, max_request_body_size=waitress_body_limit(), ident="PLU Studio",
        channel_timeout=CHANNEL_TIMEOUT, clear_untrusted_proxy_headers=True,
    )
    if behind_proxy:
        options.update(trusted_proxy=trusted_proxy, trusted_proxy_count=1,
                       trusted_proxy_headers={"x-forwarded-for", "x-forwarded-proto", "x-forwarded-host"})
        app = _exact_forwarded_address(app)
    server = create_server(app, **options)
    server.channel_class = _Channel
    return server


def serve(app: Any, host: str = "127.0.0.1", port: int = 8080, threads: int = 8, *,
          behind_proxy: bool = False, trusted_proxy: str = "127.0.0.1") -> None:
    """Run the service until interrupted."""
    server = make_server(app, host, port, threads=threads, behind_proxy=behind_proxy, trusted_proxy=trusted_proxy)
    try:
        server.run()
    finally:
        server.close()
