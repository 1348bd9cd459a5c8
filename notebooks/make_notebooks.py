"""Write the notebooks from the cells below (clean: no outputs). Run after editing:
    .venv/bin/python notebooks/make_notebooks.py
`make test` executes every notebook (pytest --nbmake), so they cannot rot."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).parent

SETUP = '''import json, tempfile, warnings
from pathlib import Path

# LangGraph's tool tracing warns that our run context is not its default type: noise.
warnings.filterwarnings("ignore", message="Pydantic serializer warnings")

WORK = Path(tempfile.mkdtemp(prefix="synthcomp-nb-"))   # everything goes here, not in the repo
PERSONA = "A procurement manager at a mid-size hospital in Lyon"
WORK'''

NB01 = [
    new_markdown_cell("# 01 · Build and browse a computer\n\nA persona becomes a folder of real "
                      "office files, offline and deterministic for a seed. Runs in seconds."),
    new_code_cell(SETUP),
    new_code_cell('''from synthcomp import build_computer

computer = build_computer(PERSONA, WORK / "lyon", seed=0, target_files=40)
manifest = json.loads((computer / "meta" / "manifest.json").read_text())
profile = manifest["user_profile"]
print(profile["name"], "-", profile["role"], "at", profile["employer"], f"({profile['city']})")
print(len(manifest["file_list"]), "files; home:", manifest["filesystem_policy"]["home"])'''),
    new_markdown_cell("## The drive, as the user agent sees it"),
    new_code_cell('''from collections import Counter

drive = computer / "drive"
paths = sorted(p.relative_to(drive).as_posix() for p in drive.rglob("*") if p.is_file())
for path in paths[:15]:
    print(path)
print("...")
Counter(Path(p).suffix for p in paths)'''),
    new_markdown_cell("## One file's text, and the files it was built from\n\nFiles are written "
                      "in dependency order: a later file repeats the facts of its sources."),
    new_code_cell('''from synthcomp import office

record = max(manifest["file_list"], key=lambda f: len(f["depends_on"]))
print(record["path"], "<-", record["depends_on"])
print(record["facts"])
print(office.read_text(drive / record["path"], limit=800))'''),
    new_code_cell('''# The same seed gives the same computer, byte for byte.
again = build_computer(PERSONA, WORK / "lyon-again", seed=0, target_files=40)
same = all((drive / p).read_bytes() == (again / "drive" / p).read_bytes() for p in paths)
assert same
same'''),
]

NB02 = [
    new_markdown_cell("# 02 · Plan and simulate a few days, then time-travel\n\nPlan a month, "
                      "simulate two working days offline, then compile the simulation with your "
                      "own checkpointer to read its state history and fork from a checkpoint."),
    new_code_cell(SETUP),
    new_code_cell('''from synthcomp import build_computer, plan_computer, simulate

computer = build_computer(PERSONA, WORK / "lyon", seed=0, target_files=40)
plan = plan_computer(computer, seed=0)
for objective in plan.objectives:
    print(objective.id, objective.title)
print([c.name for c in plan.collaborators])'''),
    new_code_cell('''run = simulate(computer, days=2, seed=0)      # the CLI's `synthcomp simulate`, as a function
summary = json.loads((run / "summary.json").read_text())
{k: summary[k] for k in ("status", "turns", "days", "messages_sent", "files_created", "log")}'''),
    new_markdown_cell("## The same graph with your own checkpointer\n\n`build_simulation()` is "
                      "returned uncompiled; compile it with an `InMemorySaver` and drive it "
                      "yourself. The run context (paths, model, seed) is not checkpointed: pass "
                      "it on every call."),
    new_code_cell('''from langgraph.checkpoint.memory import InMemorySaver
from synthcomp.graphs import build_simulation
from synthcomp.runs.context import SimulationContext

graph = build_simulation().compile(checkpointer=InMemorySaver())
context = SimulationContext(computer_dir=str(computer), run_dir=str(computer / "runs" / "mine"),
                            seed=0, days=2, max_turns=400)
config = {"configurable": {"thread_id": "mine"}, "recursion_limit": 10_000}
final = graph.invoke({"day": 0, "turn": 0}, config, context=context)
final["turn"], final["log"]'''),
    new_code_cell('''history = list(graph.get_state_history(config))       # newest first
print(len(history), "checkpoints")
for snapshot in history[-8:][::-1]:
    print(snapshot.metadata["step"], snapshot.next, snapshot.values.get("day"), snapshot.values.get("turn"))'''),
    new_markdown_cell("## Fork: back to the second morning, with a message the first run never "
                      "got\n\n`update_state` on an old checkpoint makes a new branch; "
                      "`invoke(None, fork)` runs it on. The fork writes to its own run folder. "
                      "Files on the drive are not graph state: the fork sees the drive as the "
                      "last run left it (copy the computer first for a clean fork)."),
    new_code_cell('''morning = next(s for s in reversed(history) if "start_day" in s.next and s.values.get("day") == 1)
manager = plan.collaborators[0]
fork = graph.update_state(morning.config, {"inbox": [{
    "id": "fork-note", "from": manager.id, "subject": "Urgent: figures needed today",
    "body": "Please send me the latest figures before noon.", "attachments": [],
    "date": morning.values["clock"], "read": False}]}, as_node="collaborator")  # as if sent overnight
fork_context = SimulationContext(computer_dir=str(computer), run_dir=str(computer / "runs" / "fork"),
                                 seed=0, days=2, max_turns=400)
forked = graph.invoke(None, fork, context=fork_context)
print("original inbox:", [m["subject"] for m in final["inbox"]])
print("fork inbox:    ", [m["subject"] for m in forked["inbox"]])
print("fork's day:    ", forked["log"][-1])'''),
    new_code_cell('''# The thread now holds both branches: the fork's checkpoints descend from the second morning.
branches = {s.parent_config["configurable"]["checkpoint_id"] for s in graph.get_state_history(config)
            if s.parent_config}
assert morning.config["configurable"]["checkpoint_id"] in branches
len(list(graph.get_state_history(config)))'''),
]

NB03 = [
    new_markdown_cell("# 03 · Compose your own graph\n\nEvery part of the simulation can be "
                      "replaced: swap the user agent for your own node, or give ours a new tool. "
                      "The rest (days, recaps, collaborators, trajectory) works unchanged."),
    new_code_cell(SETUP),
    new_code_cell('''from synthcomp import build_computer, plan_computer

computer = build_computer(PERSONA, WORK / "lyon", seed=0, target_files=40)
plan = plan_computer(computer, seed=0)'''),
    new_markdown_cell("## 1. Replace the user agent with a node of your own\n\nA node over the "
                      "simulation state; `runtime.context` is the run's `SimulationContext` (the "
                      "computer, the plan, the sandboxed drive)."),
    new_code_cell('''from langgraph.runtime import Runtime
from synthcomp.graphs import build_simulation
from synthcomp.graphs.sim_state import SimState
from synthcomp.runs.context import SimulationContext


def diligent_user(state: SimState, runtime: Runtime[SimulationContext]) -> dict:
    """Write one note a day into the user's Documents, through the sandbox."""
    context = runtime.context
    note = context.computer().resolve(f"{context.home()}/Documents/daily-notes/day-{state['day'] + 1}.md")
    note.parent.mkdir(parents=True, exist_ok=True)
    note.write_text(f"# {state['clock'][:10]}\\n\\nChecked the inbox ({len(state.get('inbox') or [])} messages).\\n")
    return {"turn": state.get("turn", 0) + 1}


