"""TrueType fonts for PDFs that show every script: where they are on this machine.

The PDF writer embeds (a subset of) real font files instead of the 14 PDF core fonts, which
only encode Windows-1252: a Latin family with Greek and Cyrillic (DejaVu, Liberation, Arial) in
sans, serif and mono, plus fallback fonts for the characters it lacks (a CJK font first).

Where fonts are looked for, first found wins:
1. ``$SYNTHCOMP_PDF_FONT_DIR`` (a folder): any of the known file names below; every other
   .ttf/.otf/.ttc in it is an extra fallback (put a Thai or Devanagari font there).
2. Known paths of Debian/Ubuntu packages (fonts-dejavu-core, fonts-liberation,
   fonts-droid-fallback, fonts-wqy-microhei, fonts-noto-cjk), macOS and Windows.
3. matplotlib's bundled DejaVu copy, when matplotlib is installed.
4. fontconfig (``fc-match`` / ``fc-list``), when it is installed.

Same machine and fonts, same choice: the lists are ordered and nothing depends on the clock,
so PDFs stay byte-for-byte reproducible. The result is cached per process; ``clear_cache``
forgets it (tests, or after installing a font).
"""

from __future__ import annotations

import copy
import functools
import importlib.util
import os
import shutil
import subprocess
import threading
from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import SubsetMap, TTFFont

ENV_FONT_DIR = "SYNTHCOMP_PDF_FONT_DIR"
STYLES = ("", "B", "I", "BI")  # fpdf2's style keys: regular, bold, italic, bold italic
_FONT_SUFFIXES = (".ttf", ".otf", ".ttc")
# A font must have these to count as a CJK font (a Han and a kana glyph).
_CJK_PROBE = "中あ"

# Known families: name -> file names for regular, bold, italic, bold italic (a missing style
# reuses the regular face: plain text beats a failed PDF).
_FAMILIES: dict[str, dict[str, tuple[str, str, str, str]]] = {
    "sans": {
        "DejaVu Sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                        "DejaVuSans-BoldOblique.ttf"),
        "Liberation Sans": ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                            "LiberationSans-Italic.ttf", "LiberationSans-BoldItalic.ttf"),
        "Arial": ("Arial.ttf", "Arial Bold.ttf", "Arial Italic.ttf", "Arial Bold Italic.ttf"),
        "Arial (Windows)": ("arial.ttf", "arialbd.ttf", "ariali.ttf", "arialbi.ttf"),
    },
    "serif": {
        "DejaVu Serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf",
                         "DejaVuSerif-BoldItalic.ttf"),
        "Liberation Serif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                             "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"),
        "Times New Roman": ("Times New Roman.ttf", "Times New Roman Bold.ttf",
                            "Times New Roman Italic.ttf", "Times New Roman Bold Italic.ttf"),
        "Times New Roman (Windows)": ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"),
    },
    "mono": {
        "DejaVu Sans Mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf",
                             "DejaVuSansMono-Oblique.ttf", "DejaVuSansMono-BoldOblique.ttf"),
        "Liberation Mono": ("LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf",
                            "LiberationMono-Italic.ttf", "LiberationMono-BoldItalic.ttf"),
        "Courier New": ("Courier New.ttf", "Courier New Bold.ttf", "Courier New Italic.ttf",
                        "Courier New Bold Italic.ttf"),
        "Courier New (Windows)": ("cour.ttf", "courbd.ttf", "couri.ttf", "courbi.ttf"),
    },
}
# CJK fonts, smallest and quickest to parse first (a font is parsed for every PDF that uses it).
_CJK_FILES = ("DroidSansFallbackFull.ttf", "DroidSansFallback.ttf", "wqy-microhei.ttc",
              "wqy-zenhei.ttc", "NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf",
              "Arial Unicode.ttf", "arialuni.ttf", "msyh.ttc", "simsun.ttc", "msgothic.ttc",
              "Hiragino Sans GB.ttc")
_SYSTEM_DIRS = (
    "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation",
    "/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/droid",
    "/usr/share/fonts-droid-fallback/truetype", "/usr/share/fonts/truetype/wqy",
    "/usr/share/fonts/opentype/noto", "/usr/share/fonts/noto-cjk", "/usr/share/fonts/dejavu",
    "/usr/share/fonts/TTF", "/usr/local/share/fonts", "/Library/Fonts",
    "/System/Library/Fonts/Supplemental", "/System/Library/Fonts", "C:/Windows/Fonts",
)


