"""The context budget of a model: its window and output limit, how many tokens a request holds,
and how a day's request is made to fit.

A request that would not fit has its oldest tool results replaced by a stub that names the call
and how to get the content again, a chunk of results at a time, so consecutive requests keep
the same beginning (provider prompt caching and vLLM prefix caching only help a request whose
prefix was sent before). Tokens are estimated from characters (no tokenizer is downloadable
here) and calibrated by what the server reports it counted, so a model whose tokenizer packs
fewer characters a token is still kept under its window; a server that still answers
`context_length_exceeded` tightens the calibration and the request is trimmed again.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, ToolMessage

from synthcomp.errors import ModelError

CHARS_PER_TOKEN = 4
MESSAGE_OVERHEAD = 4  # tokens a chat format adds around each message
SAFETY = 0.05  # of the window kept free for what the estimate misses
CHUNK = 8  # tool results elided at a time (a stable prefix between trims)

# (context window, max output tokens) of models we know; a config file's values win.
KNOWN_WINDOWS: dict[str, tuple[int, int]] = {
    "offline": (131072, 4096),
    "openai:offline": (131072, 4096),
    "openai:gpt-4o": (128000, 16384),
    "openai:gpt-4o-mini": (128000, 16384),
    "openai:gpt-4.1": (1047576, 32768),
    "openai:gpt-4.1-mini": (1047576, 32768),
    "openai:gpt-4.1-nano": (1047576, 32768),
    "openai:o4-mini": (200000, 100000),
}
# By family, for names not listed: a conservative window for anything unknown.
FAMILY_WINDOWS: list[tuple[str, tuple[int, int]]] = [
    (r"claude", (200000, 8192)), (r"qwen", (32768, 8192)), (r"llama", (131072, 4096)),
    (r"mistral|mixtral", (32768, 4096)), (r"gemini", (1048576, 8192)), (r"gpt-4o", (128000, 16384)),
]
UNKNOWN_WINDOW = (32768, 4096)


def window_and_output(name: str, context_window: int | None = None,
                      max_output_tokens: int | None = None) -> tuple[int, int]:
    """(context window, tokens kept for the answer, sent as max_tokens) of model ``name``:
    the configured values, else the known ones, the answer's room at most a quarter of the
    window unless configured."""
    known, output = known_window(name)
    window = context_window or known
    return window, max_output_tokens or min(output, window // 4)


def known_window(name: str) -> tuple[int, int]:
    """(context window, max output tokens) of model ``name`` from what is known of it."""
    if name in KNOWN_WINDOWS or name.startswith("offline:"):
        return KNOWN_WINDOWS.get(name, KNOWN_WINDOWS["offline"])
    lowered = name.lower()
    return next((sizes for pattern, sizes in FAMILY_WINDOWS if re.search(pattern, lowered)),
                UNKNOWN_WINDOW)


class ContextOverflow(ModelError):
    """The server refused a request as longer than its context window (HTTP 400
    context_length_exceeded): the request is trimmed and sent again, never a pause."""

    def __init__(self, message: str, *, limit: int | None = None, counted: int | None = None) -> None:
        super().__init__(message)
        self.limit, self.counted = limit, counted


_OVERFLOW = re.compile(r"context_length_exceeded|maximum context length|context window|"
                       r"prompt is too long|too many tokens|input is too long", re.IGNORECASE)


def overflow_of(exc: BaseException, status: int | None) -> ContextOverflow | None:
    """A ContextOverflow when ``exc`` is a server's refusal of a too-long request, else None;
    it carries the window and the count the server states, when it states them."""
    text = str(exc)
    if status not in (400, 413) or not _OVERFLOW.search(text + str(getattr(exc, "code", ""))):
        return None
    numbers = [int(n.replace(",", "")) for n in re.findall(r"(\d[\d,]{2,})\s*tokens", text)]
    limit = numbers[0] if numbers else None
    counted = next((n for n in numbers[1:] if limit is None or n > limit), None)
    return ContextOverflow(f"the request is longer than the model's context window: {text[:200]}",
                           limit=limit, counted=counted)


_SIZES: dict[tuple[str, str, int, int], int] = {}  # message tokens by (type, id, lengths): a
# day's request is re-estimated every turn, and its earlier messages do not change


def _argument_chars(message: BaseMessage) -> int:
    """A cheap fingerprint of a message's call arguments (an elided copy's differ)."""
    if not isinstance(message, AIMessage):
        return 0
    return sum(len(value) if isinstance(value, str) else 1
               for call in message.tool_calls for value in (call.get("args") or {}).values()) \
        + sum(len(str(call.get("args") or "")) for call in message.invalid_tool_calls)


def message_tokens(message: BaseMessage) -> int:
    """Estimated tokens of one message: its text and its tool calls."""
    content = message.content
    key = (message.type, message.id or getattr(message, "tool_call_id", "") or "",
           len(content) if isinstance(content, str) else -1, _argument_chars(message))
    cached = bool(key[1]) and key[2] >= 0
    if cached and key in _SIZES:
        return _SIZES[key]
    chars = len(message.text) if isinstance(content, list) else len(str(content))
    if isinstance(message, AIMessage) and (message.tool_calls or message.invalid_tool_calls):
        chars += len(json.dumps([*message.tool_calls, *message.invalid_tool_calls], default=str))
    tokens = math.ceil(chars / CHARS_PER_TOKEN) + MESSAGE_OVERHEAD
    if cached:
        if len(_SIZES) > 100_000:
            _SIZES.clear()
        _SIZES[key] = tokens
    return tokens


def schema_tokens(tools: Sequence[dict[str, Any]]) -> int:
    """Estimated tokens of the tool schemas a request carries (sent with every call)."""
    return math.ceil(len(json.dumps(list(tools), default=str)) / CHARS_PER_TOKEN)


@dataclass(frozen=True)
class Budget:
    """What a request may hold: the window, less the answer's room and a safety margin."""

    window: int
    max_output: int
    ratio: float = 1.0  # server tokens per estimated token, from the last answer's usage

    @property
    def limit(self) -> int:
        """Estimated tokens a request may hold."""
        room = self.window - self.max_output - int(self.window * SAFETY)
        return max(1, int(room / max(self.ratio, 0.1)))