graph = build_simulation(user_agent=diligent_user).compile()
print(graph.get_graph().draw_mermaid().count("work"), "work node(s)")
context = SimulationContext(computer_dir=str(computer), run_dir=str(computer / "runs" / "diligent"), days=3)
final = graph.invoke({"day": 0, "turn": 0}, {"recursion_limit": 1000}, context=context)
final["turn"], sorted(p.name for p in (computer / "drive").rglob("day-*.md"))'''),
    new_markdown_cell("## 2. Give our user agent a new tool\n\nTools reach files through the run "
                      "context's `Computer` (never a model-visible root). A scripted chat model "
                      "stands in for a real one, to show the call."),
    new_code_cell('''from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.tools import tool
from langgraph.prebuilt import ToolRuntime
from synthcomp import office
from synthcomp.graphs import build_user_agent
from synthcomp.runs.context import simulation_context
from synthcomp.tools import agent_toolset


@tool
def word_count(path: str, runtime: ToolRuntime) -> str:
    """Count the words of a file on the drive.

    path: the file's path on the drive.
    """
    text = office.read_text(simulation_context(runtime).computer().resolve(path))
    return f"{path}: {len(text.split())} words"


class Scripted(BaseChatModel):
    """Answers from a script: the n-th call gets the n-th answer."""

    script: list

    def _generate(self, messages, stop=None, run_manager=None, **kwargs):
        n = sum(isinstance(m, AIMessage) for m in messages)
        return ChatResult(generations=[ChatGeneration(message=self.script[min(n, len(self.script) - 1)])])

    def bind_tools(self, tools, **kwargs):
        return self

    @property
    def _llm_type(self) -> str:
        return "scripted"


some_file = json.loads((computer / "meta" / "manifest.json").read_text())["file_list"][0]["path"]
model = Scripted(script=[
    AIMessage("", tool_calls=[{"name": "word_count", "args": {"path": some_file}, "id": "call-1"}]),
    AIMessage("Done for today."),
])
agent = build_user_agent(tools=agent_toolset([word_count])).compile()
context = SimulationContext(computer_dir=str(computer), run_dir=str(computer / "runs" / "tool"), chat_model=model)
out = agent.invoke({"messages": [SystemMessage("You are the user."), HumanMessage("How long is that file?")],
                    "day": 0, "turn": 0, "clock": plan.working_days[0] + "T09:00"}, context=context)
