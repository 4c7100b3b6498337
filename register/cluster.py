"""A private PostgreSQL cluster in the user's data folder: the register without an administrator.

``initdb`` creates it, ``pg_ctl`` starts and stops it; it listens on a Unix socket
inside its own folder only (no TCP port), so nobody else on the machine reaches it.
PostgreSQL refuses to run as root: when PLU Studio runs as root the cluster runs as
the ``postgres`` system account (``PLU_REGISTER_OS_USER`` names another one).
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
from pathlib import Path

from plu_model.i18n import Joined, Text
from register.errors import RegisterError
from register.stray_servers import StrayServer, find_strays, stop_stray

__all__ = ["EmbeddedCluster", "default_home", "pg_bin"]

DATABASE = "plu_register"
SUPERUSER = "plu_owner"
_BIN_DIRS = ("/usr/lib/postgresql/15/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/17/bin")


def default_home() -> Path:
    """Where ``plu register init`` keeps the private cluster (``PLU_REGISTER_HOME`` overrides)."""
    env = os.environ.get("PLU_REGISTER_HOME")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "plu-studio" / "register"


def pg_bin(name: str) -> str:
    """The path of a PostgreSQL server program (Debian keeps them out of PATH)."""
    for d in _BIN_DIRS:
        p = Path(d) / name
        if p.is_file():
            return str(p)
    found = shutil.which(name)
    if found:
        return found
    raise RegisterError(
        Text("register.cluster", "PostgreSQL's {name} was not found; install postgresql-15 and "
                                 "postgresql-15-postgis-3", name=name),
    )


def _os_user() -> str | None:
    """The account the server runs as, or None for the current one (never root)."""
    if os.geteuid() != 0:
        return None
    return os.environ.get("PLU_REGISTER_OS_USER", "postgres")


def _make_traversable(path: Path) -> None:
    """Let the server account pass through (not list) the folders above its cluster."""
    for parent in reversed(path.parents):
        mode = parent.stat().st_mode
        if not mode & 0o001:
            parent.chmod(mode | 0o001)


def _conf_quoted(path: Path) -> str:
    """A path inside a single-quoted ``postgresql.conf`` value (a quote in it is doubled)."""
    return str(path).replace("'", "''")


class EmbeddedCluster:
    """One private cluster: ``path/data`` holds it, its socket lives in ``path/data`` too."""

    def __init__(self, path: str | os.PathLike[str] | None = None):
        # absolute: the server resolves a relative socket folder from its data folder, not from here
        self.path = (Path(path) if path else default_home()).absolute()
        self.data = self.path / "data"
        self.user = _os_user()

    # -- running the server programs --------------------------------------------
    def _run(self, *argv: str) -> subprocess.CompletedProcess[str]:
        cmd = list(argv)
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            detail = (result.stderr or result.stdout).strip().splitlines()[-3:]
            raise RegisterError(
                Text("register.cluster", "{name} failed for the register in {path}: {detail}",
                                         name=Path(argv[0]).name, path=self.path, detail=' '.join(detail)),
            )
        return result

    @property
    def exists(self) -> bool:
        return (self.data / "PG_VERSION").is_file()

    def is_running(self) -> bool:
        if not self.exists:
            return False
        cmd = [pg_bin("pg_ctl"), "status", "-D", str(self.data)]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(cmd, capture_output=True, check=False).returncode == 0

    def create(self, scratch: bool = False) -> bool:
        """Create the cluster unless it exists; True when it was created now.

        ``scratch`` trades crash safety for speed (no fsync): for test and benchmark
        clusters that are thrown away, never for a register that holds real plans.
        """
        if self.exists:
            return False
        socket = self.data / ".s.PGSQL.5432"
        if len(os.fsencode(socket)) > 100:  # Unix sockets have a path limit of about 107 bytes (not characters)
            raise RegisterError(
                Text("register.cluster", "{path}: the folder path is too long for the register's socket; choose a "
                                         "shorter one (PLU_REGISTER_HOME or --home)", path=self.path))
        self.data.mkdir(parents=True, exist_ok=True)
        self.data.chmod(0o700)
        if self.user:
            account = pwd.getpwnam(self.user)
            os.chown(self.data, account.pw_uid, account.pw_gid)
            _make_traversable(self.data)
        self._run(
            pg_bin("initdb"), "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
            "--encoding=UTF8", "--locale=C.UTF-8",
        )
        conf = (
            "\n# PLU Studio register: a Unix socket in this folder only, no TCP\n"
            "listen_addresses = ''\n"
            f"unix_socket_directories = '{_conf_quoted(self.data)}'\n"
            "unix_socket_permissions = 0700\n"
            "max_connections = 40\n"
        )
        if scratch:
            conf += "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as fh:
            fh.write(conf)
        return True

    def start(self) -> None:
        """Start the server (a no-op when it runs already)."""
        if not self.exists:
            # a server of this folder may still run, the folder deleted or moved under it: said, and stopped if deleted
            notes = [self._stop_stray(s) if s.moved_to is None else self._moved_note(s) for s in self.strays()]
            if notes:
                raise RegisterError(Text(
                    "register.cluster", "no register in {path}; create it with 'plu register init'. {notes}",
                    path=self.path, notes=Joined(Text("register.cluster", ". "), tuple(notes))))
            raise RegisterError(
                Text("register.cluster", "no register in {path}; create it with 'plu register init'", path=self.path),
            )
        if self.is_running():
            return
        self._run(pg_bin("pg_ctl"), "start", "-w", "-t", "60", "-D", str(self.data),
                  "-l", str(self.data / "server.log"))

    def stop(self) -> list[Text]:
        """Stop the server, and any server of this folder left running after the folder was deleted or moved;
        what was done about those (nothing to say: an empty list)."""
        if self.is_running():
            self._run(pg_bin("pg_ctl"), "stop", "-w", "-m", "fast", "-D", str(self.data))
        return [self._stop_stray(s) for s in self.strays()]

    def strays(self) -> list[StrayServer]:
        """Servers started for this folder that run on after it was deleted or moved (Linux only)."""
        return find_strays(self.data)

    def _stop_stray(self, server: StrayServer) -> Text:
        """Stop a stray server (its fast shutdown: nothing of a moved folder is lost); what happened, to say."""
        stopped = stop_stray(server)
        values = {"path": self.path, "pid": server.pid}
        if server.moved_to is None:
            if stopped:
                return Text("register.cluster", "The register's folder {path} was deleted while its server ran "
                                                "(process {pid}); that server was stopped", **values)
            return Text("register.cluster", "The register's folder {path} was deleted while its server ran "
                                            "(process {pid}), which could not be stopped", **values)
        if stopped:
            return Text("register.cluster", "The register's server of {path} ran on from {where}, where its folder "
                                            "was moved (process {pid}); it was stopped", where=server.moved_to,
                        **values)
        return Text("register.cluster", "The register's server of {path} runs on from {where}, where its folder was "
                                        "moved (process {pid}), and could not be stopped", where=server.moved_to,
                    **values)

    def _moved_note(self, server: StrayServer) -> Text:
        """A server that runs on from a moved folder may be in use there: it is only pointed at, not stopped."""
        assert server.moved_to is not None
        return Text("register.cluster", "The register's server of {path} still runs from {where}, where its folder "
                                        "was moved (process {pid}): move the folder back (its configuration names "
                                        "this place), or stop that server with 'plu register stop'", path=self.path,
                    where=server.moved_to, pid=server.pid)

    def start_scratch(self) -> str:
        """Create a throw-away cluster here (no fsync: tests and benchmarks), start it and make the register's
        database; its DSN."""
        self.create(scratch=True)
        self.start()
        self.ensure_database()
        return self.dsn()

    def dsn(self, user: str = SUPERUSER, database: str = DATABASE) -> str:
        """The libpq connection string of this cluster's socket (a folder with spaces or quotes is quoted)."""
        from psycopg2.extensions import make_dsn

        return str(make_dsn(host=str(self.data), dbname=database, user=user))

    def ensure_database(self) -> None:
        """Create the register's database in a fresh cluster."""
        import psycopg2

        conn = psycopg2.connect(self.dsn(database="postgres"))
        try:
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE,))
                if cur.fetchone() is None:
                    cur.execute(f"CREATE DATABASE {DATABASE}")
        finally:
            conn.close()
