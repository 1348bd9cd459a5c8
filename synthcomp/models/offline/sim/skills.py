"""The offline worker's reading of an occupation skill: a mechanical stand-in for a real model
that reads the skill in its system prompt and follows the rules it can act on.

The offline chat model hands the worker the system prompt's ``<skill>`` block as
``inputs["skill"]``; the worker knows the rules by their topic in brackets (``- [topic] ...``):

- ``[source-of-truth]``: re-open the files a deliverable's figures come from right before
  composing it (and before each revision), take a figure only from the file the requirement names
  (never from a colleague's copy), record every figure those files hold with its source (the
  paper's registry), and tell a colleague whose copy of a figure differs from its source.
- ``[cross-document-consistency]``: the same registry, so every deliverable states a shared
  figure as its source does.

Without a skill (or with none of these topics) nothing here is called: the worker's calls and
files are exactly what they were."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from typing import Any

SOURCE_OF_TRUTH = "source-of-truth"
CONSISTENCY = "cross-document-consistency"
APPLY_FEEDBACK = "apply-feedback"
KNOWN = (SOURCE_OF_TRUTH, CONSISTENCY, APPLY_FEEDBACK)
READ_PAGE = 2500
REGISTRY_ROWS = 12  # figures recorded per source file
_RULE = re.compile(r"^- \[([^\]\n]+)\] ", re.MULTILINE)
_SOURCED = re.compile(r"^(?P<topic>.+), as in (?P<file>[^,]+\.[A-Za-z0-9]{2,4})$")
# A figure as people write it, thousands separated by a space too ('4 952,16', '220000',
# 'EUR 47,876.29'); a date is not one.
_FIGURE = re.compile(r"(?<![\w.,])-?\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+(?:[.,]\d+)?(?![\d])"
                     r"|(?<![\w.,])-?\d{4,}(?:[.,]\d+)?(?![\d])")
_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_ARROW = re.compile(r"\s*(?:->|\u2192)\s*")


def topics(inputs: dict[str, Any]) -> frozenset[str]:
    """The topics of the skill's rules that the worker knows how to act on."""
    return frozenset(t.strip() for t in _RULE.findall(str(inputs.get("skill") or ""))) & frozenset(KNOWN)


def checks_sources(inputs: dict[str, Any]) -> bool:
    """Whether the skill says to take figures from their source of truth."""
    return bool(topics(inputs) & {SOURCE_OF_TRUTH, CONSISTENCY})


def sourced_files(deliverable: dict[str, Any]) -> list[str]:
    """The drive paths of the files the deliverable's requirements name ('..., as in X.xlsx'),
    among its inputs, in requirement order."""
    names = [m.group("file") for item in deliverable.get("must_contain") or []
             if (m := _SOURCED.match(item.strip()))]
    paths = {posixpath.basename(p): p for p in deliverable.get("inputs") or []}
    return list(dict.fromkeys(paths[n] for n in names if n in paths))


