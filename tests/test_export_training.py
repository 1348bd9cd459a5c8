"""`synthcomp export --format openai|sharegpt`: runs as training examples.

A whole offline day is run through the HTTP path (the offline model behind an OpenAI-compatible
server that keeps every request body it received, byte for byte) and every request is rebuilt
from the trajectory and tools.json alone: the same bytes. Every exported example is checked
(calls answered, tools present, arguments parse, under the window); the sharegpt lines pass
LLaMA-Factory's alternation rules, re-implemented here from its SharegptDatasetConverter; the
dataset format takes run and batch folders; bad inputs are one error line.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from support import LYON
from support.cli import cli
from support.fault_server import Fault, FaultServer
from support.files import copy_tree

from synthcomp.api.build import build_computer
from synthcomp.api.export import computer_row, export, export_training
from synthcomp.api.plan import plan_computer
from synthcomp.api.simulate import simulate
from synthcomp.dataset import read_rows
from synthcomp.errors import InputError
from synthcomp.export.formats import check_openai, check_sharegpt
from synthcomp.export.rebuild import rebuild, requests
from synthcomp.models.offline_server import _model, _parse, completion, completion_chunks
from synthcomp.models.settings import ModelConfig, ModelSettings


class CaptureServer:
    """The offline model over HTTP, keeping the raw bytes of every request body."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                body = json.loads(raw)
                if "end_day" in {t["function"]["name"] for t in body.get("tools") or []}:
                    owner.bodies.append(raw)  # the user agent's requests
                seed, messages, options = _parse(body)
                answer = _model(seed).invoke(messages, **options)
                if body.get("stream"):
                    data = "".join(f"data: {json.dumps(c)}\n\n" for c in completion_chunks(
                        answer, include_usage=True)) + "data: [DONE]\n\n"
                    kind = "text/event-stream"
                else:
                    data, kind = json.dumps(completion(answer)), "application/json"
                payload = data.encode()
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = build_computer(LYON, tmp_path_factory.mktemp("train") / "c", seed=7, target_files=20)
    plan_computer(folder, seed=7)
    return folder


def _served(planned: Path, run_id: str, config: ModelConfig | None = None) -> tuple[Path, list[bytes]]:
    """A whole offline day run through HTTP (its run folder), and the bodies the server got."""
    server = CaptureServer()
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("OPENAI_BASE_URL", server.url)
            patch.setenv("OPENAI_API_KEY", "sk-test")
            run = simulate(planned, model="openai:offline", collaborator_model="offline", days=1,
                           run_id=run_id, config=config)
        return run, server.bodies
    finally:
        server.close()


@pytest.fixture(scope="module")
def served(planned: Path) -> tuple[Path, list[bytes]]:
    return _served(planned, "http")


@pytest.fixture(scope="module")
def trimmed(planned: Path) -> tuple[Path, list[bytes]]:
    """The same day on a small window: old results elided, then whole turns dropped."""
    small = ModelConfig(models={"openai:offline": ModelSettings(context_window=18000)})
    return _served(planned, "small", small)


@pytest.fixture(scope="module")
def short_run(planned: Path) -> Path:
    """Two short offline days in process (a Monday's planning, then a second morning)."""
    return simulate(planned, days=2, max_turns=24, day_turns=12, run_id="short")


