"""Offline answer for CollaboratorReply: colleagues answer from what their request shows them:
the figures of their own files that the message asks about, specific points of a draft they were
sent (its sections, its figures against theirs), their own figure when questioned (corrected when
the source they are shown disagrees, defended otherwise), meeting notes, follow-ups, and their
scheduled news."""

from __future__ import annotations

import re
from typing import Any

from synthcomp.checks.rubric import contains
from synthcomp.collaborator_view import amount_of
from synthcomp.models.offline.chat import register

# A figure as people write one: digits in thousands groups, or after a currency code (a date or
# a reference number is not one).
_FIGURE = re.compile(r"(?<![\w.,-])(?:[A-Z]{3} \d[\d,.\u00a0\u202f]*\d"
                     r"|\d{1,3}(?:[,.\u00a0\u202f]\d{3})+(?:[.,]\d+)?(?:[\u00a0 ][A-Z]{3})?)"
                     r"(?![\w-])")
_TOTAL = re.compile(r"\btotal\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
MAX_LINES = 4
MAX_POINTS = 3


def _words(text: str) -> set[str]:
    return {w.casefold()[:6] for w in _WORD.findall(text)}


def _figure_lines(files: list[dict[str, Any]], about: str) -> list[str]:
    """Lines of their own files holding a figure, those sharing the most words with ``about``
    first (a sheet row reads 'Planned budget P1 | EUR 4,165,199 | ...')."""
    wanted = _words(about)
    lines = [(line.strip(" |"), f["path"]) for f in files for line in str(f.get("text", "")).splitlines()
             if _FIGURE.search(line) and not line.lstrip().startswith("#")]
    # A total answers most questions about figures; then the lines that share the most words.
    ranked = sorted(lines, key=lambda pair: (-len(wanted & _words(pair[0])),
                                             not _TOTAL.search(pair[0])))
    return [f"{' '.join(line.split(' | ')[:2]) if ' | ' in line else line} ({path})"
            for line, path in ranked[:MAX_LINES]]


def _review(attachment: dict[str, str], files: list[dict[str, Any]]) -> list[str]:
    """Specific points about a draft: its sections, and each figure it holds that their files
    hold differently labelled (or that they do not hold at all)."""
    text = str(attachment.get("text", ""))
    headings = [line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("#")]
    mine = {m.group(0) for f in files for m in _FIGURE.finditer(str(f.get("text", "")))}
    points = []
    if headings:
        points.append(f"The structure ({', '.join(headings[:4])}) works for me.")
    for figure in dict.fromkeys(m.group(0) for m in _FIGURE.finditer(text)):
        if figure not in mine and mine:
            points.append(f"You write {figure}; I cannot find that figure in my files, please "
                          "tell me where it comes from.")
        if len(points) >= MAX_POINTS:
            break
    if len(points) < 2:
        points.append("The conclusion should come first, before the detail.")
    return points


def _questioned(message: str, question: dict[str, str]) -> str:
    """Their answer when the user's message concerns one of their figures: corrected when the
    source they are shown holds a figure the user quotes (other than theirs), defended
    otherwise."""
    source = question.get("source_text", "")
    mine = amount_of(question["your_value"])
    quoted = [figure for figure in dict.fromkeys(m.group(0) for m in _FIGURE.finditer(message))
              if amount_of(figure) != mine and contains(source, amount_of(figure))]
    if quoted:
        return (f"You are right: I checked {question['source']} and it reads {quoted[0]}. My "
                f"{question['file']} had {question['your_value']}, a copying error; use {quoted[0]}.")
    return (f"I checked again: my {question['file']} has {question['your_value']} "
            f"({question['location']}), and I stand by it until you show me a source that says otherwise.")


@register("CollaboratorReply")
def reply(inputs: dict[str, Any], seed: int) -> dict[str, Any]:
    """Answer a message from their files (attaching what it asks about), review an attached
    draft, defend or correct a questioned figure, send meeting notes, a follow-up or an event's
    news."""
    who = inputs.get("collaborator") or {}
    item = inputs.get("item") or {}
    kind = inputs.get("kind")
    first = str(inputs.get("user", "")).split(" ")[0] or "there"
    files = list(inputs.get("files") or [])
    paths = [f["path"] for f in files]
    sign = f"\n\nBest,\n{who.get('name', '')}\n{who.get('title', '')}, {who.get('organisation', '')}"
    follows = inputs.get("deliverables") or []
    if kind == "meeting_notes":
        lines = [f"- {d['title']}: due {d['due']}; to cover {'; '.join(d['must_contain'][:2])}."
                 for d in follows[:4]] or ["- No open points on my side."]
        return {"reply": True, "subject": f"Notes: {item.get('subject', '')}",
                "body": f"Hi {first},\n\nMy notes from today's meeting:\n" + "\n".join(lines)
                        + f"\n\nAction: {first} sends the drafts by their due dates." + sign, "attach": []}
    if kind == "follow_up":
        return {"reply": True, "subject": f"Where are we on {item.get('subject', '')}?",
                "body": f"Hi {first},\n\n{item.get('subject', '')} was due on {item.get('due', '')} and I "
                        "have not seen anything yet. Can you send me where it stands today?" + sign,
                "attach": []}
    if kind != "message":
        attach = paths if item.get("kind") == "new_information" else []
        return {"reply": True, "subject": item.get("subject", ""),
                "body": f"Hi {first},\n\n{item.get('body', '')}{sign}", "attach": attach}
    unanswered = inputs.get("unanswered") or [item]
    about = " ".join(f"{m.get('subject', '')} {m.get('body', '')}" for m in unanswered)
    subjects = " and ".join(f"\"{m.get('subject', '')}\"" for m in unanswered)
    parts = [f"Thanks for your message{'s' if len(unanswered) > 1 else ''} about {subjects}."]
    for question in inputs.get("questioned") or []:
        parts.append(_questioned(about, question))
    reviewed = [a for a in inputs.get("attachments") or [] if a.get("text")]
    for attachment in reviewed:
        name = str(attachment["path"]).rsplit("/", 1)[-1]
        parts.append(f"On {name}:\n" + "\n".join(f"- {p}" for p in _review(attachment, files)))
    figures = _figure_lines(files, about)
    if figures and not reviewed:
        parts.append("From my files:\n" + "\n".join(f"- {line}" for line in figures))
    attach = [] if reviewed or not paths else paths[:1]
    if attach:
        parts.append(f"I attach {attach[0]}, my latest version.")
    if not figures and not reviewed and not inputs.get("questioned"):
        knows = ", ".join(who.get("knows") or []) or "what I have"
        parts.append(f"I can help with {knows}; tell me which figures you need.")
    return {"reply": True, "subject": "Re: " + str(item.get("subject", "")),
            "body": f"Hi {first},\n\n" + "\n\n".join(parts) + sign, "attach": attach}
