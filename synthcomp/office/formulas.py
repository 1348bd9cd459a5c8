"""Spreadsheet formulas: reference parsing and a small evaluator for csv and text renderings.

Built on openpyxl's formula Tokenizer, so formulas are read the way openpyxl writes them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeGuard

from openpyxl.formula.tokenizer import Token, Tokenizer
from openpyxl.utils.cell import range_boundaries

from synthcomp.schemas import Cell

_CELL, _COL, _ROW = r"\$?[A-Za-z]{1,3}\$?\d+", r"\$?[A-Za-z]{1,3}", r"\$?\d+"
# A1 areas only: a bare word like "Total" is a defined name, not column TOTAL.
_AREA_RE = re.compile(rf"^(?:{_CELL}(?::{_CELL})?|{_COL}:{_COL}|{_ROW}:{_ROW})$")


def is_formula(value: object) -> bool:
    """True for a cell value that is a formula ('=...', but not a lone '=')."""
    return isinstance(value, str) and value.startswith("=") and len(value) > 1


def without_shown_value(value: Cell) -> Cell:
    """A formula as read_file and read_range show it, "=SUM(B2:B9) → 1,250.00", back to the
    formula alone: a model copying a sheet it read would otherwise write the value into the
    formula. A "→" inside a quoted text of the formula stays."""
    if not is_formula(value) or " → " not in str(value):
        return value
    head, _, tail = str(value).rpartition(" → ")
    return head if head.count('"') % 2 == 0 and '"' not in tail else value


def split_reference(ref: str) -> tuple[str | None, str]:
    """Split "'My Sheet'!A1:B2" into ("My Sheet", "A1:B2"); no sheet part gives None."""
    if "!" not in ref:
        return None, ref
    sheet, _, area = ref.rpartition("!")
    if len(sheet) >= 2 and sheet[0] == sheet[-1] == "'":
        sheet = sheet[1:-1].replace("''", "'")
    return sheet, area


def area_bounds(area: str, max_row: int, max_col: int) -> tuple[int, int, int, int] | None:
    """(min_row, min_col, max_row, max_col) of an A1 area, whole rows/columns clipped to the
    used range; None when `area` is not an A1 reference (e.g. a defined name)."""
    if not _AREA_RE.match(area):
        return None
    min_col, min_row, last_col, last_row = range_boundaries(area)
    return (min_row or 1, min_col or 1, last_row or max_row, last_col or max_col)


def function_name(token_value: str) -> str:
    """'SUM' for a function token 'sum(' or '_xlfn.SUM('."""
    return token_value.rstrip("(").upper().removeprefix("_XLFN.")


def tokens_of(formula: str) -> list[Token]:
    """The formula's tokens without whitespace."""
    return [t for t in Tokenizer(formula).items if t.type != Token.WSPACE]


class _Unsupported(Exception):
    """The formula uses something the small evaluator does not do."""


