"""Numbers as a person reads them in a spreadsheet: the cell's number format's decimals, thousands
separators, no binary noise (911096.7999999999 is 911,096.80 in a money column)."""

from __future__ import annotations

import re

from synthcomp.office.coerce import cell_text

# The decimals of a format's positive section: "#,##0.00", "0.0%", '#,##0.00 "€"', "0.00_);(0.00)".
_DECIMALS_RE = re.compile(r"[0#]\.([0#]+)")
_QUOTED_RE = re.compile(r'"[^"]*"|\\.')
_MAX_PLAIN = 1e15  # beyond this a float's digits are noise anyway: shown as Python gives them


def format_decimals(number_format: str | None) -> int | None:
    """How many decimals `number_format` shows ("#,##0.00" -> 2, "0%" -> 0), or None for General,
    text, dates and other formats that do not fix them."""
    if not number_format or number_format == "General":
        return None
    positive = _QUOTED_RE.sub("", number_format.split(";")[0])
    if any(c in positive.lower() for c in "ymdhs@"):  # a date, a time or text
        return None
    match = _DECIMALS_RE.search(positive)
    if match:
        return len(match.group(1))
    return 0 if re.search(r"[0#]", positive) else None


def number_text(value: object, number_format: str | None = None) -> str:
    """`value` (a cell's value) as a person reads it: with the decimals its `number_format` shows
    (1250.5 in "#,##0.00" is 1,250.50; 0.125 in "0.0%" is 12.5%), else a decimal without binary
    noise and with thousands separators (911,096.8); integers (years, ids) and text as they are."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return cell_text(value) if isinstance(value, str | int | float) or value is None else str(value)
    decimals = format_decimals(number_format)
    if abs(value) >= _MAX_PLAIN or value != value:  # huge or NaN
        return cell_text(value)
    if decimals is not None:
        if "%" in _QUOTED_RE.sub("", (number_format or "").split(";")[0]):
            return f"{value * 100:,.{decimals}f}%"
        return f"{value:,.{decimals}f}"
    if isinstance(value, float) and not value.is_integer():
        return f"{round(value, 9):,}"
    return cell_text(value)
