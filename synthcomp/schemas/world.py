"""Pydantic models for everything synthcomp builds: persona, profile, policy, file plan, files.

These are the structured outputs the models produce (so field descriptions matter: a real model
reads them as the schema) and the records the manifest stores.
"""

from __future__ import annotations

import re
from collections import deque
from typing import Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

FileKind: TypeAlias = Literal[
    "docx", "xlsx", "pptx", "pdf", "md", "csv", "txt", "png", "zip", "eml", "json", "py"]
FILE_KINDS: tuple[str, ...] = (
    "docx", "xlsx", "pptx", "pdf", "md", "csv", "txt", "png", "zip", "eml", "json", "py")
# How a version relates to its original (FileNode.version_type).
VersionType: TypeAlias = Literal["duplicate", "draft", "final", "copy"]

MAX_PERSONA_CHARS = 4000

# A cell is a typed value; a string starting with "=" is a formula.
Cell: TypeAlias = str | int | float | bool | None


class Persona(BaseModel):
    """One line of text describing a person, PersonaHub style."""

    text: str = Field(min_length=1, max_length=MAX_PERSONA_CHARS)

    @field_validator("text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        value = " ".join(value.split())
        if not value:
            raise ValueError("persona is empty")
        return value


class Project(BaseModel):
    """A piece of work the user is involved in right now."""

    name: str = Field(description="Short project name, as colleagues say it")
    code: str = Field(description="Folder-friendly short code, e.g. 'ICU-Tender' or 'Q3-Audit'")
    counterpart: str = Field(description="Main client, supplier or partner organisation")
    description: str = Field(description="One or two sentences: what the project is")
    budget: float = Field(ge=0, description="Budget in the user's currency, 0 if none")
    origin: Literal["persona", "generic"] = Field(
        default="generic",
        description="'persona' when the project is work the persona states, 'generic' when it "
                    "is typical work of the trade added to fill the profile")
    work: str = Field(default="", description="The persona's own words for this work, if any")


class ProfileMatch(BaseModel):
    """How well the persona was understood: which trade vocabulary covers it, and which profile
    fields come from the persona's own words and which are generic."""

    domain: str = Field(description="Vocabulary key of the trade matched")
    score: float = Field(ge=0.0, le=1.0, description="0 = nothing matched, 1 = fully covered")
    quality: Literal["good", "partial", "poor"]
    terms: list[str] = Field(default_factory=list, description="Persona words that matched")
    from_persona: list[str] = Field(default_factory=list,
                                    description="Profile fields taken from the persona's words")
    generic: list[str] = Field(default_factory=list,
                               description="Profile fields filled with generic values")
    written_in: str = Field(default="", description="The language the files are written in when "
                            "it is not the profile's working language (a fallback), else empty")


class UserProfile(BaseModel):
    """Who the user of the synthetic computer is."""

    name: str
    role: str
    employer: str
    department: str
    industry: str
    city: str
    country: str
    locale: str = Field(description="Faker/ICU locale, e.g. fr_FR, en_US, de_DE")
    language: str = Field(description="Main working language, e.g. English, French")
    currency: str = Field(description="ISO 4217 code, e.g. EUR")
    seniority: Literal["junior", "mid", "senior", "lead", "executive"]
    work_style: str = Field(description="How they work, in one or two sentences")
    email: str
    current_projects: list[Project] = Field(min_length=1, max_length=8)
    tools: list[str] = Field(description="Software they use daily")
    os: Literal["windows", "macos"]
    domain: str = Field(default="general", description="Vocabulary key for the offline model")
    region: str = Field(default="", description="State, province or region, e.g. Montana")
    employer_kind: str = Field(default="", description="e.g. clinic, law firm, game studio")
    employer_size: Literal["", "small", "mid", "large"] = Field(
        default="", description="Size of the employer, when said or implied")
    match: ProfileMatch | None = Field(
        default=None, description="How faithfully the profile follows the persona (offline)")


class NamingHabits(BaseModel):
    """How the user names files."""

    separator: Literal[" ", "_", "-"] = Field(description="Word separator in file names")
    date_style: Literal["%Y-%m-%d", "%Y%m%d", "%d.%m.%Y", "%y%m%d", "%b %Y"]
    date_position: Literal["prefix", "suffix", "none"]
    version_style: Literal["v2", "V2", "_v2_FINAL", " (2)", "rev2"]
    lowercase: bool


class FilesystemPolicy(BaseModel):
    """The shape and habits of the user's drive."""

    os: Literal["windows", "macos"]
    home: str = Field(description="Home folder relative to the drive root, e.g. Users/marie.dubois")
    top_folders: list[str] = Field(description="Folders directly under home, e.g. Documents")
    cloud_folder: str = Field(description="Synced folder under home, e.g. 'OneDrive - Acme'")
    naming: NamingHabits
    tidiness: float = Field(ge=0.0, le=1.0, description="1 = files everything; 0 = chaos")
    keeps_old_years: bool = Field(description="Whether archives of previous years stay around")
    target_file_count: int = Field(ge=1, le=2000)

    @field_validator("home")
    @classmethod
    def _relative_home(cls, value: str) -> str:
        if value.startswith("/") or ".." in value.split("/") or re.match(r"^[A-Za-z]:", value):
            raise ValueError("home must be a relative path inside the drive")
        return value.strip("/")


class FileNode(BaseModel):
    """One file in the plan: what it is, where it goes, what it is built from."""

    path: str = Field(description="POSIX path relative to the drive root")
    kind: FileKind
    genre: str = Field(description="What sort of document, e.g. budget, minutes, status_deck")
    title: str
    purpose: str = Field(description="Why the user has this file, one sentence")
    project: str | None = Field(default=None, description="Project code, if it belongs to one")
    depends_on: list[str] = Field(default_factory=list, description="Paths this file is built from")
    date: str = Field(description="Last-modified date, ISO YYYY-MM-DD")
    version_of: str | None = Field(
        default=None, description="For another version of a planned file (an earlier draft, the "
        "FINAL, a 'Copy of', a '(2)' re-download): that original's path. The file is then made "
        "by editing the original, so the original is also one of depends_on")
    version_type: VersionType | None = Field(
        default=None, description="With version_of: duplicate (the same file again, '(1)', "
        "'(2)'), draft (an earlier, shorter state of the original), final (the original with "
        "last small edits), copy (a copy with a few figures changed); empty: guessed from the "
        "name")

    @model_validator(mode="after")
    def _extension_matches_kind(self) -> FileNode:
        if not self.path.lower().endswith("." + self.kind):
            raise ValueError(f"{self.path!r} does not end with .{self.kind}")
        if self.version_of is not None and self.version_of not in self.depends_on:
            # the original must be written first: a version is derived from its file
            self.depends_on = [*self.depends_on, self.version_of]
        return self


class FilePlan(BaseModel):
    """A dependency graph of files; dependencies come first."""

    files: list[FileNode] = Field(min_length=1)

    @model_validator(mode="after")
    def _valid_graph(self) -> FilePlan:
        paths = [node.path for node in self.files]
        seen: set[str] = set()
        for path in paths:
            if path.lower() in seen:
                raise ValueError(f"duplicate path in file plan: {path}")
            seen.add(path.lower())
        known = set(paths)
        for node in self.files:
            for dep in node.depends_on:
                if dep not in known:
                    raise ValueError(f"{node.path} depends on unknown file {dep}")
                if dep == node.path:
                    raise ValueError(f"{node.path} depends on itself")
        topological_levels(self.files)  # raises on a cycle
        return self


def topological_levels(nodes: list[FileNode]) -> list[list[str]]:
    """Group paths into levels: every file's dependencies sit in earlier levels.

    Raises ValueError naming the files involved when the graph has a cycle.
    """
    indegree = {node.path: len(set(node.depends_on)) for node in nodes}
    dependents: dict[str, list[str]] = {node.path: [] for node in nodes}
    for node in nodes:
        for dep in set(node.depends_on):
            dependents.setdefault(dep, []).append(node.path)
    ready = deque(path for path, count in indegree.items() if count == 0)
    levels: list[list[str]] = []
    done = 0
    while ready:
        level = list(ready)
        ready.clear()
        levels.append(level)
        done += len(level)
        for path in level:
            for child in dependents.get(path, []):
                indegree[child] -= 1
                if indegree[child] == 0:
                    ready.append(child)
    if done != len(nodes):
        stuck = sorted(path for path, count in indegree.items() if count > 0)
        raise ValueError(f"file plan has a dependency cycle among: {', '.join(stuck[:5])}")
    return levels


# --- file contents: structured specs that office/ turns into real files -------------------


class Block(BaseModel):
    """One block of a document."""

    type: Literal["heading", "paragraph", "bullets", "numbered", "table"]
    text: str = Field(default="", description="Heading or paragraph text")
    level: int = Field(default=1, ge=1, le=3, description="Heading level")
    items: list[str] = Field(default_factory=list, description="List items")
    rows: list[list[str]] = Field(default_factory=list, description="Table rows, first is header")


class DocumentSpec(BaseModel):
    """A text document (docx, pdf, md)."""

    title: str
    subtitle: str = ""
    blocks: list[Block] = Field(default_factory=list)


class SheetSpec(BaseModel):
    """One worksheet: rows of typed cells, strings starting with '=' are formulas."""

    name: str = Field(max_length=31)
    rows: list[list[Cell]] = Field(default_factory=list)
    header_rows: int = Field(default=1, ge=0)
    number_formats: dict[str, str] = Field(
        default_factory=dict, description="Column letter -> Excel number format, e.g. '#,##0.00'"
    )
    column_widths: dict[str, float] = Field(default_factory=dict)


class WorkbookSpec(BaseModel):
    """A spreadsheet (xlsx, or csv from its first sheet)."""

    sheets: list[SheetSpec] = Field(min_length=1)


class SlideSpec(BaseModel):
    """One content slide."""

    title: str
    bullets: list[str] = Field(default_factory=list)
    notes: str = ""


class DeckSpec(BaseModel):
    """A presentation."""

    title: str
    subtitle: str = ""
    slides: list[SlideSpec] = Field(default_factory=list)


class ImageSpec(BaseModel):
    """A picture (png): a screenshot of something on the user's screen, or a photo."""

    kind: Literal["screenshot", "photo"] = Field(description="screenshot or photo")
    shows: str = Field(description="What it shows. Screenshot: spreadsheet, document, chat, "
                       "dashboard, email or slide; photo: whiteboard, site, product or receipt")
    title: str = Field(default="", description="Screenshot: the window title, e.g. the file "
                       "name; photo: a short caption")
    lines: list[str] = Field(default_factory=list, description="The text visible in it, top to "
                             "bottom, from the user's own work (a spreadsheet row as cells "
                             "separated by ' | '; a chat line as 'Name: message')")
    width: int = Field(default=1280, ge=64, le=4096)
    height: int = Field(default=800, ge=64, le=4096)


class ArchiveMember(BaseModel):
    """One file inside a zip: a copy of a drive file, or a small generated text file."""

    name: str = Field(description="Path inside the zip, e.g. 'Budget/budget 2024.xlsx'")
    source: str | None = Field(default=None, description="Drive path of an already written file "
                               "to put in (it must be one of the zip's depends_on)")
    text: str | None = Field(default=None, description="Content of a generated text member, "
                             "when there is no source")


class FileContent(BaseModel):
    """The content of one planned file. Fill exactly the part that matches the file's kind:
    document for docx/pdf/md, workbook for xlsx/csv, deck for pptx, text for txt, image for png,
    archive for zip; eml, json and py are text too (an eml's text is header lines 'From:',
    'To:', 'Subject:', then a blank line and the body; json must parse; py must compile)."""

    document: DocumentSpec | None = None
    workbook: WorkbookSpec | None = None
    deck: DeckSpec | None = None
    text: str | None = None
    image: ImageSpec | None = None
    archive: list[ArchiveMember] | None = Field(
        default=None, description="zip only: the files it holds, old project files first")
    summary: str = Field(description="Two sentences on what the file says, for later steps")
    facts: dict[str, str] = Field(
        default_factory=dict,
        description="Key figures and names that files built on this one must repeat exactly",
    )


# --- the manifest ---------------------------------------------------------------------------


class FileRecord(BaseModel):
    """A written file, as the manifest lists it."""

    path: str
    kind: FileKind
    genre: str
    title: str
    purpose: str = ""
    project: str | None = None
    depends_on: list[str] = Field(default_factory=list)
    date: str
    size: int
    sha256: str
    summary: str
    facts: dict[str, str] = Field(default_factory=dict)
    version_of: str | None = Field(default=None, description="The original this file is a "
                                   "version of (made by editing it)")
    version_type: VersionType | None = None


class ComputerManifest(BaseModel):
    """meta/manifest.json: the computer as a dataset row."""

    model_config = ConfigDict(extra="allow")

    computer_id: str
    persona: str
    seed: int
    model: str
    synthcomp_version: str
    today: str = Field(default="", description="The computer's present day, ISO date")
    user_profile: UserProfile
    filesystem_policy: FilesystemPolicy
    file_list: list[FileRecord]
    file_graph: list[tuple[str, str]] = Field(description="(dependency, dependent) path pairs")
    project_index: dict[str, list[str]] = Field(description="Project code -> its file paths")
    collaboration_context: dict[str, object] | None = None
    monthly_objectives: list[dict[str, object]] | None = None
    source: DatasetSource | None = Field(
        default=None, description="Set when the computer is a published dataset row")


# --- a computer materialized from a published dataset row -----------------------------------

SourceWritten: TypeAlias = Literal["generated", "stand_in", "placeholder"]


class SourceFile(BaseModel):
    """One file_list record of the row, where it went on the drive and how it was written."""

    path: str = Field(description="Drive-relative POSIX path")
    original_path: str = Field(description="The path as the row spells it")
    timestamp: str | None = Field(default=None, description="The row's timestamp, the file's mtime")
    content_mode: Literal["generate", "download", "skip"]
    written: SourceWritten = Field(description="generated by the writer from the description; "
                                               "stand_in for a kind or download it cannot write; "
                                               "placeholder (empty) for content_mode skip")
    download_hint: str | None = None


class DatasetSource(BaseModel):
    """manifest.source: where a computer materialized from a published row came from. The row
    itself, decoded and verbatim, is meta/dataset_row.json (``row_file``)."""

    kind: Literal["published_row"] = "published_row"
    computer_id: str
    row_file: str = Field(default="meta/dataset_row.json", description="Relative to the computer")
    os: Literal["windows", "macos"]
    home: str = Field(description="The user's home relative to drive/")
    path_map: dict[str, str] = Field(description="Every row spelling of a path -> its drive path")
    volumes: dict[str, str] = Field(default_factory=dict,
                                    description="Drive letter or volume name -> its folder in drive/")
    files: list[SourceFile] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list, description="The row's defects")
    notes: list[str] = Field(default_factory=list,
                             description="What was read loosely, derived or left out")


# DatasetSource is defined after the manifest that refers to it.
ComputerManifest.model_rebuild()
