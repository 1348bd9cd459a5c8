"""Offline documents (docx, pdf, md): reports, minutes, briefs, memos, letters, quotes, contracts.

Every sentence comes from the phrasebook section written for its place (a report's summary, a
minute's decision), filled with this project's facts, in the user's language. Documents built
on other files quote those files' facts verbatim (the budget total, the next milestone, the
cheapest offer), which is what makes a computer's files agree with each other.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from synthcomp.models.offline.people import sample
from synthcomp.models.offline.world.content.context import Ctx, metric_text
from synthcomp.models.offline.world.taxes import tax_for

Blocks = list[dict[str, Any]]


def heading(text: str, level: int = 1) -> dict[str, Any]:
    """A heading block."""
    return {"type": "heading", "text": text, "level": level}


def para(text: str) -> dict[str, Any]:
    """A paragraph block."""
    return {"type": "paragraph", "text": text}


def bullets(items: list[str], numbered: bool = False) -> dict[str, Any]:
    """A bulleted or numbered list block."""
    return {"type": "numbered" if numbered else "bullets", "items": items}


def table(rows: list[list[str]]) -> dict[str, Any]:
    """A table block; the first row is the header."""
    return {"type": "table", "rows": [[str(cell) for cell in row] for row in rows]}


def doc(ctx: Ctx, title: str, blocks: Blocks, subtitle: str | None = None) -> dict[str, Any]:
    """A DocumentSpec as a dict: the project's name under the title, then who and when."""
    # The short date people type in a byline (a long one reads as a sentence repeated in every
    # file of the drive); the project's name on a line of its own, as a header says it.
    byline = f"{ctx.author} - {ctx.book.short_date(ctx.when)}"
    if subtitle is None and ctx.project_label:
        return {"document": {"title": title, "subtitle": ctx.project_label,
                             "blocks": [para(byline), *blocks]}}
    return {"document": {"title": title, "subtitle": subtitle if subtitle is not None else byline,
                         "blocks": blocks}}


def title_of(ctx: Ctx) -> str:
    """The node's title, or the project's name and the document's type."""
    return str(ctx.node.get("title") or f"{ctx.project.get('name', '')} - {ctx.topic}")


def actions(ctx: Ctx, count: int = 4) -> list[str]:
    """Action items with owners and due dates."""
    return [ctx.action()[0] for _ in range(count)]


_FACT_LABELS = (
    ("total_budget", "planned_budget"), ("envelope", "envelope"), ("headroom", "headroom"),
    ("largest_line", "largest_line"), ("largest_line_amount", "largest_line_amount"),
    ("metric", "lead_indicator"), ("latest_value", "latest_value"), ("target", "target"),
    ("next_milestone", "next_milestone"), ("next_milestone_date", "due"),
    ("tasks_open", "open_tasks"), ("best_offer", "best_offer"),
    ("best_offer_total", "best_offer_total"), ("quote_total", "quote_total"),
    ("contract_value", "contract_value"), ("top_risk", "top_risk"),
)


def facts_table(ctx: Ctx) -> list[list[str]]:
    """The dependencies' key figures as a two-column table (header only when there are none)."""
    rows = [[ctx.word("item"), ctx.word("value")]]
    rows += [[ctx.word(label), ctx.dep_facts[key]] for key, label in _FACT_LABELS
             if key in ctx.dep_facts]
    return rows


def status_word(ctx: Ctx) -> str:
    """The status a source gave, or a seeded one."""
    return ctx.dep_facts.get("overall_status") or ctx.word(
        ctx.rng.choice(("green", "amber", "amber", "red")))