@dataclass(frozen=True)
class FontFile:
    """One face: a file and, for a .ttc collection, the face's index in it."""

    path: Path
    index: int = 0


@dataclass(frozen=True)
class FontSet:
    """The fonts a PDF may embed. `families` maps 'sans' / 'serif' / 'mono' to the four
    faces (STYLES order); a kind that was not found borrows another kind's faces, and no
    families at all means core fonts only. `fallbacks` draw what the family cannot, in order."""

    families: dict[str, tuple[FontFile, FontFile, FontFile, FontFile]] = field(default_factory=dict)
    fallbacks: tuple[FontFile, ...] = ()

    @property
    def unicode(self) -> bool:
        """Whether a Unicode family was found (else the PDF uses the core fonts)."""
        return bool(self.families)

    def describe(self) -> str:
        """Which files were found, one line each (`make fonts` prints it)."""
        lines = [f"{kind}: {faces[0].path}" for kind, faces in sorted(self.families.items())]
        lines += [f"fallback: {font.path}" for font in self.fallbacks]
        return "\n".join(lines) or "no Unicode fonts: PDFs use the core fonts (Windows-1252 only)"


CORE_ONLY = FontSet()


def _search_dirs() -> list[Path]:
    dirs = []
    override = os.environ.get(ENV_FONT_DIR)
    if override:
        dirs.append(Path(override).expanduser())
    dirs += [Path(d) for d in _SYSTEM_DIRS]
    home = Path.home()
    dirs += [home / ".local/share/fonts", home / ".fonts", home / "Library/Fonts"]
    spec = importlib.util.find_spec("matplotlib")  # found without importing it (slow)
    if spec is not None and spec.origin:
        dirs.append(Path(spec.origin).parent / "mpl-data" / "fonts" / "ttf")
    return [d for d in dirs if d.is_dir()]


def _first(dirs: list[Path], name: str) -> Path | None:
    for folder in dirs:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def _fontconfig(pattern: str) -> Path | None:
    """The file fontconfig matches to `pattern`, if fc-match exists and gives a usable file."""
    if shutil.which("fc-match") is None:
        return None
    try:
        out = subprocess.run(["fc-match", "-f", "%{file}", pattern], capture_output=True,
                             text=True, timeout=10, check=False).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    path = Path(out) if out else None
    return path if path is not None and path.suffix.lower() in _FONT_SUFFIXES and path.is_file() else None


def _family(dirs: list[Path], kind: str) -> tuple[FontFile, FontFile, FontFile, FontFile] | None:
    for names in _FAMILIES[kind].values():
        regular = _first(dirs, names[0])
        if regular is None:
            continue
        faces = [_first(dirs, name) or regular for name in names]
        return faces_of(faces)
    generic = {"sans": "sans-serif", "serif": "serif", "mono": "monospace"}[kind]
    found = [_fontconfig(f"{generic}:{style}") for style in ("regular", "bold", "italic", "bold:italic")]
    regular = found[0]
    if regular is None or not covers(FontFile(regular), "Aé€Ωж"):
        return None
    return faces_of([path or regular for path in found])


def faces_of(paths: list[Path]) -> tuple[FontFile, FontFile, FontFile, FontFile]:
    """Four paths (regular, bold, italic, bold italic) as a family's faces."""
    return FontFile(paths[0]), FontFile(paths[1]), FontFile(paths[2]), FontFile(paths[3])


def _fallbacks(dirs: list[Path]) -> tuple[FontFile, ...]:
    found: list[FontFile] = []
    for name in _CJK_FILES:
        path = _first(dirs, name)
        if path is not None and covers(FontFile(path), _CJK_PROBE):
            found.append(FontFile(path))
            break  # one CJK font is enough; more would only be parsed for nothing
    if not found:
        for lang in ("zh-cn", "ja"):
            path = _fontconfig(f"sans-serif:lang={lang}")
            if path is not None and covers(FontFile(path), _CJK_PROBE):
                found.append(FontFile(path))
                break
    override = os.environ.get(ENV_FONT_DIR)
    if override and Path(override).expanduser().is_dir():
        known = {name for kind in _FAMILIES.values() for names in kind.values() for name in names}
        for path in sorted(Path(override).expanduser().iterdir()):
            extra = FontFile(path)
            if path.suffix.lower() in _FONT_SUFFIXES and path.name not in known and extra not in found:
                found.append(extra)
    return tuple(found)


