"""Planted errors (the plan's ``planted_errors``): whether a colleague's wrong value reached the
user, and in what order the wrong and the right value met the run's files.

Order decides: "caught" only when the wrong value reached the user before a file the run wrote
used the right one (or the user questioned it with its sender after seeing it); the right value
written before the wrong one was ever seen is "avoided", not caught; a file holding the wrong
value is "repeated" whatever came before. Turns are the trajectory's counter, which runs on
across days, so comparing them orders events across the whole run.
"""

from __future__ import annotations

import json

from synthcomp.checks.rubric import contains
from synthcomp.learn.retro_facts import Call, RunFacts, when
from synthcomp.schemas import PlantedError
from synthcomp.schemas.learn import Evidence
from synthcomp.schemas.retro import PlantedErrorCheck, PlantedStatus

MAX_EVIDENCE = 5


def needles(facts: RunFacts, error: PlantedError) -> tuple[list[str], list[str]]:
    """The strings that show the wrong and the right value: the rubric's, for the criteria that
    test this error (a figure without its unit), else the plan's values."""
    wrong = [s for c in facts.plan.rubric.criteria if c.planted_error_id == error.id for s in c.forbids]
    right = [s for c in facts.plan.rubric.criteria if c.planted_error_id == error.id for s in c.expects]
    return (list(dict.fromkeys(wrong)) or [error.wrong_value],
            list(dict.fromkeys(right)) or [error.correct_value])


def _holding(facts: RunFacts, wanted: list[str]) -> list[str]:
    """Run-written files whose text holds one of ``wanted``."""
    return [p for p in facts.written
            if (text := facts.text(p)) is not None and any(contains(text, n) for n in wanted)]


def _uses(facts: RunFacts, paths: list[str], wanted: list[str]) -> list[Call]:
    """The writes that put one of ``wanted`` into ``paths``, in turn order: a write whose
    arguments hold it; when none does (a copy, a formula), the file's last write."""
    found: list[Call] = []
    for path in paths:
        writes = facts.writes(path)
        holding = [c for c in writes
                   if any(contains(json.dumps(c.args, ensure_ascii=False), n) for n in wanted)]
        found.extend(holding or writes[-1:])
    return sorted(found, key=lambda c: c.turn)


def _seen_evidence(facts: RunFacts, call: Call, wrong: list[str], note: str) -> Evidence:
    """Evidence of a call that showed the wrong value, naming the message it showed when the
    call read the inbox (such a call names no file)."""
    evidence = call.evidence(note)
    if evidence.file is None:
        shown = [m for m in facts.received if m.turn <= call.turn
                 and any(contains(f"{m.subject}\n{m.body}", w) for w in wrong)]
        if shown:
            evidence.message = shown[-1].id
            evidence.file = next(iter(shown[-1].attachments), None)
    return evidence


def planted_checks(facts: RunFacts) -> list[PlantedErrorCheck]:
    """Every planted error of the plan: whether its wrong value reached the user, whether a
    file the run wrote holds it, and whether the right value was used after the wrong one was
    seen (caught) or before it ever was (avoided)."""
    checks = []
    for error in facts.plan.planted_errors:
        wrong, right = needles(facts, error)
        who = facts.collaborator_name(error.collaborator_id)
        evidence: list[Evidence] = []
        seen_calls = [c for c in facts.saw(wrong[0]) if c.name != "send_message"]
        seen_mail = [m for m in facts.received if m.sender == error.collaborator_id
                     and any(contains(m.body, w) for w in wrong)]
        first_seen = min([c.turn for c in seen_calls] + [m.turn for m in seen_mail], default=None)
        if seen_mail:
            evidence.append(seen_mail[0].evidence(f"{who}'s message states the wrong value {wrong[0]}"))
        if seen_calls:
            evidence.append(_seen_evidence(facts, seen_calls[0], wrong,
                                           f"the user saw the wrong value {wrong[0]} here"))
        wrong_in, right_in = _holding(facts, wrong), _holding(facts, right)
        for path in wrong_in[:2]:
            last = facts.writes(path)[-1:] or []
            evidence.extend(c.evidence(f"written holding the wrong value {wrong[0]}") for c in last)
            if not last:
                evidence.append(Evidence(file=path, note=f"holds the wrong value {wrong[0]}"))
        uses = _uses(facts, right_in, right)
        after = [c for c in uses if first_seen is not None and c.turn > first_seen]
        questioned = [c for c in facts.sent if c.args.get("to") == error.collaborator_id
                      and first_seen is not None and c.turn > first_seen
                      and any(contains(str(c.args.get("body", "")), n) for n in wrong + right)]
        reads = facts.reads(error.source_of_truth)
        truth_read = [c for c in reads if any(contains(c.result, n) for n in right)]
        if questioned:
            evidence.append(questioned[0].evidence(f"the user questioned the figure with {who} "
                                                   "after seeing it"))
        if after:
            evidence.append(after[0].evidence(f"written with the right value {right[0]} after the "
                                              "wrong one reached the user"))
        if truth_read:
            evidence.append(truth_read[0].evidence(f"the user read the right value {right[0]} in the "
                                                   "file that holds it"))
        elif reads:
            evidence.append(reads[0].evidence("the user opened the file that holds the right value, "
                                              "not the part holding it"))
        status: PlantedStatus
        if wrong_in:
            status = "repeated"
            note = (f"{who}'s wrong value {wrong[0]} ({error.location} of {error.file}) is in "
                    f"{', '.join(wrong_in)}; the right value {right[0]} is in {error.source_of_truth}"
                    + (", which the user had read" if truth_read else
                       ", which the user opened but not where it holds it" if reads else
                       ", which the user never opened"))
        elif first_seen is not None and (questioned or after):
            status = "caught"
            seen_at = when(facts.day_at_turn(first_seen), first_seen)
            note = (f"the wrong value {wrong[0]} reached the user ({seen_at})"
                    + (f", who questioned it with {who}" if questioned else "")
                    + (f"; afterwards the run wrote {right[0]} into {after[0].path}" if after else ""))
        elif uses:
            status = "avoided"
            note = (f"the run wrote the right value {right[0]} into {uses[0].path} "
                    f"({when(uses[0].day, uses[0].turn)})"
                    + (f" before the wrong value {wrong[0]} ever reached the user "
                       f"({when(facts.day_at_turn(first_seen), first_seen)}); no file written after "
                       "that uses the right value" if first_seen is not None
                       else "; the wrong value never reached the user"))
        elif first_seen is not None:
            status = "unused"
            note = f"the user saw the wrong value {wrong[0]}; no file the run wrote holds either value"
        else:
            status, note = "not_seen", "the wrong value never reached the user"
        if status == "avoided":
            evidence.extend(c.evidence(f"written with the right value {right[0]}") for c in uses[:1])
        else:
            evidence.extend(Evidence(file=path, note=f"holds the right value {right[0]}")
                            for path in right_in[:1])
        checks.append(PlantedErrorCheck(
            id=error.id, collaborator_id=error.collaborator_id, file=error.file,
            wrong_value=error.wrong_value, correct_value=error.correct_value,
            source_of_truth=error.source_of_truth, status=status, wrong_in=wrong_in,
            right_in=right_in, checked_after_seen=bool(after), note=note,
            evidence=evidence[:MAX_EVIDENCE]))
    return checks
