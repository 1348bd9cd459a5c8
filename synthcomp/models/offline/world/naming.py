"""File names the way this user types them: separators, dates, versions, case."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

_FORBIDDEN = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def clean_title(title: str) -> str:
    """A title that is safe as a file or folder name on Windows and macOS."""
    cleaned = _FORBIDDEN.sub(" ", title)
    return " ".join(cleaned.split()).strip(" .")[:80] or "Untitled"


def file_name(
    naming: dict[str, Any],
    title: str,
    extension: str,
    when: date | None = None,
    version: int | None = None,
    final: bool = False,
) -> str:
    """Compose a file name from a title under the user's naming habits."""
    separator = naming.get("separator", " ")
    stem = clean_title(title)
    if separator != " ":
        stem = separator.join(stem.split())
    if naming.get("lowercase"):
        stem = stem.lower()
    position = naming.get("date_position", "none")
    if when is not None and position != "none":
        stamp = when.strftime(naming.get("date_style", "%Y-%m-%d"))
        stamp = stamp if separator == " " else stamp.replace(" ", separator)
        stem = f"{stamp}{separator}{stem}" if position == "prefix" else f"{stem}{separator}{stamp}"
    style = naming.get("version_style", "v2")
    if version is not None:
        stem += {
            "v2": f"{separator}v{version}",
            "V2": f"{separator}V{version}",
            "_v2_FINAL": f"_v{version}",
            " (2)": f" ({version})",
            "rev2": f"{separator}rev{version}",
        }.get(style, f"{separator}v{version}")
    if final:
        stem += "_FINAL" if style == "_v2_FINAL" else f"{separator}FINAL"
    return f"{stem}.{extension}"


def folder_name(naming: dict[str, Any], title: str, number: int | None = None) -> str:
    """A folder name, optionally numbered ('03_Meetings') as tidy people do."""
    separator = naming.get("separator", " ")
    name = clean_title(title)
    if separator != " ":
        name = separator.join(name.split())
    if number is not None:
        name = f"{number:02d}{separator if separator != ' ' else ' '}{name}"
    return name