@pytest.mark.parametrize("which", ["served", "trimmed"])
def test_a_whole_offline_day_rebuilds_byte_for_byte(which: str, request: pytest.FixtureRequest) -> None:
    run, bodies = request.getfixturevalue(which)
    summary = json.loads((run / "summary.json").read_text("utf-8"))
    assert summary["status"] == "finished" and summary["days"] == 1
    # The whole day: it ended at 18:00 in simulated time (or end_day), not on a turn budget.
    last = json.loads((run / "trajectory.jsonl").read_text("utf-8").splitlines()[-1])
    assert last["type"] == "day_end" and summary["turns"] < 400
    rebuilt = requests(rebuild(run))
    assert len(rebuilt) == len(bodies) == summary["turns"] > 20
    for raw, request in zip(bodies, rebuilt, strict=True):
        sent = json.loads(raw)
        # The client's serialisation, found from the body itself: compact, non-ASCII as is.
        assert json.dumps(sent, ensure_ascii=False, separators=(",", ":")).encode() == raw
        for key in ("messages", "tools"):
            mine = json.dumps(request[key], ensure_ascii=False, separators=(",", ":")).encode()
            assert f'"{key}":'.encode() + mine in raw
            assert request[key] == sent[key]
    calls = [e for e in map(json.loads, (run / "trajectory.jsonl").read_text("utf-8").splitlines())
             if e["type"] == "model_call"]
    if which == "trimmed":  # the small window did make the day's requests trimmed
        assert max(e["elided"] for e in calls) > 0 and max(e["dropped"] for e in calls) > 0
    # The schemas are the run's tools.json, as the provider received them.
    assert json.loads((run / "tools.json").read_text("utf-8"))["user"] == json.loads(bodies[0])["tools"]


def test_tool_schemas_are_saved_once_and_the_same_bytes(served: tuple[Path, list[bytes]],
                                                        short_run: Path) -> None:
    run, _ = served
    assert (run / "tools.json").read_bytes() == (short_run / "tools.json").read_bytes()
    assert list(json.loads((run / "tools.json").read_bytes())) == ["user"]


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


@pytest.mark.parametrize("split", ["day", "session", "run", "call"])
def test_every_openai_example_is_valid(served: tuple[Path, list[bytes]], short_run: Path,
                                       tmp_path: Path, split: str) -> None:
    run, _ = served
    out = tmp_path / "train.jsonl"
    report = export_training([run, short_run], out, "openai", split=split, window=30000)
    manifest = json.loads((tmp_path / "train.jsonl.manifest.json").read_text("utf-8"))
    assert manifest == report.manifest and manifest["examples"] == len(_lines(out)) > 0
    assert 0 < manifest["max_tokens"] <= 30000
    assert {s["run_id"] for s in manifest["sources"]} == {"http", "short"}
    calls = 0
    for line in _lines(out):
        assert line["tools"] and line["messages"][0]["role"] == "system"
        assert line["messages"][1]["role"] == "user"
        answered = {m["tool_call_id"] for m in line["messages"] if m["role"] == "tool"}
        for message in line["messages"]:
            for call in message.get("tool_calls") or []:
                assert call["id"] in answered
                assert isinstance(json.loads(call["function"]["arguments"]), dict)
                calls += 1
        check_openai(line, 30000, 0)
    assert calls == manifest["tool_calls"]
    sent = sum(len(ids) for ids in _sent_calls(run) + _sent_calls(short_run))
    # Each call once (a call example repeats the day's earlier calls as its context).
    assert calls == sent if split != "call" else calls > sent


def _sent_calls(run: Path) -> list[list[str]]:
    return [[c["id"] for c in e["answer"]["tool_calls"]]
            for e in map(json.loads, (run / "trajectory.jsonl").read_text("utf-8").splitlines())
            if e["type"] == "model_call"]


def test_a_long_day_is_cut_into_windows_that_keep_their_context(served: tuple[Path, list[bytes]],
                                                                tmp_path: Path) -> None:
    run, _ = served
    whole = export_training([run], tmp_path / "day.jsonl", "openai")
    cut = export_training([run], tmp_path / "cut.jsonl", "openai", window=16000)
    assert whole.manifest["examples"] == 1 and cut.manifest["examples"] > 1
    assert cut.manifest["tool_calls"] == whole.manifest["tool_calls"]  # each call once
    lines = _lines(tmp_path / "cut.jsonl")
    system = lines[0]["messages"][0]
    for n, line in enumerate(lines):
        assert line["messages"][0] == system
        opening = line["messages"][1]["content"]
        assert ("actions of today are left out here to keep within the context window" in opening) == (n > 0)


