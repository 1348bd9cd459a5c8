"""One lock around opening .docx and .pptx packages.

python-docx and python-pptx each parse every package part with one module-level lxml parser,
shared by all threads. One parallel test run inside a LangGraph server once failed to read a
freshly written docx with a corrupted namespace prefix ("Namespace prefix dummy ... is not
defined"); opening packages one at a time keeps those shared parsers to one thread at a time.
Writing and reading text are not under the lock.
"""

from __future__ import annotations

import threading

PACKAGE_LOCK = threading.Lock()
