"""A run's retrospective, made mechanically (the offline judge): everything that can be decided
from the files and the trajectory alone, and a list of what cannot. A model judge
(synthcomp.learn.retro_judge) starts from this and writes the root causes, strengths and
experience items a reader would."""

from __future__ import annotations

from synthcomp.learn.occupation import occupation_key
from synthcomp.learn.retro_checks import feedback_checks, figure_checks
from synthcomp.learn.retro_deliverables import advise, deliverable_retros
from synthcomp.learn.retro_experience import experience
from synthcomp.learn.retro_facts import RunFacts, quote
from synthcomp.learn.retro_planted import planted_checks
from synthcomp.schemas.retro import (
    CollaboratorRetro,
    FeedbackCheck,
    Retrospective,
)

OFFLINE = "offline"


def mechanical_retro(facts: RunFacts) -> Retrospective:
    """The offline retrospective of a run: per deliverable, planted errors, requests, figures
    across files, experience items; deterministic for the same run."""
    planted = planted_checks(facts)
    feedback = feedback_checks(facts)
    figures, alike = figure_checks(facts)
    deliverables = deliverable_retros(facts, planted)
    advise(deliverables, planted, feedback)
    items, modes = experience(facts, deliverables, planted, feedback, figures, alike)
    retro = Retrospective(
        run_id=facts.run_dir.name, computer_id=facts.plan.computer_id, user=facts.profile.name,
        occupation=facts.profile.role, occupation_key=occupation_key(facts.profile), judge=OFFLINE,
        grade_judge=facts.grade.judge_model, score=facts.grade.score,
        period=[facts.dates[min(facts.dates)], facts.last_date] if facts.dates else [],
        days=len(facts.dates), turns=facts.turns, deliverables=deliverables, inconsistencies=figures,
        feedback=feedback, collaborators=collaborators(facts, feedback), planted_errors=planted,
        failure_modes=modes, experience=items)
    retro.cannot_judge = cannot_judge(retro)
    retro.summary = summary(retro)
    return retro


def collaborators(facts: RunFacts, feedback: list[FeedbackCheck]) -> list[CollaboratorRetro]:
    """Per collaborator of the plan: messages each way, blank ones, requests not acted on."""
    found = []
    for person in facts.plan.collaborators:
        sent = [c for c in facts.sent if c.args.get("to") == person.id]
        received = [m for m in facts.received if m.sender == person.id]
        asked = [f for f in feedback if f.collaborator == person.id]
        days = sorted({c.day for c in sent} | {m.day for m in received if m.day is not None})
        found.append(CollaboratorRetro(
            id=person.id, name=person.name, role=person.role, sent=len(sent), received=len(received),
            empty_sent=sum(not str(c.args.get("body", "")).strip() for c in sent), requests=len(asked),
            not_acted_on=sum(f.status in ("not_applied", "unanswered") for f in asked),
            first_day=days[0] if days else None, last_day=days[-1] if days else None))
    return found


def cannot_judge(retro: Retrospective) -> list[str]:
    """What the mechanical judge leaves open, naming how much of the run it concerns."""
    open_ = []
    judged = [u for d in retro.deliverables for u in d.unmet if not u.root_cause]
    if judged:
        open_.append(f"the root causes of {len(judged)} unmet criteria the grade's judge decided "
                     "(quality, structure, tone): the grade's reasons are quoted, not traced")
    unclear = [f for f in retro.feedback if f.status == "unclear"]
    if unclear:
        open_.append(f"whether {len(unclear)} rewritten deliverable(s) answer the request made of them")
    open_.append("whether figures named differently in different files are the same figure "
                 "(only figures with the same label words are reconciled)")
    open_.append("the quality of the planning, the writing and the collaboration beyond what the "
                 "rubric, the files and the messages show; use --judge-model for a model's reading")
    return open_


def _share(n: int, total: int) -> str:
    return f"{n} of {total}"


def summary(retro: Retrospective) -> str:
    """The executive summary, from the findings (a model judge writes its own)."""
    due = [d for d in retro.deliverables if d.due_in_run]
    present = [d for d in retro.deliverables if d.exists]
    scores = [d.score or 0.0 for d in present]
    parts = [f"{retro.user or 'The user'} ({retro.occupation}) worked {retro.days} day(s)"
             + (f", {retro.period[0]} to {retro.period[-1]}" if retro.period else "")
             + f", {retro.turns} turns. The run scored "
             + (f"{retro.score:.1%}" if retro.score is not None else "no grade")
             + f" over {len(retro.deliverables)} deliverables; "
             + f"{_share(len(present), len(retro.deliverables))} "
             + f"have a file, {_share(len(due), len(retro.deliverables))} were due within the run."]
    if scores:
        best = max(present, key=lambda d: d.score or 0.0)
        worst = min(present, key=lambda d: d.score or 0.0)
        parts.append(f"Of the files written, scores range from {worst.score:.1%} ({worst.id}) to "
                     f"{best.score:.1%} ({best.id}).")
    statuses = [p.status for p in retro.planted_errors]
    if statuses:
        counted = ", ".join(f"{statuses.count(s)} {s.replace('_', ' ')}"
                            for s in ("repeated", "caught", "avoided", "unused", "not_seen") if s in statuses)
        parts.append(f"Planted errors: {counted}.")
    if retro.feedback:
        counts = {s: sum(f.status == s for f in retro.feedback)
                  for s in ("applied", "not_applied", "answered", "unanswered", "unclear")}
        parts.append("Collaborator requests: " + ", ".join(
            f"{n} {s.replace('_', ' ')}" for s, n in counts.items() if n) + ".")
    if retro.inconsistencies:
        parts.append(f"{len(retro.inconsistencies)} figure(s) differ across files.")
    if retro.failure_modes:
        parts.append("Main failure modes: " + "; ".join(quote(m.text, 200) for m in retro.failure_modes[:3])
                     + ".")
    else:
        parts.append("No failure mode shows mechanically.")
    return " ".join(parts)
