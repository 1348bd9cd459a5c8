"""Errors Studio shows: the server hides the message of exceptions it does not know (it shows
'An internal error occurred'), but shows ValueError's. A user's mistake should read as one."""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, TypeVar

from synthcomp.errors import SynthcompError

F = TypeVar("F", bound=Callable[..., Any])


class StudioError(ValueError):
    """A SynthcompError, as a ValueError the server shows with its message."""


def shown(node: F) -> F:
    """``node`` with SynthcompError re-raised as StudioError (same message, kind named)."""
    if inspect.iscoroutinefunction(node):

        @functools.wraps(node)
        async def run_async(*args: Any, **kwargs: Any) -> Any:
            try:
                return await node(*args, **kwargs)
            except SynthcompError as exc:
                raise StudioError(f"{type(exc).__name__}: {exc}") from exc

        return run_async  # type: ignore[return-value]

    @functools.wraps(node)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return node(*args, **kwargs)
        except SynthcompError as exc:
            raise StudioError(f"{type(exc).__name__}: {exc}") from exc

    return run  # type: ignore[return-value]
