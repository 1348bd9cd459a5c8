"""Prompt templates, one file per prompt, rendered with Jinja StrictUndefined.

A missing variable is an error, not a blank. Every prompt ends with an ``<inputs>`` block holding
the structured inputs as JSON: a real model reads it as context, and the offline model parses it.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files
from typing import Any

from jinja2 import Environment, StrictUndefined, Template

_INPUTS = re.compile(r"<inputs>\s*(.*?)\s*</inputs>", re.DOTALL)


@cache
def _environment() -> Environment:
    return Environment(undefined=StrictUndefined, keep_trailing_newline=False, autoescape=False)


@cache
def _template(name: str) -> Template:
    source = files(__name__).joinpath(f"{name}.j2").read_text(encoding="utf-8")
    return _environment().from_string(source)


def render_text(template: str, /, **variables: Any) -> str:
    """Render prompt ``template`` with ``variables`` alone (system prompts: no inputs block)."""
    return _template(template).render(**variables).strip()


def render(template: str, inputs: dict[str, Any], /, **variables: Any) -> str:
    """Render prompt ``template`` with ``variables``; ``inputs`` becomes the trailing JSON block."""
    body = _template(template).render(**variables, inputs=inputs)
    # '<\/' is JSON for '</': a text that holds '</inputs>' cannot end the block early.
    block = json.dumps(inputs, ensure_ascii=False, sort_keys=True, default=str).replace("</", "<\\/")
    return f"{body.rstrip()}\n\n<inputs>\n{block}\n</inputs>"


def parse_inputs(text: str) -> dict[str, Any]:
    """The JSON of the last ``<inputs>`` block in a rendered prompt ({} if there is none)."""
    found = _INPUTS.findall(text)
    if not found:
        return {}
    value = json.loads(found[-1])
    return value if isinstance(value, dict) else {}
