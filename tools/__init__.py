"""The tools of the simulation's agents, as LangChain tools, and the toolset each role gets.

Every tool reads the run context through ``runtime: ToolRuntime`` (``computer_dir``, optionally
``sim_time``, ``author``, ``office_style``); the model never sees it. Each module exports
READ_TOOLS and WRITE_TOOLS so a role can be given read-only access.
"""

from __future__ import annotations

from collections.abc import Iterable

from langchain_core.tools import BaseTool

from synthcomp.tools import filesystem, office


def filesystem_tools() -> list[BaseTool]:
    """Look around the drive, read any file, write text files, move/copy/delete/restore."""
    return [*filesystem.READ_TOOLS, *filesystem.WRITE_TOOLS]


def office_tools() -> list[BaseTool]:
    """Write and extend documents, spreadsheets and presentations; read cell ranges and slides."""
    return [*office.READ_TOOLS, *office.WRITE_TOOLS]


def user_toolset(extra: Iterable[BaseTool] = ()) -> list[BaseTool]:
    """The user agent's tools: filesystem and office tools, then `extra` (messaging, calendar).
    Tool names must be unique: a duplicate is a wiring bug and raises ValueError."""
    tools = [*filesystem_tools(), *office_tools(), *extra]
    names = [t.name for t in tools]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ValueError(f"duplicate tool names: {', '.join(duplicates)}")
    return tools


__all__ = ["filesystem_tools", "office_tools", "user_toolset"]
