"""All trade vocabularies, in matching order."""

from __future__ import annotations

from synthcomp.models.offline.vocab.care import _HEALTHCARE_PROCUREMENT, _NURSING
from synthcomp.models.offline.vocab.office import _FINANCE, _HR, _LEGAL, _MARKETING, _SALES
from synthcomp.models.offline.vocab.operations import (
    _AGRICULTURE,
    _GOVERNMENT,
    _HOSPITALITY,
    _JOURNALISM,
    _MANUFACTURING,
    _NONPROFIT,
    _REAL_ESTATE,
    _RETAIL,
)
from synthcomp.models.offline.vocab.technical import (
    _ARCHITECTURE,
    _BANKING,
    _CONSTRUCTION,
    _DATA_SCIENCE,
    _EDUCATION,
    _SOFTWARE,
)
from synthcomp.models.offline.vocab.types import Domain

DOMAINS: tuple[Domain, ...] = (
    # Ties go to the earlier entry, so functions found in every industry come first (a lawyer
    # at a bank is a lawyer, an accountant at a hospital an accountant), then teaching, then
    # supply chain before hospital procurement (a plain "purchasing manager" is not assumed to
    # work in a hospital), then the industries.
    _LEGAL,
    _FINANCE,
    _HR,
    _MARKETING,
    _SALES,
    _DATA_SCIENCE,
    _SOFTWARE,
    _EDUCATION,
    _MANUFACTURING,
    _HEALTHCARE_PROCUREMENT,
    _NURSING,
    _BANKING,
    _CONSTRUCTION,
    _ARCHITECTURE,
    _REAL_ESTATE,
    _HOSPITALITY,
    _NONPROFIT,
    _GOVERNMENT,
    _JOURNALISM,
    _AGRICULTURE,
    _RETAIL,
)
