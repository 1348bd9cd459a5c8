"""Experience items and failure modes from the mechanical findings: one item per thing the run
shows, with its evidence; none for what it does not show.

Texts are fixed, general imperative sentences (no names or figures of this computer), so items
from many runs merge by topic. The topics shared with the skills writer and the offline worker
(synthcomp.learn.skills) are the first five of TOPICS.
"""

from __future__ import annotations

from collections import Counter

from synthcomp.learn.retro_facts import READERS, WRITERS, RunFacts
from synthcomp.schemas.learn import Evidence, ExperienceItem, ExperienceKind
from synthcomp.schemas.retro import (
    DeliverableRetro,
    FeedbackCheck,
    Finding,
    Inconsistency,
    PlantedErrorCheck,
)

SOURCE, FEEDBACK, CONSISTENCY, DEADLINE, MISSING = (
    "source-of-truth", "apply-feedback", "cross-document-consistency", "deadline", "missing-deliverable")
READ_INPUTS, CARRY, ANSWER, FOCUS = "read-inputs", "carry-figures", "answer-requests", "focus"
TOPICS = (SOURCE, FEEDBACK, CONSISTENCY, DEADLINE, MISSING, READ_INPUTS, CARRY, ANSWER, FOCUS)

TEXTS: dict[tuple[str, str], str] = {
    ("failure_mode", SOURCE): "Check every figure a collaborator sends against the file that holds "
                              "it before using it; a copied figure can be wrong.",
    ("pattern", SOURCE): "Take shared figures from the file that holds them, not from a colleague's "
                         "copy or message.",
    ("lesson", FEEDBACK): "When a collaborator asks for a change to a deliverable, make the change "
                          "in the file and tell them it is done before the due date.",
    ("pattern", FEEDBACK): "Apply a collaborator's requested change to the deliverable promptly and "
                           "confirm it.",
    ("failure_mode", CONSISTENCY): "Before delivering, reconcile every figure that appears in more "
                                   "than one file so that all of them state the same value.",
    ("pattern", CONSISTENCY): "Keep one value per shared figure across all files of a deliverable "
                              "package.",
    ("warning", DEADLINE): "Finish each deliverable and mark it done by its due date; track due "
                           "dates daily.",
    ("pattern", DEADLINE): "Mark each deliverable done as soon as it is finished, before its due "
                           "date.",
    ("failure_mode", MISSING): "Start every deliverable early enough to produce the file; a missing "
                               "file scores nothing.",
    ("lesson", READ_INPUTS): "Open every file a deliverable builds on before drafting it.",
    ("pattern", READ_INPUTS): "Read the input files a deliverable names before writing it.",
    ("failure_mode", CARRY): "Copy each required figure exactly, with all its digits, from the file "
                             "you read it in, and re-read the deliverable to check it.",
    ("warning", ANSWER): "Answer every request a collaborator sends, even with a short status.",
    ("warning", FOCUS): "Do not spend turns re-reading unchanged files or checking the time; move on "
                        "to the next deliverable.",
}
MAX_EVIDENCE = 5