@functools.lru_cache(maxsize=1)
def find_fonts() -> FontSet:
    """The fonts of this machine (cached; see the module docstring for where they are looked
    for). CORE_ONLY-like (no families) when no Unicode Latin font exists."""
    dirs = _search_dirs()
    families = {}
    for kind in ("sans", "serif", "mono"):
        faces = _family(dirs, kind)
        if faces is not None:
            families[kind] = faces
    if families:  # a missing kind borrows the sans faces (or whichever was found)
        spare = families.get("sans") or next(iter(families.values()))
        for kind in ("sans", "serif", "mono"):
            families.setdefault(kind, spare)
    return FontSet(families, _fallbacks(dirs))


@functools.lru_cache(maxsize=64)
def coverage(font: FontFile) -> frozenset[int]:
    """The code points `font` has glyphs for (read once per process)."""
    from fontTools import ttLib  # only PDFs with Unicode fonts need it

    try:
        with ttLib.TTFont(font.path, lazy=True, fontNumber=font.index) as parsed:
            return frozenset(parsed.getBestCmap() or {})
    except Exception:  # a broken or unsupported file is a font we do not have
        return frozenset()


def covers(font: FontFile, text: str) -> bool:
    """Whether `font` has a glyph for every character of `text`."""
    cmap = coverage(font)
    return all(ord(char) in cmap for char in text)


def clear_cache() -> None:
    """Forget the fonts found (after installing one, or in tests)."""
    find_fonts.cache_clear()
    coverage.cache_clear()
    with _PARSED_LOCK:
        _PARSED.clear()


# fpdf2 parses a whole font file (widths of every glyph, 0.15-0.4 s for a CJK font) each time
# a document adds it. What it reads is the same for every document, so a face is parsed once
# per process and each document gets a copy with its own subset, font descriptor and font
# file handle (writing the PDF changes those three). The rest (widths, cmap) is only read.
_PARSED: dict[tuple[FontFile, str], TTFFont | None] = {}
_PARSED_LOCK = threading.Lock()


def embed(pdf: FPDF, family: str, style: str, font: FontFile) -> None:
    """`pdf.add_font(family, style, font)`, from a parse cached per process: the same PDF
    bytes, without parsing the file again."""
    key = (font, style)
    with _PARSED_LOCK:
        known = key in _PARSED
        parsed = _PARSED.get(key)
    if not known:
        parsed = _parse(family, style, font)
        with _PARSED_LOCK:
            _PARSED[key] = parsed
    if parsed is None:  # not safe to share (see _parse): fpdf2's own way
        pdf.add_font(family, style, font.path, collection_font_number=font.index)
        return
    from fontTools import ttLib

    face = TTFFont.__new__(TTFFont)
    for slot in TTFFont.__slots__:  # read-only parts (widths, cmap, glyph ids) are shared
        if hasattr(parsed, slot):
            setattr(face, slot, getattr(parsed, slot))
    face.desc = copy.copy(parsed.desc)  # writing the PDF gives the descriptor its object ids
    face.i = len(pdf.fonts) + 1
    face.fontkey = f"{family}{style}"
    face.missing_glyphs = []
    face.biggest_size_pt = 0
    face.ttfont = ttLib.TTFont(font.path, recalcTimestamp=False, fontNumber=font.index, lazy=True)
    face.subset = SubsetMap(face)
    pdf.fonts[face.fontkey] = face


def _parse(family: str, style: str, font: FontFile) -> TTFFont | None:
    """The parsed face, or None when fpdf2 changes the font while parsing it (it draws a
    .notdef glyph into fonts without one) or it is a colour font: a fresh copy of the file
    would then differ from what was parsed."""
    scratch = FPDF()
    scratch.add_font(family, style, font.path, collection_font_number=font.index)
    parsed = scratch.fonts[f"{family}{style}"]
    assert isinstance(parsed, TTFFont)
    ttfont = parsed.ttfont
    altered = "glyf" in ttfont and ".notdef" not in ttfont.getGlyphOrder()
    shareable = not altered and parsed.color_font is None and not parsed.is_cff
    ttfont.close()
    return parsed if shareable else None
