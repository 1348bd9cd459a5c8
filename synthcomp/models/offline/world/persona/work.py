"""The work a persona says it does: each clause becomes one project, named in its own words.

"...running a small rehabilitation clinic in rural Montana who also teaches a night class at the
community college" states two pieces of work: ("running", "a small rehabilitation clinic") and
("teaches", "a night class at the community college"). A clause starts at a work verb (in
English, French, Spanish, Portuguese, Italian; German clauses end with theirs; Chinese and
Japanese clauses are split on their punctuation and verbs) and ends at the next clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from synthcomp.models.offline.vocab.matching import fold
from synthcomp.models.offline.world.persona.role import PLACE_WORDS
from synthcomp.models.offline.world.persona.works_vocab import (
    DE_VERBS,
    EN_VERBS,
    EVENT_NOUNS,
    JA_VERBS,
    ORG_NOUNS,
    ROMANCE_VERBS,
    ZH_VERBS,
    english_forms,
    word_set,
)


@dataclass(frozen=True)
class StatedWork:
    """One piece of work in the persona's words: the whole clause, its verb and its object."""

    clause: str
    verb: str
    object: str
    name: str


_EN_FORMS: dict[str, str] = {form: base for base in EN_VERBS for form in english_forms(base)}
_EN_VERB = re.compile(
    r"\b(" + "|".join(sorted((re.escape(f) for f in _EN_FORMS), key=len, reverse=True))
    + r")\b", re.IGNORECASE)
# Words after which a verb form is a verb ("who runs", "is preparing", "and teaches"), not a
# noun ("a night class", "the launch", "regression tests").
_SUBJECT = word_set("who that which and also is are currently now then busy actively she he "
                     "they been to while by after whilst still both mainly mostly")
_NOT_BEFORE_GERUND = word_set("a an the of for in on at with his her their its our my this "
                               "that these those some any")
_ROMANCE_VERB = re.compile(
    r"(?<![\w'])(?:qui|que|che|et|e|y|tout en|en)\s+(?:(?:también|aussi|também|anche|ne|se|"
    r"s'|est|está|sta|en train de|actuellement|actualmente|atualmente|ahora|agora)\s+)*("
    + "|".join(sorted(ROMANCE_VERBS, key=len, reverse=True)) + r")[\w-]*", re.IGNORECASE)
_BOUNDARY = re.compile(
    r"\s*(?:[,.](?!\d)|[;:!?()]|\s-\s|\s(?:who|which|while|whilst|where|but|whose|qui|que|che|où|"
    r"donde|onde|mais|pero|mas|ma|mientras|enquanto|pendant que|tout en)\s)", re.IGNORECASE)
_ARTICLE = re.compile(
    r"^(?:(?:a|an|the|his|her|their|its|our|my|own|small|un|une|le|la|les|l'|des|du|ses|"
    r"son|sa|leur|leurs|el|los|las|una|su|sus|o|os|as|um|uma|seu|sua|seus|suas|il|lo|gli|i|"
    r"propio|propia|propre|próprio|própria|proprio|propria|eigene[nmrs]?|"
    r"der|die|das|den|dem|ein|eine|einen|einem|einer|seine|ihre)\s+|l')+", re.IGNORECASE)
_PLACE_TAIL = re.compile(
    r"\s+(?:in|near|outside|around|from across|across|from|throughout|based in|à|en|em|no|na|"
    r"près de|cerca de|perto de|a|nel|nella|in der|im)\s+(?:(?:rural|urban|downtown|northern|"
    r"southern|eastern|western|central|the)\s+)*[A-ZÀ-Ý][\w'.-]*(?:[\s,]+[A-ZÀ-Ý][\w'.-]*)*\s*$")
_AND = re.compile(r"\s+(?:and|et|y|e|und|as well as)\s+", re.IGNORECASE)


def _clean(obj: str) -> str:
    obj = _PLACE_TAIL.sub("", obj.strip(" ,.;:"))
    obj = _ARTICLE.sub("", obj)
    return obj.strip(" ,.;:")


