"""The mechanical checks of a retrospective (planted errors: retro_planted): collaborators'
requests acted on or not, and one figure stated differently across files of the run's drive.

Each check says only what the run's files and trajectory show; what needs a reader (does a
rewritten section answer a reviewer's point?) is left "unclear" and named in cannot_judge.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from synthcomp.checks.rubric import contains, figures
from synthcomp.learn.retro_facts import Received, RunFacts, path_words, quote
from synthcomp.schemas.learn import Evidence
from synthcomp.schemas.retro import (
    FeedbackCheck,
    FeedbackStatus,
    FigureSighting,
    Inconsistency,
)

# --- collaborators' requests ------------------------------------------------------------------

# English, and the common asking words of the other languages personas write in (a real model's
# collaborators write in the user's language).
_ASKING = re.compile(r"\b(please|could you|can you|would you|should|must|need to|needs to|add|"
                     r"correct|update|fix|change|revise|replace|send me|tell me where|"
                     r"bitte|könnten sie|können sie|pourriez-vous|pouvez-vous|merci de|"
                     r"s'il vous plaît|por favor|podría|poderia|pode)\b|[?？]|ください|请",
                     re.IGNORECASE)
_NOT_A_REQUEST = re.compile(r"tell me which figures you need|works for me|thanks for your message",
                            re.IGNORECASE)
# A question is answered by a message; a change is applied in the file.
_QUESTION = re.compile(r"[?？]|\btell me\b|\blet me know\b|\bsend me\b|\bwhere it stands\b",
                       re.IGNORECASE)
_LEADS = re.compile(r"\b(conclusion|summary|recommendation)\b.*\bfirst\b", re.IGNORECASE)
_LEAD_WORDS = re.compile(r"\b(summary|conclusion|recommendation|synth[eè]se|r[ée]sum[ée])\b", re.IGNORECASE)
LEAD_LINES = 12
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_CHANGE_EVENTS = ("requirement_change", "new_information")


@dataclass(frozen=True)
class Request:
    """One asking sentence of a collaborator's message, and what it concerns: a change to a
    deliverable (applied in the file) or a question (answered by a message)."""

    message: Received
    text: str
    deliverable: str | None
    file: str | None
    change: bool


def _deliverable_of(facts: RunFacts, text: str) -> tuple[str | None, str | None]:
    """The deliverable a text names by its title or file name."""
    lowered = text.casefold()
    for deliverable in facts.plan.deliverables():
        name = deliverable.path.rsplit("/", 1)[-1]
        if name.casefold() in lowered or deliverable.title.casefold() in lowered:
            return deliverable.id, deliverable.path
    return None, None


def requests(facts: RunFacts) -> list[Request]:
    """The asking sentences of collaborators' messages (meeting notes and plain answers with
    figures ask nothing), with the deliverable each concerns."""
    events = {e.id: e for e in facts.plan.events}
    paths = {d.id: d.path for d in facts.plan.deliverables()}
    found: list[Request] = []
    for message in facts.received:
        if message.id.endswith(":notes"):
            continue
        event = events.get(message.id.split(":", 1)[-1])
        whole_id, whole_path = _deliverable_of(facts, f"{message.subject}\n{message.body}")
        news = event is not None and event.kind in _CHANGE_EVENTS and bool(event.affects)
        if event is not None and event.affects:
            whole_id = event.affects[0]
            whole_path = paths.get(whole_id)
        block_id, block_path = None, None
        before = len(found)
        for sentence in _SENTENCE.split(message.body):
            sentence = sentence.strip(" -")
            if sentence.startswith("On ") and sentence.endswith(":"):
                block_id, block_path = _deliverable_of(facts, sentence)  # a review of a draft
                continue
            if not _ASKING.search(sentence) or _NOT_A_REQUEST.search(sentence):
                continue
            if sentence.startswith(("Hi ", "Hello", "Best", "Thanks")):
                continue
            target = (block_id, block_path) if block_id else (whole_id, whole_path)
            change = bool(target[1]) and (news or not _QUESTION.search(sentence))
            found.append(Request(message, sentence, target[0], target[1], change))
        if news and len(found) == before and whole_path:
            # News for a deliverable asks for nothing in words, yet the file should take it up.
            lines = [line for line in message.body.splitlines()[1:] if line.strip()]
            found.append(Request(message, quote(lines[0] if lines else message.subject, 240),
                                 whole_id, whole_path, True))
    return found


def _change_status(facts: RunFacts, request: Request,
                   evidence: list[Evidence]) -> tuple[FeedbackStatus, str]:
    """Whether a requested change shows in the deliverable: written after the request, and
    holding what a requirement change named or leading with its conclusion when that was asked."""
    path = str(request.file)
    message = request.message
    later = [c for c in facts.writes(path) if c.turn > message.turn]
    if later:
        evidence.append(later[-1].evidence("written after the request"))
    change = next((c for c in facts.changes if c.get("kind") == "requirement"
                   and c.get("deliverable_id") == request.deliverable
                   and message.id.endswith(str(c.get("event_id")))), None)
    text = facts.text(path) or ""
    if _LEADS.search(request.text) and text:
        opening = "\n".join(line for line in text.splitlines() if line.strip())
        leads = bool(_LEAD_WORDS.search("\n".join(opening.splitlines()[:LEAD_LINES])))
        if not leads:
            return "not_applied", f"{path} still does not lead with its conclusion"
        return "applied", f"{path} leads with its conclusion" + ("" if later else " (it already did)")
    if not later:
        last_day = message.day is not None and facts.dates and message.day == max(facts.dates)
        return "not_applied", (f"{path} was not written after the request"
                               + (" (it came on the run's last day)" if last_day else ""))
    if change is not None:
        wanted = str(change.get("requirement", ""))
        if _covers(text, wanted):
            return "applied", f"{path} now covers '{wanted}'"
        return "not_applied", f"{path} was rewritten but does not cover '{wanted}'"
    return "unclear", f"{path} was rewritten after the request; whether the change answers it needs a reader"


def feedback_checks(facts: RunFacts) -> list[FeedbackCheck]:
    """Each request: a change to a deliverable, whether the file shows it; a question, whether
    the user wrote back to its sender."""
    checks = []
    for request in requests(facts):
        message = request.message
        who = facts.collaborator_name(message.sender)
        evidence = [message.evidence(f"{who} asks: {quote(request.text, 120)}")]
        status: FeedbackStatus
        if request.change:
            status, note = _change_status(facts, request, evidence)
        else:
            replies = [c for c in facts.sent if c.args.get("to") == message.sender and c.turn > message.turn]
            if replies:
                status, note = "answered", f"the user wrote to {who} afterwards"
                subject = quote(str(replies[0].args.get("subject", "")), 80)
                evidence.append(replies[0].evidence(f"wrote to {who}: {subject}"))
            else:
                status, note = "unanswered", f"the user never wrote to {who} after this message"
        checks.append(FeedbackCheck(
            collaborator=message.sender, message=message.id, subject=message.subject,
            request=quote(request.text, 240), day=message.day, turn=message.turn,
            deliverable=request.deliverable, status=status, note=note, evidence=evidence))
    return checks


def _covers(text: str, requirement: str) -> bool:
    """Whether a file's text covers a requirement: most of its content words appear."""
    words = {w for w in re.findall(r"[^\W\d_]{4,}", requirement.casefold()) if w not in _STOP}
    if not words:
        return True
    lowered = text.casefold()
    return sum(w in lowered for w in words) >= max(1, (len(words) + 1) // 2)


# --- one figure, several values ---------------------------------------------------------------

_STOP = {"the", "and", "for", "with", "from", "this", "that", "its", "their", "our", "your", "as",
         "in", "of", "to", "a", "an", "on", "by", "per", "at", "is", "are", "was", "all", "total",
         "value", "figure", "amount", "source", "read", "checked", "latest", "updated", "about",
         "against", "target", "eur", "usd", "gbp"}
_AS_IN = re.compile(r",?\s*\bas in\b.*$", re.IGNORECASE)
_LABEL_WORD = re.compile(r"[^\W\d_]{3,}")
_FORMULA = re.compile(r"=[^|→]*→\s*")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}")
MIN_LABEL_WORDS = 2


