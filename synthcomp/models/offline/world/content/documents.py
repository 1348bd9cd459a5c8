"""Offline documents (docx, pdf, md): reports, minutes, briefs, memos, letters, quotes, contracts.

Documents built on other files quote those files' facts verbatim (the budget total, the next
milestone, the cheapest offer), which is what makes a computer's files agree with each other.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from synthcomp.models.offline.people import sample, short_item
from synthcomp.models.offline.world.content.context import Ctx, metric_text

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
    """A DocumentSpec as a dict, with the usual 'who, when' subtitle."""
    byline = f"{ctx.author}, {ctx.profile.get('role', '')} - {ctx.when:%d %B %Y}"
    return {"document": {"title": title, "subtitle": subtitle or byline, "blocks": blocks}}


def actions(ctx: Ctx, count: int = 4) -> list[str]:
    """Action items with owners and due dates."""
    return [ctx.say(a, due=ctx.later()) for a in sample(ctx.rng, ctx.domain.actions, count)]


def _facts_table(ctx: Ctx) -> list[list[str]]:
    labels = {
        "total_budget": "Planned budget", "envelope": "Approved envelope",
        "headroom": "Headroom", "largest_line": "Largest line",
        "largest_line_amount": "Largest line amount", "metric": "Lead indicator",
        "latest_value": "Latest value", "target": "Target",
        "next_milestone": "Next milestone", "next_milestone_date": "Due",
        "tasks_open": "Open tasks", "best_offer": "Best offer",
        "best_offer_total": "Best offer total", "quote_total": "Quoted total",
        "contract_value": "Contract value", "top_risk": "Top risk",
    }
    rows = [["Item", "Value"]]
    rows += [[label, ctx.dep_facts[key]] for key, label in labels.items() if key in ctx.dep_facts]
    return rows


def report(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A status report that cites the budget, KPIs and plan it was built from."""
    facts = ctx.dep_facts
    # An exported or later version of a report keeps the status its source gave.
    status = facts.get("overall_status") or ctx.rng.choice(("Green", "Amber", "Amber", "Red"))
    blocks: Blocks = [heading("1. Summary"), para(
        f"Overall status: {status}. " + ctx.paragraph(2))]
    if "total_budget" in facts:
        blocks += [heading("2. Budget"), para(
            f"The planned budget stands at {facts['total_budget']} against an approved envelope "
            f"of {facts.get('envelope', facts['total_budget'])}, "
            + (f"leaving {facts['headroom']} of headroom. " if "headroom" in facts
               else "with little headroom left. ")
            + "The largest line is "
            f"{facts.get('largest_line', 'n/a')} at {facts.get('largest_line_amount', 'n/a')}.")]
    if "next_milestone" in facts:
        blocks += [heading("3. Progress"), para(
            f"{facts.get('tasks_open', 'Several')} of {facts.get('tasks_total', 'the')} tasks are "
            f"still open. The next milestone is '{facts['next_milestone']}', due "
            f"{facts.get('next_milestone_date', 'soon')}. " + ctx.sentence())]
    if "metric" in facts:
        blocks += [heading("4. Key indicators"), para(
            f"{facts['metric']} moved from {facts.get('previous_value', 'n/a')} to "
            f"{facts.get('latest_value', 'n/a')} (target {facts.get('target', 'n/a')}).")]
    key_figures = _facts_table(ctx)
    if len(key_figures) > 1:
        blocks += [table(key_figures)]
    blocks += [heading("5. Risks and issues"),
               bullets([ctx.say(r) for r in sample(ctx.rng, ctx.domain.risks,
                                                                        3)]),
               heading("6. Next steps"), bullets(actions(ctx), numbered=True)]
    ctx.facts.update({"overall_status": status, **{k: v for k, v in facts.items() if k in (
        "total_budget", "envelope", "headroom", "largest_line", "largest_line_amount", "metric",
        "previous_value", "latest_value", "target", "next_milestone", "next_milestone_date",
        "tasks_open", "tasks_total")}})
    title = f"{ctx.project['name']}: status report"
    return doc(ctx, title, blocks), (
        f"Status report for {ctx.project['name']} ({status}). "
        f"Budget {facts.get('total_budget', 'not yet set')}; next milestone "
        f"{facts.get('next_milestone', 'to be planned')}.")


