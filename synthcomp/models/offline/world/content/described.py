"""Offline content for a file a published row describes (genre ``described``).

The row's description is the brief: the node's title and its ``purpose`` (the description) give
the file's title and body, its listed items become the bullets, rows or slides, and the sources'
titles and summaries are cited, so a materialized file is about what the row says it is about,
not a random trade template.
"""

from __future__ import annotations

import re
from typing import Any

from synthcomp.models.offline.world.content.context import Ctx
from synthcomp.models.offline.world.content.documents import bullets, doc, heading, para

GENRE = "described"

_SPLIT = re.compile(r"\s*(?:[;:]|,(?![^()]*\))|\band\b)\s*")


def items(description: str, limit: int = 8) -> list[str]:
    """The things a description lists (``"... tracking: a, b and c."`` -> ``[a, b, c]``)."""
    body = description.split(":", 1)[1] if ":" in description else description
    parts = [part.strip(" .") for part in _SPLIT.split(body)]
    kept = [part[0].upper() + part[1:] for part in parts if len(part) > 2]
    return list(dict.fromkeys(kept))[:limit] or [description.strip(" .")[:120]]


def _sources(ctx: Ctx) -> list[str]:
    return [f"{dep.get('title') or dep.get('path')}: {str(dep.get('summary', ''))[:200]}".strip()
            for dep in ctx.inputs.get("dependencies") or []]


def _brief(ctx: Ctx) -> tuple[str, str]:
    title = str(ctx.node.get("title") or "Notes")
    return title, str(ctx.node.get("purpose") or title)


def document(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A document whose title, opening paragraph and bullets are the row's description."""
    title, brief = _brief(ctx)
    blocks = [para(brief), heading("Details"), bullets(items(brief))]
    sources = _sources(ctx)
    if sources:
        blocks += [heading("Sources"), bullets(sources)]
    ctx.facts["title"] = title
    return doc(ctx, title, blocks), brief[:300]


def workbook(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A sheet listing the description's items, one row each, with the file's date."""
    title, brief = _brief(ctx)
    rows: list[list[Any]] = [["Item", "Detail", "Date"]]
    rows += [[index, item, ctx.when.isoformat()] for index, item in enumerate(items(brief), 1)]
    rows += [["Source", source, ""] for source in _sources(ctx)]
    ctx.facts["title"] = title
    # Excel refuses these characters in a sheet name.
    name = re.sub(r"[\[\]:*?/\\]", " ", title)[:31].strip() or "Sheet1"
    return {"workbook": {"sheets": [{"name": name, "rows": rows}]}}, brief[:300]


def deck(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A deck: the description as the first slide, its items as the next ones."""
    title, brief = _brief(ctx)
    slides = [{"title": title, "bullets": [brief[:200]]}]
    slides += [{"title": item[:80], "bullets": [brief[:160]]} for item in items(brief, 5)]
    sources = _sources(ctx)
    if sources:
        slides.append({"title": "Sources", "bullets": sources[:6]})
    ctx.facts["title"] = title
    return {"deck": {"title": title, "subtitle": ctx.author, "slides": slides}}, brief[:300]


def text(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """Plain text: the title, the description and its items as a list."""
    title, brief = _brief(ctx)
    lines = [title, "", brief, "", *(f"- {item}" for item in items(brief))]
    sources = _sources(ctx)
    if sources:
        lines += ["", "Sources:", *(f"- {source}" for source in sources)]
    ctx.facts["title"] = title
    return {"text": "\n".join(lines) + "\n"}, brief[:300]


def described(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """The writer for the node's kind."""
    kind = str(ctx.node.get("kind", "txt"))
    if kind in ("xlsx", "csv"):
        return workbook(ctx)
    if kind == "pptx":
        return deck(ctx)
    if kind == "txt":
        return text(ctx)
    return document(ctx)


GENERATORS = {GENRE: described}
