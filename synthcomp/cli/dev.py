"""For developers: drawings of the graphs, and the offline model served over HTTP."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from synthcomp.cli.app import app


@app.command()
def graph(
    name: Annotated[str, typer.Argument(help="world_builder, objective_planner, user_agent, "
                                             "collaborator, simulation, grader or pairwise.")],
    format: Annotated[str, typer.Option("--format", help="mermaid (text) or png.")] = "mermaid",
    out: Annotated[Path | None, typer.Option("--out", help="Write to this file.")] = None,
    xray: Annotated[bool, typer.Option("--xray/--no-xray", help="Open the subgraphs.")] = True,
) -> None:
    """Draw a graph: Mermaid text (to stdout or --out) or a PNG (to --out, or NAME.png)."""
    from synthcomp.api import draw
    from synthcomp.console import (
        fail,
        out_console,
        user_errors,
    )

    with user_errors():
        if format == "mermaid":
            text = draw.mermaid(name, xray=xray)
            if out is None:
                typer.echo(text, nl=False)
            else:
                out.write_text(text, "utf-8")
                out_console.print(f"[bold]mermaid[/]   {out}", highlight=False)
        elif format == "png":
            path = draw.png(name, out or Path(f"{name}.png"), xray=xray)
            out_console.print(f"[bold]png[/]       {path}", highlight=False)
        else:
            fail(f"--format {format!r}: use mermaid or png")


@app.command("serve-model")
def serve_model(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535,
                                      help="Port to listen on (0: any free port).")] = 8000,
    latency: Annotated[
        float, typer.Option("--latency", help="Seconds added to every completion.")
    ] = 0.0,
    served_model_name: Annotated[list[str] | None, typer.Option(
        "--served-model-name", help="Another name the offline model answers to, besides "
                                    "'offline' (repeat it for several), as vLLM's option: "
                                    "'gpt-4o' lets a config naming openai:gpt-4o run here.")
    ] = None,
    header_timeout: Annotated[float | None, typer.Option(
        "--header-timeout", min=0.01, help="Seconds a request's headers may take to arrive, else "
                                           "408 (default 10, or $SYNTHCOMP_SERVE_HEADER_TIMEOUT).")
    ] = None,
    body_timeout: Annotated[float | None, typer.Option(
        "--body-timeout", min=0.01, help="Seconds its body may take after them, else 408 "
                                         "(default 30, or $SYNTHCOMP_SERVE_BODY_TIMEOUT).")
    ] = None,
) -> None:
    """Serve the offline model as an OpenAI-compatible API (/v1/chat/completions, /v1/models)."""
    from synthcomp.console import (
        fail,
        out_console,
        user_errors,
    )
    from synthcomp.models.offline_server import serve  # the HTTP stack loads only for this command

    def ready(base_url: str) -> None:
        out_console.print(f"serving the offline model at {base_url}", highlight=False)
        out_console.print(f"use it with: OPENAI_BASE_URL={base_url} OPENAI_API_KEY=any "
                          f"synthcomp demo --model openai:{names[-1]}", highlight=False)
        out_console.file.flush()

    if latency < 0:
        fail("--latency must be at least 0")
    # 'offline' always answers; the names given answer too.
    names = tuple(dict.fromkeys(["offline", *(name.strip() for name in served_model_name or [])]))
    with user_errors():
        serve(host, port, latency=latency, names=names, on_ready=ready,
              header_timeout=header_timeout, body_timeout=body_timeout)


def refuse_taken_port(host: str, port: int) -> None:
    """Exit with one error line if ``host:port`` is taken: `langgraph dev` would silently move to
    another port, and Studio's links and `simulate --via-server` would miss it (`make studio`)."""
    import socket
    import sys

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError:
            print(f"error: port {port} on {host} is taken (another `make studio`?): stop what "
                  f"holds it, or run `make studio STUDIO_PORT=<another port>`", file=sys.stderr)
            raise SystemExit(1) from None
