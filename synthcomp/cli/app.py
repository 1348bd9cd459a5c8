"""The typer app every command registers on: its -h/--help and --version, and flags shown as
flags.

Commands import what they need when they run: `synthcomp --help` loads no graph, model or
office library (bench/bench_cli_import.py measures it).
"""

from __future__ import annotations

from typing import Annotated, Any

import typer
import typer.core

import synthcomp

_typer_option_type = typer.core.TyperOption.display_type_rich


def _flag_shows_no_type(self: typer.core.TyperOption, ctx: Any) -> str | None:
    # Typer 0.2x shows a flag as `--overwrite <bool>`, which reads as if it took a value
    # (`--overwrite true` is refused): a flag shows no type, as in git's or pip's help.
    return None if self.is_flag else _typer_option_type(self, ctx)


typer.core.TyperOption.display_type_rich = _flag_shows_no_type  # type: ignore[method-assign]

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="markdown",  # docstrings' line breaks are not kept in the help
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Synthetic computers and month-long office-work simulations.",
)


def _show_version(asked: bool) -> None:
    if asked:
        typer.echo(f"synthcomp {synthcomp.__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[bool, typer.Option("--version", callback=_show_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Synthetic computers and month-long office-work simulations."""
