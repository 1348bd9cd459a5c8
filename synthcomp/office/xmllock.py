"""One lock around everything that makes python-docx or python-pptx parse XML.

Both libraries parse every package part, and build every new element (a paragraph, a run, a
style), with one module-level lxml parser shared by all threads, and an lxml parser is not safe
to use from two threads at once. The world builder writes files from parallel branches: a
document built while another was being built once came out with a corrupted namespace prefix
("Namespace prefix proofState for val on color is not defined"), and a docx read back in a
server once had the same. So opening, building, editing and reading a package happen one at a
time (a re-entrant lock: a build that opens a package holds it once more). xlsx (openpyxl) and
pdf are not concerned: they make their own parsers.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

PACKAGE_LOCK = threading.RLock()


def holding_package_lock(function: Callable[P, T]) -> Callable[P, T]:
    """``function``, run while holding PACKAGE_LOCK."""

    @functools.wraps(function)
    def locked(*args: P.args, **kwargs: P.kwargs) -> T:
        with PACKAGE_LOCK:
            return function(*args, **kwargs)

    return locked
