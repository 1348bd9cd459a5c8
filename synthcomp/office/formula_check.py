"""Find formulas in a workbook that Excel would show as errors or that point at the wrong data."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from openpyxl.formula.tokenizer import Token
from openpyxl.utils.cell import get_column_letter
from openpyxl.worksheet.formula import ArrayFormula

from synthcomp.office.formulas import (
    area_bounds,
    function_name,
    is_formula,
    split_reference,
    tokens_of,
)

# Everyday functions of office workbooks; anything else is more likely made up than meant.
ALLOWED_FUNCTIONS = frozenset({
    "SUM", "AVERAGE", "MIN", "MAX", "COUNT", "COUNTA", "ROUND", "IF", "SUMIF", "IFERROR", "ABS",
    "SUMIFS", "COUNTIF", "COUNTIFS", "AVERAGEIF", "SUMPRODUCT", "MEDIAN", "PRODUCT", "ROUNDUP",
    "ROUNDDOWN", "INT", "MOD", "AND", "OR", "NOT", "ISBLANK", "ISNUMBER", "COUNTBLANK",
    "VLOOKUP", "INDEX", "MATCH", "TODAY", "DATE", "YEAR", "MONTH", "DAY", "EOMONTH", "TEXT",
    "CONCATENATE", "LEFT", "RIGHT", "LEN", "UPPER", "LOWER", "TRIM",
})
_ARITHMETIC = frozenset("+-*/^")
# These give #VALUE! on a text argument, unlike SUM and friends, which skip text.
_NUMERIC_ARG_FUNCTIONS = frozenset({"ROUND", "ROUNDUP", "ROUNDDOWN", "ABS", "INT", "MOD"})
# These are commonly used to test for blanks, so a blank argument is intended.
_BLANK_OK_FUNCTIONS = frozenset({
    "IF", "IFERROR", "COUNT", "COUNTA", "COUNTBLANK", "ISBLANK", "ISNUMBER", "AND", "OR", "NOT",
})

Key = tuple[str, int, int]  # (sheet title, row, column), 1-based


class _Sheet:
    """A snapshot of one worksheet's non-empty values; reading openpyxl cells would create them."""

    def __init__(self, ws: Any) -> None:
        self.title: str = ws.title
        self.values: dict[tuple[int, int], object] = {
            (cell.row, cell.column): cell.value
            for row in ws.iter_rows()
            for cell in row
            if cell.value is not None and cell.value != ""
        }
        self.max_row: int = ws.max_row
        self.max_col: int = ws.max_column


def _formula_text(value: object) -> str | None:
    if isinstance(value, ArrayFormula):
        return str(value.text)
    return value if isinstance(value, str) and is_formula(value) else None


def _sheet_prefix(title: str) -> str:
    """'Data!' or "'Q3 Data'!", quoted the way Excel writes it."""
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", title):
        return f"{title}!"
    return "'" + title.replace("'", "''") + "'!"


def _name(key: Key) -> str:
    return f"{_sheet_prefix(key[0])}{get_column_letter(key[2])}{key[1]}"


def check_workbook(workbook: Any) -> list[str]:
    """Problems with every formula of an openpyxl workbook (loaded with formulas, not values)."""
    sheets = {ws.title.lower(): _Sheet(ws) for ws in workbook.worksheets}
    names = {name.lower() for name in workbook.defined_names}
    for ws in workbook.worksheets:
        names |= {name.lower() for name in ws.defined_names}
    problems: list[str] = []
    edges: dict[Key, set[Key]] = {}
    for sheet in sheets.values():
        for (row, col), value in sorted(sheet.values.items()):
            formula = _formula_text(value)
            if formula is not None:
                key = (sheet.title, row, col)
                edges[key] = _check_formula(formula, sheet, sheets, names, _name(key), problems)
    return problems + _cycles(edges)


