"""Ask a chat model for a pydantic object; re-ask a bounded number of times when it answers badly."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

from langchain_core.exceptions import OutputParserException
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage
from langchain_core.runnables import Runnable
from pydantic import BaseModel, ValidationError

from synthcomp.errors import ModelError, problems_of

T = TypeVar("T", bound=BaseModel)

DEFAULT_ATTEMPTS = 3


def ask_structured(
    model: BaseChatModel | Runnable[Any, Any],
    schema: type[T],
    system: str,
    prompt: str,
    *,
    check: Callable[[T], None] | None = None,
    attempts: int = DEFAULT_ATTEMPTS,
) -> T:
    """Get a valid ``schema`` object from ``model`` (a chat model, or one already bound with
    ``with_structured_output(schema)``).

    An answer that does not parse, does not validate, or fails ``check`` (which raises
    ValueError) is sent back with the problem named, up to ``attempts`` tries in all; then
    ModelError says what was wrong with the last answer.
    """
    runnable = model.with_structured_output(schema) if isinstance(model, BaseChatModel) else model
    messages: list[BaseMessage] = [SystemMessage(system), HumanMessage(prompt)]
    problem = "no answer"
    for _ in range(max(1, attempts)):
        try:
            answer = runnable.invoke(messages)
            if answer is None:
                raise ValueError(f"no {schema.__name__} in the answer")
            result = cast(T, answer if isinstance(answer, schema) else schema.model_validate(answer))
            if check is not None:
                check(result)
            return result
        except (ValidationError, OutputParserException, ValueError, TypeError, KeyError) as exc:
            problem = problems_of(exc)
            messages = [
                *messages[:2],
                HumanMessage(
                    f"Your previous answer was not a valid {schema.__name__}: {problem}. "
                    "Answer again with the tool, fixing exactly that."
                ),
            ]
    raise ModelError(f"model gave no valid {schema.__name__} after {attempts} tries: {problem}")