def _llama_factory_accepts(line: dict[str, Any]) -> bool:
    """LLaMA-Factory's SharegptDatasetConverter rules (src/llamafactory/data/converter.py),
    written again here: a leading system turn is taken out; then human/observation at even
    places and gpt/function_call at odd ones; an even number of turns (not a ranking set). And
    its FunctionFormatter's: a function_call is JSON, one {name, arguments} or a list of them."""
    turns = line["conversations"]
    if turns and turns[0]["from"] == "system":
        turns = turns[1:]
    accept = (("human", "observation"), ("gpt", "function_call"))
    for index, turn in enumerate(turns):
        if turn["from"] not in accept[index % 2]:
            return False
        if turn["from"] == "function_call":
            value = json.loads(turn["value"])
            if not all("name" in call and "arguments" in call for call in (value if isinstance(value, list)
                                                                         else [value])):
                return False
            if index + 1 < len(turns) and turns[index + 1]["from"] != "observation":
                return False
    return len(turns) % 2 == 0 and isinstance(json.loads(line["tools"]), list)


@pytest.mark.parametrize("split", ["day", "session", "call"])
def test_sharegpt_lines_pass_llama_factorys_alternation(served: tuple[Path, list[bytes]], short_run: Path,
                                                        tmp_path: Path, split: str) -> None:
    run, _ = served
    out = tmp_path / "share.jsonl"
    export_training([run, short_run], out, "sharegpt", split=split, window=20000)
    lines = _lines(out)
    assert lines
    for line in lines:
        assert _llama_factory_accepts(line) and line["system"] and json.loads(line["tools"])
        check_sharegpt(line)
    # The checker refuses what LLaMA-Factory skips: two user turns in a row, an odd count.
    broken = {**lines[0], "conversations": [lines[0]["conversations"][0]] * 2}
    assert not _llama_factory_accepts(broken)
    with pytest.raises(InputError):
        check_sharegpt(broken)


def test_collaborator_calls_are_their_own_examples(served: tuple[Path, list[bytes]], short_run: Path,
                                                   tmp_path: Path) -> None:
    out = tmp_path / "colleagues.jsonl"
    report = export_training([short_run, served[0]], out, "openai", role="collaborator")
    lines = _lines(out)
    assert report.manifest["role"] == "collaborator" and len(lines) == report.manifest["examples"] > 0
    for line in lines:
        assert [m["role"] for m in line["messages"]] == ["system", "user", "assistant"]
        assert "reply" in json.loads(line["messages"][2]["content"])


def test_filters_by_score_and_date(short_run: Path, planned: Path, tmp_path: Path) -> None:
    run = copy_tree(short_run, planned / "runs" / "graded")
    (run / "grade.json").write_text(json.dumps({"score": 0.8}), "utf-8")
    report = export_training([planned], tmp_path / "best.jsonl", "openai", min_score=0.5)
    assert [s["run_id"] for s in report.manifest["sources"]] == ["graded"]
    assert {"ungraded (no grade.json)"} == {s["reason"] for s in report.manifest["skipped"]}
    dates = [day.date for day in rebuild(short_run).days]
    one = export_training([short_run], tmp_path / "one.jsonl", "openai", since=dates[1], until=dates[1])
    assert one.manifest["examples"] == 1 and one.manifest["filters"]["since"] == dates[1]
    opening = _lines(tmp_path / "one.jsonl")[0]["messages"][1]["content"]
    assert f"Good morning. It is {_weekday(dates[1])}" in opening
    (run / "grade.json").unlink()
    run.rename(tmp_path / "moved")


def _weekday(day: str) -> str:
    from datetime import date

    return date.fromisoformat(day).strftime("%A")


def test_a_batch_and_a_run_export_their_computer_as_a_dataset_row(short_run: Path, planned: Path,
                                                                  tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "batch.json").write_text(json.dumps({"jobs": [
        {"key": "c/t0", "computer_dir": str(planned), "run_dir": str(short_run), "status": "finished"}]}),
        "utf-8")
    for source in (short_run, batch):
        report = export([source], tmp_path / "rows.jsonl", "dataset", overwrite=True)
        assert [r.error for r in report.results] == [None]
        assert [r.row for r in read_rows(tmp_path / "rows.jsonl")] == [computer_row(planned)[0]]
    trained = export_training([batch], tmp_path / "b.jsonl", "openai")
    assert [s["run_id"] for s in trained.manifest["sources"]] == ["short"]
    # A dataset row materializes again into a computer that exports the same row.
    done = cli("materialize", str(tmp_path / "rows.jsonl"), "--out", str(tmp_path / "again"))
    assert done.returncode == 0, done.stderr
    again = next(p for p in (tmp_path / "again").iterdir() if p.is_dir())
    assert computer_row(again)[0] == computer_row(planned)[0]


