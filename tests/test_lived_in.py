"""A lived-in computer: pictures, archives, saved e-mails and code next to the office files;
Desktop and Downloads clutter by tidiness; versions (v1, FINAL, "(1)", "Copy of") that are real
edits of their original."""

from __future__ import annotations

import datetime
import difflib
import email
import email.policy
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from support import LYON
from support.tools import Agent

from synthcomp import office
from synthcomp.graphs.world_builder import build_world_builder
from synthcomp.models.context import WorldContext
from synthcomp.models.offline.world.content import extras
from synthcomp.models.offline.world.content.context import Ctx
from synthcomp.models.offline.world.extras_words import screenshot_name
from synthcomp.models.offline.world.file_plan import file_plan
from synthcomp.models.offline.world.profile import filesystem_policy, user_profile
from synthcomp.office import fonts, image_io
from synthcomp.schemas import FileContent, FilePlan, ImageSpec

MODIFIED = datetime.datetime(2026, 2, 11, 10, 42, 13)
TODAY = "2026-03-02"
CONTENTS: dict[str, dict[str, Any]] = {
    "png": {"image": {"kind": "screenshot", "shows": "spreadsheet", "title": "Budget.xlsx",
                      "lines": ["Item | Qty | Price", "Gloves | 200 | 1,200.00"]}},
    "zip": {"archive": [{"name": "Old/minutes.txt", "text": "Closing meeting"},
                        {"name": "Old/budget.csv", "text": "Item,Total\nGloves,1200\n"}]},
    "eml": {"text": "From: Anna Smith <anna@medsupply.com>\nTo: marie@chu.fr\n"
                    "Subject: Quote for gloves\n\nDear Marie,\nthe price is 1,200.00 EUR.\n"},
    "json": {"text": json.dumps({"project": "ICU", "thresholds": {"stock": 12}})},
    "py": {"text": "import sys\n\nprint(sys.argv)\n"},
}


def _write(tmp_path: Path, kind: str, name: str = "file") -> Path:
    path = tmp_path / f"{name}.{kind}"
    content = FileContent.model_validate({**CONTENTS[kind], "summary": "s"})
    office.write_content(path, kind, content, MODIFIED, author="Marie Dubois")  # type: ignore[arg-type]
    return path


@pytest.mark.parametrize("kind", sorted(CONTENTS))
def test_new_kinds_write_read_back_and_are_deterministic(tmp_path: Path, kind: str) -> None:
    path = _write(tmp_path, kind)
    again = _write(tmp_path, kind, "again")
    assert path.read_bytes() == again.read_bytes()
    text = office.read_text(path)
    if kind == "png":
        with Image.open(path) as image:
            assert image.size == (1280, 800)
            low, high = zip(*image.convert("RGB").getextrema(), strict=True)
            assert max(high) - min(low) > 100  # drawn, not blank
        assert not any(chunk in path.read_bytes() for chunk in (b"tIME", b"eXIf"))
        assert text.startswith("image 1280x800 PNG: Screenshot of a spreadsheet: Budget.xlsx")
        assert "Gloves | 200 | 1,200.00" in text
    elif kind == "zip":
        with zipfile.ZipFile(path) as archive:
            assert archive.namelist() == ["Old/minutes.txt", "Old/budget.csv"]
            # the archive's own time, to the 2 s a zip (DOS) time can hold
            assert {info.date_time for info in archive.infolist()} == {(2026, 2, 11, 10, 42, 12)}
        assert "Old/budget.csv" in text and text.startswith("zip archive, 2 files")
    elif kind == "eml":
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert message["Subject"] == "Quote for gloves"
        assert message["From"].addresses[0].username == "anna"
        assert message["Message-ID"] and message["Date"] and message["MIME-Version"] == "1.0"
        assert "1,200.00 EUR" in message.get_body().get_content()  # type: ignore[union-attr]
        assert "Subject: Quote for gloves" in text and "Dear Marie," in text
    elif kind == "json":
        assert json.loads(path.read_text("utf-8"))["project"] == "ICU"
    else:
        compile(path.read_text("utf-8"), str(path), "exec")


def test_wrong_content_still_gives_a_valid_file(tmp_path: Path) -> None:
    """A model that wrote prose for a json, py or png still gets a file that opens."""
    prose = FileContent(text="Notes from the call (not code)", summary="s")
    for kind in ("json", "py", "png", "zip", "eml"):
        path = tmp_path / f"x.{kind}"
        office.write_content(path, kind, prose, MODIFIED)  # type: ignore[arg-type]
        assert office.read_text(path)
    json.loads((tmp_path / "x.json").read_text("utf-8"))
    compile((tmp_path / "x.py").read_text("utf-8"), "x.py", "exec")


def _inputs(tidiness: float, seed: int = 7) -> dict[str, Any]:
    profile = user_profile({"persona": LYON, "today": TODAY}, seed)
    policy = filesystem_policy({"persona": LYON, "profile": profile, "target_files": 120}, seed)
    return {"profile": profile, "policy": {**policy, "tidiness": tidiness}, "today": TODAY}


