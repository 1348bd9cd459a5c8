"""Offline plain-text and markdown files: notes, to-do lists, email drafts, call logs."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from synthcomp.models.offline.people import sample
from synthcomp.models.offline.world.content.context import Ctx
from synthcomp.models.offline.world.content.documents import bullets, heading, para


def notes(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """Quick working notes, as typed during a call."""
    lines = [f"- {ctx.sentence()}" for _ in range(ctx.rng.randint(4, 8))]
    lines += ["", "TODO:"] + [f"- {ctx.say(a, due=ctx.later())}"
                              for a in sample(ctx.rng, ctx.domain.actions, 3)]
    text = f"{ctx.node.get('title', 'Notes')} - {ctx.when:%d/%m/%Y}\n\n" + "\n".join(lines)
    if ctx.node.get("kind") == "md":
        blocks = [para(f"{ctx.when:%d %B %Y}"), bullets([ctx.sentence() for _ in range(5)]),
                  heading("Follow-up", 2),
                  bullets([ctx.say(a, due=ctx.later())
                           for a in sample(ctx.rng, ctx.domain.actions, 3)])]
        return {"document": {"title": str(ctx.node.get("title", "Notes")), "blocks": blocks}}, (
            "Working notes with follow-ups.")
    return {"text": text}, "Working notes with follow-ups."


def todo(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A running to-do list across projects, some items ticked."""
    items = []
    for project in ctx.profile.get("current_projects") or []:
        for action in sample(ctx.rng, ctx.domain.actions, 2):
            mark = "x" if ctx.rng.random() < 0.3 else " "
            items.append(f"[{mark}] {project.get('code')}: {ctx.say(action, due=ctx.later())}")
    if ctx.node.get("kind") == "md":
        return {"document": {"title": "To do", "blocks": [bullets(items)]}}, (
            f"To-do list of {len(items)} items.")
    return {"text": "TO DO\n\n" + "\n".join(items)}, f"To-do list of {len(items)} items."


def email_draft(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """An unsent email, quoting figures from the files it refers to."""
    name, _ = ctx.rng.choice(ctx.contacts)
    facts = ctx.dep_facts
    body = [f"Dear {name.split()[0]},", "", ctx.paragraph(2)]
    if "quote_ref" in facts:
        body += ["", f"Regarding your quotation {facts['quote_ref']} ({facts.get('quote_total')}): "
                 + ctx.sentence()]
    if "best_offer" in facts and facts["best_offer"] != facts.get("counterpart"):
        body += ["", "We have received a lower offer elsewhere and would ask you to review "
                 "your pricing before we decide."]
    body += ["", "Best regards,", ctx.author, str(ctx.profile.get("role", ""))]
    subject = (f"Quotation {facts['quote_ref']}: follow-up" if "quote_ref" in facts
               else f"{ctx.project.get('name', 'Follow-up')}: next steps")
    text = f"To: {name}\nSubject: {subject}\n\n" + "\n".join(body)
    return {"text": text}, f"Draft email to {name}."


def log(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A dated call log."""
    lines = []
    day = ctx.when - timedelta(days=30)
    for _ in range(ctx.rng.randint(6, 12)):
        day += timedelta(days=ctx.rng.randint(1, 4))
        lines.append(f"{day.isoformat()} {ctx.rng.randint(8, 17):02d}:{ctx.rng.choice((0, 15, 30, 45)):02d}"
                     f"  {ctx.person()}: {ctx.sentence()}")
    return {"text": "\n".join(lines)}, f"Call log with {len(lines)} entries."


def readme(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """How the user says they organise their files (not always how they do)."""
    codes = [str(p.get("code")) for p in ctx.profile.get("current_projects") or []]
    blocks = [para("Where things live, so I can find them again."),
              bullets([f"Projects: one folder per project ({', '.join(codes)})",
                       "Admin: expenses, timesheets, HR paperwork by year",
                       "Archive: previous years, read-only",
                       "Shared team documents are in the cloud folder"]),
              heading("Naming", 2), para("Dates in file names, versions at the end, FINAL when sent.")]
    return {"document": {"title": "README", "blocks": blocks}}, "Notes on how files are organised."


GENERATORS = {"notes": notes, "todo": todo, "email_draft": email_draft, "log": log,
              "readme": readme}
