"""The agent's own journal, as in the paper: a week plan it writes each Monday and can revise,
an activity log it writes as it works, and end_day with the day's summary.

Both are files on the run's drive, in the user's own folder and naming style, so a person
reading the computer sees them; each morning starts from them (graphs/simulation.py reads them
back with ``journal_paths``).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated, Any

from langchain_core.messages import ToolMessage
from langchain_core.tools import BaseTool, InjectedToolCallId, tool
from langgraph.prebuilt import ToolRuntime
from langgraph.types import Command

from synthcomp.runs.context import simulation_context
from synthcomp.tools.drive import Drive, write_drive_text
from synthcomp.tools.errors import ToolInputError
from synthcomp.tools.facts import facts

MAX_ENTRY_CHARS = 2000
MAX_PLAN_CHARS = 12000


def _styled(words: list[str], naming: dict[str, Any], day: str | None = None) -> str:
    """A file name in the user's naming habits: separator, case, date before or after (an ISO
    date whatever their date style: a week needs its own day, which '%b %Y' would not give)."""
    separator = str(naming.get("separator") or " ")
    name = separator.join(words)
    if day is not None:
        stamp = date.fromisoformat(day).isoformat()
        name = f"{stamp}{separator}{name}" if naming.get("date_position") == "prefix" \
            else f"{name}{separator}{stamp}"
    return name.lower() if naming.get("lowercase") else name


def journal_paths(manifest: dict[str, Any], today: str) -> tuple[str, str]:
    """The drive paths of the activity log and of this week's plan (the week of ``today``)."""
    policy = manifest["filesystem_policy"]
    naming = policy.get("naming") or {}
    folder = f"{policy['home']}/Documents/{_styled(['Planning'], naming)}"
    monday = (date.fromisoformat(today) - timedelta(days=date.fromisoformat(today).weekday()))
    return (f"{folder}/{_styled(['Activity', 'log'], naming)}.md",
            f"{folder}/{_styled(['Week', 'plan'], naming, monday.isoformat())}.md")


def _log_entry(runtime: ToolRuntime, text: str) -> str:
    """Append ``text`` under today's heading of the activity log; the log's drive path."""
    clock = str(runtime.state["clock"])
    log_path, _ = journal_paths(simulation_context(runtime).manifest(), clock[:10])
    drive = Drive(runtime)
    path = drive.path(log_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    existing = path.read_text("utf-8") if path.is_file() else "# Activity log\n"
    when = date.fromisoformat(clock[:10])
    heading = f"## {clock[:10]} ({when.strftime('%A')})"
    added = "" if heading in existing else f"\n{heading}\n\n"
    write_drive_text(drive, path, existing + added + f"- {clock[11:16]} {text.strip()}\n")
    return log_path


@facts(minutes=2, changes_drive=True)
@tool(parse_docstring=True)
def log_activity(entry: str, runtime: ToolRuntime) -> str:
    """Write an entry in your activity log: what you just did, what you learned, what is next.

    Tomorrow morning starts from this log, so note decisions, figures and open points.

    Args:
        entry: a few sentences in your own words, e.g. "Drafted the budget variance note from the
            Q1 actuals; the cleaning line is 8% over. Next: ask Marc for the April invoices."
    """
    if not entry.strip():
        raise ToolInputError("the entry is empty: say what you did, learned or will do next.")
    if len(entry) > MAX_ENTRY_CHARS:
        raise ToolInputError(f"the entry is {len(entry)} characters; at most {MAX_ENTRY_CHARS}.")
    return f"Logged in {_log_entry(runtime, entry)}."


@facts(minutes=20, changes_drive=True)
@tool(parse_docstring=True)
def write_week_plan(plan: str, runtime: ToolRuntime) -> str:
    """Write (or rewrite) this week's plan: for each day, the activities with a time, the files
    to create or revise, the sources to read and the colleagues to contact.

    Args:
        plan: the whole plan as Markdown, e.g. "### Monday 2026-04-20\\n- 10:30 (deep work) Draft
            ... -> Creates: <the deliverable's path>; Sources: <files to read>; Deliverable: D1".
            Each morning of the week starts from it; call again to revise it.
    """
    if not plan.strip():
        raise ToolInputError("the plan is empty.")
    if len(plan) > MAX_PLAN_CHARS:
        raise ToolInputError(f"the plan is {len(plan)} characters; at most {MAX_PLAN_CHARS}.")
    clock = str(runtime.state["clock"])
    _, plan_path = journal_paths(simulation_context(runtime).manifest(), clock[:10])
    drive = Drive(runtime)
    path = drive.path(plan_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    revised = path.is_file()
    write_drive_text(drive, path, plan.strip() + "\n")
    return f"{'Revised' if revised else 'Saved'} the week plan in {plan_path}."


@facts(minutes=5, changes_drive=True)
@tool(parse_docstring=True)
def end_day(summary: str, tool_call_id: Annotated[str, InjectedToolCallId],
            runtime: ToolRuntime) -> Command[Any]:
    """End your working day. Call it alone, as your last action of the day.

    Args:
        summary: what you did today, what is waiting on whom, and what you will do first tomorrow.
            It goes into your activity log, and tomorrow morning starts from it.
    """
    if not summary.strip():
        raise ToolInputError("the summary is empty: say what you did and what comes next.")
    if len(summary) > MAX_ENTRY_CHARS:
        raise ToolInputError(f"the summary is {len(summary)} characters; at most {MAX_ENTRY_CHARS}.")
    log_path = _log_entry(runtime, f"End of day: {summary}")
    return Command(update={"messages": [ToolMessage(f"Day ended; summary logged in {log_path}.",
                                                    tool_call_id=tool_call_id)],
                           "day_summary": summary.strip()})


READ_TOOLS: list[BaseTool] = []
WRITE_TOOLS: list[BaseTool] = [write_week_plan, log_activity, end_day]
