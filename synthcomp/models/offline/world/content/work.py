"""Offline files of particular kinds of work: a case's submissions, a class's grade book.

Documents are laid out section by section from a spec (heading, phrasebook section, how many
sentences, how shown), so each section only holds sentences written for it; spreadsheets are
logs, rosters and orders with working formulas.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from synthcomp.models.offline.people import sample, short_item
from synthcomp.models.offline.world.content.context import Ctx
from synthcomp.models.offline.world.content.documents import (
    Blocks,
    bullets,
    doc,
    heading,
    para,
    table,
    title_of,
)
from synthcomp.models.offline.world.content.sheets import MONEY, quoted, sheet, tracker

# genre -> sections: (heading key, phrasebook section, sentences, "para"|"bullets"|"numbered").
Section = tuple[str, str, int, str]
DOCUMENTS: dict[str, tuple[Section, ...]] = {
    "submissions": (("h_facts", "case.facts", 4, "para"), ("h_claims", "case.argument", 2, "numbered"),
                    ("h_arguments", "case.argument", 3, "para"),
                    ("h_for_these_reasons", "case.argument", 2, "numbered")),
    "hearing": (("h_questions", "case.argument", 4, "numbered"), ("h_facts", "case.facts", 3, "bullets"),
                ("h_next_steps", "action", 3, "bullets")),
    "self_assessment": (("h_standard", "inspection.finding", 2, "para"),
                        ("h_evidence", "inspection.finding", 3, "bullets"),
                        ("h_gaps", "inspection.finding", 2, "bullets"),
                        ("h_next_steps", "action", 3, "numbered")),
    "mock_report": (("h_summary", "report.summary", 2, "para"),
                    ("h_findings", "inspection.finding", 4, "numbered"),
                    ("h_risks", "report.risk", 2, "bullets"), ("h_actions", "action", 4, "numbered")),
    "launch_plan": (("h_background", "brief.background", 2, "para"),
                    ("h_steps", "launch.step", 5, "numbered"),
                    ("h_risks", "report.risk", 3, "bullets"), ("h_next_steps", "action", 3, "bullets")),
    "announcement": (("h_summary", "brief.background", 2, "para"), ("h_steps", "launch.step", 3, "bullets"),
                     ("h_contacts", "email.body", 2, "para")),
    "lesson_plan": (("h_aims", "brief.objective", 2, "bullets"),
                    ("h_activities", "teaching.activity", 4, "numbered"),
                    ("h_assessment", "teaching.activity", 1, "para")),
    "handout": (("h_summary", "teaching.activity", 2, "para"), ("h_steps", "training.point", 4, "bullets"),
                ("h_follow_up", "teaching.activity", 1, "para")),
    "protocol": (("h_purpose", "policy.purpose", 2, "para"), ("h_steps", "policy.rule", 5, "numbered"),
                 ("h_treatment", "care.note", 2, "para"), ("h_contacts", "action", 2, "bullets")),
    "intake": (("h_observations", "care.note", 3, "para"), ("h_treatment", "care.note", 2, "bullets")),
    "grant": (("h_aims", "research.aim", 3, "para"), ("h_method", "research.aim", 2, "para"),
              ("h_risks", "report.risk", 2, "bullets"), ("h_next_steps", "action", 2, "bullets")),
    "literature": (("h_findings", "research.aim", 3, "bullets"),
                   ("h_follow_up", "notes.line", 3, "bullets")),
    "manuscript": (("h_background", "research.aim", 3, "para"), ("h_method", "research.aim", 2, "para"),
                   ("h_results", "report.indicators", 2, "para"),
                   ("h_conclusion", "research.aim", 1, "para")),
}


def sections_doc(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A document of the node's genre, written section by section."""
    blocks: Blocks = []
    for heading_key, section, count, shown in DOCUMENTS[str(ctx.node.get("genre"))]:
        lines = [ctx.action()[0] for _ in range(count)] if section == "action" \
            else ctx.lines_of(section, count)
        blocks.append(heading(ctx.word(heading_key)))
        blocks.append(para(ctx.book.join(lines)) if shown == "para"
                      else bullets(lines, numbered=shown == "numbered"))
    milestone, due = ctx.milestone
    blocks.append(table([[ctx.word("next_milestone"), ctx.word("due")], [milestone, ctx.day(due)]]))
    return doc(ctx, title_of(ctx), blocks), f"{title_of(ctx)}: {ctx.work}."


