"""Tool failures as answers: the one place that turns an expected failure into "Error: ..." text.

A bad path, a missing or corrupt file, a wrong argument value: the model gets one clear,
actionable sentence (ToolMessage status "error") and the run goes on. Bugs in our own code
(TypeError, AttributeError, ...) are not caught here: they must stay visible.
"""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import Callable
from typing import Any

from langchain_core.tools import BaseTool, ToolException, tool
from pydantic import ValidationError

from synthcomp.errors import SynthcompError
from synthcomp.tools.facts import facts

MAX_OUTPUT_CHARS = 8000  # no tool answer is longer than this
EXPECTED_ERRORS: tuple[type[Exception], ...] = (SynthcompError, OSError, ValueError, KeyError)


class ToolInputError(SynthcompError):
    """A tool call the model can fix: a missing file, a wrong extension, a value out of range."""


def error_text(exc: BaseException) -> str:
    """The one-line "Error: ..." answer for an expected failure, without host paths."""
    if isinstance(exc, ValidationError):
        problems = [f"{'.'.join(str(p) for p in e['loc']) or 'value'}: {e['msg']}" for e in exc.errors()]
        reason = "invalid value (" + "; ".join(problems[:5]) + ")"
    elif isinstance(exc, KeyError):
        reason = str(exc.args[0]) if exc.args else "a required entry is missing"
    elif isinstance(exc, OSError) and not isinstance(exc, SynthcompError):
        # str(OSError) names the absolute host path: give only the reason.
        reason = f"the file system refused the operation ({exc.strerror or type(exc).__name__})"
    else:
        reason = str(exc).strip() or type(exc).__name__
    reason = without_host_paths(reason.removeprefix("Error: "))
    return "Error: " + reason + ("" if reason.endswith((".", "?", "!")) else ".")


# An absolute host path in a message ('/tmp/x/comp/drive/Users/a.xlsx'): its last name is enough.
_HOST_PATH = re.compile(r"(?<![\w.:/])/(?:[^/\s'\"]+/)+([^/\s'\"]+)")


def without_host_paths(text: str) -> str:
    """``text`` with every absolute path cut to its last name: a tool answer names drive paths
    only, never where the drive lies on the host (a library's message may say)."""
    return _HOST_PATH.sub(r"\1", text)


def bounded(text: str, limit: int = MAX_OUTPUT_CHARS) -> str:
    """`text`, cut to `limit` characters with a note saying so."""
    if len(text) <= limit:
        return text
    note = f"\n[output cut at {limit} of {len(text)} characters; ask for less]"
    return text[: limit - len(note)] + note


def user_tool(*, minutes: int, changes_drive: bool = False) -> Callable[[Callable[..., str]], BaseTool]:
    """``@tool(parse_docstring=True)`` for the user agent, with the tool's facts (see
    synthcomp.tools.facts): the docstring is Google style, its ``Args:`` block gives each
    parameter's description in the schema and the rest (see prose_of) is the tool's description;
    expected failures come back as "Error: ..." answers (status "error") through LangChain's
    ``handle_tool_error``, and every answer is bounded to MAX_OUTPUT_CHARS."""

    def decorate(func: Callable[..., str]) -> BaseTool:
        @functools.wraps(func)
        def answered(*args: Any, **kwargs: Any) -> str:
            try:
                return bounded(func(*args, **kwargs))
            except EXPECTED_ERRORS as exc:
                raise ToolException(error_text(exc)) from exc

        made = tool(answered, parse_docstring=True, error_on_invalid_docstring=True)
        made.description = prose_of(func.__doc__ or "")
        made.handle_tool_error = True
        return facts(minutes=minutes, changes_drive=changes_drive)(made)

    return decorate


def prose_of(docstring: str) -> str:
    """A Google-style docstring without its ``Args:`` block, paragraphs kept: LangChain's own
    parse joins them into one line, and the parameters are in the schema already."""
    blocks = inspect.cleandoc(docstring).split("\n\n")
    return "\n\n".join(block for block in blocks if not block.startswith("Args:")).strip()


def tool_node_error(exc: Exception) -> str:
    """A ``ToolNode(handle_tool_errors=...)`` handler with readable answers. ``True`` wraps the
    message in a repr ('Error: ToolInvocationError("...")\\n Please fix your mistakes.'); this
    gives the argument problems as lines, and any other failure as one line."""
    message = getattr(exc, "message", None)  # ToolInvocationError: invalid arguments
    if isinstance(message, str):
        return message if message.startswith("Error") else f"Error: {message}"
    return (f"Error: the tool failed ({type(exc).__name__}: {without_host_paths(str(exc))[:300]}). "
            "Try another way.")
