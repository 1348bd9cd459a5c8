"""House styles: the fonts, colours and table looks that make one organisation's files look
like its own, so a synthetic computer is not filled with identical-looking documents.

An OfficeStyle is applied by every builder (docx, xlsx, pptx, pdf; md, csv and txt have no
look). DEFAULT_STYLE is the plain look synthcomp always had: the builders leave the library
templates untouched for it, so its output is byte-for-byte what it was before house styles.
style_for picks a house style from a key (a company, a persona) by sha256, never hash().
"""

from __future__ import annotations

import colorsys
import dataclasses
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from synthcomp.schemas import Block, DocumentSpec

SlideLayout = Literal["plain", "rule", "band", "panel", "full"]


@dataclass(frozen=True)
class OfficeStyle:
    """One house look. Colours are 6-digit hex RGB without '#'; sizes are points.

    Fonts are the names Word, Excel and PowerPoint show (no font file is needed to write them);
    PDF maps them to the closest core font (Helvetica, Times or Courier). `table_style` is a
    built-in Word table style of python-docx's default template; its 'Accent 1' colour is
    `accent` (the theme is recoloured). `slide_layout` is the deck's look: 'plain' (the
    template), 'rule' (white with an accent rule), 'band' (a colour band across the title
    slide), 'panel' (a coloured panel on its left), 'full' (a coloured title slide).
    """

    name: str
    body_font: str = "Calibri"
    body_size: float = 11.0
    heading_font: str = "Calibri"
    heading_size: float = 14.0  # level-1 headings; levels 2 and 3 are smaller
    title_size: float = 26.0
    accent: str = "1F3864"
    heading_color: str = "1F3864"
    title_color: str = "1F3864"
    text_color: str = "000000"
    heading_caps: bool = False  # level-1 headings in capitals
    number_headings: bool = False  # '1', '1.1', '1.1.1' before headings not numbered already
    title_rule: bool = True  # a line under the document title
    table_style: str = "Light Grid Accent 1"
    line_spacing: float = 1.15  # multiple of single spacing
    space_after: float = 10.0  # after a paragraph
    margin_cm: float = 2.0  # left and right page margins
    header_fill: str = "DDEBF7"  # table and sheet header rows
    header_text: str = "000000"
    border_color: str = "808080"  # the rule under a sheet's header row
    band_fill: str = ""  # every other data row of a sheet; '' for none
    number_format: str = ""  # for sheet columns of decimals without a format; '' for General
    gridlines: bool = True
    tab_color: str = ""  # sheet tabs; '' for none
    slide_layout: SlideLayout = "plain"


DEFAULT_STYLE = OfficeStyle(name="default")

