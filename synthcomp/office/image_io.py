"""PNG pictures from an ImageSpec: screenshots of the user's own windows and simple photos.

Drawn with Pillow, deterministically: the same spec gives the same bytes (no time chunk, fixed
compression, photo "noise" seeded from the spec). What the picture shows is also stored in an
iTXt "Description" chunk, so a reader that cannot see pixels (read_text, the agent's tools)
can say what is in it, as a person glancing at the thumbnail could.
"""

from __future__ import annotations

import hashlib
import io
import random
from collections.abc import Iterator
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from PIL.PngImagePlugin import PngInfo

from synthcomp.schemas import ImageSpec

_Color = tuple[int, int, int]
# Each application gets its own toolbar colour, as Excel green and Word blue are recognisable.
_APP_COLORS: dict[str, _Color] = {
    "spreadsheet": (33, 115, 70), "document": (43, 87, 154), "chat": (75, 83, 188),
    "dashboard": (36, 41, 46), "email": (0, 114, 198), "slide": (183, 71, 42),
}
_DESCRIPTION = "Description"
_MAX_LINES = 40


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    # Pillow's bundled font: the same glyphs on every machine, so the same bytes everywhere.
    return ImageFont.load_default(size)


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
    if spec.kind == "screenshot":
        _screenshot(draw, spec)
    else:
        _photo(draw, spec, _rng(spec))
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


def _fit(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont | ImageFont.ImageFont,
         width: float) -> str:
    """`text` cut with an ellipsis to fit `width` pixels."""
    if draw.textlength(text, font=font) <= width:
        return text
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text + "…"


def _screenshot(draw: ImageDraw.ImageDraw, spec: ImageSpec) -> None:
    w, h = spec.width, spec.height
    color = _APP_COLORS.get(spec.shows, (90, 90, 90))
    small, body = _font(13), _font(15)
    draw.rectangle((0, 0, w, 30), fill=(232, 232, 232))
    for n, dot in enumerate(((255, 95, 87), (254, 188, 46), (40, 200, 64))):
        draw.ellipse((12 + 20 * n, 9, 24 + 20 * n, 21), fill=dot)
    draw.text((w / 2, 15), _fit(draw, spec.title or spec.shows, small, w - 200), fill=(60, 60, 60),
              font=small, anchor="mm")
    draw.rectangle((0, 30, w, 70), fill=color)
    draw.text((16, 50), spec.shows.capitalize(), fill=(255, 255, 255), font=body, anchor="lm")
    area = (0, 70, w, h)
    lines = spec.lines[:_MAX_LINES]
    if spec.shows == "spreadsheet":
        _grid(draw, area, lines, body)
    elif spec.shows == "chat":
        _chat(draw, area, lines, body)
    elif spec.shows == "dashboard":
        _dashboard(draw, area, lines, body, color)
    elif spec.shows == "slide":
        _slide(draw, area, lines, body, color)
    else:  # a document, an e-mail or anything else: a page of text
        _page(draw, area, lines, body)


