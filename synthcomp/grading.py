"""The mechanical half of grading: rubric strings found (or not) in a deliverable's text, and
scores from verdicts. The judge model decides only the criteria that carry no strings.

A string matches the way a reader would accept it: case and runs of spaces do not matter, and a
figure matches the same number written with other thousands separators ('4,156,199' is found in
'4 156 199' and in '4156199', but not in '14,156,199').
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from synthcomp.schemas import Criterion, CriterionGrade

_SPACES = re.compile(r"\s+")
# A number as written, thousands separators and decimals included ('1,234.50', '1 234', '12.5').
_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:[,. \u00a0\u202f']\d{3})+(?:[.,]\d+)?(?![\d])|\d+(?:[.,]\d+)?")
EVIDENCE_CHARS = 240


def normalized(text: str) -> str:
    """Lower case, every run of white space one space."""
    return _SPACES.sub(" ", text.replace("\u00a0", " ")).strip().casefold()


def _digits(figure: str) -> str:
    return re.sub(r"\D", "", figure)


def figures(text: str) -> set[str]:
    """The digits of every number in ``text`` (separators dropped), for matching figures."""
    return {_digits(m.group(0)) for m in _NUMBER.finditer(text)}


def contains(text: str, needle: str, numbers: set[str] | None = None) -> bool:
    """Whether ``needle`` appears in ``text`` as a reader would accept it (see module doc);
    ``numbers`` is ``figures(text)``, passed in when many needles are checked."""
    wanted = normalized(needle)
    if not wanted:
        return True
    haystack = normalized(text)
    # A figure is not found inside a longer one ('4,156,199' in '14,156,199').
    edge_before = r"(?<!\d)" if wanted[0].isdigit() else ""
    edge_after = r"(?!\d)" if wanted[-1].isdigit() else ""
    if re.search(edge_before + re.escape(wanted) + edge_after, haystack):
        return True
    wanted_figures = figures(needle)
    if not wanted_figures:
        return False
    # The same figures with other separators, and the needle's words ('EUR') around them.
    found = numbers if numbers is not None else figures(text)
    words = re.findall(r"[^\W\d_]+", wanted)
    return wanted_figures <= found and all(w in haystack for w in words)


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
