"""Every package folder ships in the wheel: pyproject lists packages explicitly."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_listed() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    mapping = config["package-dir"]
    found = set()
    for package, folder in mapping.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            relative = init.parent.relative_to(ROOT / folder).parts
            found.add(".".join((package, *relative)))
    assert found - listed == set(), "add these to [tool.setuptools] packages"


def test_the_readme_imports_what_exists() -> None:
    """Every `from synthcomp... import ...` line the README shows works as written."""
    readme = (ROOT / "README.md").read_text("utf-8")
    lines = re.findall(r"^(from synthcomp[\w.]* import [\w, ]+)$", readme, flags=re.M)
    assert len(lines) >= 6
    for line in lines:
        exec(line, {})  # an ImportError names the stale path


def test_the_readme_counts_the_agents_tools_right() -> None:
    from synthcomp.tools import agent_toolset

    readme = " ".join((ROOT / "README.md").read_text("utf-8").split())
    counts = [int(n) for n in re.findall(r"(\d+) tools", readme)]
    assert counts and set(counts) == {len(agent_toolset())}


def test_no_module_is_over_500_lines() -> None:
    sources = [p for folder in ("synthcomp", "graphs", "tools", "prompts")
               for p in (ROOT / folder).rglob("*.py")]
    long = {p.relative_to(ROOT).as_posix(): n for p in sources
            if (n := len(p.read_text("utf-8").splitlines())) > 500}
    assert long == {}


def test_no_graph_imports_the_offline_model_or_another_graph_to_read_a_file() -> None:
    for graph in (ROOT / "graphs").glob("*.py"):
        text = graph.read_text("utf-8")
        assert "synthcomp.models.offline" not in text, graph.name
        for line in re.findall(r"^from synthcomp\.graphs\.(\w+) import (.+)$", text, flags=re.M):
            # a graph may compose another (the simulation holds the user agent), not borrow helpers
            assert line[1].split(",")[0].strip().startswith(("build_", "CollaboratorInput", "SimState")), line
