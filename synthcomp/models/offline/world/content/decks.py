"""Offline presentations: steering-committee decks and training decks."""

from __future__ import annotations

from typing import Any

from synthcomp.models.offline.people import sample
from synthcomp.models.offline.world.content.context import Ctx


def status_deck(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A status deck whose budget and milestone slides repeat the report's figures."""
    facts = ctx.dep_facts
    slides: list[dict[str, Any]] = [
        {"title": "Agenda", "bullets": ["Where we are", "Budget", "Risks", "Decisions needed",
                                        "Next steps"]},
        {"title": "Where we are",
         "bullets": [f"Overall status: {facts.get('overall_status', 'Amber')}",
                     ctx.sentence(), ctx.sentence()],
         "notes": ctx.paragraph(2)},
    ]
    if "total_budget" in facts:
        slides.append({"title": "Budget", "bullets": [
            f"Planned: {facts['total_budget']}",
            f"Envelope: {facts.get('envelope', 'n/a')}",
            f"Largest line: {facts.get('largest_line', 'n/a')} "
            f"({facts.get('largest_line_amount', 'n/a')})"],
            "notes": "Figures from the budget workbook, same version as the status report."})
    if "latest_value" in facts:
        slides.append({"title": "Key indicator", "bullets": [
            f"{facts.get('metric', 'KPI')}: {facts['latest_value']}",
            f"Target: {facts.get('target', 'n/a')}"]})
    slides += [
        {"title": "Risks", "bullets": [ctx.say(r)
                                       for r in sample(ctx.rng, ctx.domain.risks, 3)]},
        {"title": "Decisions needed", "bullets": [ctx.sentence(ctx.domain.actions)
                                                  for _ in range(2)],
         "notes": f"Ask {ctx.person()} to confirm before the meeting."},
        {"title": "Next steps", "bullets": [ctx.say(a, due=ctx.later())
                                            for a in sample(ctx.rng, ctx.domain.actions, 3)]},
    ]
    title = str(ctx.project.get("name", ctx.node.get("title", "Update")))
    deck = {"title": title, "subtitle": f"{ctx.author} - {ctx.when:%d %B %Y}", "slides": slides}
    return {"deck": deck}, f"Deck of {len(slides) + 1} slides on {title}."


def training_deck(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A short internal training deck."""
    slides = [{"title": f"{i + 1}. {ctx.sentence(ctx.domain.doc_topics)}",
               "bullets": [ctx.sentence() for _ in range(3)], "notes": ctx.paragraph(1)}
              for i in range(ctx.rng.randint(4, 7))]
    title = str(ctx.node.get("title", "Training"))
    deck = {"title": title, "subtitle": str(ctx.profile.get("employer", "")), "slides": slides}
    return {"deck": deck}, f"Training deck '{title}' of {len(slides)} slides."


GENERATORS = {"status_deck": status_deck, "training_deck": training_deck}
