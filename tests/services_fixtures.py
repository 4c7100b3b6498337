"""The web services' test fixtures (a plugin of tests/conftest.py): the invented city in a real register.

One session-scoped database serves every services test; the stack fixture (nginx, QGIS Server,
pygeoapi) is started once on top of it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "register"))

from city import fill_register  # noqa: E402


@pytest.fixture(scope="session")
def city_register(cluster) -> str:
    """Every plan of the city added, adopted and in legal force from its date; returns the DSN."""
    import psycopg2

    conn = psycopg2.connect(cluster.dsn(database="postgres"))
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute("DROP DATABASE IF EXISTS services_city WITH (FORCE)")
        cur.execute("CREATE DATABASE services_city TEMPLATE register_template")
    conn.close()
    dsn = cluster.dsn(database="services_city")
    return fill_register(dsn)


@pytest.fixture(scope="session")
def service_stack(city_register, tmp_path_factory):
    """nginx, QGIS Server and pygeoapi on loopback over the city register, once per session; yields the base URL."""
    from services.stack import ServiceStack, free_port, missing_programs, write_configuration

    missing = missing_programs()
    if missing:
        pytest.skip(f"needs the Debian packages {', '.join(missing)} (scripts/setup.sh installs them)")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    layout = write_configuration(tmp_path_factory.mktemp("stack"), city_register, base, f"127.0.0.1:{port}",
                                 ogcapi_processes=1, qgis_processes=1)
    stack = ServiceStack(layout, city_register, ogcapi_threads=4).start()
    try:
        yield base
    finally:
        stack.stop()
