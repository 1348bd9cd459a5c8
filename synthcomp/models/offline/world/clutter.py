"""A lived-in drive: what people leave around besides their filed documents.

Desktop and Downloads fill up in proportion to untidiness (an untidy person has 15-40 files
loose on the Desktop, a tidy one a handful): screenshots named the way the OS names them,
invoices and exports, "(1)" re-downloads and "Copy of" files, drafts. Everyone has a few photos,
saved e-mails and zip archives of old projects; technical people a .py or .json. Versions
("v1", "FINAL", "(1)", "Copy of") are planned as versions of their original (version_of), so
the world builder writes them as edits of it, not as unrelated documents.

All of it is sized to the room the target file count leaves, so fill/trim still hit the target.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from synthcomp.models.offline.world import extras_words
from synthcomp.models.offline.world.extras_words import choices, say
from synthcomp.models.offline.world.naming import clean_title, file_name

if TYPE_CHECKING:
    from synthcomp.models.offline.world.file_plan import _Planner

# Share of the room left before filling that clutter may take: the rest keeps the kind mix.
_ROOM_SHARE = 0.75
_TECHNICAL = ("software", "data_science", "game_development")
# Words of a role (not of an industry: "Civil Engineering" writes no Python) that writes code.
_TECHNICAL_WORDS = ("software", "developer", "data", "scientist", "programm", "analyst", "devops",
                    "développeu", "informati", "desarroll", "entwickl", "programad", "开发",
                    "程序", "数据", "プログラマ", "エンジニア", "データ")


def _add_raw(planner: _Planner, folder: str, name: str, kind: str, genre: str, title: str,
             purpose: str, project: str | None, deps: list[str], when: date,
             version_of: str | None = None, version_type: str | None = None) -> str | None:
    """Add a node under an exact file name (the OS or a browser chose it, not the user's
    naming habits); a name already taken is skipped, as the OS would not write it twice."""
    path = f"{folder}/{name}"
    if path.lower() in planner._paths:
        return None
    planner._paths.add(path.lower())
    node: dict[str, Any] = {
        "path": path, "kind": kind, "genre": genre, "title": title, "purpose": purpose,
        "project": project, "depends_on": sorted({*deps, *([version_of] if version_of else [])}),
        "date": min(when, planner.today).isoformat()}
    if version_of:
        node["version_of"], node["version_type"] = version_of, version_type
    planner.nodes.append(node)
    return path


def _node(planner: _Planner, path: str) -> dict[str, Any]:
    return next(n for n in planner.nodes if n["path"] == path)


def _stem(path: str) -> tuple[str, str]:
    name = path.rsplit("/", 1)[-1]
    stem, _, ext = name.rpartition(".")
    return stem, ext


def duplicate(planner: _Planner, original: str, folder: str, number: int = 1) -> str | None:
    """A browser's second download of `original`: 'name (1).ext' in `folder`."""
    node = _node(planner, original)
    stem, ext = _stem(original)
    when = date.fromisoformat(node["date"]) + timedelta(days=planner.rng.randint(0, 20))
    return _add_raw(planner, folder, f"{stem} ({number}).{ext}", ext, node["genre"],
                    node["title"], "The same file downloaded again", node["project"], [],
                    when, version_of=original, version_type="duplicate")


def copy_of(planner: _Planner, original: str, folder: str) -> str | None:
    """'Copy of <name>' ('Copie de', '<name> - 副本'): a copy someone changed a few figures
    in and sent back."""
    node = _node(planner, original)
    stem, ext = _stem(original)
    when = date.fromisoformat(node["date"]) + timedelta(days=planner.rng.randint(2, 25))
    copy = planner.word("title_copy_of")
    return _add_raw(planner, folder, f"{copy.replace('{title}', stem)}.{ext}", ext,
                    node["genre"], copy.replace("{title}", str(node["title"])),
                    "A copy someone sent back with a few figures changed", node["project"], [],
                    when, version_of=original, version_type="copy")


def version(planner: _Planner, original: str, folder: str, version_type: str,
            number: int | None = None) -> str | None:
    """A draft ('v1', earlier) or the FINAL (later) of `original`, named the user's way."""
    node = _node(planner, original)
    day = date.fromisoformat(node["date"])
    when = (day - timedelta(days=planner.rng.randint(3, 9)) if version_type == "draft"
            else day + timedelta(days=planner.rng.randint(1, 5)))
    name = file_name(planner.naming, node["title"], node["kind"], when,
                     version=number, final=version_type == "final")
    purpose = ("An earlier draft of the document" if version_type == "draft"
               else "The version that was sent")
    return _add_raw(planner, folder, name, node["kind"], node["genre"], node["title"], purpose,
                    node["project"], [], when, version_of=original, version_type=version_type)


