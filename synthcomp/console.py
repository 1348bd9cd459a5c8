"""What the CLI prints: one 'error:' line for a user's mistake, progress bars, and what each
command built, planned, ran or graded, with where its outputs are."""

from __future__ import annotations

import json
import shlex
import shutil
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from synthcomp.computer import Computer
from synthcomp.errors import ModelError, SynthcompError
from synthcomp.models.settings import ModelConfig
from synthcomp.models.usage import Usage, describe_usage
from synthcomp.runs.folder import GRADE_FILE, SUMMARY_FILE, TRAJECTORY_FILE, USAGE_FILE, read_summary
from synthcomp.runs.listing import RunRow
from synthcomp.runs.progress import ProgressCallback, RunProgress
from synthcomp.schemas import MonthPlan, RunGrade

HEARTBEAT_SECONDS = 60.0  # off a terminal, a line at least this often while a day goes on

out_console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)


def fail(message: str, code: int = 1) -> None:
    """Print one error line and exit. The message is text, never markup: an error quoting a
    file ('[source-of-truth] ...', a path with brackets) shows every character of it."""
    err_console.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn SynthcompError and Ctrl-C into one clear line."""
    try:
        yield
    except SynthcompError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{exc.strerror or exc}{f': {exc.filename}' if exc.filename else ''}")
    except KeyboardInterrupt:
        fail("interrupted; nothing half-built was left behind", 130)


def show_usage(path: Path, section: str | None = None, roles: tuple[str, ...] = ()) -> None:
    """Print the tokens, calls and cost a command's models used (only ``roles``, if named)."""
    if not path.is_file():
        return
    saved = json.loads(path.read_text("utf-8"))
    saved = saved.get(section) or {} if section else saved
    if roles:
        saved = {"roles": {r: row for r, row in (saved.get("roles") or {}).items() if r in roles}}
    print_usage(saved)


def print_usage(saved: Mapping[str, Any]) -> None:
    """One 'usage' line per role (and the total), from usage counts in their saved form."""
    for line in describe_usage(saved):
        out_console.print(f"[bold]usage[/]     {line}", highlight=False)


@contextmanager
def counted(models: ModelConfig) -> Iterator[Usage]:
    """Usage counts for a build; when its model fails, what its calls spent is printed (the
    build leaves no folder to save them in)."""
    usage = Usage(models.prices_for)
    try:
        yield usage
    except ModelError:
        print_usage(usage.to_dict())
        raise


@contextmanager
def spent(path: Path, *roles: str, section: str | None = None) -> Iterator[None]:
    """When the model fails the command, still print what its calls spent (saved in ``path``);
    nothing when it spent nothing (a model that could not even load), so that an earlier
    command's counts are never shown as this one's."""
    before = path.read_bytes() if path.is_file() else None
    try:
        yield
    except ModelError:
        if (path.read_bytes() if path.is_file() else None) != before:
            show_usage(path, section, roles)
        raise


@contextmanager
def progress_bar(label: str, unit: str = "files",
                 every: float = HEARTBEAT_SECONDS) -> Iterator[Callable[[int, int], None]]:
    """A rich progress bar fed by (done, total) callbacks; off a terminal, a line a minute."""
    if not err_console.is_terminal:
        started = last = time.monotonic()

        def log(done: int, total: int) -> None:
            nonlocal last
            if time.monotonic() - last >= every:
                elapsed = time.strftime("%H:%M:%S", time.gmtime(time.monotonic() - started))
                err_console.print(f"{label}: {done}/{total} {unit}, {elapsed} elapsed",
                                  highlight=False)
                last = time.monotonic()

        yield log
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn())
    with Progress(*columns, console=err_console, transient=True) as progress:
        task = progress.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        yield update


def program() -> str:
    """The command as the user can type it again: `synthcomp` when it is on PATH, else the path
    they typed (`.venv/bin/synthcomp`), else the one beside this Python."""
    typed = Path(sys.argv[0])
    on_path = shutil.which("synthcomp")
    if on_path and (typed.name != "synthcomp" or Path(on_path).resolve() == typed.resolve()):
        return "synthcomp"
    if typed.name == "synthcomp":
        return str(typed)
    beside = Path(sys.executable).parent / "synthcomp"
    return str(beside) if beside.exists() else "synthcomp"


