"""Training examples from a rebuilt run: which calls go together, and windows under a budget.

A day's calls are taken once each: an answer with its tool results (and the nudge or mail
notice before it) is a *unit*, as the model's last request that carried it had it (old results
elided there stay elided; a run whose requests were trimmed is exported as trimmed). Examples
are then:

- ``call``: each request exactly as sent, with its answer and that answer's results;
- ``day`` (default): the day's system prompt, its session start (with the week's planning task
  on Mondays) as the first user message, then every unit of the day;
- ``session``: a day cut where the agent stopped for colleagues' answers (a mail notice opens
  the next session);
- ``run``: the run's days in one conversation under one system prompt, each day's session
  start as a user message (not a request the model saw: its days start afresh).

With a window, an example longer than it is cut between units (never between a call and its
results); each part starts with the system prompt and the day's session start, which then says
how many of the day's actions are left out, with the words the agent reads when its own
requests are trimmed (models/budget.py); a part that starts mid-day for another reason (a new
session, a malformed call left out) says how many without blaming the window. Tokens are
estimated as models/budget.py estimates them (characters / 4, plus a few a message, plus the
tool schemas).

An answer with a malformed call (arguments that are not a JSON object, as a real model may send)
cuts its example: the part before it is an example, the answer and its results are left out
(counted in ``Cuts``), and the day goes on as a new part, its session start saying how many
actions are left out, as a window's cut does. A ``call`` example whose request holds such an
answer starts after it the same way; one whose own answer is malformed is left out.
``keep_malformed`` keeps them all as sent (the openai format's option).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage

from synthcomp.errors import InputError
from synthcomp.export.formats import malformed_calls
from synthcomp.export.rebuild import Call, Day, Rebuilt, wire
from synthcomp.models.budget import _without, message_tokens, schema_tokens

SPLITS = ("day", "session", "run", "call")


def is_malformed(message: BaseMessage) -> bool:
    """Whether an answer holds a call whose arguments are not a JSON object (as sent)."""
    if not isinstance(message, AIMessage):
        return False
    return bool(message.invalid_tool_calls or malformed_calls(wire([message])))


@dataclass
class Cuts:
    """What the examples of a run left out: answers with a malformed call."""

    malformed: int = 0


@dataclass
class Unit:
    """One call of a day, as exported: the user messages before it, its answer, its results."""

    day: Day
    index: int  # the call's place in its day
    messages: list[BaseMessage]
    starts_session: bool = False

    @property
    def malformed(self) -> bool:
        """Whether the unit's answer holds a malformed call."""
        return is_malformed(self.day.calls[self.index].answer)

    @property
    def tokens(self) -> int:
        """Estimated tokens of the unit's messages."""
        return sum(message_tokens(m) for m in self.messages)


@dataclass
class Example:
    """One training example: its messages (LangChain) and where they come from."""

    messages: list[BaseMessage]
    days: list[Day]
    turns: list[int] = field(default_factory=list)

    def tokens(self, tools: list[dict[str, Any]]) -> int:
        """Estimated tokens, the tool schemas included."""
        return schema_tokens(tools) + sum(message_tokens(m) for m in self.messages)


def _chains(day: Day) -> list[list[Call]]:
    """The day's calls in runs whose requests only grew (each the one before plus the new
    answer and results): a change in what was elided or dropped starts a new run."""
    chains: list[list[Call]] = []
    for call in day.calls:
        if chains and (call.elided, call.dropped) == (chains[-1][-1].elided, chains[-1][-1].dropped):
            chains[-1].append(call)
        else:
            chains.append([call])
    return chains


def _units_of(messages: list[BaseMessage]) -> list[list[BaseMessage]]:
    """``messages`` after the morning cut into units: user messages, an answer, its results."""
    units: list[list[BaseMessage]] = []
    current: list[BaseMessage] = []
    for message in messages:
        # A unit ends where a user message or another answer follows its answer.
        if isinstance(message, HumanMessage | AIMessage) and any(isinstance(m, AIMessage) for m in current):
            units.append(current)
            current = []
        current.append(message)
    if current:
        units.append(current)
    return units


def day_units(day: Day) -> list[Unit]:
    """Each call of the day once, as the last request of its chain carried it."""
    units: list[Unit] = []
    place = {id(call): n for n, call in enumerate(day.calls)}
    for chain in _chains(day):
        last = chain[-1]
        whole = [*last.request, last.answer, *last.results]
        morning = 2 if len(whole) > 1 and isinstance(whole[0], SystemMessage) else 1
        found = _units_of(whole[morning:])
        if len(found) < len(chain):
            raise InputError(f"day {day.date}: turn {chain[0].turn} is not in the request of turn "
                             f"{last.turn}; the run cannot be exported")
        for unit, call in zip(found[-len(chain):], chain, strict=True):
            index = place[id(call)]
            starts = index > 0 and day.calls[index - 1].interrupted
            if call.answered:  # a call whose tools never ran (a killed run's last) is left out
                units.append(Unit(day, index, unit, starts))
    return units


