"""Checkpoints on a PostgreSQL server (langgraph-checkpoint-postgres), for many runs at once.

One pool of connections per process and server URL, shared by every run of that process (a
batch worker runs many): ``postgres_pool(url, size)`` sizes it to the worker's concurrency, and
the first call checks the server can be reached and creates the tables (once per URL and
process). Each run has its own saver on that pool (a saver serialises its own calls) and its own
thread, named in its context.json. Connections are autocommit with ``prepare_threshold=None``:
no server-side prepared statements, so a PgBouncer in transaction mode in between works.

Blobs go through the same CompressedSerializer as SQLite's, so a run copied between the two
(runs.copy) stores the same bytes.
"""

from __future__ import annotations

import atexit
import os
import threading
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import psycopg
from langgraph.checkpoint.postgres import PostgresSaver
from psycopg.conninfo import conninfo_to_dict
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from synthcomp.errors import InputError, first_line
from synthcomp.runs.checkpoints import CompressedSerializer, parse_store, without_password

if TYPE_CHECKING:
    from synthcomp.runs.health import Health

DEFAULT_POOL_SIZE = 4
CONNECT_TIMEOUT = 10  # seconds: an address that does not answer fails the run's start, not hangs it
# Seconds a checkpoint write waits for a connection (the server restarting, every connection
# busy) before the run pauses on it.
POOL_WAIT = 30.0
CONNECTION_KWARGS: dict[str, Any] = {"autocommit": True, "prepare_threshold": None, "row_factory": dict_row}
# pg_advisory_lock key: processes that create the tables at once take turns (CREATE TABLE IF NOT
# EXISTS races in PostgreSQL, and the migration rows would collide).
_SETUP_LOCK = 0x5C0_0017

_pools: dict[tuple[int, str], ConnectionPool[Any]] = {}
_failed: set[tuple[int, str]] = set()  # pools that lost their server under a run
_guard = threading.Lock()


def postgres_pool(url: str, size: int | None = None) -> ConnectionPool[Any]:
    """This process's connection pool for ``url``, with at least ``size`` connections at most
    (a batch worker passes how many runs it drives at once; default DEFAULT_POOL_SIZE). The
    first call for a URL connects once to check the server can be reached and creates the
    checkpoint tables if needed: InputError, one line without the password, when it cannot."""
    # Keyed by process too: a pool's connections do not survive a fork into a worker.
    key = (os.getpid(), url)
    with _guard:
        pool = _pools.get(key)
        if pool is not None and key in _failed:
            # The pool's reconnection backs off for minutes after an outage: a run starting or
            # resuming checks the server itself and, when it answers, gets a new pool.
            check_postgres(url)
            _failed.discard(key)
            del _pools[key]
            pool.close(timeout=0)
            pool = None
        if pool is None:
            if check_postgres(url) is None:
                raise InputError(f"{url!r} is not a postgresql:// URL")
            kwargs = dict(CONNECTION_KWARGS)
            if "connect_timeout" not in _conninfo(url):
                kwargs["connect_timeout"] = CONNECT_TIMEOUT
            pool = ConnectionPool(url, min_size=1, max_size=max(size or DEFAULT_POOL_SIZE, 1),
                                  kwargs=kwargs, timeout=POOL_WAIT,
                                  # A connection the server dropped (it restarted) is replaced
                                  # when taken, not handed to a checkpoint write.
                                  check=ConnectionPool.check_connection,
                                  name=f"synthcomp-{without_password(url)}", open=True)
            _pools[key] = pool
        elif size and size > pool.max_size:
            pool.resize(pool.min_size, size)
        return pool


def pool_failed(url: str) -> None:
    """Say that ``url``'s pool lost its server under a run (the run paused on it)."""
    with _guard:
        _failed.add((os.getpid(), url))


def postgres_saver(url: str) -> PostgresSaver:
    """A checkpointer for one run on the process's pool for ``url``."""
    return PostgresSaver(postgres_pool(url), serde=CompressedSerializer())


def check_postgres(checkpointer: str) -> str | None:
    """Check a checkpointer as the user gives it (``--checkpointer``): None for SQLite; for a
    PostgreSQL URL, connect once and create the checkpoint tables if they are missing, and
    return the URL. InputError, one line without the password, when the URL is malformed or
    its server cannot be reached or used. Nothing else is made: call it before anything starts."""
    url = parse_store(checkpointer)
    if url is None:
        return None
    where = without_password(url)
    try:
        options = _conninfo(url)
    except psycopg.Error as exc:
        raise InputError(f"--checkpointer {where}: {_clean(exc, url)}") from exc
    kwargs: dict[str, Any] = {**CONNECTION_KWARGS, **({} if "connect_timeout" in options
                                                       else {"connect_timeout": CONNECT_TIMEOUT})}
    try:
        with psycopg.connect(url, **kwargs) as connection:
            _setup(connection)
    except psycopg.OperationalError as exc:
        hint = "" if "password" not in str(exc) else \
            " (the password is never saved: give it in PGPASSWORD or ~/.pgpass, or in the URL)"
        raise InputError(f"the checkpoint database {where} cannot be reached: "
                         f"{_clean(exc, url)}{hint}") from exc
    except psycopg.Error as exc:
        raise InputError(f"the checkpoint database {where} cannot be used: {_clean(exc, url)}") from exc
    return url