def show_next(*command: str | Path) -> None:
    """One line saying what to run next, ready to paste (paths quoted for the shell); a
    leading 'synthcomp' is the command as the user can type it (``program``)."""
    parts = [program() if n == 0 and part == "synthcomp" else str(part)
             for n, part in enumerate(command)]
    line = " ".join(shlex.quote(part) for part in parts)
    out_console.print(f"[bold]next[/]      {line}", highlight=False)


def show_computer(folder: Path, seconds: float) -> None:
    """Print what was built and where."""
    data = Computer(folder).manifest_row()
    profile = data["user_profile"]
    kinds = Counter(f["kind"] for f in data["file_list"])
    depth = max(f["path"].count("/") for f in data["file_list"])
    elapsed = time.strftime("%M:%S", time.gmtime(seconds))
    mix = ", ".join(f"{kind} {count}" for kind, count in kinds.most_common())
    rows = [
        ("computer", data["computer_id"]),
        ("user", f"{profile['name']}, {profile['role']} at {profile['employer']} "
                 f"({profile['city']}, {profile['country']})"),
        ("files", f"{len(data['file_list'])} in {elapsed} ({mix}), folder depth {depth}"),
        ("drive", str(Computer(folder).drive)),
        ("manifest", str(Computer(folder).manifest_path)),
    ]
    for label, value in rows:
        out_console.print(f"[bold]{label:<9}[/] {value}", highlight=False)


def show_plan(plan: MonthPlan, folder: Path) -> None:
    """Print the month's objectives and where the plan is."""
    out_console.print(f"[bold]month[/]     {plan.month_start} to {plan.month_end}, "
                      f"{len(plan.objectives)} objectives, {len(plan.deliverables())} deliverables, "
                      f"{plan.total_effort_hours:g} h of work", highlight=False)
    for objective in plan.objectives:
        out_console.print(f"  {objective.id} {objective.title}", highlight=False)
    out_console.print("[bold]team[/]      " + ", ".join(f"{c.name} ({c.role})" for c in plan.collaborators)
                      + f"; {len(plan.planted_errors)} planted errors, {len(plan.events)} events",
                      highlight=False)
    out_console.print(f"[bold]plan[/]      {Computer(folder).plan_path}", highlight=False)


def show_run(run_dir: Path) -> None:
    """Print what a run did and where its outputs are."""
    summary = read_summary(run_dir)
    out_console.print(f"[bold]run[/]       {summary['run_id']} {summary['status']}: "
                      f"{summary['turns']} turns over "
                      f"{summary['days']} day{'' if summary['days'] == 1 else 's'}, "
                      f"{len(summary['files_created'])} files created, "
                      f"{len(summary['files_edited'])} edited, {summary['messages_sent']} messages sent, "
                      f"{summary['messages_received']} received, "
                      f"{len(summary['deliverables_done'])}/{summary['deliverables_total']} deliverables "
                      "marked done", highlight=False)
    out_console.print(f"[bold]trajectory[/] {run_dir / TRAJECTORY_FILE}", highlight=False)
    out_console.print(f"[bold]summary[/]   {run_dir / SUMMARY_FILE}", highlight=False)
    show_usage(run_dir / USAGE_FILE)
    if summary["status"] == "paused":
        reason = f" ({summary['reason']})" if summary.get("reason") else ""
        out_console.print(f"paused{reason}: continue with "
                          f"`{program()} resume {shlex.quote(str(run_dir))}`",
                          highlight=False)
        raise typer.Exit(130)


@contextmanager
def run_bar(label: str, console: Console | None = None,
            every: float = HEARTBEAT_SECONDS) -> Iterator[ProgressCallback]:
    """A run's progress: on a terminal, a bar over its days (day d of D, turns today and in all,
    deliverables done); elsewhere (nohup, CI, a cluster's log) one line as each day ends and
    one a minute within a long day."""
    console = console or err_console
    if not console.is_terminal:
        yield _log_lines(label, console, every)
        return
    columns = (TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[detail]}"),
               TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(label, total=None, detail="")

        def update(now: RunProgress) -> None:
            # The bar fills over the run's days, not its turn budget (which few runs reach).
            progress.update(task, completed=min(now.day, now.days), total=max(now.days, 1),
                            description=label, detail=now.describe())

        yield update


