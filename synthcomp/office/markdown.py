"""Markdown to DocumentSpec: models write documents as markdown, the office builders want specs.

Understood: '#' headings, paragraphs (consecutive lines join), '-', '*' and '+' bullets, '1.'
and '1)' numbered lists, '| tables |', an italic line under the title as subtitle. Inline
marks (**bold**, `code`, [links](url)) become plain text, since the specs hold plain text.
``document_from_markdown(document_to_markdown(doc)) == doc`` for plain-text documents whose
headings start at level 1.
"""

from __future__ import annotations

import re
from typing import Literal

from synthcomp.schemas import Block, DocumentSpec

_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_BULLET_RE = re.compile(r"^\s*[-*+\u2022]\s+(.*)$")
_NUMBERED_RE = re.compile(r"^\s*\d{1,3}[.)]\s+(.*)$")
_RULE_RE = re.compile(r"^\s*([-*_])(?:\s*\1){2,}\s*$")
_TABLE_SEPARATOR_RE = re.compile(r"^\s*\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?$")
_SUBTITLE_RE = re.compile(r"^\*([^*\s][^*]*)\*$|^_([^_\s][^_]*)_$")
_CELL_SPLIT_RE = re.compile(r"(?<!\\)\|")
_INLINE_RES = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # image: its alt text
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)"), r"\1 (\2)"),  # link: text (url)
    (re.compile(r"\*\*(.+?)\*\*|__(.+?)__"), r"\1\2"),  # bold
    (re.compile(r"`([^`]*)`"), r"\1"),  # code
)


def document_from_markdown(text: str, title: str | None = None) -> DocumentSpec:
    """The document `text` describes. Its first line '# X' is the title when `title` is None (or
    dropped when it repeats `title`); an italic line right under it is the subtitle. Headings
    keep their relative depth: the shallowest heading level of the body becomes level 1."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    subtitle = ""
    first = _HEADING_RE.match(lines[0]) if lines else None
    if first and len(first.group(1)) == 1 and (title is None or _same(first.group(2), title)):
        title = title if title is not None else inline(first.group(2))
        lines.pop(0)
        rest = [line for line in lines if line.strip()]
        if rest and (italic := _SUBTITLE_RE.match(rest[0].strip())):
            subtitle = inline(italic.group(1) or italic.group(2))
            lines = lines[lines.index(rest[0]) + 1:]
    return DocumentSpec(title=title or "", subtitle=subtitle, blocks=markdown_blocks("\n".join(lines)))


def markdown_blocks(text: str) -> list[Block]:
    """The blocks of a markdown body; every '#' line is a heading (none becomes the title)."""
    parser = _Parser()
    fenced = False
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if raw.strip().startswith(("```", "~~~")):
            fenced = not fenced
            parser.end()
            continue
        if fenced:  # code: each line as it is, one paragraph each
            if raw.strip():
                parser.blocks.append(Block(type="paragraph", text=raw.rstrip()))
            continue
        parser.feed(raw)
    parser.end()
    return _relative_levels(parser.blocks, parser.depths)


class _Parser:
    """Line by line: the block being built is closed when a line of another kind comes."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.depths: list[int] = []  # '#' count of each heading, in order
        self.current: Block | None = None

    def end(self) -> None:
        if self.current is not None and (self.current.text or self.current.items or self.current.rows):
            self.blocks.append(self.current)
        self.current = None

    def start(self, block: Block) -> None:
        self.end()
        self.current = block

    def feed(self, raw: str) -> None:
        line = raw.strip()
        while line.startswith(">"):  # quotes read as plain text
            line = line[1:].strip()
        current = self.current
        if not line or _RULE_RE.match(line):
            self.end()
        elif heading := _HEADING_RE.match(line):
            self.end()
            self.depths.append(len(heading.group(1)))
            self.blocks.append(Block(type="heading", text=inline(heading.group(2)), level=1))
        elif line.startswith("|"):
            if current is None or current.type != "table":
                self.start(Block(type="table"))
            if not _TABLE_SEPARATOR_RE.match(line) and self.current is not None:
                self.current.rows.append(_cells(line))
        elif item := _list_item(raw):
            kind, text = item
            if current is None or current.type != kind:
                self.start(Block(type=kind))
            if self.current is not None:
                self.current.items.append(text)
        elif current is not None and current.type in ("bullets", "numbered") and raw[:1].isspace():
            current.items[-1] += " " + inline(line)  # an item's continuation line
        elif current is not None and current.type == "paragraph":
            current.text += " " + inline(line)
        else:
            self.start(Block(type="paragraph", text=inline(line)))


def _list_item(raw: str) -> tuple[Literal["bullets", "numbered"], str] | None:
    if bullet := _BULLET_RE.match(raw):
        return "bullets", inline(bullet.group(1))
    if number := _NUMBERED_RE.match(raw):
        return "numbered", inline(number.group(1))
    return None


def inline(text: str) -> str:
    """Plain text of inline markdown: no bold or code marks, links as 'text (url)'."""
    for pattern, replacement in _INLINE_RES:
        text = pattern.sub(replacement, text)
    return text.strip()


def _cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [inline(cell.replace("\\|", "|")) for cell in _CELL_SPLIT_RE.split(inner)]


def _relative_levels(blocks: list[Block], depths: list[int]) -> list[Block]:
    if not depths:
        return blocks
    top = min(depths)
    levels = iter(depths)
    return [
        block.model_copy(update={"level": min(next(levels) - top + 1, 3)})
        if block.type == "heading" else block
        for block in blocks
    ]


def _same(a: str, b: str) -> bool:
    return " ".join(inline(a).lower().split()) == " ".join(b.lower().split())