def project_clutter(planner: _Planner, code: str, slots: dict[str, str]) -> None:
    """An untidy person's project leftovers: the report's v1 draft on the Desktop (and its
    FINAL), a "Copy of" the budget in Downloads; each a version of its original."""
    desktop, downloads = f"{planner.home}/Desktop", f"{planner.home}/Downloads"
    report = slots.get("report")
    if report:
        version(planner, report, desktop, "draft", number=1)
        if planner.rng.random() < 0.6:
            version(planner, report, _folder_of(report), "final")
    if slots.get("budget"):
        copy_of(planner, slots["budget"], downloads)
    if slots.get("deck") and planner.rng.random() < 0.5 and "final" not in slots["deck"].lower():
        version(planner, slots["deck"], _folder_of(slots["deck"]), "draft", number=1)


def _folder_of(path: str) -> str:
    return path.rsplit("/", 1)[0]


def screenshot_name(os_name: str, moment: datetime, code: str = "en", country: str = "") -> str:
    """The name the OS gives a screenshot taken at `moment`, in the user's language."""
    return extras_words.screenshot_name(os_name, moment, code, country)


def _code_of(planner: _Planner) -> str:
    """The user's working language (the phrasebook's code: 'fr', 'zh')."""
    return planner.book.code


def _moment(planner: _Planner, back: int) -> datetime:
    day = planner.today - timedelta(days=planner.rng.randint(0, back))
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return datetime(day.year, day.month, day.day, planner.rng.randint(8, 18),
                    planner.rng.randint(0, 59), planner.rng.randint(0, 59))


def _project_files(planner: _Planner, kinds: tuple[str, ...]) -> list[str]:
    return [n["path"] for n in planner.nodes
            if n["project"] and n["kind"] in kinds and not n.get("version_of")]


def _wanted_desktop(planner: _Planner) -> int:
    """How many files this user leaves loose on the Desktop: 3 when tidy, 40 when not at all."""
    untidy = 1.0 - float(planner.policy.get("tidiness", 0.5))
    return round(3 + 37 * untidy ** 1.3)


def _count_in(planner: _Planner, folder: str) -> int:
    return sum(n["path"].startswith(f"{planner.home}/{folder}/") for n in planner.nodes)


def _move_to_desktop(planner: _Planner, count: int) -> None:
    """Work files saved straight to the Desktop and never filed: when the target count leaves
    no room for more files, an untidy user's Desktop fills with project files instead."""
    if count <= 0:
        return
    desktop = f"{planner.home}/Desktop"
    movable = [n for n in planner.nodes if n["project"] and not n.get("version_of")
               and n["kind"] in ("docx", "xlsx", "pdf", "md", "txt", "csv")
               and not n["path"].startswith(desktop + "/")]
    planner.rng.shuffle(movable)
    for node in movable[:count]:
        path = f"{desktop}/{node['path'].rsplit('/', 1)[-1]}"
        if path.lower() in planner._paths:
            continue
        old = node["path"]
        planner._paths.discard(old.lower())
        planner._paths.add(path.lower())
        node["path"] = path
        for other in planner.nodes:  # whatever was built from it follows it there
            other["depends_on"] = sorted(path if d == old else d for d in other["depends_on"])
            if other.get("version_of") == old:
                other["version_of"] = path


def _sizes(planner: _Planner) -> tuple[int, int]:
    """(Desktop, Downloads) file counts for this user's tidiness, within the room left."""
    untidy = 1.0 - float(planner.policy.get("tidiness", 0.5))
    desktop = _wanted_desktop(planner)
    downloads = round(3 + 27 * untidy)
    room = int(planner.policy.get("target_file_count", 120)) - len(planner.nodes)
    budget = max(4, int(room * _ROOM_SHARE)) - 8  # photos, mail, archives come on top
    if desktop + downloads > budget:
        scale = max(budget, 4) / (desktop + downloads)
        desktop, downloads = max(2, round(desktop * scale)), max(2, round(downloads * scale))
    return desktop, downloads


