"""Run a simulation on a LangGraph server (`make studio`, or any `langgraph dev`/deployment
serving this repo's langgraph.json), so the run is a thread Studio shows live.

The server runs the `simulation` entry graph: the run's files (context.json, trajectory.jsonl,
summary.json) land in <computer>/runs/<run_id>/ as with a local run, but its checkpoints live in
the server's store, not in checkpoints.sqlite: `synthcomp resume` cannot continue it (rerun it
from Studio instead). The server must see the computer folder at the same path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from synthcomp.computer import Computer
from synthcomp.errors import InputError
from synthcomp.runs.budgets import DAYS, MAX_TURNS
from synthcomp.runs.progress import ProgressCallback as RunProgress
from synthcomp.runs.progress import ProgressTracker

STUDIO_URL = "https://smith.langchain.com/studio/?baseUrl={url}"


def studio_link(url: str) -> str:
    """The Studio page that connects to the server at ``url``."""
    return STUDIO_URL.format(url=url.rstrip("/"))


def _turns(data: Any) -> Iterator[dict[str, Any]]:
    """Every state update in a streamed 'updates' chunk that carries a turn, a day or work
    marked done."""
    if isinstance(data, dict):
        if "turn" in data or "day" in data or "done" in data:
            yield data
        for value in data.values():
            if isinstance(value, dict | list):
                yield from _turns(value)
    elif isinstance(data, list):
        for item in data:
            yield from _turns(item)


def simulate_via_server(
    url: str,
    computer_dir: str | Path,
    *,
    run_id: str | None = None,
    days: int = DAYS,
    max_turns: int = MAX_TURNS,
    model: str = "offline",
    seed: int = 0,
    collaborator_model: str | None = None,
    on_progress: RunProgress | None = None,
    on_thread: Callable[[str], None] | None = None,
) -> tuple[Path, str]:
    """Stream a simulation run on the server at ``url``; return the run folder and the thread
    id (the computer is planned first if it has no plan). ``on_thread`` gets the thread id as
    soon as it exists, so the run can be opened in Studio while it goes."""
    import httpx
    from langgraph_sdk import get_sync_client

    computer = Computer(computer_dir)
    computer.read_manifest()
    try:  # one quick look first: the client retries a refused connection for seconds
        httpx.get(url.rstrip("/") + "/ok", timeout=10).raise_for_status()
    except httpx.HTTPError as exc:
        raise InputError(f"cannot reach a LangGraph server at {url} ({exc}); start one with "
                         "`make studio`") from exc
    client = get_sync_client(url=url)
    assistants = client.assistants.search(graph_id="simulation", limit=1)
    if not assistants:
        raise InputError(f"the server at {url} has no 'simulation' graph; serve this repo's "
                         "langgraph.json")
    thread = client.threads.create(metadata={"computer_dir": str(computer.root)})
    if on_thread is not None:
        on_thread(str(thread["thread_id"]))
    form: dict[str, Any] = {"computer_dir": str(computer.root), "days": days, "max_turns": max_turns}
    if run_id:
        form["run_id"] = run_id
    tracker: ProgressTracker | None = None
    for part in client.runs.stream(
            thread["thread_id"], assistants[0]["assistant_id"], input=form,
            context={"model": model, "seed": seed, "collaborator_model": collaborator_model},
            stream_mode="updates", stream_subgraphs=True):
        if part.event == "error":
            data = part.data if isinstance(part.data, dict) else {"message": part.data}
            raise InputError(f"the server's run failed: {data.get('message', data)}")
        if on_progress is not None and tracker is None and computer.is_planned():
            # The server plans an unplanned computer first: progress starts once it has a plan.
            tracker = ProgressTracker.for_plan(computer.plan_data(), days, max_turns, on_progress)
        if tracker is not None:
            tracker.seen(list(_turns(part.data)))
    state: Any = client.threads.get_state(thread["thread_id"])
    return Path(state["values"]["run_dir"]), str(thread["thread_id"])
