"""A real PostgreSQL server for the tests (and bench/bench_postgres.py).

``$SYNTHCOMP_TEST_PG_URL`` when it is set (a server someone runs: each test session makes its
own database there when it may, else uses the URL's); else a server started here: initdb in a
temp folder, pg_ctl on a free loopback port (its socket in that folder too), stopped and removed
after. initdb refuses to run as root, so as root the server runs as the `postgres` user (or
`nobody`) through runuser. Each xdist worker starts its own server: nothing is shared, no lock.

No PostgreSQL binaries is a failure with what to install, never a skip: CI must not go green
by skipping the Postgres tests.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

ENV_URL = "SYNTHCOMP_TEST_PG_URL"
USER = "synthcomp"
MISSING = ("no PostgreSQL server binaries (initdb, pg_ctl) on PATH or in /usr/lib/postgresql/*/bin: "
           "install them (Debian: apt-get install postgresql; .ci/run does) or set "
           f"{ENV_URL}=postgresql://user:password@host:port/db")


def find_binaries() -> Path:
    """The folder holding initdb and pg_ctl (PATH first, then Debian's versioned folders)."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                      key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if not versions:
        raise RuntimeError(MISSING)
    return Path(versions[-1]).parent


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _server_user() -> str | None:
    """Who runs the server: ourselves, or (as root, whom initdb refuses) postgres or nobody."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and no `postgres` or `nobody` user to run PostgreSQL as")


@dataclass
class LocalPostgres:
    """A throwaway PostgreSQL server in a temp folder, on a loopback port."""

    root: Path
    port: int = 0
    bin: Path | None = None
    user: str | None = None

    def _run(self, *command: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        argv = [str(self.bin / command[0]), *command[1:]] if self.bin else list(command)
        if self.user:
            argv = ["runuser", "-u", self.user, "--", *argv]
        done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, check=False)
        if done.returncode:
            raise RuntimeError(f"{' '.join(command[:2])} failed ({done.returncode}): "
                               f"{(done.stderr or done.stdout).strip()[-2000:]}")
        return done

    def start(self) -> LocalPostgres:
        """initdb and start the server; retried on another port if the one picked was taken."""
        self.bin = find_binaries()
        self.user = _server_user()
        data = self.root / "data"
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        # --no-sync and fsync=off: a test server's files need not survive a power cut.
        self._run("initdb", "-D", str(data), "-A", "trust", "-U", USER, "-E", "UTF8", "--no-sync")
        for attempt in range(3):
            self.port = _free_port()
            try:
                return self.launch()
            except RuntimeError:
                if attempt == 2:
                    log = self.root / "server.log"
                    raise RuntimeError("PostgreSQL did not start: "
                                       + (log.read_text()[-2000:] if log.exists() else "")) from None
        return self

    def launch(self) -> LocalPostgres:
        """Start the initialised server on its port (again, after ``halt``)."""
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c max_connections=200")
        self._run("pg_ctl", "-D", str(self.root / "data"), "-l", str(self.root / "server.log"), "-w",
                  "-t", "60", "-o", options, "start")
        return self

    def halt(self, mode: str = "fast") -> None:
        """Stop the server, its data kept (``launch`` starts it again)."""
        self._run("pg_ctl", "-D", str(self.root / "data"), "-m", mode, "-w", "stop", timeout=60)

    def stop(self) -> None:
        """Stop the server (fast: open connections are cut) and remove its folder."""
        try:
            self.halt()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        """The URL of ``database`` on this server."""
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{database}"


def create_database(url: str, name: str) -> str:
    """Create database ``name`` on the server of ``url``; the URL of the new database."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return _with_database(url, name)


def drop_database(url: str, name: str) -> None:
    """Drop database ``name`` (its connections closed first)."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def _with_database(url: str, name: str) -> str:
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


@contextmanager
def postgres_server() -> Iterator[str]:
    """The URL of a server's maintenance database: $SYNTHCOMP_TEST_PG_URL's, or a server
    started here for the block and stopped after it."""
    configured = os.environ.get(ENV_URL)
    if configured:
        yield configured
        return
    server = LocalPostgres(Path(tempfile.mkdtemp(prefix="synthcomp-pg-"))).start()
    try:
        yield server.url()
    finally:
        server.stop()


def _worker() -> str:
    return os.environ.get("PYTEST_XDIST_WORKER", "main")


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """The URL of a database of its own for this test session (and xdist worker)."""
    try:
        with postgres_server() as base:
            name = f"synthcomp_test_{_worker()}_{os.getpid()}"
            try:
                url = create_database(base, name)
            except Exception:
                if not os.environ.get(ENV_URL):
                    raise
                yield base  # a configured server that refuses CREATE DATABASE: its own database
                return
            try:
                yield url
            finally:
                drop_database(base, name)
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)
