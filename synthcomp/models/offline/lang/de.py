"""The German phrasebook (Germany: dates 3. März 2026 and 03.03.2026, 12.480,50 EUR)."""

from __future__ import annotations

from synthcomp.models.offline.lang.base import Phrasebook
from synthcomp.models.offline.lang.de_sentences import SENTENCES
from synthcomp.models.offline.lang.de_words import WORDS

BOOK = Phrasebook(
    code="de", name="German", faker_locale="de_DE",
    months=("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember"),
    weekdays=("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    date_long="{day}. {month} {year}", date_numeric="%d.%m.%Y",
    decimal=",", thousands=".", money="{amount} {currency}",
    words=WORDS, sentences=SENTENCES,
    aliases=("german", "de", "deutsch", "allemand", "alemán", "aleman", "alemão", "alemao",
             "德语", "德文", "ドイツ語"),
)
