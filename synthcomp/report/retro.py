"""A run's retrospective (retro.json, written by `synthcomp retro`) as the report shows it: the
summary, per deliverable its strengths and unmet criteria with root causes, figures that differ
across files, collaborators' feedback, planted errors, failure modes and experience items, each
with its evidence. Read leniently (a part missing or of another shape is left out) and bounded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from synthcomp.errors import InputError
from synthcomp.report.trajectory import BODY_CHARS, as_dict, cut

RETRO_FILE = "retro.json"
RETRO_MD = "retro.md"
MAX_ITEMS = 60  # findings of one kind
MAX_EVIDENCE = 8  # pieces of evidence of one finding
TEXT = 1200


def _list(value: Any) -> list[dict[str, Any]]:
    return [as_dict(v) for v in value[:MAX_ITEMS] if isinstance(v, dict)] if isinstance(value, list) else []


def evidence(value: Any) -> list[dict[str, Any]]:
    """Evidence items (day, turn, file, message, note), the day counted from 1 as the page does."""
    found = []
    for item in _list(value)[:MAX_EVIDENCE]:
        day = item.get("day")
        found.append({"day": day + 1 if isinstance(day, int) and not isinstance(day, bool) else None,
                      "anchor": f"day-{day}" if isinstance(day, int) else "",
                      "turn": item.get("turn") if isinstance(item.get("turn"), int) else None,
                      "file": cut(str(item.get("file")).rsplit("/", 1)[-1], 120) if item.get("file") else "",
                      "message": cut(item.get("message"), 120) if item.get("message") else "",
                      "note": cut(item.get("note"), 400) if item.get("note") else ""})
    return found


def _finding(item: dict[str, Any]) -> dict[str, Any]:
    return {"text": cut(item.get("text"), TEXT), "evidence": evidence(item.get("evidence"))}


def read_retro(run_dir: Path) -> dict[str, Any] | None:
    """What the page shows of the run's retro.json: None when it has none, ``{"damaged": why}``
    when the retrospective's own reader (api.retro.load_retro) refuses it (truncated, of another
    shape), else the view of the retrospective as that reader gives it."""
    from synthcomp.api.retro import load_retro

    if not (run_dir / RETRO_FILE).is_file():
        return None
    try:
        retro = load_retro(run_dir)
    except InputError as exc:
        return {"damaged": cut(str(exc), 600)}
    return retro_view(run_dir, retro.model_dump(mode="json"))


def retro_view(run_dir: Path, data: Any) -> dict[str, Any] | None:
    """What the page shows of retro.json (``data``, as read); None when the run has none."""
    if not isinstance(data, dict):
        return None
    deliverables = []
    for item in _list(data.get("deliverables")):
        unmet = [{"criterion_id": str(u.get("criterion_id", "")), "text": cut(u.get("text"), 400),
                  "tag": str(u.get("tag", "")), "root_cause": cut(u.get("root_cause"), TEXT),
                  "grade_evidence": cut(u.get("grade_evidence"), 400),
                  "evidence": evidence(u.get("evidence"))}
                 for u in _list(item.get("unmet"))]
        deliverables.append({"id": str(item.get("id", "")), "title": cut(item.get("title"), 300),
                             "score": item.get("score"), "root_cause": cut(item.get("root_cause"), TEXT),
                             "strengths": [_finding(s) for s in _list(item.get("strengths"))],
                             "unmet": unmet})
    inconsistencies = [{"label": cut(i.get("label"), 300), "note": cut(i.get("note"), 400),
                        "sightings": [{"file": cut(s.get("file"), 200), "value": cut(s.get("value"), 100),
                                       "by_run": s.get("written_by_run") is True}
                                      for s in _list(i.get("sightings"))]}
                       for i in _list(data.get("inconsistencies"))]
    feedback = [{"collaborator": str(f.get("collaborator", "")), "subject": cut(f.get("subject"), 200),
                 "request": cut(f.get("request"), 600), "status": str(f.get("status", "")),
                 "deliverable": str(f.get("deliverable") or ""), "note": cut(f.get("note"), 400),
                 "evidence": evidence(f.get("evidence"))} for f in _list(data.get("feedback"))]
    planted = [{"id": str(p.get("id", "")), "collaborator": str(p.get("collaborator_id", "")),
                "file": cut(p.get("file"), 200), "wrong": cut(p.get("wrong_value"), 100),
                "right": cut(p.get("correct_value"), 100), "truth": cut(p.get("source_of_truth"), 200),
                "status": str(p.get("status", "")), "note": cut(p.get("note"), 400),
                "wrong_in": [cut(w, 200) for w in p.get("wrong_in") or [] if isinstance(w, str)][:10]}
               for p in _list(data.get("planted_errors"))]
    experience = [{"kind": str(e.get("kind", "")), "topic": str(e.get("topic", "")),
                   "text": cut(e.get("text"), TEXT), "evidence": evidence(e.get("evidence"))}
                  for e in _list(data.get("experience"))]
    markdown = ""
    if (run_dir / RETRO_MD).is_file():
        markdown = cut((run_dir / RETRO_MD).read_text("utf-8", errors="replace"), 4 * BODY_CHARS)
    return {"judge": str(data.get("judge", "")), "score": data.get("score"),
            "occupation": str(data.get("occupation", "")),
            "occupation_key": str(data.get("occupation_key", "")),
            "summary": cut(data.get("summary"), 3000), "deliverables": deliverables,
            "inconsistencies": inconsistencies, "feedback": feedback, "planted": planted,
            "failure_modes": [_finding(f) for f in _list(data.get("failure_modes"))],
            "experience": experience,
            "cannot_judge": [cut(c, 400) for c in data.get("cannot_judge") or [] if isinstance(c, str)],
            "markdown": markdown}
