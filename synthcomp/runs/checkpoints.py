"""Checkpointers for runs: SQLite in the run folder (the default) or PostgreSQL, blobs compressed.

Checkpoint and write blobs are msgpack of messages and state: text that zlib shrinks several
times over. The wrapper tags compressed blobs with a "+z" type suffix, so uncompressed blobs
(older runs, small values) still load.
"""

from __future__ import annotations

import re
import sqlite3
import zlib
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.serde.base import SerializerProtocol
from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from langgraph.checkpoint.sqlite import SqliteSaver

from synthcomp.errors import InputError
from synthcomp.runs.folder import CHECKPOINTS_FILE

COMPRESS_OVER_BYTES = 256
SUFFIX = "+z"


class CompressedSerializer(SerializerProtocol):
    """JsonPlusSerializer, with blobs over COMPRESS_OVER_BYTES zlib-compressed."""

    def __init__(self, inner: SerializerProtocol | None = None) -> None:
        self.inner = inner or JsonPlusSerializer()

    def dumps_typed(self, obj: Any) -> tuple[str, bytes]:
        """Serialize, compressing large blobs."""
        kind, data = self.inner.dumps_typed(obj)
        if len(data) > COMPRESS_OVER_BYTES:
            return kind + SUFFIX, zlib.compress(data, 6)
        return kind, data

    def loads_typed(self, data: tuple[str, bytes]) -> Any:
        """Deserialize, decompressing blobs tagged as compressed."""
        kind, blob = data
        if kind.endswith(SUFFIX):
            return self.inner.loads_typed((kind[: -len(SUFFIX)], zlib.decompress(blob)))
        return self.inner.loads_typed(data)


def sqlite_checkpointer(connection: sqlite3.Connection) -> SqliteSaver:
    """A SqliteSaver on ``connection`` with compressed blobs.

    WAL with synchronous=NORMAL: every committed step survives the process being killed (what
    resuming needs); only a power cut could lose the last steps, and it saves an fsync per step.
    """
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    return SqliteSaver(connection, serde=CompressedSerializer())


# Where a run's checkpoints are: "sqlite" (checkpoints.sqlite in the run folder, the default)
# or a PostgreSQL URL (runs.postgres). context.json names it under this key, without a password.
STORE_KEY = "checkpointer"
SQLITE = "sqlite"
POSTGRES_SCHEMES = ("postgresql", "postgres")
_SECRET_PARAMS = ("password", "sslpassword")


def is_postgres(store: str | None) -> bool:
    """Whether ``store`` (a checkpointer as given or saved) is a PostgreSQL URL."""
    return bool(store) and urlsplit(str(store)).scheme in POSTGRES_SCHEMES


def parse_store(value: str | None) -> str | None:
    """A checkpointer as the user gives it: None for SQLite (None, "" or "sqlite"), else the
    PostgreSQL URL, checked for its form (reaching it is runs.postgres's); InputError if it is
    neither, or a URL that libpq would not read, in one line without its password."""
    text = (value or "").strip()
    if not text or text.lower() == SQLITE:
        return None
    try:
        parts = urlsplit(text)
    except ValueError as exc:
        raise InputError(f"--checkpointer {without_password(text)!r} is not a URL: {exc}") from exc
    if parts.scheme not in POSTGRES_SCHEMES:
        raise InputError(f"--checkpointer {without_password(text)!r}: give 'sqlite' (the default: "
                         "checkpoints.sqlite in the run folder) or a postgresql://user@host:port/"
                         "database URL")
    hosts = parts.netloc.rpartition("@")[2]
    for host in filter(None, hosts.split(",")):
        port = host.rpartition("]")[2] if host.startswith("[") else host
        _, colon, number = port.rpartition(":")
        if colon and number and not number.isdigit():
            raise InputError(f"--checkpointer {without_password(text)!r}: the port {number!r} "
                             "is not a number")
    if not parts.path.strip("/") and "dbname" not in parts.query:
        raise InputError(f"--checkpointer {without_password(text)!r} names no database: "
                         "postgresql://user@host:port/DATABASE")
    return text


def without_password(url: str) -> str:
    """``url`` with any password taken out (of its user part and its query): what context.json
    and every message may show. libpq finds it again in PGPASSWORD or ~/.pgpass."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return re.sub(r"//([^:/@]*):[^@/]*@", r"//\1@", url)
    user, at, hosts = parts.netloc.rpartition("@")
    netloc = f"{user.partition(':')[0]}{at}{hosts}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if k not in _SECRET_PARAMS])
    return urlunsplit(parts._replace(netloc=netloc, query=query))


def same_store(first: str | None, second: str | None) -> bool:
    """Whether two checkpointers are the same store (a password does not make another one)."""
    if not is_postgres(first) or not is_postgres(second):
        return is_postgres(first) == is_postgres(second)
    return without_password(str(first)) == without_password(str(second))


def describe_store(store: str | None) -> str:
    """The store in messages: 'checkpoints.sqlite' or the URL without its password."""
    return without_password(store) if store and is_postgres(store) else "checkpoints.sqlite"


@contextmanager
def run_checkpointer(run_dir: Path, store: str | None) -> Iterator[BaseCheckpointSaver[Any]]:
    """The run's checkpointer for a block: SQLite in the run folder (its connection closed
    after), or a saver on the process's shared pool for the PostgreSQL URL ``store``."""
    if is_postgres(store):
        from synthcomp.runs.postgres import postgres_saver  # psycopg loads only for such runs

        yield postgres_saver(str(store))
        return
    with closing(sqlite3.connect(run_dir / CHECKPOINTS_FILE, check_same_thread=False)) as connection:
        yield sqlite_checkpointer(connection)


def store_errors(store: str | None) -> tuple[type[BaseException], ...]:
    """What the store raises when it goes away under a run (a PostgreSQL server restarted or
    out of reach, no pooled connection in time): the run pauses on it and resumes later."""
    if not is_postgres(store):
        return ()  # a SQLite file in the run folder does not go away; its errors are damage
    import psycopg

    return (psycopg.OperationalError,)


def store_failed(store: str | None) -> None:
    """Note that the store went away under a run: a PostgreSQL pool is then checked and made
    anew when the next run starts or resumes (runs.postgres.pool_failed)."""
    if is_postgres(store):
        from synthcomp.runs.postgres import pool_failed

        pool_failed(str(store))
