"""Offline spreadsheets: budgets, trackers, KPI dashboards, registers, with working formulas.

Every total a later document quotes is computed here in Python from the same cells the formula
sums, so the figure in the report equals what Excel shows.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from synthcomp.models.offline.people import sample, short_item
from synthcomp.models.offline.world.content.context import Ctx, metric_text
from synthcomp.text import ascii_fold, slug_words

MONEY = "#,##0.00"
WHOLE = "#,##0"
Sheet = dict[str, Any]


def sheet(name: str, rows: list[list[Any]], formats: dict[str, str] | None = None,
          widths: dict[str, float] | None = None) -> Sheet:
    """A SheetSpec as a dict."""
    return {"name": name[:31], "rows": rows, "header_rows": 1,
            "number_formats": formats or {}, "column_widths": widths or {}}


def budget(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """Budget lines scaled to the project's envelope, with a monthly phasing sheet."""
    items = sample(ctx.rng, ctx.domain.line_items, ctx.rng.randint(8, 12))
    envelope = float(ctx.project.get("budget") or 0) or ctx.rng.randint(40, 400) * 1000.0
    # Each line gets a share of the planned spend, so no single line swallows the budget.
    weights = [ctx.rng.uniform(0.5, 2.0) for _ in items]
    planned = envelope * ctx.rng.uniform(0.9, 0.99)
    rows: list[list[Any]] = [["Item", "Cost centre", "Unit", "Quantity", "Unit price", "Amount"]]
    amounts = []
    for index, (item, weight) in enumerate(zip(items, weights, strict=True), start=2):
        price = ctx.price(item)
        quantity = max(1, round(planned * weight / sum(weights) / max(price, 0.01)))
        rows.append([short_item(item.name), ctx.rng.choice(ctx.domain.departments), item.unit,
                     quantity, price, f"=D{index}*E{index}"])
        amounts.append(quantity * price)
    last = len(rows)
    rows.append(["Total", "", "", "", "", f"=SUM(F2:F{last})"])
    total = sum(amounts)
    biggest = max(range(len(amounts)), key=amounts.__getitem__)
    months = [(ctx.when.replace(day=1) + timedelta(days=31 * i)).strftime("%b %Y")
              for i in range(6)]
    phasing: list[list[Any]] = [["Item", *months, "Total"]]
    for r in range(2, last + 1):  # one phasing row per budget line, same row numbers
        phasing.append([rows[r - 1][0], *[f"=Budget!F{r}/6" for _ in months],
                        f"=SUM(B{r}:G{r})"])
    assumptions: list[list[Any]] = [["Assumption", "Value"],
                   ["Approved envelope", envelope],
                   ["Currency", ctx.currency],
                   ["Prepared by", ctx.author],
                   ["Version date", ctx.when.isoformat()],
                   ["Headroom", f"=B2-Budget!F{last + 1}"]]
    ctx.facts.update({
        "total_budget": ctx.money(total), "envelope": ctx.money(envelope),
        "largest_line": rows[biggest + 1][0], "largest_line_amount": ctx.money(amounts[biggest]),
        "line_count": str(len(amounts)), "headroom": ctx.money(envelope - total),
    })
    book = [sheet("Budget", rows, {"E": MONEY, "F": MONEY}, {"A": 38}),
            sheet("Monthly phasing", phasing, {c: MONEY for c in "BCDEFGH"}, {"A": 38}),
            sheet("Assumptions", assumptions, {"B": MONEY}, {"A": 24, "B": 18})]
    return {"workbook": {"sheets": book}}, (
        f"Budget of {ctx.money(total)} over {len(amounts)} lines for {ctx.project['name']}, "
        f"within an envelope of {ctx.money(envelope)}. The largest line is {rows[biggest + 1][0]}.")


