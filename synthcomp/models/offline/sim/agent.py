"""The offline user agent: a deterministic worker that drives the month on its own.

Each morning's recap (its ``<inputs>`` block) gives the deliverables, milestones and inbox; the
day's plan is a list of tool calls derived from it: check the calendar and the inbox, explore the
focus deliverable's folder and inputs, ask the colleague who holds the figures, draft the
deliverable from what was read, review and extend it, share it, mark milestones done. The step
to take is the number of tool calls already made today, so a resumed run takes the same steps;
written content is built from the tool results already in the conversation.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
import re
from datetime import date, timedelta
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, ToolMessage

from synthcomp.models.offline.chat import register_agent

Call = tuple[str, dict[str, Any]]
READ_PAGE = 2500


def _focus(inputs: dict[str, Any]) -> list[dict[str, Any]]:
    """Open deliverables whose dependencies are drafted, earliest due first."""
    deliverables = inputs.get("deliverables") or []
    ready = {d["id"] for d in deliverables if d.get("exists") or d.get("done")}
    open_ = [d for d in deliverables if not d.get("done")
             and all(dep in ready for dep in d.get("depends_on") or [])]
    return sorted(open_, key=lambda d: (d.get("due", ""), d["id"]))


def _contact_for(deliverable: dict[str, Any], inputs: dict[str, Any]) -> dict[str, Any] | None:
    people = inputs.get("collaborators") or []
    role = "vendor" if deliverable["format"] == "xlsx" else "peer"
    return next((p for p in people if p["role"] == role), None) or next(
        (p for p in people if p["role"] == "peer"), None)


def _manager(inputs: dict[str, Any]) -> dict[str, Any] | None:
    return next((p for p in inputs.get("collaborators") or [] if p["role"] == "manager"), None)


def week_plan(inputs: dict[str, Any]) -> str:
    """The week's plan as the offline worker writes it: each working day of the week from
    today, the open deliverables in due order spread over them, with what each creates, reads
    and needs from whom."""
    start = date.fromisoformat(inputs["date"])
    week = [start + timedelta(days=n) for n in range(7 - start.weekday())
            if (start + timedelta(days=n)).weekday() < 5]
    todo = _focus(inputs) or [d for d in inputs.get("deliverables") or [] if not d.get("done")]
    lines = [f"# Week plan: {week[0].isoformat()} to {week[-1].isoformat()}", ""]
    for n, day in enumerate(week):
        lines += [f"### {day:%A} {day.isoformat()}", "- 09:00 (review) Inbox, calendar, yesterday's log."]
        for deliverable in todo[n::len(week)] or todo[:1]:
            verb = "Revise" if deliverable.get("exists") else "Draft"
            sources = ", ".join(posixpath.basename(p) for p in deliverable.get("inputs") or []) \
                or "the project folder"
            contact = _contact_for(deliverable, inputs)
            lines.append(f"- 10:30 (deep work) {verb} {deliverable['title']} -> {deliverable['path']}; "
                         f"sources: {sources}; deliverable: {deliverable['id']}"
                         + (f"; ask {contact['name']}" if contact else ""))
        lines.append("- 17:30 (admin) Log the day and plan tomorrow.")
        lines.append("")
    return "\n".join(lines)


def _logged(call: Call) -> list[Call]:
    """A call that changes the work, followed by its activity-log entry."""
    name, args = call
    if name.startswith(("write_", "append_")) and name != "write_week_plan":
        target = posixpath.basename(str(args.get("path", "")))
        return [call, ("log_activity", {"entry": f"Wrote {target}: __TITLE__", "__for__": args})]
    if name == "send_message":
        return [call, ("log_activity", {"entry": f"Sent {args['subject']!r} to {args['to']}; "
                                                 "waiting for the answer."})]
    return [call]


def day_plan(inputs: dict[str, Any]) -> list[Call]:
    """Today's tool calls, in order, decided from the morning recap alone."""
    calls: list[Call] = [("write_week_plan", {"plan": week_plan(inputs)})] if inputs.get("planning") else []
    calls.append(("view_calendar", {}))
    if inputs.get("unread"):
        calls += [("read_inbox", {})] + [("read_file", {"path": "__ATTACHMENT__", "n": n}) for n in range(2)]
    if inputs.get("day") == 0:
        calls += [("list_contacts", {}), ("tree", {"path": inputs["home"], "depth": 2})]
    today = inputs["date"]
    for deliverable in _focus(inputs)[:3]:
        calls += _work_on(deliverable, inputs)
        for milestone in inputs.get("milestones") or []:
            if milestone["deliverable_id"] == deliverable["id"] and not milestone["done"] \
                    and milestone["due"] <= today and (deliverable.get("exists") or deliverable["format"]):
                calls.append(("mark_done", {"item_id": milestone["id"]}))
        if deliverable.get("exists") and deliverable["due"] <= today:
            calls.append(("mark_done", {"item_id": deliverable["id"]}))
    calls.append(("current_time", {}))
    focus = _focus(inputs)
    titles = "; ".join(d["title"] for d in focus[:3]) or "the open points"
    after = focus[3]["title"] if len(focus) > 3 else (focus[0]["title"] if focus else "the review")
    calls.append(("end_day", {"summary": f"Worked on {titles}. Next: {after}."}))
    return [logged for call in calls for logged in _logged(call)]