def _log_lines(label: str, console: Console, every: float) -> ProgressCallback:
    started = last = time.monotonic()
    opened = False

    def log(now: RunProgress) -> None:
        nonlocal last, opened
        elapsed = time.strftime("%H:%M:%S", time.gmtime(time.monotonic() - started))
        if not opened:
            opened = True
            console.print(f"{label}: {now.describe()}, up to {now.max_turns:,} turns",
                          highlight=False, soft_wrap=True)
        elif now.ended:
            console.print(f"{label}: day {now.day}/{now.days} ended ({now.ended}) run: turn "
                          f"{now.turn:,}, {now.done}/{now.deliverables} deliverables done, "
                          f"{elapsed} elapsed", highlight=False, soft_wrap=True)
            last = time.monotonic()
        elif time.monotonic() - last >= every:
            console.print(f"{label}: {now.describe()}, {elapsed} elapsed", highlight=False,
                          soft_wrap=True)
            last = time.monotonic()

    return log


def show_grade(grade: RunGrade, run_dir: Path) -> None:
    """Print each deliverable's score and where the grades are."""
    out_console.print(f"[bold]grade[/]     {grade.score:.0%} over {grade.deliverables_graded} "
                      f"deliverables ({grade.deliverables_present} present), "
                      f"{grade.criteria_passed}/{grade.criteria_total} criteria passed, "
                      f"judge {grade.judge_model}", highlight=False)
    for item in grade.deliverables:
        state = ("missing" if not item.exists else "unreadable" if not item.readable
                 else f"{item.score:.0%}")
        notes = [f"essential failed: {', '.join(item.essential_failed)}"] if item.exists and \
            item.essential_failed else []
        notes += [f"planted error taken up: {', '.join(item.pitfalls_hit)}"] if item.pitfalls_hit else []
        out_console.print(f"  {item.id:<5} {state:<10} {item.path}"
                          + (f" ({'; '.join(notes)})" if notes else ""), highlight=False)
    out_console.print(f"[bold]grades[/]    {run_dir / GRADE_FILE}", highlight=False)


def show_runs(where: Path, found: list[tuple[Path, list[RunRow]]]) -> None:
    """A table of the computers found (with their runs), then what to do next."""
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, highlight=False)
    for name, justify in (("computer", "left"), ("run", "left"), ("status", "left"),
                          ("days", "right"), ("turns", "right"), ("done", "right"),
                          ("score", "right"), ("cost", "right")):
        # Ids and paths are copied from here: they never wrap, other cells wrap at words.
        table.add_column(name, justify=justify, no_wrap=name in ("computer", "run"))  # type: ignore[arg-type]
    waiting: list[RunRow] = []
    ungraded: list[RunRow] = []
    for folder, rows in found:
        label = _shown(folder, where)
        if not rows:
            state = "planned, no runs" if Computer(folder).is_planned() else "not planned"
            table.add_row(label, "-", state, "", "", "", "", "")
        for row in rows:
            status = row.status + (f": {_short(row.reason)}" if row.reason else "")
            done = ("" if row.deliverables_done is None
                    else f"{row.deliverables_done}/{row.deliverables_total or 0}")
            cost = "" if not row.calls else "unknown" if row.cost_usd is None else f"${row.cost_usd:.4f}"
            table.add_row(label, row.run_id, status, _cell(row.days), _cell(row.turns), done,
                          "" if row.score is None else f"{row.score:.0%}", cost)
            waiting += [row] if row.status in ("paused", "interrupted") else []
            ungraded += [row] if row.status == "finished" and row.score is None else []
    # Off a terminal (a pipe, a log) the table is as wide as its rows, not 80 columns.
    wide = out_console if out_console.is_terminal else Console(file=out_console.file, width=240)
    wide.print(table)
    count = sum(len(rows) for _, rows in found)
    out_console.print(f"{len(found)} computer{'' if len(found) == 1 else 's'}, {count} "
                      f"run{'' if count == 1 else 's'} under {where.absolute()}", highlight=False)
    if waiting:
        show_next("synthcomp", "resume", Path(waiting[0].run_dir))
    elif ungraded:
        show_next("synthcomp", "grade", Path(ungraded[0].run_dir))


def _shown(folder: Path, where: Path) -> str:
    """A computer's folder as short as it can be said: from the folder searched, else from
    the working directory."""
    for base in (where.absolute(), Path.cwd()):
        absolute = folder.absolute()
        if absolute != base and absolute.is_relative_to(base):
            return str(absolute.relative_to(base))
    return str(folder.absolute()) if folder.absolute() != where.absolute() else folder.name


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _cell(value: int | None) -> str:
    return "" if value is None else f"{value:,}"
