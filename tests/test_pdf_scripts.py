"""PDFs show every script: Chinese, Japanese, French and Greek text is embedded in Unicode fonts,
extracts back as written, renders to a page that is not blank, and is byte-for-byte stable."""

from __future__ import annotations

import concurrent.futures
import datetime
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from synthcomp.office import fonts as font_lookup
from synthcomp.office.fonts import CORE_ONLY, FontSet, find_fonts
from synthcomp.office.pdf_io import MissingGlyphsError, build_pdf
from synthcomp.schemas import Block, DocumentSpec

MODIFIED = datetime.datetime(2025, 3, 14, 9, 30)
LINES = {
    "zh": "项目简报：成都工作室的抢先体验发布计划，预算为十二万元。",
    "ja": "プロジェクト概要：東京オフィスの四半期レビュー、締め切りは金曜日です。",
    "fr": "Conclusions et bordereau de pièces : l'audience est fixée à l'été, à Lyon (€ 1 250).",
    "el": "Ελληνικά: η προθεσμία είναι την Παρασκευή.",
}
MIXED = DocumentSpec(
    title="项目简报 — Rapport d'activité", subtitle="プロジェクト · Ελληνικά",
    blocks=[
        Block(type="heading", level=1, text="背景 Background"),
        *[Block(type="paragraph", text=line) for line in LINES.values()],
        Block(type="bullets", items=["第一项：预算审查", "二つ目：スケジュール", "Τρίτο: Ελλάδα"]),
        Block(type="table", rows=[["项目", "预算", "負責人"], ["美术", "¥120,000", "王伟"],
                                  ["Son", "€5 000", "Zoë"]]),
    ],
)
needs_cjk_font = pytest.mark.skipif(
    not find_fonts().unicode or not find_fonts().fallbacks,
    reason="no Unicode + CJK font here (apt-get install fonts-dejavu-core fonts-droid-fallback)")


def base_fonts(data: bytes) -> list[str]:
    resources = PdfReader(BytesIO(data)).pages[0]["/Resources"]["/Font"]  # type: ignore[index]
    return [str(resources[name].get_object()["/BaseFont"]) for name in resources]


def text_of(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


def squeezed(text: str) -> str:
    return "".join(text.split())  # line breaks fall anywhere in CJK text


@needs_cjk_font
def test_every_script_is_embedded_and_extracts_as_written() -> None:
    data = build_pdf(MIXED, MODIFIED, "王伟")
    text = squeezed(text_of(data))
    for line in LINES.values():
        assert squeezed(line) in text
    for item in ("二つ目：スケジュール", "Τρίτο:Ελλάδα", "王伟", "Zoë", "項目简报"[1:]):
        assert squeezed(item) in text
    assert all("+" in name for name in base_fonts(data))  # subset tags: every font is an embedded subset
    assert len(data) < 80_000  # subsets, not whole fonts (the CJK font file is 4 MB)


@needs_cjk_font
def test_the_page_renders_with_ink(tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    from PIL import Image

    pdf = tmp_path / "mixed.pdf"
    pdf.write_bytes(build_pdf(MIXED, MODIFIED, None))
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True, capture_output=True, timeout=60)
    page = Image.open(next(tmp_path.glob("page*.png"))).convert("L")
    dark = page.point(lambda value: 255 if value < 128 else 0).histogram()[255]
    assert dark / (page.width * page.height) > 0.005  # text, not a blank page


@needs_cjk_font
def test_same_input_same_bytes_also_in_threads() -> None:
    first = build_pdf(MIXED, MODIFIED, "王伟")
    assert build_pdf(MIXED, MODIFIED, "王伟") == first
    font_lookup.clear_cache()  # a fresh parse of the fonts gives the same bytes too
    assert build_pdf(MIXED, MODIFIED, "王伟") == first
    english = DocumentSpec(title="Plain", blocks=[Block(type="paragraph", text="English only.")])
    alone = build_pdf(english, MODIFIED, None)
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda doc: build_pdf(doc, MODIFIED, "王伟" if doc is MIXED else None),
                                [MIXED, english] * 6))
    assert results == [first, alone] * 6