def _english_name(verb: str, obj: str) -> str:
    words = obj.split()
    head = re.sub(r"\W", "", words[-1].lower()) if words else ""
    if verb in ("prepare", "prepare for", "get ready for") and head in EVENT_NOUNS:
        return f"{obj} preparation"
    if verb in ("run", "manage", "oversee", "operate") and head in ORG_NOUNS:
        return f"{obj} operations"
    if verb in ("apply for",):
        return f"{obj} application"
    return obj


def _split_objects(obj: str) -> list[str]:
    """'court filings and case files' -> two objects when each part has two words or more;
    'the budget and supply contracts' stays one (a one-word part is not work of its own)."""
    parts = [_clean(p) for p in _AND.split(obj) if p.strip()]
    if len(parts) > 1 and all(len(p.split()) >= 2 for p in parts):
        return parts
    return [obj]


def _short(name: str) -> str:
    """A project name people say: a long object is cut before its first preposition after
    the second word ('Budget and supply contracts of a 300-bed hospital' -> '... contracts')."""
    words = name.split()
    if len(words) > 6:
        words = _cut(words)
    while len(words) > 1 and words[-1].lower() in _DANGLING:
        words = words[:-1]
    return " ".join(words)


_DANGLING = word_set("and the a an of for to during with et la le les de des du y e el los las "
                     "und die der das con com da do")


def _cut(words: list[str]) -> list[str]:
    for index in range(2, len(words)):
        if words[index].lower() in {"of", "for", "at", "with", "to", "from", "on", "de", "du",
                                    "des", "pour", "para", "für", "von", "con", "com", "del"}:
            return words[:index]
    return words[:6]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _english_verbs(persona: str, role_end: str) -> list[re.Match[str]]:
    """Verb forms used as verbs: after a subject word ('who runs'), or a gerund right after the
    role, a place or a comma ('veterinarian running', 'in Austin, preparing')."""
    verbs = []
    for match in _EN_VERB.finditer(persona):
        before = persona[:match.start()].rstrip()
        previous = before.split()[-1].lower() if before.split() else ""
        form = match.group(1).lower().split()[0]
        gerund = form.endswith("ing") and previous not in _NOT_BEFORE_GERUND and (
            previous == role_end or before.endswith(",") or fold(previous) in PLACE_WORDS)
        if previous in _SUBJECT or gerund:
            verbs.append(match)
    return verbs


def _english(persona: str, role: str) -> list[StatedWork]:
    works: list[StatedWork] = []
    role_end = role.split()[-1].lower() if role.split() else ""
    matches = _english_verbs(persona, role_end)
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(persona)
        rest = persona[match.end():end]
        stop = _BOUNDARY.search(rest)
        rest = rest[:stop.start()] if stop else rest
        rest = re.sub(r"\s+(?:and|is|are|also|who|and is|and also)\s*$", "", rest)
        rest = re.sub(r"\s+(?:and|is|are|also)\s*$", "", rest)
        verb = _EN_FORMS[match.group(1).lower()]
        for obj in _split_objects(_clean(rest)):
            obj = _clean(obj)
            if len(obj) < 3 or len(obj.split()) > 16:
                continue
            clause = f"{match.group(1)} {rest.strip()}".strip()
            works.append(StatedWork(clause, verb, obj, _capital(_short(_english_name(verb, obj)))))
    return works


def _romance(persona: str) -> list[StatedWork]:
    works: list[StatedWork] = []
    for match in _ROMANCE_VERB.finditer(persona):
        rest = persona[match.end():]
        stop = _BOUNDARY.search(rest)
        rest = rest[:stop.start()] if stop else rest
        nxt = _ROMANCE_VERB.search(rest)
        rest = rest[:nxt.start()] if nxt else rest
        rest = re.sub(r"\s+(?:et|y|e)\s*$", "", rest)
        for obj in _split_objects(_clean(rest)):
            obj = _clean(obj)
            if len(obj) >= 3 and len(obj.split()) <= 14:
                clause = persona[match.start(1):match.end() + len(rest)].strip()
                works.append(StatedWork(clause, match.group(1).lower(), obj,
                                          _capital(_short(obj))))
    return works


