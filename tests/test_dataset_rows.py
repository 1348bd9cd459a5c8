"""synthcomp.dataset on the 3 published sample rows: reading (JSONL decoded or as JSON strings,
parquet), normalising, defects as warnings, bad rows as one clear line each, the round trip."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from synthcomp.dataset import encode_row, export_row, load_computers, normalise_row, read_rows
from synthcomp.dataset.kinds import edge_kind, normalise_spelling
from synthcomp.dataset.paths import PathEscape, original_path, to_drive
from synthcomp.dataset.read import decode_row

SAMPLE = Path(__file__).parent / "data" / "paper-dataset-sample.jsonl"
IDS = ["mac_computer_000050", "win_computer_000000", "win_computer_000047"]


def sample_rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]


def write_lines(path: Path, rows: list[Any]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_decoded_and_encoded_jsonl_read_the_same(tmp_path: Path) -> None:
    decoded = read_rows(SAMPLE)
    encoded = read_rows(write_lines(tmp_path / "enc.jsonl", [encode_row(r) for r in sample_rows()]))
    assert [r.computer_id for r in decoded] == IDS
    assert all(r.ok and r.error is None for r in decoded + encoded)
    assert [r.row for r in decoded] == [r.row for r in encoded] == sample_rows()


def test_parquet_built_with_pyarrow_reads_the_same_as_jsonl(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    encoded = [encode_row(row) for row in sample_rows()]
    table = pa.table({name: [row[name] for row in encoded] for name in encoded[0]})
    assert all(pa.types.is_string(field.type) for field in table.schema)
    pq.write_table(table, tmp_path / "train-00000-of-00001.parquet")
    from_parquet = load_computers(tmp_path / "train-00000-of-00001.parquet")
    from_jsonl = load_computers(SAMPLE)
    assert [r.where for r in from_parquet] == ["row 1", "row 2", "row 3"]
    assert [r.computer.model_dump() for r in from_parquet if r.computer] == \
        [r.computer.model_dump() for r in from_jsonl if r.computer]
    assert len(from_parquet) == 3


def test_ids_pick_rows_in_the_order_asked_and_name_the_missing(tmp_path: Path) -> None:
    picked = read_rows(SAMPLE, ids=["win_computer_000047", "mac_computer_999999", IDS[0]])
    assert [r.computer_id for r in picked] == ["win_computer_000047", "mac_computer_999999", IDS[0]]
    assert picked[1].error == f"id mac_computer_999999: no such row in {SAMPLE}"


def test_identity_os_plan_and_collaborators_come_from_the_row() -> None:
    rows = sample_rows()
    mac, win, win47 = (normalise_row(decode_row(row)[0]) for row in rows)
    assert mac.profile.identity.full_name == "Marcus Heller"
    assert (mac.profile.os, mac.profile.os_source) == ("macos", "persona")
    assert (win.profile.os, win.profile.os_source) == ("windows", "id_prefix")
    assert mac.filesystem.layout_key == "volume_layout" and win.filesystem.layout_key == "drive_layout"
    assert mac.filesystem.home == "Users/mheller" and win.filesystem.home == "Users/mforsythe"
    assert [v.drive_folder for v in mac.filesystem.volumes] == ["", "Volumes/AxiomBackup"]
    assert [v.drive_folder for v in win.filesystem.volumes] == ["", "D"]
    for computer, row in zip((mac, win, win47), rows, strict=True):
        assert len(computer.files) == len(row["file_list"])
        assert computer.order and sorted(computer.order) == sorted(f.path for f in computer.files)
        objectives = row["monthly_objectives"]
        assert computer.plan is not None
        assert [d.id for d in computer.plan.deliverables] == [d["id"] for d in objectives["deliverables"]]
        assert [d.output_files for d in computer.plan.deliverables] == \
            [d["output_files"] for d in objectives["deliverables"]]
        assert [[m.goal for m in d.milestones] for d in computer.plan.deliverables] == \
            [[m["goal"] for m in d["milestones"]] for d in objectives["deliverables"]]
        assert computer.plan.simulation_period.working_days == 20
        people = row["collaboration_context"]["collaborators"]
        assert [c.name for c in computer.collaborators] == [p["name"] for p in people]
        rubrics = [c.rubric for c in computer.collaborators if c.rubric]
        assert len(rubrics) == sum("rubric" in p for p in people)
        assert all(abs(sum(k.weight for k in r.criteria) - 1) < 0.02 for r in rubrics)
    assert win.plan and win.plan.deliverables[0].output_drive_paths[0] == \
        "D/ModelPortfolios/VCMM_2026/AllocationModel_Conservative_v3.xlsx"
    assert {f.content_mode for f in mac.files} == {"generate", "download", "skip"}
    hint = next(f for f in mac.files if f.download_hint)
    assert hint.download_hint == "https://www.rfc-editor.org/rfc/rfc6120.txt"


def test_dependency_order_puts_sources_first() -> None:
    for row in sample_rows():
        computer = normalise_row(decode_row(row)[0])
        place = {path: index for index, path in enumerate(computer.order)}
        assert all(place[e.source] < place[e.target] for e in computer.edges)
        win_v1 = "D/ModelPortfolios/VCMM_2026/AllocationModel_Conservative_v1.xlsx"
        if computer.computer_id == "win_computer_000000":
            assert place[win_v1] < place[win_v1.replace("v1", "v2")]


def test_defects_of_the_sample_rows_are_warnings() -> None:
    mac, win, win47 = (normalise_row(decode_row(row)[0]) for row in sample_rows())
    assert mac.warnings == ["file_graph.nodes[60]: '/Users/mheller/Downloads/slixmpp-1.8.5.tar.gz' is "
                            "not a file of file_list; ignored"]
    assert win.warnings == []
    cycles = [w for w in win47.warnings if "closes a cycle" in w]
    assert len(cycles) == 3 and cycles[0].startswith("file_graph.edges[230]: ")
    assert any("'npc_outreach_day3_ext_002_r1.json' is not a file of file_list" in w
               for w in win47.warnings)
    assert any(n.startswith("file_graph._day14_edges: a day-keyed field") for n in win47.notes)
    # the dataset's archive spelling drives/D/... is the same file as D:/...
    assert win47.path_map["drives/D/Projects/Helix_Aerospace/Phase2/MeetingNotes_20260127.docx"] == \
        "D/Projects/Helix_Aerospace/Phase2/MeetingNotes_20260127.docx"


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    rows = sample_rows()
    for row in rows:
        computer = normalise_row(decode_row(row)[0])
        again = type(computer).model_validate_json(computer.model_dump_json())
        assert export_row(again) == row
        assert {k: json.loads(v) if k != "computer_id" else v
                for k, v in encode_row(export_row(again)).items()} == row
    pytest.importorskip("pyarrow")
    from synthcomp.dataset import write_jsonl, write_parquet

    exported = [export_row(r.computer) for r in load_computers(SAMPLE) if r.computer]
    assert [r.row for r in read_rows(write_parquet(exported, tmp_path / "out.parquet"))] == rows
    assert [r.row for r in read_rows(write_jsonl(exported, tmp_path / "out.jsonl"))] == rows


def test_a_file_added_later_is_exported_with_its_path_mapped_back() -> None:
    computer = normalise_row(decode_row(sample_rows()[1])[0])
    added = computer.files[0].model_copy(update={"path": "D/Research/New.docx", "index": 10_000,
                                                 "derived_from": [computer.files[0].path]})
    computer.files.append(added)
    record = export_row(computer)["file_list"][-1]
    assert record["path"] == "D:/Research/New.docx"
    assert record["derived_from"] == [computer.files[0].original_path]


def _broken(row: dict[str, Any], **changes: Any) -> dict[str, Any]:
    broken = json.loads(json.dumps(row))
    broken.update(changes)
    return broken


def test_each_bad_row_is_one_clear_line_and_the_others_still_read(tmp_path: Path) -> None:
    good = sample_rows()[1]
    missing = {k: v for k, v in _broken(good, computer_id="win_missing").items() if k != "file_graph"}
    not_json = encode_row(_broken(good, computer_id="win_notjson"))
    not_json["persona"] = "{not json"
    wrong_type = _broken(good, computer_id="win_wrongtype", file_list={"path": "a"})
    deep = _broken(good, computer_id="win_deep", user_profile={"identity": {}, "x": [[[[[[]]]]]] * 1})
    deep["user_profile"]["x"] = json.loads("[" * 200 + "]" * 200)
    path = write_lines(tmp_path / "rows.jsonl", [missing, not_json, good, wrong_type, deep])
    with path.open("ab") as stream:
        stream.write(b'{"computer_id": "win_bytes\xff"}\n{"computer_id": \n')
    results = read_rows(path)
    errors = [r.error for r in results]
    assert errors[0] == "line 1 (win_missing): missing column 'file_graph'"
    assert errors[1] == "line 2 (win_notjson): persona: not valid JSON (Expecting property name " \
                        "enclosed in double quotes at char 1)"
    assert errors[2] is None and results[2].row == good
    assert errors[3] == "line 4 (win_wrongtype): file_list: must be a list (or a JSON string of one), " \
                        "not an object"
    assert errors[4] == "line 5 (win_deep): user_profile: JSON nested deeper than 64 levels"
    assert errors[5] == "line 6: not UTF-8 text (byte 0xff at 26)"
    assert errors[6] is not None and errors[6].startswith("line 7: not valid JSON")
    assert all("\n" not in e for e in errors if e)
    loaded = load_computers(path)
    assert [r.computer_id for r in loaded if r.computer] == ["win_computer_000000"]


def test_escaping_duplicate_and_cyclic_rows_are_built_with_warnings(tmp_path: Path) -> None:
    row = sample_rows()[1]
    files = row["file_list"]
    escaping = _broken(row, computer_id="win_escape",
                       file_list=[*files, {**files[0], "path": "D:/../../etc/passwd"}])
    duplicate = _broken(row, computer_id="win_dup",
                        file_list=[*files, {**files[0], "path": "D:\\" + files[0]["path"][3:]}])
    a, b, c = (files[i]["path"] for i in range(3))
    # No timestamps or derived_from lists, so the edges keep the direction they are spelled in.
    undated = [{k: v for k, v in f.items() if k not in ("timestamp", "derived_from")} for f in files]
    cyclic = _broken(row, computer_id="win_cycle", file_list=undated, file_graph={"nodes": [a, b, c],
                     "edges": [{"from": a, "to": b, "type": "Derived-From"},
                               {"source": c, "target": b, "relation": "references"},
                               {"from": c, "to": a}]})
    write_lines(tmp_path / "rows.jsonl", [escaping, duplicate, cyclic, row])
    results = load_computers(tmp_path / "rows.jsonl")
    assert all(r.computer is not None and r.error is None for r in results)
    warnings = {r.computer_id: r.computer.warnings for r in results if r.computer}
    assert warnings["win_escape"] == [f"file_list[{len(files)}]: 'D:/../../etc/passwd' has a '..' "
                                      "segment (it could leave the drive); file left out"]
    assert warnings["win_dup"] == [f"file_list[{len(files)}]: 'D:\\\\{files[0]['path'][3:]}' is the "
                                   f"same file as '{a}' (drive path {to_drive(a)}) as file_list[0]; "
                                   "kept the first"]
    cycle = [w for w in warnings["win_cycle"] if "cycle" in w]
    # Edges are added sorted by (source, target): c -> a, a -> b, then b -> c closes the cycle.
    assert sorted([c, a, b]) == [c, a, b]
    assert cycle == [f"file_graph.edges[1]: {to_drive(b)} -> {to_drive(c)} (references) closes a cycle; "
                     "dropped"]
    again = load_computers(tmp_path / "rows.jsonl")
    assert [r.computer.warnings for r in again if r.computer] == list(warnings.values())


@pytest.mark.parametrize(("row_path", "drive"), [
    ("C:/Users/x/a.docx", "Users/x/a.docx"),
    ("C:\\Users\\x\\a.docx", "Users/x/a.docx"),
    ("c:/Program Files/App/a.ini", "Program Files/App/a.ini"),
    ("D:/ModelPortfolios/a.xlsx", "D/ModelPortfolios/a.xlsx"),
    ("d:\\Research\\a.pdf", "D/Research/a.pdf"),
    ("drives/D/Research/a.pdf", "D/Research/a.pdf"),
    ("drives/C/Users/x/Desktop/a.txt", "Users/x/Desktop/a.txt"),
    ("/Users/x/Desktop/scratch.md", "Users/x/Desktop/scratch.md"),
    ("/Volumes/Backup/old/a.md", "Volumes/Backup/old/a.md"),
    ("/Applications/App.app/x.plist", "Applications/App.app/x.plist"),
    ("~/Documents/a.md", "Users/x/Documents/a.md"),
    ("drives/share/a.docx", "Users/x/drives/share/a.docx"),
    ("f1.md", "Users/x/f1.md"), ("./f1.md", "Users/x/f1.md"), ("//f1.md", "Users/x/f1.md"),
    ("a//b/./c.md", "Users/x/a/b/c.md"),
])
def test_path_mapping(row_path: str, drive: str) -> None:
    assert to_drive(row_path, "Users/x") == drive


@pytest.mark.parametrize("bad", ["../a.md", "D:/a/../../b.md", "a\x00b.md", "", "/", "C:/", "D:"])
def test_paths_that_escape_or_name_no_file_are_refused(bad: str) -> None:
    with pytest.raises(PathEscape):
        to_drive(bad, "Users/x")


def test_the_rule_reverses() -> None:
    assert original_path("D/ModelPortfolios/a.xlsx", "windows") == "D:/ModelPortfolios/a.xlsx"
    assert original_path("Users/x/a.docx", "windows") == "C:/Users/x/a.docx"
    assert original_path("Users/x/a.md", "macos") == "/Users/x/a.md"
    assert original_path("Volumes/Backup/a.md", "macos") == "/Volumes/Backup/a.md"
    for path in ("D:/a/b.xlsx", "C:/Users/x/a.docx"):
        assert original_path(to_drive(path), "windows") == path
    for path in ("/Users/x/a.md", "/Volumes/Backup/a.md"):
        assert original_path(to_drive(path), "macos") == path


@pytest.mark.parametrize(("spelling", "kind", "how"), [
    ("references", "references", "exact"), ("version_of", "version_of", "exact"),
    ("derived_from", "derived_from", "exact"), ("extracted_from", "derived_from", "synonym"),
    ("referenced_by", "references", "synonym"), ("copy_of", "copy_of", "exact"),
    ("attaches", "attachment", "synonym"), ("addresses", "references", "synonym"),
    (" Derived-From ", "derived_from", "exact"), ("isVersionOf", "version_of", "exact"),
    ("BACKUP COPY", "copy_of", "guess"), ("revised_v3_from", "version_of", "guess"),
    ("attached_as_appendix", "attachment", "guess"), (None, "references", "default"),
    ("none", "references", "default"), ("", "references", "default"),
    ("frobnicates", "references", "default"), (42, "references", "default"),
])
def test_type_mapping(spelling: object, kind: str, how: str) -> None:
    assert edge_kind(spelling) == (kind, how)


def test_spelling_normalisation() -> None:
    assert normalise_spelling("Has--Attachment ") == "attachment"
    assert normalise_spelling("derivedFrom") == "derived_from"


def _round_trips(row: dict[str, Any]) -> Any:
    """The row normalised; its export gives back the row exactly (coercions touch only the model)."""
    computer = normalise_row(row)
    assert export_row(computer) == row
    again = type(computer).model_validate_json(computer.model_dump_json())
    assert export_row(again) == row
    return computer


def test_file_records_of_other_shapes_are_coerced() -> None:
    row = json.loads(json.dumps(sample_rows()[1]))
    files = row["file_list"]
    files[0] = {**files[0], "download_hint": {"url": "https://example.com/a.xlsx", "size": 3},
                "extract": "unzip into Data/", "project_ids": None,
                "derived_from": files[1]["path"], "timestamp": 1_700_000_000}
    files[1] = {**files[1], "download_hint": {"source": "vendor portal"}, "extract": "  "}
    computer = _round_trips(row)
    first, second = computer.files[0], computer.files[1]
    assert first.download_hint == "https://example.com/a.xlsx"
    assert second.download_hint == '{"source": "vendor portal"}'
    assert (first.extract, second.extract) == (True, False)
    assert first.project_ids == [] and first.derived_from == [to_drive(files[1]["path"])]
    assert first.timestamp == "2023-11-14T22:13:20Z"
    assert "file_list[0].extract: text 'unzip into Data/' read as True" in computer.notes
    assert "file_list[0].derived_from: a single path, read as a list of one" in computer.notes


def test_a_file_name_over_255_bytes_is_left_out_with_a_warning() -> None:
    row = json.loads(json.dumps(sample_rows()[1]))
    files = row["file_list"]
    long = "D:/Data/" + "é" * 128 + ".txt"  # 256 + 4 bytes
    files.append({**files[0], "path": long, "derived_from": []})
    with pytest.raises(PathEscape, match="longer than 255 bytes"):
        to_drive(long)
    computer = _round_trips(row)
    assert len(computer.files) == len(files) - 1
    assert any(w.startswith(f"file_list[{len(files) - 1}]: ") and w.endswith("file left out")
               for w in computer.warnings)


def test_monthly_plans_of_other_shapes_are_coerced() -> None:
    row = json.loads(json.dumps(sample_rows()[1]))
    plan = row["monthly_objectives"]
    first, second, third = plan["deliverables"][:3]
    first["milestones"] = {"week_1": "scope", "week_2": "draft"}
    first["output_files"] = "D:/Out/report.docx"
    second["milestones"] = [{"week": "Week 3", "milestone": "review"}]
    second["name"] = second.pop("title")
    del second["id"]
    third["milestones"] = ["one", "two"]
    plan["recurring_activities"] = [{"day": "Monday", "activity": "team sync"}, {"activity": "gym"}]
    plan["weekly_focus"][0]["week"] = "Week 1"
    computer = _round_trips(row)
    assert computer.plan is not None
    d1, d2, d3 = computer.plan.deliverables[:3]
    assert [(m.week, m.goal) for m in d1.milestones] == [(1, "scope"), (2, "draft")]
    assert d1.output_files == ["D:/Out/report.docx"] and d1.output_drive_paths == ["D/Out/report.docx"]
    assert [(m.week, m.goal) for m in d2.milestones] == [(3, "review")]
    assert (d2.id, d2.title) == ("dlv_2", second["name"])
    assert [(m.week, m.goal) for m in d3.milestones] == [(1, "one"), (2, "two")]
    assert [(a.frequency, a.activity) for a in computer.plan.recurring_activities] == \
        [("Monday", "team sync"), ("weekly", "gym")]
    assert computer.plan.weekly_focus[0].week == 1


def test_rubrics_and_collaborators_of_other_shapes_are_coerced() -> None:
    row = json.loads(json.dumps(sample_rows()[1]))
    people = row["collaboration_context"]["collaborators"]
    criteria = people[0]["rubric"]["criteria"]
    criteria[0]["weight"] = "18%"
    criteria[1]["weight"] = "20"
    criteria[2] = {"criterion": criteria[2]["name"], "description": "no weight"}
    criteria[3] = {"title": "Titled", "weight": 0.1}
    people[0]["reference_files"] = [{"name": "a.docx"}, {"path": "b.xlsx"}, {"file": "c.pdf"}]
    people[1]["rubric"] = [{"name": "Clarity", "weight": 0.5}, {"name": "Accuracy", "weight": 0.5}]
    people[1]["reference_files"] = None
    name = people[2]["name"]
    del people[2]["id"]
    people.append({"name": "—", "role": "a name with no letters"})
    computer = _round_trips(row)
    first, second, third = computer.collaborators[:3]
    assert first.rubric is not None and second.rubric is not None
    assert [c.weight for c in first.rubric.criteria[:4]] == [18.0, 20.0, 1.0, 0.1]
    assert [c.name for c in first.rubric.criteria[2:4]] == [criteria[2]["criterion"], "Titled"]
    assert [f.filename for f in first.reference_files] == ["a.docx", "b.xlsx", "c.pdf"]
    assert [c.name for c in second.rubric.criteria] == ["Clarity", "Accuracy"]
    assert second.reference_files == []
    assert third.id and third.id == "_".join("".join(ch if ch.isalnum() else " " for ch in
                                                      name.casefold()).split())
    assert computer.collaborators[-1].id == f"collab_{len(people)}"


def test_reshaped_plan_and_rubric_values_are_noted() -> None:
    row = json.loads(json.dumps(sample_rows()[1]))
    work = row["monthly_objectives"]["deliverables"][0]
    work["milestones"] = {"week_1": "scope"}
    del work["id"]
    row["collaboration_context"]["collaborators"][0]["rubric"]["criteria"][0]["weight"] = "18%"
    notes = _round_trips(row).notes
    assert "monthly_objectives.deliverables[0].id: absent, read as 'dlv_1'" in notes
    assert "monthly_objectives.deliverables[0].milestones: reshaped into [{week, goal}]" in notes
    assert "collaboration_context.collaborators[0].rubric.criteria[0].weight: text '18%' read as " \
           "a number" in notes