@dataclass(frozen=True)
class _Stated:
    file: str
    label: str
    key: frozenset[str]
    value: str
    line: str
    source: str = ""  # the file an 'as in FILE' clause names (lower case)

    @property
    def context(self) -> set[str]:
        """Words that place the figure: its file's name and the source it names."""
        return path_words(self.file) | path_words(self.source)


def _key(label: str) -> frozenset[str]:
    bare = _AS_IN.sub("", label)
    return frozenset(w for w in (m.casefold() for m in _LABEL_WORD.findall(bare)) if w not in _STOP)


def _value(cell: str) -> str | None:
    """The figure a cell or a clause states ('=SUM(F2:F10) → 47,876.29' states 47,876.29)."""
    cell = _DATE.sub(" ", _FORMULA.sub("", cell)).strip()
    found = figures(cell)
    if not found:
        return None
    first = found[0]
    token = cell[first.start:first.end]
    # A bare small integer (a count, a row number) is not a figure worth reconciling.
    return token if len(re.sub(r"\D", "", token)) >= 3 else None


def statements(path: str, text: str) -> list[_Stated]:
    """The labelled figures of a file: a table row's first cell and its first figure, and a
    'label: figure' line."""
    found = []
    for raw in text.splitlines():
        line = raw.strip().lstrip("-*• ").strip()
        if not line or line.startswith("#"):
            continue
        if " | " in line:
            cells = [c.strip() for c in line.split(" | ")]
            label = cells[0]
            values = [v for c in cells[1:] if (v := _value(c))]
            # A row of several figures (quantity, price, amount) is data, not one stated figure.
            value = values[0] if len(values) == 1 else None
        elif ":" in line:
            label, _, rest = line.rpartition(":") if line.count(":") == 1 else line.partition(":")
            value = _value(rest)
        else:
            continue
        key = _key(label)
        if value and len(key) >= MIN_LABEL_WORDS:
            named = _AS_IN.search(label)
            source = named.group(0).split(" in ", 1)[-1].strip(" .").casefold() if named else ""
            found.append(_Stated(path, quote(label, 80), key, value, quote(line, 200), source))
    return found


