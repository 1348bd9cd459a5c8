"""Offline content for the files people keep besides office documents: screenshots and photos
(png), saved e-mails (eml), zip archives of old work, and a script or JSON file for technical
jobs. Each shows the user's own work: its project, counterpart, colleagues, line items, metrics.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta
from typing import Any

from synthcomp.models.offline.people import short_item
from synthcomp.models.offline.world.content.context import Ctx

_SCREENS = ("spreadsheet", "document", "chat", "dashboard", "email")
_PHOTOS = ("whiteboard", "site", "product", "receipt")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())[:20] or "partner"


def _address(name: str, organisation: str) -> str:
    parts = [_slug(p) for p in name.split()[:2]]
    return f"{'.'.join(p for p in parts if p) or 'contact'}@{_slug(organisation)}.com"


def _items(ctx: Ctx, count: int) -> list[tuple[str, int, float]]:
    """(item, quantity, unit price) rows from the trade's line items."""
    items = list(ctx.domain.line_items)
    ctx.rng.shuffle(items)
    return [(short_item(item.name), ctx.rng.randint(1, 40), ctx.price(item))
            for item in items[:count]]


def _screen_lines(ctx: Ctx, shows: str) -> tuple[str, list[str]]:
    """(window title, visible lines) of a screen showing the user's current work."""
    project, code = str(ctx.project.get("name", "")), str(ctx.project.get("code", "General"))
    counterpart = str(ctx.project.get("counterpart", "the supplier"))
    due = ctx.later().strftime("%d %b")
    if shows == "spreadsheet":
        rows = _items(ctx, ctx.rng.randint(5, 9))
        lines = ["Item | Qty | Unit price | Total"]
        lines += [f"{name} | {qty} | {price:,.2f} | {qty * price:,.2f}" for name, qty, price in rows]
        lines.append(f"Total | | | {sum(q * p for _, q, p in rows):,.2f}")
        return f"{code} budget.xlsx - Excel", lines
    if shows == "chat":
        me, other = ctx.author.split()[0], ctx.person()
        item = _items(ctx, 1)[0][0] if ctx.domain.line_items else "delivery"
        metric = ctx.rng.choice(ctx.domain.metrics) if ctx.domain.metrics else None
        lines = [f"{other}: did {counterpart} confirm the {item.lower()} for {project}?",
                 f"{me}: not yet, I'm chasing them today",
                 f"{other}: we need it before {due}, the steering group asks",
                 f"{me}: ok, I'll update the tracker once they reply"]
        if metric is not None:
            lines.append(f"{other}: and the {metric.name.lower()} figure for the report?")
            lines.append(f"{me}: {ctx.metric_value(metric):g} {metric.unit} this week")
        return f"{project} - chat", lines
    if shows == "dashboard":
        metrics = list(ctx.domain.metrics)[:6]
        lines = [f"{m.name}: {ctx.metric_value(m):g} {m.unit}".rstrip() for m in metrics]
        return f"{code} dashboard", lines or [f"{project}: on track"]
    if shows == "email":
        name, _ = ctx.rng.choice(ctx.contacts)
        return f"RE: {project} - Mail", [
            f"From: {name} <{_address(name, counterpart)}>", f"To: {ctx.author}",
            f"Subject: RE: {project}", "", f"Hello {ctx.author.split()[0]},",
            f"we can confirm the next delivery for {project} by {due}.",
            "The updated figures are attached.", "", "Kind regards,", name, counterpart]
    lines = [project, str(ctx.project.get("description", ""))[:120], "",
             "Next steps (owner, due):"]
    lines += [f"- {short_item(i.name)}: {ctx.person()}, {ctx.later().strftime('%d %b')}"
              for i in list(ctx.domain.line_items)[:4]]
    return f"{code} notes.docx - Word", lines