def _morning(day: Day, left_out: int, window_cut: bool = False) -> list[BaseMessage]:
    """The system prompt and the session start, saying how many actions are left out (and,
    when the window cut them, that it did)."""
    morning: list[BaseMessage] = [SystemMessage(day.system), HumanMessage(day.opening)]
    if not left_out:
        return morning
    if window_cut:
        # The agent's own words for a trimmed day (models/budget.py), so an example reads as
        # one of its requests would.
        return _without([*morning, AIMessage("")], 2, 3, left_out)[:2]
    # A session's or a malformed call's cut: the window is not why.
    note = (f"\n\n[Your first {left_out} actions of today are left out here; your activity log and "
            "your files hold what you did.]")
    return [morning[0], HumanMessage(f"{day.opening}{note}")]


def _render(units: list[Unit], window_cut: bool = False) -> Example:
    """The messages of consecutive units: each day's morning before its first unit here
    (``window_cut``: the first unit's earlier actions were left out by the window)."""
    messages: list[BaseMessage] = []
    days: list[Day] = []
    for unit in units:
        if not days or unit.day is not days[-1]:
            morning = _morning(unit.day, unit.index, window_cut and not days)
            messages += morning if not days else morning[1:]  # one system prompt a run
            days.append(unit.day)
        messages += unit.messages
    return Example(messages, days, [unit.day.calls[unit.index].turn for unit in units])


def _groups(rebuilt: Rebuilt, split: str) -> Iterator[list[Unit]]:
    if split == "run":
        yield [unit for day in rebuilt.days for unit in day_units(day)]
        return
    for day in rebuilt.days:
        units = day_units(day)
        if split == "day":
            yield units
            continue
        group: list[Unit] = []
        for unit in units:
            if group and unit.starts_session:
                yield group
                group = []
            group.append(unit)
        if group:
            yield group


def _windows(units: list[Unit], window: int, tools: list[dict[str, Any]], strict: bool = True
             ) -> Iterator[Example]:
    """Consecutive units, as many as fit under ``window`` tokens each time (counted as they are
    added: the morning of the first unit's day, each unit, a later day's session start). A unit
    alone over the window is an InputError when ``strict``, else its own example (the caller
    leaves it out)."""
    fixed = schema_tokens(tools)
    start = 0
    while start < len(units):
        first = units[start]
        morning = _morning(first.day, first.index, start > 0)
        tokens = fixed + sum(message_tokens(m) for m in morning) + first.tokens
        if tokens > window and strict:
            raise InputError(f"--window {window} is too small to hold one turn: turn "
                             f"{first.day.calls[first.index].turn} of {first.day.date} needs "
                             f"{tokens:,} tokens with its system prompt, session start and tool schemas")
        end = start + 1
        while end < len(units):
            unit = units[end]
            more = unit.tokens + (message_tokens(HumanMessage(unit.day.opening))
                                  if unit.day is not units[end - 1].day else 0)
            if tokens + more > window:
                break
            tokens, end = tokens + more, end + 1
        yield _render(units[start:end], start > 0)
        start = end


def _parts(units: list[Unit], keep_malformed: bool, cuts: Cuts) -> Iterator[list[Unit]]:
    """``units`` cut where an answer holds a malformed call (that unit left out), unless kept."""
    part: list[Unit] = []
    for unit in units:
        if not keep_malformed and unit.malformed:
            cuts.malformed += 1
            if part:
                yield part
            part = []
        else:
            part.append(unit)
    if part:
        yield part


def _call_example(day: Day, index: int, call: Call, keep_malformed: bool, cuts: Cuts) -> Example | None:
    """A request as sent with its answer and results; without malformed answers (unless kept):
    None for a malformed answer, a request holding one starting after it."""
    messages = [*call.request, call.answer, *call.results]
    if keep_malformed:
        return Example(messages, [day], [call.turn])
    if is_malformed(call.answer):
        cuts.malformed += 1
        return None
    bad = [n for n, m in enumerate(call.request) if is_malformed(m)]
    if not bad:
        return Example(messages, [day], [call.turn])
    cut = bad[-1] + 1
    while cut < len(call.request) and isinstance(call.request[cut], ToolMessage):
        cut += 1  # the malformed answer's results go with it
    kept = call.request[cut:]
    left = index - sum(isinstance(m, AIMessage) for m in kept)  # the calls before the first kept
    return Example([*_morning(day, left), *kept, call.answer, *call.results], [day], [call.turn])


def examples(rebuilt: Rebuilt, split: str = "day", window: int | None = None, *,
             keep_malformed: bool = False, cuts: Cuts | None = None, strict: bool = True
             ) -> Iterator[Example]:
    """The run's user-agent examples, ``split`` by call, day, session or run, each under
    ``window`` tokens when given (InputError when one turn alone does not fit and ``strict``),
    except ``call`` examples: requests as sent, never cut. Answers with a malformed call are
    left out (and counted in ``cuts``) unless ``keep_malformed``."""
    if split not in SPLITS:
        raise InputError(f"unknown split {split!r}: use one of {', '.join(SPLITS)}")
    cuts = cuts if cuts is not None else Cuts()
    if split == "call":
        for day in rebuilt.days:
            for index, call in enumerate(day.calls):
                # A request is kept whole: one over the window is left to the caller to skip.
                made = _call_example(day, index, call, keep_malformed, cuts) if call.answered else None
                if made is not None:
                    yield made
        return
    for group in _groups(rebuilt, split):
        for units in _parts(group, keep_malformed, cuts):
            if window is None:
                yield _render(units)
            else:
                yield from _windows(units, window, rebuilt.tools, strict)