def _conninfo(url: str) -> dict[str, Any]:
    return conninfo_to_dict(url)


def _clean(exc: BaseException, url: str) -> str:
    """libpq's message as one line, any password of ``url`` blanked out."""
    line = " ".join(first_line(exc).split()) or type(exc).__name__
    try:
        secret = _conninfo(url).get("password")
    except psycopg.Error:
        secret = None
    return line.replace(str(secret), "***") if secret else line


def _setup(connection: psycopg.Connection[Any]) -> None:
    """Create or migrate the checkpoint tables, unless they are current (the usual case: no lock)."""
    if _schema_version(connection) >= len(PostgresSaver.MIGRATIONS) - 1:
        return
    connection.execute("SELECT pg_advisory_lock(%s)", (_SETUP_LOCK,))
    try:
        PostgresSaver(connection).setup()
    finally:
        connection.execute("SELECT pg_advisory_unlock(%s)", (_SETUP_LOCK,))


def _schema_version(connection: psycopg.Connection[Any]) -> int:
    row = connection.execute("SELECT to_regclass('checkpoint_migrations') AS name").fetchone()
    if not row or not row["name"]:
        return -1
    found = connection.execute("SELECT max(v) AS v FROM checkpoint_migrations").fetchone()
    return int(found["v"]) if found and found["v"] is not None else -1


def new_thread_id(run_name: str) -> str:
    """A run's thread on a shared server: its name and a random part, since two computers
    of one name (two batches' computer-001) make runs of one name, and must not share a thread."""
    return f"{run_name}-{uuid.uuid4().hex[:12]}"


def _fetch(saver: PostgresSaver, query: str, args: tuple[Any, ...]) -> dict[str, Any]:
    with saver._cursor() as cursor:
        cursor.execute(query, args)
        row = cursor.fetchone()
    return dict(row or {})


def thread_stats(saver: PostgresSaver, thread_id: str) -> tuple[int, int | None]:
    """(checkpoints, last step) of the run's own graph (not its subgraphs') in ``thread_id``."""
    row = _fetch(saver, "SELECT count(*) AS n, max((metadata->>'step')::int) AS step FROM checkpoints "
                        "WHERE thread_id = %s AND checkpoint_ns = ''", (thread_id,))
    return int(row.get("n") or 0), row.get("step")


def has_thread(saver: PostgresSaver, thread_id: str) -> bool:
    """Whether the database holds anything of ``thread_id`` (a checkpoint or a write)."""
    row = _fetch(saver, "SELECT EXISTS (SELECT 1 FROM checkpoints WHERE thread_id = %s) OR "
                        "EXISTS (SELECT 1 FROM checkpoint_writes WHERE thread_id = %s) AS found",
                 (thread_id, thread_id))
    return bool(row.get("found"))


def thread_bytes(saver: PostgresSaver, thread_id: str) -> dict[str, int]:
    """Bytes the thread's rows take in each checkpoint table (pg_column_size of the rows:
    what is stored, compressed by PostgreSQL's TOAST where it could; indexes not counted)."""
    sizes = {}
    for table in ("checkpoints", "checkpoint_blobs", "checkpoint_writes"):
        row = _fetch(saver, f"SELECT coalesce(sum(pg_column_size(t.*)), 0) AS size FROM {table} t "
                            "WHERE thread_id = %s", (thread_id,))
        sizes[table] = int(row.get("size") or 0)
    return sizes


def read_server_checkpoints(health: Health, saver: PostgresSaver,
                            graph_for: Callable[[Any], Any] | None) -> None:
    """Fill ``health`` from the run's thread on the server: how many checkpoints, and (with
    ``graph_for``) its day, turn and next step, as runs.health reads them from SQLite."""
    from synthcomp.runs.health import LOAD_ERRORS, read_state

    try:
        count, step = thread_stats(saver, health.thread_id)
    except psycopg.OperationalError as exc:
        raise InputError(f"the checkpoint database cannot be reached: {first_line(exc)}") from exc
    health.checkpoint_count, health.last_step = count, step
    if not count:
        health.checkpoints = "no checkpoint"
        return
    health.checkpoints = "ok"
    if graph_for is not None:
        read_state(health, graph_for(saver), (*LOAD_ERRORS, psycopg.DataError))


@atexit.register
def _close_pools() -> None:
    # The pools' worker threads would otherwise be stopped mid-way at interpreter exit.
    for key, pool in list(_pools.items()):
        if key[0] == os.getpid():
            pool.close(timeout=5)
    _pools.clear()
