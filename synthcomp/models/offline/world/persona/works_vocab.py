"""Words the stated-work reader looks for: work verbs per language, and the nouns that change
how a piece of work is named ("preparing a CQC inspection" -> "CQC inspection preparation")."""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The words of a space-separated list (vocabulary lists read better as one string)."""
    return frozenset(text.split())


# English verbs of stated work (base forms; "apply for" keeps its particle). Verbs of interest
# or identity ("is interested in", "specializes in", "works") are not work and are left out.
EN_VERBS: tuple[str, ...] = (
    "prepare", "prepare for", "get ready for", "run", "teach", "manage", "lead", "organise",
    "organize", "plan", "write", "launch", "build", "coordinate", "develop", "oversee", "draft",
    "negotiate", "review", "deliver", "design", "supervise", "handle", "track", "migrate",
    "digitise", "digitize", "apply for", "chase", "recruit", "monitor", "cover", "maintain",
    "train", "set up", "roll out", "open", "produce", "ship", "coach", "mentor", "restore",
    "pilot", "implement", "audit", "investigate", "represent", "defend", "file", "price",
    "treat", "care for", "translate", "edit", "rebuild", "redesign", "renovate", "convert",
    "analyse", "analyze", "book", "balance", "process", "sell", "lease", "advise", "support",
    "raise", "curate", "host", "install", "repair", "test", "report on", "work on", "finish",
    "complete", "submit", "upgrade", "expand", "operate", "direct", "compile", "prosecute",
    "litigate", "defend", "stage", "rehearse", "record", "publish", "fundraise for", "assess",
    "inspect", "survey", "schedule", "onboard", "close", "reconcile", "forecast", "budget for",
    "tender", "procure", "source", "order", "stock", "sort out", "clean up", "modernise",
    "modernize", "automate", "refactor", "document", "map", "catalogue", "catalog", "conduct",
    "adjust", "supervise", "look after", "set", "tutor", "lecture", "care for",
)

_DOUBLED = frozenset({"run", "plan", "set", "ship", "stop", "map", "chat", "shop", "put"})


def english_forms(base: str) -> tuple[str, ...]:
    """'prepare' -> prepare, prepares, preparing, prepared; particles stay ('applying for')."""
    verb, _, particle = base.partition(" ")
    tail = f" {particle}" if particle else ""
    if verb in _DOUBLED:
        ing, past = verb + verb[-1] + "ing", verb + verb[-1] + "ed"
    elif verb.endswith("ie"):
        ing, past = verb[:-2] + "ying", verb + "d"
    elif verb.endswith("e") and not verb.endswith("ee"):
        ing, past = verb[:-1] + "ing", verb + "d"
    else:
        ing, past = verb + "ing", verb + "ed"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        third = verb[:-1] + "ies"
    elif verb.endswith(("s", "sh", "ch", "x", "o")):
        third = verb + "es"
    else:
        third = verb + "s"
    irregular = {"teach": "taught", "lead": "led", "write": "written", "build": "built",
                 "sell": "sold", "oversee": "overseen", "run": "ran"}
    past = irregular.get(verb, past)
    return tuple(f"{form}{tail}" for form in (verb, third, ing, past))


# Stems of French, Spanish, Portuguese and Italian work verbs (matched at a word start).
ROMANCE_VERBS: tuple[str, ...] = (
    "prépar", "gère", "gèr", "gérant", "dirig", "rédig", "organis", "coordonn", "suit ",
    "tient", "enseign", "lanc", "développ", "supervis", "pilot", "négoci", "accompagn",
    "anim", "représent", "défend", "conçoit", "conseill", "plaid", "monte ", "ouvr",
    "prepar", "gestion", "coordin", "organiz", "supervis", "asesor", "enseñ", "imparte",
    "desarroll", "negoci", "redact", "elabor", "lleva ", "represent", "defiend", "dirige",
    "planific", "gerencia", "coordena", "analisa", "ensina", "desenvolv", "redige",
    "cuida", "organizz", "gestisc", "insegn", "svilupp", "rived", "negozi", "tiene ",
    "monitor", "implement", "lança", "lanza",
)

# German work verbs (finite forms, usually at the end of a relative clause).
DE_VERBS: frozenset[str] = word_set(
    "vorbereitet bereitet leitet betreut verantwortet plant organisiert koordiniert entwickelt "
    "führt unterrichtet migriert verhandelt schreibt prüft aufbaut einführt managt steuert "
    "erstellt überwacht verwaltet berät vertritt baut startet launcht lehrt trainiert "
    "digitalisiert modernisiert beantragt übersetzt lektoriert produziert")

# Chinese and Japanese work verbs (longest first, so 正在筹备 wins over 筹备).
ZH_VERBS: tuple[str, ...] = (
    "正在筹备", "正在准备", "正在申请", "正在开发", "负责", "筹备", "准备", "申请", "管理", "经营",
    "组织", "开发", "带领", "教授", "讲授", "策划", "推进", "改进", "优化", "制定", "撰写", "运营",
    "主持", "代理", "处理", "审核", "协调", "指导", "发行", "上线",
)
JA_VERBS: tuple[str, ...] = (
    "を担当", "を準備", "の準備", "を行って", "を行う", "に取り組", "を進めて", "を企画",
    "を管理", "を運営", "を指導", "を教え", "を開発", "をまとめ", "を作成", "を計画",
    "に向けて準備", "に向けた準備", "に備えて", "に対応して", "を準備中",
)

# What a piece of work is about decides its name: preparing an inspection is its preparation;
# running a clinic is its operations.
EVENT_NOUNS: frozenset[str] = word_set(
    "inspection inspections audit audits visit accreditation certification assessment review "
    "evaluation exam examination hearing trial tribunal interview")
ORG_NOUNS: frozenset[str] = word_set(
    "clinic practice shop store studio restaurant farm herd kitchen bakery lab laboratory "
    "office centre center cafe café bar hotel salon pharmacy surgery workshop")