BROWSE_READS = 24


def _work_on(deliverable: dict[str, Any], inputs: dict[str, Any]) -> list[Call]:
    folder = posixpath.dirname(deliverable["path"])
    calls: list[Call] = [("list_folder", {"path": folder})]
    # Look through what sits next to the deliverable, as people do before writing.
    calls += [("read_file", {"path": "__BROWSE__", "n": n, "folder": folder}) for n in range(BROWSE_READS)]
    if not deliverable.get("exists"):
        for path in deliverable.get("inputs") or []:
            calls += [("file_info", {"path": path}), ("read_file", {"path": path, "limit": READ_PAGE}),
                      ("read_file", {"path": path, "offset": READ_PAGE, "limit": READ_PAGE})]
        code = posixpath.basename(folder)
        calls += [("find_files", {"pattern": f"*{code.split()[0][:12]}*", "path": inputs["home"]}),
                  ("search_contents", {"query": deliverable["title"].split(":")[0][:30],
                                       "path": inputs["home"]})]
        contact = _contact_for(deliverable, inputs)
        if contact:
            calls.append(("send_message", {
                "to": contact["id"], "subject": f"Figures for {deliverable['title']}",
                "body": (f"Hello {contact['name'].split()[0]},\n\nI am preparing {deliverable['title']}. "
                         "Could you send me your latest figures? I want to check them against ours.\n\n"
                         "Thanks!")}))
        calls.append(_write(deliverable))
        calls.append(("read_file", {"path": deliverable["path"], "limit": READ_PAGE}))
    else:
        calls += [("read_file", {"path": deliverable["path"], "limit": READ_PAGE})]
        for path in deliverable.get("inputs") or []:
            calls += [("search_contents", {"query": posixpath.basename(path).split(".")[0][:24],
                                           "path": folder}),
                      ("read_file", {"path": path, "limit": READ_PAGE})]
        if deliverable["format"] in ("docx", "md"):
            calls.append(("append_to_document", {"path": deliverable["path"],
                                                 "markdown": "__REVISION__",
                                                 "__for__": deliverable}))
        manager = _manager(inputs)
        if manager and deliverable["due"] <= inputs["date"]:
            calls.append(("send_message", {
                "to": manager["id"], "subject": f"{deliverable['title']}: final",
                "body": f"Hello {manager['name'].split()[0]},\n\nPlease find the final version attached.",
                "attachments": [deliverable["path"]]}))
    return calls


def _write(deliverable: dict[str, Any]) -> Call:
    """A placeholder write call; its content is filled from the conversation when it is made."""
    name = {"xlsx": "write_spreadsheet", "pptx": "write_presentation"}.get(deliverable["format"],
                                                                         "write_document")
    return (name, {"path": deliverable["path"], "__deliverable__": deliverable})


def _results(messages: list[BaseMessage]) -> list[str]:
    return [str(m.content) for m in messages if isinstance(m, ToolMessage)]


def _rows(results: list[str]) -> list[list[Any]]:
    """Budget rows as read_file shows a sheet ('a | b | c' lines after '## Budget'), from the
    first result that has them."""
    text = next((r for r in results if "## Budget" in r), "")
    rows: list[list[Any]] = []
    in_budget = False
    for line in text.splitlines():
        if line.startswith("## "):
            in_budget = line.strip() == "## Budget"
            continue
        if in_budget and " | " in line:
            cells: list[Any] = []
            for cell in line.split(" | "):
                try:
                    cells.append(float(cell) if "." in cell else int(cell))
                except ValueError:
                    cells.append(cell)
            rows.append(cells)
    return rows


def _content(name: str, deliverable: dict[str, Any], messages: list[BaseMessage],
             inputs: dict[str, Any]) -> dict[str, Any]:
    """The arguments of a write call, built from what the conversation has read so far."""
    read = "\n".join(_results(messages))
    must = deliverable.get("must_contain") or []
    if name == "write_spreadsheet":
        rows = _rows(_results(messages)) or [["Item", "Amount"], ["Total", 0]]
        envelope = next((m for m in re.findall(r"envelope of ([A-Z]{3} [\d,]+)", " ".join(must))), "")
        total_row = len(rows)
        variance = [["Measure", "Value"], ["Approved envelope", envelope],
                    ["Forecast total", f"=Forecast!F{total_row}"]]
        return {"path": deliverable["path"], "sheets": [{"name": "Forecast", "rows": rows},
                                                         {"name": "Variance", "rows": variance}]}
    if name == "write_presentation":
        slides = [{"title": d["title"], "bullets": [f"Due {d['due']}", "Drafted" if d.get("exists")
                                                    else "Not started"]}
                  for d in inputs.get("deliverables") or [] if d["id"] != deliverable["id"]]
        slides.append({"title": "Decisions needed", "bullets": must})
        return {"path": deliverable["path"], "title": deliverable["title"], "slides": slides}
    author = inputs.get("user", "the team")
    lines = [f"# {deliverable['title']}", "", f"Prepared by {author} on {inputs['date']}.", "",
             "## Summary", ""]
    lines += [f"- {item[0].upper()}{item[1:]}." for item in must]
    figures = sorted(set(re.findall(r"[A-Z]{3} \d[\d,]*\d", read)))[:6]
    if figures:
        lines += ["", "## Figures checked", "", "| Figure | Source |", "| --- | --- |"]
        lines += [f"| {f} | files read on {inputs['date']} |" for f in figures]
    lines += ["", "## Recommendation", "", "Proceed as planned, subject to the checks above."]
    return {"path": deliverable["path"], "title": deliverable["title"], "markdown": "\n".join(lines)}