def test_bad_inputs_are_one_error_line(short_run: Path, planned: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.jsonl"
    empty = tmp_path / "empty"
    (empty / "runs" / "r").mkdir(parents=True)
    (empty / "runs" / "r" / "context.json").write_text("{}", "utf-8")
    damaged = copy_tree(short_run, tmp_path / "damaged")
    lines = (damaged / "trajectory.jsonl").read_text("utf-8").splitlines()
    lines[3] = lines[3][:40]
    (damaged / "trajectory.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    cases = [
        (["export", str(empty / "runs" / "r"), "--format", "openai"], "has no trajectory.jsonl"),
        (["export", str(damaged), "--format", "sharegpt"], "line 4 is damaged"),
        (["export", str(short_run), "--format", "alpaca"], "unknown format 'alpaca'"),
        (["export", str(short_run), "--format", "openai", "--window", "100"], "too small to hold one turn"),
        (["export", str(short_run), "--format", "dataset", "--window", "100"], "--window applies only to"),
    ]
    for args, said in cases:
        done = cli(*args, "--out", str(out))
        assert done.returncode == 1, (args, done.stdout)
        errors = [line for line in done.stderr.splitlines() if line.strip()]
        assert len(errors) == 1 and errors[0].startswith("error:") and said in errors[0], (args, done.stderr)
        assert not out.exists() and not (tmp_path / "x.jsonl.manifest.json").exists()
    for options, said in (({"role": "boss"}, "unknown role"), ({"since": "soon"}, "is not a date"),
                          ({"split": "week"}, "unknown split"), ({"window": 0}, "above 0")):
        with pytest.raises(InputError, match=said):
            export_training([short_run], out, "openai", **options)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="not a run, a computer or a batch"):
        export_training([tmp_path], out, "openai")
    with pytest.raises(InputError, match=r"writes a \.jsonl file"):
        export_training([short_run], tmp_path / "x.parquet", "sharegpt")
    assert not out.exists()
    done = cli("export", str(short_run), "--format", "openai", "--split", "session", "--out", str(out))
    assert done.returncode == 0 and "exported" in done.stdout and out.exists()


def _call(call_id: str, name: str, arguments: str) -> dict[str, Any]:
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}


def test_malformed_unknown_and_parallel_calls_rebuild_and_export(planned: Path, server: FaultServer,
                                                                 tmp_path: Path) -> None:
    server.script = [
        Fault("answer", message={"role": "assistant", "content": "Looking first.", "tool_calls": [
            _call("c0", "current_time", "{}"), _call("c1", "list_folder", '{"path": ')]}),
        Fault("answer", message={"role": "assistant", "content": None,
                                 "tool_calls": [_call("c2", "teleport", '{"where": "home"}')]}),
        Fault("answer", message={"role": "assistant", "content": None, "tool_calls": [
            _call("c3", "list_folder", '{"path": "", "depth": 1}'), _call("c4", "view_calendar", "{}")]}),
    ]
    run = simulate(copy_tree(planned, tmp_path / "c"), model="openai:scripted", collaborator_model="offline",
                   days=1, run_id="faults")
    rebuilt = requests(rebuild(run))
    assert len(rebuilt) == len(server.requests) == 4
    for request, sent in zip(rebuilt, server.requests, strict=True):
        for key in ("messages", "tools"):  # in order: the key order of c3's arguments included
            assert json.dumps(request[key], ensure_ascii=False) == json.dumps(sent[key], ensure_ascii=False)
    kept = export_training([run], tmp_path / "k.jsonl", "openai", split="call", keep_malformed=True)
    assert kept.manifest["malformed_calls"] == 4  # c1 in its own example and the 3 after: as sent
    with pytest.raises(InputError, match="applies to the openai format only"):
        export_training([run], tmp_path / "s.jsonl", "sharegpt", keep_malformed=True)


