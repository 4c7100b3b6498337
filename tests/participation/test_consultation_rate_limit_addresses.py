"""Whom the rate limits count, on waitress behind a trusted proxy: an IPv6 line is one client, not 2⁶⁴,
and IPv4 citizens written as IPv6 are not all one client.

The addresses come as the proxy (nginx, ``$remote_addr``) writes them in
``X-Forwarded-For``; the test sends them over loopback from the trusted address.
"""

from __future__ import annotations

import pytest
from consultation_fixtures import *  # noqa: F403 - fixtures
from test_consultation_service_live import Waitress, _post

from participation.package_reader import open_package
from participation.service.app import ServiceLimits, create_app
from participation.service.ratelimit import RateLimit
from participation.service.storage import SqliteCommentStore


@pytest.fixture
def proxied(package_dir, tmp_path):
    app = create_app(open_package(package_dir), SqliteCommentStore(tmp_path / "c.db"),
                     limits=ServiceLimits(requests=RateLimit(1000, 60), comments=RateLimit(2, 600)))
    server = Waitress(app, behind_proxy=True, trusted_proxy="127.0.0.1")
    yield server
    server.stop()


def _from(server: Waitress, address: str, text: str) -> int:
    return _post(server.port, text, {"X-Forwarded-For": address})


def test_new_ipv6_addresses_from_one_line_share_its_limit(proxied):
    # privacy extensions: the same phone, a new address in its /64 for every request
    line = ["2001:db8:1:2::a", "2001:db8:1:2:8f3a:11:2c:9", "2001:db8:1:2:ffff:ffff:ffff:fffe"]
    assert [_from(proxied, address, f"a{i}") for i, address in enumerate(line)] == [201, 201, 429]
    assert _from(proxied, "2001:db8:1:3::a", "neighbour") == 201  # the next /64 is another household


def test_ipv4_citizens_behind_a_dual_stack_proxy_are_told_apart(proxied):
    # a dual-stack nginx writes an IPv4 client as ::ffff:a.b.c.d; two citizens, two budgets
    ana, boris = "::ffff:198.51.100.7", "::ffff:203.0.113.9"
    assert [_from(proxied, ana, "a1"), _from(proxied, ana, "a2"), _from(proxied, ana, "a3")] == [201, 201, 429]
    assert _from(proxied, boris, "b1") == 201
    # and the same citizen is the same client however the address is written
    assert [_from(proxied, "203.0.113.9", "b2"), _from(proxied, "::ffff:cb00:7109", "b3")] == [201, 429]