HOUSE_STYLES: tuple[OfficeStyle, ...] = (
    OfficeStyle(  # a private bank: navy, serif headings, figures in accounting format
        name="bank", body_font="Arial", body_size=10.0, heading_font="Georgia", heading_size=15.0,
        title_size=26.0, accent="1F3864", heading_color="1F3864", title_color="1F3864",
        text_color="222222", title_rule=False, table_style="Medium Shading 1 Accent 1",
        line_spacing=1.1, space_after=6.0, margin_cm=2.2, header_fill="1F3864",
        header_text="FFFFFF", border_color="1F3864", band_fill="EEF2F8",
        number_format="#,##0.00;(#,##0.00)", gridlines=False, tab_color="1F3864",
        slide_layout="panel",
    ),
    OfficeStyle(  # a hospital group: clinical teal, Segoe UI
        name="hospital", body_font="Segoe UI", body_size=10.5, heading_font="Segoe UI Semibold",
        heading_size=14.0, title_size=24.0, accent="2B7A78", heading_color="1F5E5C",
        title_color="2B7A78", text_color="1A1A1A", table_style="Light List Accent 1",
        line_spacing=1.15, space_after=8.0, margin_cm=2.0, header_fill="D5ECEB",
        header_text="133F3E", border_color="2B7A78", number_format="#,##0.00",
        tab_color="2B7A78", slide_layout="band",
    ),
    OfficeStyle(  # a law firm: Garamond, burgundy, numbered capital headings, wide margins
        name="law-firm", body_font="Garamond", body_size=12.0, heading_font="Garamond",
        heading_size=13.0, title_size=24.0, accent="6D1A26", heading_color="6D1A26",
        title_color="262626", heading_caps=True, number_headings=True, table_style="Table Grid",
        line_spacing=1.0, space_after=12.0, margin_cm=2.8, header_fill="EDE7E3",
        header_text="3B0D14", border_color="6D1A26", number_format="#,##0.00",
        tab_color="6D1A26", slide_layout="rule",
    ),
    OfficeStyle(  # a software start-up: violet, Helvetica Neue, airy
        name="startup", body_font="Helvetica Neue", body_size=10.5, heading_font="Helvetica Neue",
        heading_size=16.0, title_size=30.0, accent="5B3FD9", heading_color="5B3FD9",
        title_color="1B1640", text_color="2B2B2B", title_rule=False,
        table_style="Light Shading Accent 1", line_spacing=1.2, space_after=8.0, margin_cm=2.0,
        header_fill="5B3FD9", header_text="FFFFFF", border_color="5B3FD9", band_fill="F3F0FD",
        gridlines=False, tab_color="5B3FD9", slide_layout="full",
    ),
    OfficeStyle(  # a government office: Arial, numbered headings, plain grid tables
        name="government", body_font="Arial", body_size=11.0, heading_font="Arial",
        heading_size=14.0, title_size=22.0, accent="1F5C99", heading_color="1F5C99",
        title_color="000000", number_headings=True, table_style="Table Grid",
        line_spacing=1.15, space_after=8.0, margin_cm=2.5, header_fill="D9D9D9",
        header_text="000000", border_color="000000", slide_layout="rule",
    ),
    OfficeStyle(  # a creative agency: orange-red, capital headings, bold title slides
        name="agency", body_font="Verdana", body_size=10.0, heading_font="Century Gothic",
        heading_size=15.0, title_size=30.0, accent="E4572E", heading_color="E4572E",
        title_color="1E1E1E", text_color="333333", heading_caps=True, title_rule=False,
        table_style="Medium List 2 Accent 1", line_spacing=1.2, space_after=8.0, margin_cm=2.0,
        header_fill="E4572E", header_text="FFFFFF", border_color="E4572E", gridlines=False,
        tab_color="E4572E", slide_layout="full",
    ),
    OfficeStyle(  # a strategy consultancy: green, Cambria headings over Calibri
        name="consulting", body_font="Calibri", body_size=11.0, heading_font="Cambria",
        heading_size=15.0, title_size=28.0, accent="2D6A4F", heading_color="2D6A4F",
        title_color="2D6A4F", text_color="262626", table_style="Light Grid Accent 1",
        line_spacing=1.15, space_after=8.0, margin_cm=2.2, header_fill="E1F0E8",
        header_text="1E4A36", border_color="2D6A4F", band_fill="F3F8F5",
        number_format="#,##0.0", tab_color="2D6A4F", slide_layout="rule",
    ),
    OfficeStyle(  # an engineering firm: slate, Tahoma, numbered headings, grid tables
        name="engineering", body_font="Tahoma", body_size=10.0, heading_font="Tahoma",
        heading_size=13.0, title_size=24.0, accent="44546A", heading_color="44546A",
        title_color="222A35", text_color="1A1A1A", number_headings=True,
        table_style="Medium Grid 1 Accent 1", line_spacing=1.1, space_after=6.0, margin_cm=2.0,
        header_fill="44546A", header_text="FFFFFF", border_color="222A35",
        number_format="#,##0.00", tab_color="44546A", slide_layout="band",
    ),
    OfficeStyle(  # a university: crimson, Georgia throughout
        name="university", body_font="Georgia", body_size=11.0, heading_font="Georgia",
        heading_size=15.0, title_size=26.0, accent="8C2D3B", heading_color="8C2D3B",
        title_color="8C2D3B", text_color="1A1A1A", table_style="Light List Accent 1",
        line_spacing=1.2, space_after=10.0, margin_cm=2.5, header_fill="F4E3E6",
        header_text="5E0F1E", border_color="8C2D3B", tab_color="8C2D3B", slide_layout="panel",
    ),
    OfficeStyle(  # an insurer: plum, Calibri Light headings, shaded tables
        name="insurance", body_font="Calibri", body_size=11.0, heading_font="Calibri Light",
        heading_size=16.0, title_size=28.0, accent="6B2C5F", heading_color="6B2C5F",
        title_color="3D1836", text_color="262626", title_rule=False,
        table_style="Medium Shading 1 Accent 1", line_spacing=1.15, space_after=8.0,
        margin_cm=2.0, header_fill="6B2C5F", header_text="FFFFFF", border_color="6B2C5F",
        band_fill="F5EEF4", number_format="#,##0.00", gridlines=False, tab_color="6B2C5F",
        slide_layout="band",
    ),
    OfficeStyle(  # a logistics company: charcoal and signal yellow, Franklin Gothic
        name="logistics", body_font="Franklin Gothic Book", body_size=10.5,
        heading_font="Franklin Gothic Medium", heading_size=14.0, title_size=26.0,
        accent="F2A900", heading_color="262626", title_color="262626", text_color="262626",
        heading_caps=True, table_style="Medium Shading 1 Accent 1", line_spacing=1.1,
        space_after=6.0, margin_cm=1.9, header_fill="F2A900", header_text="1A1A1A",
        border_color="262626", band_fill="F7F7F7", number_format="#,##0.00;[Red]-#,##0.00",
        tab_color="F2A900",
        slide_layout="panel",
    ),
    OfficeStyle(  # a charity: sienna, Trebuchet MS
        name="nonprofit", body_font="Trebuchet MS", body_size=10.5, heading_font="Trebuchet MS",
        heading_size=15.0, title_size=26.0, accent="A0522D", heading_color="A0522D",
        title_color="5A2E19", text_color="2B2B2B", table_style="Light Grid Accent 1",
        line_spacing=1.2, space_after=8.0, margin_cm=2.2, header_fill="F6E7DE",
        header_text="5A2E19", border_color="A0522D", tab_color="A0522D", slide_layout="rule",
    ),
)

