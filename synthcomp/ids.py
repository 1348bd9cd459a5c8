"""Ids and seeds derived from what a user gave (a persona, a seed, a model): the same inputs
always give the same computer id, run id, seed and 'today', whichever model builds the world."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, timedelta

from synthcomp.text import ascii_fold, slug_words


def derive_seed(seed: int, *parts: object) -> int:
    """A stable 64-bit seed from a seed and any JSON-able parts (never Python's hash)."""
    text = json.dumps([seed, *parts], sort_keys=True, ensure_ascii=False, default=str)
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def computer_id_for(persona: str, seed: int) -> str:
    """A stable, readable id from the persona: 'procurement-manager-hospital-3f9a1c2e'."""
    slug = "-".join(w.lower() for w in slug_words(ascii_fold(persona), 4)[:4]) or "computer"
    digest = hashlib.sha256(f"{seed}|{persona}".encode()).hexdigest()[:8]
    return f"{slug}-{digest}"


def run_id_for(computer_name: str, seed: int, model: str, *, days: int, max_turns: int,
               day_turns: int, collaborator_model: str | None = None, parts: object = None,
               window: object = None, skill: str | None = None) -> str:
    """The default id of a run: what makes runs differ, readable (user model, days, seed), and
    a digest of all of it (budgets, the collaborators' model, custom parts, the user model's
    context window, the occupation skill's digest), so a one-day test
    and a month, or two trials, or a run with and without a skill, never share a folder:
    'offline-20d-s0-1a2b3c4d'."""
    model_words = re.sub(r"[^A-Za-z0-9]+", "-", model).strip("-")[:24].strip("-") or "model"
    what = json.dumps([computer_name, seed, model, days, max_turns, day_turns,
                       collaborator_model or model, parts, *([window] if window else []),
                       *([{"skill": skill}] if skill else [])],
                      sort_keys=True, default=str)
    digest = hashlib.sha256(what.encode()).hexdigest()[:8]
    return f"{model_words}-{days}d-s{seed}-{digest}"


def collaborator_seed(seed: int) -> int:
    """The seed of a run's collaborators: not the user's, so they do not answer in step."""
    return seed + 1


def chance(*parts: object) -> float:
    """A stable number in [0, 1] for ``parts`` (joined with '|'), e.g. whether a collaborator
    gets to a message on a given day."""
    return hashlib.sha256("|".join(map(str, parts)).encode()).digest()[0] / 255


def minutes_into(key: str, span: int) -> int:
    """A stable offset of 0 to ``span`` - 1 minutes for ``key``, e.g. a file's time of day."""
    return int(hashlib.sha256(key.encode()).hexdigest()[:6], 16) % span


def default_today(seed: int) -> str:
    """A computer's 'now' when none is given: a Monday in 2025-2026 chosen by the seed."""
    monday = date(2025, 1, 6) + timedelta(weeks=derive_seed(seed, "today") % 78)
    return monday.isoformat()
