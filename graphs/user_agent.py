"""The user agent: the person at the synthetic computer working through one day.

turn (the model call with the role's tools bound, then its tool calls through a ToolNode: bad
calls come back as error ToolMessages; simulated time moves by what the tools cost) -> turn ...
until the model calls end_day, the day's turn budget or the run's is spent, or it is 18:00; it
stops early when a colleague's answer is due, and the month's graph resumes it after. A
prose answer gets a nudge (the time, and how to go on), not the end of the day, unless the
model has answered in prose a few times in a row.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, cast

from langchain_core.messages import AIMessage, HumanMessage, ToolCall, ToolMessage
from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool
from langgraph.graph import END, START, StateGraph
from langgraph.prebuilt import ToolNode
from langgraph.runtime import Runtime
from langgraph.types import Command
from pydantic import BaseModel

from synthcomp.delivery import due_now
from synthcomp.export.schemas import save_tool_schemas
from synthcomp.graphs.sim_state import SimState
from synthcomp.models.budget import (
    Budget,
    ContextOverflow,
    calibrated,
    fit,
    schema_tokens,
    tightened,
)
from synthcomp.models.guard import ModelUnavailable
from synthcomp.runs.context import SimulationContext
from synthcomp.runs.intents import intent_of, record_intent, settle, undo_unrecorded
from synthcomp.runs.trajectory import trajectory
from synthcomp.tools import agent_toolset
from synthcomp.tools.errors import MAX_OUTPUT_CHARS, bounded, tool_node_error
from synthcomp.tools.facts import DEFAULT_MINUTES, changes_drive, minutes_of
from synthcomp.tools.journal import journal_paths

END_OF_DAY = "18:00"
THINKING_MINUTES = 1


def day_budget(context: SimulationContext, state: SimState) -> Budget:
    """What the user model's requests may hold now: its configured window, or the smaller one
    a server stated in a refusal, and the token ratio learned from the server's counts."""
    window, output = context.config.window_for(context.model)
    stated = state.get("stated_window") or window
    return Budget(min(window, stated), min(output, stated // 2),
                  ratio=state.get("token_ratio") or 1.0)


OVERFLOW_TRIES = 4  # a request refused as too long is trimmed harder and sent again


def make_agent_node(tools: Sequence[BaseTool]) -> Any:
    """The model-call node, with ``tools`` bound (once per run). Each request is made to fit
    the model's context window (models/budget.py): old tool results are elided a chunk at a
    time; a server that still refuses it as too long tightens the estimate and gets it again."""
    # The schemas are sent with every request and never change: converted and estimated once.
    wire = [convert_to_openai_tool(t) for t in tools]
    schemas = schema_tokens(wire)

    def agent(state: SimState, runtime: Runtime[SimulationContext]) -> dict[str, Any]:
        context = runtime.context
        if context.run_dir:
            # Kept with the run, as the provider receives them: trainers need them beside the
            # trajectory (written once per run and process; the same bytes every time).
            save_tool_schemas(context.run_dir, "user", wire)
        turn = state.get("turn", 0) + 1
        budget = day_budget(context, state)
        earlier = trajectory(context.run_dir).earlier(f"{turn:06d}.1") if context.replay else None
        if earlier is not None and earlier.get("budget"):
            # A turn replayed after a crash fits its request as it was sent (a refusal may
            # have tightened the budget then), so the run goes on exactly as it would have.
            budget = Budget(**earlier["budget"])
        for attempt in range(1, OVERFLOW_TRIES + 1):
            try:
                fitted = fit(state["messages"], schemas, budget, state.get("elided", 0),
                             state.get("dropped", 0))
            except ContextOverflow as overflow:  # nothing left to elide: the run cannot go on
                raise ModelUnavailable(f"user model {context.model_label}: {overflow}") from overflow
            if earlier is not None:
                # This turn was cut short by a crash: replay its answer, do not ask again.
                answer = replayed_answer(earlier)
                break
            try:
                answer = context.bind(tools).invoke(fitted.messages)
                break
            except ContextOverflow as overflow:
                if attempt == OVERFLOW_TRIES:
                    raise ModelUnavailable(f"user model {context.model_label}: still too long "
                                           f"after {attempt} trims: {overflow}") from overflow
                budget = tightened(budget, overflow, fitted.tokens)
        trajectory(context.run_dir).record(f"{turn:06d}.1", {
            "type": "model_call", "turn": turn, "day": state.get("day", 0), "clock": state["clock"],
            "saw": len(state["messages"]), "sent_tokens": fitted.tokens, "elided": fitted.elided,
            "budget": {"window": budget.window, "max_output": budget.max_output,
                       "ratio": budget.ratio},
            "prefix_tokens": fitted.prefix, "dropped": fitted.dropped,
            "answer": recorded_answer(answer),
            **({"arguments": sent_arguments(answer)} if answer.tool_calls else {}),
        })
        update: dict[str, Any] = {"messages": [answer], "turn": turn}
        ratio = calibrated(budget.ratio, answer, fitted.tokens)
        # Written only when they change: every channel written is stored with the checkpoint.
        if fitted.elided != state.get("elided", 0):
            update["elided"] = fitted.elided
        if fitted.dropped != state.get("dropped", 0):
            update["dropped"] = fitted.dropped
        if ratio != (state.get("token_ratio") or 1.0):
            update["token_ratio"] = ratio
        if budget.window < (state.get("stated_window") or context.config.window_for(context.model)[0]):
            update["stated_window"] = budget.window
        return update

    return agent


def recorded_answer(answer: AIMessage) -> dict[str, Any]:
    """The answer as the trajectory keeps it: what the model said, its id, its token counts and
    model name, the same bytes whichever transport brought it. An OpenAI-compatible client adds
    transport metadata to the same answer (completion id, fingerprint, provider tag, a second copy
    of the token counts, ``refusal: None``, empty token details); that is dropped, and so is a
    finish reason the answer already implies (stop, tool_calls): 'length' is kept."""
    data: dict[str, Any] = answer.model_dump(mode="json")
    data["additional_kwargs"] = {k: v for k, v in data["additional_kwargs"].items() if v is not None}
    metadata = data["response_metadata"]
    data["response_metadata"] = {k: metadata[k] for k in ("model_name",) if k in metadata}
    if metadata.get("finish_reason") not in (None, "stop", "tool_calls"):
        data["response_metadata"]["finish_reason"] = metadata["finish_reason"]
    if data.get("usage_metadata"):
        data["usage_metadata"] = {k: v for k, v in data["usage_metadata"].items() if v not in ({}, None)}
    return data


def sent_arguments(answer: AIMessage) -> list[str]:
    """Each tool call's arguments as the next request carries them (langchain-openai sends
    ``json.dumps(args, ensure_ascii=False)`` of the parsed arguments, in the model's key order).
    Kept as strings: the trajectory's lines sort their keys, which would lose that order."""
    return [json.dumps(call["args"], ensure_ascii=False) for call in answer.tool_calls]


def replayed_answer(event: dict[str, Any]) -> AIMessage:
    """A recorded answer as the model gave it: its calls' arguments in the model's key order
    (from ``arguments``; a trajectory written before it was kept has them sorted)."""
    answer = AIMessage.model_validate(event["answer"])
    sent = event.get("arguments")
    if not (isinstance(sent, list) and len(sent) == len(answer.tool_calls)):
        return answer
    calls = [{**call, "args": json.loads(text)} for call, text in zip(answer.tool_calls, sent, strict=True)]
    return answer.model_copy(update={"tool_calls": calls})


def make_tools_node(tools: Sequence[BaseTool]) -> Any:
    """Run the tool calls (ToolNode: bad calls become error ToolMessages), record the results
    and move the simulated clock, in one step (one checkpoint per turn for the tools)."""
    tool_node = ToolNode(lean_runtime(tools), handle_tool_errors=tool_node_error)
    minutes = {t.name: minutes_of(t) for t in tools}
    writes = {t.name for t in tools if changes_drive(t)}

    def act(state: SimState, config: RunnableConfig, runtime: Runtime[SimulationContext]) -> Any:
        calls = _last_calls(state)
        journal = trajectory(runtime.context.run_dir)
        replayed: list[ToolMessage] = []
        fresh = []
        for call in calls:
            call_id = call.get("id") or ""
            replays = runtime.context.replay and call["name"] in writes
            earlier = journal.earlier_tool_result(call_id) if replays else None
            if earlier is None:
                fresh.append(call)
            else:  # done before a crash: its change is on the drive already
                replayed.append(ToolMessage(earlier["content"], tool_call_id=call_id,
                                            name=call["name"], status=earlier["status"]))
        updates: list[Any] = [{"messages": replayed}] if replayed else []
        unreadable = _unreadable_calls(state)
        if unreadable:
            updates.append({"messages": unreadable})
        last = state["messages"][-1]
        intents = runtime.context.replay  # a server's run (Studio) keeps no run folder of ours
        for call in fresh:
            if intents and call["name"] in writes:
                _announce(runtime.context, state, call)
            # One at a time, in the order the model gave them: parallel calls on one file
            # (two log entries, a write then a move) must not race, and each call's intent is
            # written just before it runs.
            alone = last.model_copy(update={"tool_calls": [call]}) if len(calls) > 1 else last
            output = tool_node.invoke({**state, "messages": [*state["messages"][:-1], alone]},
                                      {**config, "max_concurrency": 1})
            updates += output if isinstance(output, list) else [output]
        updates = [_capped(u) for u in updates]  # a tool of the user's own may answer at length
        turn = state.get("turn", 0)
        order = {call_id: n for n, call_id in enumerate(
            [call["id"] for call in calls] + [m.tool_call_id for m in unreadable])}
        results = sorted((m for u in updates for m in _messages_of(u) if isinstance(m, ToolMessage)),
                         key=lambda m: order.get(m.tool_call_id, len(order)))
        for index, message in enumerate(results):
            trajectory(runtime.context.run_dir).record(f"{turn:06d}.2.{index:03d}", {
                "type": "tool_result", "turn": turn, "tool_call_id": message.tool_call_id,
                "name": message.name or "", "status": message.status,
                "content": str(message.content),
            })
        if intents:
            for call in fresh:
                if call["name"] in writes:
                    settle(runtime.context.run_dir, call.get("id") or "")
        spent = THINKING_MINUTES + sum(minutes.get(call["name"], DEFAULT_MINUTES) for call in calls)
        clock = datetime.fromisoformat(state["clock"]) + timedelta(minutes=spent)
        commands = [u if isinstance(u, Command) else Command(update=u) for u in updates]
        return [*commands, Command(update={"clock": clock.isoformat(timespec="minutes")})]

    return act


def lean_runtime(tools: Sequence[BaseTool]) -> Sequence[BaseTool]:
    """``tools`` with their injected ``runtime`` left out of the dump LangChain makes of every
    call's validated arguments: it only reads the dump's keys, and dumping the ToolRuntime copied
    the whole state and run context into dicts (1.7 ms a call, a tenth of a turn's CPU). The
    runtime still reaches the tool as it is; the schemas the model sees do not change."""
    for made in tools:
        schema = made.args_schema
        field = schema.model_fields.get("runtime") if isinstance(schema, type) \
            and issubclass(schema, BaseModel) else None
        if field is not None and not field.exclude:
            field.exclude = True
            schema.model_rebuild(force=True)  # type: ignore[union-attr]
    return tools


JOURNAL_TOOLS = ("log_activity", "write_week_plan", "end_day")  # their paths are not arguments


def _announce(context: SimulationContext, state: SimState, call: ToolCall) -> None:
    """Write the intent of a drive-changing call before it runs. A call that already has one
    was cut short by a crash before its result was recorded: the paths it names are put back
    as they were, so that running it again applies its change once and answers as it did."""
    computer = context.computer()
    turn = state.get("turn", 0)
    earlier = intent_of(context.run_dir, call.get("id") or "", turn)
    if earlier is not None:
        undo_unrecorded(context.run_dir, computer, earlier)
    extra = list(journal_paths(context.manifest(), state["clock"][:10])) \
        if call["name"] in JOURNAL_TOOLS else []
    record_intent(context.run_dir, computer, dict(call), turn, extra)


def _sendable(text: str) -> str:
    """``text`` as a request can carry it: a lone surrogate (a file name on the drive that is not
    UTF-8, as Python decodes it) cannot be UTF-8, so it is shown as its escape ('\\udcff')
    instead of failing the request, the trajectory and every export."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def _fitted(message: ToolMessage) -> ToolMessage:
    """A tool result bounded and sendable (itself when it already is)."""
    text = str(message.content)
    sendable = _sendable(text)
    if sendable is text and len(text) <= MAX_OUTPUT_CHARS:
        return message
    return message.model_copy(update={"content": bounded(sendable)})


def _capped(update: Any) -> Any:
    """``update`` with every tool result bounded to MAX_OUTPUT_CHARS (ours already are) and
    made sendable."""
    inner = update.update if isinstance(update, Command) else update
    if not isinstance(inner, dict) or not inner.get("messages"):
        return update
    messages = [_fitted(m) if isinstance(m, ToolMessage) else m for m in inner["messages"]]
    capped = {**inner, "messages": messages}
    return Command(graph=update.graph, update=capped, goto=update.goto, resume=update.resume) \
        if isinstance(update, Command) else capped


def _messages_of(update: Any) -> list[Any]:
    if isinstance(update, Command):
        update = update.update or {}
    return list(update.get("messages", [])) if isinstance(update, dict) else []


def _unreadable_calls(state: SimState) -> list[ToolMessage]:
    """An error answer to each tool call whose arguments were not valid JSON, so the model
    sees what went wrong (and the provider sees an answer to every call it made)."""
    last = state["messages"][-1]
    if not isinstance(last, AIMessage):
        return []
    return [ToolMessage(
        f"error: the arguments of {bad.get('name') or 'this call'} are not valid JSON "
        f"({(bad.get('error') or 'unparseable').strip()[:200]}); call it again with a JSON object",
        tool_call_id=bad.get("id") or "", name=bad.get("name") or "", status="error")
        for bad in last.invalid_tool_calls]


def _last_calls(state: SimState) -> list[ToolCall]:
    for message in reversed(state["messages"]):
        if isinstance(message, AIMessage):
            return list(message.tool_calls)
    return []


def make_turn_node(tools: Sequence[BaseTool]) -> Any:
    """One turn: the model call, then its tool calls, as one step (one checkpoint per turn;
    a turn cut short by a crash is redone whole on resume)."""
    model_step, tool_step = make_agent_node(tools), make_tools_node(tools)

    def turn(state: SimState, config: RunnableConfig, runtime: Runtime[SimulationContext]) -> Any:
        update = model_step(state, runtime)
        commands: list[Command[Any]] = [Command(update=update)]
        answer = update["messages"][0]
        if isinstance(answer, AIMessage) and (answer.tool_calls or answer.invalid_tool_calls):
            after: Any = {**state, "messages": [*state["messages"], answer], "turn": update["turn"]}
            commands += tool_step(after, config, runtime)
        return merged(commands)

    return turn


def merged(commands: list[Command[Any]]) -> list[Command[Any]]:
    """The turn's updates as one Command where they can be (one write per channel, not one per
    tool: a checkpoint stores each write as a row). Lists are joined in order, as the channels'
    reducers would take them one after the other; other values, the last wins. A Command that
    routes (goto, a parent graph) stays as it is."""
    plain = [c for c in commands if c.graph is None and not c.goto and c.resume is None
             and isinstance(c.update, dict)]
    if len(plain) < 2:
        return commands
    joined: dict[str, Any] = {}
    for command in plain:
        for key, value in cast(dict[str, Any], command.update).items():
            if isinstance(value, list) and isinstance(joined.get(key), list):
                joined[key] = [*joined[key], *value]
            else:
                joined[key] = value
    return [Command(update=joined), *(c for c in commands if not any(c is p for p in plain))]


def day_turns(state: SimState) -> int:
    """Turns taken today: the model's answers since the morning recap."""
    return sum(1 for m in state.get("messages") or [] if isinstance(m, AIMessage))


