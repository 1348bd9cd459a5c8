"""The world builder: persona -> user profile -> filesystem policy -> file plan -> files -> manifest.

Files are written in dependency order: each pass of ``schedule`` sends every file whose
dependencies are written to ``write_file`` (LangGraph Send, so independent files run in
parallel), and each generation sees its dependencies' text and facts. State holds paths,
summaries and facts, never file contents. Steps whose output is already in the input state are
skipped, which is how a published computer is materialized from its manifest row.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Annotated, Any, NotRequired

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import Send
from typing_extensions import TypedDict

import synthcomp
from synthcomp import office
from synthcomp.atomic import write_bytes, write_json
from synthcomp.checks.inputs import DEFAULT_TARGET_FILES, checked_date, checked_target_files
from synthcomp.computer import Computer
from synthcomp.errors import OfficeFileError, SynthcompError
from synthcomp.ids import computer_id_for, default_today, derive_seed, minutes_into
from synthcomp.models.context import WorldContext
from synthcomp.office.determinism import mtime_of
from synthcomp.office.pdf_io import MissingGlyphsError
from synthcomp.office.versions import derive_version, version_type_of
from synthcomp.prompts import render, render_text
from synthcomp.schemas import (
    ComputerManifest,
    FileContent,
    FileNode,
    FilePlan,
    FileRecord,
    FilesystemPolicy,
    Persona,
    UserProfile,
)

DEPENDENCY_EXCERPT_CHARS = 1500

log = logging.getLogger("synthcomp.build")


def _merge(left: dict[str, Any] | None, right: dict[str, Any] | None) -> dict[str, Any]:
    return {**(left or {}), **(right or {})}


class WorldState(TypedDict, total=False):
    """What flows through the world builder (small: no file contents)."""

    persona: str
    out_dir: str
    today: str
    target_files: int
    computer_id: str
    user_profile: dict[str, Any]
    filesystem_policy: dict[str, Any]
    file_plan: list[dict[str, Any]]
    written: Annotated[dict[str, dict[str, Any]], _merge]
    manifest_path: str


class FileTask(TypedDict):
    """The input of one ``write_file`` task (a Send payload)."""

    node: dict[str, Any]
    persona: str
    out_dir: str
    user_profile: dict[str, Any]
    dependencies: list[dict[str, Any]]
    # The computer's present: a file written before it can still speak of what comes after.
    today: NotRequired[str]


def _system() -> str:
    return render_text("world_system")


def init(state: WorldState, runtime: Runtime[WorldContext]) -> dict[str, Any]:
    """Validate the persona and fix the run's date and size."""
    persona = Persona(text=state.get("persona", "")).text
    seed = runtime.context.seed if runtime.context else 0
    today = state.get("today") or default_today(seed)
    return {
        "persona": persona,
        "today": checked_date(today, "today").isoformat(),
        "target_files": checked_target_files(state.get("target_files") or DEFAULT_TARGET_FILES),
    }


def user_profile(state: WorldState, runtime: Runtime[WorldContext]) -> dict[str, Any]:
    """Persona -> UserProfile."""
    if state.get("user_profile"):
        return {}
    inputs = {"persona": state["persona"], "today": state["today"]}
    prompt = render("user_profile", inputs, persona=state["persona"])
    profile = runtime.context.ask(UserProfile, _system(), prompt)
    match = profile.match
    if match is not None and match.quality == "poor":
        # One line, so a batch shows which personas no vocabulary covers (the manifest keeps
        # the details in user_profile.match).
        log.warning("persona poorly matched (score %.2f, vocabulary %r): the profile keeps its "
                    "words (%s); %s are generic", match.score, match.domain,
                    ", ".join(match.from_persona) or "none", ", ".join(match.generic))
    fallback = language_fallback(profile)
    if fallback:
        log.warning(fallback)
    return {"user_profile": profile.model_dump()}


def language_fallback(profile: UserProfile) -> str | None:
    """One line when the model said it writes the files in another language than the user's
    (the offline model has no phrasebook for it), else None."""
    written = profile.match.written_in if profile.match else ""
    if not written or written == profile.language:
        return None
    return (f"the model writes no {profile.language}: this computer's files are in {written}")


def filesystem_policy(state: WorldState, runtime: Runtime[WorldContext]) -> dict[str, Any]:
    """UserProfile -> FilesystemPolicy."""
    if state.get("filesystem_policy"):
        return {}
    profile = state["user_profile"]
    inputs = {"persona": state["persona"], "profile": profile,
              "target_files": state["target_files"]}
    prompt = render("filesystem_policy", inputs, persona=state["persona"],
                    name=profile["name"], role=profile["role"], employer=profile["employer"],
                    os=profile["os"], target_files=state["target_files"])
    policy = runtime.context.ask(FilesystemPolicy, _system(), prompt)
    return {"filesystem_policy": policy.model_dump()}


