"""Offline answer for CollaboratorReply: colleagues answer in their own style, attach what they
hold, and send their scheduled news."""

from __future__ import annotations

from typing import Any

from synthcomp.models.offline.chat import register


@register("CollaboratorReply")
def reply(inputs: dict[str, Any], seed: int) -> dict[str, Any]:
    """Answer a message (attaching the private files asked about) or send an event's news."""
    who = inputs.get("collaborator") or {}
    item = inputs.get("item") or {}
    first = str(inputs.get("user", "")).split(" ")[0] or "there"
    files = [f["path"] for f in who.get("private_files") or []]
    sign = f"\n\nBest,\n{who.get('name', '')}\n{who.get('title', '')}, {who.get('organisation', '')}"
    if inputs.get("kind") == "event":
        attach = files if item.get("kind") == "new_information" else []
        return {"reply": True, "subject": item.get("subject", ""),
                "body": f"Hi {first},\n\n{item.get('body', '')}{sign}", "attach": attach}
    knows = ", ".join(who.get("knows") or []) or "what I have"
    body = (f"Hi {first},\n\nThanks for your message about \"{item.get('subject', '')}\". "
            f"Here is what I have on {knows}.")
    if files:
        body += f" I attach {', '.join(files)}; it is my latest version."
    return {"reply": True, "subject": "Re: " + str(item.get("subject", "")), "body": body + sign,
            "attach": files}