MAX_IDLE_ANSWERS = 3  # answers in a row with no tool call before the day ends on its own


def idle_answers(state: SimState) -> int:
    """How many of the model's latest answers in a row called no tool (nudges in between)."""
    count = 0
    for message in reversed(state.get("messages") or []):
        if isinstance(message, HumanMessage):
            continue
        if isinstance(message, AIMessage) and not message.tool_calls and not message.invalid_tool_calls:
            count += 1
            continue
        break
    return count


def day_over(context: SimulationContext, state: SimState) -> bool:
    """Whether today's work is over: end_day was called, it is the end of working hours, or the
    day's or the run's turn budget is spent."""
    today = context.plan()["working_days"][state.get("day", 0)]
    return bool(state.get("turn", 0) >= context.max_turns or day_turns(state) >= context.day_turns
                or state["clock"] >= f"{today}T{END_OF_DAY}" or state.get("day_summary"))


def after_turn(state: SimState, runtime: Runtime[SimulationContext]) -> str:
    """Another turn, a nudge after a prose answer, or a stop: at the end of the day (day_over),
    when a colleague's answer is due (the month's graph lets them act, then work goes on), or
    after a few prose answers in a row (a model that keeps talking without working)."""
    context = runtime.context
    if day_over(context, state):
        return END
    if state.get("met_at") != state.get("turn", 0) \
            and due_now(context, state, state["clock"], morning=False):
        return END
    last = state["messages"][-1]
    if isinstance(last, AIMessage) and not last.tool_calls and not last.invalid_tool_calls:
        return END if idle_answers(state) >= MAX_IDLE_ANSWERS else "nudge"
    return "turn"


