"""Offline private files of collaborators: the reference material the user can only ask about,
with the figures the plan planted wrong written exactly as planned."""

from __future__ import annotations

from typing import Any

from synthcomp.models.offline.world.content import BY_GENRE
from synthcomp.models.offline.world.content.context import Ctx
from synthcomp.models.offline.world.content.documents import bullets, commercial, heading, para, table
from synthcomp.models.offline.world.content.sheets import sheet


def _planted(ctx: Ctx) -> list[dict[str, Any]]:
    return list(ctx.inputs.get("planted") or [])


def _projects(ctx: Ctx) -> list[dict[str, Any]]:
    return list(ctx.profile.get("current_projects") or [])


def extract(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A peer's figures sheet; planted values replace the true ones in their rows."""
    rows: list[list[Any]] = [["Figure", "Value", "Source", "Updated"]]
    known = dict(ctx.inputs.get("facts") or {})
    for project in _projects(ctx):
        code = project.get("code")
        rows.append([f"Approved envelope {code}", ctx.money(float(project.get("budget") or 0)),
                     "Project brief", ctx.when.isoformat()])
    for key, value in sorted(known.items()):
        rows.append([key.replace("_", " ").capitalize(), value, "Team files", ctx.when.isoformat()])
    for error in _planted(ctx):
        label = error["location"].split("row ")[-1].strip("'") if "row " in error["location"] else "Figure"
        rows.append([label, error["wrong_value"], "Copied from the budget workbook", ctx.when.isoformat()])
    return {"workbook": {"sheets": [sheet("Figures", rows, {}, {"A": 40, "B": 22, "C": 30})]}}, (
        f"Figures extract of {len(rows) - 1} lines.")


def memo(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A manager's priorities note; a planted envelope sits in the 'Envelopes' section."""
    projects = _projects(ctx)
    planted = {e["location"].split(" on ")[-1]: e["wrong_value"] for e in _planted(ctx)}
    envelope_lines = []
    for project in projects:
        code = str(project.get("code"))
        value = planted.get(code, ctx.money(float(project.get("budget") or 0)))
        envelope_lines.append(f"{code}: approved envelope {value}")
    blocks = [heading("Priorities"), bullets([f"{p.get('name')}: keep {p.get('counterpart')} on schedule"
                                              for p in projects]),
              heading("Envelopes"), bullets(envelope_lines),
              heading("Deadlines"), para(ctx.paragraph(2))]
    return {"document": {"title": str(ctx.node.get("title", "Priorities")), "blocks": blocks}}, (
        "Manager's priorities, envelopes and deadlines.")


def quotation(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A counterpart's revised quotation; a planted total replaces the computed one."""
    body, summary = commercial(ctx, "quote")
    for error in _planted(ctx):
        for block in body["document"]["blocks"]:
            if block["type"] == "table" and block["rows"] and \
                    block["rows"][-1][0] in ("Total", ctx.word("total")):
                block["rows"][-1][-1] = error["wrong_value"]
    body["document"]["title"] = "Revised " + body["document"]["title"].lower()
    return body, "Revised " + summary


def rules(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A controller's approval thresholds."""
    rows = [["Commitment", "Approver", "Documents"],
            [f"Up to {ctx.money(5000 / max(ctx.fx, 1e-6))}", "Budget holder", "Purchase order"],
            [f"Up to {ctx.money(50000 / max(ctx.fx, 1e-6))}", "Head of department", "Two quotes"],
            [f"Above {ctx.money(50000 / max(ctx.fx, 1e-6))}", "Finance controller",
             "Three quotes and a memo"]]
    blocks = [para(ctx.paragraph(1)), table(rows)]
    return {"document": {"title": "Approval rules", "blocks": blocks}}, "Approval thresholds."


def generate(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """The private file that fits the file's kind."""
    kind = ctx.node.get("kind")
    if kind in ("xlsx", "csv"):
        return extract(ctx)
    if kind == "pdf":
        return quotation(ctx)
    if kind == "md":
        return rules(ctx)
    return memo(ctx)


# The objective planner asks for these files through FileContent, which the world's content
# generators answer; adding the genre from here keeps the world group free of month imports.
BY_GENRE["private"] = generate