def tracker(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A task plan with owners, dates, status and completion."""
    rows: list[list[Any]] = [["ID", "Task", "Owner", "Start", "Due", "Status", "% done"]]
    statuses = ("Done", "Done", "In progress", "In progress", "Not started", "Blocked")
    start = ctx.when - timedelta(days=40)
    for i in range(ctx.rng.randint(10, 16)):
        status = statuses[min(len(statuses) - 1, i * len(statuses) // 14)]
        begin = start + timedelta(days=4 * i)
        task, owner, due = ctx.action(due=begin + timedelta(days=ctx.rng.randint(5, 20)))
        rows.append([f"T{i + 1:02d}", task, owner, begin.isoformat(), due.isoformat(),
                     status, {"Done": 1.0, "In progress": 0.5}.get(status, 0.0)])
    last = len(rows)
    summary = [["Measure", "Value"], ["Tasks", f"=COUNTA(Plan!A2:A{last})"],
               ["Average completion", f"=AVERAGE(Plan!G2:G{last})"]]
    open_tasks = [r for r in rows[1:] if r[5] != "Done"]
    nxt = open_tasks[0] if open_tasks else rows[-1]
    ctx.facts.update({"next_milestone": str(nxt[1]), "next_milestone_date": str(nxt[4]),
                      "tasks_open": str(len(open_tasks)), "tasks_total": str(last - 1)})
    book = [sheet("Plan", rows, {"G": "0%"}, {"B": 60, "C": 22}),
            sheet("Summary", summary, {}, {"A": 22})]
    return {"workbook": {"sheets": book}}, (
        f"Project plan of {last - 1} tasks, {len(open_tasks)} still open. "
        f"Next: {nxt[1]} due {nxt[4]}.")


def kpi_dashboard(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """Monthly KPI values with target and summary formulas."""
    metrics = sample(ctx.rng, ctx.domain.metrics, 4)
    months = [(ctx.when.replace(day=1) - timedelta(days=30 * i)).strftime("%b %Y")
              for i in range(6)][::-1]
    rows: list[list[Any]] = [["Month", *[m.name for m in metrics]]]
    series = [[ctx.metric_value(m) for _ in months] for m in metrics]
    for i, month in enumerate(months):
        rows.append([month, *[s[i] for s in series]])
    cols = "BCDE"[: len(metrics)]
    summary: list[list[Any]] = [["KPI", "Average", "Best", "Latest", "Target"]]
    for j, metric in enumerate(metrics):
        c = cols[j]
        best = "MAX" if metric.higher_is_better else "MIN"
        target = round(metric.high * 0.95 if metric.higher_is_better else metric.low * 1.1, 1)
        summary.append([metric.name, f"=AVERAGE(Data!{c}2:{c}7)", f"={best}(Data!{c}2:{c}7)",
                        f"=Data!{c}7", target])
    lead = metrics[0]
    ctx.facts.update({"metric": lead.name, "latest_value": metric_text(lead, series[0][-1]),
                      "previous_value": metric_text(lead, series[0][-2]),
                      "target": metric_text(lead, summary[1][4])})
    book = [sheet("Summary", summary, {"B": "0.0", "C": "0.0"}, {"A": 34}),
            sheet("Data", rows, {}, {"A": 12})]
    return {"workbook": {"sheets": book}}, (
        f"KPI dashboard over six months; {lead.name} latest at "
        f"{ctx.facts['latest_value']} against a target of {ctx.facts['target']}.")


def risk_register(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """Risks scored likelihood x impact, with owners and mitigations."""
    rows: list[list[Any]] = [["ID", "Risk", "Likelihood", "Impact", "Score", "Owner", "Mitigation"]]
    for i, risk in enumerate(sample(ctx.rng, ctx.domain.risks, 8), start=2):
        rows.append([f"R{i - 1:02d}", ctx.say(risk), ctx.rng.randint(1, 5),
                     ctx.rng.randint(2, 5), f"=C{i}*D{i}", ctx.person(),
                     ctx.action()[0]])
    top = max(rows[1:], key=lambda r: r[2] * r[3])
    ctx.facts.update({"top_risk": str(top[1]), "risk_count": str(len(rows) - 1)})
    return {"workbook": {"sheets": [sheet("Risks", rows, {}, {"B": 50, "G": 50})]}}, (
        f"{len(rows) - 1} risks scored; the highest is: {top[1]}")


def price_comparison(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """Three offers side by side, cheapest per line and overall."""
    vendors = [str(ctx.project.get("counterpart", "Supplier A"))]
    vendors += [ctx.fake.company().replace(",", "") for _ in range(2)]
    rows: list[list[Any]] = [["Item", "Quantity", *vendors, "Best price"]]
    items = sample(ctx.rng, ctx.domain.line_items, 6)
    totals = [0.0, 0.0, 0.0]
    for i, item in enumerate(items, start=2):
        qty = ctx.rng.randint(10, 300)
        prices = [round(ctx.price(item) * ctx.rng.uniform(0.9, 1.15), 2) for _ in vendors]
        totals = [t + qty * p for t, p in zip(totals, prices, strict=True)]
        rows.append([short_item(item.name), qty, *prices, f"=MIN(C{i}:E{i})"])
    last = len(rows)
    rows.append(["Total (qty x price)", "", *[f"=SUMPRODUCT($B$2:$B${last},{c}2:{c}{last})"
                                             for c in "CDE"], ""])
    best = min(range(3), key=totals.__getitem__)
    ctx.facts.update({"best_offer": vendors[best], "best_offer_total": ctx.money(totals[best])})
    return {"workbook": {"sheets": [sheet("Comparison", rows, {c: MONEY for c in "CDEF"},
                                          {"A": 36, "C": 18, "D": 18, "E": 18})]}}, (
        f"Comparison of three offers; {vendors[best]} is cheapest at "
        f"{ctx.money(totals[best])}.")


def expenses(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A month of expense lines with a total."""
    kinds = ("Train", "Taxi", "Hotel", "Lunch with client", "Parking", "Conference fee",
             "Office supplies", "Mileage")
    rows: list[list[Any]] = [["Date", "Description", "Category", "Amount", "Receipt"]]
    day = ctx.when.replace(day=1)
    for _ in range(ctx.rng.randint(6, 12)):
        day += timedelta(days=ctx.rng.randint(1, 3))
        kind = ctx.rng.choice(kinds)
        amount = round(ctx.rng.uniform(8, 240) / max(ctx.fx, 1e-6), 2)
        rows.append([day.isoformat(), f"{kind} - {ctx.project.get('counterpart', '')}".strip(" -"),
                     kind.split()[0], amount, ctx.rng.choice(("Yes", "Yes", "Missing"))])
    last = len(rows)
    rows.append(["", "Total", "", f"=SUM(D2:D{last})", ""])
    total = sum(r[3] for r in rows[1:last])
    ctx.facts["expenses_total"] = ctx.money(total)
    return {"workbook": {"sheets": [sheet("Expenses", rows, {"D": MONEY}, {"B": 40})]}}, (
        f"Expense report totalling {ctx.money(total)}.")


def timesheet(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """Hours per day and project for one month."""
    codes = [p.get("code", "") for p in ctx.profile.get("current_projects") or []] or ["General"]
    rows: list[list[Any]] = [["Date", "Project", "Activity", "Hours"]]
    day = ctx.when.replace(day=1)
    while day.month == ctx.when.replace(day=1).month:
        if day.weekday() < 5:
            rows.append([day.isoformat(), ctx.rng.choice(codes),
                         ctx.rng.choice(("Meetings", "Analysis", "Reporting", "Supplier calls",
                                         "Admin")), ctx.rng.choice((6.5, 7.0, 7.5, 8.0, 8.5))])
        day += timedelta(days=1)
    last = len(rows)
    rows.append(["", "", "Total", f"=SUM(D2:D{last})"])
    ctx.facts["hours_total"] = f"{sum(r[3] for r in rows[1:last]):g}"
    return {"workbook": {"sheets": [sheet("Timesheet", rows, {"D": "0.0"}, {"C": 20})]}}, (
        f"Timesheet with {ctx.facts['hours_total']} hours.")


def data_export(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A raw export (csv): one row per week and site, no formulas."""
    metric = ctx.rng.choice(ctx.domain.metrics)
    sites = [str(ctx.profile.get("city", "Main")), ctx.fake.city(), ctx.fake.city()]
    rows: list[list[Any]] = [["week_start", "site", metric.name.lower().replace(" ", "_"),
                              "volume"]]
    for week in range(12):
        start = ctx.when - timedelta(days=7 * (12 - week))
        for site in sites:
            rows.append([start.isoformat(), site, ctx.metric_value(metric),
                         ctx.rng.randint(20, 900)])
    ctx.facts.update({"export_metric": metric.name, "export_rows": str(len(rows) - 1)})
    return {"workbook": {"sheets": [sheet("export", rows)]}}, (
        f"Weekly export of {metric.name} for {len(sites)} sites over 12 weeks.")


def contacts(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """Names, roles, organisations and emails (csv)."""
    rows: list[list[Any]] = [["name", "role", "organisation", "email", "phone"]]
    employer = str(ctx.profile.get("employer", ""))
    for name, role in ctx.people[:6]:
        rows.append([name, role, employer, _email(name, employer), ctx.fake.phone_number()])
    for name, role in ctx.contacts:
        org = str(ctx.project.get("counterpart", ""))
        rows.append([name, role, org, _email(name, org), ctx.fake.phone_number()])
    return {"workbook": {"sheets": [sheet("contacts", rows)]}}, (
        f"Contact list of {len(rows) - 1} people.")


def _email(name: str, org: str) -> str:
    local = ".".join(ascii_fold(name).lower().split()[:2])
    return f"{local}@{''.join(w.lower() for w in slug_words(org, 2)) or 'mail'}.example"


GENERATORS = {
    "budget": budget, "tracker": tracker, "kpi_dashboard": kpi_dashboard,
    "risk_register": risk_register, "price_comparison": price_comparison,
    "expenses": expenses, "timesheet": timesheet, "data_export": data_export,
    "contacts": contacts,
}
