"""The schemas a provider receives for the user agent's tools: every parameter described, the
run context and the call id kept out, the description prose that does not repeat them."""

from __future__ import annotations

import pytest
from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool

from synthcomp.tools import agent_toolset

TOOLS = agent_toolset()


def _parameters(made: BaseTool) -> dict[str, dict[str, object]]:
    properties: dict[str, dict[str, object]] = convert_to_openai_tool(made)["function"]["parameters"].get(
        "properties", {})
    return properties


@pytest.mark.parametrize("made", TOOLS, ids=[t.name for t in TOOLS])
def test_every_parameter_has_a_description(made: BaseTool) -> None:
    for name, schema in _parameters(made).items():
        description = schema.get("description")
        assert isinstance(description, str) and len(description.strip()) > 10, (made.name, name)


@pytest.mark.parametrize("made", TOOLS, ids=[t.name for t in TOOLS])
def test_injected_arguments_stay_out_of_the_schema(made: BaseTool) -> None:
    assert not {"runtime", "tool_call_id"} & set(_parameters(made))


@pytest.mark.parametrize("made", TOOLS, ids=[t.name for t in TOOLS])
def test_the_description_is_prose_without_the_parameter_list(made: BaseTool) -> None:
    description = convert_to_openai_tool(made)["function"]["description"]
    assert len(description) > 20 and description[0].isupper()
    assert "Args:" not in description
    for name in _parameters(made):
        # "path: the file ..." was how parameters were listed in the description before
        assert f"\n{name}: " not in description and not description.startswith(f"{name}: ")


def test_nested_objects_describe_their_fields() -> None:
    by_name = {t.name: t for t in TOOLS}
    sheets = _parameters(by_name["write_spreadsheet"])["sheets"]
    fields = sheets["items"]["properties"]  # type: ignore[index]
    assert all(field.get("description") for field in fields.values())
