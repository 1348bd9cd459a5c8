"""Offline content for the files people keep besides office documents: screenshots and photos
(png), saved e-mails (eml), zip archives of old work, and a script or JSON file for technical
jobs. Each shows the user's own work (its project, counterpart, colleagues, budget lines) in the
user's working language: the phrasebook's words and sentences, and extras_words for the few
labels only these files need.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date, timedelta
from typing import Any

from synthcomp.models.offline.people import short_item
from synthcomp.models.offline.vocab import LineItem
from synthcomp.models.offline.world.content.context import Ctx
from synthcomp.models.offline.world.extras_words import choices, say
from synthcomp.models.offline.world.naming import clean_title

_SCREENS = ("spreadsheet", "document", "chat", "dashboard", "email")
_PHOTOS = ("whiteboard", "site", "product", "receipt")
_CONTACT_TITLES = ("Account Manager", "Sales Director", "Project Lead", "Contracts Officer")
# Where a counterpart's mail is hosted, by language (a French supplier is at .fr).
_TLD = {"fr": "fr", "es": "es", "pt": "com.br", "de": "de", "zh": "com.cn", "ja": "co.jp"}
_Row = tuple[LineItem, int, float]


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", ascii_text.lower())[:20]


def _address(ctx: Ctx, name: str, organisation: str) -> str:
    """A plausible address at the counterpart; a name in Chinese or Japanese script (no Latin
    letters to spell it with) gets the company's contact mailbox."""
    parts = [_slug(p) for p in name.split()[:2]]
    local = ".".join(p for p in parts if p) or "contact"
    domain = _slug(organisation) or f"partner{sum(map(ord, organisation)) % 1000}"
    return f"{local}@{domain}.{_TLD.get(ctx.book.code, 'com')}"


def _w(ctx: Ctx, key: str, **values: Any) -> str:
    """An extras label in the user's language."""
    return say(ctx.book.code, key, **values)


def _items(ctx: Ctx, count: int) -> list[_Row]:
    """(budget line, quantity, unit price) rows from the project's budget lines."""
    items = list(ctx.lines)
    ctx.rng.shuffle(items)
    return [(item, ctx.rng.randint(1, 40), ctx.price(item)) for item in items[:count]]


def _num(ctx: Ctx, value: float) -> str:
    return ctx.book.number(value, 2)


def _day_month(ctx: Ctx, when: date) -> str:
    """'15 March', '15 mars', '15. März', '3月15日'."""
    return _w(ctx, "day_month", day=when.day, month=ctx.book.months[when.month - 1],
              month_num=when.month)


def _first(name: str) -> str:
    return name.split()[0] if name.split() else name


def _opening(ctx: Ctx, text: str) -> str:
    """A line that opens a paragraph: capitalised, except after a German greeting's comma."""
    return text if ctx.book.code == "de" else text[:1].upper() + text[1:]


def _greeting(ctx: Ctx, name: str) -> str:
    return ctx.word("dear").replace("{name}", name)


def _label(ctx: Ctx, key: str, value: str) -> str:
    """'From: Anna' / '发件人：王芳'."""
    return f"{ctx.word(key)}{ctx.book.colon}{value}"


def _percent(ctx: Ctx, value: float) -> str:
    return f"{value:g}\u00a0%" if ctx.book.code in ("fr", "de", "es") else f"{value:g}%"