def _check_formula(
    formula: str, home: _Sheet, sheets: dict[str, _Sheet], names: set[str], where: str,
    problems: list[str],
) -> set[Key]:
    """Append the formula's problems; return the cells it depends on."""
    def report(problem: str) -> None:
        problems.append(f"{where}: {problem} in {formula}")

    try:
        tokens = tokens_of(formula)
    except Exception as exc:  # openpyxl's tokenizer raises a bare TokenizerError on bad syntax
        report(f"formula cannot be parsed ({exc})")
        return set()
    depends: set[Key] = set()
    stack: list[str] = []  # open functions and parentheses, innermost last
    for i, tok in enumerate(tokens):
        if tok.type == Token.FUNC and tok.subtype == Token.OPEN:
            name = function_name(tok.value)
            if name not in ALLOWED_FUNCTIONS:
                report(f"unknown function {name}")
            stack.append(name)
        elif tok.type == Token.PAREN and tok.subtype == Token.OPEN:
            stack.append("(")
        elif tok.subtype == Token.CLOSE and stack:
            stack.pop()
        elif tok.type == Token.OPERAND and tok.subtype == Token.ERROR:
            report(f"error value {tok.value}")
        elif tok.type == Token.OPERAND and tok.subtype == Token.RANGE:
            inner = next((name for name in reversed(stack) if name != "("), "")
            before = tokens[i - 1] if i else None
            after = tokens[i + 1] if i + 1 < len(tokens) else None
            numeric = inner in _NUMERIC_ARG_FUNCTIONS or _arithmetic(before) or _arithmetic(after)
            depends |= _check_reference(tok.value, home, sheets, names, numeric, inner, report)
    return depends


def _arithmetic(token: Token | None) -> bool:
    if token is None or token.type not in (Token.OP_IN, Token.OP_PRE):
        return False
    return token.value in _ARITHMETIC


def _check_reference(
    ref: str, home: _Sheet, sheets: dict[str, _Sheet], names: set[str], numeric: bool,
    inner: str, report: Callable[[str], None],
) -> set[Key]:
    """Report what is wrong with one reference; return the formula cells it points at."""
    sheet_name, area = split_reference(ref)
    if "#REF!" in area.upper():
        report(f"broken reference {ref}")
        return set()
    target = home if sheet_name is None else sheets.get(sheet_name.lower())
    if target is None:
        report(f"reference to missing sheet '{sheet_name}'")
        return set()
    bounds = area_bounds(area, target.max_row, target.max_col)
    if bounds is None:
        if area.lower() not in names:
            report(f"unknown name {area}")
        return set()
    top, left, bottom, right = bounds
    label = _sheet_prefix(target.title) + area
    if (bottom - top + 1) * (right - left + 1) < len(target.values):
        spots = [(r, c) for r in range(top, bottom + 1) for c in range(left, right + 1)]
        present = [spot for spot in spots if spot in target.values]
    else:  # a big area (say B:B): scanning the filled cells is cheaper than the area
        present = [(r, c) for r, c in target.values if top <= r <= bottom and left <= c <= right]
    if ":" not in area:
        value = target.values.get((top, left))
        if value is None and (numeric or inner not in _BLANK_OK_FUNCTIONS):
            report(f"reference to empty cell {label}")
        elif numeric and isinstance(value, str) and not is_formula(value) and not _numeric(value):
            report(f"text cell {label} ({value[:30]!r}) used as a number")
    elif not present:
        report(f"reference to empty range {label}")
    return {(target.title, *spot) for spot in present if _formula_text(target.values[spot])}


def _numeric(text: str) -> bool:
    try:
        float(text.replace(",", ""))
    except ValueError:
        return False
    return True


def _cycles(edges: dict[Key, set[Key]]) -> list[str]:
    """One message per circular chain, found by an iterative depth-first search."""
    found: dict[tuple[Key, ...], None] = {}
    done: set[Key] = set()
    for start in sorted(edges):
        if start in done:
            continue
        path, on_path = [start], {start: 0}
        stack = [iter(sorted(edges[start]))]
        while stack:
            child = next(stack[-1], None)
            if child is None:
                stack.pop()
                done.add(path[-1])
                del on_path[path.pop()]
            elif child in on_path:
                cycle = path[on_path[child]:]
                first = cycle.index(min(cycle))  # rotate so each loop is reported once
                found[tuple(cycle[first:] + cycle[:first])] = None
            elif child in edges and child not in done:
                on_path[child] = len(path)
                path.append(child)
                stack.append(iter(sorted(edges[child])))
    return [
        "circular reference: " + " -> ".join(_name(k) for k in (*cycle, cycle[0]))
        for cycle in found
    ]