def _grid(draw: ImageDraw.ImageDraw, area: tuple[int, int, int, int], lines: list[str],
          font: ImageFont.FreeTypeFont | ImageFont.ImageFont) -> None:
    x0, y0, x1, y1 = area
    rows = [[cell.strip() for cell in line.split("|")] for line in lines] or [[""]]
    columns = max(len(row) for row in rows)
    first = 40
    width = max(90, min(220, (x1 - x0 - first) // max(columns, 1)))
    draw.rectangle((x0, y0, x1, y0 + 24), fill=(243, 243, 243))
    for c in range(columns):
        draw.text((x0 + first + c * width + width / 2, y0 + 12), chr(65 + c % 26), fill=(90, 90, 90),
                  font=font, anchor="mm")
    height = 26
    for r in range((y1 - y0 - 24) // height):
        top = y0 + 24 + r * height
        draw.line((x0, top, x1, top), fill=(218, 218, 218))
        draw.text((x0 + first / 2, top + height / 2), str(r + 1), fill=(90, 90, 90), font=font,
                  anchor="mm")
        for c, cell in enumerate(rows[r] if r < len(rows) else []):
            left = x0 + first + c * width
            text = _fit(draw, cell, font, width - 10)
            numeric = cell.replace(",", "").replace(".", "").replace("%", "").lstrip("-").isdigit()
            anchor = "rm" if numeric else "lm"
            x = left + width - 6 if numeric else left + 6
            draw.text((x, top + height / 2), text, fill=(20, 20, 20), font=font, anchor=anchor)
    for c in range(columns + 1):
        x = x0 + first + c * width
        draw.line((x, y0, x, y1), fill=(218, 218, 218))


def _page(draw: ImageDraw.ImageDraw, area: tuple[int, int, int, int], lines: list[str],
          font: ImageFont.FreeTypeFont | ImageFont.ImageFont) -> None:
    x0, y0, x1, y1 = area
    draw.rectangle(area, fill=(230, 230, 230))
    left, right = x0 + (x1 - x0) // 6, x1 - (x1 - x0) // 6
    draw.rectangle((left, y0 + 20, right, y1), fill=(255, 255, 255), outline=(200, 200, 200))
    y = y0 + 60
    for n, line in enumerate(lines):
        size = _font(22) if n == 0 else font
        draw.text((left + 50, y), _fit(draw, line, size, right - left - 100), fill=(30, 30, 30),
                  font=size)
        y += 40 if n == 0 else 26
        if y > y1 - 30:
            break


def _chat(draw: ImageDraw.ImageDraw, area: tuple[int, int, int, int], lines: list[str],
          font: ImageFont.FreeTypeFont | ImageFont.ImageFont) -> None:
    x0, y0, x1, y1 = area
    draw.rectangle((x0, y0, x0 + 240, y1), fill=(245, 245, 250))
    y = y0 + 20
    speakers: list[str] = []
    for line in lines:
        speaker = line.split(":", 1)[0] if ":" in line else ""
        if speaker and speaker not in speakers:
            speakers.append(speaker)
        mine = bool(speakers) and speaker != speakers[0]
        text = _fit(draw, line, font, 560)
        width = draw.textlength(text, font=font) + 30
        left = x1 - 30 - width if mine else x0 + 270
        fill = (220, 235, 255) if mine else (238, 238, 238)
        draw.rounded_rectangle((left, y, left + width, y + 36), radius=12, fill=fill)
        draw.text((left + 15, y + 18), text, fill=(20, 20, 20), font=font, anchor="lm")
        y += 48
        if y > y1 - 50:
            break
    for n, speaker in enumerate(speakers[:12]):
        draw.text((x0 + 20, y0 + 30 + 36 * n), _fit(draw, speaker, font, 200), fill=(40, 40, 40),
                  font=font)


def _dashboard(draw: ImageDraw.ImageDraw, area: tuple[int, int, int, int], lines: list[str],
               font: ImageFont.FreeTypeFont | ImageFont.ImageFont, color: _Color) -> None:
    x0, y0, x1, y1 = area
    draw.rectangle(area, fill=(246, 247, 249))
    tiles = lines[:4]
    width = (x1 - x0 - 50) // max(len(tiles), 1)
    for n, line in enumerate(tiles):
        left = x0 + 10 + n * (width + 10)
        draw.rectangle((left, y0 + 20, left + width, y0 + 130), fill=(255, 255, 255),
                       outline=(220, 220, 220))
        label, _, value = line.partition(":")
        draw.text((left + 14, y0 + 40), _fit(draw, label, font, width - 28), fill=(90, 90, 90),
                  font=font)
        draw.text((left + 14, y0 + 80), _fit(draw, value.strip() or label, _font(26), width - 28),
                  fill=(20, 20, 20), font=_font(26))
    rest = lines[4:] or lines
    base, top = y1 - 40, y0 + 170
    bar = max(10, (x1 - x0 - 100) // max(len(rest), 1) - 20)
    for n, line in enumerate(rest[:12]):
        level = 0.3 + (int(hashlib.sha256(line.encode()).hexdigest()[:4], 16) % 70) / 100
        left = x0 + 60 + n * (bar + 20)
        draw.rectangle((left, base - (base - top) * level, left + bar, base), fill=color)
    draw.line((x0 + 50, base, x1 - 20, base), fill=(150, 150, 150), width=2)


def _slide(draw: ImageDraw.ImageDraw, area: tuple[int, int, int, int], lines: list[str],
           font: ImageFont.FreeTypeFont | ImageFont.ImageFont, color: _Color) -> None:
    x0, y0, x1, y1 = area
    draw.rectangle(area, fill=(210, 210, 210))
    left, top = x0 + 80, y0 + 30
    right, bottom = x1 - 80, min(y1 - 30, top + (x1 - x0 - 160) * 9 // 16)
    draw.rectangle((left, top, right, bottom), fill=(255, 255, 255))
    draw.rectangle((left, top, right, top + 8), fill=color)
    y = top + 40
    for n, line in enumerate(lines):
        size = _font(30) if n == 0 else _font(20)
        text = line if n == 0 else f"•  {line}"
        draw.text((left + 50, y), _fit(draw, text, size, right - left - 100), fill=(30, 30, 30),
                  font=size)
        y += 60 if n == 0 else 36
        if y > bottom - 40:
            break


def _photo(draw: ImageDraw.ImageDraw, spec: ImageSpec, rng: random.Random) -> None:
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
            draw.text((x, y), _fit(draw, line, _font(26), w * 5 // 6 - 100), fill=ink, font=_font(26))
            y += 44 + rng.randint(0, 8)
        draw.rectangle((w // 4, h - h // 6, w * 3 // 4, h - h // 6 + 16), fill=(120, 120, 125))
    elif spec.shows == "receipt":
        draw.rectangle((0, 0, w, h), fill=(120, 100, 80))
        left, right = w // 3, w * 2 // 3
        draw.rectangle((left, 20, right, h - 20), fill=(250, 250, 245))
        for n, line in enumerate(spec.lines[:24]):
            draw.text((left + 20, 50 + 26 * n), _fit(draw, line, _font(16), right - left - 40),
                      fill=(40, 40, 40), font=_font(16))
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
        draw.text((20, h - 40), _fit(draw, spec.title, _font(18), w - 40), fill=(255, 255, 255),
                  font=_font(18))