def nudge(state: SimState, runtime: Runtime[SimulationContext]) -> dict[str, Any]:
    """A prose answer is not the end of the day: tell the model the time and how to go on."""
    clock = datetime.fromisoformat(state["clock"]) + timedelta(minutes=THINKING_MINUTES)
    text = (f"It is {clock:%H:%M} on {clock:%A} {clock.day} {clock:%B}. Continue with your work, "
            "or call end_day with your notes when you are done for today.")
    turn = state.get("turn", 0)
    trajectory(runtime.context.run_dir).record(f"{turn:06d}.3", {
        "type": "nudge", "turn": turn, "day": state.get("day", 0), "text": text})
    return {"messages": [HumanMessage(text)], "clock": clock.isoformat(timespec="minutes")}


def build_user_agent(
    *, tools: Sequence[BaseTool] | None = None
) -> StateGraph[SimState, SimulationContext, SimState, SimState]:
    """The user agent's work loop, uncompiled. ``tools`` defaults to the user's toolset."""
    toolset = list(tools) if tools is not None else agent_toolset()
    graph = StateGraph(SimState, context_schema=SimulationContext)
    graph.add_node("turn", make_turn_node(toolset))
    graph.add_node("nudge", nudge)
    graph.add_edge(START, "turn")
    graph.add_conditional_edges("turn", after_turn, ["turn", "nudge", END])
    graph.add_edge("nudge", "turn")
    return graph
