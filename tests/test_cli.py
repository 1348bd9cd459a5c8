"""The CLI as a user meets it: one clear error line, a non-zero exit, nothing half-built."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from support.cli import cli
from typer.testing import CliRunner

import synthcomp
from synthcomp.cli import app

runner = CliRunner()


def _next_line(output: str) -> str:
    """The command a `next` line gives (the program as this user can type it, then its args)."""
    return next(line for line in output.splitlines() if line.startswith("next "))[4:].strip()


def _assert_one_clear_error(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error:") and words in lines[0], lines[0]


@pytest.mark.slow
def test_empty_persona(tmp_path: Path) -> None:
    result = cli("build", "--persona", "  ", "--out", str(tmp_path / "x"))
    _assert_one_clear_error(result, "persona is empty")
    assert not (tmp_path / "x").exists()


@pytest.mark.slow
def test_huge_persona(tmp_path: Path) -> None:
    big = tmp_path / "big.jsonl"
    big.write_text(json.dumps({"persona": "a" * 1_000_000}) + "\n", encoding="utf-8")
    result = cli("build", "--personas", str(big), "--out", str(tmp_path / "x"))
    assert result.returncode != 0
    assert "big.jsonl:1: persona is 1,000,000 characters long" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x").exists()


@pytest.mark.slow
def test_unknown_model(tmp_path: Path) -> None:
    result = cli("build", "--persona", "a chef in Lima", "--model", "nosuch:thing",
                  "--out", str(tmp_path / "x"))
    _assert_one_clear_error(result, "unknown model provider 'nosuch'")
    assert not (tmp_path / "x").exists()


@pytest.mark.slow
def test_existing_output_is_refused_then_overwritten(tmp_path: Path) -> None:
    out = tmp_path / "taken"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    result = cli("build", "--persona", "a chef in Lima", "--out", str(out), "--files", "10")
    _assert_one_clear_error(result, "already exists")
    assert (out / "keep.txt").read_text() == "mine"
    result = cli("build", "--persona", "a chef in Lima", "--out", str(out), "--files", "10",
                  "--overwrite")
    assert result.returncode == 0, result.stderr
    assert not (out / "keep.txt").exists() and (out / "meta" / "manifest.json").exists()


def test_malformed_jsonl_line_is_reported_and_the_rest_built(tmp_path: Path) -> None:
    file = tmp_path / "p.jsonl"
    file.write_text("\n".join([json.dumps({"persona": "a chef in Lima"}), "{oops",
                               json.dumps({"persona": "a pilot in Oslo"})]), encoding="utf-8")
    result = runner.invoke(app, ["build", "--personas", str(file), "--out", str(tmp_path / "o"),
                                 "--files", "10"])
    assert result.exit_code == 0, result.output
    assert f"{file}:2: not valid JSON" in result.output
    assert "; 1 persona line skipped" in result.output and "synthcomp plan \"$c\"; done" in result.output
    built = [p for p in (tmp_path / "o").iterdir() if (p / "meta" / "manifest.json").exists()]
    assert len(built) == 2


def test_a_plain_text_persona_file_is_built_and_its_format_named(tmp_path: Path) -> None:
    file = tmp_path / "personas.txt"
    file.write_text("a chef in Lima\na pilot in Oslo\n", encoding="utf-8")
    result = runner.invoke(app, ["build", "--personas", str(file), "--out", str(tmp_path / "o"),
                                 "--files", "10"])
    assert result.exit_code == 0, result.output
    assert f"read 2 personas from {file} (plain text, one persona a line)" in result.output
    assert len([p for p in (tmp_path / "o").iterdir() if (p / "meta" / "manifest.json").exists()]) == 2


def test_failure_midway_leaves_nothing_behind(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from synthcomp import office

    calls = {"n": 0}
    real = office.write_content

    def flaky(*args: object, **kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] == 5:
            raise OSError("disk full")
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(office, "write_content", flaky)
    result = runner.invoke(app, ["build", "--persona", "a chef in Lima", "--out",
                                 str(tmp_path / "x"), "--files", "12"])
    assert result.exit_code != 0
    assert list(tmp_path.iterdir()) == []


def test_build_one_and_show_where(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", "--persona", "a chef in Lima", "--out",
                                 str(tmp_path / "lima"), "--files", "15"])
    assert result.exit_code == 0, result.output
    assert "Lima" in result.output and "manifest.json" in result.output


def test_materialize_command_rebuilds_a_computer(tmp_path: Path) -> None:
    built = runner.invoke(app, ["build", "--persona", "a florist in Lisbon", "--out",
                                str(tmp_path / "a"), "--files", "12", "--seed", "4"])
    assert built.exit_code == 0, built.output
    manifest = tmp_path / "a" / "meta" / "manifest.json"
    result = runner.invoke(app, ["materialize", str(manifest), "--out", str(tmp_path / "b")])
    assert result.exit_code == 0, result.output
    for path in json.loads(manifest.read_text("utf-8"))["file_list"]:
        assert ((tmp_path / "a" / "drive" / path["path"]).read_bytes()
                == (tmp_path / "b" / "drive" / path["path"]).read_bytes())


@pytest.mark.slow
def test_demo_command(tmp_path: Path) -> None:
    result = runner.invoke(app, ["demo", "--out", str(tmp_path / "demo")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "demo" / "computer" / "meta" / "manifest.json").exists()
    assert "drive" in result.output
    grade = json.loads(next((tmp_path / "demo" / "computer" / "runs").glob("*/grade.json"))
                       .read_text("utf-8"))
    assert f"grade     {grade['score']:.0%} over {grade['deliverables_graded']}" in result.output
    retro = json.loads(next((tmp_path / "demo" / "computer" / "runs").glob("*/retro.json"))
                       .read_text("utf-8"))
    assert f"retro     {len(retro['experience'])} experience items" in result.output
    page = (tmp_path / "demo" / "report.html").read_text("utf-8")
    assert retro["run_id"] in page and "report.html" in result.output


def test_demo_into_a_folder_no_demo_made_is_refused_and_kept(tmp_path: Path) -> None:
    # A demo replaces only its own earlier output (the README's test runs it after make demo).
    mine = tmp_path / "demo" / "computer"
    mine.mkdir(parents=True)
    (mine / "keep.txt").write_text("mine")
    result = runner.invoke(app, ["demo", "--out", str(tmp_path / "demo")])
    assert result.exit_code != 0 and "already exists" in result.output, result.output
    assert (mine / "keep.txt").read_text() == "mine"
    assert not (tmp_path / "demo" / ".synthcomp-demo").exists()


@pytest.mark.slow
def test_bad_config_and_unknown_role_model_are_one_clear_error(tmp_path: Path) -> None:
    config = tmp_path / "models.toml"
    config.write_text("[roles]\ndefault = 'offline'\nworld = 'nosuch:thing'\n")
    result = cli("build", "--persona", "a chef in Lima", "--config", str(config),
                  "--out", str(tmp_path / "x"))
    _assert_one_clear_error(result, "unknown model provider 'nosuch'")
    result = cli("build", "--persona", "a chef in Lima", "--world-model", "offline",
                  "--config", str(tmp_path / "missing.toml"), "--out", str(tmp_path / "x"))
    _assert_one_clear_error(result, "cannot read config")
    config.write_text("[roles]\ndefault = 'offline'\n[retry]\nattempts = 0\n")
    result = cli("plan", str(tmp_path / "x"), "--config", str(config))
    _assert_one_clear_error(result, "retry.attempts")
    assert not (tmp_path / "x").exists()


@pytest.mark.slow
def test_every_command_shows_and_saves_its_usage(tmp_path: Path) -> None:
    config = tmp_path / "models.yaml"
    config.write_text("roles:\n  default: offline\nmodels:\n  offline:\n    input_price: 1.0\n"
                      "    output_price: 2.0\n")
    built = runner.invoke(app, ["build", "--persona", "a chef in Lima", "--out",
                                str(tmp_path / "c"), "--files", "20", "--config", str(config)])
    assert built.exit_code == 0, built.output
    assert "usage     world (offline):" in built.output and "$0.0" in built.output
    assert _next_line(built.output).endswith(f"synthcomp plan {tmp_path / 'c'}")
    planned = runner.invoke(app, ["plan", str(tmp_path / "c"), "--config", str(config)])
    assert "usage     planner (offline):" in planned.output
    assert _next_line(planned.output).endswith(f"synthcomp simulate {tmp_path / 'c'}")
    saved = json.loads((tmp_path / "c" / "meta" / "usage.json").read_text("utf-8"))
    assert set(saved) == {"build", "plan"}
    world = saved["build"]["roles"]["world"]
    assert world["calls"] > 20 and world["cost_usd"] == round(
        (world["input_tokens"] * 1.0 + world["output_tokens"] * 2.0) / 1e6, 6) > 0
    ran = runner.invoke(app, ["simulate", str(tmp_path / "c"), "--days", "1", "--run-id", "r",
                              "--config", str(config), "--collaborator-model", "offline"])
    assert ran.exit_code == 0, ran.output
    assert _next_line(ran.output).endswith(f"synthcomp grade {tmp_path / 'c' / 'runs' / 'r'}")
    usage = json.loads((tmp_path / "c" / "runs" / "r" / "usage.json").read_text("utf-8"))
    summary = json.loads((tmp_path / "c" / "runs" / "r" / "summary.json").read_text("utf-8"))
    assert usage["roles"]["user"]["calls"] == summary["turns"]
    assert "usage     user (offline):" in ran.output
    context = json.loads((tmp_path / "c" / "runs" / "r" / "context.json").read_text("utf-8"))
    assert context["config"]["models"]["offline"]["input_price"] == 1.0


@pytest.mark.slow
def test_via_server_refuses_a_config_it_cannot_pass_on(tmp_path: Path) -> None:
    config = tmp_path / "models.toml"
    config.write_text("[roles]\ndefault = 'offline'\n")
    result = cli("simulate", str(tmp_path), "--via-server", "http://127.0.0.1:9", "--config", str(config))
    _assert_one_clear_error(result, "--config does not reach a server")


def test_a_failing_persona_in_a_batch_does_not_stop_the_others(tmp_path: Path) -> None:
    from synthcomp.ids import computer_id_for

    texts = ["a chef in Lima", "a pilot in Oslo", "a tailor in Accra"]
    file = tmp_path / "p.jsonl"
    file.write_text("\n".join(json.dumps({"persona": t}) for t in texts), encoding="utf-8")
    taken = tmp_path / "o" / computer_id_for(texts[1], 0)  # the second one's folder is in use
    taken.mkdir(parents=True)
    (taken / "notes.txt").write_text("mine")
    result = runner.invoke(app, ["build", "--personas", str(file), "--out", str(tmp_path / "o"),
                                 "--files", "10"])
    assert result.exit_code == 1
    assert "failed [2/3] 'a pilot in Oslo'" in result.output and "1 failed" in result.output
    built = sorted(p.name for p in (tmp_path / "o").iterdir() if (p / "meta" / "manifest.json").exists())
    assert built == sorted(computer_id_for(t, 0) for t in (texts[0], texts[2]))
    assert (taken / "notes.txt").read_text() == "mine"
    # Run again once the folder is free: only the missing computer is built.
    (taken / "notes.txt").unlink()
    again = runner.invoke(app, ["build", "--personas", str(file), "--out", str(tmp_path / "o"),
                                "--files", "10"])
    assert again.exit_code == 0, again.output
    assert "built 1 computer under" in again.output and "2 already there, kept" in again.output


def test_version_and_short_help() -> None:
    version = runner.invoke(app, ["--version"])
    assert version.exit_code == 0 and version.output.strip() == f"synthcomp {synthcomp.__version__}"
    for args in (["-h"], ["build", "-h"], ["simulate", "-h"]):
        shown = runner.invoke(app, args)
        assert shown.exit_code == 0 and "Usage:" in shown.output, (args, shown.output)


def test_help_loads_no_graph_model_or_office_library_and_shows_flags_as_flags() -> None:
    # What makes `--help` quick (bench/bench_cli_import.py measures it): nothing heavy loads.
    probe = ("import sys, synthcomp.cli; print(sorted({m.split('.')[0] for m in sys.modules} & "
             "{'langgraph', 'langchain_core', 'openai', 'openpyxl', 'docx', 'pptx', 'fpdf', "
             "'pydantic', 'httpx'}))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"
    shown = runner.invoke(app, ["build", "--help"], terminal_width=140)
    assert "--overwrite" in shown.output and "<bool>" not in shown.output
    assert "<int>" in shown.output  # options that take a value still show its type
    assert "<bool>" not in runner.invoke(app, ["runs", "--help"]).output
