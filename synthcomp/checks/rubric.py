"""The mechanical half of grading: rubric strings found (or not) in a deliverable's text, and
scores from verdicts. The judge model decides only the criteria that carry no strings.

A string matches the way a reader would accept it: case and runs of spaces do not matter, a
figure is never found inside a longer one ('4,156' is not in '4,156,199', '4,156,199' is not in
'14,156,199'), and a string holding one figure also matches the same value written otherwise,
with its unit beside it and its other words on its line: 'EUR 4,156,199' is found in
'4 156 199 EUR' and in '€4156199',
'12.5%' in '12.50 %', '1,422,774' in a computed 1422773.5 (the string's own precision), but
'12.5%' is not found in '1.25%' nor in '-12.5%'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from synthcomp.schemas import Criterion, CriterionGrade

_SPACES = re.compile(r"\s+")
_GROUP = "[,. '\u00a0\u202f]"
# A number as written: thousands groups with one separator, a decimal part, a sign.
_NUMBER = re.compile(
    rf"(?<![\w.,])[-\u2212]?(?:\d{{1,3}}(?P<sep>{_GROUP})\d{{3}}(?:(?P=sep)\d{{3}})*(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)(?![\d])")
# Before and after a string that starts or ends with a digit: no digit, and no digit group.
_EDGE_BEFORE = r"(?<![\d\u2212-])(?<!\d[.,'\u00a0\u202f])"
_EDGE_AFTER = r"(?![.,'\u00a0\u202f]?\d)(?! \d{3}(?!\d))"
WINDOW = 12
CURRENCY = {"eur": "€", "usd": "$", "gbp": "£", "jpy": "¥", "cny": "¥", "inr": "₹", "krw": "₩",
            "euro": "€", "euros": "€", "dollars": "$"}
EVIDENCE_CHARS = 400


@dataclass(frozen=True)
class Figure:
    """A number in a text: where it is, and the values it can be read as ('2,277' is two
    thousand and some, or two and some, until a reader knows the locale)."""

    start: int
    end: int
    readings: frozenset[Decimal]


def normalized(text: str) -> str:
    """Lower case, every run of white space one space."""
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip().casefold()


def _readings(token: str) -> frozenset[Decimal]:
    negative = token[0] in "-\u2212"
    body = token.lstrip("-\u2212")
    separators = [c for c in body if not c.isdigit()]
    if not separators:
        candidates = [body]
    elif len(set(separators)) == 2:  # '1.234,50': the last one is the decimal point
        decimal = separators[-1]
        candidates = [re.sub(r"\D", "", body[:body.rindex(decimal)]) + "." + body.rsplit(decimal, 1)[1]]
    elif separators[0] in " '\u00a0\u202f" or len(separators) > 1:
        candidates = [re.sub(r"\D", "", body)]
    elif separators[0] == "," and len(body.split(",")[1]) == 3:
        candidates = [body.replace(",", "")]  # '12,500' is twelve thousand five hundred
    else:
        # '12.5' is a decimal; '2.277' is either, as a German or an English writer means it.
        whole, fraction = re.split(r"[.,]", body)
        candidates = [f"{whole}.{fraction}"] + ([whole + fraction] if len(fraction) == 3 else [])
    try:
        return frozenset(-Decimal(c) if negative else Decimal(c) for c in candidates)
    except InvalidOperation:
        return frozenset()


def figures(text: str) -> list[Figure]:
    """Every number in ``text``, with its readings."""
    return [Figure(m.start(), m.end(), _readings(m.group(0))) for m in _NUMBER.finditer(text)]


def _close(wanted: Decimal, found: Decimal) -> bool:
    """Whether ``found`` is ``wanted`` at the precision ``wanted`` is written in."""
    exponent = wanted.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return abs(found - wanted) <= Decimal(5) * Decimal(10) ** -(places + 1)


def _words(needle: str) -> list[str]:
    return re.findall(r"[^\W\d_]+|%", normalized(needle))


def contains(text: str, needle: str, numbers: list[Figure] | None = None) -> bool:
    """Whether ``needle`` appears in ``text`` as a reader would accept it (see module doc);
    ``numbers`` is ``figures(text)``, passed in when many needles are checked."""
    wanted = normalized(needle)
    if not wanted:
        return True
    haystack = normalized(text)
    pattern = ((_EDGE_BEFORE if wanted[0].isdigit() else "") + re.escape(wanted)
               + (_EDGE_AFTER if wanted[-1].isdigit() else ""))
    if re.search(pattern, haystack):
        return True
    asked = figures(needle)
    if len(asked) != 1 or not asked[0].readings:
        return False  # dates, ranges and plain words match as written or not at all
    words = _words(needle)
    for found in numbers if numbers is not None else figures(text):
        if any(_close(w, f) for w in asked[0].readings for f in found.readings) and all(
                _beside(text, found, w) for w in words):
            return True
    return False


def _beside(text: str, found: Figure, word: str) -> bool:
    """Whether ``word`` goes with the figure: a unit (a currency, '%') right before or after
    it, any other word on its line."""
    if word in CURRENCY or word == "%":
        forms = "|".join(re.escape(w) for w in (word, CURRENCY.get(word, word)))
        before = text[max(0, found.start - WINDOW):found.start].casefold()
        after = text[found.end:found.end + WINDOW].casefold()
        return bool(re.search(rf"(?:{forms})[\s:|(]*$", before) or re.match(rf"[\s|)]*(?:{forms})", after))
    line_start = text.rfind("\n", 0, found.start) + 1
    line_end = text.find("\n", found.end)
    return word in normalized(text[line_start:line_end if line_end >= 0 else len(text)])


def by_strings(criterion: Criterion, text: str) -> CriterionGrade:
    """Grade a criterion that names strings the file must (expects) or must not (forbids) hold."""
    numbers = figures(text)
    missing = [s for s in criterion.expects if not contains(text, s, numbers)]
    forbidden = [s for s in criterion.forbids if contains(text, s, numbers)]
    found = [s for s in criterion.expects if s not in missing]
    parts = ([f"found {_quoted(found)}"] if found else []) + (
        [f"missing {_quoted(missing)}"] if missing else []) + (
        [f"holds forbidden {_quoted(forbidden)}"] if forbidden else [])
    if not parts:
        parts = [f"none of {_quoted(criterion.forbids)}"]
    return CriterionGrade(id=criterion.id, text=criterion.text, tag=criterion.tag,
                          weight=criterion.weight, passed=not missing and not forbidden,
                          method="strings", evidence="; ".join(parts)[:EVIDENCE_CHARS],
                          forbidden_found=forbidden)


def failed_all(criteria: Iterable[Criterion], method: str, why: str) -> list[CriterionGrade]:
    """Every criterion failed for one reason (the file is missing or does not open)."""
    return [CriterionGrade(id=c.id, text=c.text, tag=c.tag, weight=c.weight, passed=False,
                           method=method, evidence=why[:EVIDENCE_CHARS])  # type: ignore[arg-type]
            for c in criteria]


def needs_judge(criterion: Criterion) -> bool:
    """Whether only a judge can decide the criterion (it names no strings)."""
    return not criterion.expects and not criterion.forbids


def score(grades: Sequence[CriterionGrade]) -> float:
    """The sum of the passed criteria's weights (they sum to 1 per deliverable)."""
    return round(min(1.0, sum(g.weight for g in grades if g.passed)), 4)


def _quoted(strings: Sequence[str]) -> str:
    return ", ".join(repr(s) for s in strings)
