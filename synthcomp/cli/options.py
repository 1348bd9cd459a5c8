"""The options several commands share (seed, models, config, overwrite, files), and the model
config the command line makes of them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from synthcomp.models.settings import ModelConfig

SeedOption = Annotated[int, typer.Option("--seed", help="Seed: same seed, same computer.")]
ModelOption = Annotated[str | None, typer.Option(
    "--model", help="Model of every role not set otherwise: 'offline' (default) or "
                    "provider:model, e.g. openai:gpt-4o-mini (OPENAI_BASE_URL for local servers)")]
ConfigOption = Annotated[Path | None, typer.Option(
    "--config", help="Model config (TOML, YAML or JSON): model per role, base URLs, rate limits, "
                     "retries, prices. Options given here win over it.")]
WorldModelOption = Annotated[str | None, typer.Option("--world-model", help="Model that builds computers.")]
PlannerModelOption = Annotated[
    str | None, typer.Option("--planner-model", help="Model that plans the month.")]
UserModelOption = Annotated[str | None, typer.Option("--user-model", help="Model that acts as the user.")]
CollaboratorModelOption = Annotated[
    str | None, typer.Option("--collaborator-model", help="Model of the collaborators.")]
JudgeModelOption = Annotated[
    str | None, typer.Option("--judge-model", help="Model that grades the deliverables.")]
OverwriteOption = Annotated[
    bool, typer.Option("--overwrite", help="Replace the output folder if it exists.")
]
FilesOption = Annotated[
    int, typer.Option("--files", help="About how many files each computer holds.")
]


def model_config(path: Path | None, **roles: str | None) -> ModelConfig:
    """The config file (or the defaults) with the command line's role options applied; every
    role's model name is checked before anything runs."""
    from synthcomp.models import parse_model_name
    from synthcomp.models.settings import ROLES, load_model_config

    config = load_model_config(path).with_roles(**roles)
    for role in ROLES:
        parse_model_name(config.model_for(role))
    return config