def _screen_lines(ctx: Ctx, shows: str) -> tuple[str, list[str]]:
    """(window title, visible lines) of a screen showing the user's current work."""
    project, code = str(ctx.project.get("name", "")), str(ctx.project.get("code", "General"))
    counterpart = str(ctx.project.get("counterpart", ""))
    due = _day_month(ctx, ctx.later())
    if shows == "spreadsheet":
        rows = _items(ctx, ctx.rng.randint(5, 9))
        lines = [" | ".join(ctx.word(k) for k in ("item", "quantity", "unit_price", "total"))]
        lines += [f"{short_item(item.name)} | {qty} | {_num(ctx, price)} | {_num(ctx, qty * price)}"
                  for item, qty, price in rows]
        lines.append(f"{ctx.word('total')} | | | {_num(ctx, sum(q * p for _, q, p in rows))}")
        title = ctx.book.fill(ctx.word("title_budget"), ctx.rng, {"code": code,
                                                                  "year": ctx.when.year})
        return f"{title}.xlsx - Excel", lines
    if shows == "chat":
        me, other = _first(ctx.author), ctx.person()
        item = ctx.item_name(_items(ctx, 1)[0][0])
        ask = _w(ctx, "chat_ask", counterpart=counterpart, item=item, project=project)
        lines = [f"{other}: {ask}", f"{me}: {_w(ctx, 'chat_not_yet')}",
                 f"{other}: {_w(ctx, 'chat_need', due=due)}", f"{me}: {_w(ctx, 'chat_ok')}"]
        if ctx.book.code == "en" and ctx.domain.metrics:
            metric = ctx.rng.choice(ctx.domain.metrics)
            name, value = metric.name.lower(), f"{ctx.metric_value(metric):g} {metric.unit}"
        else:  # indicator names are written in English only: the work's progress instead
            name = ctx.word("percent_done")
            value = _percent(ctx, ctx.rng.randint(35, 90))
        lines += [f"{other}: {_w(ctx, 'chat_figure', metric=name)}",
                  f"{me}: {_w(ctx, 'chat_value', value=value.strip())}"]
        return f"{project} - Teams", lines
    if shows == "dashboard":
        milestone, when = ctx.milestone
        budget = float(ctx.project.get("budget") or 0.0) or sum(
            q * p for _, q, p in _items(ctx, 6))
        lines = [f"{ctx.word('overall_status')}: {ctx.word(ctx.rng.choice(('green', 'amber')))}",
                 f"{ctx.word('planned_budget')}: {ctx.money(budget)}",
                 f"{ctx.word('percent_done')}: {_percent(ctx, ctx.rng.randint(30, 85))}",
                 f"{ctx.word('next_milestone')}: {_day_month(ctx, when)}",
                 f"{ctx.word('open_tasks')}: {ctx.rng.randint(4, 30)}", milestone]
        if ctx.book.code == "en":
            lines += [f"{m.name}: {ctx.metric_value(m):g} {m.unit}".rstrip()
                      for m in list(ctx.domain.metrics)[:6]]
        title = ctx.book.fill(ctx.word("title_kpi"), ctx.rng, {"code": code})
        return f"{title} - Power BI", lines
    if shows == "email":
        name, _ = ctx.rng.choice(ctx.contacts)
        subject = f"{_w(ctx, 're')}: {project}"
        return f"{subject} - Outlook", [
            _label(ctx, "from", f"{name} <{_address(ctx, name, counterpart)}>"),
            _label(ctx, "to", ctx.author), _label(ctx, "subject", subject), "",
            _greeting(ctx, _first(ctx.author)),
            _opening(ctx, _w(ctx, "mail_confirm", project=project, due=due)),
            *ctx.lines_of("email.body", 1, topic=project), "", ctx.word("best_regards"), name,
            counterpart]
    title = ctx.book.fill(ctx.word("title_notes"), ctx.rng, {"code": code})
    lines = [project, str(ctx.project.get("description", ""))[:120], "",
             f"{ctx.word('h_next_steps')}{ctx.book.colon.rstrip()}"]
    lines += [f"- {short_item(i.name)}: {ctx.person()}, {_day_month(ctx, ctx.later())}"
              for i in list(ctx.lines)[:4]]
    return f"{title}.docx - Word", lines


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
    said = f"{ctx.node.get('purpose', '')} {ctx.node.get('title', '')}".lower()
    shows = next((s for s in _PHOTOS if s in said), ctx.rng.choice(_PHOTOS))
    project = str(ctx.project.get("name", ""))
    if shows == "whiteboard":
        lines = [project, ""] + [f"{n}. {short_item(i.name)} - {_first(ctx.person())}"
                                 for n, i in enumerate(list(ctx.lines)[:5], 1)]
        lines.append(_w(ctx, "deadline", date=ctx.later().strftime(_w(ctx, "board_date"))))
    elif shows == "receipt":
        rows = _items(ctx, 4)
        lines = [str(ctx.project.get("counterpart", "")), ctx.book.short_date(ctx.when), ""]
        lines += [f"{short_item(item.name)[:22]:<22} {_num(ctx, qty * price):>10}"
                  for item, qty, price in rows]
        lines.append(f"{_w(ctx, 'receipt_total'):<22} "
                     f"{_num(ctx, sum(q * p for _, q, p in rows)):>10} {ctx.currency}")
    else:
        lines = []
    image = {"kind": "photo", "shows": shows, "lines": lines, "width": 1024, "height": 768,
             "title": f"{project} {ctx.book.short_date(ctx.when)}"}
    return {"image": image}, f"Photo of a {shows} ({project})."