def test_a_malformed_call_cuts_its_example_and_the_day_goes_on(planned: Path, server: FaultServer,
                                                                tmp_path: Path) -> None:
    """A real model's malformed call (arguments not JSON) mid-day: the part before it is an
    example, the day goes on after it with its morning saying what is left out; no example
    holds it (sharegpt, and openai unless --keep-malformed), in every split."""
    def answer(*calls: dict[str, Any]) -> Fault:
        return Fault("answer", message={"role": "assistant", "content": None, "tool_calls": list(calls)})

    server.script = [answer(_call("c0", "current_time", "{}")),
                     answer(_call("c1", "current_time", "{}"), _call("c2", "list_folder", '{"path": ')),
                     answer(_call("c3", "list_folder", '{"path": ""}'))]
    run = simulate(copy_tree(planned, tmp_path / "c"), model="openai:scripted", collaborator_model="offline",
                   days=1, max_turns=6, day_turns=6, run_id="bad")
    for format in ("openai", "sharegpt"):
        for split in ("day", "session", "run", "call"):
            out = tmp_path / f"{format}-{split}.jsonl"
            report = export_training([run], out, format, split=split)
            made = report.manifest
            assert made["malformed_calls"] == 0 and made["malformed_left_out"] == 1, (format, split)
            assert "1 answer with a malformed tool call" in made["skipped"][0]["reason"]
            for line in _lines(out):
                if format == "openai":
                    ids = {c["id"] for m in line["messages"] for c in m.get("tool_calls") or []}
                    assert "c2" not in ids and "c1" not in ids
                else:
                    values = [json.loads(t["value"]) for t in line["conversations"]
                              if t["from"] == "function_call"]
                    calls = [c for v in values for c in (v if isinstance(v, list) else [v])]
                    assert all(isinstance(c["arguments"], dict) for c in calls)
            if split == "day" and format == "openai":
                before, after = _lines(out)
                assert len([m for m in before["messages"] if m["role"] == "assistant"]) == 1
                opening = after["messages"][1]["content"]
                assert "Your first 2 actions of today are left out here;" in opening
                assert "context window" not in opening  # no window cut it
                for line in (before, after):
                    check_openai(line, None, 0)
            if split == "call":  # each later request starts after the malformed answer
                assert made["examples"] == len(server.requests) - 1
    done = cli("export", str(run), "--format", "openai", "--out", str(tmp_path / "cli.jsonl"))
    assert done.returncode == 0 and "1 answer with a malformed tool call left out" in done.stdout
    done = cli("export", str(run), "--format", "openai", "--keep-malformed", "--out",
               str(tmp_path / "k.jsonl"))
    assert done.returncode == 0 and "1 malformed tool call kept as sent" in done.stdout


def test_a_run_from_before_tools_json_and_kept_arguments_still_exports(short_run: Path,
                                                                      tmp_path: Path) -> None:
    old = copy_tree(short_run.parent.parent, tmp_path / "old") / "runs" / short_run.name
    (old / "tools.json").unlink()
    events = [json.loads(line) for line in (old / "trajectory.jsonl").read_text("utf-8").splitlines()]
    (old / "trajectory.jsonl").write_text("".join(json.dumps({k: v for k, v in e.items() if k != "arguments"})
                                                  + "\n" for e in events), "utf-8")
    report = export_training([old], tmp_path / "old.jsonl", "openai")
    source = report.manifest["sources"][0]
    assert source["tools_from"].startswith("the current toolset")
    assert source["arguments_key_order"].startswith("sorted")
    saved = json.loads((short_run / "tools.json").read_text("utf-8"))["user"]
    assert _lines(tmp_path / "old.jsonl")[0]["tools"] == saved