def test_without_unicode_fonts_latin_text_uses_core_fonts_and_other_scripts_fail(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("synthcomp.office.pdf_io.find_fonts", lambda: CORE_ONLY)
    french = DocumentSpec(title="Rapport d'activité", blocks=[
        Block(type="paragraph", text=LINES["fr"] + " Ő → ✓"),  # ő has no cp1252 form: o
    ])
    data = build_pdf(french, MODIFIED, None)
    text = text_of(data)
    assert "pièces" in text and "€" in text and "O -> " in text
    assert "/Helvetica" in base_fonts(data)
    with pytest.raises(MissingGlyphsError, match=r"(?s)Cjk.*fonts-droid-fallback.*SYNTHCOMP_PDF_FONT_DIR"):
        build_pdf(MIXED, MODIFIED, None)


def test_a_script_no_font_has_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    fonts = find_fonts()
    if not fonts.unicode:
        pytest.skip("no Unicode font here")
    latin_only = FontSet(fonts.families, ())  # as if no CJK font were installed
    with pytest.raises(MissingGlyphsError, match="Cjk") as caught:
        build_pdf(MIXED, MODIFIED, None, fonts=latin_only)
    assert "Greek" not in str(caught.value)  # DejaVu has Greek: only what is missing is named
    greek = DocumentSpec(title="Ελληνικά", blocks=[Block(type="paragraph", text=LINES["el"] + " 😀")])
    assert "προθεσμία" in text_of(build_pdf(greek, MODIFIED, None, fonts=latin_only))


def test_the_font_dir_override_is_searched_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = find_fonts()
    if not found.unicode:
        pytest.skip("no Unicode font here to copy")
    regular = found.families["sans"][0].path
    shutil.copy(regular, tmp_path / regular.name)
    monkeypatch.setenv(font_lookup.ENV_FONT_DIR, str(tmp_path))
    font_lookup.clear_cache()
    try:
        assert find_fonts().families["sans"][0].path == tmp_path / regular.name
    finally:
        monkeypatch.delenv(font_lookup.ENV_FONT_DIR)
        font_lookup.clear_cache()


def test_word_and_powerpoint_name_an_east_asian_font_for_cjk_text() -> None:
    import re
    import zipfile

    from synthcomp.office import render_content
    from synthcomp.schemas import DeckSpec, FileContent, SlideSpec

    chinese = DocumentSpec(title="项目简报", blocks=[Block(type="paragraph", text=LINES["zh"])])
    data = render_content("docx", FileContent(document=chinese, summary="-"), MODIFIED, title="t")
    with zipfile.ZipFile(BytesIO(data)) as package:
        styles = package.read("word/styles.xml").decode()
        settings = package.read("word/settings.xml").decode()
    assert 'w:eastAsia="Microsoft YaHei"' in styles and "eastAsiaTheme" not in styles
    assert 'w:eastAsia="zh-CN"' in settings  # the template said ja-JP: Chinese in Japanese forms
    slide_spec = SlideSpec(title="概要", bullets=["締め切り", "Plain English"])
    deck = DeckSpec(title="プロジェクト", slides=[slide_spec])
    data = render_content("pptx", FileContent(deck=deck, summary="-"), MODIFIED, title="t")
    with zipfile.ZipFile(BytesIO(data)) as package:
        slide = package.read("ppt/slides/slide2.xml").decode()
    runs = re.findall(r"<a:r>(.*?)</a:r>", slide)
    assert all('<a:ea typeface="Yu Gothic"/>' in run for run in runs if "Plain" not in run)
    assert not any("<a:ea" in run for run in runs if "Plain" in run)
    english = DocumentSpec(title="Plain", blocks=[Block(type="paragraph", text="English only.")])
    data = render_content("docx", FileContent(document=english, summary="-"), MODIFIED, title="t")
    with zipfile.ZipFile(BytesIO(data)) as package:
        assert "eastAsiaTheme" in package.read("word/styles.xml").decode()  # the template's, untouched


def test_letters_no_font_draws_can_be_marked_instead_of_stopping_the_build() -> None:
    fonts = find_fonts()
    if not fonts.unicode:
        pytest.skip("no Unicode font here")
    latin_only = FontSet(fonts.families, ())
    data = build_pdf(MIXED, MODIFIED, None, fonts=latin_only, missing_glyphs="mark")
    text = text_of(data)
    assert "pièces" in text and "?" in text and "项目" not in text
