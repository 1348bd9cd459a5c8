"""The Portuguese phrasebook, in Brazilian usage (3 de março de 2026, 03/03/2026, R$-style
amounts with the currency first: BRL 12.480,50).

One book serves Brazil and Portugal; it is written in pt-BR (ata, cronograma, nota fiscal,
equipe, planejamento, contato), which a reader in Portugal understands but would not write.
"""

from __future__ import annotations

from synthcomp.models.offline.lang.base import Phrasebook
from synthcomp.models.offline.lang.pt_sentences import SENTENCES
from synthcomp.models.offline.lang.pt_words import WORDS

BOOK = Phrasebook(
    code="pt", name="Portuguese", faker_locale="pt_BR",
    months=("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro"),
    weekdays=("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
              "sábado", "domingo"),
    date_long="{day} de {month} de {year}", date_numeric="%d/%m/%Y",
    decimal=",", thousands=".", money="{currency} {amount}",
    words=WORDS, sentences=SENTENCES,
    aliases=("portuguese", "pt", "português", "portugues", "portugais", "portugués",
             "portugiesisch", "葡萄牙语", "葡萄牙文", "ポルトガル語", "brazilian portuguese",
             "português brasileiro", "português do brasil"),
)
