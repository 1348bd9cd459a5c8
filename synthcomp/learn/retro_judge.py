"""The model path of a retrospective (`retro --judge-model`): a compact digest of the run (the
mechanical retrospective, excerpts of the deliverables, a day-by-day timeline), bounded to fit a
real model's context, rendered with prompts/retro.j2; the model's RetroJudgment is checked (known
deliverable and criterion ids, evidence on every item, items with no names or figures of this
computer) and re-asked with the problem named; then merged over the mechanical findings, which
stay as facts (planted errors, requests, figures across files)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel

from synthcomp.learn.retro_experience import TOPICS
from synthcomp.learn.retro_facts import WRITERS, RunFacts, dumps, quote
from synthcomp.models.context import ModelContext
from synthcomp.models.settings import ModelConfig
from synthcomp.models.usage import Usage
from synthcomp.prompts import render, render_text
from synthcomp.runs.folder import USAGE_FILE
from synthcomp.schemas.learn import Evidence
from synthcomp.schemas.retro import RetroJudgment, Retrospective

DIGEST_CHARS = 48_000  # about 12k tokens of inputs: room for a 32k-context model's answer
EXCERPT_CHARS = 1_500
MIN_ITEMS, MAX_ITEMS = 3, 12
_DIGIT = re.compile(r"\d")


def _evidence(items: list[Evidence], limit: int = 2) -> list[dict[str, Any]]:
    return [e.model_dump(exclude_defaults=True) for e in items[:limit]]


def _timeline(facts: RunFacts, message_chars: int) -> list[dict[str, Any]]:
    days = []
    for day, date in sorted(facts.dates.items()):
        calls = [c for c in facts.calls if c.day == day]
        days.append({
            "day": day, "date": date, "turns": len(calls),
            "written": sorted({c.path.rsplit("/", 1)[-1] for c in calls
                               if c.ok and c.name in WRITERS and c.path}),
            "sent": [{"turn": c.turn, "to": c.args.get("to"), "subject": c.args.get("subject"),
                      "body": quote(str(c.args.get("body", "")), message_chars)}
                     for c in calls if c.ok and c.name == "send_message"],
            "received": [{"turn": m.turn, "id": m.id, "from": m.sender, "subject": m.subject,
                          "body": quote(m.body, message_chars)} for m in facts.received if m.day == day]})
    return days


def digest(retro: Retrospective, facts: RunFacts,
           limit: int = DIGEST_CHARS) -> tuple[dict[str, Any], str]:
    """The run as the judge reads it, cut to about ``limit`` characters of JSON: excerpts and
    message bodies shorten first, then the timeline keeps its first and last days. Returns the
    digest and what was cut ('' when nothing)."""
    plan = {d.id: d for d in facts.plan.deliverables()}
    cut = ""
    for excerpt, body in ((EXCERPT_CHARS, 300), (600, 160), (200, 80), (0, 0)):
        deliverables = [{
            "id": d.id, "title": d.title, "path": d.path, "due": d.due, "due_in_run": d.due_in_run,
            "exists": d.exists, "marked_done": d.marked_done, "score": d.score,
            "must_contain": plan[d.id].must_contain if d.id in plan else [],
            "written": _evidence(d.written), "root_cause": d.root_cause, "should_have": d.should_have,
            "excerpt": (facts.text(d.path) or "")[:excerpt] if d.exists else "",
            "met": [s.text for s in d.strengths],
            "unmet": [{"criterion_id": u.criterion_id, "tag": u.tag, "text": u.text,
                       "grader": quote(u.grade_evidence, 200), "mechanical_cause": u.root_cause,
                       "evidence": _evidence(u.evidence)} for u in d.unmet] if d.exists else
                     [{"criteria_unmet": len(d.unmet), "cause": d.root_cause}]}
            for d in retro.deliverables]
        data: dict[str, Any] = {
            "deliverables": deliverables,
            "planted_errors": [{"id": p.id, "status": p.status, "note": p.note,
                                "evidence": _evidence(p.evidence, 3)} for p in retro.planted_errors],
            "requests": [{"status": f.status, "from": f.collaborator, "message": f.message,
                          "day": f.day, "turn": f.turn, "request": f.request,
                          "deliverable": f.deliverable, "note": f.note} for f in retro.feedback],
            "inconsistencies": [{"note": i.note, "deliverables": i.deliverables}
                                for i in retro.inconsistencies],
            "collaborators": [c.model_dump(exclude_defaults=True) for c in retro.collaborators],
            "timeline": _timeline(facts, body),
            "mechanical_items": [{"kind": e.kind, "topic": e.topic, "text": e.text,
                                  "evidence": _evidence(e.evidence)} for e in retro.experience]}
        if len(dumps(data)) <= limit:
            return data, cut
        cut = "deliverable excerpts and message bodies shortened"
    days: list[dict[str, Any]] = data["timeline"]
    while len(dumps(data)) > limit and len(days) > 2:
        days.pop(len(days) // 2)  # the middle of the month goes first
        cut = "deliverable excerpts, message bodies and days of the timeline left out"
    return data, cut


def _names(facts: RunFacts) -> list[str]:
    """Names of this computer an experience item must not hold (it would not merge)."""
    names = {part for part in facts.profile.name.split() if len(part) > 2}
    for person in facts.plan.collaborators:
        names.update(part for part in person.name.split() if len(part) > 2)
    for deliverable in facts.plan.deliverables():
        names.add(deliverable.path.rsplit("/", 1)[-1].rsplit(".", 1)[0])
    return sorted(names)


def check_answer(answer: RetroJudgment, retro: Retrospective, facts: RunFacts) -> None:
    """Raise ValueError naming what is wrong with the judge's answer."""
    unmet = {d.id: {u.criterion_id for u in d.unmet} for d in retro.deliverables}
    problems = []
    for item in answer.deliverables:
        if item.id not in unmet:
            problems.append(f"{item.id} is not a deliverable of this run")
            continue
        stray = [c.criterion_id for c in item.root_causes if c.criterion_id not in unmet[item.id]]
        if stray:
            verb = "is" if len(stray) == 1 else "are"
            problems.append(f"{', '.join(stray)} {verb} not in {item.id}'s unmet list")
    names = _names(facts)
    for number, experience in enumerate(answer.experience):
        if not experience.evidence:
            problems.append(f"experience item {number} has no evidence")
        if _DIGIT.search(experience.text):
            problems.append(f"experience item {number} holds a figure: write it without numbers")
        found = [n for n in names  # whole words: a name 'Ana' is not in 'analysis'
                 if re.search(rf"(?<!\w){re.escape(n.casefold())}(?!\w)", experience.text.casefold())]
        if found:
            problems.append(f"experience item {number} names '{found[0]}' of this computer: "
                            "make it general")
    if len(answer.experience) > MAX_ITEMS:
        problems.append(f"{len(answer.experience)} experience items: at most {MAX_ITEMS}")
    if problems:
        raise ValueError("; ".join(problems[:5]))