def _desktop_count(tidiness: float, seed: int) -> int:
    inputs = _inputs(tidiness, seed)
    plan = FilePlan.model_validate(file_plan(inputs, seed))
    assert len(plan.files) == 120
    desktop = f"{inputs['policy']['home']}/Desktop/"
    return sum(node.path.startswith(desktop) for node in plan.files)


@pytest.mark.parametrize("seed", [3, 7])
def test_desktop_grows_with_untidiness(seed: int) -> None:
    counts = [_desktop_count(t, seed) for t in (0.95, 0.7, 0.45, 0.2, 0.0)]
    assert counts == sorted(counts), counts
    assert counts[0] <= 10 and counts[-1] >= 15, counts


def test_plan_has_screenshots_photos_mail_archives_and_versions() -> None:
    inputs = _inputs(0.1)
    plan = FilePlan.model_validate(file_plan(inputs, 7))
    names = [node.path.rsplit("/", 1)[-1] for node in plan.files]
    kinds = {node.kind for node in plan.files}
    assert {"png", "zip", "eml"} <= kinds
    assert any(name.startswith(("Capture d'écran 20", "Capture d’écran 20")) for name in names)
    assert any(name.startswith("IMG_") for name in names)
    versions = {node.version_type for node in plan.files if node.version_of}
    assert {"draft", "copy", "duplicate"} <= versions, versions
    for node in plan.files:
        if node.version_of:
            assert node.version_of in node.depends_on


def _similarity(a: str, b: str) -> float:
    # autojunk off: with it, difflib drops every common letter of a long text as "junk" and the
    # ratio of two near-identical reports can fall to 0.4
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


@pytest.fixture(scope="module")
def untidy_computer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An untidy user's offline computer (tidiness 0.1), 60 files."""
    out = tmp_path_factory.mktemp("lived") / "untidy"
    inputs = _inputs(0.1)
    policy = {**inputs["policy"], "target_file_count": 60}
    graph = build_world_builder().compile()
    graph.invoke({"persona": LYON, "out_dir": str(out), "today": TODAY, "target_files": 60,
                  "user_profile": inputs["profile"], "filesystem_policy": policy},
                 context=WorldContext(model="offline", seed=7, role="world"))
    return out


def test_versions_are_edits_of_their_original(untidy_computer: Path) -> None:
    manifest = json.loads((untidy_computer / "meta" / "manifest.json").read_text("utf-8"))
    drive = untidy_computer / "drive"
    seen = set()
    for record in manifest["file_list"]:
        if not record.get("version_of"):
            continue
        seen.add(record["version_type"])
        ratio = _similarity(office.read_text(drive / record["version_of"]),
                            office.read_text(drive / record["path"]))
        if record["version_type"] == "duplicate":
            assert ratio == 1.0, record["path"]
        else:
            assert 0.7 <= ratio < 1.0, (record["path"], ratio)
        assert record["version_of"].rsplit("/", 1)[-1] in record["summary"]
    assert {"draft", "copy"} <= seen, seen


def test_copied_workbooks_keep_their_formulas_and_values(untidy_computer: Path) -> None:
    manifest = json.loads((untidy_computer / "meta" / "manifest.json").read_text("utf-8"))
    drive = untidy_computer / "drive"
    copies = [r for r in manifest["file_list"] if r.get("version_type") == "copy"
              and r["kind"] == "xlsx"]
    assert copies
    for record in copies:
        path = drive / record["path"]
        assert office.check_formulas(path) == []
        values = office.read_text(path, values=True)
        assert values != office.read_text(drive / record["version_of"], values=True)


def test_agent_read_tools_on_the_new_kinds(tmp_path: Path) -> None:
    drive = tmp_path / "computer" / "drive" / "Users" / "ana" / "Desktop"
    drive.mkdir(parents=True)
    (tmp_path / "computer" / "meta").mkdir()
    for kind in CONTENTS:
        _write(drive, kind, "saved")
    agent = Agent(tmp_path / "computer")
    base = "Users/ana/Desktop/saved"
    assert agent("read_file", path=f"{base}.png").startswith("image 1280x800 PNG: Screenshot")
    assert "Old/minutes.txt" in agent("read_file", path=f"{base}.zip")
    assert "Subject: Quote for gloves" in agent("read_file", path=f"{base}.eml")
    assert '"project"' in agent("read_file", path=f"{base}.json")
    assert "print(sys.argv)" in agent("read_file", path=f"{base}.py")
    assert "gloves" in agent("search_contents", query="Gloves").lower()


# --- the extras in the user's language ------------------------------------------------------

CHENGDU = "成都一家游戏工作室的制作人，正在准备一款游戏在Steam上的抢先体验发布"
_ENGLISH_MARKERS = ("Dear ", "Best regards", "Kind regards", "Next steps", "Unit price", "Qty",
                    "Following our call", "units at", "not yet", "steering group", "Deadline",
                    "closing meeting", "Lessons learned", "Present:")