def chronology(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """Dated events of a case, oldest first."""
    rows = [[ctx.word("date"), ctx.word("event")]]
    day = ctx.when - timedelta(days=ctx.rng.randint(120, 400))
    for line in ctx.lines_of("case.facts", ctx.rng.randint(6, 9)):
        day += timedelta(days=ctx.rng.randint(7, 45))
        rows.append([ctx.day(min(day, ctx.when)), line])
    blocks: Blocks = [para(ctx.book.join(ctx.lines_of("case.facts", 2))),
                      heading(ctx.word("h_chronology")), table(rows)]
    return doc(ctx, title_of(ctx), blocks), f"{title_of(ctx)}: {len(rows) - 1}."


def exhibits(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A numbered list of the documents a case relies on."""
    kinds = ("genre_letter", "genre_contract", "genre_invoice", "genre_minutes", "genre_report",
             "genre_memo")
    rows = [[ctx.word("exhibit_no"), ctx.word("description"), ctx.word("date")]]
    for n in range(1, ctx.rng.randint(8, 14)):
        item = ctx.item_name(ctx.rng.choice(ctx.lines))
        rows.append([str(n), f"{ctx.word(ctx.rng.choice(kinds)).capitalize()} - {item}",
                     ctx.book.short_date(ctx.when - timedelta(days=ctx.rng.randint(20, 500)))])
    blocks: Blocks = [para(ctx.say("case.argument")), table(rows)]
    ctx.facts["exhibit_count"] = str(len(rows) - 1)
    return doc(ctx, title_of(ctx), blocks), f"{title_of(ctx)}: {len(rows) - 1}."


def fee_note(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """The user's own note of fees: time spent by date, at an hourly rate."""
    rate = round(ctx.rng.uniform(120, 320) / max(ctx.fx, 1e-6), 0)
    rows = [[ctx.word("date"), ctx.word("description"), ctx.word("hours"), ctx.word("amount")]]
    total = 0.0
    day = ctx.when - timedelta(days=40)
    for line in ctx.lines_of("log.entry", ctx.rng.randint(5, 9)):
        day += timedelta(days=ctx.rng.randint(1, 5))
        hours = ctx.rng.choice((0.5, 1.0, 1.5, 2.0, 3.0))
        total += hours * rate
        rows.append([ctx.book.short_date(day), line, ctx.book.number(hours, 1),
                     ctx.book.number(hours * rate, 2)])
    rows.append([ctx.word("total"), "", "", ctx.book.number(total, 2)])
    blocks: Blocks = [para(f"{ctx.project.get('counterpart', '')} - {ctx.project.get('name', '')}"),
                      table(rows), para(f"{ctx.word('total')}: {ctx.money(total)}")]
    ctx.facts["fees_total"] = ctx.money(total)
    return doc(ctx, title_of(ctx), blocks), f"{title_of(ctx)}: {ctx.money(total)}."


def log_sheet(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A dated log (evidence, cases seen): one line per entry, its owner and state."""
    w = ctx.word
    section = {"case_log": "care.note"}.get(str(ctx.node.get("genre")), "inspection.finding")
    rows: list[list[Any]] = [[w("date"), w("entry"), w("owner"), w("status")]]
    day = ctx.when - timedelta(days=60)
    for line in ctx.lines_of(section, ctx.rng.randint(10, 16)):
        day += timedelta(days=ctx.rng.randint(1, 5))
        rows.append([day.isoformat(), line, ctx.person(),
                     w(ctx.rng.choice(("open", "closed", "closed")))])
    last = len(rows)
    summary = [[w("measure"), w("count")],
               [w("open"), f'=COUNTIF({quoted(w("sheet_log"))}!D2:D{last},"{w("open")}")'],
               [w("total"), f"=COUNTA({quoted(w('sheet_log'))}!A2:A{last})"]]
    opened = sum(r[3] == w("open") for r in rows[1:])
    ctx.facts["open_entries"] = str(opened)
    book = [sheet(w("sheet_log"), rows, {}, {"B": 70, "C": 22}),
            sheet(w("sheet_summary"), summary, {}, {"A": 20})]
    return {"workbook": {"sheets": book}}, f"{title_of(ctx)}: {last - 1}, {w('open')} {opened}."


def schedule_sheet(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A calendar or run sheet: dates or times, what happens, who."""
    w = ctx.word
    section = "event.logistics" if ctx.node.get("genre") == "run_sheet" else "launch.step"
    rows: list[list[Any]] = [[w("date"), w("slot"), w("description"), w("owner")]]
    day = ctx.when
    for line in ctx.lines_of(section, ctx.rng.randint(8, 12)):
        day += timedelta(days=ctx.rng.randint(1, 4))
        rows.append([day.isoformat(), f"{ctx.rng.randint(8, 17):02d}:00", line, ctx.person()])
    return {"workbook": {"sheets": [sheet(w("sheet_plan"), rows, {}, {"C": 70})]}}, (
        f"{title_of(ctx)}: {len(rows) - 1}.")


def roster(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A grade book (marks per assignment, averaged) or an attendance sheet (1 = present)."""
    w = ctx.word
    grades = ctx.node.get("genre") == "gradebook"
    students = [ctx.fake.name() for _ in range(ctx.rng.randint(12, 22))]
    columns = ctx.rng.randint(4, 6) if grades else ctx.rng.randint(6, 10)
    labels = [f"{w('grade') if grades else w('week')} {i + 1}" for i in range(columns)]
    rows: list[list[Any]] = [[w("student"), *labels, w("average") if grades else w("total")]]
    end = chr(ord("A") + columns)
    for r, student in enumerate(students, start=2):
        marks = [ctx.rng.randint(45, 98) if grades else int(ctx.rng.random() < 0.88)
                 for _ in range(columns)]
        formula = f"=AVERAGE(B{r}:{end}{r})" if grades else f"=SUM(B{r}:{end}{r})"
        rows.append([student, *marks, formula])
    last = len(rows)
    total_col = chr(ord(end) + 1)
    rows.append([w("average"), *[f"=AVERAGE({chr(66 + c)}2:{chr(66 + c)}{last})"
                                 for c in range(columns + 1)]])
    ctx.facts["students"] = str(len(students))
    return {"workbook": {"sheets": [sheet(w("sheet_data"), rows, {total_col: "0.0"},
                                          {"A": 28})]}}, (
        f"{title_of(ctx)}: {len(students)} {w('student').lower()}.")


def order(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A supplies order: what, how many, at what price, the total."""
    w = ctx.word
    rows: list[list[Any]] = [[w("item"), w("unit"), w("quantity"), w("unit_price"), w("amount"),
                              w("status")]]
    for r, item in enumerate(sample(ctx.rng, ctx.lines, ctx.rng.randint(5, 9)), start=2):
        rows.append([short_item(item.name), item.unit, ctx.rng.randint(1, 30), ctx.price(item),
                     f"=C{r}*D{r}", w(ctx.rng.choice(("requested", "ordered", "received")))])
    last = len(rows)
    rows.append([w("total"), "", "", "", f"=SUM(E2:E{last})", ""])
    total = sum(r[2] * r[3] for r in rows[1:last])
    ctx.facts["order_total"] = ctx.money(total)
    return {"workbook": {"sheets": [sheet(w("sheet_budget"), rows, {"D": MONEY, "E": MONEY},
                                          {"A": 40})]}}, f"{title_of(ctx)}: {ctx.money(total)}."


def syllabus(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A course outline: sessions by date, then how students are assessed."""
    rows = [[ctx.word("week"), ctx.word("date"), ctx.word("description")]]
    day = ctx.when
    for n, line in enumerate(ctx.lines_of("teaching.activity", ctx.rng.randint(8, 12)), start=1):
        rows.append([str(n), ctx.book.short_date(day), line])
        day += timedelta(days=7)
    blocks: Blocks = [heading(ctx.word("h_aims")), bullets(ctx.lines_of("brief.objective", 3)),
                      heading(ctx.word("h_sessions")), table(rows),
                      heading(ctx.word("h_assessment")), para(ctx.say("teaching.activity"))]
    return doc(ctx, title_of(ctx), blocks), f"{title_of(ctx)}: {len(rows) - 1}."


GENERATORS = {
    **dict.fromkeys(DOCUMENTS, sections_doc), "chronology": chronology, "exhibits": exhibits,
    "fee_note": fee_note, "evidence_log": log_sheet, "case_log": log_sheet,
    "action_plan": tracker, "checklist": tracker, "calendar": schedule_sheet,
    "run_sheet": schedule_sheet, "gradebook": roster, "attendance": roster,
    "supplies_order": order, "syllabus": syllabus,
}

