"""The drive as the user agent's tools see it: paths confined through Computer, names relative
to the drive, the simulated clock, and the small text helpers every tool answer uses.

The run context is any object with ``computer_dir`` (the computer's root folder); optional
``sim_time`` (datetime: the mtime of files written; see sim_time()), ``author`` (str: written
into office documents), ``office_style`` (synthcomp.office.OfficeStyle: the look of office files),
``drive_quota`` (int: the bytes the drive may hold; see quota_of).
"""

from __future__ import annotations

import datetime
import io
import os
import stat
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol, TypeAlias, TypeVar

from langgraph.prebuilt import ToolRuntime

from synthcomp import office
from synthcomp.atomic import write_bytes
from synthcomp.computer import TRASH, Computer, special_kind
from synthcomp.errors import OfficeFileError, SandboxError
from synthcomp.office.budgets import STREAMED_PARTS, check_package
from synthcomp.office.determinism import mtime_of, normalize_ooxml
from synthcomp.office.text_io import decode, read_bytes_within
from synthcomp.office.xlsx_values import with_cached_values, workbook_rows
from synthcomp.tools.errors import MAX_OUTPUT_CHARS, ToolInputError

DEFAULT_TIME = datetime.datetime(2026, 1, 1)
OFFICE_KINDS = ("docx", "xlsx", "pptx", "pdf", "md", "csv", "txt")  # what synthcomp.office reads
TEXT_KINDS = ("md", "txt", "csv")  # read and written as they are
# Not text, yet readable through synthcomp.office: what a picture shows, what a zip holds, a saved
# e-mail decoded (its body may be quoted-printable or base64 on disk).
OTHER_KINDS = ("png", "zip", "eml")
MAX_LIST = 200  # entries per list_folder / find_files answer
MAX_TREE_LINES = 300
MAX_READ_CHARS = 6000  # per read_file call
MAX_FILE_BYTES = 20_000_000  # larger files are not read at all
MAX_WRITE_CHARS = 500_000
MAX_SCAN_FILES = 3000  # search_contents stops after this many files
# A run's drive may hold 2 GB (the trash included): built drives hold a few MB, and a run that
# writes or copies its way past this is stuck in a loop, not working. A fixed figure, not one
# taken from the drive at run start, so that a resumed run keeps the quota it started with.
DEFAULT_DRIVE_QUOTA = 2 * 1024 ** 3
QUOTA_VARIABLE = "SYNTHCOMP_DRIVE_QUOTA_MB"  # overrides the default; 0 or "off": no quota
SNIPPET = 60  # characters either side of a search hit

T = TypeVar("T")
Runtime: TypeAlias = ToolRuntime[Any, Any]  # pydantic cannot validate a Protocol type argument


class ToolContext(Protocol):
    """What the tools need from the run context."""

    computer_dir: str


class Drive:
    """The run's drive, as the tools see it: confined paths, display names, the clock."""

    def __init__(self, runtime: Runtime) -> None:
        context: ToolContext = runtime.context
        if not isinstance(getattr(context, "computer_dir", None), str | os.PathLike):
            # a wiring bug, not the model's mistake: not turned into an "Error: ..." answer
            raise TypeError("the run context has no computer_dir: invoke the graph with context=...")
        # The run's own drive when the context knows its run (SimulationContext does).
        own = getattr(context, "computer", None)
        self.computer = own() if callable(own) else Computer(context.computer_dir)
        self.root = self.computer.drive.resolve()
        self.now = sim_time(runtime)
        self.author: str | None = getattr(context, "author", None)
        self.style: office.OfficeStyle | None = getattr(context, "office_style", None)
        self.quota = quota_of(context)

    def path(self, rel: str) -> Path:
        """Any path inside the drive (it may not exist); '' is the drive itself."""
        return self.computer.resolve(rel if rel.strip() else ".")

    def name(self, path: Path) -> str:
        """The drive-relative name the model uses for `path`."""
        return self.computer.relative(path)

    def existing(self, rel: str) -> Path:
        path = self.path(rel)
        if not path.exists():
            raise ToolInputError(f"'{rel}' does not exist. Use list_folder or find_files to locate it.")
        return path

    def file(self, rel: str) -> Path:
        path = self.existing(rel)
        if path.is_dir():
            raise ToolInputError(f"'{rel}' is a folder, not a file. Use list_folder to see what it holds.")
        return path

    def folder(self, rel: str) -> Path:
        path = self.existing(rel)
        if not path.is_dir():
            raise ToolInputError(f"'{rel}' is a file, not a folder. Use file_info or read_file on it.")
        return path

    def new_file(self, rel: str, kinds: tuple[str, ...], hint: str = "") -> Path:
        """A path a file of one of `kinds` may be written to (replacing a file already there)."""
        path = self.path(rel)
        if kind_of(path) not in kinds:
            allowed = ", ".join("." + k for k in kinds)
            raise ToolInputError(f"'{rel}' must end with {allowed}{hint}")
        if path.is_dir():
            raise ToolInputError(f"'{rel}' is a folder: give a file name inside it.")
        self.check_parents(path)
        return path

    def check_parents(self, path: Path) -> None:
        for parent in path.parents:
            if parent == self.root or self.root not in parent.parents:
                return
            if parent.exists() and not parent.is_dir():
                raise ToolInputError(f"'{self.name(parent)}' is a file, so it cannot hold other files.")

    def inside(self, path: Path) -> bool:
        """Whether `path` (found by walking) stays inside the drive, symlinks included."""
        try:
            self.computer.resolve(self.name(path))
        except SandboxError:
            return False
        return True

    def make_room(self, adding: int, replacing: Path | None = None) -> None:
        """Refuse a write of `adding` bytes (in place of the file `replacing`, if there is one)
        that would bring the drive past its quota, naming the quota and what the drive holds."""
        if self.quota is None:
            return
        used = tree_size(self.root)
        freed = replacing.lstat().st_size if replacing is not None and replacing.is_file() else 0
        if used - freed + adding > self.quota:
            raise ToolInputError(
                f"the drive holds {size_text(used)} of its {size_text(self.quota)} quota (the trash "
                f"included), and this would add {size_text(adding - freed)}: nothing was written. "
                f"Write smaller files or fewer copies, or free room: delete_path on an item in "
                f"{TRASH} deletes it for good.")

    def walk(self, start: Path, depth: int = 64) -> Iterator[tuple[int, Path]]:
        """(level, path) of everything under `start` down to `depth` levels, sorted, depth first.
        Symlinked folders are not entered; the trash is skipped (list_folder('.Trash') shows it)."""
        for entry in sorted_entries(start):
            if entry == self.root / TRASH:
                continue
            yield 1, entry
            if depth > 1 and entry.is_dir() and not entry.is_symlink():
                yield from ((level + 1, inner) for level, inner in self.walk(entry, depth - 1))


