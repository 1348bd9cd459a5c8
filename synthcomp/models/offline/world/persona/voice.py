"""A persona written in the first person, read as the third: "I'm a dentist in rural Wales and
I run a small practice" is "A dentist in rural Wales who runs a small practice".

The readers of role, place and work expect the PersonaHub form ("A ... who ..."); a persona a
person wrote about themselves would otherwise keep "I'm" in its job title and lose its work.
"""

from __future__ import annotations

import re

# "I'm a", "Je suis", "Soy", "Sou", "Ich bin", "Sono", "Trabajo como"...: the opener before the role.
_OPENERS = re.compile(
    r"^\s*(?:i'?m|i am|i work as|je suis|je travaille comme|soy|trabajo como|sou|trabalho como|"
    r"ich bin|ich arbeite als|sono|lavoro come)\s+", re.IGNORECASE)
# "and I", ", I", ". I" (then a verb) becomes "who".
_EN_SUBJECT = re.compile(r"(?:[,.;]|\band)\s+(?:I|i)\s+(?:am\s+|'m\s+)?(?=[a-z])")
# French, Spanish, Portuguese: "et je", "y", "e" before a first-person verb becomes "qui"/"que".
_ROMANCE_SUBJECT = {
    "fr": (re.compile(r"(?:[,.;]|\bet)\s+je\s+", re.IGNORECASE), " qui "),
    "es": (re.compile(r"(?:[,.;]|\by)\s+(?=\w+o\b)", re.IGNORECASE), " que "),
    "pt": (re.compile(r"(?:[,.;]|\be)\s+(?=\w+o\b)", re.IGNORECASE), " que "),
}


def _third_person(verb: str) -> str:
    """'run' -> 'runs', 'teach' -> 'teaches', 'supply' -> 'supplies' (an -ing form stays)."""
    if verb.endswith("ing") or verb in ("am", "was", "have"):
        return {"am": "is", "have": "has"}.get(verb, verb)
    if re.search(r"(?:s|sh|ch|x|z|o)$", verb):
        return verb + "es"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ies"
    return verb + "s"


def third_person(persona: str, language: str) -> str:
    """The persona in the third person when it speaks of itself, else unchanged."""
    if not _OPENERS.match(persona):
        return persona
    text = _OPENERS.sub("", persona, count=1)
    if not re.match(r"(?:an?|the|une?|una?|um|uma|eine?)\s", text, re.IGNORECASE):
        text = "A " + text if language == "en" else text
    if language == "en":
        def who(match: re.Match[str]) -> str:
            return " who "
        text = _EN_SUBJECT.sub(who, text)
        text = re.sub(r"\bwho (\w+)", lambda m: "who " + _third_person(m.group(1)), text)
    elif language in _ROMANCE_SUBJECT:
        pattern, word = _ROMANCE_SUBJECT[language]
        text = pattern.sub(word, text)
    text = re.sub(r"\s{2,}", " ", text).strip()
    return text[:1].upper() + text[1:]
