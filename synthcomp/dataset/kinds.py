"""The file_graph's edge types (129 spellings across the 98 rows) read as five kinds.

Every kind means "the target is built with the source in view"; the kind only says how, so a
writer can say "v2 of", "copied from", "attached to", "built from" or "refers to". A spelling is
first normalised (camelCase split, lower-cased, runs of anything but letters and digits made one
``_``, a leading ``is_``/``has_`` dropped), then looked up among known synonyms, then guessed from
the words it contains; what is still unknown (and an absent type, ``none``, ``null``) is
``references``, the weakest kind.
"""

from __future__ import annotations

import re
from typing import Literal

EdgeKind = Literal["references", "derived_from", "version_of", "copy_of", "attachment"]
EDGE_KINDS: tuple[str, ...] = ("references", "derived_from", "version_of", "copy_of", "attachment")
DEFAULT_KIND: EdgeKind = "references"

How = Literal["exact", "synonym", "guess", "default"]

_SYNONYMS: dict[str, EdgeKind] = {
    # references: one file names, cites or points at the other
    "references": "references", "reference": "references", "refers_to": "references",
    "referenced_by": "references", "referenced_in": "references", "cites": "references",
    "cited_by": "references", "mentions": "references", "links_to": "references",
    "linked_to": "references", "link": "references", "related": "references",
    "related_to": "references", "relates_to": "references", "see_also": "references",
    "uses": "references", "used_by": "references", "addresses": "references",
    "responds_to": "references", "depends_on": "references", "supports": "references",
    # derived_from: content taken from the source (extracted, summarised, computed)
    "derived_from": "derived_from", "derives_from": "derived_from", "derived": "derived_from",
    "derives": "derived_from", "based_on": "derived_from", "extracted_from": "derived_from",
    "extract_of": "derived_from", "summarizes": "derived_from", "summarises": "derived_from",
    "summary_of": "derived_from", "generated_from": "derived_from", "built_from": "derived_from",
    "compiled_from": "derived_from", "exported_from": "derived_from", "export_of": "derived_from",
    "converted_from": "derived_from", "input_to": "derived_from", "feeds": "derived_from",
    "feeds_into": "derived_from", "source_of": "derived_from", "source_for": "derived_from",
    "reply_to": "derived_from", "response_to": "derived_from", "analysis_of": "derived_from",
    "aggregates": "derived_from", "informs": "derived_from", "informed_by": "derived_from",
    # version_of: a later (or earlier) revision of the same document
    "version_of": "version_of", "new_version_of": "version_of", "newer_version_of": "version_of",
    "revision_of": "version_of", "revises": "version_of", "revised_from": "version_of",
    "supersedes": "version_of", "superseded_by": "version_of", "updates": "version_of",
    "updated_version": "version_of", "update_of": "version_of", "draft_of": "version_of",
    "final_of": "version_of", "previous_version": "version_of", "next_version": "version_of",
    "iteration_of": "version_of", "edited_from": "version_of", "redline_of": "version_of",
    # copy_of: the same bytes somewhere else
    "copy_of": "copy_of", "copied_from": "copy_of", "copy": "copy_of", "duplicate_of": "copy_of",
    "duplicates": "copy_of", "backup_of": "copy_of", "mirror_of": "copy_of", "mirrors": "copy_of",
    "shared_copy_of": "copy_of", "archived_copy_of": "copy_of", "archive_of": "copy_of",
    # attachment: one file travels inside or alongside the other
    "attaches": "attachment", "attachment": "attachment", "attachment_of": "attachment",
    "attached_to": "attachment", "attached_in": "attachment", "embeds": "attachment",
    "embedded_in": "attachment", "includes": "attachment", "included_in": "attachment",
    "contains": "attachment", "contained_in": "attachment", "part_of": "attachment",
    "appendix_of": "attachment", "appendix_to": "attachment", "bundled_with": "attachment",
    "enclosure_of": "attachment",
}

# Word stems tried in this order when a spelling is not a known synonym (copy before version:
# "backup_version" is a copy; version before derived: "revised_from" is a version).
_GUESSES: tuple[tuple[str, EdgeKind], ...] = (
    ("copy", "copy_of"), ("copie", "copy_of"), ("dupl", "copy_of"), ("backup", "copy_of"),
    ("mirror", "copy_of"),
    ("version", "version_of"), ("revis", "version_of"), ("supersed", "version_of"),
    ("draft", "version_of"), ("attach", "attachment"), ("append", "attachment"),
    ("embed", "attachment"), ("enclos", "attachment"), ("deriv", "derived_from"),
    ("extract", "derived_from"), ("based", "derived_from"), ("summar", "derived_from"),
    ("generat", "derived_from"), ("export", "derived_from"), ("convert", "derived_from"),
    ("compil", "derived_from"), ("input", "derived_from"), ("feed", "derived_from"),
    ("ref", "references"), ("cite", "references"), ("citat", "references"),
    ("mention", "references"), ("link", "references"),
)

_NONE = frozenset({"", "none", "null", "nil", "na", "n_a", "unknown", "other", "unspecified"})


def normalise_spelling(spelling: object) -> str:
    """``"Derived-From "`` -> ``derived_from``; ``"isVersionOf"`` -> ``version_of``; not text -> ``""``."""
    if not isinstance(spelling, str):
        return ""
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", spelling.strip())
    text = re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
    return re.sub(r"^(is|has)_(?=.)", "", text)


def edge_kind(spelling: object) -> tuple[EdgeKind, How]:
    """The kind an edge type spelling means, and how it was found (``exact`` for one of the
    kinds' own names, ``synonym``, ``guess`` from a word stem, ``default`` for absent/unknown)."""
    text = normalise_spelling(spelling)
    if text in EDGE_KINDS:
        return _SYNONYMS[text], "exact"
    if text in _SYNONYMS:
        return _SYNONYMS[text], "synonym"
    if text not in _NONE:
        for stem, kind in _GUESSES:
            if stem in text:
                return kind, "guess"
    return DEFAULT_KIND, "default"
