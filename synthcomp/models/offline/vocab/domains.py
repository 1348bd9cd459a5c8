"""All trade vocabularies, in matching order."""

from __future__ import annotations

from synthcomp.models.offline.vocab.animals import _VETERINARY
from synthcomp.models.offline.vocab.building import _ARCHITECTURE, _CONSTRUCTION, _REAL_ESTATE
from synthcomp.models.offline.vocab.care import _HEALTHCARE_PROCUREMENT, _NURSING
from synthcomp.models.offline.vocab.civic import _JOURNALISM, _NONPROFIT
from synthcomp.models.offline.vocab.coaching import _COACHING
from synthcomp.models.offline.vocab.commerce import _MARKETING, _SALES
from synthcomp.models.offline.vocab.consumer import _HOSPITALITY, _RETAIL
from synthcomp.models.offline.vocab.games import _GAME_DEVELOPMENT
from synthcomp.models.offline.vocab.industry import _AGRICULTURE, _MANUFACTURING
from synthcomp.models.offline.vocab.money import _BANKING, _FINANCE
from synthcomp.models.offline.vocab.office import _HR, _LEGAL
from synthcomp.models.offline.vocab.pharmacy import _PHARMACY
from synthcomp.models.offline.vocab.public import _EDUCATION, _GOVERNMENT
from synthcomp.models.offline.vocab.technology import _DATA_SCIENCE, _SOFTWARE
from synthcomp.models.offline.vocab.types import Domain

DOMAINS: tuple[Domain, ...] = (
    # Ties go to the earlier entry, so functions found in every industry come first (a lawyer
    # at a bank is a lawyer, an accountant at a hospital an accountant), then teaching, then
    # supply chain before hospital procurement (a plain "purchasing manager" is not assumed to
    # work in a hospital), then the industries. Pharmacy and veterinary care come before the
    # hospital trades, so a hospital pharmacist or an animal clinic is not read as a buyer or a
    # nurse; game development before software, coaching after teaching.
    _LEGAL,
    _FINANCE,
    _HR,
    _MARKETING,
    _SALES,
    _DATA_SCIENCE,
    _GAME_DEVELOPMENT,
    _SOFTWARE,
    _EDUCATION,
    _COACHING,
    _MANUFACTURING,
    _PHARMACY,
    _VETERINARY,
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