def sim_time(runtime: Runtime) -> datetime.datetime:
    """The simulated now: the context's ``sim_time``, else the ISO ``clock`` of the graph state
    (the simulation keeps its clock there), else DEFAULT_TIME. Never the wall clock."""
    moment = getattr(runtime.context, "sim_time", None)
    if isinstance(moment, datetime.datetime):
        return moment
    state = runtime.state
    clock = state.get("clock") if isinstance(state, dict) else getattr(state, "clock", None)
    try:
        return datetime.datetime.fromisoformat(clock) if isinstance(clock, str) else DEFAULT_TIME
    except ValueError:
        return DEFAULT_TIME


def quota_of(context: Any) -> int | None:
    """The bytes a run's drive may hold: the context's ``drive_quota``, else QUOTA_VARIABLE (in MB),
    else DEFAULT_DRIVE_QUOTA; None: no quota."""
    own = getattr(context, "drive_quota", None)
    if isinstance(own, int) and not isinstance(own, bool):
        return own if own > 0 else None
    raw = os.environ.get(QUOTA_VARIABLE, "").strip().lower()
    if not raw:
        return DEFAULT_DRIVE_QUOTA
    try:
        megabytes = 0.0 if raw == "off" else float(raw)
    except ValueError as exc:
        raise TypeError(f"{QUOTA_VARIABLE}={raw!r} is not a number of MB") from exc  # a set-up bug
    return int(megabytes * 1024 * 1024) if megabytes > 0 else None


