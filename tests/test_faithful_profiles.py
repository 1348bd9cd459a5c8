"""Offline profiles that keep the persona's own words: role, place, employer, stated work, language.

The personas below are not the ones the vocabularies were written from (except the five of
issue 16): each test checks what the persona says survives into the profile.
"""

from __future__ import annotations

import logging
import re
from types import SimpleNamespace
from typing import Any

import pytest

from synthcomp.graphs.world_builder import user_profile as profile_node
from synthcomp.models.context import WorldContext
from synthcomp.models.offline.vocab.places import US_STATES
from synthcomp.models.offline.world.profile import filesystem_policy, user_profile
from synthcomp.schemas import UserProfile

MONTANA = ("A wildlife veterinarian running a small rehabilitation clinic in rural Montana who "
           "also teaches a night class at the community college")
GLASSBLOWER = "A glassblower who restores stained-glass windows for churches in Vermont"
HAN = re.compile(r"[\u4e00-\u9fff]")
KANA_OR_HAN = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def profile_of(persona: str, seed: int = 7) -> UserProfile:
    return UserProfile.model_validate(user_profile({"persona": persona, "today": "2026-03-02"},
                                                   seed))


def persona_projects(profile: UserProfile) -> list[str]:
    return [p.name.lower() for p in profile.current_projects if p.origin == "persona"]


# (persona, role, city or None, region or None, country, language, employer kind words,
#  words every one of which some persona project contains)
CASES: list[tuple[str, str, str | None, str | None, str, str, str, list[str]]] = [
    (MONTANA, "Wildlife veterinarian", None, "Montana", "United States", "English", "clinic",
     ["rehabilitation clinic", "night class"]),
    ("A hospital pharmacist preparing a CQC inspection", "Hospital pharmacist", None, None,
     "United Kingdom", "English", "hospital", ["cqc inspection"]),
    ("A French employment lawyer preparing three tribunal cases", "Employment lawyer", None, None,
     "France", "French", "law firm", ["three tribunal cases"]),
    ("A Chengdu game producer preparing a Steam early-access launch", "Game producer", "Chengdu",
     "Sichuan", "China", "Chinese", "game studio", ["steam early-access launch"]),
    ("A robotics coach in Austin", "Robotics coach", "Austin", "Texas", "United States",
     "English", "club", []),
    ("A senior hospital pharmacist at an NHS trust in Bristol who leads antimicrobial "
     "stewardship ward rounds and is preparing a CQC inspection", "Senior hospital pharmacist",
     "Bristol", None, "United Kingdom", "English", "hospital",
     ["antimicrobial stewardship ward rounds", "cqc inspection"]),
    ("A beekeeper in rural Vermont who sells honey at farmers markets and is applying for an "
     "organic certification", "Beekeeper", None, "Vermont", "United States", "English", "",
     ["honey at farmers markets", "organic certification"]),
    ("Une pharmacienne d'officine à Bordeaux qui prépare l'inspection de l'ARS",
     "Pharmacienne d'officine", "Bordeaux", None, "France", "French", "pharmacy",
     ["inspection de l'ars"]),
    ("Un desarrollador de videojuegos en Valencia que prepara el lanzamiento de su juego en "
     "Steam", "Desarrollador de videojuegos", "Valencia", None, "Spain", "Spanish", "",
     ["lanzamiento de su juego"]),
    ("Uma professora de química numa escola pública em Recife que prepara a feira de ciências",
     "Professora de química", "Recife", "Pernambuco", "Brazil", "Portuguese", "school",
     ["feira de ciências"]),
    ("Eine Tierärztin in einer kleinen Praxis in Hamburg, die eine Impfkampagne für Katzen "
     "plant", "Tierärztin", "Hamburg", None, "Germany", "German", "clinic", ["impfkampagne"]),
    ("一位在杭州一家律师事务所工作的劳动法律师，正在准备三起劳动仲裁案件。", "劳动法律师", "Hangzhou",
     "Zhejiang", "China", "Chinese", "law firm", ["三起劳动仲裁案件"]),
    ("大阪の小さな薬局で働く薬剤師で、在宅医療の立ち上げを準備している。", "薬剤師", "Osaka", None,
     "Japan", "Japanese", "pharmacy", ["在宅医療の立ち上げ"]),
    ("Una abogada laboralista que prepara dos juicios por despido", "Abogada laboralista", None,
     None, "Spain", "Spanish", "law firm", ["dos juicios por despido"]),
]


@pytest.mark.parametrize(("persona", "role", "city", "region", "country", "language", "kind",
                          "works"), CASES, ids=[c[1] for c in CASES])
def test_profile_keeps_the_personas_words(persona: str, role: str, city: str | None,
                                          region: str | None, country: str, language: str,
                                          kind: str, works: list[str]) -> None:
    profile = profile_of(persona)
    assert profile.role == role
    assert profile.country == country and profile.language == language
    if city:
        assert profile.city == city
    if region:
        assert profile.region == region
    if kind:
        assert profile.employer_kind == kind
    names = persona_projects(profile)
    for words in works:
        assert any(words in name for name in names), (words, names)
    persona_first = [p.origin for p in profile.current_projects]
    assert persona_first == sorted(persona_first, key=lambda origin: origin != "persona")
    # The stated work, and one generic project beside it at most (three when none is stated).
    generic = [p for p in profile.current_projects if p.origin == "generic"]
    assert len(profile.current_projects) >= 2
    assert len(generic) <= 1 or len(generic) == len(profile.current_projects) == 3
    assert profile.match is not None and profile.match.quality in ("good", "partial")
    for project in profile.current_projects:
        assert project.code and len(project.code) <= 27 and "/" not in project.code
        if project.origin == "persona":
            assert project.work and project.work.split()[-1] in project.description


