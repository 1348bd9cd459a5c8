"""Kinds of employer (clinic, law firm, game studio, community college...) and how they are named.

A persona says where it works in many ways ("a small rehabilitation clinic", "un cabinet
d'avocats", "一家游戏公司"); :data:`EMPLOYER_KINDS` lists each kind's words in several
languages, its usual size, and name templates per working language, so the offline profile's
employer sounds like the kind the persona named and is written in the persona's language.

Template fields: ``{place}`` (city, else region), ``{last}`` (a surname of the country, in its
own script), ``{company}`` (a Faker company name), ``{word}`` (one capitalised word),
``{topic}`` (the persona's own qualifier words, e.g. "Wildlife Rehabilitation"; may be empty),
``{prefix}`` (a Chinese trade-name prefix).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class EmployerKind:
    """One kind of employer: its words, usual size, and names per working language."""

    key: str
    noun: str
    keywords: tuple[str, ...]
    size: str
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _kind(key: str, noun: str, size: str, keywords: tuple[str, ...],
          **names: tuple[str, ...]) -> EmployerKind:
    return EmployerKind(key=key, noun=noun, keywords=keywords, size=size, names=names)


# Order matters where keywords nest: more specific kinds first ("community college" before
# "college", "animal hospital" before "hospital", "law firm" before "firm").
EMPLOYER_KINDS: tuple[EmployerKind, ...] = (
    _kind("vet_clinic", "veterinary clinic", "small",
          ("veterinary clinic", "veterinary practice", "vet clinic", "vet practice",
           "animal hospital", "clinique vétérinaire", "cabinet vétérinaire", "tierarztpraxis",
           "tierklinik", "clínica veterinaria", "clínica veterinária", "動物病院", "宠物医院",
           "动物医院", "兽医诊所"),
          en=("{place} {topic} Veterinary Clinic", "{place} Animal Hospital"),
          fr=("Clinique vétérinaire de {place}",), es=("Clínica Veterinaria {place}",),
          pt=("Clínica Veterinária {place}",), de=("Tierarztpraxis {last}",),
          zh=("{place}{prefix}动物医院",), ja=("{last}動物病院",)),
    _kind("community_college", "community college", "mid",
          ("community college", "night school", "junior college", "technical college",
           "further education college", "volkshochschule", "社区学院", "夜校"),
          en=("{place} Community College",), fr=("Université populaire de {place}",),
          es=("Centro de Educación de Adultos de {place}",), de=("Volkshochschule {place}",),
          zh=("{place}社区学院",), ja=("{place}市民カレッジ",)),
    _kind("university", "university", "large",
          ("university", "université", "universidad", "universidade", "universität",
           "università", "uniwersytet", "hochschule", "大学"),
          en=("University of {place}", "{place} State University"),
          fr=("Université de {place}",), es=("Universidad de {place}",),
          pt=("Universidade de {place}",), de=("Universität {place}",), zh=("{place}大学",),
          ja=("{place}大学",)),
    _kind("hospital", "hospital", "large",
          ("hospital", "hôpital", "centre hospitalier", "krankenhaus", "klinikum", "ospedale",
           "ziekenhuis", "nhs trust", "health trust", "medical centre", "medical center",
           "cancer centre", "cancer center", "医院", "病院"),
          en=("{place} General Hospital", "{place} University Hospital", "St {last}'s Hospital"),
          fr=("Centre hospitalier de {place}",), es=("Hospital General de {place}",),
          pt=("Hospital Municipal de {place}",), de=("Klinikum {place}",),
          zh=("{place}市第一人民医院",), ja=("{place}総合病院",)),
    _kind("clinic", "clinic", "small",
          ("clinic", "clinique", "clínica", "praxis", "cabinet médical", "medical practice",
           "surgery practice", "诊所", "クリニック", "診療所", "rehabilitation centre",
           "rehabilitation center"),
          en=("{place} {topic} Clinic",), fr=("Clinique {topic} de {place}", "Clinique de {place}"),
          es=("Clínica {last}",), pt=("Clínica {last}",), de=("Praxis {last}",),
          zh=("{place}{prefix}诊所",), ja=("{last}クリニック",)),
    _kind("pharmacy", "pharmacy", "small",
          ("pharmacy", "pharmacie", "apotheke", "farmacia", "farmácia", "drugstore", "chemist",
           "药房", "药店", "薬局"),
          en=("{last} Pharmacy", "{place} Community Pharmacy"), fr=("Pharmacie {last}",),
          es=("Farmacia {last}",), pt=("Farmácia {last}",), de=("{last}-Apotheke",),
          zh=("{place}{prefix}大药房",), ja=("{last}薬局",)),
    _kind("law_firm", "law firm", "mid",
          ("law firm", "law practice", "law office", "litigation practice", "chambers",
           "cabinet d'avocats", "cabinet d'avocat", "kanzlei", "bufete", "despacho de abogados",
           "despacho", "escritório de advocacia", "studio legale", "advocatenkantoor",
           "律师事务所", "律所", "法律事務所"),
          en=("{last} & Partners", "{last} Law LLP", "{last} Employment Law"),
          fr=("Cabinet {last} Avocats", "{last} & Associés"), es=("{last} Abogados",),
          pt=("{last} Advogados",), de=("Kanzlei {last}",), zh=("{place}{prefix}律师事务所",),
          ja=("{last}法律事務所",)),
    _kind("game_studio", "game studio", "mid",
          ("game studio", "games studio", "game developer", "game company", "indie studio",
           "studio de jeux", "studio de jeu", "estudio de videojuegos", "spielestudio",
           "游戏公司", "游戏工作室", "ゲーム会社", "ゲームスタジオ"),
          en=("{word} Games", "{word} Interactive", "{word} Forge Studio"),
          fr=("Studio {word}",), es=("{word} Games Estudio",), de=("{word} Games GmbH",),
          zh=("{place}{prefix}游戏工作室", "{place}{prefix}网络科技有限公司"),
          ja=("株式会社{last}ゲームス",)),
    _kind("school", "school", "mid",
          ("school", "école", "lycée", "collège", "escuela", "colegio", "escola", "schule",
           "gymnasium", "scuola", "academy", "学校", "中学", "小学", "高校"),
          en=("{place} {topic} School", "{last} Academy"), fr=("École {last}", "Lycée {last}"),
          es=("Colegio {last}",), pt=("Escola {last}",), de=("{last}-Schule",),
          zh=("{place}第七中学",), ja=("{place}市立第一中学校",)),
    _kind("city_council", "city council", "mid",
          ("city council", "county council", "town hall", "city hall", "town council",
           "municipality", "mairie", "ayuntamiento", "prefeitura", "rathaus",
           "stadtverwaltung", "市政府", "市役所"),
          en=("{place} City Council", "City of {place}"), fr=("Mairie de {place}",),
          es=("Ayuntamiento de {place}",), pt=("Prefeitura de {place}",),
          de=("Stadtverwaltung {place}",), zh=("{place}市人民政府",), ja=("{place}市役所",)),
    _kind("ministry", "ministry", "large",
          ("ministry", "ministère", "ministerio", "ministerium", "federal agency",
           "government agency", "部委", "省庁"),
          en=("Ministry of {topic}",), fr=("Ministère de {topic}",)),
    _kind("ngo", "non-profit", "mid",
          ("ngo", "non-profit", "nonprofit", "charity", "foundation", "food bank", "ong",
           "association", "fondation", "fundación", "fundação", "stiftung", "verein",
           "公益", "慈善", "npo"),
          en=("{place} {topic} Foundation", "{company} Trust"), fr=("Association {last}",),
          es=("Fundación {last}",), pt=("Fundação {last}",), de=("Stiftung {last}",),
          zh=("{place}{prefix}公益基金会",), ja=("NPO法人{place}{last}会",)),
    _kind("startup", "start-up", "small",
          ("startup", "start-up", "scale-up", "scaleup", "初创", "スタートアップ"),
          en=("{word}", "{word} Labs"), fr=("{word}",), de=("{word} GmbH",),
          zh=("{place}{prefix}科技有限公司",), ja=("株式会社{word}",)),
    _kind("restaurant", "restaurant", "small",
          ("restaurant", "trattoria", "bistro", "bakery", "boulangerie", "restaurante",
           "café", "餐厅", "饭店", "レストラン", "食堂"),
          en=("{last}'s Kitchen", "The {word} Table"), fr=("Bistrot {last}",),
          es=("Restaurante {last}",), pt=("Restaurante {last}",), de=("Gasthaus {last}",),
          zh=("{place}{prefix}餐厅",), ja=("{last}食堂",)),
    _kind("hotel", "hotel", "mid",
          ("hotel", "hôtel", "resort", "hostel", "酒店", "ホテル"),
          en=("{place} Grand Hotel",), fr=("Hôtel {last}",), es=("Hotel {place}",),
          de=("Hotel {last}",), zh=("{place}{prefix}酒店",), ja=("ホテル{place}",)),
    _kind("farm", "farm", "small",
          ("farm", "ranch", "vineyard", "orchard", "herd", "ferme", "granja", "fazenda",
           "bauernhof", "农场", "茶园", "農場", "農園"),
          en=("{last} Family Farm",), fr=("Ferme {last}",), es=("Granja {last}",),
          pt=("Fazenda {last}",), de=("Hof {last}",), zh=("{place}{last}家庭农场",),
          ja=("{last}農園",)),
    _kind("bank", "bank", "large",
          ("bank", "banque", "banco", "银行", "銀行"),
          en=("{place} Savings Bank", "{company} Bank"), fr=("Banque {last}",),
          es=("Banco {last}",), pt=("Banco {last}",), de=("{place}er Sparkasse",),
          zh=("{place}农村商业银行",), ja=("{place}銀行",)),
    _kind("newspaper", "newspaper", "mid",
          ("newspaper", "magazine", "publisher", "verlag", "maison d'édition", "journal",
           "报社", "出版社", "新聞社"),
          en=("The {place} Herald",), fr=("Éditions {last}",), de=("{last} Verlag",),
          zh=("{place}日报社",), ja=("{place}新聞社",)),
    _kind("contractor", "construction contractor", "mid",
          ("contractor", "construction company", "constructora", "bauunternehmen", "baufirma",
           "建筑公司", "建設会社"),
          en=("{last} Construction",), fr=("{last} Bâtiment",), es=("Construcciones {last}",),
          de=("{last} Bau GmbH",), zh=("{place}{prefix}建筑工程有限公司",), ja=("{last}建設",)),
    _kind("architecture_practice", "architecture practice", "small",
          ("architecture practice", "architecture firm", "architecture studio", "atelier",
           "设计院", "設計事務所"),
          en=("{last} Architects",), fr=("Atelier {last} Architectes",),
          es=("{last} Arquitectos",), pt=("Atelier {last} Arquitetos",),
          de=("{last} Architekten",), zh=("{place}{prefix}建筑设计院",), ja=("{last}設計事務所",)),
    _kind("agency", "agency", "small",
          ("agency", "agence", "agencia", "agentur", "广告公司", "広告代理店"),
          en=("{company} Agency",), fr=("Agence {word}",), es=("Agencia {word}",),
          de=("{word} Agentur",), zh=("{place}{prefix}广告公司",), ja=("株式会社{last}広告",)),
    _kind("consultancy", "consultancy", "mid",
          ("consultancy", "consulting firm", "cabinet de conseil", "consultora", "beratung",
           "咨询公司", "コンサルティング"),
          en=("{company} Consulting",), fr=("{last} Conseil",), es=("{last} Consultores",),
          de=("{last} Consulting GmbH",), zh=("{place}{prefix}咨询有限公司",),
          ja=("{last}コンサルティング",)),
    _kind("manufacturer", "manufacturer", "mid",
          ("factory", "plant", "manufacturer", "maker", "usine", "fábrica", "fabrik", "werk",
           "工厂", "工場", "メーカー"),
          en=("{company} Manufacturing",), fr=("{last} Industries",),
          es=("Industrias {last}",), de=("{last} Werke GmbH",), zh=("{place}{prefix}制造有限公司",),
          ja=("{last}製作所",)),
    _kind("club", "club", "small",
          ("club", "robotics team", "sports team", "league", "academy team", "verein",
           "俱乐部", "クラブ"),
          en=("{place} {topic} Club",), fr=("Club {topic} de {place}",),
          es=("Club {topic} {place}",), de=("{topic}-Verein {place}",),
          zh=("{place}{prefix}俱乐部",), ja=("{place}{topic}クラブ",)),
    _kind("shop", "shop", "small",
          ("shop", "store", "supermarket", "boutique", "tienda", "loja", "laden", "商店",
           "网店", "onlineshop"),
          en=("{last}'s {topic} Shop",), fr=("Boutique {last}",), es=("Tienda {last}",),
          pt=("Loja {last}",), de=("{last} Laden",), zh=("{place}{prefix}商店",),
          ja=("{last}商店",)),
)

COMPANY = EmployerKind(
    key="company", noun="company", keywords=(), size="mid",
    names={"en": ("{company}",), "zh": ("{place}{prefix}有限公司",), "ja": ("株式会社{last}",)},
)

KINDS_BY_KEY: dict[str, EmployerKind] = {kind.key: kind for kind in (*EMPLOYER_KINDS, COMPANY)}

# The employer a trade implies when the persona names none (a lawyer works at a law firm).
DOMAIN_EMPLOYER: dict[str, str] = {
    "legal": "law_firm", "game_development": "game_studio", "veterinary": "vet_clinic",
    "pharmacy": "pharmacy", "education": "school", "nursing": "hospital",
    "healthcare_procurement": "hospital", "coaching": "club", "hospitality": "hotel",
    "nonprofit": "ngo", "government": "city_council", "journalism": "newspaper",
    "agriculture": "farm", "retail": "shop", "construction": "contractor",
    "architecture": "architecture_practice", "banking": "bank", "marketing": "agency",
    "manufacturing": "manufacturer",
}
