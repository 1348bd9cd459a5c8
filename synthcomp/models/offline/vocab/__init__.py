"""Occupation-aware vocabularies and country data for the offline model.

The offline model turns a one-line persona into a believable office worker without calling a
language model. This module holds what it needs to know about trades and places:

* :class:`Domain` -- one trade (hospital procurement, nursing, law, construction...): who
  employs it, its job titles, what it buys or sells (:class:`LineItem`), the KPIs it reports
  (:class:`Metric`), typical document titles, sentences of work prose, risks and next steps.
* :class:`Region` -- one country: a Faker locale that produces Latin-script names, the working
  language, the currency and a rough exchange rate, major cities and a file-name date style.

:func:`match_domain` and :func:`match_region` pick the best entry for a persona by counting
keyword hits, in many languages, after folding case and accents.

Template strings use :meth:`str.format` fields. The fields each kind of template may use:

* ``employer_patterns``: ``{city}`` ``{last_name}`` ``{company}``
* ``project_patterns``: ``{item}`` ``{counterpart}`` ``{year}`` ``{city}`` ``{quarter}``
* ``doc_topics``: ``{item}`` ``{counterpart}`` ``{year}`` ``{quarter}``
* ``phrases``: ``{item}`` ``{counterpart}`` ``{metric}`` ``{value}`` ``{person}`` ``{date}``
  ``{project}``
* ``actions``: ``{person}`` ``{date}`` ``{item}``
* every other string: no fields.

Money amounts (``LineItem.low``/``high``, and ``Metric`` bounds whose unit is ``"EUR"``) are in
euros; callers divide by :attr:`Region.fx_to_eur` to get local currency.
"""

from synthcomp.models.offline.vocab.domains import DOMAINS
from synthcomp.models.offline.vocab.general import GENERAL
from synthcomp.models.offline.vocab.matching import match_domain
from synthcomp.models.offline.vocab.regions import DEFAULT_REGION, REGIONS, match_region
from synthcomp.models.offline.vocab.types import Domain, LineItem, Metric, Region

__all__ = [
    "DEFAULT_REGION",
    "DOMAINS",
    "GENERAL",
    "REGIONS",
    "Domain",
    "LineItem",
    "Metric",
    "Region",
    "match_domain",
    "match_region",
]