def minutes(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """Meeting minutes: attendees, agenda, discussion, decisions, actions."""
    attendees = sample(ctx.rng, ctx.people, ctx.rng.randint(3, 5))
    names = [ctx.author, *[name for name, _ in attendees]]
    agenda = [ctx.sentence(ctx.domain.doc_topics) for _ in range(3)]
    decision = ctx.sentence()
    next_meeting = ctx.later(6, 14)
    owners_rows = [["Action", "Owner", "Due"]]
    for _ in range(4):
        text, owner, due = ctx.action(owner=ctx.rng.choice(names))
        owners_rows.append([text, owner, due.isoformat()])
    blocks: Blocks = [
        table([["Date", ctx.when.isoformat()], ["Attendees", ", ".join(names)],
               ["Chair", names[1]], ["Minutes", ctx.author]]),
        heading("Agenda"), bullets(agenda, numbered=True),
        heading("Discussion"), para(ctx.paragraph(3)), para(ctx.paragraph(2)),
        heading("Decisions"), bullets([decision]),
        heading("Actions"), table(owners_rows),
        para(f"Next meeting: {next_meeting:%A %d %B %Y}."),
    ]
    ctx.facts.update({"decision": decision, "next_meeting": next_meeting.isoformat()})
    return doc(ctx, str(ctx.node.get("title", "Meeting minutes")), blocks), (
        f"Minutes of a meeting with {len(names)} people. Decision: {decision}")


def brief(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A project brief: background, objectives, scope, budget, stakeholders."""
    envelope = ctx.money(float(ctx.project.get("budget") or 0))
    in_scope = [short_item(i.name).lower() for i in sample(ctx.rng, ctx.domain.line_items, 3)]
    stakeholders = [["Name", "Role", "Interest"]]
    stakeholders += [[n, r, ctx.rng.choice(("Sponsor", "Approver", "Contributor", "Informed"))]
                     for n, r in sample(ctx.rng, ctx.people, 4)]
    blocks: Blocks = [
        heading("Background"), para(str(ctx.project.get("description", ""))),
        para(ctx.paragraph(2)),
        heading("Objectives"), bullets([ctx.sentence() for _ in range(3)]),
        heading("Scope"), para(f"In scope: {', '.join(in_scope)}. Out of scope: changes to "
                               f"existing agreements outside "
                               f"{ctx.project.get('counterpart', 'the partner')}."),
        heading("Budget"), para(f"Approved envelope: {envelope}."),
        heading("Stakeholders"), table(stakeholders),
    ]
    ctx.facts.update({"envelope": envelope, "counterpart": str(ctx.project.get("counterpart"))})
    return doc(ctx, f"{ctx.project['name']}: project brief", blocks), (
        f"Brief for {ctx.project['name']} with {ctx.project.get('counterpart')}; "
        f"envelope {envelope}.")


def memo(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A short internal memo with a recommendation, citing its inputs."""
    facts = ctx.dep_facts
    recipient = ctx.person()
    blocks: Blocks = [
        table([["To", recipient], ["From", ctx.author], ["Date", ctx.when.isoformat()],
               ["Subject", str(ctx.node.get("title", "Memo"))]]),
        para(ctx.paragraph(3)),
    ]
    if "best_offer" in facts:
        blocks.append(para(f"Of the offers compared, {facts['best_offer']} is the cheapest at "
                           f"{facts.get('best_offer_total', 'n/a')}."))
    if "total_budget" in facts:
        blocks.append(para(f"This keeps the plan at {facts['total_budget']} within the "
                           f"envelope of {facts.get('envelope', 'n/a')}."))
    recommendation = ctx.sentence(ctx.domain.actions)
    blocks += [heading("Recommendation"), para(recommendation)]
    return doc(ctx, str(ctx.node.get("title", "Memo")), blocks), (
        f"Memo to {recipient}. Recommends: {recommendation}")


def requirements(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """Numbered requirements with priority and source."""
    rows = [["ID", "Requirement", "Priority", "Source"]]
    for i in range(ctx.rng.randint(8, 12)):
        rows.append([f"REQ-{i + 1:03d}", ctx.sentence(),
                     ctx.rng.choice(("Must", "Must", "Should", "Could")), ctx.person()])
    blocks: Blocks = [heading("Purpose"), para(ctx.paragraph(2)), heading("Requirements"),
                      table(rows), heading("Acceptance"), bullets(actions(ctx, 3))]
    ctx.facts["requirement_count"] = str(len(rows) - 1)
    return doc(ctx, str(ctx.node.get("title", "Requirements")), blocks), (
        f"{len(rows) - 1} requirements for {ctx.project['name']}.")


def commercial(ctx: Ctx, kind: str) -> tuple[dict[str, Any], str]:
    """A quote or invoice from the counterpart: lines, VAT, total, terms."""
    org = str(ctx.project.get("counterpart", ctx.fake.company()))
    ref = f"{'Q' if kind == 'quote' else 'INV'}-{ctx.when:%y%m}-{ctx.rng.randint(100, 999)}"
    rows = [["Item", "Qty", "Unit price", "Amount"]]
    subtotal = 0.0
    for item in sample(ctx.rng, ctx.domain.line_items, ctx.rng.randint(3, 6)):
        qty, price = ctx.rng.randint(2, 200), ctx.price(item)
        subtotal += qty * price
        rows.append([item.name, str(qty), f"{price:,.2f}", f"{qty * price:,.2f}"])
    vat = round(subtotal * 0.2, 2)
    rows += [["Subtotal", "", "", f"{subtotal:,.2f}"], ["VAT 20%", "", "", f"{vat:,.2f}"],
             ["Total", "", "", f"{subtotal + vat:,.2f}"]]
    contact = ctx.contacts[0]
    total = ctx.money(subtotal + vat)
    valid = ctx.later(25, 35)
    title = f"{'Quotation' if kind == 'quote' else 'Invoice'} {ref}"
    blocks: Blocks = [
        para(f"{org} - {ctx.fake.street_address()}, {ctx.fake.city()}"),
        table([["To", f"{ctx.author}, {ctx.profile.get('employer', '')}"],
               ["Reference", ref], ["Date", ctx.when.isoformat()],
               ["Valid until" if kind == "quote" else "Due", valid.isoformat()]]),
        table(rows),
        para(f"Prices in {ctx.currency}. Payment 30 days from invoice. "
             f"Contact: {contact[0]}, {contact[1]}."),
    ]
    key = "quote" if kind == "quote" else "invoice"
    ctx.facts.update({f"{key}_total": total, f"{key}_ref": ref, "counterpart": org,
                      "valid_until": valid.isoformat()})
    return {"document": {"title": title, "subtitle": org, "blocks": blocks}}, (
        f"{title} from {org} for {total}.")


def contract(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """An agreement with the counterpart, priced from the quote it follows."""
    org = str(ctx.project.get("counterpart", ""))
    value = ctx.dep_facts.get("quote_total") or ctx.money(float(ctx.project.get("budget") or 0))
    ref = f"AGR-{ctx.when:%Y}-{ctx.rng.randint(10, 99)}"
    end = ctx.when + timedelta(days=365 * ctx.rng.randint(1, 3))
    quote_ref = ctx.dep_facts.get("quote_ref")
    clauses = [
        ("1. Parties", f"This agreement is made between {ctx.profile.get('employer')} and {org}."),
        ("2. Scope", ctx.paragraph(2)),
        ("3. Term", f"From {ctx.when:%d %B %Y} to {end:%d %B %Y}, renewable once by written notice."),
        ("4. Price", f"The total contract value is {value}, firm for the first twelve months"
                     + (f" (quotation {quote_ref})." if quote_ref else ".")),
        ("5. Payment terms", "Invoices are payable within 30 days of receipt."),
        ("6. Service levels", ctx.sentence()),
        ("7. Termination", "Either party may terminate with 90 days' written notice."),
    ]
    blocks: Blocks = []
    for title, text in clauses:
        blocks += [heading(title, 2), para(text)]
    blocks.append(table([["For " + str(ctx.profile.get("employer")), "For " + org],
                         [ctx.author, ctx.contacts[1][0]], ["Date:", "Date:"]]))
    ctx.facts.update({"contract_value": value, "contract_ref": ref,
                      "start_date": ctx.when.isoformat(), "end_date": end.isoformat()})
    return {"document": {"title": f"Agreement {ref}", "subtitle": org, "blocks": blocks}}, (
        f"Agreement {ref} with {org} worth {value}, until {end.isoformat()}.")


def letter(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A formal letter to a counterpart contact."""
    name, role = ctx.rng.choice(ctx.contacts)
    blocks: Blocks = [
        para(f"{ctx.profile.get('employer')}, {ctx.profile.get('city')}"),
        para(f"{ctx.when:%d %B %Y}"),
        para(f"{name}\n{role}\n{ctx.project.get('counterpart')}"),
        para(f"Dear {name.split()[0]},"), para(ctx.paragraph(3)), para(ctx.paragraph(2)),
        para(f"Kind regards,\n{ctx.author}\n{ctx.profile.get('role')}"),
    ]
    return doc(ctx, str(ctx.node.get("title", "Letter")), blocks, subtitle=""), (
        f"Letter to {name} at {ctx.project.get('counterpart')}.")


def review(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A review: what went well, what did not, ratings, next steps."""
    metrics = sample(ctx.rng, ctx.domain.metrics, 4)
    rows = [["Indicator", "Result", "Assessment"]]
    rows += [[m.name, metric_text(m, ctx.metric_value(m)),
              ctx.rng.choice(("Meets", "Exceeds", "Below"))] for m in metrics]
    blocks: Blocks = [heading("Context"), para(ctx.paragraph(2)), heading("Results"), table(rows),
                      heading("What went well"), bullets([ctx.sentence() for _ in range(3)]),
                      heading("What to improve"), bullets([ctx.sentence() for _ in range(2)]),
                      heading("Next steps"), bullets(actions(ctx, 3), numbered=True)]
    return doc(ctx, str(ctx.node.get("title", "Review")), blocks), (
        f"Review covering {len(metrics)} indicators.")


def policy(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A team policy or guide: purpose, numbered rules, contacts."""
    rules = [ctx.sentence(ctx.domain.actions) for _ in range(6)]
    blocks: Blocks = [heading("Purpose"), para(ctx.paragraph(2)), heading("Rules"),
                      bullets(rules, numbered=True), heading("Contacts"),
                      table([["Name", "Role"], *[[n, r] for n, r in ctx.people[:3]]])]
    return doc(ctx, str(ctx.node.get("title", "Guidelines")), blocks,
               subtitle=f"{ctx.profile.get('employer')} - version {ctx.when:%Y.%m}"), (
        f"Team guidance with {len(rules)} rules.")


def certificate(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A training certificate."""
    course = str(ctx.node.get("title", "Training")).replace(" certificate", "")
    blocks: Blocks = [para("This is to certify that"), heading(ctx.author, 2),
                      para(f"has completed the course '{course}' ({ctx.rng.randint(4, 24)} hours) "
                           f"on {ctx.when:%d %B %Y}."),
                      para(f"Certificate no. {ctx.rng.randint(100000, 999999)}")]
    return {"document": {"title": "Certificate of completion", "subtitle": course,
                         "blocks": blocks}}, f"Certificate for {course}."


GENERATORS = {
    "report": report, "minutes": minutes, "brief": brief, "memo": memo,
    "requirements": requirements, "contract": contract, "letter": letter, "review": review,
    "policy": policy, "guide": policy, "certificate": certificate,
    "quote": lambda ctx: commercial(ctx, "quote"),
    "invoice": lambda ctx: commercial(ctx, "invoice"),
}