class _Items:
    """Experience items keyed by (kind, topic), their evidence merged."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], list[Evidence]] = {}

    def add(self, kind: ExperienceKind, topic: str, evidence: list[Evidence]) -> None:
        if not evidence:
            return  # an item only with evidence
        held = self.items.setdefault((kind, topic), [])
        held.extend(e for e in evidence if e not in held)

    def result(self) -> list[ExperienceItem]:
        order = {t: n for n, t in enumerate(TOPICS)}
        return [ExperienceItem(kind=kind, topic=topic, text=TEXTS[(kind, topic)],  # type: ignore[arg-type]
                               evidence=evidence[:MAX_EVIDENCE])
                for (kind, topic), evidence in sorted(self.items.items(),
                                                      key=lambda kv: (order.get(kv[0][1], 99), kv[0][0]))]


def idle_turns(facts: RunFacts) -> tuple[int, list[Evidence]]:
    """Turns that did nothing new: checking the time again, or re-reading the same part of a
    file unchanged since the last read that day; with the days they fell on."""
    idle = 0
    per_day: Counter[int] = Counter()
    seen: dict[tuple[int, str, str], int] = {}
    written_at: dict[str, int] = {}
    for call in facts.calls:
        if call.ok and call.path and call.name in WRITERS:
            written_at[call.path] = call.turn
        if call.name == "current_time":
            wasted = True
        elif call.name in READERS and call.ok:
            where = (call.day, call.path, f"{call.args.get('offset', 0)}:{call.args.get('cell_range', '')}")
            before = seen.get(where)
            wasted = before is not None and written_at.get(call.path, -1) < before
            seen[where] = call.turn
        else:
            wasted = False
        if wasted:
            idle += 1
            per_day[call.day] += 1
    evidence = [Evidence(day=day, note=f"{n} turns re-read unchanged files or checked the time")
                for day, n in sorted(per_day.most_common(3))]
    return idle, evidence


def unread_inputs(facts: RunFacts,
                  deliverables: list[DeliverableRetro]) -> tuple[list[Evidence], list[Evidence]]:
    """Evidence of deliverables drafted with (good) and without (bad) reading their inputs first."""
    good, bad = [], []
    plan = {d.id: d for d in facts.plan.deliverables()}
    for item in deliverables:
        writes = facts.writes(item.path)
        inputs = plan[item.id].inputs if item.id in plan else []
        if not writes or not inputs:
            continue
        first = writes[0].turn
        unread = [p for p in inputs if not any(c.turn < first for c in facts.reads(p))]
        if unread:
            bad.append(writes[0].evidence(f"drafted before opening {unread[0]}"))
        else:
            good.append(writes[0].evidence("drafted after reading all its inputs"))
    return good, bad


def experience(facts: RunFacts, deliverables: list[DeliverableRetro], planted: list[PlantedErrorCheck],
               feedback: list[FeedbackCheck], figures: list[Inconsistency],
               alike: list[Evidence]) -> tuple[list[ExperienceItem], list[Finding]]:
    """The run's experience items and its failure modes (cross-cutting statements); ``alike``
    is evidence of figures two of the run's files state the same."""
    items, modes = _Items(), []
    for check in planted:
        if check.status == "repeated":
            items.add("failure_mode", SOURCE, check.evidence)
            modes.append(Finding(text=f"A planted error was repeated: {check.note}", evidence=check.evidence))
        elif check.checked_after_seen:
            # Only a colleague's wrong copy met and the right value used after it shows the
            # habit; the right value written before the wrong one came shows nothing of it.
            items.add("pattern", SOURCE, check.evidence)
    for item in feedback:
        if item.status in ("not_applied", "unanswered"):
            items.add("lesson" if item.status == "not_applied" else "warning",
                      FEEDBACK if item.status == "not_applied" else ANSWER, item.evidence)
        elif item.status == "applied" and len(item.evidence) > 1:  # a write after the request
            items.add("pattern", FEEDBACK, item.evidence)
    not_applied = [f for f in feedback if f.status == "not_applied"]
    if not_applied:
        modes.append(Finding(text=f"{len(not_applied)} collaborator request(s) on deliverables were not "
                                  "applied", evidence=[e for f in not_applied[:3] for e in f.evidence[:1]]))
    unanswered = [f for f in feedback if f.status == "unanswered"]
    if unanswered:
        modes.append(Finding(text=f"{len(unanswered)} collaborator request(s) got no answer",
                             evidence=[f.evidence[0] for f in unanswered[:3]]))
    # The run's own files disagreeing; one of its files against a colleague's is shown in the
    # report, but the run's part in it is a figure carried wrongly, or a planted error.
    ours = [f for f in figures if sum(s.written_by_run for s in f.sightings) >= 2]
    for found in ours:
        items.add("failure_mode", CONSISTENCY, [e for s in found.sightings for e in s.evidence][:3]
                  or [Evidence(file=s.file, note=f"states {s.value}") for s in found.sightings[:2]])
    if alike and not ours:
        items.add("pattern", CONSISTENCY, alike)
    if ours:
        modes.append(Finding(text=f"{len(ours)} figure(s) differ across files, e.g. {ours[0].note}",
                             evidence=[Evidence(file=s.file, note=f"states {s.value}")
                                       for f in ours[:2] for s in f.sightings[:2]]))
    _deliverable_items(items, modes, deliverables)
    good, bad = unread_inputs(facts, deliverables)
    items.add("lesson", READ_INPUTS, bad)
    if good and not bad:
        items.add("pattern", READ_INPUTS, good)
    idle, evidence = idle_turns(facts)
    if facts.calls and idle / len(facts.calls) >= 0.2:
        items.add("warning", FOCUS, evidence)
        modes.append(Finding(text=f"{idle} of {len(facts.calls)} tool calls ({idle / len(facts.calls):.0%}) "
                                  "re-read unchanged files or checked the time", evidence=evidence))
    return items.result(), modes


def _deliverable_items(items: _Items, modes: list[Finding], deliverables: list[DeliverableRetro]) -> None:
    missing = [d for d in deliverables if d.due_in_run and not d.exists]
    for item in missing:
        items.add("failure_mode", MISSING, [Evidence(day=None, file=item.path,
                                                     note=f"due {item.due}; {item.root_cause}")])
    if missing:
        modes.append(Finding(text=f"{len(missing)} deliverable(s) due within the run were never written",
                             evidence=[Evidence(file=d.path, note=f"due {d.due}") for d in missing[:3]]))
    late = [d for d in deliverables if d.due_in_run and d.exists and not d.marked_done]
    for item in late:
        items.add("warning", DEADLINE, [Evidence(file=item.path, note=item.root_cause or f"due {item.due}")])
    on_time = [d for d in deliverables if d.marked_done and any("on time" in s.text for s in d.strengths)]
    for item in on_time:
        items.add("pattern", DEADLINE, [e for s in item.strengths if "on time" in s.text for e in s.evidence]
                  or [Evidence(file=item.path, note="marked done on time")])
    carried = [(d, u) for d in deliverables for u in d.unmet if u.root_cause.startswith("the user saw")]
    for deliverable, unmet in carried:
        items.add("failure_mode", CARRY, [*unmet.evidence[:1],
                                          Evidence(file=deliverable.path, note=unmet.root_cause[:200])])
    # One figure several criteria ask for (its value, and it as the right one of a planted
    # error) is one figure not carried: counted, and cited, once per deliverable and figure.
    distinct: dict[tuple[str, str], list[Evidence]] = {}
    for deliverable, unmet in carried:
        needle = unmet.root_cause.split("'", 2)[1] if unmet.root_cause.count("'") >= 2 else unmet.root_cause
        distinct.setdefault((deliverable.id, needle), unmet.evidence[:1])
    if distinct:
        criteria = f" (asked by {len(carried)} criteria)" if len(carried) > len(distinct) else ""
        modes.append(Finding(text=f"{len(distinct)} required figure(s){criteria} were read but not "
                                  "carried into the deliverable as read",
                             evidence=[e for found in list(distinct.values())[:3] for e in found]))
