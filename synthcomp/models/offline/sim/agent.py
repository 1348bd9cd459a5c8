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
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, ToolMessage

from synthcomp.models.offline.chat import register_agent
from synthcomp.models.offline.sim import skills

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
            calls += _computed(path)
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
        calls += skills.recheck(deliverable, inputs)  # nothing without a skill that says so
        calls.append(_write(deliverable))
        calls.append(("read_file", {"path": deliverable["path"], "limit": READ_PAGE}))
        calls += skills.tell_slot(deliverable, inputs)
    else:
        calls += [("read_file", {"path": deliverable["path"], "limit": READ_PAGE})]
        for path in deliverable.get("inputs") or []:
            calls += [("search_contents", {"query": posixpath.basename(path).split(".")[0][:24],
                                           "path": folder}),
                      ("read_file", {"path": path, "limit": READ_PAGE}), *_computed(path)]
        calls += skills.recheck(deliverable, inputs)
        if deliverable["format"] in ("docx", "md"):
            calls.append(("append_to_document", {"path": deliverable["path"],
                                                 "markdown": "__REVISION__",
                                                 "__for__": deliverable}))
            calls += skills.tell_slot(deliverable, inputs)
        manager = _manager(inputs)
        if manager and deliverable["due"] <= inputs["date"]:
            calls.append(("send_message", {
                "to": manager["id"], "subject": f"{deliverable['title']}: final",
                "body": f"Hello {manager['name'].split()[0]},\n\nPlease find the final version attached.",
                "attachments": [deliverable["path"]]}))
    return calls


def _computed(path: str) -> list[Call]:
    """A workbook's first sheet as computed: read_file shows a total as its formula, and the
    figure a requirement asks for is often that total."""
    return [("read_range", {"path": path, "sheet": "", "cell_range": "A1:H40"})] \
        if path.lower().endswith(".xlsx") else []


def _write(deliverable: dict[str, Any]) -> Call:
    """A placeholder write call; its content is filled from the conversation when it is made."""
    name = {"xlsx": "write_spreadsheet", "pptx": "write_presentation"}.get(deliverable["format"],
                                                                         "write_document")
    return (name, {"path": deliverable["path"], "__deliverable__": deliverable})


def _results(messages: list[BaseMessage]) -> list[str]:
    return [str(m.content) for m in messages if isinstance(m, ToolMessage)]


@dataclass(frozen=True)
class Read:
    """One tool result the worker has in its conversation, and what it read: the file's path
    (read_file, read_range), or '' for what is not a file (the inbox)."""

    tool: str
    path: str
    text: str

    @property
    def name(self) -> str:
        return posixpath.basename(self.path)


SOURCE_TOOLS = ("read_file", "read_range", "read_inbox")


def reads(messages: list[BaseMessage]) -> list[Read]:
    """The conversation's readings, in the order they came, each tied to the call that asked
    for it (its tool call id), so the worker knows which file a figure came from."""
    asked = {call["id"]: call for m in messages if isinstance(m, AIMessage) for call in m.tool_calls}
    found = []
    for message in messages:
        call = asked.get(message.tool_call_id) if isinstance(message, ToolMessage) else None
        if call and call["name"] in SOURCE_TOOLS and getattr(message, "status", "success") != "error":
            found.append(Read(call["name"], str(call["args"].get("path", "")), str(message.content)))
    return found


_WORD = re.compile(r"[^\W\d_]{4,}")
# How the tools show a formula with its value: '=SUM(F2:F9) -> 2,130,697.85' (or an arrow).
_ARROW = re.compile(r"\s*(?:->|\u2192)\s*")
_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
# A figure in any locale's writing: 'EUR 4,156,199', '4 156 199 EUR' (no-break spaces),
# '4.156.199,50 EUR', '12.5%'.
_FIGURE = re.compile(r"(?:\b[A-Z]{3} )?(?<![\w.,])-?(?:\d{1,3}(?:[,.\u00a0\u202f]\d{3})+(?:[.,]\d+)?"
                     r"|\d+(?:[.,]\d+)?)%?(?:[\u00a0 ][A-Z]{3}\b)?")
# A requirement that names its topic and the file holding it, as a person reads it:
# 'the planned budget, as in Budget 2026.xlsx'.
_SOURCED = re.compile(r"^(?P<topic>.+), as in (?P<file>[^,]+\.[A-Za-z0-9]{2,4})$")


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def _value(cell: str) -> str | None:
    """The figure a cell shows: a formula's computed value ('=SUM(F2:F9) -> 2,130,697.85'),
    else the typed figure; a formula with no value shows none."""
    parts = _ARROW.split(cell, maxsplit=1)
    shown = parts[1] if len(parts) > 1 else ("" if cell.strip().startswith("=") else cell)
    if _DATE.search(shown):
        return None
    found = _FIGURE.search(shown)
    return found.group(0) if found else None


