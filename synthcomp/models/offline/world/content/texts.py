"""Offline plain-text and markdown files: notes, to-do lists, email drafts, call logs."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from synthcomp.models.offline.world.content.context import Ctx
from synthcomp.models.offline.world.content.documents import bullets, heading, para


def notes(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """Quick working notes, as typed during a call."""
    title = str(ctx.node.get("title", ctx.word("notes")))
    points = ctx.lines_of("notes.line", ctx.rng.randint(4, 7))
    todo = [ctx.say("todo.item") for _ in range(3)]
    summary = f"{title}: {len(points)}."
    if ctx.node.get("kind") == "md":
        blocks = [para(" - ".join(p for p in (ctx.project_label, ctx.book.short_date(ctx.when))
                                  if p)), bullets(points),
                  heading(ctx.word("h_follow_up"), 2), bullets(todo)]
        return {"document": {"title": title, "blocks": blocks}}, summary
    lines = [f"- {p}" for p in points] + ["", f"{ctx.word('todo_heading')}:"]
    lines += [f"- {t}" for t in todo]
    return {"text": f"{title} - {ctx.book.short_date(ctx.when)}\n\n" + "\n".join(lines)}, summary


def todo(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A running to-do list across projects, some items ticked."""
    items = []
    for project in ctx.profile.get("current_projects") or []:
        for _ in range(2):
            mark = "x" if ctx.rng.random() < 0.3 else " "
            items.append(f"[{mark}] {project.get('code')}: "
                         f"{ctx.say('todo.item', project=project.get('name', ''))}")
    if ctx.node.get("kind") == "md":
        return {"document": {"title": ctx.word("todo_heading"), "blocks": [bullets(items)]}}, (
            f"{ctx.word('todo_heading')}: {len(items)}.")
    return {"text": f"{ctx.word('todo_heading')}\n\n" + "\n".join(items)}, (
        f"{ctx.word('todo_heading')}: {len(items)}.")


def email_draft(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """An unsent email, quoting figures from the files it refers to."""
    name, _ = ctx.rng.choice(ctx.contacts)
    facts = ctx.dep_facts
    body = [ctx.word("dear").replace("{name}", name), "",
            ctx.book.join(ctx.lines_of("email.body", 3))]
    if "quote_ref" in facts:
        body += ["", f"{ctx.word('quotation')} {facts['quote_ref']} ({facts.get('quote_total')})"]
    body += ["", ctx.word("best_regards"), ctx.author, str(ctx.profile.get("role", ""))]
    subject = (f"{ctx.word('quotation')} {facts['quote_ref']}" if "quote_ref" in facts
               else f"{ctx.project.get('name', '')} - {ctx.word('h_next_steps')}")
    text = f"{ctx.word('to')}: {name}\n{ctx.word('subject')}: {subject}\n\n" + "\n".join(body)
    return {"text": text}, f"{ctx.word('to')}: {name}. {subject}"


def log(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A dated call log."""
    lines = []
    day = ctx.when - timedelta(days=30)
    for _ in range(ctx.rng.randint(6, 12)):
        day += timedelta(days=ctx.rng.randint(1, 4))
        lines.append(f"{day.isoformat()} {ctx.rng.randint(8, 17):02d}:"
                     f"{ctx.rng.choice((0, 15, 30, 45)):02d}  {ctx.say('log.entry')}")
    return {"text": "\n".join(lines)}, f"{ctx.word('sheet_log')}: {len(lines)}."


def readme(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """How the user says they organise their files (not always how they do)."""
    w = ctx.word
    codes = [str(p.get("code")) for p in ctx.profile.get("current_projects") or []]
    blocks = [para(w("readme_intro")),
              bullets([f"{w('folder_projects')}: {', '.join(codes)}",
                       f"{w('folder_admin')}: {w('folder_expenses')}, {w('folder_timesheets')}, "
                       f"{w('folder_hr')}",
                       f"{w('folder_archive')}: {ctx.today.year - 1}",
                       f"{w('folder_team')}: {w('folder_policies')}, {w('folder_templates')}"]),
              heading(w("h_naming"), 2), para(ctx.say("policy.rule"))]
    return {"document": {"title": "README", "blocks": blocks}}, "README."


GENERATORS = {"notes": notes, "todo": todo, "email_draft": email_draft, "log": log,
              "readme": readme}
