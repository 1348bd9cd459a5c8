"""The ``synthcomp`` command: build, materialize, plan, simulate, resume, grade, runs, demo,
graph and serve-model (typer + rich), one module per group of commands.

Every failure the user can fix prints one line starting with 'error:' and exits non-zero;
tracebacks are for bugs only.
"""

from __future__ import annotations

# Imported in the order `synthcomp --help` lists their commands.
# isort: off
from synthcomp.cli import computers, runs, demo, dev  # noqa: F401
# isort: on
from synthcomp.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    """Entry point that never shows a traceback for a user error."""
    app()
