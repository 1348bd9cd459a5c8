"""Every request the user agent sent, rebuilt from the run's trajectory and tools.json.

The trajectory holds what the model saw (runs/trajectory.py): each morning's system prompt and
session start (day_start, with the week's planning task appended on Mondays: week_plan), then
each answer (model_call), its tool results, nudges and mail notices. Replaying them rebuilds the
day's messages as the agent's state held them; each model_call's recorded budget and the
elision and drops before it give the request ``fit`` made (models/budget.py), and langchain-
openai's own message conversion gives its wire form. Each rebuilt request is checked against
what the call recorded (how many messages it saw, its estimated tokens, what was elided and
dropped): a mismatch is an error, never a silently different request.

Tool-call arguments are sent back to the model as ``json.dumps(args, ensure_ascii=False)`` of
the parsed arguments (langchain-openai parses the model's string and keeps no raw copy); the
model_call event keeps those strings (``arguments``) because the trajectory's lines sort their
keys. A trajectory written before that was kept has its arguments' keys sorted: such a run is
rebuilt with sorted keys and says so (``Rebuilt.sorted_arguments``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage

from synthcomp.errors import InputError
from synthcomp.export.schemas import TOOLS_FILE, read_tool_schemas
from synthcomp.models.budget import Budget, Fitted, fit, message_tokens, schema_tokens
from synthcomp.runs.folder import TRAJECTORY_FILE
from synthcomp.runs.trajectory import event_of

NO_BUDGET = Budget(10**9, 1)  # a call recorded before budgets were: sent as it was, whole


@dataclass
class Call:
    """One model call: the request as sent (LangChain messages), the answer, its tool results
    and the user messages that followed it (a nudge, a mail notice)."""

    turn: int
    clock: str
    request: list[BaseMessage]
    answer: AIMessage
    sent_tokens: int
    elided: int
    dropped: int
    results: list[ToolMessage] = field(default_factory=list)
    after: list[HumanMessage] = field(default_factory=list)
    budget: Budget | None = None  # what the request had to fit (None: recorded before budgets were)

    @property
    def answered(self) -> bool:
        """Whether each call of the answer has its result (the last call of a run killed
        before its tools ran has none)."""
        calls = len(self.answer.tool_calls) + len(self.answer.invalid_tool_calls)
        return len(self.results) >= calls

    @property
    def interrupted(self) -> bool:
        """Whether the agent stopped after this call for colleagues' answers (a mail notice
        follows): the next call opens a new work session."""
        return any(m.additional_kwargs.get("synthcomp_kind") == "mail_notice" for m in self.after)


@dataclass
class Day:
    """One day of the user agent: its date, its morning (system prompt and session start) and
    its calls in order."""

    day: int
    date: str
    system: str
    opening: str
    calls: list[Call] = field(default_factory=list)


@dataclass
class Rebuilt:
    """A run's user-agent requests: its days, the tool schemas sent with every request, and
    whether those schemas came from the run (tools.json) or from the current toolset."""

    run_dir: Path
    days: list[Day]
    tools: list[dict[str, Any]]
    tools_saved: bool
    sorted_arguments: bool = False
    collaborator_calls: list[dict[str, Any]] = field(default_factory=list)


def read_events(run_dir: Path) -> list[dict[str, Any]]:
    """The trajectory's events, one per key (the last copy, as compaction keeps it), in key
    order. Raises InputError naming the first damaged line, or a run without a trajectory."""
    path = run_dir / TRAJECTORY_FILE
    if not path.is_file():
        raise InputError(f"{run_dir} has no {TRAJECTORY_FILE}: not a run, or a run not started")
    events: dict[str, dict[str, Any]] = {}
    lines = path.read_bytes().split(b"\n")
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        event = event_of(line)
        if event is None or not isinstance(event.get("type"), str):
            where = "its last line is cut short" if number == len(lines) else f"line {number} is damaged"
            raise InputError(f"{path}: {where} (not a trajectory event); `synthcomp verify "
                             f"{run_dir} --repair` saves what can be saved")
        events[event["key"]] = event
    return [events[key] for key in sorted(events)]


def run_tools(run_dir: Path) -> tuple[list[dict[str, Any]], bool]:
    """The user agent's tool schemas as sent: the run's tools.json, else (a run from before
    they were saved) the current toolset's, and whether they came from the run. InputError for
    a tools.json that is there but damaged."""
    path = run_dir / TOOLS_FILE
    saved = read_tool_schemas(path)
    if saved is not None and isinstance(saved.get("user"), list):
        return saved["user"], True
    if path.exists():
        # Another toolset in its place would be a silently different request.
        raise InputError(f"{path} is damaged (not the user agent's tool schemas, "
                         '{"user": [...]}): the tools its requests were sent are unknown')
    from langchain_core.utils.function_calling import convert_to_openai_tool

    from synthcomp.tools import agent_toolset

    return [convert_to_openai_tool(t) for t in agent_toolset()], False


def _answer(event: dict[str, Any]) -> tuple[AIMessage, bool]:
    """The recorded answer with its calls' arguments in the order they were sent, and whether
    that order was known (else the keys stay sorted as the trajectory line has them)."""
    answer = AIMessage.model_validate(event["answer"])
    sent = event.get("arguments")
    if not answer.tool_calls:
        return answer, True
    if not (isinstance(sent, list) and len(sent) == len(answer.tool_calls)):
        return answer, False
    calls = [{**call, "args": json.loads(text)} for call, text in zip(answer.tool_calls, sent, strict=True)]
    return answer.model_copy(update={"tool_calls": calls}), True


class _Replay:
    """The agent's day state as the events rebuild it."""

    def __init__(self, run_dir: Path, fixed: int) -> None:
        self.run_dir, self.fixed = run_dir, fixed
        self.days: list[Day] = []
        self.messages: list[BaseMessage] = []
        self.elided = self.dropped = 0
        self.pending: list[ToolMessage] = []  # the latest call's results, until the turn ends
        self.sizes: list[tuple[BaseMessage, int]] = []  # the messages estimated so far, in order
        self.sorted_arguments = False

    def fail(self, event: dict[str, Any], why: str) -> InputError:
        return InputError(f"{self.run_dir / TRAJECTORY_FILE}: event {event.get('key')} "
                          f"({event.get('type')}): {why}")

    def flush(self) -> None:
        """The turn's results into the messages, as the tools node put them: the answers to
        unreadable calls first, then the others in call order."""
        if not self.pending:
            return
        call = self.days[-1].calls[-1]
        invalid = {c.get("id") for c in call.answer.invalid_tool_calls}
        ordered = [m for m in self.pending if m.tool_call_id in invalid] + \
                  [m for m in self.pending if m.tool_call_id not in invalid]
        self.messages += ordered
        call.results += ordered
        self.pending = []

    def take(self, event: dict[str, Any]) -> None:
        kind = event["type"]
        if kind != "tool_result":
            self.flush()
        if kind == "day_start":
            self.days.append(Day(int(event["day"]), str(event["date"]), str(event["system"]),
                                 str(event["recap"])))
            self.messages = [SystemMessage(event["system"]), HumanMessage(event["recap"])]
            self.elided = self.dropped = 0
        elif not self.days:
            if kind in ("week_plan", "model_call", "tool_result", "nudge", "mail_notice"):
                raise self.fail(event, "comes before the first day_start")
        elif kind == "week_plan":
            opening = f"{self.messages[-1].content}\n\n{event['text']}"
            self.messages[-1] = HumanMessage(opening)
            self.days[-1].opening = opening
        elif kind == "model_call":
            self.call(event)
        elif kind == "tool_result":
            if not self.days[-1].calls:
                raise self.fail(event, "a tool result before any model call of its day")
            self.pending.append(ToolMessage(str(event["content"]), tool_call_id=str(event["tool_call_id"]),
                                            name=str(event.get("name") or ""),
                                            status=event.get("status") or "success"))
        elif kind in ("nudge", "mail_notice"):
            note = HumanMessage(str(event["text"]), additional_kwargs={"synthcomp_kind": kind})
            self.messages.append(note)
            if self.days[-1].calls:
                self.days[-1].calls[-1].after.append(note)

    def fitted(self, budget: Budget) -> Fitted:
        """``fit`` of the day's messages; its first case (nothing trimmed today, the whole
        request fits) without re-estimating every message at every call: the sizes of the
        messages seen before are kept (a long day would otherwise be estimated quadratically)."""
        sizes = self.sizes
        if len(sizes) > len(self.messages) or (sizes and sizes[-1][0] is not self.messages[len(sizes) - 1]):
            sizes.clear()  # a new morning, or its message amended (the week's planning)
        sizes += [(m, message_tokens(m)) for m in self.messages[len(sizes):]]
        total = self.fixed + sum(size for _, size in sizes)
        if not self.elided and not self.dropped and total <= budget.limit:
            return Fitted(list(self.messages), 0, total, 0)
        return fit(self.messages, self.fixed, budget, self.elided, self.dropped)

    def call(self, event: dict[str, Any]) -> None:
        recorded_budget = Budget(**event["budget"]) if event.get("budget") else None
        budget = recorded_budget or NO_BUDGET
        if event.get("saw") is not None and int(event["saw"]) != len(self.messages):
            raise self.fail(event, f"the model saw {event['saw']} messages; the trajectory rebuilds "
                                   f"{len(self.messages)}")
        fitted = self.fitted(budget)
        recorded = (event.get("elided", 0), event.get("dropped", 0), event.get("sent_tokens", fitted.tokens))
        if (fitted.elided, fitted.dropped, fitted.tokens) != recorded:
            raise self.fail(event, f"the rebuilt request (elided {fitted.elided}, dropped {fitted.dropped}, "
                                   f"{fitted.tokens} tokens) is not the one sent (elided {recorded[0]}, "
                                   f"dropped {recorded[1]}, {recorded[2]} tokens)")
        answer, ordered = _answer(event)
        self.sorted_arguments |= not ordered
        # Without the marker kwargs: the request holds the messages as the agent's state did.
        request = [_plain(m) for m in fitted.messages]
        self.days[-1].calls.append(Call(int(event["turn"]), str(event.get("clock") or ""), request, answer,
                                        fitted.tokens, fitted.elided, fitted.dropped,
                                        budget=recorded_budget))
        self.messages.append(answer)
        self.elided, self.dropped = fitted.elided, fitted.dropped


