"""Collaborators who know their world and answer in their own time: what a collaborator's
request carries (and the user agent's never does), same-day answers from a quick colleague,
waiting for a reminder, events that move a deadline or change a requirement, and the grade of
the month as it happened."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import AIMessage, BaseMessage
from support import LYON
from support.files import copy_tree, run_events
from support.models import ScriptedModel, tool_call

from synthcomp import collaborator_view as view
from synthcomp import office
from synthcomp.api.build import build_computer
from synthcomp.api.grade import grade_run
from synthcomp.api.plan import plan_computer
from synthcomp.api.simulate import simulate
from synthcomp.checks.rubric import contains
from synthcomp.computer import Computer
from synthcomp.models.offline import chat
from synthcomp.models.offline.sim.replies import reply
from synthcomp.office.determinism import mtime_of
from synthcomp.plan_changes import applied, change_of, due_of
from synthcomp.workdays import arrival


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = build_computer(LYON, tmp_path_factory.mktemp("colleagues") / "c", seed=6, target_files=30)
    plan_computer(folder, seed=6)
    return folder


def _edited(planned: Path, target: Path, edit: Any) -> tuple[Path, dict[str, Any]]:
    """A copy of the computer whose plan ``edit(plan)`` changed in place."""
    folder = copy_tree(planned, target)
    path = folder / "meta" / "plan.json"
    plan = json.loads(path.read_text("utf-8"))
    edit(plan)
    path.write_text(json.dumps(plan, indent=2), "utf-8")
    return folder, plan


def _peer(plan: dict[str, Any]) -> dict[str, Any]:
    return next(c for c in plan["collaborators"] if c["role"] == "peer")


def _user_requests(model: ScriptedModel) -> list[list[BaseMessage]]:
    """The user agent's requests (those after a morning recap), not the collaborators'."""
    return [seen for seen in model.seen if any("Good morning." in str(m.content) for m in seen)]


def _scratch(n: int) -> AIMessage:
    """An hour of work: a document written."""
    return tool_call("write_document", {"path": f"Scratch/notes {n}.md",
                                        "title": "Notes", "markdown": "Some notes."}, f"w{n}")


def test_arrival_follows_working_hours() -> None:
    days = ["2026-04-06", "2026-04-07", "2026-04-10"]
    assert arrival("2026-04-06T10:00", 2, days) == "2026-04-06T12:00"
    assert arrival("2026-04-06T17:00", 2, days) == "2026-04-07T08:30"  # the evening: next morning
    assert arrival("2026-04-07T16:00", 24, days) == "2026-04-10T08:30"  # not a working day
    assert arrival("2026-04-10T16:00", 6, days) is None  # after the month


def test_a_quick_colleague_answers_the_same_day_from_their_files_and_the_attachment(
        planned: Path, tmp_path: Path) -> None:
    def quick(plan: dict[str, Any]) -> None:
        _peer(plan).update(typical_delay_hours=2.0, responsiveness=1.0)

    folder, plan = _edited(planned, tmp_path / "c", quick)
    peer = _peer(plan)
    attached = next(p for p in Computer(folder).files() if p.endswith(".docx"))
    script = [_scratch(0),  # 09:00 -> 10:01
              tool_call("send_message", {"to": peer["id"], "subject": "Figures check",
                                         "body": "Could you check the figures in the attached note?",
                                         "attachments": [attached]}, "s1"),
              _scratch(1), _scratch(2), _scratch(3),
              tool_call("read_inbox", {}, "r1"),
              tool_call("end_day", {"summary": "Asked for the figures."}, "e1")]
    model = ScriptedModel(script=script, by_turn=True)
    run = simulate(folder, run_id="quick", days=1, chat_model=model)

    sent = next(e for e in run_events(run, "tool_result") if e["tool_call_id"] == "s1")
    assert sent["status"] == "success"
    calls = run_events(run, "collaborator_call")
    assert [c["collaborator"] for c in calls] == [peer["id"]]
    call = calls[0]
    day = plan["working_days"][0]
    # Sent at 10:0x, answered within two hours, during the same working day.
    assert call["at"].startswith(f"{day}T12:0"), call["at"]
    message = run_events(run, "collaborator_message")[0]
    assert message["date"] == call["at"]
    inbox = next(e for e in run_events(run, "tool_result") if e["tool_call_id"] == "r1")
    assert message["subject"] in inbox["content"]
    assert run_events(run, "mail_notice"), "the user is told mail came in"
    # The request carries the collaborator's own files' text and the attachment's text.
    private = Computer(folder).collaborators / peer["id"] / peer["private_files"][0]["path"]
    private_line = next(line for line in office.read_text(private, values=True).splitlines()
                        if "|" in line and any(ch.isdigit() for ch in line))
    attachment_text = office.read_text(Computer(folder).resolve(attached), limit=300).splitlines()[0]
    assert private_line.split(" | ")[0] in call["prompt"]
    assert attachment_text in call["prompt"]
    assert call["prompt_tokens"] > 0 and call["answer"]["reply"] is True
    # The user agent's requests never carry the collaborator's request or its files.
    for request in _user_requests(model):
        text = "\n".join(str(m.content) for m in request)
        assert "Your own files (only you can read them" not in text
        assert f"### {peer['private_files'][0]['path']}" not in text


def test_a_message_waits_for_a_reminder_and_the_wait_is_logged(planned: Path, tmp_path: Path) -> None:
    def slow(plan: dict[str, Any]) -> None:
        _peer(plan).update(typical_delay_hours=1.0, responsiveness=0.0)

    folder, plan = _edited(planned, tmp_path / "c", slow)
    peer = _peer(plan)
    ask = {"to": peer["id"], "subject": "Figures", "body": "Could you send me the figures?"}
    script = [tool_call("send_message", ask, "s1"), _scratch(0), _scratch(1),
              tool_call("send_message", {**ask, "subject": "Reminder: figures"}, "s2"),
              _scratch(2), _scratch(3), tool_call("end_day", {"summary": "Waiting."}, "e1")]
    run = simulate(folder, run_id="slow", days=1, chat_model=ScriptedModel(script=script, by_turn=True))
    waits = run_events(run, "collaborator_waits")
    assert [w["messages"] for w in waits] == [["s1"]]
    assert "reminder" in waits[0]["reason"]
    calls = run_events(run, "collaborator_call")
    assert len(calls) == 1, "one answer to the message and its reminder"
    assert "has written again" in calls[0]["prompt"] and "Reminder: figures" in calls[0]["prompt"]
    # What they attach is dated when their mail came, in simulated time (not the host's clock).
    message = run_events(run, "collaborator_message")[0]
    assert message["attachments"]
    for path in message["attachments"]:
        written = Computer(folder).for_run(run).resolve(path).stat().st_mtime
        assert written == mtime_of(datetime.fromisoformat(message["date"]))


def _moved_and_changed(plan: dict[str, Any]) -> None:
    """The deadline and requirement events happen on the second day."""
    for event in plan["events"]:
        if event["kind"] in ("new_deadline", "requirement_change"):
            event["date"] = plan["working_days"][1]
        if event["kind"] == "new_deadline":
            event["new_due"] = plan["working_days"][3]


def test_a_moved_deadline_and_a_changed_requirement_reach_recap_calendar_and_grade(
        planned: Path, tmp_path: Path) -> None:
    folder, plan = _edited(planned, tmp_path / "c", _moved_and_changed)
    moved = next(e for e in plan["events"] if e["kind"] == "new_deadline")
    changed = next(e for e in plan["events"] if e["kind"] == "requirement_change")
    deck = next(d for o in plan["objectives"] for d in o["deliverables"] if d["id"] == moved["affects"][0])
    report = next(d for o in plan["objectives"] for d in o["deliverables"]
                  if d["id"] == changed["affects"][0])
    new_due = plan["working_days"][3]
    topic = changed["requirement"]
    body = (f"## Summary\n\nThe recommendation comes first.\n\n## {topic[0].upper()}{topic[1:]}\n\n"
            f"This section covers {topic}.")
    day2 = [tool_call("view_calendar", {}, "cal"),
            tool_call("write_document", {"path": report["path"], "title": report["title"],
                                         "markdown": body}, "w"),
            tool_call("end_day", {"summary": "Report drafted."}, "e")]
    model = ScriptedModel(script=day2, by_turn=True)
    run = simulate(folder, run_id="changed", days=3, chat_model=model)

    changes = [e["change"] for e in run_events(run, "plan_change")]
    assert {(c["kind"], c["deliverable_id"]) for c in changes} == {("due", deck["id"]),
                                                                   ("requirement", report["id"])}
    recap = next(e for e in run_events(run, "day_start") if e["day"] == 1)["recap"]
    assert f"is now due {new_due}" in recap
    assert f"{deck['path']}, due {new_due}" in recap
    assert topic in recap
    # Each day runs the same script: the last day's calendar comes after the change.
    calendar = [e for e in run_events(run, "tool_result") if e["tool_call_id"] == "cal"][-1]["content"]
    assert f"{new_due}" in calendar and f"moved by {moved['id']}" in calendar

    grade = grade_run(run).model_dump()
    by_id = {d["id"]: d for d in grade["deliverables"]}
    assert by_id[deck["id"]]["due"] == new_due and moved["id"] in by_id[deck["id"]]["changed_by"]
    asked = [c for c in by_id[report["id"]]["criteria"]
             if topic in c["text"] or changed["subject"] in c["text"]]
    assert len(asked) == 1 and asked[0]["passed"], by_id[report["id"]]["criteria"]
    assert abs(sum(c["weight"] for c in by_id[report["id"]]["criteria"]) - 1) < 1e-6


def test_without_the_event_the_requirement_is_not_graded(planned: Path, tmp_path: Path) -> None:
    folder, plan = _edited(planned, tmp_path / "c", _moved_and_changed)
    changed = next(e for e in plan["events"] if e["kind"] == "requirement_change")
    run = simulate(folder, run_id="early", days=1,
                   chat_model=ScriptedModel(script=[tool_call("end_day", {"summary": "-"}, "e")],
                                            by_turn=True))
    assert not run_events(run, "plan_change")
    grade = grade_run(run).model_dump()
    texts = [c["text"] for d in grade["deliverables"] for c in d["criteria"]]
    assert not [t for t in texts if changed["requirement"] in t or changed["subject"] in t]


def test_a_questioned_figure_is_checked_against_its_source_then_corrected_or_defended(
        planned: Path) -> None:
    computer = Computer(planned)
    plan = computer.plan_data()
    error = plan["planted_errors"][0]
    who = next(c for c in plan["collaborators"] if c["id"] == error["collaborator_id"])
    source = error["source_of_truth"].rsplit("/", 1)[-1]
    disputed = f"{source} says {error['correct_value']}, not {error['wrong_value']}: could you check?"
    doubted = f"Are you sure of {error['wrong_value']}?"
    assert not view.questioned(computer, plan, who, f"I built the draft on {source}.")
    for body, corrected in ((disputed, True), (doubted, False)):
        questions = view.questioned(computer, plan, who, body)
        assert [q["your_value"] for q in questions] == [error["wrong_value"]]
        # The collaborator is shown the source as the drive holds it (a workbook's values as a
        # person reads them), around the true figure.
        assert contains(questions[0]["source_text"], view.amount_of(error["correct_value"]))
        inputs = {"collaborator": who, "user": "Laure Morvan", "kind": "message",
                  "item": {"subject": "Your figure", "body": body},
                  "unanswered": [{"subject": "Your figure", "body": body}], "files": [],
                  "questioned": questions}
        answer = reply(inputs, 0)["body"]
        if corrected:
            assert "You are right" in answer and view.amount_of(error["correct_value"]) in answer
        else:
            assert "I stand by it" in answer and error["wrong_value"] in answer


def test_a_colleague_who_chooses_not_to_answer_leaves_the_message_waiting(
        planned: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def quick(plan: dict[str, Any]) -> None:
        _peer(plan).update(typical_delay_hours=1.0, responsiveness=1.0)

    folder, plan = _edited(planned, tmp_path / "c", quick)
    monkeypatch.setitem(chat._GENERATORS, "CollaboratorReply",
                        lambda inputs, seed: {"reply": False, "subject": "", "body": "", "attach": []})
    script = [tool_call("send_message", {"to": _peer(plan)["id"], "subject": "Figures",
                                         "body": "Could you send me the figures?"}, "s1"),
              _scratch(0), _scratch(1), tool_call("end_day", {"summary": "Waiting."}, "e1")]
    run = simulate(folder, run_id="silent", days=1, chat_model=ScriptedModel(script=script, by_turn=True))
    assert len(run_events(run, "collaborator_call")) == 1, "asked once, not again every turn"
    waits = run_events(run, "collaborator_waits")
    assert [w["messages"] for w in waits] == [["s1"]] and "chose not to answer" in waits[0]["reason"]
    assert not run_events(run, "collaborator_message")


def test_a_deadline_moves_later_as_well_as_earlier(planned: Path) -> None:
    plan = Computer(planned).plan_data()
    deliverable = plan["objectives"][0]["deliverables"][0]["id"]
    days = plan["working_days"]
    was = due_of(plan, deliverable)
    for new in (days[days.index(was) + 2], days[1]):
        event = {"id": "EVX", "date": days[0], "collaborator_id": "x", "kind": "new_deadline",
                 "subject": "s", "body": "b", "affects": [deliverable], "new_due": new}
        moved = applied(plan, change_of(event, plan))
        assert due_of(moved, deliverable) == new
        assert all(m["due"] <= new for o in moved["objectives"] for m in o["milestones"]
                   if m["deliverable_id"] == deliverable)
    assert due_of(plan, deliverable) == was, "the plan itself is unchanged"


def _changes_only(state: dict[str, Any], runtime: Any) -> dict[str, Any]:
    """A collaborator part of one's own: it applies its events' changes and records nothing."""
    plan = runtime.context.plan()
    return {"changes": [c for e in state.get("events") or [] for c in change_of(e, plan)]}


def test_changes_a_custom_collaborator_returns_are_graded(planned: Path, tmp_path: Path) -> None:
    folder, plan = _edited(planned, tmp_path / "c", _moved_and_changed)
    moved = next(e for e in plan["events"] if e["kind"] == "new_deadline")
    run = simulate(folder, run_id="own-colleague", days=2, collaborator=_changes_only,
                   chat_model=ScriptedModel(script=[tool_call("end_day", {"summary": "-"}, "e")],
                                            by_turn=True))
    assert not run_events(run, "plan_change")
    grade = grade_run(run).model_dump()
    deck = next(d for d in grade["deliverables"] if d["id"] == moved["affects"][0])
    assert deck["due"] == moved["new_due"] and deck["changed_by"] == [moved["id"]]


def test_colleagues_act_on_their_own_meeting_notes_and_a_managers_follow_up(
        planned: Path, tmp_path: Path) -> None:
    plan = Computer(planned).plan_data()
    days = plan["working_days"]
    meeting = next(e for e in plan["events"] if e["kind"] == "meeting_invite")
    first = min((m for o in plan["objectives"] for m in o["milestones"]), key=lambda m: (m["due"], m["id"]))
    span = days.index(first["due"]) + 2  # the morning after the first milestone passed
    run = simulate(copy_tree(planned, tmp_path / "c"), run_id="idle", days=span,
                   chat_model=ScriptedModel(script=[tool_call("end_day", {"summary": "-"}, "e")],
                                            by_turn=True))
    calls = run_events(run, "collaborator_call")
    notes = [c for c in calls if c["item"]["kind"] == "meeting_notes"]
    # The user ended each day at once: the notes of the afternoon meeting come the next morning.
    assert [(c["collaborator"], c["at"]) for c in notes] == [
        (meeting["collaborator_id"], f"{days[days.index(meeting['date']) + 1]}T08:30")]
    follow_ups = [c for c in calls if c["item"]["kind"] == "follow_up"]
    manager = next(c for c in plan["collaborators"] if c["role"] == "manager")
    assert follow_ups and follow_ups[0]["collaborator"] == manager["id"]
    assert follow_ups[0]["item"]["id"] == f"follow:{first['id']}"
    assert follow_ups[0]["at"] == f"{days[days.index(first['due']) + 1]}T08:30"
    assert len({c["item"]["id"] for c in follow_ups}) == len(follow_ups), "each followed up once"
