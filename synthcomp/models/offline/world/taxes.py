"""The sales tax a supplier of each country adds to an invoice: its local name and usual rate.

Rates are the standard ones a supplier of office services or goods applies (China: 6% on
services; the United States: no federal VAT, and most states do not tax services).
"""

from __future__ import annotations

TAXES: dict[str, tuple[str, float]] = {
    "France": ("TVA", 0.20), "Belgium": ("TVA", 0.21), "Luxembourg": ("TVA", 0.17),
    "Switzerland": ("MWST", 0.081), "Germany": ("MwSt.", 0.19), "Austria": ("USt.", 0.20),
    "Spain": ("IVA", 0.21), "Mexico": ("IVA", 0.16), "Argentina": ("IVA", 0.21),
    "Colombia": ("IVA", 0.19), "Chile": ("IVA", 0.19), "Peru": ("IGV", 0.18),
    "Portugal": ("IVA", 0.23), "Brazil": ("ISS", 0.05), "Italy": ("IVA", 0.22),
    "Netherlands": ("BTW", 0.21), "United Kingdom": ("VAT", 0.20), "Ireland": ("VAT", 0.23),
    "Poland": ("VAT", 0.23), "Sweden": ("Moms", 0.25), "Denmark": ("Moms", 0.25),
    "Norway": ("MVA", 0.25), "Finland": ("ALV", 0.255), "Greece": ("ΦΠΑ", 0.24),
    "Turkey": ("KDV", 0.20), "China": ("增值税", 0.06), "Taiwan": ("營業稅", 0.05),
    "Japan": ("消費税", 0.10), "South Korea": ("부가가치세", 0.10), "India": ("GST", 0.18),
    "Australia": ("GST", 0.10), "New Zealand": ("GST", 0.15), "Canada": ("GST", 0.05),
    "Singapore": ("GST", 0.09), "South Africa": ("VAT", 0.15), "Nigeria": ("VAT", 0.075),
    "Kenya": ("VAT", 0.16), "Egypt": ("VAT", 0.14), "Saudi Arabia": ("VAT", 0.15),
    "United Arab Emirates": ("VAT", 0.05), "Morocco": ("TVA", 0.20), "Russia": ("НДС", 0.20),
    "Ukraine": ("ПДВ", 0.20), "Vietnam": ("VAT", 0.10), "Thailand": ("VAT", 0.07),
    "Indonesia": ("PPN", 0.11), "Philippines": ("VAT", 0.12), "Israel": ("מע״מ", 0.18),
}


def tax_for(country: str) -> tuple[str, float] | None:
    """(name, rate) of the country's sales tax, or None where invoices carry none."""
    return TAXES.get(country.strip())