def _check_plan(out_dir: str, home: str) -> Callable[[FilePlan], None]:
    """A check that every planned path is inside the drive and under the home folder (raising
    ValueError, which the structured ask sends back to the model)."""
    computer = Computer(out_dir)

    def check(plan: FilePlan) -> None:
        for node in plan.files:
            try:
                computer.resolve(node.path)
            except SynthcompError as exc:
                raise ValueError(str(exc)) from exc
            if not node.path.startswith(home.rstrip("/") + "/"):
                raise ValueError(f"{node.path} is not under the home folder {home}")

    return check


def file_plan(state: WorldState, runtime: Runtime[WorldContext]) -> dict[str, Any]:
    """Profile and policy -> FilePlan (validated: inside the drive, acyclic)."""
    if state.get("file_plan"):
        return {}
    inputs = {"persona": state["persona"], "profile": state["user_profile"],
              "policy": state["filesystem_policy"], "today": state["today"]}
    prompt = render("file_plan", inputs, persona=state["persona"], today=state["today"],
                    target_files=state["filesystem_policy"]["target_file_count"],
                    language=state["user_profile"].get("language") or "English")
    check = _check_plan(state["out_dir"], state["filesystem_policy"]["home"])
    plan = runtime.context.ask(FilePlan, _system(), prompt, check=check)
    return {"file_plan": [node.model_dump() for node in plan.files]}


def schedule(state: WorldState) -> dict[str, Any]:
    """A meeting point between waves of files; routing is done by ``dispatch``."""
    return {}


def dispatch(state: WorldState) -> list[Send] | str:
    """Send every file whose dependencies are written; go to the manifest when none is left."""
    written = state.get("written") or {}
    pending = [n for n in state["file_plan"] if n["path"] not in written]
    if not pending:
        return "manifest"
    ready = [n for n in pending if all(dep in written for dep in n["depends_on"])]
    return [
        Send("write_file", FileTask(
            node=node, persona=state["persona"], out_dir=state["out_dir"],
            user_profile=state["user_profile"], today=state["today"],
            dependencies=[{k: written[d][k] for k in ("path", "genre", "title", "facts",
                                                      "summary")} for d in node["depends_on"]],
        ))
        for node in ready
    ]


def _modified(node: FileNode) -> datetime:
    """A working-hours timestamp on the file's date, stable for its path."""
    minutes = minutes_into(node.path, 9 * 60)
    day = date.fromisoformat(node.date)
    return datetime(day.year, day.month, day.day, 8, 30) + timedelta(minutes=minutes)


_VERSION_SAYS = {"duplicate": "The same file as {0} (downloaded again).",
                 "draft": "An earlier draft of {0}.", "final": "The final version of {0}.",
                 "copy": "A copy of {0} with a few figures changed."}


def _write_version(node: FileNode, task: FileTask, runtime: Runtime[WorldContext]) -> dict[str, Any] | None:
    """Write a version of an already written file by editing that file (not by asking the
    model: a draft, a FINAL and a "(2)" are states of one text). None when the original is not
    among the dependencies or its kind cannot be edited into this one."""
    original = next((d for d in task["dependencies"] if d["path"] == node.version_of), None)
    if original is None or not str(node.version_of).lower().endswith("." + node.kind):
        return None
    computer = Computer(task["out_dir"])
    version_type = version_type_of(node.path, node.version_type)
    seed = derive_seed(runtime.context.seed if runtime.context else 0, "version", node.path)
    data = derive_version(computer.resolve(original["path"]), node.kind, version_type, seed,
                          _modified(node), author=task["user_profile"].get("name"))
    if data is None:
        return None
    target = computer.resolve(node.path)
    write_bytes(target, data, modified=mtime_of(_modified(node)))
    summary = _VERSION_SAYS[version_type].format(original["path"].rsplit("/", 1)[-1])
    facts = {} if version_type == "copy" else dict(original.get("facts") or {})
    record = FileRecord(
        path=node.path, kind=node.kind, genre=node.genre, title=node.title,
        purpose=node.purpose, project=node.project, depends_on=node.depends_on, date=node.date,
        size=len(data), sha256=hashlib.sha256(data).hexdigest(),
        summary=f"{summary} {original.get('summary', '')}".strip(), facts=facts,
        version_of=node.version_of, version_type=version_type)
    return {"written": {node.path: record.model_dump()}}


def _read_source(computer: Computer, node: FileNode) -> Callable[[str], bytes]:
    """A zip's member source: the bytes of one of the node's dependencies, never any other
    path (it may not be written yet, or not be the user's to pack)."""
    def read(path: str) -> bytes:
        if path not in node.depends_on:
            raise ValueError(f"{path} is not among {node.path}'s dependencies")
        return computer.resolve(path).read_bytes()
    return read


