"""Deliverable by deliverable: what the grade says, the criteria met (strengths) and missed,
each missed one traced as far as the trajectory shows: the figure the user saw but did not
carry over (where it was seen, what the file states instead), the input never opened, the
planted value taken up, the file never written (and whether it was due within the run)."""

from __future__ import annotations

import re
from collections import Counter

from synthcomp.checks.rubric import contains, figures
from synthcomp.learn.retro_facts import READERS, WRITERS, RunFacts, day_label, quote, when
from synthcomp.schemas import CriterionGrade, Deliverable, DeliverableGrade
from synthcomp.schemas.learn import Evidence
from synthcomp.schemas.retro import (
    DeliverableRetro,
    FeedbackCheck,
    Finding,
    PlantedErrorCheck,
    UnmetCriterion,
)

MAX_STRENGTHS = 6
_WORD = re.compile(r"[^\W\d_]{4,}")
# The root causes _trace_missing writes, read back for the advice.
_SAW = re.compile(r"the user saw '(?P<needle>[^']+)' in (?P<file>.+?) \(day \d+, turn \d+\)")
_NEVER_OPENED = re.compile(r"the user never opened (?P<file>.+?), which holds '(?P<needle>[^']+)'")


def _words(text: str) -> set[str]:
    return {w.casefold()[:6] for w in _WORD.findall(text)}


def closest_line(text: str, about: str) -> str:
    """The line of ``text`` that states something (a figure, or a table row: 'not found' is an
    answer too) and shares the most words with ``about``; the first of equals."""
    wanted = _words(about)
    best, score = "", 0
    for line in text.splitlines():
        if not figures(line) and " | " not in line:
            continue
        shared = len(wanted & _words(line))
        if shared > score:
            best, score = line, shared
    return quote(best, 160) if score >= 2 else ""


def _trace_missing(facts: RunFacts, deliverable: Deliverable, needle: str,
                   criterion: CriterionGrade) -> tuple[str, list[Evidence]]:
    """Why a string the criterion expects is not in the file, as far as the run shows: the
    deliverable's input that holds it (opened or not), else another file the user saw it in.
    Only figures are traced (a name or a word turns up everywhere)."""
    text = facts.text(deliverable.path) or ""
    states = closest_line(text, criterion.text)
    instead = f"; the file states instead: '{states}'" if states else ""
    missing = Evidence(file=deliverable.path, note=f"does not state '{needle}'")
    if not figures(needle):
        return f"the file does not state '{needle}'", [missing]
    holders = [p for p in deliverable.inputs if (t := facts.text(p)) is not None and contains(t, needle)]
    seen = [c for c in facts.saw(needle) if c.name in READERS or c.name in ("read_inbox", "search_contents")]
    for holder in holders:
        shown = [c for c in seen if c.path == holder]
        if shown:
            return (f"the user saw '{needle}' in {holder} ({when(shown[0].day, shown[0].turn)}) "
                    f"but did not carry it into the deliverable{instead}",
                    [shown[0].evidence(f"shows '{needle}'"), missing])
    if holders:
        opened = facts.reads(holders[0])
        if opened:
            return (f"{holders[0]}, which holds '{needle}', was opened ({day_label(opened[0].day)}) but the "
                    f"part holding it was not read{instead}",
                    [opened[0].evidence("opened, without the part holding the figure"), missing])
        return (f"the user never opened {holders[0]}, which holds '{needle}'{instead}",
                [Evidence(file=holders[0], note=f"holds '{needle}'; never opened"), missing])
    if seen and len(re.sub(r"\D", "", needle)) >= 3:
        where = seen[0].path or "the inbox"
        return (f"the user saw '{needle}' in {where} ({when(seen[0].day, seen[0].turn)}) but did "
                f"not carry it into the deliverable{instead}",
                [seen[0].evidence(f"shows '{needle}'"), missing])
    return (f"no file the user read holds '{needle}' (it may come from a collaborator or an "
            f"event){instead}", [missing])


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}")


def _in_a_date(text: str, found: list[str]) -> str:
    """A note on figures the grader's string match found only inside a date ('22' in
    2026-04-22): the file does not state them either."""
    undated = _DATE.sub(" ", text)
    dated = [(s, m[0]) for s in found if figures(s) and not contains(undated, s)
             for m in _DATE.finditer(text) if contains(m[0], s)][:1]
    return "".join(f"; the grader's '{s}' is only inside a date ({date}): the file does not state that "
                   "figure either" for s, date in dated)


def _unmet(facts: RunFacts, deliverable: Deliverable, grade: CriterionGrade,
           planted: dict[str, PlantedErrorCheck]) -> UnmetCriterion:
    criterion = next((c for c in facts.plan.rubric.criteria if c.id == grade.id), None)
    cause, evidence = "", []
    if grade.method in ("missing", "unreadable"):
        cause = grade.evidence
    elif grade.forbidden_found:
        check = planted.get(criterion.planted_error_id or "") if criterion else None
        cause = (f"the file holds '{grade.forbidden_found[0]}'"
                 + (f": {check.note}" if check else ""))
        evidence = list(check.evidence) if check else [Evidence(file=deliverable.path,
                                                                 note=f"holds '{grade.forbidden_found[0]}'")]
    elif grade.method == "strings" and criterion is not None:
        text = facts.text(deliverable.path) or ""
        missing = [s for s in criterion.expects if not contains(text, s)]
        if missing:
            cause, evidence = _trace_missing(facts, deliverable, missing[0], grade)
            cause += _in_a_date(text, [s for s in criterion.expects if s not in missing])
    elif grade.method == "judge":
        # The judge's reason is quoted, not traced; the evidence is the write that made the
        # file as it was judged.
        evidence = [c.evidence(f"last written ({c.name}); judged as it stands")
                    for c in facts.writes(deliverable.path)[-1:]]
    return UnmetCriterion(criterion_id=grade.id, text=grade.text, tag=grade.tag, weight=grade.weight,
                          grade_evidence=grade.evidence, root_cause=cause, evidence=evidence)


