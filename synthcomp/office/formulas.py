"""Spreadsheet formulas: reference parsing and a small evaluator for csv and text renderings.

Built on openpyxl's formula Tokenizer, so formulas are read the way openpyxl writes them.
"""

from __future__ import annotations

import fnmatch
import math
import operator
import re
import statistics
from collections.abc import Callable
from typing import Any, TypeGuard

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


class _ExcelError(_Unsupported):
    """A formula that is an error in Excel too (#DIV/0!): IFERROR catches these, not _Unsupported."""


_COMPARISONS = ("=", "<>", "<", ">", "<=", ">=")
Arg = list[Cell] | Cell  # a bare range's cells, or one value (a number or a text literal)


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
            value = self.comparison()
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
                raise _ExcelError("#DIV/0!")
            else:
                value /= right
        return value

    def comparison(self) -> float:
        """An expression, or two values compared ('B2>=100', 'C2="Done"'): 1.0 for TRUE."""
        left = self.comparable()
        if (tok := self.peek()) and tok.type == Token.OP_IN and tok.value in _COMPARISONS:
            self.pos += 1
            return 1.0 if _compare(left, tok.value, self.comparable()) else 0.0
        if isinstance(left, str):
            raise _Unsupported("a text result")  # the cached values here are numbers
        return _number(left)

    def comparable(self) -> Cell:
        """A text literal or a lone cell as it is (text stays text), else an expression."""
        tok = self.peek()
        nxt = self.tokens[self.pos + 1] if self.pos + 1 < len(self.tokens) else None
        alone = nxt is None or nxt.type == Token.SEP or nxt.subtype == Token.CLOSE or (
            nxt.type == Token.OP_IN and nxt.value in _COMPARISONS)
        if tok is not None and alone and tok.subtype == Token.TEXT:
            self.pos += 1
            return tok.value[1:-1].replace('""', '"')
        if tok is not None and alone and tok.subtype == Token.RANGE:
            values = self.area(tok.value)
            if len(values) == 1:
                self.pos += 1
                return values[0]
        return self.expression()

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
            value = self.comparison()
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
        if name == "IFERROR":
            return self.iferror()
        if name == "IF":
            return self.if_()
        args = self.arguments()
        if name in _AGGREGATES:
            return _AGGREGATES[name]([n for arg in args for n in _numbers_of(arg)])
        if name in _CONDITIONAL and len(args) in (2, 3) and isinstance(args[0], list):
            cells, criteria = args[0], args[1]
            values = args[2] if len(args) == 3 else cells
            if isinstance(criteria, list) or not isinstance(values, list) or len(values) != len(cells):
                raise _Unsupported(name)
            picked = [v for c, v in zip(cells, values, strict=True) if _matches(c, criteria)]
            return _CONDITIONAL[name](picked)
        if name == "SUMPRODUCT" and args and all(isinstance(a, list) for a in args):
            columns = [[_number(v) if _is_number(v) else 0.0 for v in a] for a in args if isinstance(a, list)]
            if len({len(c) for c in columns}) != 1:
                raise _ExcelError("#VALUE!")  # ranges of different sizes
            return sum((math.prod(row) for row in zip(*columns, strict=True)), 0.0)
        if name in ("COUNTA", "COUNTBLANK"):
            cells = [c for a in args for c in (a if isinstance(a, list) else [a])]
            filled = sum(1 for c in cells if c is not None and c != "")
            return float(filled if name == "COUNTA" else len(cells) - filled)
        numbers = [_number(a) for a in args if not isinstance(a, list)]
        if len(numbers) != len(args):
            raise _Unsupported(name)  # a range where a single value is expected
        if name in _ROUNDING and len(numbers) == 2:
            return _ROUNDING[name](numbers[0], int(numbers[1]))
        if name == "ABS" and len(numbers) == 1:
            return abs(numbers[0])
        if name == "INT" and len(numbers) == 1:
            return float(math.floor(numbers[0]))
        raise _Unsupported(name)

    def arguments(self) -> list[Arg]:
        """The arguments up to the closing parenthesis: a bare range as its cells, a text
        literal as text, anything else evaluated."""
        args: list[Arg] = []
        while (tok := self.peek()) and tok.subtype != Token.CLOSE:
            nxt = self.tokens[self.pos + 1] if self.pos + 1 < len(self.tokens) else None
            bare = nxt is None or nxt.subtype in (Token.ARG, Token.CLOSE)
            if tok.subtype == Token.RANGE and bare:
                self.pos += 1
                args.append(self.area(tok.value))
            elif tok.subtype == Token.TEXT and bare:
                self.pos += 1
                args.append(tok.value[1:-1].replace('""', '"'))
            else:
                args.append(self.comparison())
            if (sep := self.peek()) and sep.type == Token.SEP:
                self.pos += 1
        self.expect_close()
        return args

    def iferror(self) -> float:
        """IFERROR(value, fallback): the fallback only for an Excel error in value, never
        for something this evaluator does not do (that would cache a wrong value)."""
        start = self.pos
        try:
            value = self.comparison()
        except _ExcelError:
            self.pos = start
            self.skip_argument()
            value = None
        if (sep := self.peek()) is None or sep.type != Token.SEP:
            raise _Unsupported("IFERROR needs two arguments")
        self.pos += 1
        if value is None:
            value = self.comparison()
        else:
            self.skip_argument()
        self.expect_close()
        return value

    def if_(self) -> float:
        """IF(test, then, else): only the branch taken is evaluated, as in Excel (the other may
        divide by zero: IF(B2=0, 0, A2/B2))."""
        test = self.comparison()
        chosen = 1 if test else 2
        value = 0.0  # a missing branch is FALSE in Excel, cached as 0
        for position in (1, 2):
            if (sep := self.peek()) is None or sep.type != Token.SEP:
                break
            self.pos += 1
            if position == chosen:
                value = self.comparison()
            else:
                self.skip_argument()
        self.expect_close()
        return value

    def skip_argument(self) -> None:
        depth = 0
        while (tok := self.peek()) is not None:
            if depth == 0 and (tok.type == Token.SEP or tok.subtype == Token.CLOSE):
                return
            if tok.subtype == Token.OPEN:
                depth += 1
            elif tok.subtype == Token.CLOSE:
                depth -= 1
            self.pos += 1


