"""Structured answers during a simulation."""

from __future__ import annotations

from pydantic import BaseModel, Field


class CollaboratorReply(BaseModel):
    """What a collaborator does about one message or one of their scheduled events."""

    reply: bool = Field(description="Whether to write now (false: stay silent for today)")
    subject: str = ""
    body: str = ""
    attach: list[str] = Field(default_factory=list,
                              description="Paths of your own private files to attach")