_DE_SKIP = word_set("der die das welche welcher gerade derzeit aktuell zurzeit momentan auch "
                    "noch vor sich um er sie")


def _german(persona: str) -> list[StatedWork]:
    """Relative clauses with a work verb, usually last: ', die die Ausschreibung für
    Medizinprodukte vorbereitet' -> 'Ausschreibung für Medizinprodukte'."""
    works: list[StatedWork] = []
    for clause in re.split(r"[,;.](?!\d)", persona)[1:]:
        words = clause.split()
        verbs = [w for w in words if w.lower() in DE_VERBS]
        if not verbs:
            continue
        if words and words[0].lower() in _DE_SKIP:
            words = words[1:]
        kept = [w for w in words if w not in verbs and w.lower() not in _DE_SKIP - {"die", "das",
                                                                                  "der"}]
        for part in _split_objects(_clean(" ".join(kept))):
            part = _clean(part)
            if len(part) >= 3:
                said = re.sub(r"^(?:der|die|das|welche[rs]?)\s+", "", clause.strip())
                works.append(StatedWork(said, verbs[-1], part, _capital(_short(part))))
    return works


def _chinese(persona: str) -> list[StatedWork]:
    """Clauses after the first (which names the person) that hold a work verb: '负责支付系统的
    性能优化', '正在申请有机认证并改进采摘计划' (split on 并)."""
    works: list[StatedWork] = []
    for clause in re.split(r"[，,。；;！]", persona)[1:]:
        for part in re.split(r"并且|并|同时|还要|还", clause):
            part = part.strip()
            verb = next((v for v in ZH_VERBS if v in part), "")
            obj = re.sub(r"^(?:的|了|着)", "", part.split(verb, 1)[1]).strip() if verb else ""
            if len(obj) >= 2:
                # 负责/筹备/准备 name the work by its object; other verbs are part of the work.
                name = obj if verb.replace("正在", "") in ("负责", "筹备", "准备") else \
                    verb.replace("正在", "") + obj
                works.append(StatedWork(part, verb, obj, name))
    return works


def _japanese(persona: str) -> list[StatedWork]:
    """Objects before a work verb: '病棟のシフト管理と新人看護師の教育を担当している' gives two
    (split on と)."""
    works: list[StatedWork] = []
    for clause in re.split(r"[、。；！]", persona):
        verb = next((v for v in JA_VERBS if v in clause), "")
        if not verb:
            continue
        before = clause.split(verb, 1)[0]
        # '…の立入検査に向けて準備している': the work is what it prepares for.
        before = re.sub(r"(?:に向けて|に向けた|のための|のため|に)$", "", before)
        before = re.sub(r"^(?:来月|今月|来週|今週|来年|今年|年内|年度末)の", "", before)
        before = re.sub(r"(?:を|の|に|が)$", "", before)
        before = before.rsplit("で", 1)[-1] if "で" in before[:-2] else before
        for obj in before.split("と"):
            obj = obj.strip()
            if len(obj) >= 2:
                works.append(StatedWork(clause, verb, obj, obj))
    return works


def read_work(persona: str, language: str, role: str = "") -> list[StatedWork]:
    """The stated work of the persona, in order, without repeats (at most five)."""
    if language == "zh":
        works = _chinese(persona)
    elif language == "ja":
        works = _japanese(persona)
    elif language == "de":
        works = _german(persona)
    elif language in ("fr", "es", "pt", "it"):
        works = _romance(persona)
    else:
        works = _english(persona, role)
    seen: set[str] = set()
    unique: list[StatedWork] = []
    for work in works:
        if work.name.lower() not in seen:
            seen.add(work.name.lower())
            unique.append(work)
    return unique[:5]
