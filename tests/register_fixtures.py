"""The plan register's test fixtures (a plugin of tests/conftest.py): a real PostgreSQL/PostGIS cluster, started once per session."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from register.cluster import EmbeddedCluster
from register.provider import RegisterProvider, init_register


@pytest.fixture(scope="session")
def cluster(tmp_path_factory):
    """PostgreSQL will not run as root; as root the server runs as ``postgres``, which cannot pass through
    pytest's private ``/tmp/pytest-of-root`` (pytest resets it to 0700 whenever any session starts), so the
    cluster then lives in a fresh ``mkdtemp`` folder that this fixture removes again."""
    private = os.geteuid() == 0
    home = Path(tempfile.mkdtemp(prefix="plu-register-test-")) if private else tmp_path_factory.mktemp("register")
    c = EmbeddedCluster(home)
    try:
        init_register(c.start_scratch())
        _make_template(c)
        yield c
    finally:
        c.stop()
        if private:
            shutil.rmtree(home, ignore_errors=True)


def _make_template(c: EmbeddedCluster) -> None:
    """A migrated empty register to copy: CREATE DATABASE … TEMPLATE is far quicker than migrating each time."""
    import psycopg2

    conn = psycopg2.connect(c.dsn(database="postgres"))
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("CREATE DATABASE register_template")
    conn.close()
    init_register(c.dsn(database="register_template"))


@pytest.fixture(scope="session")
def register_dsn(cluster) -> str:
    return cluster.dsn()


@contextmanager
def template_database(cluster, name: str) -> Iterator[str]:
    """A new empty register database ``name`` (made from the migrated template), dropped afterwards; its DSN."""
    import psycopg2

    conn = psycopg2.connect(cluster.dsn(database="postgres"))
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f"DROP DATABASE IF EXISTS {name}")
        cur.execute(f"CREATE DATABASE {name} TEMPLATE register_template")
    try:
        yield cluster.dsn(database=name)
    finally:
        with conn.cursor() as cur:
            cur.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.close()


@pytest.fixture
def fresh_db(cluster, request):
    """A new empty register database of its own, for tests that count what they stored."""
    name = "t_" + "".join(ch for ch in request.node.name.lower() if ch.isalnum())[:40]
    with template_database(cluster, name) as dsn:
        yield dsn


@pytest.fixture
def provider(fresh_db):
    with RegisterProvider(fresh_db) as p:
        yield p


def store_first_detailed_plan(dsn: str, in_force: bool) -> None:
    """The test city's first detailed plan (authority ``city_a``), adopted, and in force since 2020 if asked."""
    from datetime import date

    from city import DETAILED_1, dataset  # tests/register, on the path through services_fixtures

    with RegisterProvider(dsn) as reg:
        reg.ensure_authority("city_a")
        info = reg.add(dataset(DETAILED_1), "city_a")
        reg.set_status(info.ref, "adoption")
        if in_force:
            reg.set_status(info.ref, "legalForce", date(2020, 1, 1))


@pytest.fixture
def published_plan(fresh_db):
    """The register's DSN, holding the test city's first detailed plan (authority ``city_a``) in force since 2020."""
    store_first_detailed_plan(fresh_db, in_force=True)
    return fresh_db