# What a person changes in a company template for their own files.
_PERSONAL_FONTS = ("Calibri", "Arial", "Cambria", "Georgia", "Segoe UI", "Verdana", "Times New Roman")
_PERSONAL_TABLES = ("Table Grid", "Light List Accent 1", "Light Grid Accent 1",
                    "Medium Shading 1 Accent 1", "Medium Grid 1 Accent 1", "Light Shading Accent 1")
_VARIANT_PERCENT = 30


def style_for(key: str, variant: str = "") -> OfficeStyle:
    """The house style of `key` (a company, a persona): the same key always gives the same style.

    With a `variant` (say a file's path), about 30% of variants get a personal touch on the
    house style: another body font, another table style, or both, with the same colours.
    """
    base = HOUSE_STYLES[_digest(key) % len(HOUSE_STYLES)]
    if not variant:
        return base
    roll = _digest(f"{key}\x1f{variant}")
    if roll % 100 >= _VARIANT_PERCENT:
        return base
    roll //= 100
    change = roll % 3
    fonts = [f for f in _PERSONAL_FONTS if f != base.body_font]
    tables = [t for t in _PERSONAL_TABLES if t != base.table_style]
    font = fonts[(roll // 3) % len(fonts)]
    table = tables[(roll // 3 // len(fonts)) % len(tables)]
    if change == 0:
        return dataclasses.replace(base, name=f"{base.name}+font", body_font=font)
    if change == 1:
        return dataclasses.replace(base, name=f"{base.name}+table", table_style=table)
    return dataclasses.replace(base, name=f"{base.name}+personal", body_font=font,
                               heading_font=font, table_style=table)


def _digest(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


# --- helpers the builders share ---------------------------------------------------------------

# Word and PowerPoint draw CJK characters in a run's East Asian font (w:eastAsia, a:ea), not in
# its Latin one; left to the theme, Word picks the template's Japanese font for Chinese too
# (wrong glyph forms). Fonts every Office install has; LibreOffice maps them to a local CJK font.
_EAST_ASIAN_FONTS = {"ja-JP": "Yu Gothic", "ko-KR": "Malgun Gothic", "zh-CN": "Microsoft YaHei"}
_KANA_RE = re.compile("[\u3040-\u30ff\u31f0-\u31ff]")
_HANGUL_RE = re.compile("[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_HAN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def east_asian_font(text: str) -> tuple[str, str] | None:
    """(font, language tag) for the CJK script of `text`, or None without CJK characters:
    Japanese when it has kana, Korean with hangul, else Chinese for Han characters."""
    if _KANA_RE.search(text):
        lang = "ja-JP"
    elif _HANGUL_RE.search(text):
        lang = "ko-KR"
    elif _HAN_RE.search(text):
        lang = "zh-CN"
    else:
        return None
    return _EAST_ASIAN_FONTS[lang], lang



def rgb(color: str) -> tuple[int, int, int]:
    """'1F3864' as (31, 56, 100)."""
    return int(color[0:2], 16), int(color[2:4], 16), int(color[4:6], 16)


def is_dark(color: str) -> bool:
    """Whether white text reads better than black on `color`."""
    r, g, b = rgb(color)
    return 0.299 * r + 0.587 * g + 0.114 * b < 150


def tinted(color: str, tint: float = 1.0, shade: float = 1.0) -> str:
    """`color` lightened (tint < 1) or darkened (shade < 1) the way Office applies themeTint
    and themeShade: by scaling its HSL luminance (within 1 of Word's own values)."""
    r, g, b = (v / 255 for v in rgb(color))
    hue, lum, sat = colorsys.rgb_to_hls(r, g, b)
    lum = lum * shade
    lum = lum * tint + (1 - tint)
    return "".join(f"{int(v * 255 + 1e-6):02X}" for v in colorsys.hls_to_rgb(hue, lum, sat))


_ACCENT1_RE = re.compile(rb"(<a:accent1>\s*<a:srgbClr val=\")[0-9A-Fa-f]{6}")
_FONT_RE = {kind: re.compile(rb"(<a:" + kind + rb"Font>\s*<a:latin typeface=\")[^\"]*")
            for kind in (b"major", b"minor")}


def retheme(theme_xml: bytes, style: OfficeStyle) -> bytes:
    """An Office theme part with `style`'s accent as Accent 1 and its fonts as the theme's
    heading (major) and body (minor) fonts, so what follows the theme follows the style."""
    xml = _ACCENT1_RE.sub(_keep_prefix(style.accent.encode()), theme_xml, count=1)
    for kind, font in ((b"major", style.heading_font), (b"minor", style.body_font)):
        escaped = font.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").encode()
        xml = _FONT_RE[kind].sub(_keep_prefix(escaped), xml, count=1)
    return xml


def _keep_prefix(value: bytes) -> Callable[[re.Match[bytes]], bytes]:
    return lambda match: match.group(1) + value


_NUMBERED_RE = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.|[A-Z]\.|(?:section|part|article)\b)\s*",
                          re.IGNORECASE)


def styled_document(document: DocumentSpec, style: OfficeStyle) -> DocumentSpec:
    """`document` with its headings numbered '1', '1.1', '1.1.1' when the style numbers them,
    unless the author numbered any heading already."""
    headings = [block for block in document.blocks if block.type == "heading"]
    if not style.number_headings or not headings:
        return document
    if any(_NUMBERED_RE.match(block.text) for block in headings):
        return document
    top = min(block.level for block in headings)  # a document of level-2 headings gets 1, 2...
    counters = [0, 0, 0]
    blocks: list[Block] = []
    for block in document.blocks:
        if block.type == "heading":
            depth = block.level - top
            counters[depth] += 1
            counters[depth + 1:] = [0] * (2 - depth)
            label = ".".join(str(max(n, 1)) for n in counters[:depth + 1])
            block = block.model_copy(update={"text": f"{label}{'.' if depth == 0 else ''} {block.text}"})
        blocks.append(block)
    return document.model_copy(update={"blocks": blocks})
