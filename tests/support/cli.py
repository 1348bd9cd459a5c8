"""The CLI as a user runs it: the real console entry point in a subprocess."""

from __future__ import annotations

import subprocess
import sys


def cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """``synthcomp ARGS`` in a subprocess (no in-process shortcuts), its output captured."""
    return subprocess.run([sys.executable, "-m", "synthcomp.cli", *args], capture_output=True,
                          text=True, timeout=timeout, check=False)