def _extras_ctx(persona: str, node: dict[str, Any], seed: int) -> Ctx:
    profile = user_profile({"persona": persona, "today": TODAY}, 7)
    code = profile["current_projects"][0]["code"]
    return Ctx({"profile": profile, "node": {"date": "2026-02-20", "project": code, **node},
                "today": TODAY}, seed)


def _screens(persona: str) -> dict[str, list[str]]:
    """Every kind of screenshot a user of `persona` takes: shows -> title and lines."""
    seen: dict[str, list[str]] = {}
    for seed in range(80):
        content, _ = extras.screenshot(_extras_ctx(persona, {"genre": "screenshot"}, seed))
        image = content["image"]
        seen.setdefault(image["shows"], [image["title"], *image["lines"]])
    return seen


def test_a_french_users_mail_and_screenshots_are_french() -> None:
    profile = user_profile({"persona": LYON, "today": TODAY}, 7)
    assert profile["language"].lower().startswith(("french", "fr"))
    content, _ = extras.email(_extras_ctx(LYON, {"genre": "email", "title": "RE: Gants"}, 3))
    text = content["text"]
    assert "\n\nBonjour " in text and "Bien cordialement," in text and "EUR" in text
    assert "Subject: RE: Gants" in text  # the header names stay RFC 5322's
    screens = _screens(LYON)
    assert set(screens) == {"spreadsheet", "document", "chat", "dashboard", "email"}
    shown = "\n".join(line for lines in screens.values() for line in lines)
    assert "Prix unitaire" in screens["spreadsheet"][1] and "Bonjour " in shown
    assert "Prochaines étapes" in shown and "Statut global" in shown
    for marker in _ENGLISH_MARKERS:
        assert marker not in text and marker not in shown, marker
    members = extras.archive(_extras_ctx(LYON, {"genre": "archive", "title": "x"}, 5))[0]
    names = " ".join(m["name"] for m in members["archive"])
    assert "réunion de clôture.txt" in names and "LISEZ-MOI.txt" in names
    assert members["archive"][0]["text"].startswith("Poste;Qté;Prix unitaire;Total\n")


def test_a_chinese_users_screenshots_are_chinese() -> None:
    shown = "\n".join(line for lines in _screens(CHENGDU).values() for line in lines)
    assert "单价" in shown and "顺祝商祺" in shown
    for marker in _ENGLISH_MARKERS:
        assert marker not in shown, marker


def test_french_clutter_is_named_in_french() -> None:
    profile = user_profile({"persona": LYON, "today": TODAY}, 7)
    policy = filesystem_policy({"persona": LYON, "profile": profile, "target_files": 120}, 7)
    plan = FilePlan.model_validate(file_plan(
        {"profile": profile, "policy": {**policy, "tidiness": 0.1}, "today": TODAY}, 7))
    names = " ".join(node.path.rsplit("/", 1)[-1] for node in plan.files)
    assert "Copie de " in names and "ancien" in names and "Capture d" in names
    for english in ("Copy of ", "old project", "Invoice", "Screenshot 20", "untitled",
                    "Letter from"):
        assert english not in names, english


def test_screenshot_names_are_the_os_own() -> None:
    moment = datetime.datetime(2026, 2, 11, 10, 42, 13)
    assert screenshot_name("macos", moment, "fr") == "Capture d’écran 2026-02-11 à 10.42.13.png"
    assert screenshot_name("macos", moment, "de") == "Bildschirmfoto 2026-02-11 um 10.42.13.png"
    assert screenshot_name("macos", moment, "zh") == "截屏2026-02-11 10.42.13.png"
    assert screenshot_name("windows", moment, "fr") == "Capture d'écran 2026-02-11 104213.png"
    assert screenshot_name("macos", moment, "xx") == "Screenshot 2026-02-11 at 10.42.13.png"


def _cjk_spec(first: str, second: str) -> ImageSpec:
    return ImageSpec.model_validate({"kind": "screenshot", "shows": "spreadsheet",
                                     "title": "预算.xlsx - Excel",
                                     "lines": [f"{first} | 数量", f"{second} | 12"]})


def _pixels(spec: ImageSpec) -> bytes:
    with Image.open(io.BytesIO(image_io.build_png(spec))) as image:
        return image.convert("RGB").tobytes()


def test_chinese_text_is_drawn_with_its_glyphs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two cells of different characters look different: with Pillow's font alone both are
    rows of the same empty box, and the pictures are the same pixels."""
    if not any(fonts.covers(f, "中あ") for f in fonts.find_fonts().fallbacks):
        pytest.skip("no CJK font on this machine")
    one, other = _cjk_spec("事项", "合计"), _cjk_spec("场地", "人工")
    assert image_io.build_png(one) == image_io.build_png(one)  # same input, same bytes
    assert _pixels(one) != _pixels(other)
    monkeypatch.setattr(image_io, "_face", lambda spec: image_io._Face())
    assert _pixels(one) == _pixels(other)  # what the test tells apart: boxes


def test_pictures_without_fonts_still_draw(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "find_fonts", lambda: fonts.CORE_ONLY)
    png = image_io.build_png(_cjk_spec("事项", "合计"))
    with Image.open(io.BytesIO(png)) as image:
        assert image.size == (1280, 800)
