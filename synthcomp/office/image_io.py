"""PNG pictures from an ImageSpec: screenshots of the user's own windows and simple photos.

Drawn with Pillow, deterministically: the same spec gives the same bytes on the same machine (no
time chunk, fixed compression, photo "noise" seeded from the spec). Text in plain ASCII uses
Pillow's bundled font (the same glyphs everywhere); text with accents or other scripts uses the
machine's Unicode sans font (DejaVu, see fonts.py), and Chinese or Japanese characters a CJK
font (Droid Sans Fallback, Noto CJK...), each character drawn with the font that has it. Without
those fonts it is Pillow's font, as before. What the picture shows is also stored in an
iTXt "Description" chunk, so a reader that cannot see pixels (read_text, the agent's tools)
can say what is in it, as a person glancing at the thumbnail could.
"""

from __future__ import annotations

import hashlib
import io
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from PIL.PngImagePlugin import PngInfo

from synthcomp.office import fonts
from synthcomp.schemas import ImageSpec

_Color = tuple[int, int, int]
# Each application gets its own toolbar colour, as Excel green and Word blue are recognisable.
_APP_COLORS: dict[str, _Color] = {
    "spreadsheet": (33, 115, 70), "document": (43, 87, 154), "chat": (75, 83, 188),
    "dashboard": (36, 41, 46), "email": (0, 114, 198), "slide": (183, 71, 42),
}
# The application's name in its toolbar: the same in every language.
_APPS = {"spreadsheet": "Excel", "document": "Word", "chat": "Teams", "dashboard": "Power BI",
         "email": "Outlook", "slide": "PowerPoint"}
_DESCRIPTION = "Description"
_MAX_LINES = 40
_CJK_START = 0x2E80  # CJK radicals, kana, ideographs, full-width forms and up
_Font = ImageFont.FreeTypeFont | ImageFont.ImageFont
_Draw = ImageDraw.ImageDraw


@dataclass
class _Face:
    """The fonts one picture draws with: `latin` (None: Pillow's bundled font) and a CJK font
    for the characters `latin` lacks. Each text is cut into runs, one font each."""

    latin: fonts.FontFile | None = None
    cjk: fonts.FontFile | None = None
    _loaded: dict[tuple[fonts.FontFile | None, int], _Font] = field(default_factory=dict)

    def font(self, size: int, which: fonts.FontFile | None = None) -> _Font:
        key = (which, size)
        if key not in self._loaded:
            self._loaded[key] = (ImageFont.load_default(size) if which is None else
                                 ImageFont.truetype(str(which.path), size, index=which.index))
        return self._loaded[key]

    def _pick(self, char: str) -> fonts.FontFile | None:
        if self.cjk is None or ord(char) < _CJK_START:
            return self.latin
        if self.latin is not None and fonts.covers(self.latin, char):
            return self.latin
        return self.cjk if fonts.covers(self.cjk, char) else self.latin

    def runs(self, text: str) -> list[tuple[str, fonts.FontFile | None]]:
        """`text` as (piece, font) runs."""
        found: list[tuple[str, fonts.FontFile | None]] = []
        for char in text:
            which = self._pick(char)
            if found and found[-1][1] == which:
                found[-1] = (found[-1][0] + char, which)
            else:
                found.append((char, which))
        return found

    def length(self, draw: _Draw, text: str, size: int) -> float:
        return sum(draw.textlength(run, font=self.font(size, which))
                   for run, which in self.runs(text))

    def fit(self, draw: _Draw, text: str, size: int, width: float) -> str:
        """`text` cut with an ellipsis to fit `width` pixels."""
        if self.length(draw, text, size) <= width:
            return text
        while text and self.length(draw, text + "…", size) > width:
            text = text[:-1]
        return text + "…"

    def text(self, draw: _Draw, xy: tuple[float, float], text: str, size: int,
             fill: _Color, anchor: str | None = None) -> None:
        """`draw.text`, each run in its font, the runs on one baseline."""
        runs = self.runs(text)
        if len(runs) <= 1:
            which = runs[0][1] if runs else self.latin
            draw.text(xy, text, fill=fill, font=self.font(size, which), anchor=anchor)
            return
        horizontal, vertical = (anchor or "la")[0], (anchor or "la")[1]
        widths = [draw.textlength(run, font=self.font(size, which)) for run, which in runs]
        x = xy[0] - {"l": 0.0, "m": sum(widths) / 2, "r": sum(widths)}.get(horizontal, 0.0)
        base = self.font(size, self.latin)
        ascent, descent = base.getmetrics() if isinstance(base, ImageFont.FreeTypeFont) else (
            size, 0)
        baseline = xy[1] + {"a": ascent, "t": ascent, "m": (ascent - descent) / 2,
                            "d": -descent, "b": -descent}.get(vertical, 0.0)
        for (run, which), width in zip(runs, widths, strict=True):
            draw.text((x, baseline), run, fill=fill, font=self.font(size, which), anchor="ls")
            x += width


