"""The occupation group of a computer's user: what retrospectives are grouped by and what a skill
is matched to."""

from __future__ import annotations

import re
import unicodedata

from synthcomp.schemas.world import UserProfile

GENERAL = "general"


def slug(text: str) -> str:
    """``text`` as a folder-safe key: lower case, ASCII letters and digits joined by '-'
    (letters of other scripts are kept as they are)."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^\w]+", "-", kept).strip("-_")[:60] or GENERAL


def occupation_key(profile: UserProfile) -> str:
    """The user's occupation group: the profile's work domain (``healthcare_procurement``,
    ``nursing``, ``legal``) when it names one, else its industry, else its role. A profile a
    real model wrote usually has no domain, and its industry groups it as coarsely."""
    for value in (profile.domain, profile.industry, profile.role):
        if value and value.strip().casefold() != GENERAL:
            return slug(value)
    return GENERAL