class _Evaluator:
    """Recursive-descent evaluation of simple same-sheet arithmetic and aggregate formulas."""

    def __init__(self, rows: list[list[Cell]], book: dict[str, _Evaluator] | None = None) -> None:
        self.rows = rows
        self.book = {} if book is None else book  # sheet name (lower case) -> evaluator
        self.cache: dict[tuple[int, int], float] = {}
        self.busy: set[tuple[int, int]] = set()
        self.failed: set[tuple[int, int]] = set()
        self.tokens: list[Token] = []
        self.pos = 0

    def cell(self, row: int, col: int) -> Cell:
        if 1 <= row <= len(self.rows) and 1 <= col <= len(self.rows[row - 1]):
            value = self.rows[row - 1][col - 1]
            if is_formula(value):
                return self.formula_at(row, col)
            return value
        return None

    def formula_at(self, row: int, col: int) -> float:
        if (row, col) in self.cache:
            return self.cache[(row, col)]
        if (row, col) in self.busy or (row, col) in self.failed:
            raise _Unsupported("circular or unsupported")
        self.busy.add((row, col))
        saved = self.tokens, self.pos
        try:
            self.tokens, self.pos = tokens_of(str(self.rows[row - 1][col - 1])), 0
            value = self.expression()
            if self.pos != len(self.tokens):
                raise _Unsupported("trailing tokens")
        except Exception:
            self.failed.add((row, col))  # so cells that use it do not retry it
            raise
        finally:
            self.tokens, self.pos = saved
            self.busy.discard((row, col))
        self.cache[(row, col)] = value
        return value

    def peek(self) -> Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def binary(self, operators: str, operand: Callable[[], float]) -> float:
        value = operand()
        while (tok := self.peek()) and tok.type == Token.OP_IN and tok.value in operators:
            self.pos += 1
            right = operand()
            if tok.value == "+":
                value += right
            elif tok.value == "-":
                value -= right
            elif tok.value == "*":
                value *= right
            elif tok.value == "^":
                value = float(value**right)
            elif right == 0:
                raise _Unsupported("#DIV/0!")
            else:
                value /= right
        return value

    def expression(self) -> float:
        return self.binary("+-", lambda: self.binary("*/", lambda: self.binary("^", self.unary)))

    def unary(self) -> float:
        tok = self.peek()
        if tok and tok.type == Token.OP_PRE:
            self.pos += 1
            return -self.unary() if tok.value == "-" else self.unary()
        value = self.primary()
        if (tok := self.peek()) and tok.type == Token.OP_POST and tok.value == "%":
            self.pos += 1
            value /= 100
        return value

    def primary(self) -> float:
        tok = self.peek()
        if tok is None:
            raise _Unsupported("unexpected end")
        self.pos += 1
        if tok.type == Token.OPERAND and tok.subtype == Token.NUMBER:
            return float(tok.value)
        if tok.type == Token.OPERAND and tok.subtype == Token.RANGE:
            values = self.area(tok.value)
            if len(values) != 1:
                raise _Unsupported("range in arithmetic")
            return _number(values[0])
        if tok.type == Token.PAREN and tok.subtype == Token.OPEN:
            value = self.expression()
            self.expect_close()
            return value
        if tok.type == Token.FUNC and tok.subtype == Token.OPEN:
            return self.function(function_name(tok.value))
        raise _Unsupported(tok.value)

    def area(self, ref: str) -> list[Cell]:
        sheet, area = split_reference(ref)
        owner = self if sheet is None else self.book.get(sheet.lower())
        if owner is None:
            raise _Unsupported(ref)  # a sheet this workbook does not have
        bounds = area_bounds(area, len(owner.rows), max(map(len, owner.rows), default=0))
        if bounds is None:
            raise _Unsupported(ref)  # defined names are not known here
        top, left, bottom, right = bounds
        return [owner.cell(r, c) for r in range(top, bottom + 1) for c in range(left, right + 1)]

    def expect_close(self) -> None:
        tok = self.peek()
        if tok is None or tok.subtype != Token.CLOSE:
            raise _Unsupported("missing )")
        self.pos += 1

    def function(self, name: str) -> float:
        numbers: list[float] = []
        while (tok := self.peek()) and tok.subtype != Token.CLOSE:
            nxt = self.tokens[self.pos + 1] if self.pos + 1 < len(self.tokens) else None
            bare = nxt is None or nxt.subtype in (Token.ARG, Token.CLOSE)
            if tok.subtype == Token.RANGE and bare:
                self.pos += 1  # a bare range argument: aggregates skip its text and blanks
                numbers += [float(v) for v in self.area(tok.value) if _is_number(v)]
            else:
                numbers.append(self.expression())
            if (sep := self.peek()) and sep.type == Token.SEP:
                self.pos += 1
        self.expect_close()
        if name == "SUM":
            return sum(numbers, 0.0)
        if name == "AVERAGE" and numbers:
            return sum(numbers) / len(numbers)
        if name in ("MIN", "MAX"):
            return (min if name == "MIN" else max)(numbers, default=0.0)
        if name == "COUNT":
            return float(len(numbers))
        if name == "ABS" and len(numbers) == 1:
            return abs(numbers[0])
        if name == "ROUND" and len(numbers) == 2:
            return float(round(numbers[0], int(numbers[1])))
        raise _Unsupported(name)


def _is_number(value: Cell) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _number(value: Cell) -> float:
    if value is None:
        return 0.0  # Excel reads a blank cell as 0 in arithmetic
    if isinstance(value, bool | int | float):
        return float(value)
    try:
        return float(value.replace(",", ""))
    except ValueError:
        raise _Unsupported("text in arithmetic") from None


def computed_rows(rows: list[list[Cell]]) -> list[list[Cell]]:
    """`rows` with each formula replaced by its value, or by None when it cannot be computed
    here (other sheets, unsupported functions, text in arithmetic, circular references)."""
    return _computed(_Evaluator(rows))


def computed_sheets(sheets: dict[str, list[list[Cell]]]) -> dict[str, list[list[Cell]]]:
    """Each sheet's rows (by sheet name) with each formula replaced by its value, as
    computed_rows does, references to the workbook's other sheets ('Budget Q3'!D4) included."""
    book: dict[str, _Evaluator] = {}
    for name, rows in sheets.items():
        book[name.lower()] = _Evaluator(rows, book)
    return {name: _computed(book[name.lower()]) for name in sheets}


def _computed(evaluator: _Evaluator) -> list[list[Cell]]:
    rows = evaluator.rows
    result: list[list[Cell]] = []
    for r, row in enumerate(rows, start=1):
        out: list[Cell] = []
        for c, value in enumerate(row, start=1):
            if is_formula(value):
                try:
                    number = round(float(evaluator.formula_at(r, c)), 10)  # 0.1+0.2 noise
                    value = int(number) if number.is_integer() else number
                except (_Unsupported, ArithmeticError, ValueError, TypeError, RecursionError):
                    value = None  # e.g. 0 ** -1, (-8) ** 0.5, a very deep chain of formulas
            out.append(value)
        result.append(out)
    return result