def _never_written(facts: RunFacts, item: DeliverableRetro) -> tuple[str, list[Evidence]]:
    """Why a deliverable has no file: not due yet, failed writes, or other work."""
    if not item.due_in_run:
        return (f"not due within the run (due {item.due}; the run's last day was {facts.last_date})",
                [])
    failed = [c for c in facts.calls if not c.ok and c.name in WRITERS and c.path == item.path]
    if failed:
        return (f"every write of it failed: {quote(failed[-1].result, 140)}",
                [c.evidence("a write that failed") for c in failed[:2]])
    busy = Counter(c.path for c in facts.calls if c.ok and c.name in WRITERS and c.path)
    top = ", ".join(p.rsplit("/", 1)[-1] for p, _ in busy.most_common(2)) or "no file at all"
    day = facts.day_of(item.due)
    return (f"the run never wrote it by its due date {item.due}; its writes went to {top}",
            [Evidence(day=day, file=item.path, note="due this day; never written")])


def deliverable_retros(facts: RunFacts, planted: list[PlantedErrorCheck]) -> list[DeliverableRetro]:
    """One DeliverableRetro per graded deliverable, in the plan's order."""
    by_id = {d.id: d for d in facts.plan.deliverables()}
    errors = {p.id: p for p in planted}
    found = []
    for grade in facts.grade.deliverables:
        deliverable = by_id.get(grade.id)
        if deliverable is None:
            continue
        found.append(_one(facts, deliverable, grade, errors))
    return found


def _one(facts: RunFacts, deliverable: Deliverable, grade: DeliverableGrade,
         planted: dict[str, PlantedErrorCheck]) -> DeliverableRetro:
    writes = facts.writes(deliverable.path)
    written = [c.evidence(f"{c.name}") for c in (writes[:1] + writes[-1:] if len(writes) > 1 else writes)]
    # A run that simulated no day yet owes nothing; a deliverable with no due date is due.
    due_in_run = bool(facts.last_date) and (not grade.due or grade.due <= facts.last_date)
    item = DeliverableRetro(id=grade.id, title=grade.title, path=grade.path, score=grade.score,
                            exists=grade.exists, marked_done=grade.marked_done, due=grade.due,
                            due_in_run=due_in_run, last_written=grade.last_written, written=written)
    if not grade.exists:
        item.root_cause, evidence = _never_written(facts, item)
        item.unmet = [UnmetCriterion(criterion_id=c.id, text=c.text, tag=c.tag, weight=c.weight,
                                     grade_evidence=c.evidence, root_cause="the file does not exist",
                                     evidence=evidence[:1]) for c in grade.criteria if not c.passed]
        return item
    last = writes[-1:] if writes else []
    place = [last[0].evidence("last written")] if last else [Evidence(file=grade.path, note="graded")]
    for criterion in grade.criteria:
        if criterion.passed and criterion.tag != "optional" and len(item.strengths) < MAX_STRENGTHS:
            item.strengths.append(Finding(text=f"{criterion.text} ({quote(criterion.evidence, 100)})",
                                          evidence=place))
        elif not criterion.passed:
            item.unmet.append(_unmet(facts, deliverable, criterion, planted))
    done = [c for c in facts.calls if c.ok and c.name == "mark_done" and c.args.get("item_id") == grade.id]
    if grade.marked_done and grade.on_time:
        item.strengths.append(Finding(text=f"marked done on time (due {grade.due})",
                                      evidence=[c.evidence("marked done") for c in done[:1]]))
    if due_in_run and not grade.marked_done:
        item.root_cause = f"due {grade.due} within the run, never marked done"
    elif grade.on_time is False:
        item.root_cause = f"last written {grade.last_written}, after its due date {grade.due}"
    return item


def advise(deliverables: list[DeliverableRetro], planted: list[PlantedErrorCheck],
           feedback: list[FeedbackCheck]) -> None:
    """Fill each deliverable's ``should_have``: what the run's own evidence says would have
    met what it missed (the figure as its source gives it, the file to open, the request to
    apply, the date to mark it done by)."""
    for item in deliverables:
        advice: list[str] = []
        if item.due_in_run and not item.exists:
            advice.append(f"Start it early enough to write {item.path.rsplit('/', 1)[-1]} by {item.due}.")
        for unmet in item.unmet:
            seen = _SAW.match(unmet.root_cause)
            unopened = _NEVER_OPENED.match(unmet.root_cause)
            if seen:
                advice.append(f"State '{seen['needle']}' as {seen['file'].rsplit('/', 1)[-1]} gives it "
                              f"({unmet.criterion_id}).")
            elif unopened:
                advice.append(f"Open {unopened['file'].rsplit('/', 1)[-1]} and take '{unopened['needle']}' "
                              f"from it ({unmet.criterion_id}).")
        for check in planted:
            if item.path in check.wrong_in:
                advice.append(f"Take {check.correct_value} from {check.source_of_truth.rsplit('/', 1)[-1]}, "
                              f"not {check.wrong_value} from {check.collaborator_id}'s {check.file}.")
        for request in feedback:
            if request.deliverable == item.id and request.status == "not_applied":
                of = f" of {day_label(request.day)}" if request.day is not None else ""
                advice.append(f"Apply {request.collaborator}'s request{of}: "
                              f"\"{request.request.rstrip('.')}\".")
        if item.due_in_run and item.exists and not item.marked_done:
            advice.append(f"Finish it and mark it done by {item.due}.")
        item.should_have = list(dict.fromkeys(advice))
