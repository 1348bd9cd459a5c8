"""The user's name: from the country's Faker locale, in native script for Chinese and Japanese
working languages (王伟, 佐藤 花子), with an ASCII form for the e-mail address and home folder."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from faker.providers.person.ja_JP import Provider as JapaneseNames

from synthcomp.models.offline.people import faker_for, person_name
from synthcomp.text import ascii_fold

# Common Chinese surnames and given names with their pinyin (Faker's romanized lists are not
# aligned with its Han lists, so the pairs are kept here).
_ZH_SURNAMES: tuple[tuple[str, str], ...] = (
    ("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
    ("黄", "Huang"), ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"),
    ("马", "Ma"), ("朱", "Zhu"), ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("林", "Lin"),
    ("罗", "Luo"), ("高", "Gao"), ("郑", "Zheng"), ("梁", "Liang"), ("谢", "Xie"), ("唐", "Tang"),
)
_ZH_GIVEN: tuple[tuple[str, str], ...] = (
    ("伟", "Wei"), ("芳", "Fang"), ("娜", "Na"), ("敏", "Min"), ("静", "Jing"), ("丽", "Li"),
    ("强", "Qiang"), ("磊", "Lei"), ("军", "Jun"), ("洋", "Yang"), ("勇", "Yong"), ("艳", "Yan"),
    ("杰", "Jie"), ("涛", "Tao"), ("明", "Ming"), ("超", "Chao"), ("秀英", "Xiuying"),
    ("建华", "Jianhua"), ("晓明", "Xiaoming"), ("思远", "Siyuan"), ("雨婷", "Yuting"),
    ("子涵", "Zihan"), ("浩然", "Haoran"), ("欣怡", "Xinyi"), ("志强", "Zhiqiang"),
)


@dataclass(frozen=True)
class PersonName:
    """A display name and its ASCII parts (for e-mail and folders); ``last`` in display script."""

    display: str
    first_ascii: str
    last_ascii: str
    last: str


_FEMININE_ARTICLE = re.compile(r"^(?:una|uma|une|eine|la|a)\s", re.IGNORECASE)
_MASCULINE_ARTICLE = re.compile(r"^(?:un|um|ein|el|le|il|o)\s", re.IGNORECASE)
_FEMININE_ENDING = re.compile(r"(?:ora|ada|ista|ria|ica|ina|essa|euse|rice|ière|ienne|ine|"
                              r"ante|ate|erin|rin|[^s]tin|in)$")


def gender_of(persona: str, role: str, language: str) -> str:
    """'female', 'male' or '' from what the persona's words mark: an article or a title's
    ending in languages with grammatical gender ("Una abogada", "Tierärztin"), pronouns in
    English ("she", "his")."""
    head = role.split()[0].lower() if role.split() else ""
    if language in ("fr", "es", "pt", "it", "de"):
        if _FEMININE_ARTICLE.match(persona):
            return "female"
        if language == "de" and _FEMININE_ENDING.search(head) and head.endswith("in"):
            return "female"
        if _MASCULINE_ARTICLE.match(persona):
            return "male"
        return "female" if language != "de" and _FEMININE_ENDING.search(head) else ""
    words = set(re.findall(r"[a-z]+", persona.lower()))
    if words & {"she", "her", "hers", "herself"}:
        return "female"
    if words & {"he", "his", "him", "himself"}:
        return "male"
    return ""


def person(country: str, language: str, locale: str, seed: int,
           gender: str = "") -> PersonName:
    """A name that fits the country (and the persona's gender when its words mark one); native
    script when the working language is Chinese or Japanese, else Latin script from the
    country's Faker locale."""
    rng = random.Random(f"name:{seed}")
    if language == "Chinese":
        (last, last_py), (first, first_py) = rng.choice(_ZH_SURNAMES), rng.choice(_ZH_GIVEN)
        return PersonName(f"{last}{first}", first_py, last_py, last)
    if language == "Japanese":
        index = rng.randrange(len(JapaneseNames.last_names))
        female = gender == "female" or (not gender and rng.random() < 0.5)
        firsts = JapaneseNames.first_names_female if female else JapaneseNames.first_names_male
        romans = (JapaneseNames.first_romanized_names_female if female
                  else JapaneseNames.first_romanized_names_male)
        pick = rng.randrange(min(len(firsts), len(romans)))
        last = JapaneseNames.last_names[index]
        return PersonName(f"{last} {firsts[pick]}", romans[pick],
                          JapaneseNames.last_romanized_names[index], last)
    first, last = person_name(locale, country, seed)
    if gender and country not in ("China", "Japan", "Taiwan"):
        fake = faker_for(locale, seed)
        first = fake.first_name_female() if gender == "female" else fake.first_name_male()
    return PersonName(f"{first} {last}", ascii_fold(first), ascii_fold(last), last)