def _labelled(label: str, item: set[str], key: set[str]) -> bool:
    """A row or line label made of the requirement's words (``item``) that names its topic
    (one of the ``key`` words: not merely the project or the counterpart); a budget's total is
    its planned figure."""
    words = _words(label)
    total = "total" in words and bool(key & {"budget", "planned", "total"})
    return bool(words) and (total or bool(words & key)) and all(
        w in item or (w == "total" and total) for w in words)


def _in_table(item: set[str], key: set[str], text: str, read_range: bool) -> list[str]:
    """The figures a table row labelled with the topic holds: in the columns the requirement
    names ('latest', 'target'), else its first figure (a date is not one)."""
    header: list[str] = []
    for line in text.splitlines():
        if " | " not in line:
            header = []
            continue
        cells = [c.strip() for c in line.split(" | ")]
        if read_range:
            if cells[0] == "row":
                header = []
                continue
            cells = cells[1:]
        if not header:
            header = cells
            continue
        if not cells or not _labelled(cells[0], item, key):
            continue
        wanted = [i for i, h in enumerate(header) if i and _words(h) & item]
        values = [_value(cells[i]) if i < len(cells) else None for i in wanted]
        if wanted and all(values):
            return [v for v in values if v]
        if not wanted:
            first = [v for v in (_value(c) for c in cells[1:]) if v]
            if first:
                return first[:1]
    return []


def _in_prose(item: set[str], key: set[str], text: str) -> list[str]:
    """The first figure of a line whose words before it name the topic
    ('Cost-Reduction: approved envelope EUR 690,000')."""
    for line in text.splitlines():
        found = _FIGURE.search(line)
        if found and " | " not in line and _labelled(line[:found.start()], item, key):
            return [found.group(0)]
    return []


def figures_for(item: str, deliverable: dict[str, Any], seen: list[Read],
                copies: bool = True) -> tuple[list[str], str]:
    """The figures a requirement asks for, and where the worker took them: from the file the
    requirement names when the worker read it (the source of truth wins over any copy), else
    from the latest other reading that has them (an attachment, the inbox: possibly wrong).
    Only the requirement's words and file name are used, never a figure from the plan.
    ``copies=False`` (a skill's source-of-truth rule): the named file only."""
    found = _SOURCED.match(item.strip())
    if not found:
        return [], ""
    topic, name = found.group("topic"), found.group("file")
    # A colleague's copy labels the figure with the project ('Planned budget Alpha'): the
    # deliverable's title says which project this is.
    title = _words(str(deliverable.get("title", "")))
    words = _words(topic) | _words(name) | title
    key = _words(topic) - _words(name) - title
    own = posixpath.basename(deliverable.get("path", ""))
    named = [r for r in seen if r.name == name]
    others = [r for r in reversed(seen) if r.name not in (name, own)] if copies else []
    for read in named + others:
        figures = (_in_table(words, key, read.text, read.tool == "read_range")
                   or _in_prose(words, key, read.text))
        if figures:
            return figures, read.name or "the inbox"
    return [], ""


def _rows(seen: list[Read], inputs: list[str]) -> list[list[Any]]:
    """Budget rows as read_file shows a sheet ('a | b | c' lines after '## Budget'), from the
    deliverable's own input files first, else from any file read."""
    mine = [r.text for r in seen if r.tool == "read_file" and r.path in inputs]
    text = next((t for t in mine + [r.text for r in seen] if "## Budget" in t), "")
    rows: list[list[Any]] = []
    in_budget = False
    for line in text.splitlines():
        if line.startswith("## "):
            in_budget = line.strip() == "## Budget"
            continue
        if in_budget and " | " in line:
            rows.append([_number(cell) for cell in line.split(" | ")])
    return rows


def _number(cell: str) -> Any:
    """A cell as a workbook holds it: a number where the text is one ('2,277,000' too), a
    formula without the value a tool showed beside it."""
    if cell.strip().startswith("="):
        return _ARROW.split(cell.strip(), maxsplit=1)[0]
    plain = re.sub(r"^[A-Z]{3} ", "", cell.strip()).replace(",", "")
    try:
        return float(plain) if "." in plain else int(plain)
    except ValueError:
        return cell


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sourced_lines(deliverable: dict[str, Any], seen: list[Read],
                   copies: bool = True) -> list[tuple[str, list[str], str]]:
    """(requirement, figures, where read) for each requirement that names a file."""
    found = []
    for item in deliverable.get("must_contain") or []:
        figures, where = figures_for(item, deliverable, seen, copies)
        if _SOURCED.match(item.strip()):
            found.append((item, figures, where))
    return found


