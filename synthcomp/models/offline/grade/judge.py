"""Offline answer for JudgeVerdicts: a procedural reading of the document, not a judgement.

Criteria about the file opening pass when the document has text; criteria about formulas pass
when its cells hold formulas (the text of a workbook shows them); criteria about structure pass
when its opening lines lead with a summary or conclusion; any other criterion passes when at
least half of its content words appear in the document (by their first five letters, so
'quantities' is found in 'Quantity'). It is deterministic and cheap, so offline grades
are repeatable; a real judge comes in through ``--judge-model``.

Asked for one of several samples (grade --samples K: the inputs name the sample), it stays a
procedural reading but no longer a fixed one where its own evidence is borderline: the share of
terms a criterion needs is drawn per sample and criterion, uniformly between 30% and 70%
(seeded: the same sample of the same run draws the same). A criterion whose terms are nearly all
there, or nearly all absent, gets the same verdict from every sample; one with about half of them
found gets different verdicts, as often as the band makes it. The criteria about the file
opening, formulas and structure are plain facts of the file and never disagree. So the offline
samples measure how near the threshold the offline judge's decisions sit, not a real judge's
consistency: that comes from a real model (another seed per sample, and its own sampling).
"""

from __future__ import annotations

import random
import re
from typing import Any

from synthcomp.ids import derive_seed
from synthcomp.models.offline.chat import register

_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
STOPWORDS = frozenset({
    "that", "this", "with", "from", "have", "been", "were", "will", "would", "should", "could",
    "their", "there", "them", "they", "what", "which", "when", "where", "while", "about", "into",
    "onto", "over", "under", "than", "then", "also", "only", "each", "every", "more", "most",
    "much", "such", "very", "your", "yours", "ours", "file", "document", "deliverable", "contains",
    "contain", "clearly", "shows", "show", "given", "answers", "answer", "request", "requests",
    "reader", "finds", "find", "first", "named", "names",
})
OPENS = ("opens",)
FORMULA = re.compile(r"=\s*(?:[A-Z][A-Z0-9.]*\(|\$?[A-Z]{1,3}\$?\d|'?[A-Za-z][\w ]*'?!)")
STEM = 5
STRUCTURE = ("structured", "conclusion first")
LEADS = ("summary", "conclusion", "recommend", "overview", "highlights", "key ", "in brief",
         "purpose", "executive", "findings", "synthèse", "résumé")
OPENING_LINES = 12
PASS_SHARE = 0.5
SAMPLED_SHARE = (0.3, 0.7)  # the band a sample's threshold is drawn from (grade --samples)


def _content_words(text: str) -> list[str]:
    words = [w.casefold() for w in _WORD.findall(text)]
    return sorted({w for w in words if w not in STOPWORDS})


def _verdict(criterion: dict[str, Any], text: str, share: float = PASS_SHARE) -> dict[str, Any]:
    wording = str(criterion.get("text", "")).casefold()
    words = len(text.split())
    if any(k in wording for k in OPENS):
        passed = words > 0
        why = f"The file opened and holds {words} words." if passed else "The file holds no text."
    elif "formula" in wording:
        formulas = len(FORMULA.findall(text))
        passed = formulas > 0
        why = f"{formulas} cells hold formulas." if passed else "No cell holds a formula."
    elif any(k in wording for k in STRUCTURE):
        opening = "\n".join(line for line in text.splitlines() if line.strip())
        opening = "\n".join(opening.splitlines()[:OPENING_LINES]).casefold()
        lead = next((k.strip() for k in LEADS if k in opening), None)
        passed = lead is not None
        why = (f"Its opening lines lead with '{lead}'." if passed
               else f"Its first {OPENING_LINES} lines hold no summary or conclusion.")
    else:
        wanted = _content_words(wording)
        stems = {w[:STEM] for w in _content_words(text)}
        found = [w for w in wanted if w[:STEM] in stems]
        passed = bool(wanted) and len(found) >= share * len(wanted)
        missing = [w for w in wanted if w not in found]
        why = (f"It mentions {', '.join(found[:6]) or 'none of the terms'}"
               + (f"; not {', '.join(missing[:6])}" if missing else "")
               + (f" ({len(found)}/{len(wanted)}; this sample needs {share:.0%})"
                  if share != PASS_SHARE else "") + ".")
    return {"criterion_id": criterion.get("id", ""), "passed": passed, "rationale": why}


@register("JudgeVerdicts")
def judge(inputs: dict[str, Any], seed: int) -> dict[str, Any]:
    """One verdict per criterion, read off the document's text (a sample's threshold drawn per
    criterion when the inputs name a sample)."""
    text = str((inputs.get("document") or {}).get("text", ""))
    sampled = "sample" in inputs

    def share(criterion: dict[str, Any]) -> float:
        if not sampled:
            return PASS_SHARE
        draw = random.Random(derive_seed(seed, "share", criterion.get("id", "")))
        return round(draw.uniform(*SAMPLED_SHARE), 4)

    return {"verdicts": [_verdict(c, text, share(c)) for c in inputs.get("criteria") or []]}
