"""The French phrasebook (France): dates "3 mars 2026", numbers "12 480,50", money "12 480 EUR"."""

from __future__ import annotations

from synthcomp.models.offline.lang.base import Phrasebook
from synthcomp.models.offline.lang.fr_sentences import SENTENCES
from synthcomp.models.offline.lang.fr_words import WORDS

BOOK = Phrasebook(
    code="fr", name="French", faker_locale="fr_FR",
    months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"),
    weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    date_long="{day} {month} {year}", day_one="1er", date_numeric="%d/%m/%Y",
    # A no-break space groups thousands, so "12 480" never breaks across a line.
    decimal=",", thousands="\u00a0", money="{amount}\u00a0{currency}",
    words=WORDS, sentences=SENTENCES,
    aliases=("french", "fr", "français", "francais", "francés", "frances", "francês",
             "französisch", "franzosisch", "法语", "法語", "フランス語"),
)
