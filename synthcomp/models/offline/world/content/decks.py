"""Offline presentations: steering-committee decks and training decks."""

from __future__ import annotations

from typing import Any

from synthcomp.models.offline.world.content.context import Ctx


def status_deck(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A status deck whose budget and milestone slides repeat the report's figures."""
    facts, w = ctx.dep_facts, ctx.word
    status = facts.get("overall_status") or w("amber")
    given = {"status": status, **({"milestone": facts["next_milestone"]}
                                  if "next_milestone" in facts else {})}
    slides: list[dict[str, Any]] = [
        {"title": w("agenda_slide"), "bullets": [w("h_where_we_are"), w("h_budget"),
                                                 w("h_risks"), w("h_decisions_needed"),
                                                 w("h_next_steps")]},
        {"title": w("h_where_we_are"),
         "bullets": [f"{w('overall_status')}: {status}",
                     *ctx.lines_of("deck.status", 3, **given)],
         "notes": ctx.book.join(ctx.lines_of("report.summary", 2, **given))},
    ]
    if "total_budget" in facts:
        slides.append({"title": w("h_budget"), "bullets": [
            f"{w('planned')}: {facts['total_budget']}",
            f"{w('envelope')}: {facts.get('envelope', '-')}",
            f"{w('largest_line')}: {facts.get('largest_line', '-')} "
            f"({facts.get('largest_line_amount', '-')})"],
            "notes": ctx.say("report.budget", amount=facts["total_budget"])})
    if "latest_value" in facts:
        slides.append({"title": w("h_indicators"), "bullets": [
            f"{facts.get('metric', w('kpi'))}: {facts['latest_value']}",
            f"{w('target')}: {facts.get('target', '-')}"]})
    slides += [
        {"title": w("h_risks"), "bullets": ctx.lines_of("report.risk", 3)},
        {"title": w("h_decisions_needed"), "bullets": ctx.lines_of("deck.decision", 2),
         "notes": ctx.say("action")},
        {"title": w("h_next_steps"), "bullets": [ctx.action()[0] for _ in range(3)]},
    ]
    title = str(ctx.node.get("title") or ctx.project.get("name", "Update"))
    milestone, due = ctx.milestone
    ctx.facts.update({"next_milestone": facts.get("next_milestone", milestone),
                      "next_milestone_date": facts.get("next_milestone_date", due.isoformat())})
    deck = {"title": title, "subtitle": ctx.project_label or f"{ctx.author} - "
            f"{ctx.book.short_date(ctx.when)}", "slides": slides}
    return {"deck": deck}, f"{title}: {len(slides) + 1}."


def training_deck(ctx: Ctx) -> tuple[dict[str, Any], str]:
    """A short internal training deck."""
    points = ctx.lines_of("training.point", ctx.rng.randint(4, 6))
    rules = ctx.lines_of("policy.rule", len(points))
    slides = [{"title": f"{i + 1}. {point}", "bullets": [rule, ctx.say("notes.line")]}
              for i, (point, rule) in enumerate(zip(points, rules, strict=True))]
    title = str(ctx.node.get("title", "Training"))
    deck = {"title": title, "subtitle": str(ctx.profile.get("employer", "")), "slides": slides}
    return {"deck": deck}, f"{title}: {len(slides)}."


GENERATORS = {"status_deck": status_deck, "training_deck": training_deck}