def _content(name: str, deliverable: dict[str, Any], messages: list[BaseMessage],
             inputs: dict[str, Any]) -> dict[str, Any]:
    """The arguments of a write call, built from what the conversation has read so far."""
    seen = reads(messages)
    must = deliverable.get("must_contain") or []
    strict = skills.checks_sources(inputs)
    checked = _sourced_lines(deliverable, seen, copies=not strict)
    held = skills.registry(deliverable, seen) if strict else []
    if name == "write_spreadsheet":
        rows = _rows(seen, deliverable.get("inputs") or []) or [["Item", "Amount"], ["Total", 0]]
        total_row = len(rows)
        variance: list[list[Any]] = [["Measure", "Value", "Source"]]
        envelope = 0
        for item, figures, where in checked:
            topic = _SOURCED.match(item.strip()).group("topic")  # type: ignore[union-attr]
            label = _cap(re.sub(r"^the (variance against the )?", "", topic))
            variance.append([label, _number(figures[0]) if figures else "not found in the files read",
                             where or "to be checked"])
            if "envelope" in topic and figures:
                envelope = len(variance)
        variance.append(["Forecast total", f"=Forecast!F{total_row}", "this workbook"])
        if envelope:
            variance.append(["Variance against the envelope", f"=B{envelope}-B{len(variance)}",
                             "this workbook"])
        sources = [{"name": "Sources", "rows": [["Figure", "Value", "Source"], *map(list, held)]}] \
            if held else []
        return {"path": deliverable["path"], "sheets": [{"name": "Forecast", "rows": rows},
                                                         {"name": "Variance", "rows": variance}, *sources]}
    if name == "write_presentation":
        slides = [{"title": d["title"], "bullets": [f"Due {d['due']}", "Drafted" if d.get("exists")
                                                    else "Not started"]}
                  for d in inputs.get("deliverables") or [] if d["id"] != deliverable["id"]]
        slides.append({"title": "Decisions needed", "bullets": must})
        return {"path": deliverable["path"], "title": deliverable["title"], "slides": slides}
    author = inputs.get("user", "the team")
    lines = [f"# {deliverable['title']}", "", f"Prepared by {author} on {inputs['date']}.", "",
             "## Summary", ""]
    figures_of = {item: (figures, where) for item, figures, where in checked}
    for item in must:
        figures, where = figures_of.get(item, ([], ""))
        lines.append(f"- {_cap(item)}: {' and '.join(figures)} ({where})." if figures else f"- {_cap(item)}.")
    if checked:
        lines += ["", "## Figures checked", "", "| Requirement | Figure | Read in |", "| --- | --- | --- |"]
        lines += [f"| {item} | {' / '.join(figures) or 'not found'} | {where or 'no file read yet'} |"
                  for item, figures, where in checked]
    lines += skills.registry_markdown(held)
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


def _revision(inputs: dict[str, Any], deliverable: dict[str, Any], seen: list[Read]) -> str:
    """A dated section that takes up one of the deliverable's requirements each day (with its
    figure as read today, and where), and answers any request a colleague made about this
    deliverable ('Please add X to <title>') that the document, as read earlier today, does not
    answer yet."""
    read = "\n".join(r.text for r in seen)
    must = deliverable.get("must_contain") or ["the open points"]
    item = must[inputs.get("day", 0) % len(must)]
    strict = skills.checks_sources(inputs)
    figures, where = figures_for(item, deliverable, seen, copies=not strict)
    checked = (f"it stands at {' and '.join(figures)} as read in {where} today" if figures
               else "no figure was checked for it today")
    text = (f"## Update {inputs['date']}\n\nRevisited {item} after the latest messages; "
            f"{checked}.\n\n- Open point: confirm {item} with the owner before the next milestone.")
    for subject in inputs.get("requests") or []:
        asked = re.match(r"Please add (.+) to (.+)$", subject)
        if asked and asked.group(2) == deliverable["title"] and f"covers {asked.group(1)}" not in read:
            topic = asked.group(1)
            text += (f"\n\n## {topic[0].upper()}{topic[1:]}\n\nAs requested, this section covers "
                     f"{topic} for {deliverable['title']}.")
    if strict and "## Figures from their sources" not in read:  # once in the document
        text += "\n" + "\n".join(skills.registry_markdown(skills.registry(deliverable, seen)))
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
        args = {"path": args["path"], "markdown": _revision(inputs, args["__for__"], reads(messages))}
    if "__for__" in args and name == "log_activity":
        written = args["__for__"]
        about = (written.get("__deliverable__") or written.get("__for__") or {}).get("title")
        done = f"drafted {about}" if "__deliverable__" in written else (
            f"revised {about} after the latest messages" if about else "updated")
        args = {"entry": args["entry"].replace("__TITLE__", done)}
    if "__TELL__" in args:
        seen = reads(messages)
        name, args = skills.tell(args, seen, inputs,
                                 lambda item: figures_for(item, args["__TELL__"], seen, copies=False))
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
