"""Saved e-mail messages (.eml, RFC 5322) and the small technical files (.json, .py).

An .eml's content is plain text: header lines ("From:", "To:", "Subject:", ...), a blank line,
the body. Here it becomes a real message through the stdlib email package (Date, Message-ID and
MIME headers added, the body encoded as a mail client would), so any mail reader parses it back.
The Message-ID is derived from the message, not random: the same input gives the same bytes.
"""

from __future__ import annotations

import datetime
import email
import email.policy
import hashlib
import json
import re
from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from synthcomp.office.determinism import as_utc

_HEADER_RE = re.compile(r"^([A-Za-z][A-Za-z-]{0,30}):[ \t]*(.*)$")
_KEPT = ("From", "To", "Cc", "Subject", "Reply-To", "In-Reply-To", "References")
_SHOWN = ("From", "To", "Cc", "Date", "Subject")
_POLICY = email.policy.default.clone(linesep="\r\n")  # on the wire and in saved .eml files


def split_message(text: str) -> tuple[dict[str, str], str]:
    """The header lines at the top of `text` (only names a message has) and the body after."""
    headers: dict[str, str] = {}
    lines = text.replace("\r\n", "\n").split("\n")
    start = 0
    for n, line in enumerate(lines):
        match = _HEADER_RE.match(line)
        name = match.group(1).title() if match else ""
        if match is None or name not in (*_KEPT, "Date"):
            break
        headers[name] = match.group(2).strip()
        start = n + 1
    body = "\n".join(lines[start:]).strip("\n")
    return headers, body


def build_eml(text: str, modified: datetime.datetime, *, author: str | None = None,
              title: str = "") -> bytes:
    """An RFC 5322 message from `text` (headers then body); From defaults to `author`, Subject
    to `title`, Date is `modified` (the one given in the text is ignored: the file's time is)."""
    headers, body = split_message(text)
    message = EmailMessage(policy=_POLICY)
    headers.setdefault("From", author or "me@example.com")
    headers.setdefault("Subject", title)
    for name in _KEPT:
        if headers.get(name):
            try:
                message[name] = headers[name]
            except (ValueError, TypeError):  # an address the parser refuses: keep it as text
                message[name] = headers[name].replace("<", "").replace(">", "")
    message["Date"] = format_datetime(as_utc(modified))
    digest = hashlib.sha256(f"{headers}\n{body}\n{modified.isoformat()}".encode()).hexdigest()
    domain = headers["From"].rsplit("@", 1)[-1].strip(" >") if "@" in headers["From"] else "local"
    message["Message-ID"] = f"<{digest[:24]}@{domain or 'local'}>"
    message.set_content(body + "\n")
    return message.as_bytes(policy=_POLICY)


def read_eml(path: Path) -> Iterator[str]:
    """The message's From, To, Cc, Date and Subject, a blank line, its plain-text body (and the
    names of its attachments)."""
    with path.open("rb") as handle:
        message = email.message_from_binary_file(handle, policy=email.policy.default)
    for name in _SHOWN:
        if message[name]:
            yield f"{name}: {message[name]}"
    yield ""
    part = message.get_body(preferencelist=("plain", "html"))
    if part is not None:
        yield from str(part.get_content()).rstrip("\n").splitlines()
    for attachment in message.iter_attachments():
        yield f"[attachment: {attachment.get_filename() or 'unnamed'}]"


def json_text(text: str) -> str:
    """`text` when it is JSON; otherwise the text kept as a JSON string field, so the .json
    file always parses (a model that wrote prose for a .json file)."""
    try:
        json.loads(text)
    except ValueError:
        return json.dumps({"content": text}, indent=2, ensure_ascii=False) + "\n"
    return text if text.endswith("\n") else text + "\n"


def python_text(text: str) -> str:
    """`text` when it compiles as Python; otherwise the text as comments, so the .py file
    always compiles."""
    try:
        compile(text, "<file>", "exec")
    except (SyntaxError, ValueError):
        return "".join(f"# {line}\n".replace("# \n", "#\n") for line in text.splitlines())
    return text if text.endswith("\n") else text + "\n"