def _face(spec: ImageSpec) -> _Face:
    """Pillow's font for plain ASCII pictures; the machine's Unicode and CJK fonts for the
    rest (where it has them)."""
    text = "".join([spec.title or "", spec.shows, *spec.lines[:_MAX_LINES]])
    if text.isascii():
        return _Face()
    found = fonts.find_fonts()
    sans = found.families.get("sans")
    cjk = None
    if any(ord(char) >= _CJK_START for char in text):
        cjk = next((f for f in found.fallbacks if fonts.covers(f, "中あ")), None)
    return _Face(sans[0] if sans else None, cjk)


def _rng(spec: ImageSpec) -> random.Random:
    digest = hashlib.sha256(spec.model_dump_json().encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def describe(spec: ImageSpec) -> str:
    """What the picture shows, as its Description chunk holds it: a first line, then the text."""
    what = "Screenshot" if spec.kind == "screenshot" else "Photo"
    head = f"{what} of a {spec.shows}" + (f": {spec.title}" if spec.title else "")
    return "\n".join([head, *spec.lines[:_MAX_LINES]])


def build_png(spec: ImageSpec) -> bytes:
    """The PNG bytes of `spec`."""
    image = Image.new("RGB", (spec.width, spec.height), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    face = _face(spec)
    if spec.kind == "screenshot":
        _screenshot(draw, spec, face)
    else:
        _photo(draw, spec, _rng(spec), face)
    info = PngInfo()
    info.add_itxt(_DESCRIPTION, describe(spec))
    out = io.BytesIO()
    image.save(out, "PNG", pnginfo=info, compress_level=6, optimize=False)
    return out.getvalue()


def read_png(path: Path) -> Iterator[str]:
    """'image 1280x800 PNG: <what it shows>' and the text visible in it, line by line."""
    with Image.open(path) as image:
        width, height = image.size
        kind = image.format or "image"
        description = str(image.info.get(_DESCRIPTION, "")).strip()
    lines = description.splitlines() or ["no description"]
    yield f"image {width}x{height} {kind}: {lines[0]}"
    if len(lines) > 1:
        yield "Visible text:"
        yield from lines[1:]


def _screenshot(draw: _Draw, spec: ImageSpec, face: _Face) -> None:
    w, h = spec.width, spec.height
    color = _APP_COLORS.get(spec.shows, (90, 90, 90))
    draw.rectangle((0, 0, w, 30), fill=(232, 232, 232))
    for n, dot in enumerate(((255, 95, 87), (254, 188, 46), (40, 200, 64))):
        draw.ellipse((12 + 20 * n, 9, 24 + 20 * n, 21), fill=dot)
    face.text(draw, (w / 2, 15), face.fit(draw, spec.title or spec.shows, 13, w - 200), 13,
              (60, 60, 60), anchor="mm")
    draw.rectangle((0, 30, w, 70), fill=color)
    app = _APPS.get(spec.shows, spec.shows.capitalize())
    face.text(draw, (16, 50), app, 15, (255, 255, 255), anchor="lm")
    area = (0, 70, w, h)
    lines = spec.lines[:_MAX_LINES]
    if spec.shows == "spreadsheet":
        _grid(draw, area, lines, face)
    elif spec.shows == "chat":
        _chat(draw, area, lines, face)
    elif spec.shows == "dashboard":
        _dashboard(draw, area, lines, face, color)
    elif spec.shows == "slide":
        _slide(draw, area, lines, face, color)
    else:  # a document, an e-mail or anything else: a page of text
        _page(draw, area, lines, face)


def _numeric(cell: str) -> bool:
    """'1,200.00', '12 480,50', '1.234', '-5%': a figure, right-aligned as a sheet does."""
    for mark in (",", ".", "%", " ", "\u00a0", "\u202f", "'"):
        cell = cell.replace(mark, "")
    return cell.lstrip("-").isdigit()


def _grid(draw: _Draw, area: tuple[int, int, int, int], lines: list[str], face: _Face) -> None:
    x0, y0, x1, y1 = area
    rows = [[cell.strip() for cell in line.split("|")] for line in lines] or [[""]]
    columns = max(len(row) for row in rows)
    first = 40
    width = max(90, min(220, (x1 - x0 - first) // max(columns, 1)))
    draw.rectangle((x0, y0, x1, y0 + 24), fill=(243, 243, 243))
    for c in range(columns):
        face.text(draw, (x0 + first + c * width + width / 2, y0 + 12), chr(65 + c % 26), 15,
                  (90, 90, 90), anchor="mm")
    height = 26
    for r in range((y1 - y0 - 24) // height):
        top = y0 + 24 + r * height
        draw.line((x0, top, x1, top), fill=(218, 218, 218))
        face.text(draw, (x0 + first / 2, top + height / 2), str(r + 1), 15, (90, 90, 90),
                  anchor="mm")
        for c, cell in enumerate(rows[r] if r < len(rows) else []):
            left = x0 + first + c * width
            text = face.fit(draw, cell, 15, width - 10)
            numeric = _numeric(cell)
            anchor = "rm" if numeric else "lm"
            x = left + width - 6 if numeric else left + 6
            face.text(draw, (x, top + height / 2), text, 15, (20, 20, 20), anchor=anchor)
    for c in range(columns + 1):
        x = x0 + first + c * width
        draw.line((x, y0, x, y1), fill=(218, 218, 218))


def _page(draw: _Draw, area: tuple[int, int, int, int], lines: list[str], face: _Face) -> None:
    x0, y0, x1, y1 = area
    draw.rectangle(area, fill=(230, 230, 230))
    left, right = x0 + (x1 - x0) // 6, x1 - (x1 - x0) // 6
    draw.rectangle((left, y0 + 20, right, y1), fill=(255, 255, 255), outline=(200, 200, 200))
    y = y0 + 60
    for n, line in enumerate(lines):
        size = 22 if n == 0 else 15
        face.text(draw, (left + 50, y), face.fit(draw, line, size, right - left - 100), size,
                  (30, 30, 30))
        y += 40 if n == 0 else 26
        if y > y1 - 30:
            break


def _chat(draw: _Draw, area: tuple[int, int, int, int], lines: list[str], face: _Face) -> None:
    x0, y0, x1, y1 = area
    draw.rectangle((x0, y0, x0 + 240, y1), fill=(245, 245, 250))
    y = y0 + 20
    speakers: list[str] = []
    for line in lines:
        speaker = line.split(":", 1)[0] if ":" in line else ""
        if speaker and speaker not in speakers:
            speakers.append(speaker)
        mine = bool(speakers) and speaker != speakers[0]
        text = face.fit(draw, line, 15, 560)
        width = face.length(draw, text, 15) + 30
        left = x1 - 30 - width if mine else x0 + 270
        fill = (220, 235, 255) if mine else (238, 238, 238)
        draw.rounded_rectangle((left, y, left + width, y + 36), radius=12, fill=fill)
        face.text(draw, (left + 15, y + 18), text, 15, (20, 20, 20), anchor="lm")
        y += 48
        if y > y1 - 50:
            break
    for n, speaker in enumerate(speakers[:12]):
        face.text(draw, (x0 + 20, y0 + 30 + 36 * n), face.fit(draw, speaker, 15, 200), 15,
                  (40, 40, 40))


def _dashboard(draw: _Draw, area: tuple[int, int, int, int], lines: list[str], face: _Face,
               color: _Color) -> None:
    x0, y0, x1, y1 = area
    draw.rectangle(area, fill=(246, 247, 249))
    tiles = lines[:4]
    width = (x1 - x0 - 50) // max(len(tiles), 1)
    for n, line in enumerate(tiles):
        left = x0 + 10 + n * (width + 10)
        draw.rectangle((left, y0 + 20, left + width, y0 + 130), fill=(255, 255, 255),
                       outline=(220, 220, 220))
        label, _, value = line.replace("：", ":", 1).partition(":")
        face.text(draw, (left + 14, y0 + 40), face.fit(draw, label, 15, width - 28), 15,
                  (90, 90, 90))
        face.text(draw, (left + 14, y0 + 80), face.fit(draw, value.strip() or label, 26,
                                                       width - 28), 26, (20, 20, 20))
    rest = lines[4:] or lines
    base, top = y1 - 40, y0 + 170
    bar = max(10, (x1 - x0 - 100) // max(len(rest), 1) - 20)
    for n, line in enumerate(rest[:12]):
        level = 0.3 + (int(hashlib.sha256(line.encode()).hexdigest()[:4], 16) % 70) / 100
        left = x0 + 60 + n * (bar + 20)
        draw.rectangle((left, base - (base - top) * level, left + bar, base), fill=color)
    draw.line((x0 + 50, base, x1 - 20, base), fill=(150, 150, 150), width=2)


def _slide(draw: _Draw, area: tuple[int, int, int, int], lines: list[str], face: _Face,
           color: _Color) -> None:
    x0, y0, x1, y1 = area
    draw.rectangle(area, fill=(210, 210, 210))
    left, top = x0 + 80, y0 + 30
    right, bottom = x1 - 80, min(y1 - 30, top + (x1 - x0 - 160) * 9 // 16)
    draw.rectangle((left, top, right, bottom), fill=(255, 255, 255))
    draw.rectangle((left, top, right, top + 8), fill=color)
    y = top + 40
    for n, line in enumerate(lines):
        size = 30 if n == 0 else 20
        text = line if n == 0 else f"•  {line}"
        face.text(draw, (left + 50, y), face.fit(draw, text, size, right - left - 100), size,
                  (30, 30, 30))
        y += 60 if n == 0 else 36
        if y > bottom - 40:
            break


def _photo(draw: _Draw, spec: ImageSpec, rng: random.Random, face: _Face) -> None:
    w, h = spec.width, spec.height
    if spec.shows == "whiteboard":
        draw.rectangle((0, 0, w, h), fill=(150, 140, 125))  # the wall around it
        draw.rectangle((w // 12, h // 12, w - w // 12, h - h // 6), fill=(244, 246, 243),
                       outline=(170, 170, 175), width=8)
        inks = ((30, 60, 160), (30, 30, 30), (170, 30, 30), (20, 120, 60))
        y = h // 12 + 40
        for line in spec.lines[:14]:
            ink = inks[rng.randrange(len(inks))]
            x = w // 12 + 40 + rng.randint(0, 30)
            face.text(draw, (x, y), face.fit(draw, line, 26, w * 5 // 6 - 100), 26, ink)
            y += 44 + rng.randint(0, 8)
        draw.rectangle((w // 4, h - h // 6, w * 3 // 4, h - h // 6 + 16), fill=(120, 120, 125))
    elif spec.shows == "receipt":
        draw.rectangle((0, 0, w, h), fill=(120, 100, 80))
        left, right = w // 3, w * 2 // 3
        draw.rectangle((left, 20, right, h - 20), fill=(250, 250, 245))
        for n, line in enumerate(spec.lines[:24]):
            face.text(draw, (left + 20, 50 + 26 * n), face.fit(draw, line, 16, right - left - 40),
                      16, (40, 40, 40))
    else:  # a site or a product: sky, ground, a few solid shapes, a caption
        horizon = h * 3 // 5
        draw.rectangle((0, 0, w, horizon), fill=(150 + rng.randint(0, 40), 190, 230))
        draw.rectangle((0, horizon, w, h), fill=(110 + rng.randint(0, 30), 120, 100))
        for _ in range(3 + rng.randint(0, 4)):
            left = rng.randint(0, w - 200)
            width, height = rng.randint(100, 300), rng.randint(80, horizon - 40)
            shade = rng.randint(120, 220)
            draw.rectangle((left, horizon - height, left + width, horizon), fill=(shade, shade - 20,
                                                                                shade - 40))
        for _ in range(400):  # sensor noise, so it looks less like a diagram
            x, y = rng.randrange(w), rng.randrange(h)
            draw.point((x, y), fill=(rng.randint(0, 255),) * 3)
    if spec.title and spec.shows != "whiteboard":
        face.text(draw, (20, h - 40), face.fit(draw, spec.title, 18, w - 40), 18,
                  (255, 255, 255))
