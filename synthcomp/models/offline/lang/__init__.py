"""Phrasebooks: the working languages the offline world writes in, English as the fallback.

``book_for(language, country)`` returns the book and whether it fell back to English, which
the world builder records and prints (a persona whose language has no book is written in
English, and says so).
"""

from __future__ import annotations

import importlib
from functools import cache

from synthcomp.models.offline.lang.base import Phrasebook
from synthcomp.models.offline.lang.en import BOOK as ENGLISH
from synthcomp.models.offline.lang.en import US_BOOK

# Each module defines BOOK; a language is listed once its book is complete.
LANGUAGE_MODULES: tuple[str, ...] = ("fr", "es", "pt", "de", "zh", "ja")


@cache
def books() -> tuple[Phrasebook, ...]:
    """Every phrasebook that is installed, English first."""
    found = [ENGLISH]
    for code in LANGUAGE_MODULES:
        try:
            module = importlib.import_module(f"synthcomp.models.offline.lang.{code}")
        except ModuleNotFoundError:
            continue
        found.append(module.BOOK)
    return tuple(found)


def book_for(language: str, country: str = "") -> tuple[Phrasebook, bool]:
    """The phrasebook for ``language`` ("French", "fr", "français") and whether it fell back.

    ``country`` picks a national variant where one exists (US dates for English).
    """
    wanted = language.strip().lower()
    for book in books():
        if wanted in (book.code, book.name.lower(), *book.aliases) or \
                wanted.split("-")[0].split("_")[0] == book.code:
            if book.code == "en" and country.strip().lower() in ("united states", "usa", "us"):
                return US_BOOK, False
            return book, False
    return ENGLISH, bool(wanted) and wanted not in ENGLISH.aliases


__all__ = ["ENGLISH", "Phrasebook", "book_for", "books"]
