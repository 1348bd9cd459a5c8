"""Each graph's topology is pinned: its Mermaid drawing must match tests/snapshots/<name>.mmd.

After a deliberate change to a graph, refresh the snapshots with
``SYNTHCOMP_UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/test_drawings.py`` and review
the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from synthcomp.api.draw import BUILDERS, mermaid
from synthcomp.cli import app

SNAPSHOTS = Path(__file__).parent / "snapshots"


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_topology_matches_its_snapshot(name: str) -> None:
    drawing = mermaid(name)
    snapshot = SNAPSHOTS / f"{name}.mmd"
    if os.environ.get("SYNTHCOMP_UPDATE_SNAPSHOTS"):
        snapshot.write_text(drawing, "utf-8")
    assert snapshot.is_file(), f"no snapshot: run with SYNTHCOMP_UPDATE_SNAPSHOTS=1 to write {snapshot}"
    assert drawing == snapshot.read_text("utf-8"), (
        f"{name}'s topology changed; if on purpose, refresh with SYNTHCOMP_UPDATE_SNAPSHOTS=1")


def test_cli_draws_mermaid_and_explains_png() -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["graph", "simulation"])
    assert result.exit_code == 0 and result.output == (SNAPSHOTS / "simulation.mmd").read_text("utf-8")
    unknown = runner.invoke(app, ["graph", "nope"])
    assert unknown.exit_code == 1 and "no graph 'nope'" in unknown.output
    try:
        import pygraphviz  # noqa: F401
    except ImportError:
        result = runner.invoke(app, ["graph", "simulation", "--format", "png", "--out", "x.png"])
        assert result.exit_code == 1 and "PNG needs Graphviz" in result.output