def _signature(ctx: Ctx, role: str, organisation: str) -> str:
    """'Account Manager, Acme' / 'Acme 客户经理': a counterpart's job title in the user's
    language, with the company."""
    if role in _CONTACT_TITLES:
        role = choices(ctx.book.code, "contact_titles")[_CONTACT_TITLES.index(role)]
    return f"{organisation} {role}" if ctx.book.code in ("zh", "ja") else f"{role}, {organisation}"


def email(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A message from the project's counterpart, saved out of the mail client."""
    counterpart = str(ctx.project.get("counterpart", "Partner"))
    name, role = ctx.rng.choice(ctx.contacts)
    project = str(ctx.project.get("name", ""))
    rows = _items(ctx, 3)
    total = sum(q * p for _, q, p in rows)
    subject = str(ctx.node.get("title") or f"{_w(ctx, 're')}: {project}")
    said = ctx.lines_of("email.body", 2, topic=project)
    body = [_greeting(ctx, _first(ctx.author)), "", *said[:1],
            _opening(ctx, _w(ctx, "mail_intro", project=project))]
    body += [_w(ctx, "mail_row", item=short_item(item.name), qty=qty, price=ctx.money(price))
             for item, qty, price in rows]
    body += ["", _w(ctx, "mail_total", total=ctx.money(total), date=ctx.day(ctx.later())),
             *said[1:], "", ctx.word("best_regards"), name, _signature(ctx, role, counterpart)]
    headers = [f"From: {name} <{_address(ctx, name, counterpart)}>",
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
    item = short_item(ctx.rng.choice(ctx.lines).name)
    rows = _items(ctx, 5)
    sep = ";" if ctx.book.decimal == "," else ","  # Excel's csv where ',' is the decimal mark

    def number(value: float) -> str:
        return f"{value:.2f}".replace(".", ctx.book.decimal)

    budget = sep.join(ctx.word(k) for k in ("item", "quantity", "unit_price", "total")) + "\n"
    budget += "".join(sep.join((short_item(row.name), str(qty), number(price),
                                number(qty * price))) + "\n" for row, qty, price in rows)
    colon, spend = ctx.book.colon, ctx.money(sum(q * p for _, q, p in rows))
    minutes = "\n".join([f"{item} {year} - {_w(ctx, 'closing_meeting')}",
                         f"{ctx.word('date')}{colon}{ctx.book.short_date(ctx.when)}",
                         f"{_w(ctx, 'present')}{colon}"
                         f"{ctx.book.list_joiner.join(p for p, _ in ctx.people[:3])}", "",
                         f"- {_w(ctx, 'closed_spend', amount=spend)}",
                         f"- {_w(ctx, 'lessons', person=ctx.person())}", ""])
    folder = clean_title(f"{item} {year}")
    month = _w(ctx, "month_year", month=ctx.book.months[ctx.when.month - 1], year=year,
               month_num=ctx.when.month)
    members = [{"name": f"{folder}/{_w(ctx, 'budget_final')}.csv", "text": budget},
               {"name": f"{folder}/{_w(ctx, 'closing_meeting')}.txt", "text": minutes},
               {"name": f"{folder}/{clean_title(ctx.word('title_readme'))}.txt",
                "text": _w(ctx, "readme_text", item=item, year=year, month=month) + "\n"}]
    return {"archive": members}, f"Zip of the closed {item} project of {year}."


def script(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A short Python script that totals a data export, as a technical user writes one: its
    docstring and comment in the user's language, its column names the export's own."""
    code = str(ctx.project.get("code", "General"))
    metric = ctx.domain.metrics[0].name if ctx.domain.metrics else "Value"
    english = ctx.book.code == "en"
    column = metric if english else ctx.word("value")
    doc = _w(ctx, "script_doc", metric=metric.lower() if english else column, code=code)
    doc = doc.replace("\\", "/").replace('"""', "'''")
    default = f"{code.lower()}_{_w(ctx, 'export')}.csv"
    text = f'''"""{doc}"""

import csv
import sys
from collections import defaultdict

COLUMN = {column!r}
WEEK = {ctx.word("week_start")!r}


def main(path: str) -> None:
    totals: dict[str, float] = defaultdict(float)
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            try:
                totals[row.get(WEEK, "?")] += float(row.get(COLUMN) or 0)
            except ValueError:
                continue  # {_w(ctx, "script_blank")}
    for week, total in sorted(totals.items()):
        print(f"{{week}}\\t{{total:,.1f}}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else {default!r})
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