def test_a_replayed_answer_keeps_the_models_argument_order(served: tuple[Path, list[bytes]]) -> None:
    """A turn replayed after a crash sends its calls' arguments back in the order the model gave
    them (the trajectory line sorts them; the kept strings do not), as the uninterrupted run."""
    from synthcomp.graphs.user_agent import replayed_answer

    run, _ = served
    events = [json.loads(line) for line in (run / "trajectory.jsonl").read_text("utf-8").splitlines()]
    calls = [e for e in events if e["type"] == "model_call" and e["answer"]["tool_calls"]]
    reordered = [e for e in calls if any(list(call["args"]) != list(json.loads(text)) for call, text
                                         in zip(e["answer"]["tool_calls"], e["arguments"], strict=True))]
    assert reordered, "some call's arguments are not in alphabetical order"
    for event in reordered:
        answer = replayed_answer(event)
        assert [json.dumps(c["args"], ensure_ascii=False) for c in answer.tool_calls] == event["arguments"]


def test_an_export_never_writes_into_its_sources_nor_over_a_file(short_run: Path, tmp_path: Path) -> None:
    """--out inside a run, computer or batch folder it reads is refused (resolved: `..` and
    links too), an existing output needs --overwrite (dataset too), a folder in the output's or
    the manifest's place is named; nothing is written first."""
    trajectory = (short_run / "trajectory.jsonl").read_bytes()
    computer = short_run.parent.parent
    sneaky = tmp_path / "link"
    sneaky.symlink_to(short_run)
    for format, out in (("openai", short_run / "trajectory.jsonl"), ("sharegpt", sneaky / "t.jsonl"),
                        ("openai", short_run / ".." / short_run.name / "x.jsonl"),
                        ("dataset", computer / "rows.jsonl"), ("dataset", short_run / "rows.jsonl")):
        source = computer if format == "dataset" else short_run
        done = cli("export", str(source), "--format", format, "--out", str(out))
        assert done.returncode == 1 and "which this export reads" in done.stderr, (format, out, done.stderr)
        assert len(done.stderr.strip().splitlines()) == 1
    assert (short_run / "trajectory.jsonl").read_bytes() == trajectory
    assert not (computer / "rows.jsonl").exists() and not (short_run / "x.jsonl").exists()
    for format, name in (("openai", "t.jsonl"), ("dataset", "rows.jsonl")):
        out = tmp_path / name
        out.write_text("keep me", "utf-8")
        done = cli("export", str(short_run), "--format", format, "--out", str(out))
        assert done.returncode == 1 and "choose another --out or pass --overwrite" in done.stderr
        assert out.read_text("utf-8") == "keep me"
        done = cli("export", str(short_run), "--format", format, "--out", str(out), "--overwrite")
        assert done.returncode == 0 and out.read_text("utf-8") != "keep me", done.stderr
    (tmp_path / "m.jsonl.manifest.json").mkdir()
    (tmp_path / "d.jsonl").mkdir()
    for name, said in (("m.jsonl", "m.jsonl.manifest.json is a folder"), ("d.jsonl", "d.jsonl is a folder")):
        done = cli("export", str(short_run), "--format", "openai", "--out", str(tmp_path / name))
        assert done.returncode == 1 and said in done.stderr and ".tmp" not in done.stderr, done.stderr
    assert not (tmp_path / "m.jsonl").exists() and not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]
    # A killed export's temporary (its process gone) is swept by the next export of that file.
    stale = tmp_path / ".t.jsonl.4194300.abc_12.tmp"
    stale.write_text("half", "utf-8")
    export_training([short_run], tmp_path / "t.jsonl", "openai", overwrite=True)
    assert not stale.exists()


def test_a_damaged_tools_json_is_one_error_line(short_run: Path, tmp_path: Path) -> None:
    """Never silently the current toolset in place of a damaged tools.json."""
    run = copy_tree(short_run.parent.parent, tmp_path / "c") / "runs" / short_run.name
    for text in ("garbage", "[]", '{"a": 1}', '{"collaborator": []}'):
        (run / "tools.json").write_text(text, "utf-8")
        done = cli("export", str(run), "--format", "openai", "--out", str(tmp_path / "x.jsonl"))
        errors = done.stderr.strip().splitlines()
        assert done.returncode == 1 and len(errors) == 1, done.stderr
        assert errors[0].startswith("error:") and f"{run / 'tools.json'} is damaged" in errors[0]
        assert not (tmp_path / "x.jsonl").exists()


