"""retro.md: the retrospective as a person reads it, laid out as the paper's Appendix A
(executive summary, deliverable by deliverable, collaborators, failure modes, experience)."""

from __future__ import annotations

from synthcomp.learn.retro_facts import day_label
from synthcomp.schemas.learn import Evidence
from synthcomp.schemas.retro import Retrospective


def where(evidence: list[Evidence], limit: int = 3) -> str:
    """Evidence in a few words: 'day 2 turn 140, file X; message Y'."""
    parts = []
    for item in evidence[:limit]:
        bits = []
        if item.day is not None:
            bits.append(day_label(item.day) + (f" turn {item.turn}" if item.turn is not None else ""))
        elif item.turn is not None:
            bits.append(f"turn {item.turn}")
        if item.file:
            bits.append(f"`{item.file.rsplit('/', 1)[-1]}`")
        if item.message:
            bits.append(f"message `{item.message}`")
        if item.note:
            bits.append(item.note)
        parts.append(", ".join(bits))
    return "; ".join(parts)


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def to_markdown(retro: Retrospective) -> str:
    """The retrospective as markdown."""
    out = [f"# Retrospective: run {retro.run_id} of computer {retro.computer_id}", "",
           f"Subject: {retro.user}, {retro.occupation} (occupation group `{retro.occupation_key}`)  ",
           f"Simulation period: {' to '.join(retro.period) or 'n/a'} ({retro.days} working days, "
           f"{retro.turns} turns)  ",
           f"Overall score: {_pct(retro.score)}  ",
           f"Judge: {retro.judge} (grade by {retro.grade_judge or 'n/a'})  ",
           "Days are counted from 1 (day 1 is the first working day of the run); retro.json's `day` "
           "fields keep the trajectory's 0-based index.", "",
           "## 1. Executive summary", "", retro.summary, "",
           "## 2. Deliverable-by-deliverable analysis", ""]
    for number, item in enumerate(retro.deliverables, 1):
        state = ("not written" if not item.exists
                 else "marked done" if item.marked_done else "not marked done")
        out += [f"### 2.{number} {item.id}: {item.title} ({_pct(item.score)})", "",
                f"`{item.path}`: due {item.due}{'' if item.due_in_run else ' (after the run)'}; {state}"
                + (f"; last written {item.last_written}" if item.last_written else "") + ".", ""]
        if item.root_cause:
            out += [f"Root cause: {item.root_cause}.", ""]
        if item.strengths:
            out += ["Key strengths:", ""] + [f"- {s.text}" + (f" ({where(s.evidence)})" if s.evidence else "")
                                             for s in item.strengths] + [""]
        if item.unmet and item.exists:
            out += ["Unmet criteria and root causes:", ""]
            for unmet in item.unmet:
                cause = unmet.root_cause or f"the grader: {unmet.grade_evidence}"
                out.append(f"- **{unmet.criterion_id}** ({unmet.tag}, {unmet.weight:g}) {unmet.text}: {cause}"
                           + (f" [{where(unmet.evidence)}]" if unmet.evidence else ""))
            out.append("")
        elif item.unmet:
            out += [f"All {len(item.unmet)} criteria unmet: the file does not exist.", ""]
        if item.should_have:
            out += ["What should have been done differently:", "",
                    *[f"- {line}" for line in item.should_have], ""]
    out += ["## 3. Planted errors", ""]
    out += [f"- **{p.id}** ({p.status}) {p.collaborator_id}'s `{p.file}`: {p.wrong_value} for "
            f"{p.correct_value}. {p.note}" + (f" [{where(p.evidence)}]" if p.evidence else "")
            for p in retro.planted_errors] or ["None planted."]
    out += ["", "## 4. Collaborators and their requests", ""]
    out += [f"- {c.name} ({c.role}, `{c.id}`): {c.sent} message(s) sent, {c.received} received"
            + (f", {c.empty_sent} sent blank" if c.empty_sent else "")
            + (f"; {c.requests} request(s), {c.not_acted_on} not acted on" if c.requests else "")
            + (f"; days {c.first_day + 1}-{(c.last_day or c.first_day) + 1}" if c.first_day is not None
               else "; no exchange") + "."
            for c in retro.collaborators]
    if retro.collaborators:
        out.append("")
    out += [f"- **{f.status.replace('_', ' ')}**: {f.collaborator} ("
            + (f"{day_label(f.day)}, " if f.day is not None else "") + f"`{f.message}`) "
            f"asked: \"{f.request}\"" + (f" ({f.deliverable})" if f.deliverable else "") + f". {f.note}."
            for f in retro.feedback] or ["No request found in the collaborators' messages."]
    out += ["", "## 5. Cross-document consistency", ""]
    out += [f"- {i.note}" + (f" ({', '.join(i.deliverables)})" if i.deliverables else "")
            for i in retro.inconsistencies] or ["No figure with the same label differs across files."]
    out += ["", "## 6. Failure modes", ""]
    out += [f"- {m.text}" + (f" [{where(m.evidence)}]" if m.evidence else "")
            for m in retro.failure_modes] or ["None found."]
    out += ["", "## 7. Experience items", ""]
    out += [f"- [{e.kind}] [{e.topic}] {e.text}" + (f" ({where(e.evidence, 2)})" if e.evidence else "")
            for e in retro.experience] or ["None: the run shows nothing to learn from mechanically."]
    out += ["", "## 8. What this judge could not decide", ""]
    out += [f"- {c}" for c in retro.cannot_judge] or ["Nothing."]
    return "\n".join(out) + "\n"