def screenshot(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A screenshot of one of the user's windows: a sheet, a document, a chat, a dashboard."""
    shows = ctx.rng.choice(_SCREENS)
    title, lines = _screen_lines(ctx, shows)
    image = {"kind": "screenshot", "shows": shows, "title": title, "lines": lines,
             "width": 1440 if ctx.rng.random() < 0.5 else 1280, "height": 900 if shows != "chat"
             else 800}
    return {"image": image}, f"Screenshot of {title}."


def photo(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A phone photo: a whiteboard from a meeting, the site, a product, a receipt."""
    said = str(ctx.node.get("title", "")).lower()
    shows = next((s for s in _PHOTOS if s in said), ctx.rng.choice(_PHOTOS))
    project = str(ctx.project.get("name", ""))
    if shows == "whiteboard":
        lines = [project, ""] + [f"{n}. {short_item(i.name)} - {ctx.person().split()[0]}"
                                 for n, i in enumerate(list(ctx.domain.line_items)[:5], 1)]
        lines.append(f"Deadline {ctx.later().strftime('%d/%m')}")
    elif shows == "receipt":
        rows = _items(ctx, 4)
        lines = [str(ctx.project.get("counterpart", "Shop")), ctx.when.isoformat(), ""]
        lines += [f"{name[:22]:<22} {qty * price:>10,.2f}" for name, qty, price in rows]
        lines.append(f"{'TOTAL':<22} {sum(q * p for _, q, p in rows):>10,.2f} {ctx.currency}")
    else:
        lines = []
    image = {"kind": "photo", "shows": shows, "title": f"{project} {ctx.when:%d.%m.%Y}",
             "lines": lines, "width": 1024, "height": 768}
    return {"image": image}, f"Photo of a {shows} ({project})."


def email(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A message from the project's counterpart, saved out of the mail client."""
    counterpart = str(ctx.project.get("counterpart", "Partner"))
    name, role = ctx.rng.choice(ctx.contacts)
    project = str(ctx.project.get("name", ""))
    rows = _items(ctx, 3)
    total = sum(q * p for _, q, p in rows)
    subject = str(ctx.node.get("title") or f"RE: {project}")
    body = [f"Dear {ctx.author.split()[0]},", "",
            f"Following our call about {project}, here is where we stand:"]
    body += [f"- {item}: {qty} units at {ctx.money(price)}" for item, qty, price in rows]
    body += ["", f"That is {ctx.money(total)} in all. We can deliver by "
             f"{ctx.later().strftime('%d %B %Y')} if you confirm this week.", "",
             "Best regards,", name, f"{role}, {counterpart}"]
    headers = [f"From: {name} <{_address(name, counterpart)}>",
               f"To: {ctx.author} <{ctx.profile.get('email', 'me@example.com')}>",
               f"Cc: {ctx.person()}", f"Subject: {subject}"]
    ctx.facts["email_total"] = ctx.money(total)
    return {"text": "\n".join(headers) + "\n\n" + "\n".join(body)}, (
        f"E-mail from {name} ({counterpart}) about {project}: {ctx.money(total)}.")


def archive(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A zip of old work: the files it depends on, else a small finished project's files."""
    deps = [str(d.get("path")) for d in ctx.inputs.get("dependencies") or [] if d.get("path")]
    stem = str(ctx.node.get("title", "archive"))
    if deps:
        members = [{"name": f"{stem}/{path.rsplit('/', 1)[-1]}", "source": path} for path in deps]
        return {"archive": members}, f"Zip of {len(deps)} files: {stem}."
    year = ctx.when.year
    item = short_item(ctx.rng.choice(ctx.domain.line_items).name) if ctx.domain.line_items \
        else "supplies"
    rows = _items(ctx, 5)
    budget = "Item,Qty,Unit price,Total\n" + "\n".join(
        f"{name},{qty},{price:.2f},{qty * price:.2f}" for name, qty, price in rows) + "\n"
    minutes = "\n".join([f"{item} {year} - closing meeting", f"Date: {ctx.when.isoformat()}",
                         f"Present: {', '.join(p for p, _ in ctx.people[:3])}", "",
                         f"- Project closed; final spend {ctx.money(sum(q * p for _, q, p in rows))}",
                         f"- Lessons learned to be shared with {ctx.person()}"])
    members = [{"name": f"{item} {year}/budget final.csv", "text": budget},
               {"name": f"{item} {year}/closing meeting.txt", "text": minutes},
               {"name": f"{item} {year}/README.txt",
                "text": f"{item} project {year}, closed {ctx.when:%B %Y}. Files kept for audit.\n"}]
    return {"archive": members}, f"Zip of the closed {item} project of {year}."


def script(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A short Python script that totals a data export, as a technical user writes one."""
    code = str(ctx.project.get("code", "General"))
    metric = ctx.domain.metrics[0].name if ctx.domain.metrics else "value"
    text = f'''"""Total {metric.lower()} by week from the {code} export."""

import csv
import sys
from collections import defaultdict

COLUMN = {metric!r}


def main(path: str) -> None:
    totals: dict[str, float] = defaultdict(float)
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            try:
                totals[row.get("Week", "?")] += float(row.get(COLUMN) or 0)
            except ValueError:
                continue  # a blank or "n/a" cell in the export
    for week, total in sorted(totals.items()):
        print(f"{{week}}\\t{{total:,.1f}}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "{code.lower()}_export.csv")
'''
    return {"text": text}, f"Script totalling {metric.lower()} from the {code} export."


def json_data(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A settings file, or a sample of metrics as a work system returns them."""
    code = str(ctx.project.get("code", "General"))
    if "config" in str(ctx.node.get("genre", "")):
        data: Any = {"project": code, "owner": ctx.profile.get("email", ""),
                     "currency": ctx.currency, "export_folder": f"exports/{code.lower()}",
                     "thresholds": {m.name: ctx.metric_value(m) for m in ctx.domain.metrics[:3]},
                     "notify": [p for p, _ in ctx.people[:2]]}
        return {"text": json.dumps(data, indent=2, ensure_ascii=False)}, f"Settings for {code}."
    records = []
    for week in range(6):
        day = ctx.when - timedelta(days=7 * (5 - week))
        records.append({"date": day.isoformat(), "project": code,
                        **{m.name: ctx.metric_value(m) for m in ctx.domain.metrics[:3]}})
    return {"text": json.dumps(records, indent=2, ensure_ascii=False)}, (
        f"Six weeks of {code} metrics as JSON.")


GENERATORS = {"screenshot": screenshot, "photo": photo, "email": email, "archive": archive,
              "script": script, "config": json_data, "metrics_json": json_data}
BY_KIND = {"png": screenshot, "zip": archive, "eml": email, "json": json_data, "py": script}