@dataclass(frozen=True)
class Fitted:
    """A request made to fit: the messages to send, how many tool results were elided (and
    whole turns dropped), its estimated tokens, and how many of them it shares with the
    request before (its prefix)."""

    messages: list[BaseMessage]
    elided: int
    tokens: int
    prefix: int
    dropped: int = 0


def stub(message: ToolMessage, calls: dict[str, dict[str, Any]]) -> ToolMessage:
    """A tool result replaced by a note of what it was and how to get it again."""
    call = calls.get(message.tool_call_id) or {}
    args = json.dumps(call.get("args") or {}, ensure_ascii=False, default=str)
    shown = args if len(args) <= 160 else args[:157] + "..."
    return message.model_copy(update={"content": (
        f"[Result elided to keep this conversation within the context window: "
        f"{call.get('name') or message.name or 'a tool'}({shown}). Call it again if you need it.]")})


LONG_ARGUMENT = 300  # characters: a tool call's argument longer than this is elided with its turn


def shortened(message: AIMessage) -> AIMessage | None:
    """An earlier answer with the long arguments of its calls (a document's text, a week plan)
    replaced by a note of their length; None when it has none."""
    calls, changed = [], False
    for call in message.tool_calls:
        args = {}
        for key, value in (call.get("args") or {}).items():
            text = value if isinstance(value, str) else json.dumps(value, default=str)
            if len(text) > LONG_ARGUMENT:
                args[key], changed = f"[{len(text):,} characters, elided from this conversation]", True
            else:
                args[key] = value
        calls.append({**call, "args": args})
    return message.model_copy(update={"tool_calls": calls}) if changed else None


