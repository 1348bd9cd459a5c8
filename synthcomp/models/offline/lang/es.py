"""The Spanish phrasebook (Spain): dates "3 de marzo de 2026", numbers "12.480,50", money "12.480 EUR"."""

from __future__ import annotations

from synthcomp.models.offline.lang.base import Phrasebook
from synthcomp.models.offline.lang.es_sentences import SENTENCES
from synthcomp.models.offline.lang.es_words import WORDS

BOOK = Phrasebook(
    code="es", name="Spanish", faker_locale="es_ES",
    months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre"),
    weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    date_long="{day} de {month} de {year}", date_numeric="%d/%m/%Y",
    decimal=",", thousands=".", money="{amount} {currency}",
    words=WORDS, sentences=SENTENCES,
    aliases=("spanish", "es", "español", "espanol", "castellano", "espagnol", "spanisch",
             "espanhol", "西班牙语", "西班牙語", "スペイン語"),
)
