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


def quoted(name: str) -> str:
    """A sheet name as a formula reference: quoted, so any script and spaces work."""
    return "'" + name.replace("'", "''") + "'"


def budget(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """Budget lines scaled to the project's envelope, with a monthly phasing sheet."""
    w = ctx.word
    items = sample(ctx.rng, ctx.lines, ctx.rng.randint(6, min(11, len(ctx.lines))))
    envelope = float(ctx.project.get("budget") or 0) or ctx.rng.randint(40, 400) * 1000.0
    # Each line gets a share of the planned spend, so no single line swallows the budget.
    weights = [ctx.rng.uniform(0.5, 2.0) for _ in items]
    planned = envelope * ctx.rng.uniform(0.9, 0.99)
    rows: list[list[Any]] = [[w("item"), w("cost_centre"), w("unit"), w("quantity"),
                              w("unit_price"), w("amount")]]
    amounts = []
    for index, (item, weight) in enumerate(zip(items, weights, strict=True), start=2):
        line = planned * weight / sum(weights)
        # A unit dearer than the line's share would overspend a small budget: priced to fit.
        price = min(ctx.price(item), round(line * ctx.rng.uniform(0.3, 0.9), 2))
        quantity = max(1, int(line // max(price, 0.01)))  # never above the line: no overspend
        # The trade's departments are named in English only; elsewhere the project pays.
        centre = ctx.rng.choice(ctx.domain.departments) if ctx.book.code == "en" and \
            ctx.domain.departments else str(ctx.project.get("code", ""))
        rows.append([short_item(item.name), centre, item.unit,
                     quantity, price, f"=D{index}*E{index}"])
        amounts.append(quantity * price)
    last = len(rows)
    rows.append([w("total"), "", "", "", "", f"=SUM(F2:F{last})"])
    total = sum(amounts)
    biggest = max(range(len(amounts)), key=amounts.__getitem__)
    span = ctx.rng.choice((3, 4, 6))
    months = [ctx.book.months[(ctx.when.month - 1 + i) % 12][:3] for i in range(span)]
    cols = "BCDEFGH"[:span]
    phasing: list[list[Any]] = [[w("item"), *months, w("total")]]
    sheet_name = w("sheet_budget")[:31]
    ref = quoted(sheet_name)
    for r in range(2, last + 1):  # one phasing row per budget line, same row numbers
        phasing.append([rows[r - 1][0], *[f"={ref}!F{r}/{span}" for _ in months],
                        f"=SUM(B{r}:{cols[-1]}{r})"])
    assumptions: list[list[Any]] = [[w("assumption"), w("value")],
                                    [w("envelope"), envelope], [w("currency"), ctx.currency],
                                    [w("prepared_by"), ctx.author],
                                    [w("version_date"), ctx.book.short_date(ctx.when)],
                                    [w("headroom"), f"=B2-{ref}!F{last + 1}"]]
    ctx.facts.update({
        "total_budget": ctx.money(total), "envelope": ctx.money(envelope),
        "largest_line": rows[biggest + 1][0], "largest_line_amount": ctx.money(amounts[biggest]),
        "line_count": str(len(amounts)), "headroom": ctx.money(envelope - total),
    })
    book = [sheet(sheet_name, rows, {"E": MONEY, "F": MONEY}, {"A": 38}),
            sheet(w("sheet_phasing"), phasing, {c: MONEY for c in "BCDEFGHI"}, {"A": 38}),
            sheet(w("sheet_assumptions"), assumptions, {"B": MONEY}, {"A": 24, "B": 18})]
    return {"workbook": {"sheets": book}}, (
        f"{w('planned_budget')}: {ctx.money(total)} ({len(amounts)}), {ctx.project['name']}; "
        f"{w('envelope')}: {ctx.money(envelope)}. {w('largest_line')}: {rows[biggest + 1][0]}.")


def tracker(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A task plan with owners, dates, status and completion; the next milestone is ahead."""
    w = ctx.word
    rows: list[list[Any]] = [[w("id"), w("task"), w("owner"), w("start"), w("due"),
                              w("status"), w("percent_done")]]
    statuses = ("done", "done", "in_progress", "in_progress", "not_started", "blocked")
    start = ctx.when - timedelta(days=40)
    count = ctx.rng.randint(9, 14)
    milestone, milestone_day = ctx.milestone
    for i in range(count):
        status = statuses[min(len(statuses) - 1, i * len(statuses) // count)]
        begin = start + timedelta(days=4 * i)
        task, owner, due = ctx.action(due=begin + timedelta(days=ctx.rng.randint(5, 20)))
        rows.append([f"T{i + 1:02d}", task, owner, begin.isoformat(), due.isoformat(),
                     w(status), {"done": 1.0, "in_progress": 0.5}.get(status, 0.0)])
    rows.append([f"T{count + 1:02d}", milestone, ctx.author, ctx.when.isoformat(),
                 milestone_day.isoformat(), w("not_started"), 0.0])
    last = len(rows)
    plan = w("sheet_plan")[:31]
    summary = [[w("measure"), w("value")], [w("tasks"), f"=COUNTA({quoted(plan)}!A2:A{last})"],
               [w("average_completion"), f"=AVERAGE({quoted(plan)}!G2:G{last})"]]
    open_tasks = [r for r in rows[1:] if r[5] != w("done")]
    ctx.facts.update({"next_milestone": milestone,
                      "next_milestone_date": milestone_day.isoformat(),
                      "tasks_open": str(len(open_tasks)), "tasks_total": str(last - 1)})
    book = [sheet(plan, rows, {"G": "0%"}, {"B": 60, "C": 22}),
            sheet(w("sheet_summary"), summary, {}, {"A": 22})]
    return {"workbook": {"sheets": book}}, (
        f"{w('tasks')}: {last - 1}, {w('open_tasks').lower()}: {len(open_tasks)}. "
        f"{w('next_milestone')}: {milestone} ({ctx.day(milestone_day)}).")


def kpi_dashboard(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """Monthly KPI values with target and summary formulas."""
    w = ctx.word
    metrics = sample(ctx.rng, ctx.domain.metrics, 4)
    months = [f"{ctx.book.months[(ctx.when.month - 1 - i) % 12][:3]}" for i in range(6)][::-1]
    rows: list[list[Any]] = [[w("month"), *[m.name for m in metrics]]]
    series = [[ctx.metric_value(m) for _ in months] for m in metrics]
    for i, month in enumerate(months):
        rows.append([month, *[s[i] for s in series]])
    cols = "BCDE"[: len(metrics)]
    data = w("sheet_data")[:31]
    ref = quoted(data)
    summary: list[list[Any]] = [[w("kpi"), w("average"), w("best"), w("latest"), w("target")]]
    for j, metric in enumerate(metrics):
        c = cols[j]
        best = "MAX" if metric.higher_is_better else "MIN"
        target = round(metric.high * 0.95 if metric.higher_is_better else metric.low * 1.1, 1)
        summary.append([metric.name, f"=AVERAGE({ref}!{c}2:{c}7)", f"={best}({ref}!{c}2:{c}7)",
                        f"={ref}!{c}7", target])
    lead = metrics[0]
    ctx.facts.update({"metric": lead.name, "latest_value": metric_text(lead, series[0][-1]),
                      "previous_value": metric_text(lead, series[0][-2]),
                      "target": metric_text(lead, summary[1][4])})
    book = [sheet(w("sheet_summary"), summary, {"B": "0.0", "C": "0.0"}, {"A": 34}),
            sheet(data, rows, {}, {"A": 12})]
    return {"workbook": {"sheets": book}}, (
        f"{w('kpi')}: {lead.name} {ctx.facts['latest_value']} / {w('target')} "
        f"{ctx.facts['target']}.")


def risk_register(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """Risks scored likelihood x impact, with owners and mitigations."""
    w = ctx.word
    rows: list[list[Any]] = [[w("id"), w("risk"), w("likelihood"), w("impact"), w("score"),
                              w("owner"), w("mitigation")]]
    for i, risk in enumerate(ctx.lines_of("report.risk", 7), start=2):
        rows.append([f"R{i - 1:02d}", risk, ctx.rng.randint(1, 5), ctx.rng.randint(2, 5),
                     f"=C{i}*D{i}", ctx.person(), ctx.action()[0]])
    top = max(rows[1:], key=lambda r: r[2] * r[3])
    ctx.facts.update({"top_risk": str(top[1]), "risk_count": str(len(rows) - 1)})
    return {"workbook": {"sheets": [sheet(w("sheet_risks"), rows, {}, {"B": 50, "G": 50})]}}, (
        f"{w('risk')}: {len(rows) - 1}. {w('top_risk')}: {top[1]}")


def price_comparison(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """Three offers side by side, cheapest per line and overall."""
    w = ctx.word
    vendors = [str(ctx.project.get("counterpart", "Supplier A"))]
    vendors += [ctx.fake.company().replace(",", "") for _ in range(2)]
    rows: list[list[Any]] = [[w("item"), w("quantity"), *vendors, w("best")]]
    items = sample(ctx.rng, ctx.lines, 6)
    totals = [0.0, 0.0, 0.0]
    for i, item in enumerate(items, start=2):
        qty = ctx.rng.randint(5, 120)
        prices = [round(ctx.price(item) * ctx.rng.uniform(0.9, 1.15), 2) for _ in vendors]
        totals = [t + qty * p for t, p in zip(totals, prices, strict=True)]
        rows.append([short_item(item.name), qty, *prices, f"=MIN(C{i}:E{i})"])
    last = len(rows)
    rows.append([w("total"), "", *[f"=SUMPRODUCT($B$2:$B${last},{c}2:{c}{last})"
                                   for c in "CDE"], ""])
    best = min(range(3), key=totals.__getitem__)
    ctx.facts.update({"best_offer": vendors[best], "best_offer_total": ctx.money(totals[best])})
    return {"workbook": {"sheets": [sheet(w("sheet_comparison"), rows,
                                          {c: MONEY for c in "CDEF"},
                                          {"A": 36, "C": 18, "D": 18, "E": 18})]}}, (
        f"{w('best_offer')}: {vendors[best]}, {ctx.money(totals[best])}.")


def expenses(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A month of expense lines with a total."""
    w = ctx.word
    kinds = ("exp_train", "exp_taxi", "exp_hotel", "exp_meal", "exp_parking", "exp_conference",
             "exp_supplies", "exp_mileage")
    rows: list[list[Any]] = [[w("date"), w("description"), w("category"), w("amount"),
                              w("receipt")]]
    day = ctx.when.replace(day=1)
    for _ in range(ctx.rng.randint(6, 12)):
        day += timedelta(days=ctx.rng.randint(1, 3))
        kind = w(ctx.rng.choice(kinds))
        amount = round(ctx.rng.uniform(8, 240) / max(ctx.fx, 1e-6), 2)
        rows.append([day.isoformat(), f"{kind} - {ctx.project.get('counterpart', '')}".strip(" -"),
                     kind, amount, w(ctx.rng.choice(("yes", "yes", "missing")))])
    last = len(rows)
    rows.append(["", w("total"), "", f"=SUM(D2:D{last})", ""])
    total = sum(r[3] for r in rows[1:last])
    ctx.facts["expenses_total"] = ctx.money(total)
    return {"workbook": {"sheets": [sheet(w("sheet_expenses"), rows, {"D": MONEY},
                                          {"B": 40})]}}, (
        f"{w('sheet_expenses')}: {ctx.money(total)}.")


def timesheet(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """Hours per day and project for one month."""
    w = ctx.word
    codes = [p.get("code", "") for p in ctx.profile.get("current_projects") or []] or ["General"]
    rows: list[list[Any]] = [[w("date"), w("project"), w("activity"), w("hours")]]
    day = ctx.when.replace(day=1)
    while day.month == ctx.when.replace(day=1).month:
        if day.weekday() < 5:
            rows.append([day.isoformat(), ctx.rng.choice(codes),
                         w(ctx.rng.choice(("act_meetings", "act_analysis", "act_reporting",
                                           "act_calls", "act_admin"))),
                         ctx.rng.choice((6.5, 7.0, 7.5, 8.0, 8.5))])
        day += timedelta(days=1)
    last = len(rows)
    rows.append(["", "", w("total"), f"=SUM(D2:D{last})"])
    ctx.facts["hours_total"] = f"{sum(r[3] for r in rows[1:last]):g}"
    return {"workbook": {"sheets": [sheet(w("sheet_timesheet"), rows, {"D": "0.0"},
                                          {"C": 20})]}}, (
        f"{w('sheet_timesheet')}: {ctx.facts['hours_total']} {w('hours').lower()}.")


def data_export(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A raw export (csv): one row per week and site, no formulas."""
    metric = ctx.rng.choice(ctx.domain.metrics)
    sites = [str(ctx.profile.get("city", "Main")), ctx.fake.city(), ctx.fake.city()]
    label = metric.name if ctx.book.code == "en" else ctx.word("value")
    rows: list[list[Any]] = [[ctx.word("week_start"), ctx.word("site"), label,
                              ctx.word("volume")]]
    for week in range(12):
        start = ctx.when - timedelta(days=7 * (12 - week))
        for site in sites:
            rows.append([start.isoformat(), site, ctx.metric_value(metric),
                         ctx.rng.randint(20, 900)])
    ctx.facts.update({"export_metric": metric.name, "export_rows": str(len(rows) - 1)})
    return {"workbook": {"sheets": [sheet("export", rows)]}}, (
        f"{metric.name}: {len(sites)} x 12.")


def contacts(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """Names, roles, organisations and emails (csv)."""
    w = ctx.word
    rows: list[list[Any]] = [[w("name"), w("role"), w("organisation"), w("email"), w("phone")]]
    employer = str(ctx.profile.get("employer", ""))
    for name, role in ctx.people[:6]:
        rows.append([name, role, employer, _email(name, employer), ctx.fake.phone_number()])
    for name, role in ctx.contacts:
        org = str(ctx.project.get("counterpart", ""))
        rows.append([name, role, org, _email(name, org), ctx.fake.phone_number()])
    return {"workbook": {"sheets": [sheet("contacts", rows)]}}, (
        f"{w('h_contacts')}: {len(rows) - 1}.")


def _email(name: str, org: str) -> str:
    local = ".".join(ascii_fold(name).lower().split()[:2]) or "contact"
    return f"{local}@{''.join(w.lower() for w in slug_words(org, 2)) or 'mail'}.example"


GENERATORS = {
    "budget": budget, "tracker": tracker, "kpi_dashboard": kpi_dashboard,
    "risk_register": risk_register, "price_comparison": price_comparison,
    "expenses": expenses, "timesheet": timesheet, "data_export": data_export,
    "contacts": contacts,
}