def test_a_trimmed_runs_examples_keep_to_its_own_window(trimmed: tuple[Path, list[bytes]],
                                                         served: tuple[Path, list[bytes]],
                                                         tmp_path: Path) -> None:
    """A day of a run whose requests were trimmed is more than its model saw at once: without
    --window its examples are cut to the run's own window (recorded with each call)."""
    run, _ = trimmed
    events = [json.loads(line) for line in (run / "trajectory.jsonl").read_text("utf-8").splitlines()]
    calls = [e for e in events if e["type"] == "model_call"]
    assert any(e.get("elided") or e.get("dropped") for e in calls)
    own = max(min(e["budget"]["window"] - e["budget"]["max_output"] for e in calls),
              max(e["sent_tokens"] for e in calls))
    for split in ("day", "session", "run"):
        report = export_training([run], tmp_path / f"{split}.jsonl", "openai", split=split)
        source = report.manifest["sources"][0]
        assert source["window"] == own and source["window_from"].startswith("the run's own")
        assert report.manifest["examples"] > 1 and report.manifest["max_tokens"] <= own
    given = export_training([run], tmp_path / "given.jsonl", "openai", window=30000)
    assert given.manifest["sources"][0]["window_from"] == "--window"
    # A run never trimmed: one day whole.
    whole = export_training([served[0]], tmp_path / "whole.jsonl", "openai")
    assert whole.manifest["examples"] == 1 and whole.manifest["sources"][0]["window"] is None


def test_a_run_still_running_is_refused_and_a_computer_lists_it(short_run: Path, tmp_path: Path) -> None:
    import fcntl

    computer = copy_tree(short_run.parent.parent, tmp_path / "c")
    run = computer / "runs" / short_run.name
    out = tmp_path / "x.jsonl"
    with (run / "lock").open("a+b") as held:  # as a running simulation holds it
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(InputError, match="is running"):
            export_training([run], out, "openai")
    (run / "summary.json").rename(run / "summary.old")
    with pytest.raises(InputError, match=r"has no summary\.json"):
        export_training([run], out, "openai")
    (run / "summary.json").write_text("garbage", "utf-8")
    with pytest.raises(InputError, match=r"summary\.json is damaged"):
        export_training([run], out, "openai")
    assert not out.exists()
    from synthcomp.export.sources import run_sources

    found = run_sources([computer])  # a computer's unfinished run is listed, not refused
    assert {"source": str(run), "reason": "not finished (its summary.json is damaged)"} in found.skipped
    assert run not in found.runs


def test_what_is_left_out_says_why(short_run: Path, planned: Path, tmp_path: Path) -> None:
    """No filters: an empty trajectory is not 'the filters leave none'; a damaged grade is not
    'ungraded'; scores are 0-1; --since after --until is said."""
    computer = copy_tree(short_run.parent.parent, tmp_path / "c")
    run = computer / "runs" / short_run.name
    (run / "grade.json").write_text("garbage", "utf-8")
    with pytest.raises(InputError, match=r"its grade\.json is damaged"):
        export_training([run], tmp_path / "g.jsonl", "openai", min_score=0.5)
    (run / "trajectory.jsonl").write_text("", "utf-8")
    with pytest.raises(InputError, match="the runs hold no answered model call of the user agent"):
        export_training([run], tmp_path / "e.jsonl", "openai")
    with pytest.raises(InputError, match="a score is between 0 and 1"):
        export_training([run], tmp_path / "e.jsonl", "openai", min_score=1.5)
    with pytest.raises(InputError, match="is after --until"):
        export_training([run], tmp_path / "e.jsonl", "openai", since="2026-05-02", until="2026-05-01")
    # One computer named as a run and as itself is one row, not a failure.
    report = export([short_run, planned], tmp_path / "rows.jsonl", "dataset")
    assert [r.error for r in report.results] == [None]