def _browse(args: dict[str, Any], messages: list[BaseMessage]) -> Call:
    """The n-th file (then the n-th second page) of the folder listed last; else a clock check."""
    listings = [r for r in _results(messages) if r.startswith(args["folder"])]
    names = re.findall(r"^\s+(\S.*?\.(?:docx|xlsx|pptx|pdf|md|csv|txt))\b", listings[-1] if listings else "",
                       flags=re.MULTILINE)
    files = [f"{args['folder']}/{n}" for n in names]
    n = args["n"]
    if n < len(files):
        return "read_file", {"path": files[n], "limit": READ_PAGE}
    if n < 2 * len(files):
        return "read_file", {"path": files[n - len(files)], "offset": READ_PAGE, "limit": READ_PAGE}
    return "current_time", {}


def _revision(inputs: dict[str, Any], deliverable: dict[str, Any], read: str) -> str:
    """A dated section that takes up one of the deliverable's requirements each day, and answers
    any request a colleague made about this deliverable ('Please add X to <title>') that the
    document, as read earlier today, does not answer yet."""
    must = deliverable.get("must_contain") or ["the open points"]
    item = must[inputs.get("day", 0) % len(must)]
    text = (f"## Update {inputs['date']}\n\nRevisited {item} after the latest messages; the "
            "figures were checked again against their source files.\n\n- Open point: confirm "
            f"{item} with the owner before the next milestone.")
    for subject in inputs.get("requests") or []:
        asked = re.match(r"Please add (.+) to (.+)$", subject)
        if asked and asked.group(2) == deliverable["title"] and f"covers {asked.group(1)}" not in read:
            topic = asked.group(1)
            text += (f"\n\n## {topic[0].upper()}{topic[1:]}\n\nAs requested, this section covers "
                     f"{topic} for {deliverable['title']}.")
    return text


def _left_out(messages: list[BaseMessage]) -> int:
    """Calls of today left out of the conversation to fit the context window, as its note
    says ('Your first N actions of today are left out'); the offline worker made one call an
    answer, so its place in the day's plan is kept."""
    for message in messages:
        found = re.search(r"\[Your first (\d+) actions of today are left out", str(message.content))
        if found:
            return int(found.group(1))
    return 0


@register_agent("user_agent")
def next_step(inputs: dict[str, Any], messages: list[BaseMessage], seed: int) -> AIMessage:
    """The agent's next message: the next planned tool call, or its end-of-day note."""
    plan = day_plan(inputs)
    made = sum(len(m.tool_calls) for m in messages if isinstance(m, AIMessage)) + _left_out(messages)
    if made >= len(plan):
        return AIMessage(content=f"Done for {inputs['date']}: {made} actions.")
    name, args = plan[made]
    if "__deliverable__" in args:
        args = _content(name, args["__deliverable__"], messages, inputs)
    if args.get("markdown") == "__REVISION__":
        read = "\n".join(_results(messages))
        args = {"path": args["path"], "markdown": _revision(inputs, args["__for__"], read)}
    if "__for__" in args and name == "log_activity":
        written = args["__for__"]
        about = (written.get("__deliverable__") or written.get("__for__") or {}).get("title")
        done = f"drafted {about}" if "__deliverable__" in written else (
            f"revised {about} after the latest messages" if about else "updated")
        args = {"entry": args["entry"].replace("__TITLE__", done)}
    if args.get("path") == "__BROWSE__":
        name, args = _browse(args, messages)
    if args.get("path") == "__ATTACHMENT__":
        found = re.findall(r"Attachments: (.+)", "\n".join(_results(messages)))
        paths = [p.strip() for line in found for p in line.split(", ")]
        if len(paths) > args["n"]:
            name, args = "read_file", {"path": paths[args["n"]], "limit": READ_PAGE}
        else:
            name, args = "current_time", {}
    digest = hashlib.sha256(json.dumps([seed, inputs["date"], made, name], sort_keys=True).encode())
    return AIMessage(content="", tool_calls=[{"name": name, "args": args,
                                              "id": f"call_{digest.hexdigest()[:24]}"}])
