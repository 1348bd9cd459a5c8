"""`synthcomp retro`: a run's retrospective (runs/RUN_ID/retro.json and retro.md)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from synthcomp.cli.app import app
from synthcomp.cli.options import ConfigOption, model_config

RetroJudgeOption = Annotated[str | None, typer.Option(
    "--judge-model", help="Model that writes the root causes, strengths and experience items "
                          "from a digest of the run; 'offline' (default) decides mechanically.")]


@app.command()
def retro(
    run: Annotated[Path, typer.Argument(help="A run folder: COMPUTER/runs/RUN_ID.")],
    judge_model: RetroJudgeOption = None,
    config: ConfigOption = None,
) -> None:
    """Write a run's retrospective (runs/RUN_ID/retro.json and retro.md): per deliverable the
    strengths and unmet criteria with root causes traced to the trajectory, figures that differ
    across files, collaborators' requests applied or not, planted errors caught or repeated, and
    experience items with evidence. A run without a current grade.json is graded first, by the
    same judge."""
    import json

    from synthcomp.api.retro import RETRO_FILE, RETRO_MARKDOWN, retro_run
    from synthcomp.console import err_console, out_console, print_usage, spent, user_errors
    from synthcomp.runs.folder import USAGE_FILE

    def roles() -> dict[str, object]:
        path = run / USAGE_FILE
        try:
            saved = json.loads(path.read_text("utf-8")) if path.is_file() else {}
        except ValueError:
            return {}
        return dict(saved.get("roles") or {}) if isinstance(saved, dict) else {}

    def say(text: str) -> None:
        out_console.print(text, highlight=False, markup=False)

    with user_errors():
        models = model_config(config, judge=judge_model)
        before = roles()
        with err_console.status("writing the retrospective"), spent(run / USAGE_FILE, "retro", "judge"):
            result = retro_run(run, model=models.model_for("judge"), config=models)
        say(f"score     {'n/a' if result.score is None else f'{result.score:.1%}'} ({result.judge} judge)")
        say("planted   " + (", ".join(f"{p.id} {p.status}" for p in result.planted_errors) or "none"))
        idle = sum(f.status in ("not_applied", "unanswered") for f in result.feedback)
        say(f"requests  {idle} of {len(result.feedback)} not acted on")
        say(f"figures   {len(result.inconsistencies)} differing across files")
        for item in result.experience:
            say(f"item      [{item.kind}] [{item.topic}] {item.text}")
        say(f"retro     {(run / RETRO_FILE).absolute()}")
        say(f"markdown  {(run / RETRO_MARKDOWN).absolute()}")
        # Only what this command spent: grading first, or the judge model's calls.
        after = roles()
        changed = {role: _spent(row, before.get(role)) for role, row in after.items()
                   if before.get(role) != row}
        if changed:
            print_usage({"roles": changed})
        say(f"next      synthcomp skills {run} --out skills")


def _spent(now: object, then: object) -> object:
    """A usage row's counts minus the earlier row's (the calls this command made)."""
    if not isinstance(now, dict) or not isinstance(then, dict):
        return now
    return {key: (value - then.get(key, 0)
                  if isinstance(value, int | float) and isinstance(then.get(key, 0), int | float) else value)
            for key, value in now.items()}