def _numbers_of(arg: Arg) -> list[float]:
    """What an aggregate counts of an argument: a range's numbers (its text and blanks are
    skipped, as Excel does), or the argument's own value."""
    if isinstance(arg, list):
        return [float(v) for v in arg if _is_number(v)]
    return [_number(arg)]


def _compare(left: Cell, op: str, right: Cell) -> bool:
    if left is None:  # a blank cell equals both "" and 0
        left = "" if isinstance(right, str) else 0.0
    if right is None:
        right = "" if isinstance(left, str) else 0.0
    if _is_number(left) and _is_number(right):
        return _OPERATORS[op](float(left), float(right))
    if isinstance(left, str) and isinstance(right, str):
        return _OPERATORS[op](left.lower(), right.lower())  # Excel ignores case
    return op == "<>"  # a number and a text are never equal (comparing them is rarer)


_OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "=": operator.eq, "<>": operator.ne, "<": operator.lt, ">": operator.gt,
    "<=": operator.le, ">=": operator.ge,
}

_CRITERIA_RE = re.compile(r"^(<=|>=|<>|=|<|>)?(.*)$", re.S)


def _matches(cell: Cell, criteria: Cell) -> bool:
    """Whether `cell` meets a SUMIF/COUNTIF criterion: 5, ">100", "<>Done", "Open", "Q*"."""
    if _is_number(criteria):
        return _is_number(cell) and float(cell) == float(criteria)
    match = _CRITERIA_RE.match(str(criteria or ""))
    assert match is not None  # the pattern matches any text
    op, operand = match.group(1) or "=", match.group(2)
    try:
        target: Cell = float(operand.replace(",", ""))
    except ValueError:
        target = operand
    if isinstance(target, str):
        text = "" if cell is None else str(cell)
        if op in ("=", "<>") and any(ch in target for ch in "*?"):
            found = fnmatch.fnmatchcase(text.lower(), target.lower())
            return found if op == "=" else not found
        if op in ("=", "<>") and target == "":
            return (text == "") == (op == "=")
        return isinstance(cell, str) and _compare(cell, op, target)
    return _is_number(cell) and _compare(cell, op, target)


def _average(numbers: list[float]) -> float:
    if not numbers:
        raise _ExcelError("#DIV/0!")
    return sum(numbers) / len(numbers)


def _median(numbers: list[float]) -> float:
    if not numbers:
        raise _ExcelError("#NUM!")
    return float(statistics.median(numbers))


def _round_half_away(value: float, digits: int) -> float:
    """Excel's ROUND: halves away from zero (Python's round() goes to even)."""
    scale = 10.0 ** digits
    return math.copysign(math.floor(abs(value) * scale + 0.5 + 1e-9), value) / scale


_AGGREGATES: dict[str, Callable[[list[float]], float]] = {
    "SUM": lambda n: sum(n, 0.0), "AVERAGE": _average, "MEDIAN": _median,
    "MIN": lambda n: min(n, default=0.0), "MAX": lambda n: max(n, default=0.0),
    "COUNT": lambda n: float(len(n)), "PRODUCT": lambda n: math.prod(n) if n else 0.0,
}
_CONDITIONAL: dict[str, Callable[[list[Cell]], float]] = {
    "SUMIF": lambda v: sum((float(x) for x in v if _is_number(x)), 0.0),
    "COUNTIF": lambda v: float(len(v)),
    "AVERAGEIF": lambda v: _average([float(x) for x in v if _is_number(x)]),
}
_ROUNDING: dict[str, Callable[[float, int], float]] = {
    "ROUND": _round_half_away,
    "ROUNDUP": lambda v, d: math.copysign(math.ceil(abs(v) * 10.0 ** d - 1e-9), v) / 10.0 ** d,
    "ROUNDDOWN": lambda v, d: math.copysign(math.floor(abs(v) * 10.0 ** d + 1e-9), v) / 10.0 ** d,
}


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

