"""Text helpers shared by ids, file names and the offline model: accents folded, title words."""

from __future__ import annotations

import re
import unicodedata

STOPWORDS = frozenset(
    (
        "a", "an", "and", "the", "of", "for", "to", "in", "on", "at", "with", "by", "from", "de", "la",
        "le", "les", "du", "des", "der", "die", "das", "und", "y", "el", "los", "las", "del", "en",
        "et", "who", "is",
    )
)


def ascii_fold(text: str) -> str:
    """Strip accents: 'Hélène Müller' -> 'Helene Muller'."""
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).encode(
        "ascii", "ignore"
    ).decode()


def slug_words(text: str, limit: int = 4) -> list[str]:
    """The significant words of a title, for file names and codes."""
    words = re.findall(r"[A-Za-z0-9]+", ascii_fold(text))
    kept = [word for word in words if word.lower() not in STOPWORDS]
    return kept[:limit]