def _plain(message: BaseMessage) -> BaseMessage:
    if isinstance(message, HumanMessage) and "synthcomp_kind" in message.additional_kwargs:
        return HumanMessage(message.content)
    return message


def rebuild(run_dir: str | Path) -> Rebuilt:
    """Every user-agent request of the run in ``run_dir``, day by day, and its collaborators'
    calls (their whole request and answer). Raises InputError (one line) for a folder without
    a trajectory, a damaged line, or a request that does not rebuild as recorded."""
    folder = Path(run_dir)
    events = read_events(folder)
    tools, saved = run_tools(folder)
    replay = _Replay(folder, schema_tokens(tools))
    collaborators = []
    for event in events:
        try:
            replay.take(event)
        except (KeyError, TypeError, ValueError) as exc:  # a line of the wrong shape
            raise replay.fail(event, f"not a well-formed event ({type(exc).__name__}: {exc})") from exc
        if event["type"] == "collaborator_call":
            collaborators.append(event)
    replay.flush()
    return Rebuilt(folder, replay.days, tools, saved, replay.sorted_arguments, collaborators)


def wire(messages: list[BaseMessage]) -> list[dict[str, Any]]:
    """The messages as langchain-openai sends them in a chat completions request (its own
    conversion, so a rebuilt request is the bytes the client sent)."""
    from langchain_openai.chat_models.base import _convert_message_to_dict

    return [_convert_message_to_dict(_plain(m)) for m in messages]


def requests(rebuilt: Rebuilt) -> list[dict[str, Any]]:
    """Each user-agent request in order, as ``{"messages": [...], "tools": [...]}`` in wire
    form."""
    return [{"messages": wire(call.request), "tools": rebuilt.tools}
            for day in rebuilt.days for call in day.calls]
