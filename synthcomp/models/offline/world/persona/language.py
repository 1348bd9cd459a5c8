"""The language a persona is written in, and the working language of a country.

A persona that names no place still tells where it lives by the language it is written in
("Une avocate qui prépare trois dossiers" is French-speaking); one that names a place works in
that place's language.
"""

from __future__ import annotations

import re


# Function words that mark a Latin-script language; a word counts once per occurrence.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_MARKERS: dict[str, frozenset[str]] = {
    "en": _words("a an the who and in at of for with is her his their which while"),
    "fr": _words("de le la les une un des du qui et à dans pour au aux est sur chez d'un "
                 "d'une l'"),
    "es": _words("de el la los las una un que y en del para con su sus está al por"),
    "pt": _words("de o a os as um uma que e em do da no na dos das para com num numa"),
    "de": _words("der die das ein eine einer eines einem und in bei für mit den dem im ist"),
    "it": _words("il lo la un una che e di in del della per con sta presso un'azienda"),
    "nl": _words("de het een die en bij van in voor met"),
    "pl": _words("w i na który która z do dla się"),
    "tr": _words("bir ve ile olarak için bu"),
}

LANGUAGE_NAMES: dict[str, str] = {
    "en": "English", "fr": "French", "es": "Spanish", "pt": "Portuguese", "de": "German",
    "it": "Italian", "nl": "Dutch", "pl": "Polish", "tr": "Turkish", "zh": "Chinese",
    "ja": "Japanese", "ar": "Arabic", "hi": "Hindi", "ko": "Korean",
}

CODES: dict[str, str] = {name: code for code, name in LANGUAGE_NAMES.items()}

# Where a persona written in a language lives when it names no place.
LANGUAGE_COUNTRY: dict[str, str] = {
    "en": "United States", "fr": "France", "es": "Spain", "pt": "Brazil", "de": "Germany",
    "it": "Italy", "nl": "Netherlands", "pl": "Poland", "tr": "Türkiye", "zh": "China",
    "ja": "Japan", "ar": "Egypt", "hi": "India", "ko": "South Korea",
}

_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_DEVANAGARI = re.compile(r"[\u0900-\u097f]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)


def text_language(text: str) -> str:
    """ISO 639-1 code of the language ``text`` is written in (``en`` when unsure).

    Scripts decide first (kana means Japanese, Han without kana Chinese); Latin text is
    judged by its function words ("qui", "que", "der"...), which one-line personas always have.
    """
    if len(_KANA.findall(text)) >= 2:
        return "ja"
    for pattern, code in ((_HAN, "zh"), (_HANGUL, "ko"), (_ARABIC, "ar"), (_DEVANAGARI, "hi")):
        if len(pattern.findall(text)) >= 4:
            return code
    words = [word.lower() for word in _WORD.findall(text)]
    scores = {code: sum(word in markers for word in words) for code, markers in _MARKERS.items()}
    best = max(scores, key=lambda code: (scores[code], code == "en"))
    return best if scores[best] > 0 else "en"


def language_code(name: str) -> str:
    """'French' -> 'fr' ('en' for a language this module does not know)."""
    return CODES.get(name, "en")