for message in out["messages"][2:]:
    print(type(message).__name__, message.content or message.tool_calls)'''),
    new_markdown_cell("## 3. Put the new agent in the month\n\n`build_simulation(user_agent=...)` "
                      "takes a StateGraph too; here our agent with the extra tool, on the offline "
                      "model (which sticks to the tools it knows)."),
    new_code_cell('''month = build_simulation(
    user_agent=build_user_agent(tools=agent_toolset([word_count]))).compile()
context = SimulationContext(computer_dir=str(computer), run_dir=str(computer / "runs" / "month"), days=1,
                            max_turns=20)
final = month.invoke({"day": 0, "turn": 0}, {"recursion_limit": 1000}, context=context)
final["log"]'''),
]

NB04 = [
    new_markdown_cell("# 04 · Read a run\n\nA run folder holds `context.json`, "
                      "`checkpoints.sqlite`, `trajectory.jsonl` (one event a line), "
                      "`summary.json`, `usage.json` (calls, tokens, retries and cost per "
                      "role) and, once graded, `grade.json`. This notebook makes a short run, "
                      "then reads each."),
    new_code_cell(SETUP),
    new_code_cell('''from synthcomp import build_computer, plan_computer, simulate

computer = build_computer(PERSONA, WORK / "lyon", seed=0, target_files=40)
plan_computer(computer, seed=0)
run = simulate(computer, days=2, seed=0)
sorted(p.name for p in run.iterdir())'''),
    new_markdown_cell("## The trajectory"),
    new_code_cell('''from collections import Counter

events = [json.loads(line) for line in (run / "trajectory.jsonl").read_text().splitlines()]
print(Counter(e["type"] for e in events))
calls = Counter(c["name"] for e in events if e["type"] == "model_call"
                for c in e["answer"].get("tool_calls", []))
calls.most_common(10)'''),
    new_code_cell('''day_start = next(e for e in events if e["type"] == "day_start")
print(day_start["recap"][:600])
first_call = next(e for e in events if e["type"] == "model_call")
first_call["answer"]["tool_calls"]'''),
    new_markdown_cell("## The summary and the usage"),
    new_code_cell('''summary = json.loads((run / "summary.json").read_text())
{k: summary[k] for k in ("status", "turns", "days", "messages_sent", "messages_received",
                         "deliverables_done", "deliverables_total", "wall_seconds")}'''),
    new_code_cell('''from synthcomp.models.usage import describe_usage

usage = json.loads((run / "usage.json").read_text())
assert usage["roles"]["user"]["calls"] == summary["turns"]  # one model call a turn
print("\\n".join(describe_usage(usage)))
usage["roles"]["user"]'''),
    new_markdown_cell("## The files the run touched\n\nA run works on its own copy of the "
                      "drive (`runs/<run_id>/drive/`): the computer's own never changes."),
    new_code_cell('''from synthcomp import office

print("created:", summary["files_created"])
print("edited: ", summary["files_edited"])
for path in summary["files_created"][:1]:
    print(office.read_text(run / "drive" / path, limit=600))'''),
    new_code_cell('''writes = [e for e in events if e["type"] == "tool_result" and e["name"].startswith(("write_", "append_", "update_"))]
[(e["turn"], e["name"], e["content"][:80]) for e in writes[:10]]'''),
    new_markdown_cell("## The grade\n\n`grade_run` checks every deliverable against the "
                      "rubric (the strings it names in the file, the judge model for the rest) and "
                      "writes `grade.json`; the judge's calls join `usage.json`."),
    new_code_cell('''from synthcomp import grade_run

grade = grade_run(run)
print(f"{grade.score:.0%} over {grade.deliverables_graded} deliverables, "
      f"{grade.deliverables_present} present")
drafted = next(d for d in grade.deliverables if d.exists)
[(c.id, c.tag, c.method, c.passed, c.evidence[:60]) for c in drafted.criteria]'''),
]


def main() -> None:
    """Write the four notebooks."""
    for name, cells in [("01_build_and_browse", NB01), ("02_plan_simulate_time_travel", NB02),
                        ("03_compose_a_graph", NB03), ("04_read_a_run", NB04)]:
        notebook = new_notebook(cells=cells, metadata={
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
            "language_info": {"name": "python"}})
        for index, cell in enumerate(notebook.cells):
            cell["id"] = f"{name[:2]}-{index:02d}"  # stable ids: regenerating changes nothing
        nbformat.write(notebook, HERE / f"{name}.ipynb")


if __name__ == "__main__":
    main()