def write_file(task: FileTask, runtime: Runtime[WorldContext]) -> dict[str, Any]:
    """Generate one file's content from its dependencies and write it into the drive; a version
    of another file (node.version_of) is made by editing that file."""
    node = FileNode.model_validate(task["node"])
    if node.version_of:
        versioned = _write_version(node, task, runtime)
        if versioned is not None:
            return versioned
    computer = Computer(task["out_dir"])
    dependencies = []
    for dep in task["dependencies"]:
        excerpt = office.read_text(computer.resolve(dep["path"]), limit=DEPENDENCY_EXCERPT_CHARS)
        dependencies.append({**dep, "excerpt": excerpt})
    inputs = {"persona": task["persona"], "profile": task["user_profile"],
              "node": node.model_dump(), "dependencies": task["dependencies"],
              "today": task.get("today") or node.date}
    prompt = render("file_content", inputs, persona=task["persona"], path=node.path,
                    kind=node.kind, genre=node.genre, title=node.title, purpose=node.purpose,
                    date=node.date, dependencies=dependencies,
                    language=task["user_profile"].get("language") or "English",
                    locale=task["user_profile"].get("locale") or "en_US",
                    employer=task["user_profile"].get("employer") or "the employer",
                    today=inputs["today"])
    content = runtime.context.ask(FileContent, _system(), prompt)
    target = computer.resolve(node.path)
    # One house style per employer, with personal variations from file to file; a supplier's
    # quote or invoice comes in the supplier's own style.
    issuer = content.facts.get("issuer") or str(task["user_profile"].get("employer", ""))
    style = office.style_for(issuer, variant=node.path)
    write = functools.partial(office.write_content, target, node.kind, content, _modified(node),
                              author=task["user_profile"].get("name"), style=style,
                              read_source=_read_source(computer, node))
    try:
        write()
    except OfficeFileError as exc:
        if not isinstance(exc.__cause__, MissingGlyphsError):
            raise
        # A name in a script no font here draws (a Korean colleague in an English fallback):
        # the PDF is written with '?' for those letters rather than the build stopping.
        log.warning("%s: %s; written with '?' for those letters", node.path, exc.__cause__)
        write(missing_glyphs="mark")
    data = target.read_bytes()
    record = FileRecord(
        path=node.path, kind=node.kind, genre=node.genre, title=node.title,
        purpose=node.purpose, project=node.project, depends_on=node.depends_on, date=node.date,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(), summary=content.summary, facts=content.facts,
        version_of=node.version_of, version_type=node.version_type if node.version_of else None,
    )
    return {"written": {node.path: record.model_dump()}}


def manifest(state: WorldState, runtime: Runtime[WorldContext]) -> dict[str, Any]:
    """Write meta/manifest.json: the computer as a dataset row. Written last: its presence
    means the computer is complete."""
    context = runtime.context
    profile = UserProfile.model_validate(state["user_profile"])
    records = [FileRecord.model_validate(state["written"][n["path"]]) for n in state["file_plan"]]
    records.sort(key=lambda r: r.path)
    projects: dict[str, list[str]] = {}
    for record in records:
        projects.setdefault(record.project or "General", []).append(record.path)
    computer_id = state.get("computer_id") or computer_id_for(state["persona"], context.seed)
    row = ComputerManifest(
        computer_id=computer_id, persona=state["persona"], seed=context.seed,
        model=context.model_label,
        synthcomp_version=synthcomp.__version__, user_profile=profile,
        filesystem_policy=FilesystemPolicy.model_validate(state["filesystem_policy"]),
        file_list=records,
        file_graph=sorted((dep, r.path) for r in records for dep in r.depends_on),
        project_index=projects, today=state["today"],
    )
    fallback = language_fallback(profile)
    if fallback:  # recorded with the computer, as printed when it was built
        row = row.model_copy(update={"language_fallback": fallback})
    computer = Computer(state["out_dir"])
    write_json(computer.manifest_path, row.model_dump(mode="json"), sort_keys=True)
    return {"computer_id": computer_id, "manifest_path": str(computer.manifest_path)}


def build_world_builder() -> StateGraph[WorldState, WorldContext, WorldState, WorldState]:
    """The world builder graph, uncompiled: the caller picks the checkpointer."""
    graph = StateGraph(WorldState, context_schema=WorldContext)
    graph.add_node("init", init)
    graph.add_node("user_profile", user_profile)
    graph.add_node("filesystem_policy", filesystem_policy)
    graph.add_node("file_plan", file_plan)
    graph.add_node("schedule", schedule)
    graph.add_node("write_file", write_file)  # type: ignore[arg-type]
    graph.add_node("manifest", manifest)
    graph.add_edge(START, "init")
    graph.add_edge("init", "user_profile")
    graph.add_edge("user_profile", "filesystem_policy")
    graph.add_edge("filesystem_policy", "file_plan")
    graph.add_edge("file_plan", "schedule")
    graph.add_conditional_edges("schedule", dispatch, ["write_file", "manifest"])
    graph.add_edge("write_file", "schedule")
    graph.add_edge("manifest", END)
    return graph

