"""Offline answer for FileContent: pick the generator for the file's genre and kind."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from synthcomp.models.offline.chat import register
from synthcomp.models.offline.world.content import (
    decks,
    described,
    documents,
    extras,
    sheets,
    texts,
    work,
)
from synthcomp.models.offline.world.content.context import Ctx

Generate = Callable[[Ctx], tuple[dict[str, Any], str]]

# month.private adds "private" (collaborators' files, asked for by the objective planner), so
# that the world builder's answers do not depend on the month's.
BY_GENRE: dict[str, Generate] = {
    **documents.GENERATORS, **sheets.GENERATORS, **decks.GENERATORS, **texts.GENERATORS,
    **extras.GENERATORS,
    **work.GENERATORS,
    # A published row's file: its description is the brief (materialize).
    **described.GENERATORS,
}

# When a genre has no generator for this kind (or is unknown, e.g. from a real model's plan),
# fall back to what that kind of file usually is.
BY_KIND: dict[str, Generate] = {
    "docx": documents.memo, "pdf": documents.report, "md": texts.notes, "txt": texts.notes,
    "xlsx": sheets.tracker, "csv": sheets.data_export, "pptx": decks.status_deck,
    **extras.BY_KIND,
}

_FITS: dict[str, tuple[str, ...]] = {
    "document": ("docx", "pdf", "md"), "workbook": ("xlsx", "csv"), "deck": ("pptx",),
    "text": ("txt", "eml", "json", "py"), "image": ("png",), "archive": ("zip",),
}


@register("FileContent")
def file_content(inputs: dict[str, Any], seed: int) -> dict[str, Any]:
    """FileContent for the node in ``inputs``, built from its dependencies' facts."""
    ctx = Ctx(inputs, seed)
    kind = str(ctx.node.get("kind", "txt"))
    generate = BY_GENRE.get(str(ctx.node.get("genre", "")))
    if generate is not None:
        body, summary = generate(ctx)
        if not any(key in body and kind in _FITS[key] for key in _FITS):
            ctx.facts.clear()
            body, summary = BY_KIND[kind](ctx)
    else:
        body, summary = BY_KIND[kind](ctx)
    return {**body, "summary": summary, "facts": dict(ctx.facts)}
