"""Errors a user or a model sees as one clear line, never as a traceback."""

from __future__ import annotations


def first_line(exc: BaseException, limit: int = 300) -> str:
    """The first line of an exception's message (its class name when it has none)."""
    line = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    return line if len(line) <= limit else line[:limit - 1].rsplit(" ", 1)[0] + " …"


def problems_of(exc: Exception, whole: str = "answer", limit: int = 3) -> str:
    """What is wrong, in one line: a pydantic ValidationError's first problems with where they
    are ('rubric: weights of X sum to 0.1, not 1'; ``whole`` names a problem with no place),
    else the message's first line."""
    errors = getattr(exc, "errors", None)
    if callable(errors):
        try:
            found = errors()[:limit]
            return "; ".join(f"{'.'.join(str(p) for p in e['loc']) or whole}: {e['msg']}"
                             for e in found)
        except (TypeError, KeyError):
            pass  # an errors() that is not pydantic's
    return first_line(exc)


class SynthcompError(Exception):
    """A failure with a message meant for the person (or model) who caused it."""


class SandboxError(SynthcompError):
    """A path that would leave the computer's drive."""


class InputError(SynthcompError):
    """Bad input: a persona, a file, an option."""


class ModelError(SynthcompError):
    """A model that cannot be loaded, or that answered something unusable."""


class OfficeFileError(SynthcompError):
    """An office file that cannot be read or written."""


class RunFinished(InputError):
    """A run asked to resume that has nothing left to do (the CLI shows it and exits 0)."""
