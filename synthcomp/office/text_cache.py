"""Texts read from files, kept while the file's bytes stay the same.

An agent reads the same files again and again: every search_contents parses every file of the
folder it searches, and a document is read a page at a time. Parsing a docx, xlsx, pptx or pdf
was most of a simulated turn's CPU (22 of 29 ms on the offline model), so the text of a read is
kept under the file's path, how it was read and the read budget, and given back while a digest
of the file's bytes is unchanged: a file edited, replaced or restored is parsed again, and the
answer is always the one a fresh parse gives.

The path is part of the key, so two runs' drives (copies of one computer) never share an entry:
what a run costs does not depend on the runs beside it. The cache is bounded in characters and
drops the least recently used texts first.
"""

from __future__ import annotations

import hashlib
import stat
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path

MAX_CHARS = 32_000_000  # all texts kept (a built drive reads to ~150,000 characters)
MAX_FILE_BYTES = 8 * 1024 * 1024  # larger files are read each time: hashing them is no saving
TIMED_OUT = "[time is up:"  # budgets.cut_note of a read cut by the clock: never kept


def digest_of(path: Path) -> bytes | None:
    """A digest of the regular file at ``path``; None when it is not one (missing, a pipe, a
    folder) or too large to be worth keeping."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
            return None
        return hashlib.blake2b(path.read_bytes(), digest_size=16).digest()
    except OSError:
        return None


class TextCache:
    """Texts by key, each valid for one digest of its file's bytes."""

    def __init__(self, max_chars: int = MAX_CHARS) -> None:
        self.max_chars = max_chars
        self.chars = 0
        self._texts: OrderedDict[Hashable, tuple[bytes, str]] = OrderedDict()
        self._lock = threading.Lock()

    def read(self, path: Path, key: Hashable, parse: Callable[[], str]) -> str:
        """The text ``parse()`` gives for ``path``, from the cache while the file is unchanged.
        A text is kept only when the file's bytes were the same before and after the parse (a
        file written meanwhile is parsed again next time)."""
        before = digest_of(path)
        if before is not None:
            with self._lock:
                kept = self._texts.get(key)
                if kept is not None and kept[0] == before:
                    self._texts.move_to_end(key)
                    return kept[1]
        text = parse()
        if before is not None and TIMED_OUT not in text and digest_of(path) == before:
            self._keep(key, before, text)
        return text

    def _keep(self, key: Hashable, digest: bytes, text: str) -> None:
        if len(text) > self.max_chars:
            return
        with self._lock:
            old = self._texts.pop(key, None)
            if old is not None:
                self.chars -= len(old[1])
            self._texts[key] = (digest, text)
            self.chars += len(text)
            while self.chars > self.max_chars:
                _, (_, dropped) = self._texts.popitem(last=False)
                self.chars -= len(dropped)

    def clear(self) -> None:
        """Forget every text."""
        with self._lock:
            self._texts.clear()
            self.chars = 0


TEXTS = TextCache()
