"""What a collaborator has in view when they answer: their own files' text (the most relevant
first, within a budget), the whole thread with the user, the text of what the user attached, the
deliverables they care about, and, when the user questions one of their figures, the source that
holds the truth, so they can check it.

Everything here is read from the run's drive and the collaborator's private folder with the
project's readers; nothing of it ever reaches the user agent's model.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from synthcomp import office
from synthcomp.checks.rubric import contains, figures
from synthcomp.computer import Computer
from synthcomp.errors import SandboxError, SynthcompError

PRIVATE_CHARS = 12_000  # of the collaborator's own files, all files together
ATTACHMENT_CHARS = 8_000  # of each attachment received
ATTACHMENTS_CHARS = 16_000  # of all attachments of one message together
THREAD_MESSAGES = 20  # the latest messages of the thread, both ways
THREAD_BODY_CHARS = 1_500
SOURCE_CHARS = 3_000  # of the source a questioned figure is checked against
_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)


def _text(path: Path, limit: int) -> str:
    """The readable text of ``path`` (a workbook's computed values), '' when it cannot be read."""
    try:
        return office.read_text(path, limit=limit, values=True).strip() if path.is_file() else ""
    except (SynthcompError, OSError):
        return ""


def _words(text: str) -> set[str]:
    return {w.casefold()[:6] for w in _WORD.findall(text)}


def private_files(computer: Computer, who: dict[str, Any], about: str,
                  budget: int = PRIVATE_CHARS) -> list[dict[str, Any]]:
    """The collaborator's private files with their text, the most relevant to ``about`` first
    (a file named in it, then the most words in common), sharing ``budget`` characters: each
    file gets what the ones before it left, so the most relevant is read in full."""
    wanted = _words(about)
    files = list(who.get("private_files") or [])

    def relevance(file: dict[str, Any]) -> tuple[int, int]:
        named = file["path"].casefold() in about.casefold() or file["title"].casefold() in about.casefold()
        return (0 if named else 1, -len(wanted & _words(f"{file['title']} {file['description']}")))

    seen = []
    left = budget
    for file in sorted(files, key=relevance):
        # One character more than the room says whether the text was cut.
        try:  # a link or a pipe there is not their file: read as empty
            source = computer.private_file(who["id"], file["path"]) if left > 0 else None
        except SandboxError:
            source = None
        full = _text(source, left + 1) if source is not None else ""
        text = full[:left]
        seen.append({"path": file["path"], "title": file["title"], "text": text,
                     "cut": len(full) > len(text)})
        left -= len(text)
    return seen


def thread(who_id: str, outbox: list[dict[str, Any]], inbox: list[dict[str, Any]],
           user: str) -> list[dict[str, Any]]:
    """The messages between the user and ``who_id``, oldest first (the latest THREAD_MESSAGES),
    each as who wrote it, when, the subject, the body and the attachments' names."""
    sent = [{"from": user, "at": m.get("sent_at", ""), "subject": m["subject"], "body": m["body"],
             "attachments": list(m.get("attachments") or [])} for m in outbox if m["to"] == who_id]
    received = [{"from": "you", "at": m.get("date", ""), "subject": m["subject"], "body": m["body"],
                 "attachments": list(m.get("attachments") or [])}
                for m in inbox if m.get("from") == who_id]
    messages = sorted(sent + received, key=lambda m: str(m["at"]))[-THREAD_MESSAGES:]
    return [{**m, "body": m["body"][:THREAD_BODY_CHARS]} for m in messages]


def attachments(computer: Computer, paths: list[str]) -> list[dict[str, str]]:
    """The text of each file the user attached (read from the run's drive as it is now)."""
    left = ATTACHMENTS_CHARS
    read = []
    for path in paths:
        try:
            text = _text(computer.resolve(path), min(ATTACHMENT_CHARS, left)) if left > 0 else ""
        except SynthcompError:
            text = ""
        read.append({"path": path, "text": text or "(could not be opened)"})
        left -= len(text)
    return read


def deliverables(plan: dict[str, Any], who: dict[str, Any], about: str) -> list[dict[str, Any]]:
    """The deliverables this collaborator asked for or reviews: all of them for a manager; for
    others, those their events concern and those named in ``about`` (a message, its files)."""
    concerned = {d for e in plan.get("events") or [] if e["collaborator_id"] == who["id"]
                 for d in e.get("affects") or []}
    found = []
    for objective in plan["objectives"]:
        for d in objective["deliverables"]:
            named = d["title"].casefold() in about.casefold() or d["path"] in about
            if who.get("role") == "manager" or d["id"] in concerned or named:
                due = max((m["due"] for m in objective["milestones"] if m["deliverable_id"] == d["id"]),
                          default=plan.get("month_end", ""))
                found.append({"id": d["id"], "title": d["title"], "path": d["path"], "due": due,
                              "must_contain": list(d.get("must_contain") or [])})
    return found


def amount_of(value: str) -> str:
    """A figure without its currency code ('EUR 4,156,199' -> '4,156,199'), as people often
    quote it."""
    return re.sub(r"^[A-Z]{3}\s*|\s*[A-Z]{3}$", "", value.strip()) or value


def questioned(computer: Computer, plan: dict[str, Any], who: dict[str, Any],
               text: str) -> list[dict[str, str]]:
    """The planted errors of this collaborator that ``text`` (the user's messages) may question:
    it quotes the wrong or the right figure, or names the file that holds the truth along with a
    figure or a question. Each comes with that source's text around the figure, for the
    collaborator to check (and then correct themselves or defend their figure, in character)."""
    found = []
    lowered = text.casefold()
    for error in plan.get("planted_errors") or []:
        if error["collaborator_id"] != who["id"]:
            continue
        source = error["source_of_truth"]
        quoted = any(contains(text, amount_of(v)) for v in (error["wrong_value"], error["correct_value"]))
        names = [n for n in (Path(source).name, Path(source).stem) if len(n) >= 4]
        named = any(name.casefold() in lowered for name in names)
        # A date in the file's own name is not a figure the user quotes.
        rest = lowered
        for name in names:
            rest = rest.replace(name.casefold(), " ")
        if not quoted and not (named and ("?" in text or figures(rest))):
            continue
        try:
            whole = _text(computer.resolve(source), 200_000)
        except SynthcompError:
            whole = ""
        at = next((f.start for f in figures(whole)
                   if contains(whole[f.start:f.end], amount_of(error["correct_value"]))), 0)
        start = max(at - SOURCE_CHARS // 2, 0)
        found.append({"file": error["file"], "location": error["location"],
                      "your_value": error["wrong_value"], "source": source,
                      "source_text": whole[start:start + SOURCE_CHARS] or "(could not be opened)"})
    return found
