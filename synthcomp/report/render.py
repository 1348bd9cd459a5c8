"""The page itself: jinja2 templates with autoescape on (file names, messages and model-written
text come from a drive and a model that may be hostile), filters for numbers, and one entry
point that turns a view (run, batch, experiment) into HTML."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2

import synthcomp

TEMPLATES = Path(__file__).parent / "templates"


def _pct(value: Any) -> str:
    return f"{100 * value:.1f}%" if isinstance(value, int | float) and not isinstance(value, bool) else "–"


def _points(value: Any) -> str:
    """A difference of two scores, in percentage points with its sign."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{100 * value:+.1f} pts"
    return "–"


def _num(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else (
        f"{value:,.0f}" if isinstance(value, float) else "–")


def _money(value: Any) -> str:
    return f"${value:,.4f}" if isinstance(value, int | float) and not isinstance(value, bool) else "unknown"


def _seconds(value: Any) -> str:
    return f"{value:,.0f} s" if isinstance(value, int | float) and not isinstance(value, bool) else "–"


def _size(value: Any) -> str:
    if not isinstance(value, int):
        return ""
    for unit in ("B", "KB", "MB"):
        if value < 1024 or unit == "MB":
            return f"{value} {unit}" if unit == "B" else f"{value:.0f} {unit}"
        value /= 1024
    return ""


def _real(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _level(value: Any) -> str:
    """A confidence level (0.95) as "95%"."""
    return f"{100 * value:g}%" if _real(value) else "–"


def _fixed(value: Any, digits: int = 2) -> str:
    """A number with ``digits`` decimals ("–" for anything else: a damaged file's value)."""
    return f"{value:.{digits}f}" if _real(value) else "–"


def _general(value: Any) -> str:
    """A p-value and the like, three significant digits."""
    return f"{value:.3g}" if _real(value) else "–"


def _bar(value: Any, width: int = 60) -> int:
    """A score's bar width in pixels (0 for anything but a score from 0 to 1)."""
    return round(width * min(max(value, 0), 1)) if _real(value) else 0


def _yesno(value: Any) -> str:
    return "yes" if value is True else "no" if value is False else "–"


def _basename(value: Any) -> str:
    return str(value).rsplit("/", 1)[-1]


def environment() -> jinja2.Environment:
    """The report's jinja2 environment: every variable escaped unless a plot's SVG (made here
    by matplotlib, which escapes its own text) is marked safe."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.ChainableUndefined, trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True)
    env.filters.update(pct=_pct, points=_points, num=_num, money=_money, seconds=_seconds, size=_size,
                       yesno=_yesno, basename=_basename, level=_level, fixed=_fixed, general=_general,
                       bar=_bar)
    return env


def render(template: str, page: dict[str, Any]) -> str:
    """The HTML of one page."""
    return environment().get_template(template).render(page=page, version=synthcomp.__version__)