def add_clutter(planner: _Planner) -> None:
    """Everything loose on this drive: Desktop, Downloads, screenshots, photos, saved e-mails,
    archives, code for technical jobs. Called once, after the projects and general files."""
    desktop_count, downloads_count = _sizes(planner)
    home = planner.home
    existing = sum(n["path"].startswith(f"{home}/Desktop/") for n in planner.nodes)
    _desktop(planner, max(0, desktop_count - existing))
    existing = sum(n["path"].startswith(f"{home}/Downloads/") for n in planner.nodes)
    _downloads(planner, max(0, downloads_count - existing))
    _move_to_desktop(planner, _wanted_desktop(planner) - _count_in(planner, "Desktop"))
    _photos(planner)
    _mail(planner)
    _archives(planner)
    if _technical(planner.profile):
        _code(planner)


def _desktop(planner: _Planner, count: int) -> None:
    """Screenshots, duplicates and copies of project files, quick notes, the odd photo."""
    home, rng = planner.home, planner.rng
    folder = f"{home}/Desktop"
    tidy_shots = planner.tidy or planner.policy.get("os") == "windows"
    shots_folder = f"{home}/Pictures/Screenshots" if tidy_shots else folder
    originals = _project_files(planner, ("docx", "xlsx", "pdf", "pptx"))
    lang = _code_of(planner)
    added = 0
    for n in range(count * 3):
        if added >= count:
            break
        pick = n % 6
        path: str | None
        if pick in (0, 3):
            moment = _moment(planner, 40)
            name = screenshot_name(str(planner.policy.get("os")), moment, lang,
                                   str(planner.profile.get("country", "")))
            path = _add_raw(planner, folder if n % 2 else shots_folder, name, "png",
                            "screenshot", say(lang, "screenshot"),
                            "A screenshot taken to share or keep", _some_project(planner), [],
                            moment.date())
            if path and not path.startswith(folder):
                continue  # in Pictures/Screenshots: not on the Desktop
        elif pick == 1 and originals:
            path = duplicate(planner, rng.choice(originals), folder, number=rng.randint(1, 2))
        elif pick == 2:
            when = planner.today - timedelta(days=rng.randint(0, 30))
            kind = rng.choice(("txt", "txt", "md", "docx", "xlsx"))
            strays = choices(lang, "stray")
            title = rng.choice(strays)
            if kind == "xlsx" and title == strays[1]:  # "untitled": Excel's own name
                title = say(lang, "new_workbook")
            genre = {"xlsx": "price_comparison", "docx": "memo"}.get(kind, "notes")
            path = _add_raw(planner, folder, f"{title} {n}.{kind}" if n > 6 else f"{title}.{kind}",
                            kind, genre, title[:1].upper() + title[1:], "Something jotted down "
                            "and never filed", _some_project(planner), [], when)
        elif pick == 4 and originals:
            original = rng.choice([p for p in originals if p.endswith(".xlsx")] or originals)
            path = copy_of(planner, original, folder) if original.endswith(".xlsx") \
                else duplicate(planner, original, folder)
        else:
            path = _photo(planner, folder, "whiteboard")
        added += path is not None


def _some_project(planner: _Planner) -> str | None:
    """What a screenshot or a photo shows: mostly the work the persona stated."""
    return planner.filler_project()


def _downloads(planner: _Planner, count: int) -> None:
    """Invoices, exports, '(1)' re-downloads, a zip of attachments."""
    home, rng = planner.home, planner.rng
    folder = f"{home}/Downloads"
    projects = planner.profile.get("current_projects") or [{}]
    lang = _code_of(planner)
    invoices: list[str] = []
    for n in range(count):
        project = projects[n % len(projects)]
        code, counterpart = project.get("code"), str(project.get("counterpart") or "Supplier")
        when = planner.today - timedelta(days=rng.randint(1, 120))
        pick = n % 5
        path: str | None
        if pick in (0, 2):
            number = rng.randint(1000, 9999)
            word = say(lang, "invoice")
            name = rng.choice((f"{word}_{clean_title(counterpart).replace(' ', '_')}_{number}",
                               f"{say(lang, 'invoice_code')}-{when.year}-{number}",
                               f"{word.lower()} {number}"))
            path = _add_raw(planner, folder, f"{name}.pdf", "pdf", "invoice",
                            f"{word} {counterpart} {number}", "An invoice downloaded to "
                            "check and forward", code, [], when)
            if path:
                invoices.append(path)
        elif pick == 1:
            stamp = when.strftime(rng.choice(("%Y-%m-%d", "%Y%m%d")))
            export, title = say(lang, "export"), say(lang, "export_title", code=code or "")
            name = rng.choice((f"{export}_{stamp}", f"{say(lang, 'report')}_{stamp}", export,
                               say(lang, "data")))
            path = _add_raw(planner, folder, f"{name}.csv", "csv", "data_export", title,
                            "A data export from a work system", code, [], when)
            if path is None:
                path = _add_raw(planner, folder, f"{name} ({n}).csv", "csv", "data_export",
                                title, "A data export from a work system", code, [], when)
        elif pick == 3 and invoices:
            path = duplicate(planner, rng.choice(invoices), folder, number=1)
        else:
            kind = rng.choice(("docx", "pdf", "xlsx"))
            genre = {"docx": "letter", "pdf": "guide", "xlsx": "price_comparison"}[kind]
            key = {"docx": "letter_from", "pdf": "brochure", "xlsx": "price_list"}[kind]
            title = say(lang, key, who=counterpart)
            path = _add_raw(planner, folder, f"{clean_title(title)}.{kind}", kind, genre, title,
                            "A file received by e-mail and left in Downloads", code, [], when)