def tree_size(path: Path) -> int:
    """The bytes of the files under `path` (or of the file `path`), links counted as links, never
    followed. A scandir walk: a drive of 3,000 files takes a few milliseconds."""
    if not path.is_dir() or path.is_symlink():
        return path.lstat().st_size if path.is_symlink() or path.exists() else 0  # a drive not made yet
    total = 0
    stack = [path]
    while stack:
        with os.scandir(stack.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(Path(entry.path))
                else:
                    total += entry.stat(follow_symlinks=False).st_size
    return total


def kind_of(path: Path) -> str:
    return path.suffix.lower().lstrip(".")


def sorted_entries(folder: Path) -> list[Path]:
    """Folders first, then files, each by name (case-insensitive, then exact)."""
    entries = list(folder.iterdir())
    return sorted(entries, key=lambda p: (not p.is_dir(), p.name.lower(), p.name))


def count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def date_text(path: Path) -> str:
    return datetime.datetime.fromtimestamp(path.stat().st_mtime, datetime.UTC).strftime("%Y-%m-%d")


def entry_line(drive: Drive, path: Path, label: str) -> str:
    if path.is_symlink() and not path.exists():  # dangling, or a loop of links
        return f"{label}  (broken link: not accessible)"
    refused = not_opened(drive, path)
    if refused:
        return f"{label}  ({refused})"
    if path.is_dir():
        return f"{label}/  ({count(len(list(path.iterdir())), 'item')})"
    return f"{label}  {size_text(path.stat().st_size)}  {date_text(path)}"


def not_opened(drive: Drive, path: Path) -> str | None:
    """Why the tools do not open `path` (found by walking), as a listing says it: 'link leading
    outside the drive: not accessible', 'pipe: not opened', 'has 2 hard links: not opened'; None
    when they do."""
    if drive.inside(path):
        return None
    try:
        real = Path(os.path.realpath(path))
        inside = real == drive.root or drive.root in real.parents
        info = real.stat()
    except OSError:
        return "not accessible"
    if not inside:
        return "link leading outside the drive: not accessible"
    if not stat.S_ISREG(info.st_mode):
        return f"{special_kind(info.st_mode)}: not opened"
    return f"has {info.st_nlink} hard links: not opened"


def fitted(header: str, lines: list[str], total: int, hint: str) -> str:
    """`header`, then as many of `lines` as fit in one answer, then how many of `total` were not
    shown and `hint` on how to see them."""
    budget = MAX_OUTPUT_CHARS - len(header) - len(hint) - 40
    shown: list[str] = []
    for line in lines:
        budget -= len(line) + 1
        if budget < 0:
            break
        shown.append(line)
    more = [f"... and {total - len(shown)} more; {hint}"] if total > len(shown) else []
    return "\n".join([header, *shown, *more])


def text_of(drive: Drive, path: Path) -> str:
    """The whole text of a file: office formats through synthcomp.office, other text as is; a
    file larger than the read budget (synthcomp.office.budgets) is read in part, with a note."""
    rel = drive.name(path)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ToolInputError(f"'{rel}' is too large to read ({size_text(size)}).")
    kind = kind_of(path)
    if (kind in OFFICE_KINDS and kind not in TEXT_KINDS) or kind in OTHER_KINDS:  # docx, ..., png
        try:
            return office.read_text(path)
        except OfficeFileError as exc:
            raise OfficeFileError(f"cannot read '{rel}': {exc}") from exc
    text, cut = plain_text(drive, path)
    return text + (f"\n{cut}" if cut else "")


def plain_text(drive: Drive, path: Path) -> tuple[str, str | None]:
    """A text file's text as it is (exact offsets, line ends and final newline kept), at most the
    read budget's ``plain`` bytes of it, and the cut_note line when it was cut; a file over
    MAX_FILE_BYTES or a binary file is refused."""
    rel = drive.name(path)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ToolInputError(f"'{rel}' is too large to read ({size_text(size)}).")
    data, cut = read_bytes_within(path)
    if b"\x00" in data[:8192]:
        kinds = ", ".join((*OFFICE_KINDS, *OTHER_KINDS))
        raise ToolInputError(f"'{rel}' is a binary file; readable kinds are {kinds} and plain text.")
    return decode(data), cut


def load_office(drive: Drive, path: Path, load: Callable[[Path], T], *, streamed: bool = False) -> T:
    """`load(path)` for a docx/xlsx/pptx file, a damaged file refused with one clear sentence, and
    one that would unpack past the read budget refused before it is parsed (`streamed`: `load`
    reads worksheets row by row, so only their total size counts)."""
    kind, rel = kind_of(path), drive.name(path)
    if path.stat().st_size > MAX_FILE_BYTES or not zipfile.is_zipfile(path):
        raise OfficeFileError(f"'{rel}' is not a valid {kind} file (it is damaged or too large).")
    try:
        check_package(path, streamed=STREAMED_PARTS if streamed else ())
    except OfficeFileError as exc:
        raise OfficeFileError(f"cannot open '{rel}': {exc}") from exc
    try:
        return load(path)
    except OfficeFileError as exc:  # a reader's own refusal (a budget): its sentence, with the drive path
        raise OfficeFileError(f"cannot open '{rel}': {exc}") from exc
    except Exception as exc:  # only the library's parse of a damaged file is in this try
        raise OfficeFileError(f"'{rel}' is not a valid {kind} file ({type(exc).__name__}).") from exc


def save_ooxml(drive: Drive, path: Path, data: bytes) -> None:
    """Write an edited docx/xlsx/pptx into the drive atomically: the same content always gives
    the same bytes (normalize_ooxml), stamped with the simulated time."""
    data = normalize_ooxml(data, drive.now)
    drive.make_room(len(data), path)
    write_bytes(path, data, modified=mtime_of(drive.now))


def save_workbook(drive: Drive, path: Path, book: Any) -> None:
    """Save an edited openpyxl workbook into the drive (as save_ooxml), its formulas' values
    cached for readers that do not calculate, the user named as its author."""
    props = book.properties  # openpyxl names itself the creator of a file that names none
    props.creator = props.creator if props.creator not in (None, "openpyxl") else drive.author or ""
    props.lastModifiedBy = drive.author or props.lastModifiedBy
    out = io.BytesIO()
    book.save(out)
    save_ooxml(drive, path, with_cached_values(out.getvalue(), workbook_rows(book)))


def write_drive_text(drive: Drive, path: Path, text: str) -> None:
    """Write plain text into the drive, stamped with the simulated time."""
    if len(text) > MAX_WRITE_CHARS:
        raise ToolInputError(f"the content is {len(text)} characters; at most {MAX_WRITE_CHARS} per call.")
    data = text.encode("utf-8")
    drive.make_room(len(data), path)
    write_bytes(path, data, modified=mtime_of(drive.now))