def test_rural_montana_lives_in_a_real_montana_town_at_a_small_clinic() -> None:
    for seed in range(10):
        profile = profile_of(MONTANA, seed)
        assert profile.city in US_STATES["Montana"][1]
        assert profile.employer_size == "small"
        assert "Clinic" in profile.employer
        assert profile.domain == "veterinary"
        night_class = next(p for p in profile.current_projects if "night class" in p.name.lower())
        assert "Community College" in night_class.counterpart
        assert 300 <= night_class.budget <= 3000 * 1.3
        clinic = next(p for p in profile.current_projects if "clinic" in p.name.lower())
        assert clinic.budget < 60_000


def test_counterparts_and_budgets_fit_the_work() -> None:
    lawyer = profile_of("A French employment lawyer in Lyon preparing three tribunal cases")
    cases = lawyer.current_projects[0]
    assert cases.counterpart == "Conseil de prud'hommes de Lyon"
    assert lawyer.employer_kind == "law firm" and lawyer.currency == "EUR"
    assert 3 * 2500 * 0.5 <= cases.budget <= 3 * 15000 * 1.3
    assert lawyer.department == "Employment"
    pharmacist = profile_of("A hospital pharmacist preparing a CQC inspection")
    assert pharmacist.current_projects[0].counterpart == "Care Quality Commission"
    assert pharmacist.domain == "pharmacy" and pharmacist.currency == "GBP"
    producer = profile_of("A Chengdu game producer preparing a Steam early-access launch")
    assert producer.current_projects[0].counterpart == "Valve (Steam)"
    assert producer.currency == "CNY"


@pytest.mark.parametrize("persona", [
    "A Chengdu game producer preparing a Steam early-access launch",
    "大阪の小さな薬局で働く薬剤師で、在宅医療の立ち上げを準備している。",
])
def test_chinese_and_japanese_names_are_native_and_mail_stays_ascii(persona: str) -> None:
    profile = profile_of(persona)
    assert KANA_OR_HAN.search(profile.name)
    assert profile.email.isascii() and re.fullmatch(r"[a-z'-]+\.[a-z'-]+@[a-z0-9]+\.example",
                                                     profile.email)
    assert KANA_OR_HAN.search(profile.employer)
    policy = filesystem_policy({"profile": profile.model_dump(), "target_files": 40}, 7)
    assert policy["home"].isascii() and len(policy["home"]) > len("Users/")


def test_a_trade_no_vocabulary_covers_keeps_its_words_and_is_flagged_poor() -> None:
    profile = profile_of(GLASSBLOWER)
    assert profile.role == "Glassblower" and profile.region == "Vermont"
    assert profile.match is not None and profile.match.quality == "poor"
    assert profile.match.score < 0.3
    assert "role" in profile.match.from_persona and "tools" in profile.match.generic
    assert persona_projects(profile) == ["stained-glass windows for churches"]
    assert [p.origin for p in profile.current_projects][1:] == ["generic"]


def test_a_poor_match_prints_one_line_when_building(caplog: pytest.LogCaptureFixture) -> None:
    runtime: Any = SimpleNamespace(context=WorldContext(seed=3))
    with caplog.at_level(logging.WARNING, logger="synthcomp.build"):
        out = profile_node({"persona": GLASSBLOWER, "today": "2026-03-02"}, runtime)
    lines = [r.getMessage() for r in caplog.records if r.name == "synthcomp.build"]
    assert len(lines) == 1 and "poorly matched" in lines[0] and "\n" not in lines[0]
    assert out["user_profile"]["match"]["quality"] == "poor"
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="synthcomp.build"):
        profile_node({"persona": MONTANA, "today": "2026-03-02"}, runtime)
    assert not [r for r in caplog.records if r.name == "synthcomp.build"]


def test_os_is_half_macos_over_many_seeds_unless_the_persona_says() -> None:
    persona = "A procurement officer at a regional water utility in Leeds"
    macs = sum(profile_of(persona, seed).os == "macos" for seed in range(200))
    assert 70 <= macs <= 130
    assert {profile_of("A designer in Lisbon who works on her MacBook", s).os
            for s in range(20)} == {"macos"}
    assert {profile_of("An accountant in Porto who uses a Windows PC", s).os
            for s in range(20)} == {"windows"}


def test_same_persona_and_seed_give_the_same_profile() -> None:
    for persona, *_ in CASES[:6]:
        assert profile_of(persona, 11) == profile_of(persona, 11)
    assert profile_of(MONTANA, 1).name != profile_of(MONTANA, 2).name or \
        profile_of(MONTANA, 1).city != profile_of(MONTANA, 2).city


def test_a_persona_without_a_place_works_in_the_language_it_is_written_in() -> None:
    assert profile_of("Une chargée de communication qui prépare le salon annuel").country == \
        "France"
    assert profile_of("一名游戏策划，负责新关卡设计。").language == "Chinese"
    assert profile_of("A nurse who coordinates night shifts").country == "United States"


@pytest.mark.parametrize(("persona", "role", "work"), [
    ("I'm a general dentist in rural Wales and I run a small NHS practice, preparing for a Care "
     "Inspectorate Wales inspection", "General dentist", "Care Inspectorate Wales"),
    ("Sou contabilista certificada no Porto e preparo o fecho de contas de três clientes",
     "Contabilista certificada", "contas"),
    ("Je suis avocate à Lyon et je prépare trois dossiers aux prud'hommes", "Avocate", "dossiers"),
])
def test_a_persona_in_the_first_person_keeps_its_role_and_work(persona: str, role: str,
                                                                 work: str) -> None:
    profile = profile_of(persona)
    assert profile.role == role
    assert any(work.lower() in p.name.lower() for p in profile.current_projects
               if p.origin == "persona"), profile.current_projects
