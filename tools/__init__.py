"""The tools of the simulation's agents, as LangChain tools, and the toolset each role gets.

Every tool reads the run context through ``runtime: ToolRuntime`` (``computer_dir``, optionally
``sim_time``, ``author``, ``office_style``); the model never sees it. Each module of tools
(filesystem, office, messaging, calendar, journal) exports READ_TOOLS and WRITE_TOOLS, so a role can be
given read-only access; each tool declares its simulated minutes and whether it changes the
drive where it is defined (synthcomp.tools.facts). drive, errors and facts are what the tools
are built on.
"""

from __future__ import annotations

from collections.abc import Iterable

from langchain_core.tools import BaseTool

from synthcomp.tools import calendar, filesystem, journal, messaging, office


def filesystem_tools() -> list[BaseTool]:
    """Look around the drive, read any file, write text files, move/copy/delete/restore."""
    return [*filesystem.READ_TOOLS, *filesystem.WRITE_TOOLS]


def office_tools() -> list[BaseTool]:
    """Write and extend documents, spreadsheets and presentations; read cell ranges and slides."""
    return [*office.READ_TOOLS, *office.WRITE_TOOLS]


def messaging_tools() -> list[BaseTool]:
    """Write to collaborators, list them, read what they sent."""
    return [*messaging.WRITE_TOOLS, *messaging.READ_TOOLS]


def calendar_tools() -> list[BaseTool]:
    """The clock, the month's calendar, marking work done."""
    return [*calendar.READ_TOOLS, *calendar.WRITE_TOOLS]


def journal_tools() -> list[BaseTool]:
    """The week plan, the activity log and end_day (files on the drive, as in the paper)."""
    return [*journal.READ_TOOLS, *journal.WRITE_TOOLS]


def agent_toolset(extra: Iterable[BaseTool] = ()) -> list[BaseTool]:
    """The user agent's whole toolset, as build_user_agent gives it (filesystem, office,
    messaging, calendar), then ``extra`` (your own tools). Tool names must be unique: a
    duplicate is a wiring bug and raises ValueError."""
    tools = [*filesystem_tools(), *office_tools(), *messaging_tools(), *calendar_tools(),
             *journal_tools(), *extra]
    names = [t.name for t in tools]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ValueError(f"duplicate tool names: {', '.join(duplicates)}")
    return tools


__all__ = ["agent_toolset", "calendar_tools", "filesystem_tools", "journal_tools", "messaging_tools",
           "office_tools"]