def _same_figure(a: _Stated, b: _Stated) -> bool:
    """Whether two statements name the same figure: the same words, or one's words plus words
    its own context supplies ('Planned budget' in a Maintenance file, or 'as in
    Budget_Maintenance.xlsx', is 'Planned budget Maintenance'); never two that name different
    sources."""
    if a.source and b.source and a.source != b.source:
        return False
    if a.key == b.key:
        return True
    small, big = (a, b) if len(a.key) < len(b.key) else (b, a)
    return small.key < big.key and (big.key - small.key) <= small.context


def _objectives(facts: RunFacts) -> dict[str, set[str]]:
    """The objectives each file belongs to: its deliverables', the inputs they build on, the
    files an objective cites."""
    found: dict[str, set[str]] = defaultdict(set)
    for objective in facts.plan.objectives:
        for path in objective.cites:
            found[path].add(objective.id)
        for deliverable in objective.deliverables:
            for path in (deliverable.path, *deliverable.inputs):
                found[path].add(objective.id)
    return found


def _related(objectives: dict[str, set[str]], a: str, b: str) -> bool:
    """Whether two files may state the same figure: not when they belong to different
    objectives only (two projects' budgets are different figures with the same label)."""
    mine, theirs = objectives.get(a), objectives.get(b)
    return not mine or not theirs or bool(mine & theirs)


def _agree(a: str, b: str) -> bool:
    return contains(a, b) or contains(b, a)


def _pairs(facts: RunFacts) -> tuple[list[tuple[_Stated, _Stated]], list[tuple[_Stated, _Stated]]]:
    """Pairs of statements of one figure in two related files, the first of each pair in a file
    the run wrote: those that disagree, and those of two run's files that agree."""
    written = set(facts.written)
    # A colleague's attachment, or a file carrying a planted error, is the colleague's copy: its
    # wrong figure is the planted error's finding (or the colleague's), not the run's inconsistency.
    theirs = {a for m in facts.received for a in m.attachments}
    planted = {e.file.rsplit("/", 1)[-1].casefold() for e in facts.plan.planted_errors}
    stated: list[_Stated] = []
    for path in facts.files_to_compare():
        if path not in written and (path in theirs or path.rsplit("/", 1)[-1].casefold() in planted):
            continue
        text = facts.text(path)
        if text:
            stated.extend(statements(path, text))
    objectives = _objectives(facts)
    differ, agree = [], []
    for a in stated:
        if a.file not in written:
            continue
        for b in stated:
            # Each pair once: from the run's file, or from the first of two run's files.
            if b.file == a.file or (b.file in written and b.file < a.file):
                continue
            if not _same_figure(a, b) or not _related(objectives, a.file, b.file):
                continue
            if not _agree(a.value, b.value):
                differ.append((a, b))
            elif b.file in written:
                agree.append((a, b))
    return differ, agree


def figure_checks(facts: RunFacts) -> tuple[list[Inconsistency], list[Evidence]]:
    """Figures stated with different values in two files, at least one of them written by the
    run (the drive's own old files may disagree with each other; that is not the run's doing);
    and evidence of figures two of the run's files state alike (a strength)."""
    written = set(facts.written)
    differ, agree = _pairs(facts)
    groups: dict[tuple[str, str], list[tuple[_Stated, _Stated]]] = defaultdict(list)
    for a, b in differ:
        groups[(a.file, " ".join(sorted(a.key)))].append((a, b))
    by_path = {d.path: d.id for d in facts.plan.deliverables()}
    found = []
    for (_, _), pairs in sorted(groups.items()):
        first = pairs[0][0]
        sightings = [_sighting(facts, first, first.file in written)]
        for _, other in pairs:
            if all(s.file != other.file for s in sightings):
                sightings.append(_sighting(facts, other, other.file in written))
        files = [s.file for s in sightings]
        found.append(Inconsistency(
            label=first.label, sightings=sightings[:5],
            deliverables=sorted({by_path[f] for f in files if f in by_path}),
            note=f"'{first.label}' is " + "; ".join(f"{s.value} in {s.file.rsplit('/', 1)[-1]}"
                                                      for s in sightings[:5])))
    alike = [Evidence(file=a.file, note=f"states '{a.label}' as {a.value}, as "
                                         f"{b.file.rsplit('/', 1)[-1]} does") for a, b in agree[:3]]
    return found, alike


def _sighting(facts: RunFacts, stated: _Stated, written: bool) -> FigureSighting:
    evidence = []
    if written and (last := facts.writes(stated.file)[-1:]):
        evidence.append(last[0].evidence(f"last written stating {stated.value}"))
    elif reads := facts.reads(stated.file):
        evidence.append(reads[0].evidence(f"read by the user (it states {stated.value})"))
    return FigureSighting(file=stated.file, value=stated.value, line=stated.line,
                          written_by_run=written, evidence=evidence)
