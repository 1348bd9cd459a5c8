"""Kinds of work and the files each one leaves: a tribunal case is not a tender.

A project's own words ("preparing three tribunal cases", "teaches a night class") pick a family;
the family adds the files that kind of work produces (submissions and a list of exhibits for a
case, a syllabus and a grade book for a class) to the files every project has (a brief, a
budget, a plan, minutes, a report). Keywords cover the languages the phrasebooks write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from synthcomp.text import ascii_fold

# A bundle entry: (slot, genre, kind, folder word key, title word key, depends on slots).
Entry = tuple[str, str, str, str, str, tuple[str, ...]]

CORE: tuple[Entry, ...] = (
    ("brief", "brief", "docx", "", "title_brief", ()),
    ("budget", "budget", "xlsx", "folder_budget", "title_budget", ()),
    ("tracker", "tracker", "xlsx", "folder_planning", "title_tracker", ()),
    ("kickoff", "minutes", "docx", "folder_meetings", "title_kickoff", ("brief",)),
    ("sync", "minutes", "md", "folder_meetings", "title_sync", ("tracker",)),
    ("report", "report", "docx", "folder_reports", "title_report", ("budget", "tracker")),
    ("report_pdf", "report", "pdf", "folder_reports", "title_report", ("report",)),
    ("deck", "status_deck", "pptx", "folder_presentations", "title_deck", ("report", "budget")),
    ("notes", "notes", "md", "", "title_notes", ("kickoff",)),
    ("email", "email_draft", "txt", "", "title_email", ("brief",)),
)

# What projects that buy, build or contract for something also keep.
COMMERCIAL: tuple[Entry, ...] = (
    ("quote", "quote", "pdf", "folder_contracts", "title_quote", ()),
    ("compare", "price_comparison", "xlsx", "folder_budget", "title_compare", ("quote", "budget")),
    ("contract", "contract", "pdf", "folder_contracts", "title_contract", ("quote",)),
    ("memo", "memo", "docx", "folder_budget", "title_memo", ("budget", "compare")),
    ("risks", "risk_register", "xlsx", "folder_planning", "title_risks", ("brief",)),
    ("data", "data_export", "csv", "folder_data", "title_data", ()),
    ("kpi", "kpi_dashboard", "xlsx", "folder_reporting", "title_kpi", ("data",)),
    ("requirements", "requirements", "docx", "folder_specs", "title_requirements", ("brief",)),
)


@dataclass(frozen=True)
class Family:
    """One kind of work: the words that name it and the files it adds to the core bundle."""

    key: str
    keywords: tuple[str, ...]
    files: tuple[Entry, ...]
    # The file whose title names the next milestone (a hearing, an inspection, a launch day).
    milestone: str
    sentences: str


FAMILIES: tuple[Family, ...] = (
    Family("case", (
        "tribunal", "case", "cases", "litigation", "lawsuit", "hearing", "court", "claim",
        "dispute", "appeal", "prud'hom", "prudhom", "contentieux", "audience", "litige",
        "juicio", "demanda", "pleito", "processo judicial", "acao judicial", "klage", "prozess",
        "verfahren", "gericht", "案件", "诉讼", "仲裁", "庭审", "訴訟", "裁判", "審判"),
        (("chronology", "chronology", "docx", "folder_specs", "title_chronology", ()),
         ("submissions", "submissions", "docx", "", "title_submissions", ("chronology",)),
         ("exhibits", "exhibits", "docx", "", "title_exhibits", ("chronology",)),
         ("hearing", "hearing", "docx", "folder_meetings", "title_hearing", ("submissions",)),
         ("client_letter", "letter", "docx", "folder_contracts", "title_client_letter", ()),
         ("fee_note", "fee_note", "pdf", "folder_budget", "title_fee_note", ())),
        "title_hearing", "case"),
    Family("inspection", (
        "inspection", "audit", "accreditation", "certification", "compliance", "cqc", "ofsted",
        "regulator", "inspecao", "auditoria",
        "certificacao", "acreditacao", "acreditacion", "certificacion", "controle",
        "pruefung", "prufung", "begehung", "zertifizierung", "审核", "检查", "认证", "監査",
        "検査", "認証"),
        (("self_assessment", "self_assessment", "docx", "folder_reports", "title_self_assessment",
          ()),
         ("evidence_log", "evidence_log", "xlsx", "folder_data", "title_evidence_log", ()),
         ("action_plan", "action_plan", "xlsx", "folder_planning", "title_action_plan",
          ("evidence_log",)),
         ("mock_report", "mock_report", "docx", "folder_reports", "title_mock_report",
          ("self_assessment", "evidence_log"))),
        "title_mock_report", "inspection"),
    Family("launch", (
        "launch", "release", "rollout", "roll-out", "go-live", "early access", "opening",
        "campaign", "lancement", "sortie", "lanzamiento", "estreno", "lancamento", "markteinfuhrung",
        "einfuhrung", "上线", "发布", "发行", "首发", "ローンチ", "発売", "リリース", "公開"),
        (("launch_plan", "launch_plan", "docx", "folder_planning", "title_launch_plan", ()),
         ("checklist", "checklist", "xlsx", "folder_planning", "title_checklist", ("launch_plan",)),
         ("calendar", "calendar", "xlsx", "folder_planning", "title_calendar", ()),
         ("copy", "announcement", "docx", "folder_presentations", "title_copy", ("launch_plan",)),
         ("data", "data_export", "csv", "folder_data", "title_data", ())),
        "title_launch_plan", "launch"),
    Family("teaching", (
        "class", "course", "teach", "teaches", "teaching", "lesson", "students", "pupils",
        "curriculum", "workshop", "seminar", "lecture", "coach", "coaching", "tutor", "cours",
        "enseigne", "eleves", "etudiants", "formation", "clase", "curso", "alumnos", "ensena",
        "aula", "alunos", "ensina", "unterricht", "kurs",
        "kursreihe", "lehrgang", "schuler", "lehrt", "seminar", "课程",
        "教学", "学生", "讲课", "授業", "講義", "学生", "研修"),
        (("syllabus", "syllabus", "docx", "", "title_syllabus", ()),
         ("lesson", "lesson_plan", "docx", "folder_notes", "title_lesson_plan", ("syllabus",)),
         ("gradebook", "gradebook", "xlsx", "", "title_gradebook", ()),
         ("attendance", "attendance", "xlsx", "", "title_attendance", ()),
         ("handout", "handout", "pdf", "folder_notes", "title_handout", ("syllabus",))),
        "title_syllabus", "teaching"),
    Family("care", (
        "clinic", "patients", "patient", "animals", "wildlife", "rehabilitation", "ward",
        "pharmacy", "pharmacist", "veterinar", "nursing", "care home", "therapy", "clinique",
        "patients", "soins", "clinica", "pacientes", "cuidados", "klinik", "patienten",
        "pflege", "praxis", "诊所", "患者", "病人", "护理", "クリニック", "患者", "看護", "介護"),
        (("case_log", "case_log", "xlsx", "folder_data", "title_case_log", ()),
         ("protocol", "protocol", "docx", "folder_specs", "title_protocol", ()),
         ("supplies", "supplies_order", "xlsx", "folder_budget", "title_supplies", ()),
         ("intake", "intake", "docx", "", "title_intake", ("protocol",))),
        "title_protocol", "care"),
    Family("research", (
        "research", "study", "thesis", "grant", "trial", "survey", "phd", "postdoc",
        "recherche", "etude", "these", "investigacion", "estudio", "tesis", "pesquisa",
        "estudo", "forschung", "studie", "研究", "论文", "课题", "論文", "調査"),
        (("grant", "grant", "docx", "", "title_grant", ()),
         ("literature", "literature", "md", "folder_notes", "title_literature", ()),
         ("dataset", "data_export", "csv", "folder_data", "title_dataset", ()),
         ("manuscript", "manuscript", "docx", "", "title_manuscript", ("literature", "dataset"))),
        "title_manuscript", "research"),
    Family("event", (
        "event", "conference", "festival", "wedding", "fair", "tournament", "competition",
        "season", "gala", "evenement", "salon", "congres", "evento", "congreso", "feria",
        "veranstaltung", "messe", "konferenz", "turnier", "活动", "会议", "展会", "比赛",
        "イベント", "展示会", "大会"),
        (("run_sheet", "run_sheet", "xlsx", "folder_planning", "title_run_sheet", ()),
         ("guests", "contacts", "csv", "", "title_guest_list", ()),
         ("vendors", "price_comparison", "xlsx", "folder_budget", "title_vendors", ()),
         ("quote", "quote", "pdf", "folder_contracts", "title_quote", ())),
        "title_run_sheet", "event"),
)


def family_of(text: str) -> Family | None:
    """The family whose keywords the text names most, or None (a generic project)."""
    folded = " " + ascii_fold(text).lower() + " "
    raw = text.lower()
    best: tuple[int, Family | None] = (0, None)
    for family in FAMILIES:
        score = sum(1 for word in family.keywords
                    if (_names(word, folded) if word.isascii() else word in raw))
        if score > best[0]:
            best = (score, family)
    return best[1]


def _names(word: str, folded: str) -> bool:
    """Whether the folded text holds the keyword as a word (or its plural); a keyword of seven
    letters or more is a stem ('prud'hom', 'veterinar'), so 'process' is not 'proces'."""
    ending = "" if len(word) >= 7 else r"(?:s|es)?(?![a-z])"
    return re.search(rf"(?<![a-z]){re.escape(word)}{ending}", folded) is not None


def bundle_for(family: Family | None) -> tuple[Entry, ...]:
    """The files a project of this family keeps: the core, then its own (or commercial) files."""
    if family is None:
        return CORE + COMMERCIAL
    return CORE + family.files