def report(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A status report that cites the budget, KPIs and plan it was built from."""
    facts = ctx.dep_facts
    status = status_word(ctx)
    milestone, due = facts.get("next_milestone"), facts.get("next_milestone_date")
    given = {"status": status}
    if milestone:
        given["milestone"] = milestone
        if due and len(due) == 10:
            given["due"] = ctx.day(date.fromisoformat(due))
    blocks: Blocks = [heading(ctx.word("h_summary")),
                      para(ctx.book.join([ctx.book.label(ctx.word("overall_status"), status),
                                          *ctx.lines_of("report.summary", 3, **given)]))]
    if "total_budget" in facts:
        blocks += [heading(ctx.word("h_budget")), para(ctx.book.join(ctx.lines_of(
            "report.budget", 2, amount=facts["total_budget"],
            item=ctx.in_prose(facts.get("largest_line", "")) or ctx.slots()["item"])))]
    blocks += [heading(ctx.word("h_progress")),
               para(ctx.book.join(ctx.lines_of("report.progress", 3, **given)))]
    if "metric" in facts:
        blocks += [heading(ctx.word("h_indicators")), para(ctx.say(
            "report.indicators", metric=facts["metric"].lower(),
            value=facts.get("latest_value", ""), target=facts.get("target", "")))]
    key_figures = facts_table(ctx)
    if len(key_figures) > 1:
        blocks += [heading(ctx.word("h_key_figures"), 2), table(key_figures)]
    blocks += [heading(ctx.word("h_risks")), bullets(ctx.lines_of("report.risk", 3)),
               heading(ctx.word("h_next_steps")), bullets(actions(ctx), numbered=True)]
    ctx.facts.update({"overall_status": status, **{k: v for k, v in facts.items() if k in (
        "total_budget", "envelope", "headroom", "largest_line", "largest_line_amount", "metric",
        "previous_value", "latest_value", "target", "next_milestone", "next_milestone_date",
        "tasks_open", "tasks_total")}})
    return doc(ctx, title_of(ctx), blocks), (
        f"{title_of(ctx)} ({status}). {ctx.word('planned_budget')}: "
        f"{facts.get('total_budget', '-')}; {ctx.word('next_milestone')}: {milestone or '-'}"
        + (f" ({due})." if due else "."))


def minutes(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """Meeting minutes: attendees, agenda, discussion, decisions, actions."""
    attendees = sample(ctx.rng, ctx.people, ctx.rng.randint(3, 5))
    names = [ctx.author, *[name for name, _ in attendees]]
    decision = ctx.say("minutes.decision")
    next_meeting = ctx.later(6, 14)
    owners_rows = [[ctx.word("action"), ctx.word("owner"), ctx.word("due")]]
    for _ in range(4):
        text, owner, due = ctx.action(owner=ctx.rng.choice(names))
        owners_rows.append([text, owner, ctx.book.short_date(due)])
    blocks: Blocks = [
        table([[ctx.word("date"), ctx.day(ctx.when)], [ctx.word("chair"), names[1]],
               [ctx.word("minutes_by"), ctx.author]]),
        heading(ctx.word("attendees"), 2), bullets(names),
        heading(ctx.word("h_agenda")), bullets(ctx.lines_of("minutes.agenda", 4), numbered=True),
        heading(ctx.word("h_discussion")),
        para(ctx.book.join(ctx.lines_of("minutes.discussion", 3))),
        para(ctx.book.join(ctx.lines_of("minutes.discussion", 2))),
        heading(ctx.word("h_decisions")), bullets([decision]),
        heading(ctx.word("h_actions")), table(owners_rows),
        para(f"{ctx.word('next_meeting')}: {ctx.book.weekday(next_meeting)} "
             f"{ctx.day(next_meeting)}".replace(":  ", ": ")),
    ]
    ctx.facts.update({"decision": decision, "next_meeting": next_meeting.isoformat()})
    return doc(ctx, title_of(ctx), blocks), (
        f"{title_of(ctx)}: {len(names)} {ctx.word('attendees').lower()}. {decision}")


def brief(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A project brief: background, objectives, scope, budget, stakeholders."""
    envelope = ctx.money(float(ctx.project.get("budget") or 0))
    stakeholders = [[ctx.word("name"), ctx.word("role"), ctx.word("interest")]]
    stakeholders += [[n, r, ctx.word(ctx.rng.choice(("sponsor", "approver", "contributor",
                                                      "informed")))]
                     for n, r in sample(ctx.rng, ctx.people, 4)]
    milestone, due = ctx.milestone
    blocks: Blocks = [
        heading(ctx.word("h_background")),
        para(ctx.book.join(ctx.lines_of("brief.background", 3))),
        heading(ctx.word("h_objectives")),
        bullets(ctx.lines_of("brief.objective", 3, amount=envelope)),
        heading(ctx.word("h_scope")), para(ctx.book.join(ctx.lines_of("brief.scope", 2))),
        heading(ctx.word("h_milestones")),
        table([[ctx.word("next_milestone"), ctx.word("due")], [milestone, ctx.day(due)]]),
        heading(ctx.word("h_budget")), para(f"{ctx.word('envelope')}: {envelope}."),
        heading(ctx.word("h_stakeholders")), table(stakeholders),
    ]
    ctx.facts.update({"envelope": envelope, "counterpart": str(ctx.project.get("counterpart"))})
    return doc(ctx, title_of(ctx), blocks), (
        f"{title_of(ctx)}: {ctx.project.get('counterpart')}; {ctx.word('envelope')} {envelope}.")


def memo(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A short internal memo with a recommendation, citing its inputs."""
    facts = ctx.dep_facts
    recipient = ctx.person()
    given: dict[str, str] = {}
    if "total_budget" in facts:
        given["amount"] = facts["total_budget"]
    blocks: Blocks = [
        table([[ctx.word("to"), recipient], [ctx.word("from"), ctx.author],
               [ctx.word("date"), ctx.day(ctx.when)], [ctx.word("subject"), title_of(ctx)]]),
        para(ctx.book.join(ctx.lines_of("memo.body", 3, **given))),
    ]
    key_figures = facts_table(ctx)
    if len(key_figures) > 1:
        blocks.append(table(key_figures))
    recommendation = ctx.say("memo.recommendation")
    blocks += [heading(ctx.word("h_recommendation")), para(recommendation)]
    return doc(ctx, title_of(ctx), blocks), f"{title_of(ctx)}: {recommendation}"


def requirements(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """Numbered requirements with priority and source."""
    rows = [[ctx.word("id"), ctx.word("requirement"), ctx.word("priority"), ctx.word("source")]]
    lines = ctx.lines_of("requirements.line", ctx.rng.randint(8, 11))
    for i, line in enumerate(lines):
        rows.append([f"REQ-{i + 1:03d}", line,
                     ctx.word(ctx.rng.choice(("must", "must", "should", "could"))), ctx.person()])
    blocks: Blocks = [heading(ctx.word("h_purpose")),
                      para(ctx.book.join(ctx.lines_of("requirements.purpose", 2))),
                      heading(ctx.word("h_requirements")), table(rows),
                      heading(ctx.word("h_acceptance")), bullets(actions(ctx, 3))]
    ctx.facts["requirement_count"] = str(len(rows) - 1)
    return doc(ctx, title_of(ctx), blocks), f"{title_of(ctx)}: {len(rows) - 1}."


def commercial(ctx: Ctx, kind: str) -> tuple[dict[str, Any], str]:
    """A quote or invoice from the counterpart, in its own layout: lines, local tax, total."""
    org = str(ctx.project.get("counterpart") or ctx.fake.company())
    ref = f"{'Q' if kind == 'quote' else 'INV'}-{ctx.when:%y%m}-{ctx.rng.randint(100, 999)}"
    rows = [[ctx.word("item"), ctx.word("quantity"), ctx.word("unit_price"), ctx.word("amount")]]
    subtotal = 0.0
    items = sample(ctx.rng, ctx.lines, ctx.rng.randint(3, 6))
    # A supplier's offer is a share of the project's budget, not a multiple of it.
    budget = float(ctx.project.get("budget") or 0) or 20_000.0
    share = budget * ctx.rng.uniform(0.08, 0.35) / len(items)
    for item in items:
        price = ctx.price(item)
        if price > share:  # a line this project could not afford is priced down to its share
            price = round(share / ctx.rng.randint(1, 4), 2)
        qty = max(1, min(60, round(share / max(price, 0.01) * ctx.rng.uniform(0.6, 1.0))))
        subtotal += qty * price
        rows.append([ctx.item_name(item).capitalize(), str(qty), ctx.book.number(price, 2),
                     ctx.book.number(qty * price, 2)])
    rows.append([ctx.word("subtotal"), "", "", ctx.book.number(subtotal, 2)])
    tax = tax_for(str(ctx.profile.get("country", "")))
    vat = round(subtotal * tax[1], 2) if tax else 0.0
    if tax:
        rows.append([f"{tax[0]} {tax[1] * 100:g}%", "", "", ctx.book.number(vat, 2)])
    rows.append([ctx.word("total"), "", "", ctx.book.number(subtotal + vat, 2)])
    contact = ctx.contacts[0]
    total = ctx.money(subtotal + vat)
    valid = ctx.later(25, 35)
    title = f"{ctx.word('quotation' if kind == 'quote' else 'invoice')} {ref}"
    blocks: Blocks = [
        para(f"{org} - {ctx.fake.street_address()}, {ctx.fake.city()}"),
        table([[ctx.word("to"), f"{ctx.author}, {ctx.profile.get('employer', '')}"],
               [ctx.word("reference"), ref], [ctx.word("date"), ctx.book.short_date(ctx.when)],
               [ctx.word("valid_until" if kind == "quote" else "due"),
                ctx.book.short_date(valid)]]),
        table(rows),
        para(f"{ctx.word('currency')}: {ctx.currency}. {ctx.word('contact')}: "
             f"{contact[0]}, {contact[1]}." + ("" if tax else f" {ctx.word('tax_exempt')}.")),
    ]
    key = "quote" if kind == "quote" else "invoice"
    ctx.facts.update({f"{key}_total": total, f"{key}_ref": ref, "counterpart": org,
                      "valid_until": valid.isoformat(), "issuer": org})
    return {"document": {"title": title, "subtitle": org, "blocks": blocks}}, (
        f"{title} - {org}: {total}.")


def contract(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """An agreement with the counterpart, priced from the quote it follows."""
    org = str(ctx.project.get("counterpart", ""))
    value = ctx.dep_facts.get("quote_total") or ctx.money(float(ctx.project.get("budget") or 0))
    ref = f"AGR-{ctx.when:%Y}-{ctx.rng.randint(10, 99)}"
    end = ctx.when + timedelta(days=365 * ctx.rng.randint(1, 3))
    employer = str(ctx.profile.get("employer"))
    clauses = [
        ("h_parties", f"{employer} - {org}."),
        ("h_scope", ctx.book.join(ctx.lines_of("contract.scope", 2))),
        ("h_term", f"{ctx.day(ctx.when)} - {ctx.day(end)}."),
        ("h_price", f"{ctx.word('contract_value')}: {value}"
         + (f" ({ctx.word('quotation')} {ctx.dep_facts['quote_ref']})."
            if ctx.dep_facts.get("quote_ref") else ".")),
        ("h_service", ctx.book.join(ctx.lines_of("contract.service", 2))),
    ]
    blocks: Blocks = []
    for number, (key, text) in enumerate(clauses, start=1):
        blocks += [heading(f"{number}. {ctx.word(key)}", 2), para(text)]
    blocks.append(table([[employer, org], [ctx.author, ctx.contacts[1][0]],
                         [f"{ctx.word('date')}:", f"{ctx.word('date')}:"]]))
    ctx.facts.update({"contract_value": value, "contract_ref": ref,
                      "start_date": ctx.when.isoformat(), "end_date": end.isoformat()})
    return {"document": {"title": f"{title_of(ctx)} ({ref})", "subtitle": org,
                         "blocks": blocks}}, (
        f"{ref} - {org}: {value}, {ctx.day(end)}.")


def letter(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A formal letter to a counterpart contact."""
    name, role = ctx.rng.choice(ctx.contacts)
    blocks: Blocks = [
        para(f"{ctx.profile.get('employer')}, {ctx.profile.get('city')}"),
        para(ctx.day(ctx.when)),
        para(f"{name}\n{role}\n{ctx.project.get('counterpart')}"),
        para(ctx.word("dear").replace("{name}", name)),
        para(ctx.book.join(ctx.lines_of("letter.body", 3))),
        para(ctx.book.join(ctx.lines_of("letter.body", 2))),
        para(f"{ctx.word('regards')}\n{ctx.author}\n{ctx.profile.get('role')}"),
    ]
    return doc(ctx, title_of(ctx), blocks, subtitle=""), f"{title_of(ctx)}: {name}."


def review(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A review: what went well, what did not, ratings, next steps."""
    metrics = sample(ctx.rng, ctx.domain.metrics, 4)
    rows = [[ctx.word("indicator"), ctx.word("result"), ctx.word("assessment")]]
    rows += [[m.name, metric_text(m, ctx.metric_value(m)),
              ctx.word(ctx.rng.choice(("meets", "exceeds", "below")))] for m in metrics]
    blocks: Blocks = [heading(ctx.word("h_context")),
                      para(ctx.book.join(ctx.lines_of("review.context", 2))),
                      heading(ctx.word("h_results")), table(rows),
                      heading(ctx.word("h_went_well")), bullets(ctx.lines_of("review.well", 3)),
                      heading(ctx.word("h_improve")), bullets(ctx.lines_of("review.improve", 2)),
                      heading(ctx.word("h_next_steps")), bullets(actions(ctx, 3), numbered=True)]
    return doc(ctx, title_of(ctx), blocks), f"{title_of(ctx)}: {len(metrics)}."


def policy(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A team policy or guide: purpose, numbered rules, contacts."""
    rules = ctx.lines_of("policy.rule", 6)
    blocks: Blocks = [heading(ctx.word("h_purpose")),
                      para(ctx.book.join(ctx.lines_of("policy.purpose", 2))),
                      heading(ctx.word("h_rules")), bullets(rules, numbered=True),
                      heading(ctx.word("h_contacts")),
                      table([[ctx.word("name"), ctx.word("role")],
                             *[[n, r] for n, r in ctx.people[:3]]])]
    return doc(ctx, title_of(ctx), blocks,
               subtitle=f"{ctx.profile.get('employer')} - {ctx.word('version')} "
                        f"{ctx.when:%Y.%m}"), f"{title_of(ctx)}: {len(rules)}."


def certificate(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A training certificate."""
    course = title_of(ctx)
    blocks: Blocks = [para(ctx.word("certifies")), heading(ctx.author, 2),
                      para(f"{course} - {ctx.rng.randint(4, 24)} {ctx.word('hours').lower()}, "
                           f"{ctx.day(ctx.when)}."),
                      para(f"{ctx.word('certificate_no')} {ctx.rng.randint(100000, 999999)}")]
    return {"document": {"title": ctx.word("certificate"), "subtitle": course,
                         "blocks": blocks}}, f"{ctx.word('certificate')}: {course}."


GENERATORS = {
    "report": report, "minutes": minutes, "brief": brief, "memo": memo,
    "requirements": requirements, "contract": contract, "letter": letter, "review": review,
    "policy": policy, "guide": policy, "certificate": certificate,
    "quote": lambda ctx: commercial(ctx, "quote"),
    "invoice": lambda ctx: commercial(ctx, "invoice"),
}
