"""What a phrasebook is: the words, sentences, dates and numbers of one working language.

The offline world writes every human-readable string through a phrasebook, so a French
persona's drive is French from the folder names to the last table header. English is the
reference: every other book has the same keys, and a key a book lacks falls back to English
(tests/test_phrasebooks.py lists the gaps, which should be none).

Sentence templates are keyed ``"genre.section"`` (``"report.summary"``). A template fills
``{slot}`` fields from the document's facts and picks one of ``[a|b|c]`` at random, so one
template gives many sentences; templates of one section are all written for that section.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

_CHOICE = re.compile(r"\[([^\[\]]*\|[^\[\]]*)\]")
_SLOT = re.compile(r"\{([a-z_0-9]+)\}")


@dataclass(frozen=True)
class Phrasebook:
    """One working language: labels, sentence templates and how dates and money are written.

    ``date_long`` uses ``{day}``, ``{month}`` (name), ``{month_num}`` and ``{year}``;
    ``money`` uses ``{amount}`` and ``{currency}``. ``joiner`` goes between sentences ("" for
    Chinese and Japanese, whose sentences end in a full-width stop).
    """

    code: str
    name: str
    faker_locale: str
    months: tuple[str, ...]
    date_long: str
    date_numeric: str
    decimal: str
    thousands: str
    money: str
    words: Mapping[str, str]
    sentences: Mapping[str, tuple[str, ...]]
    weekdays: tuple[str, ...] = ()
    joiner: str = " "
    list_joiner: str = ", "
    # "Status: Red." in Latin scripts, "状态：红灯。" in Chinese and Japanese.
    colon: str = ": "
    stop: str = "."
    # How the first of a month is written in a long date where it differs ("1er" in French).
    day_one: str = ""
    aliases: tuple[str, ...] = field(default_factory=tuple)

    def word(self, key: str, fallback: Phrasebook | None = None) -> str:
        """The label for ``key`` (from ``fallback`` when this book lacks it, else the key)."""
        if key in self.words:
            return self.words[key]
        if fallback is not None and key in fallback.words:
            return fallback.words[key]
        return key.replace("_", " ")

    def templates(self, key: str, fallback: Phrasebook | None = None) -> tuple[str, ...]:
        """The sentence templates of ``key`` (``"genre.section"``)."""
        found = self.sentences.get(key)
        if found:
            return found
        if fallback is not None:
            return fallback.sentences.get(key, ())
        return ()

    def long_date(self, day: date) -> str:
        """'3 March 2026', '3 mars 2026', '2026年3月3日'."""
        shown = self.day_one if day.day == 1 and self.day_one else day.day
        return self.date_long.format(day=shown, month=self.months[day.month - 1],
                                     month_num=day.month, year=day.year)

    def short_date(self, day: date) -> str:
        """The numeric date people there type: '03/03/2026', '03.03.2026', '2026/03/03'."""
        return day.strftime(self.date_numeric)

    def weekday(self, day: date) -> str:
        """The day's name, when the book has them."""
        return self.weekdays[day.weekday()] if self.weekdays else ""

    def number(self, value: float, decimals: int = 0) -> str:
        """A number with the language's separators: '12,480.50', '12 480,50', '12.480,50'."""
        text = f"{value:,.{decimals}f}"
        return text.replace(",", "\0").replace(".", self.decimal).replace("\0", self.thousands)

    def amount(self, value: float, currency: str, decimals: int = 0) -> str:
        """Money as people there write it: 'EUR 12,480', '12 480 EUR', '¥12,480'."""
        return self.money.format(amount=self.number(value, decimals), currency=currency)

    def label(self, name: str, value: str) -> str:
        """'Overall status: Amber.' with the language's own colon and full stop."""
        return f"{name}{self.colon}{value}{self.stop}"

    def join(self, sentences: list[str]) -> str:
        """Sentences as one paragraph."""
        return self.joiner.join(s for s in sentences if s)

    def fill(self, template: str, rng: random.Random, values: Mapping[str, Any]) -> str:
        """One sentence from ``template``: choices picked, slots filled, first letter raised."""
        text = _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), template)
        text = _SLOT.sub(lambda m: str(values.get(m.group(1), "")) or _blank(m.group(1)), text)
        text = re.sub(r"\s{2,}", " ", text).strip()
        return text[:1].upper() + text[1:]


def _blank(slot: str) -> str:
    # A template asked for a fact the document does not have; a visible gap is easier to spot
    # in review than an invented value.
    return f"[{slot}]"


def slots_of(template: str) -> set[str]:
    """The ``{slot}`` names a template uses."""
    return set(_SLOT.findall(template))
