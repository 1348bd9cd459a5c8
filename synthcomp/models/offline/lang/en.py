"""The English phrasebook: the reference every other language is checked against."""

from __future__ import annotations

from synthcomp.models.offline.lang.base import Phrasebook
from synthcomp.models.offline.lang.en_sentences import SENTENCES
from synthcomp.models.offline.lang.en_words import WORDS

BOOK = Phrasebook(
    code="en", name="English", faker_locale="en_GB",
    months=("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"),
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    date_long="{day} {month} {year}", date_numeric="%d/%m/%Y",
    decimal=".", thousands=",", money="{currency} {amount}",
    words=WORDS, sentences=SENTENCES,
    aliases=("english", "en", "anglais", "inglés", "ingles", "inglês", "englisch", "英语", "英語"),
)

# The United States write the month first.
US_BOOK = Phrasebook(
    **{**BOOK.__dict__, "date_long": "{month} {day}, {year}", "date_numeric": "%m/%d/%Y"})