def recheck(deliverable: dict[str, Any], inputs: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Calls that re-open each source file right before composing: both pages, and a
    workbook's computed values."""
    if not checks_sources(inputs):
        return []
    calls: list[tuple[str, dict[str, Any]]] = []
    for path in sourced_files(deliverable):
        calls += [("read_file", {"path": path, "limit": READ_PAGE}),
                  ("read_file", {"path": path, "offset": READ_PAGE, "limit": READ_PAGE})]
        if path.lower().endswith(".xlsx"):
            calls.append(("read_range", {"path": path, "sheet": "", "cell_range": "A1:H40"}))
    return calls


def tell_slot(deliverable: dict[str, Any], inputs: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """A place in the day for telling a colleague that their copy of a figure differs from its
    source (filled when it comes: see ``tell``)."""
    if SOURCE_OF_TRUTH not in topics(inputs) or not sourced_files(deliverable):
        return []
    return [("current_time", {"__TELL__": deliverable})]  # not logged as a sent message before it is one


def _figure(text: str) -> str | None:
    shown = _ARROW.split(text, maxsplit=1)
    value = shown[1] if len(shown) > 1 else ("" if text.strip().startswith("=") else text)
    if _DATE.search(value):
        return None
    found = _FIGURE.search(value)
    return found.group(0) if found else None


def number(figure: str) -> float | None:
    """A figure's value, whichever separators it uses ('4 952,16', '47,876.29', '220000')."""
    digits = re.sub(r"[^\d.,-]", "", figure)
    if re.search(r"[.,]\d{1,2}$", digits):
        whole, cents = digits[:-3 if digits[-3] in ".," else -2], digits[-2:].lstrip(".,")
        digits = re.sub(r"[.,]", "", whole) + "." + cents
    else:
        digits = re.sub(r"[.,]", "", digits)
    try:
        return float(digits)
    except ValueError:
        return None


def figures_held(text: str, read_range: bool) -> list[tuple[str, str]]:
    """(label, figure) pairs a source file states: the rows of its two-column tables (an
    assumption and its value), its total rows (their computed value), and prose lines that
    start with a label and give one figure (a quotation's 'Total 4 952,16')."""
    found: list[tuple[str, str]] = []
    for line in text.splitlines():
        if " | " in line:
            cells = [c.strip() for c in line.split(" | ")]
            if read_range:
                cells = cells[1:]
            label = cells[0] if cells else ""
            if not label or not re.search(r"[^\W\d_]", label):
                continue
            values = [v for v in (_figure(c) for c in cells[1:]) if v]
            if len(cells) == 2 and values:
                found.append((label, values[0]))
            elif values and "total" in label.casefold():
                found.append((label, values[-1]))
        else:
            figure = _figure(line)
            label = line[:line.find(figure)].strip(" :") if figure else ""
            if figure and label and len(label) < 40 and re.fullmatch(r"[^\W\d_][\w\s%'-]*", label) \
                    and "total" in label.casefold():
                found.append((label, figure))
    return list(dict.fromkeys(found))


def registry(deliverable: dict[str, Any], seen: list[Any]) -> list[tuple[str, str, str]]:
    """(figure, value, source file) for each figure the deliverable's source files hold, as the
    worker read them today (the latest reading of each file)."""
    rows: list[tuple[str, str, str]] = []
    for path in sourced_files(deliverable):
        held: list[tuple[str, str]] = []
        for read in seen:
            if read.path == path and read.tool in ("read_file", "read_range"):
                held += figures_held(read.text, read.tool == "read_range")
        name = posixpath.basename(path)
        rows += [(label, value, name) for label, value in list(dict.fromkeys(held))[:REGISTRY_ROWS]]
    return rows


def registry_markdown(rows: list[tuple[str, str, str]]) -> list[str]:
    """The registry as a document section."""
    if not rows:
        return []
    return (["", "## Figures from their sources", "",
             "Each shared figure as the file that holds it states it; copies were not used.", "",
             "| Figure | Value | Source |", "| --- | --- | --- |"]
            + [f"| {label} | {value} | {source} |" for label, value, source in rows])


def _labelled_rows(text: str) -> list[tuple[str, str]]:
    """(label, first figure) of each table row of a file ('Planned budget Alpha | 74 876 EUR | ...')."""
    rows = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.split(" | ")] if " | " in line else []
        values = [v for v in (_figure(c) for c in cells[1:]) if v]
        if cells and values and re.search(r"[^\W\d_]", cells[0]):
            rows.append((cells[0], values[0]))
    return rows


def _copies(reads: list[Any]) -> list[tuple[str, str, str, str]]:
    """(sender id, file name, label, figure) for the figures of colleagues' attachments read
    today (files in Downloads), the sender found in the inbox read today."""
    inbox = "\n".join(r.text for r in reads if r.tool == "read_inbox")
    found = []
    for read in reads:
        if read.tool != "read_file" or "/Downloads/" not in f"/{read.path}":
            continue
        sender = None
        for block in re.split(r"\n(?=\[[^\]]+\] \d{4}-)", inbox):
            if read.path in block:
                who = re.match(r"\[[^\]]+\] \S+ from ([\w-]+):", block)
                sender = who.group(1) if who else sender
        if sender:
            found += [(sender, read.name, label, value) for label, value in _labelled_rows(read.text)]
    return found


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", text)}


def tell(args: dict[str, Any], reads: list[Any], inputs: dict[str, Any],
         figures_of: Callable[[str], tuple[list[str], str]]) -> tuple[str, dict[str, Any]]:
    """The colleague whose copy of a figure a requirement asks for differs from the figure its
    source holds (``figures_of``: the named file's figures for a requirement), told so without
    repeating the copy's value; else a look at the clock."""
    deliverable = args["__TELL__"]
    title = _words(str(deliverable.get("title", "")))
    copies = _copies(reads)
    for item in deliverable.get("must_contain") or []:
        found = _SOURCED.match(item.strip())
        figures, source = figures_of(item)
        truth = number(figures[0]) if found and figures else None
        if not found or truth is None:
            continue
        topic = _words(found.group("topic"))
        for sender, name, label, value in copies:
            words, copy = _words(label), number(value)
            # The copy's row names the topic, and otherwise only the project ('Planned budget Alpha').
            if not topic or not topic <= words or not words - topic <= title or copy is None:
                continue
            subject = f"{label}: please check your {name}"
            if any(subject in str(r) for r in inputs.get("requests") or []):
                continue  # the colleague has answered it: told already
            if abs(copy - truth) > max(1.0, abs(truth) / 1000):
                person = next((p for p in inputs.get("collaborators") or [] if p["id"] == sender), None)
                first = str(person["name"]).split()[0] if person else "there"
                return "send_message", {
                    "to": sender, "subject": subject,
                    "body": (f"Hello {first},\n\nYour {name} gives {label} a figure that differs from "
                             f"{source}, the file that holds it: there it is {figures[0]}. I use the "
                             f"figure of {source} in {deliverable['title']}; could you correct your "
                             "copy?\n\nThanks!")}
    return "current_time", {}
