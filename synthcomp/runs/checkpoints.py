"""Checkpointers for runs: SQLite in the run folder, blobs compressed.

Checkpoint and write blobs are msgpack of messages and state: text that zlib shrinks several
times over. The wrapper tags compressed blobs with a "+z" type suffix, so uncompressed blobs
(older runs, small values) still load.
"""

from __future__ import annotations

import sqlite3
import zlib
from typing import Any

from langgraph.checkpoint.serde.base import SerializerProtocol
from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer
from langgraph.checkpoint.sqlite import SqliteSaver

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