def _photo(planner: _Planner, folder: str, shows: str) -> str | None:
    number = planner.rng.randint(1000, 9999)
    when = planner.today - timedelta(days=planner.rng.randint(0, 200))
    # the purpose says what it shows (the content generator reads it), the title says it in
    # the user's language
    return _add_raw(planner, folder, f"IMG_{number}.png", "png", "photo",
                    say(_code_of(planner), f"photo_{shows}"), f"A phone photo of a {shows}",
                    _some_project(planner), [], when)


def _photos(planner: _Planner) -> None:
    folder = f"{planner.home}/Pictures"
    for shows in ("whiteboard", "site", "product")[: 1 + planner.rng.randint(0, 2)]:
        _photo(planner, folder, shows)


def _mail(planner: _Planner) -> None:
    """A few messages saved out of the mail client: on the Desktop if untidy, else filed."""
    folder = f"{planner.home}/" + ("Desktop" if not planner.tidy
                                   else planner.place("Documents/folder_mail"))
    lang = _code_of(planner)
    for project in (planner.profile.get("current_projects") or [])[:3]:
        counterpart = str(project.get("counterpart") or "partner")
        prefix = say(lang, planner.rng.choice(("re", "fw", "re")))
        subject = f"{prefix}: {project.get('name', counterpart)}"
        when = planner.today - timedelta(days=planner.rng.randint(1, 45))
        _add_raw(planner, folder, f"{clean_title(subject)}.eml", "eml", "email",
                 subject, f"A message from {counterpart} kept for reference",
                 project.get("code"), [], when)


def _archives(planner: _Planner) -> None:
    """Old work packed away: last year's files when kept, and an old project or two."""
    home, year = planner.home, planner.today.year
    folder = f"{home}/{planner.place('Documents/folder_archive')}"
    lang = _code_of(planner)
    old = [n["path"] for n in planner.nodes if n["path"].startswith(f"{folder}/{year - 1}/")]
    if old:
        _add_raw(planner, folder, f"{year - 1}.zip", "zip", "archive",
                 say(lang, "archive_year", year=year - 1),
                 "Last year's files packed away", None, old,
                 date(year, 1, planner.rng.randint(5, 25)))
    for n in range(1 + round(float(planner.policy.get("tidiness", 0.5)) * 2)):
        when = date(year - 1 - n, planner.rng.randint(1, 12), planner.rng.randint(1, 28))
        name = file_name(planner.naming, say(lang, "old_project", year=year - 1 - n), "zip")
        _add_raw(planner, folder, name, "zip", "archive",
                 say(lang, "project_archive", year=year - 1 - n),
                 "A finished project's files, zipped", None, [], when)


def _technical(profile: dict[str, Any]) -> bool:
    role = str(profile.get("role", "")).lower()
    return profile.get("domain") in _TECHNICAL or any(w in role for w in _TECHNICAL_WORDS)


def _code(planner: _Planner) -> None:
    """A script and a config or data file, where technical people keep them."""
    folder = f"{planner.home}/Documents/scripts"
    when = planner.today - timedelta(days=planner.rng.randint(5, 60))
    project = _some_project(planner)
    _add_raw(planner, folder, "summarise_export.py", "py", "script", "Summarise export",
             "A script that totals a data export", project, [], when)
    _add_raw(planner, folder, "config.json", "json", "config", "Config",
             "Settings of the script", project, [], when)
    _add_raw(planner, folder, "sample_metrics.json", "json", "metrics_json", "Sample metrics",
             "A sample of metrics as a system returns them", project, [], when)