def merge(retro: Retrospective, answer: RetroJudgment, judge: str) -> Retrospective:
    """The mechanical retrospective with the judge's reading over it: its summary, strengths,
    root causes, failure modes and experience items; the facts stay."""
    merged = retro.model_copy(deep=True)
    merged.judge, merged.summary = judge, answer.summary.strip()
    by_id = {d.id: d for d in merged.deliverables}
    for item in answer.deliverables:
        target = by_id[item.id]
        if item.strengths:
            target.strengths = item.strengths
        if item.root_cause.strip():
            target.root_cause = item.root_cause.strip()
        if item.should_have:
            target.should_have = [line.strip() for line in item.should_have if line.strip()]
        causes = {c.criterion_id: c for c in item.root_causes}
        for unmet in target.unmet:
            if unmet.criterion_id in causes:
                unmet.root_cause = causes[unmet.criterion_id].root_cause.strip()
                unmet.evidence = causes[unmet.criterion_id].evidence or unmet.evidence
    merged.failure_modes = answer.failure_modes or merged.failure_modes
    merged.experience = [e.model_copy(update={"topic": e.topic.strip().casefold()})
                         for e in answer.experience]
    merged.cannot_judge = ["what the digest leaves out: the files beyond their excerpts and the tool "
                           "results; the judge read the mechanical findings and the timeline only"]
    return merged


def judged(retro: Retrospective, facts: RunFacts, *, model: str, config: ModelConfig,
           chat_model: BaseChatModel | None = None) -> Retrospective:
    """Ask the judge model for the run's RetroJudgment and merge it; its calls add to the run's
    usage.json under "retro". ModelError when it answers nothing valid."""
    data, cut = digest(retro, facts)
    run = {"run_id": retro.run_id, "computer_id": retro.computer_id, "user": retro.user,
           "occupation": retro.occupation, "days": retro.days, "period": retro.period,
           "turns": retro.turns, "score": retro.score}
    prompt = render("retro", {"role": "retro", "run": run, **data}, run=run,
                    deliverables=retro.deliverables, truncated=cut, topics=TOPICS,
                    min_items=MIN_ITEMS, max_items=MAX_ITEMS)
    context = ModelContext(model=model, seed=0, role="retro", config=config, chat_model=chat_model,
                           usage=Usage(config.prices_for, path=Path(facts.run_dir) / USAGE_FILE))
    try:
        answer = context.ask(RetroJudgment, render_text("retro_system"), prompt,
                             check=lambda a: check_answer(a, retro, facts))
    finally:
        context.counts().save()
    return merge(retro, answer, context.model_label)
