"""The simulation's state, shared by the user agent, the collaborators and the calendar.

State stays small: today's messages only (each day starts from a recap, and the channel is a
DeltaChannel, so a checkpoint stores what changed), the inbox and outbox (a few dozen short
messages a month), ids of work marked done, and one log line per day. File contents never
live here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any

from langchain_core.messages import AnyMessage
from langgraph.channels import DeltaChannel
from langgraph.graph.message import add_messages
from typing_extensions import TypedDict


def folded(reducer: Any) -> Any:
    """``reducer`` applied write by write, the batch form DeltaChannel calls."""

    def fold(state: Any, writes: Sequence[Any]) -> Any:
        for write in writes:
            state = reducer(state, write)
        return state

    return fold


def merge_by_id(
    left: list[dict[str, Any]] | None, right: list[dict[str, Any]] | None
) -> list[dict[str, Any]]:
    """Upsert records by their 'id', keeping first-seen order (a resend replaces, never doubles)."""
    merged = {item["id"]: item for item in left or []}
    for item in right or []:
        merged[item["id"]] = {**merged.get(item["id"], {}), **item}
    return list(merged.values())


def union(left: list[str] | None, right: list[str] | None) -> list[str]:
    """Each item once, in the order first seen (a subgraph handing back the whole list, or a
    node re-run on resume, adds nothing twice)."""
    seen = list(left or [])
    seen += [item for item in right or [] if item not in seen]
    return seen


def latest(left: Any, right: Any) -> Any:
    """The newer value (a channel that takes several writes in one step)."""
    return right


REOPEN = "!"  # a write of "!D1" to ``done`` takes D1 out again (reopened to be revised)


def marks(left: list[str] | None, right: list[str] | None) -> list[str]:
    """Ids marked done, in the order first marked: a repeated mark adds nothing (a node re-run
    on resume), and a mark written as ``"!" + id`` takes the id out (reopened)."""
    done = list(left or [])
    for item in right or []:
        if item.startswith(REOPEN):
            done = [kept for kept in done if kept != item[len(REOPEN):]]
        elif item not in done:
            done.append(item)
    return done


# A day is at most a few hundred message updates and starts from a short recap: snapshotting
# rarely keeps checkpoints to what changed, and replay stays within one day.
SNAPSHOT_EVERY = 1000


class SimState(TypedDict, total=False):
    """One simulation run."""

    messages: Annotated[
        list[AnyMessage], DeltaChannel(folded(add_messages), list, snapshot_frequency=SNAPSHOT_EVERY)
    ]
    day: int
    clock: str
    turn: int
    # Growing lists are delta channels too: a checkpoint stores only what changed.
    inbox: Annotated[list[dict[str, Any]], DeltaChannel(folded(merge_by_id), list)]
    outbox: Annotated[list[dict[str, Any]], DeltaChannel(folded(merge_by_id), list)]
    done: Annotated[list[str], DeltaChannel(folded(marks), list)]
    log: Annotated[list[str], DeltaChannel(folded(union), list)]
    # What collaborators' events changed in the month (synthcomp.plan_changes), in order.
    changes: Annotated[list[dict[str, Any]], DeltaChannel(folded(merge_by_id), list)]
    # Collaborator items dealt with (meeting notes sent, follow-ups), and mail announced to the
    # user during the day: each happens once.
    handled: Annotated[list[str], DeltaChannel(folded(union), list)]
    met_at: int  # the turn collaborators last acted during the day (at most once a turn)
    midday_round: bool  # collaborators are acting during the day (back to work after them)
    status: str
    # What end_day said today ('' until it is called); the last word wins when a model calls
    # end_day twice in one answer (a plain channel takes one write a step, and would fail).
    day_summary: Annotated[str, latest]
    yesterday: dict[str, Any]  # what the last day changed: files, messages sent, its summary
    elided: int  # today's tool results elided to fit the context window (only grows in a day)
    dropped: int  # today's oldest turns left out whole when even their stubs did not fit
    token_ratio: float  # server tokens per estimated token, from the last answer's usage
    stated_window: int  # the context window a server stated when it refused a request
