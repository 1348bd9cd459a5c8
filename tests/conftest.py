"""Shared fixtures: one default offline computer, built once per test session."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from support import LYON
from support.fault_server import FaultServer
from support.postgres import pg_url  # noqa: F401  (the PostgreSQL server fixture)

from synthcomp.api.build import build_computer


@pytest.fixture(scope="session")
def default_computer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A default-size offline computer (the acceptance target)."""
    return build_computer(LYON, tmp_path_factory.mktemp("built") / "lyon", seed=7)


@pytest.fixture(scope="session")
def default_manifest(default_computer: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (default_computer / "meta" / "manifest.json").read_text("utf-8"))
    return data


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[FaultServer]:
    """A misbehaving-on-request OpenAI-compatible server that openai:* models point at."""
    with FaultServer() as running:
        monkeypatch.setenv("OPENAI_BASE_URL", running.url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
        yield running
