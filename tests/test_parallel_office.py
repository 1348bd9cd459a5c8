"""Office files written and read from many threads at once, as the world builder's parallel
branches do: python-docx and python-pptx share one lxml parser, so every package is built,
opened and read under one lock. Run under faulthandler: a crash shows its stack."""

from __future__ import annotations

import datetime
import faulthandler
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from synthcomp import office
from synthcomp.office import style_for
from synthcomp.schemas import Block, DeckSpec, DocumentSpec, FileContent, SlideSpec

WHEN = datetime.datetime(2026, 4, 20, 9, 0)
FILES = 120


def _write_and_read(folder: Path, n: int) -> str:
    look = style_for(f"Employer {n % 7}")  # styled documents create the most new elements
    if n % 2:
        deck = DeckSpec(title=f"Deck {n}", slides=[SlideSpec(title=f"Slide {k}", bullets=["a", "b"])
                                                   for k in range(4)])
        path = folder / f"deck {n}.pptx"
        office.write_content(path, "pptx", FileContent(deck=deck, summary="s"), WHEN, style=look)
    else:
        blocks = [Block(type="heading", text=f"Part {k}") for k in range(6)]
        blocks += [Block(type="table", rows=[["Item", "Cost"], ["Gloves", str(n)]])]
        document = DocumentSpec(title=f"Report {n}", blocks=blocks)
        path = folder / f"report {n}.docx"
        office.write_content(path, "docx", FileContent(document=document, summary="s"), WHEN, style=look)
    return office.read_text(path)


def test_many_threads_build_and_read_office_files_without_corruption(tmp_path: Path) -> None:
    faulthandler.enable()
    with ThreadPoolExecutor(max_workers=8) as pool:
        texts = list(pool.map(lambda n: _write_and_read(tmp_path, n), range(FILES)))
    for n, text in enumerate(texts):
        assert (f"Deck {n}" if n % 2 else f"Report {n}") in text