def fit(messages: Sequence[BaseMessage], fixed: int, budget: Budget,
        elided_before: int = 0, dropped_before: int = 0) -> Fitted:
    """``messages`` made to fit ``budget``: the fewest chunks of the oldest tool results (and
    long arguments of earlier calls) elided, never fewer than ``elided_before`` (today's earlier
    requests, so the prefix stays put). The latest call and its results are never elided.
    When even every stub is too much, today's oldest turns are dropped whole (a note says so),
    a chunk at a time, never fewer than ``dropped_before``. ``fixed`` is what every request
    carries besides its messages (the tool schemas' tokens: ``schema_tokens``). Raises
    ContextOverflow when even the morning and the latest turn do not fit."""
    sizes = [message_tokens(m) for m in messages]
    total = fixed + sum(sizes)
    if total <= budget.limit and not elided_before and not dropped_before:
        # The usual case on a large window: sent as it is, no stub made.
        return Fitted(list(messages), 0, total, fixed + sum(sizes[:_previous_end(messages)]))
    last_turn = _last_turn_start(messages)
    calls: dict[str, Any] = {str(c["id"]): c for m in messages if isinstance(m, AIMessage)
                             for c in m.tool_calls if c.get("id")}
    replaced: dict[int, BaseMessage] = {}
    for n, message in enumerate(messages[:last_turn]):
        if isinstance(message, ToolMessage):
            replaced[n] = stub(message, calls)
        elif isinstance(message, AIMessage) and (short := shortened(message)) is not None:
            replaced[n] = short
    elidable = sorted(replaced)
    saved = {n: sizes[n] - message_tokens(replaced[n]) for n in elidable}
    count = min(elided_before, len(elidable))
    while True:
        chosen = set(elidable[:count])
        tokens = total - sum(saved[n] for n in chosen)
        if tokens <= budget.limit or count >= len(elidable):
            break
        count = min(len(elidable), (count // CHUNK + 1) * CHUNK)
    if tokens > budget.limit or dropped_before:
        # Even the stubs are too many: today's oldest turns go whole, a chunk at a time, and
        # the results kept stay as whole as they were (elision does not move meanwhile).
        count = min(elided_before, len(elidable)) if dropped_before else count
        kept = set(elidable[:count])
        sent = [replaced[n] if n in kept else m for n, m in enumerate(messages)]
        return _dropped(sent, fixed, budget, count, dropped_before)
    sent = [replaced[n] if n in chosen else m for n, m in enumerate(messages)]
    before = _previous_end(messages)
    changed = min(chosen - set(elidable[:elided_before]), default=before)
    prefix = fixed + sum(sizes[n] - (saved[n] if n in chosen else 0) for n in range(min(changed, before)))
    return Fitted(sent, count, tokens, prefix)


def _dropped(sent: list[BaseMessage], fixed: int, budget: Budget, elided: int,
             dropped_before: int) -> Fitted:
    """``sent`` (already elided) with today's oldest turns dropped whole until it fits; as a
    last resort, the latest turn's own results but its last are stubbed too."""
    last_turn = _last_turn_start(sent)
    starts = [n for n, m in enumerate(sent[:last_turn]) if isinstance(m, AIMessage)]
    head = starts[0] if starts else last_turn  # the morning: system prompt and session start
    bounds = [*starts, last_turn]
    sizes = [message_tokens(m) for m in sent]
    count = min(dropped_before, len(starts))
    while True:
        kept = _without(sent, head, bounds[count] if starts else last_turn, count)
        tokens = fixed + sum(message_tokens(m) for m in kept)
        if tokens <= budget.limit or count >= len(starts):
            break
        count = min(len(starts), (count // CHUNK + 1) * CHUNK)
    if tokens > budget.limit:
        # One turn's parallel results alone are too many: keep its last whole, stub the rest.
        calls: dict[str, Any] = {str(c["id"]): c for m in kept if isinstance(m, AIMessage)
                                 for c in m.tool_calls if c.get("id")}
        results = [n for n, m in enumerate(kept) if isinstance(m, ToolMessage)][:-1]
        for n in results:
            if tokens <= budget.limit:
                break
            short = stub(kept[n], calls)  # type: ignore[arg-type]
            tokens -= message_tokens(kept[n]) - message_tokens(short)
            kept[n] = short
    if tokens > budget.limit:
        raise ContextOverflow(f"the day's request needs about {tokens:,} tokens even with every "
                              f"earlier turn left out; the window allows {budget.limit:,}")
    if count != dropped_before:  # the cut moved: only the morning is as it was
        prefix = fixed + sum(sizes[:head])
    else:  # the request before ended before the latest answer
        answers = [n for n, m in enumerate(kept) if isinstance(m, AIMessage)]
        prefix = fixed + sum(message_tokens(m) for m in kept[:answers[-1] if answers else head])
    return Fitted(kept, elided, tokens, min(prefix, tokens), dropped=count)


def _without(sent: list[BaseMessage], head: int, cut: int, count: int) -> list[BaseMessage]:
    """The morning, then the turns from ``cut`` on; the morning's last message (the session
    start) says how many actions were left out, so no two user messages follow each other."""
    if not count:
        return list(sent)
    morning = list(sent[:head])
    note = (f"\n\n[Your first {count} actions of today are left out here to keep within the "
            "context window; your activity log and your files hold what you did.]")
    last = morning[-1]
    morning[-1] = last.model_copy(update={"content": f"{last.content}{note}"}) \
        if isinstance(last.content, str) else last
    return [*morning, *sent[cut:]]


def _previous_end(messages: Sequence[BaseMessage]) -> int:
    """Where the request before this one ended: before the latest answer. A day's first request
    shares the system prompt (and the tool schemas), which do not change within a run."""
    answers = [n for n, m in enumerate(messages) if isinstance(m, AIMessage)]
    return answers[-1] if answers else (1 if messages and messages[0].type == "system" else 0)


def _last_turn_start(messages: Sequence[BaseMessage]) -> int:
    """Index of the last answer that made tool calls (its results follow it)."""
    for n in range(len(messages) - 1, -1, -1):
        message = messages[n]
        if isinstance(message, AIMessage) and message.tool_calls:
            return n
    return len(messages)


def calibrated(ratio: float, answer: BaseMessage, estimated: int) -> float:
    """The ratio of the tokens the server counted for a request to our estimate of it (the
    last one seen), clamped; ``ratio`` when the server reported nothing."""
    reported = (getattr(answer, "usage_metadata", None) or {}).get("input_tokens")
    if not reported or estimated <= 0:
        return ratio
    # Never much below 1: a server that reports too few tokens must not let requests grow
    # past the window (a real tokenizer rarely packs more than four characters a token).
    # In steps of 0.05: the state changes (and is checkpointed) only when the ratio does.
    return round(min(4.0, max(0.8, reported / estimated)) * 20) / 20


def tightened(budget: Budget, overflow: ContextOverflow, estimated: int) -> Budget:
    """A budget after the server refused a request of ``estimated`` tokens as too long: its
    stated window and count when it gave them, else a quarter more tokens per estimate."""
    if overflow.counted and estimated > 0:
        ratio = max(budget.ratio * 1.05, overflow.counted / estimated)
    else:
        ratio = budget.ratio * 1.25
    window = min(budget.window, overflow.limit) if overflow.limit else budget.window
    return Budget(window, min(budget.max_output, window // 2), round(ratio, 4))
