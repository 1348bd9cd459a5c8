"""How much a built computer belongs to its persona: measured on the files, not the plan.

The figures issue 16 asks for: the share of office files about the persona's stated work, the
working language of the documents, sentences repeated within a drive and shared between two
drives (8+ words, names and numbers normalised), next milestones already past, and how close
version files are to their originals. Used by tests and bench/bench_world_quality.py.
"""

from __future__ import annotations

import difflib
import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from synthcomp import office

OFFICE_KINDS = ("docx", "xlsx", "pptx", "pdf", "md", "csv", "txt")
# Sentence ends, line breaks and table cells (read_text joins cells with " | ").
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])\s*|\n+|\s\|\s")
_NUMBER = re.compile(r"\d[\d.,\u00a0\u202f ]*")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_LATIN_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_MARKERS: dict[str, frozenset[str]] = {
    "en": frozenset({"the", "and", "of", "to", "is", "for", "with", "on", "by", "this"}),
    "fr": frozenset({"le", "la", "les", "des", "et", "pour", "est", "une", "sur", "avec", "du", "à",
                     "au", "aux", "par"}),
    "es": frozenset({"el", "los", "las", "y", "para", "con", "una", "del", "por", "que", "se"}),
    "pt": frozenset({"o", "os", "e", "para", "com", "uma", "do", "da", "não", "que", "em"}),
    "de": frozenset({"der", "die", "das", "und", "für", "mit", "ist", "zu", "den", "im", "nicht"}),
}


def language_of(text: str) -> str:
    """The language a text is written in: zh, ja, or the Latin language with most markers."""
    cjk = len(_CJK.findall(text))
    letters = len(_LATIN_WORD.findall(text))
    if cjk and cjk >= letters * 0.5:
        return "ja" if len(_KANA.findall(text)) > cjk * 0.05 else "zh"
    words = Counter(w.lower() for w in _LATIN_WORD.findall(text))
    scores = {code: sum(words[m] for m in markers) for code, markers in _MARKERS.items()}
    best = max(scores, key=lambda code: scores[code])
    return best if scores[best] else "unknown"


def sentences_of(text: str) -> list[str]:
    """The sentences of a text (lines and sentence ends split it)."""
    return [s.strip(" -*#|\t") for s in _SENTENCE_END.split(text) if s and s.strip(" -*#|\t")]


def normalised(sentence: str) -> str:
    """A sentence with numbers and capitalised words (names) replaced, lower-cased."""
    text = _NUMBER.sub("#", sentence)
    words = text.split()
    kept = [words[0].lower()] if words else []
    kept += ["N" if w[:1].isupper() else w.lower() for w in words[1:]]
    return " ".join(kept)


def long_enough(sentence: str) -> bool:
    """8 words or more (CJK: 16 characters or more)."""
    if _CJK.search(sentence):
        return len(_CJK.findall(sentence)) >= 16
    return len(sentence.split()) >= 8


@dataclass
class DriveText:
    """Every office file's extracted text, by drive-relative path."""

    root: Path
    texts: dict[str, str]
    # Files the manifest records as a version of another (a draft, a FINAL, a "(1)" download,
    # a "Copy of"): they repeat their original's sentences by design.
    versions: frozenset[str] = frozenset()

    @classmethod
    def read(cls, computer: Path) -> DriveText:
        """Read the office files of a built computer (its drive/ folder)."""
        drive = computer / "drive"
        manifest = computer / "meta" / "manifest.json"
        records = json.loads(manifest.read_text("utf-8"))["file_list"] if manifest.exists() else []
        versions = frozenset(r["path"] for r in records if r.get("version_of"))
        texts: dict[str, str] = {}
        for path in sorted(drive.rglob("*")):
            if path.is_file() and path.suffix.lower().lstrip(".") in OFFICE_KINDS:
                try:
                    texts[path.relative_to(drive).as_posix()] = office.read_text(path)
                except Exception as error:  # a file that does not open is itself a finding
                    texts[path.relative_to(drive).as_posix()] = f"<unreadable: {error}>"
        return cls(drive, texts, versions)

    def long_sentences(self, with_versions: bool = False) -> list[str]:
        """Normalised sentences of 8+ words over the drive, one entry per occurrence (version
        files left out unless ``with_versions``)."""
        return [normalised(s) for path, text in self.texts.items()
                if with_versions or path not in self.versions
                for s in sentences_of(text) if long_enough(s)]


def repeated_share(drive: DriveText, with_versions: bool = False) -> float:
    """Share of long sentences that are a repeat of one seen earlier in the same drive (version
    files, which repeat their originals by design, left out unless ``with_versions``)."""
    sentences = drive.long_sentences(with_versions)
    counts = Counter(sentences)
    repeats = sum(count - 1 for count in counts.values())
    return repeats / len(sentences) if sentences else 0.0


def shared_share(first: DriveText, second: DriveText) -> float:
    """Share of the first drive's distinct normalised long sentences also in the second."""
    mine, theirs = set(first.long_sentences()), set(second.long_sentences())
    return len(mine & theirs) / len(mine) if mine else 0.0


def about_work_share(drive: DriveText, terms: list[str]) -> float:
    """Share of office files whose name or text holds one of the stated-work terms."""
    lowered = [t.lower() for t in terms if t.strip()]
    if not drive.texts or not lowered:
        return 0.0
    hits = sum(any(t in (path + " " + text).lower() for t in lowered)
               for path, text in drive.texts.items())
    return hits / len(drive.texts)


DOCUMENT_KINDS = ("docx", "pdf", "pptx", "md", "txt")


def language_share(drive: DriveText, code: str) -> float:
    """Share of documents (not spreadsheets: labels and figures say little) with enough text
    whose text is in language ``code``."""
    judged = [language_of(text) for path, text in drive.texts.items()
              if len(text) > 200 and path.rsplit(".", 1)[-1].lower() in DOCUMENT_KINDS]
    return sum(lang == code for lang in judged) / len(judged) if judged else 0.0


def past_milestones(computer: Path) -> list[str]:
    """Files whose recorded next milestone date is before the computer's present."""
    manifest = json.loads((computer / "meta" / "manifest.json").read_text(encoding="utf-8"))
    today = date.fromisoformat(manifest["today"])
    past = []
    for record in manifest["file_list"]:
        due = (record.get("facts") or {}).get("next_milestone_date")
        if due and re.fullmatch(r"\d{4}-\d{2}-\d{2}", due) and date.fromisoformat(due) < today:
            past.append(record["path"])
    return past


def version_similarities(computer: Path) -> list[tuple[str, float]]:
    """(path, similarity to its original's text) for each version file of a built computer."""
    manifest = json.loads((computer / "meta" / "manifest.json").read_text("utf-8"))
    drive = computer / "drive"
    found = []
    for record in manifest["file_list"]:
        original = record.get("version_of")
        if original and record["path"].rsplit(".", 1)[-1].lower() in OFFICE_KINDS:
            found.append((record["path"], similarity(office.read_text(drive / original),
                                                     office.read_text(drive / record["path"]))))
    return found


def similarity(first: str, second: str) -> float:
    """difflib's ratio of two texts (1.0 = the same)."""
    return difflib.SequenceMatcher(None, first, second, autojunk=False).ratio()
