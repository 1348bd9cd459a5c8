"""Countries: locale, language, currency, cities, file-name date style; and match_region."""

from __future__ import annotations

from functools import lru_cache

from synthcomp.models.offline.vocab.matching import _fold, _hits
from synthcomp.models.offline.vocab.types import Region


def _region(
    country: str,
    locale: str,
    language: str,
    currency: str,
    fx_to_eur: float,
    date_style: str,
    cities: tuple[str, ...],
    keywords: tuple[str, ...],
) -> Region:
    """A Region whose keywords always include its own country and city names."""
    words = (country, *cities, *keywords)
    return Region(
        country=country,
        locale=locale,
        language=language,
        currency=currency,
        cities=cities,
        keywords=tuple(dict.fromkeys(word.lower() for word in words)),
        date_style=date_style,
        fx_to_eur=fx_to_eur,
    )


_ISO = "%Y-%m-%d"
_DOTTED = "%d.%m.%Y"
_COMPACT = "%Y%m%d"

# Faker has no Latin-script locale for Japanese, Chinese or Korean names, so those countries
# use en_US (names and street addresses are then American; cities still come from ``cities``).
# pl_PL, cs_CZ, ro_RO and tr_TR are Latin script but use letters outside Latin-1 (ł, ř, ș, ş).
_UNITED_STATES = _region(
    "United States", "en_US", "English", "USD", 0.87, _ISO,
    ("New York", "Chicago", "Los Angeles", "Houston", "Boston", "Seattle", "Atlanta",
     "San Francisco"),
    ("usa", "u.s.", "united states of america", "états-unis", "vereinigte staaten",
     "estados unidos", "stati uniti", "verenigde staten", "stany zjednoczone",
     "amerika birleşik devletleri", "アメリカ", "美国", "الولايات المتحدة", "अमेरिका", "nyc",
     "california", "texas", "florida", "ohio", "michigan", "illinois", "massachusetts",
     "oregon", "colorado", "arizona", "pennsylvania", "minnesota", "new jersey", "virginia",
     "north carolina", "indiana", "wisconsin", "austin", "denver", "portland", "miami",
     "philadelphia", "detroit", "cleveland", "phoenix", "dallas", "san diego", "minneapolis",
     "pittsburgh", "nashville", "brooklyn", "silicon valley", "washington, d.c.",
     "washington dc"),
)

REGIONS: tuple[Region, ...] = (
    # The default comes first so that it wins ties ("a turkey farmer in Ohio").
    _UNITED_STATES,
    # Europe
    _region(
        "France", "fr_FR", "French", "EUR", 1.0, _ISO,
        ("Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes", "Strasbourg"),
        ("french", "français", "frankreich", "francia", "frança", "frankrijk", "francja",
         "fransa", "フランス", "法国", "فرنسا", "फ्रांस", "montpellier", "rennes", "grenoble",
         "brest", "rouen", "dijon", "île-de-france", "provence", "bretagne", "normandie"),
    ),
    _region(
        "Germany", "de_DE", "German", "EUR", 1.0, _DOTTED,
        ("Berlin", "Munich", "Hamburg", "Frankfurt", "Cologne", "Stuttgart", "Düsseldorf",
         "Leipzig"),
        ("german", "deutschland", "allemagne", "alemania", "alemanha", "germania",
         "duitsland", "niemcy", "almanya", "ドイツ", "德国", "ألمانيا", "जर्मनी", "münchen",
         "köln", "dresden", "bayern", "bavaria", "nürnberg", "nuremberg", "hannover", "bremen",
         "dortmund", "bonn", "mannheim"),
    ),
    _region(
        "Austria", "de_AT", "German", "EUR", 1.0, _DOTTED,
        ("Vienna", "Graz", "Linz", "Salzburg", "Innsbruck"),
        ("austrian", "österreich", "autriche", "áustria", "oostenrijk", "austria",
         "avusturya", "オーストリア", "奥地利", "wien", "vienne", "viena", "klagenfurt"),
    ),
    _region(
        "Switzerland", "de_CH", "German", "CHF", 1.07, _DOTTED,
        ("Zurich", "Geneva", "Basel", "Bern", "Lausanne", "Lugano"),
        ("swiss", "schweiz", "suisse", "suiza", "suíça", "svizzera", "zwitserland",
         "szwajcaria", "isviçre", "スイス", "瑞士", "zürich", "genève", "genf", "ginebra",
         "ginevra", "bâle", "berne", "luzern", "lucerne", "zug", "winterthur"),
    ),
    _region(
        "United Kingdom", "en_GB", "English", "GBP", 1.16, _ISO,
        ("London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Edinburgh", "Bristol",
         "Liverpool"),
        ("uk", "britain", "great britain", "british", "england", "scotland", "scottish",
         "welsh", "royaume-uni", "vereinigtes königreich", "reino unido", "regno unito",
         "verenigd koninkrijk", "wielka brytania", "ingiltere", "birleşik krallık", "イギリス",
         "英国", "المملكة المتحدة", "ब्रिटेन", "sheffield", "newcastle", "cardiff", "belfast",
         "nottingham", "cambridge", "oxford", "southampton", "leicester", "brighton",
         "aberdeen", "nhs", "cqc", "ofsted", "hmrc"),
    ),
    _region(
        "Ireland", "en_IE", "English", "EUR", 1.0, _ISO,
        ("Dublin", "Galway", "Limerick", "Waterford", "Kilkenny"),
        ("irish", "irlande", "irland", "irlanda", "ierland", "irlandia", "アイルランド",
         "爱尔兰"),
    ),
    _region(
        "Spain", "es_ES", "Spanish", "EUR", 1.0, _ISO,
        ("Madrid", "Barcelona", "Valencia", "Seville", "Bilbao", "Malaga", "Zaragoza"),
        ("spain", "spanish", "españa", "espagne", "spanien", "spagna", "espanha", "spanje",
         "hiszpania", "ispanya", "スペイン", "西班牙", "إسبانيا", "स्पेन", "sevilla", "málaga",
         "jaén", "granada", "alicante", "palma de mallorca", "valladolid", "murcia",
         "santiago de compostela", "catalonia", "cataluña", "catalunya", "andalucía",
         "andalusia", "galicia", "país vasco", "basque country"),
    ),
    _region(
        "Portugal", "pt_PT", "Portuguese", "EUR", 1.0, _ISO,
        ("Lisbon", "Porto", "Braga", "Coimbra", "Faro"),
        ("portuguese", "lisboa", "lisbonne", "lissabon", "algarve", "setúbal", "aveiro",
         "funchal", "madeira", "açores", "ポルトガル", "葡萄牙"),
    ),
    _region(
        "Italy", "it_IT", "Italian", "EUR", 1.0, _ISO,
        ("Rome", "Milan", "Naples", "Turin", "Bologna", "Florence", "Genoa"),
        ("italy", "italian", "italia", "italie", "italien", "itália", "italië", "włochy",
         "italya", "イタリア", "意大利", "milano", "napoli", "torino", "firenze",
         "genova", "venezia", "venice", "palermo", "verona", "padova", "lombardia", "sicilia",
         "toscana", "tuscany"),
    ),
    _region(
        "Netherlands", "nl_NL", "Dutch", "EUR", 1.0, _ISO,
        ("Amsterdam", "Rotterdam", "The Hague", "Utrecht", "Eindhoven", "Groningen"),
        ("dutch", "nederland", "holland", "pays-bas", "niederlande", "países bajos",
         "paesi bassi", "holandia", "hollanda", "オランダ", "荷兰", "den haag", "tilburg",
         "delft", "leiden", "haarlem", "arnhem", "nijmegen", "maastricht"),
    ),
    _region(
        "Belgium", "nl_BE", "Dutch", "EUR", 1.0, _ISO,
        ("Brussels", "Antwerp", "Ghent", "Bruges", "Leuven", "Liège"),
        ("belgian", "belgique", "belge", "belgië", "belgien", "bélgica", "belgio", "belgia",
         "belçika", "bruxelles", "brussel", "antwerpen", "anvers", "brugge", "louvain",
         "luik", "namur", "charleroi", "mechelen", "flanders", "vlaanderen", "wallonia",
         "wallonie", "ベルギー", "比利时"),
    ),
    _region(
        "Poland", "pl_PL", "Polish", "PLN", 0.235, _DOTTED,
        ("Warsaw", "Krakow", "Wroclaw", "Gdansk", "Poznan", "Lodz"),
        ("polsk", "polsce", "pologne", "polen", "polonia", "polônia", "polonya", "ポーランド",
         "波兰", "warszaw", "varsovie", "warschau", "kraków", "cracow", "cracovie", "wrocław",
         "gdańsk", "poznań", "łódź", "katowic", "lublin", "szczecin", "bydgoszcz"),
    ),
    _region(
        "Sweden", "sv_SE", "Swedish", "SEK", 0.091, "%y%m%d",
        ("Stockholm", "Gothenburg", "Malmö", "Uppsala", "Västerås", "Örebro"),
        ("swedish", "sverige", "suède", "schweden", "suecia", "svezia", "suécia", "zweden",
         "szwecja", "isveç", "スウェーデン", "瑞典", "göteborg", "linköping", "umeå", "lund"),
    ),
    _region(
        "Norway", "no_NO", "Norwegian", "NOK", 0.086, _DOTTED,
        ("Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø"),
        ("norwegian", "norge", "norvège", "norwegen", "noruega", "norvegia", "noorwegen",
         "norwegia", "norveç", "ノルウェー", "挪威", "tromso", "kristiansand", "drammen"),
    ),
    _region(
        "Denmark", "da_DK", "Danish", "DKK", 0.134, _DOTTED,
        ("Copenhagen", "Aarhus", "Odense", "Aalborg", "Esbjerg"),
        ("danish", "danmark", "danemark", "dänemark", "dinamarca", "danimarca", "denemarken",
         "dania", "danimarka", "デンマーク", "丹麦", "københavn", "kobenhavn", "copenhague",
         "kopenhagen"),
    ),
    _region(
        "Finland", "fi_FI", "Finnish", "EUR", 1.0, _DOTTED,
        ("Helsinki", "Espoo", "Tampere", "Turku", "Oulu"),
        ("finnish", "suomi", "finlande", "finnland", "finlandia", "finlândia", "finlandiya",
         "フィンランド", "芬兰", "vantaa", "jyväskylä"),
    ),
    _region(
        "Czechia", "cs_CZ", "Czech", "CZK", 0.041, _DOTTED,
        ("Prague", "Brno", "Ostrava", "Plzen", "Olomouc"),
        ("czech", "česko", "czech republic", "česká republika", "tchéquie", "tschechien",
         "chequia", "república checa", "repubblica ceca", "tsjechië", "czechy", "çekya",
         "チェコ", "捷克", "praha", "praga", "plzeň", "pilsen"),
    ),
    _region(
        "Romania", "ro_RO", "Romanian", "RON", 0.197, _DOTTED,
        ("Bucharest", "Cluj-Napoca", "Timisoara", "Iasi", "Constanta", "Brasov"),
        ("romanian", "românia", "roumanie", "rumänien", "rumania", "rumunia", "romanya",
         "ルーマニア", "罗马尼亚", "bucurești", "bucarest", "bukarest", "cluj", "timișoara",
         "iași", "constanța", "brașov", "sibiu", "oradea"),
    ),
    _region(
        "Türkiye", "tr_TR", "Turkish", "TRY", 0.021, _DOTTED,
        ("Istanbul", "Ankara", "Izmir", "Antalya", "Konya", "Gaziantep"),
        ("turkey", "turkish", "türk", "turquie", "türkei", "turquía", "turchia", "turquia",
         "turkije", "turcja", "トルコ", "土耳其", "تركيا", "adana", "kocaeli", "eskişehir",
         "kayseri", "trabzon"),
    ),
    # Americas
    _region(
        "Canada", "en_CA", "English", "CAD", 0.62, _ISO,
        ("Toronto", "Montréal", "Vancouver", "Calgary", "Ottawa", "Edmonton", "Québec"),
        ("canadian", "canadien", "kanada", "カナダ", "加拿大", "كندا", "कनाडा", "winnipeg",
         "halifax", "ontario", "alberta", "british columbia", "nova scotia", "manitoba",
         "saskatchewan", "quebec city", "mississauga"),
    ),
    _region(
        "Mexico", "es_MX", "Spanish", "MXN", 0.047, _ISO,
        ("Mexico City", "Guadalajara", "Monterrey", "Puebla", "Tijuana", "Mérida"),
        ("méxico", "mexic", "mexique", "mexiko", "messico", "meksyk", "meksika", "メキシコ",
         "墨西哥", "ciudad de méxico", "cdmx", "oaxaca", "querétaro", "cancún", "chihuahua",
         "toluca", "veracruz", "jalisco", "nuevo león", "yucatán"),
    ),
    _region(
        "Brazil", "pt_BR", "Portuguese", "BRL", 0.16, _ISO,
        ("São Paulo", "Rio de Janeiro", "Brasília", "Belo Horizonte", "Curitiba",
         "Porto Alegre", "Recife"),
        ("brasil", "brazilian", "brasileir", "brésil", "brasilien", "brasile", "brazylia",
         "brezilya", "ブラジル", "巴西", "البرازيل", "ब्राज़ील", "fortaleza", "manaus", "goiânia",
         "goiás", "campinas", "florianópolis", "bahia", "minas gerais", "paraná",
         "santa catarina"),
    ),
    _region(
        "Argentina", "es_AR", "Spanish", "ARS", 0.0006, _ISO,
        ("Buenos Aires", "Córdoba", "Rosario", "Mendoza", "La Plata", "Mar del Plata"),
        ("argentin", "arjantin", "アルゼンチン", "阿根廷", "patagonia", "tucumán", "neuquén"),
    ),
    _region(
        "Chile", "es_CL", "Spanish", "CLP", 0.00091, _ISO,
        ("Santiago", "Valparaíso", "Antofagasta", "Viña del Mar", "Temuco", "Puerto Montt"),
        ("chilean", "chileno", "chilena", "şili", "チリ", "智利", "la serena", "iquique",
         "punta arenas"),
    ),
    _region(
        "Colombia", "es_CO", "Spanish", "COP", 0.00022, _ISO,
        ("Bogotá", "Medellín", "Barranquilla", "Cartagena", "Bucaramanga", "Pereira"),
        ("colombian", "colombie", "kolumbien", "colômbia", "kolumbia", "kolombiya",
         "コロンビア", "哥伦比亚", "manizales", "santa marta", "antioquia"),
    ),
    _region(
        "Peru", "es_CO", "Spanish", "PEN", 0.25, _ISO,
        ("Lima", "Arequipa", "Cusco", "Piura", "Chiclayo", "Iquitos"),
        ("perú", "peruvian", "peruan", "pérou", "ペルー", "秘鲁", "cuzco", "callao", "huancayo"),
    ),
    # Asia
    _region(
        "India", "en_IN", "English", "INR", 0.0098, _ISO,
        ("Mumbai", "Delhi", "Bengaluru", "Hyderabad", "Chennai", "Pune", "Kolkata",
         "Ahmedabad"),
        ("india", "indian", "indien", "hindistan", "インド", "印度", "الهند", "भारत",
         "bombay", "new delhi", "bangalore", "noida", "gurgaon", "gurugram", "jaipur",
         "lucknow", "kochi", "chandigarh", "indore", "मुंबई", "दिल्ली", "बेंगलुरु", "पुणे",
         "चेन्नई", "कोलकाता", "लखनऊ"),
    ),
    _region(
        "Japan", "en_US", "Japanese", "JPY", 0.0057, _COMPACT,
        ("Tokyo", "Osaka", "Yokohama", "Nagoya", "Kyoto", "Fukuoka", "Sapporo"),
        ("japan", "japanese", "japon", "giappone", "japão", "japonia", "japonya", "nihon",
         "nippon", "日本", "kobe", "sendai", "hiroshima", "東京", "大阪", "横浜", "名古屋",
         "京都", "福岡", "札幌", "神戸", "仙台"),
    ),
    _region(
        "China", "en_US", "Chinese", "CNY", 0.12, _COMPACT,
        ("Shanghai", "Beijing", "Shenzhen", "Guangzhou", "Hangzhou", "Chengdu", "Wuhan"),
        ("chinese", "chine", "cina", "chiny", "中国", "中國", "peking", "nanjing", "suzhou",
         "tianjin", "xiamen", "kunming", "yunnan", "sichuan", "guangdong", "zhejiang", "上海",
         "北京", "深圳", "广州", "杭州", "成都", "武汉", "南京", "苏州", "云南", "四川",
         "广东", "浙江"),
    ),
    _region(
        "South Korea", "en_US", "Korean", "KRW", 0.00059, _COMPACT,
        ("Seoul", "Busan", "Incheon", "Daegu", "Daejeon"),
        ("korea", "korean", "corée", "südkorea", "corea", "coreia", "güney kore", "韓国",
         "韩国", "한국", "서울", "부산", "ソウル", "首尔", "gwangju", "suwon", "pangyo"),
    ),
    _region(
        "Singapore", "en_GB", "English", "SGD", 0.66, _ISO,
        ("Singapore", "Jurong East", "Tampines", "Changi", "Punggol"),
        ("singaporean", "singapour", "singapur", "cingapura", "シンガポール", "新加坡",
         "jurong", "one-north"),
    ),
    _region(
        "Indonesia", "id_ID", "Indonesian", "IDR", 0.000052, _ISO,
        ("Jakarta", "Surabaya", "Bandung", "Medan", "Semarang", "Yogyakarta", "Denpasar"),
        ("indonesian", "indonésie", "indonesien", "endonezya", "インドネシア",
         "印度尼西亚", "印尼", "bali", "sumatra", "sulawesi", "makassar", "kalimantan"),
    ),
    _region(
        "Philippines", "en_PH", "English", "PHP", 0.0148, _ISO,
        ("Manila", "Quezon City", "Cebu", "Davao", "Makati", "Pasig"),
        ("philippine", "filipin", "philippinen", "filipinas", "filippine", "filipiny",
         "filipinler", "フィリピン", "菲律宾", "taguig", "iloilo", "metro manila"),
    ),
    _region(
        "Thailand", "en_TH", "Thai", "THB", 0.0265, _ISO,
        ("Bangkok", "Chiang Mai", "Phuket", "Pattaya", "Khon Kaen", "Hat Yai"),
        ("thai", "thaïlande", "tailandia", "tailândia", "tajlandia", "tayland", "泰国",
         "กรุงเทพ", "ประเทศไทย", "nonthaburi"),
    ),
    _region(
        "Pakistan", "en_PK", "English", "PKR", 0.0031, _ISO,
        ("Karachi", "Lahore", "Islamabad", "Rawalpindi", "Faisalabad", "Peshawar"),
        ("pakistani", "パキスタン", "巴基斯坦", "باكستان", "पाकिस्तान", "multan", "کراچی",
         "لاہور"),
    ),
    _region(
        "United Arab Emirates", "en_PK", "English", "AED", 0.235, _ISO,
        ("Dubai", "Abu Dhabi", "Sharjah", "Ajman", "Al Ain", "Ras Al Khaimah"),
        ("uae", "emirates", "emirati", "émirats arabes unis", "vereinigte arabische emirate",
         "emiratos árabes unidos", "emirati arabi uniti", "emirados árabes unidos",
         "birleşik arap emirlikleri", "アラブ首長国連邦", "阿联酋", "الإمارات", "في دبي",
         "بدبي", "أبوظبي", "الشارقة", "दुबई", "迪拜", "ドバイ"),
    ),
    _region(
        "Saudi Arabia", "en_PK", "Arabic", "SAR", 0.23, _ISO,
        ("Riyadh", "Jeddah", "Dammam", "Mecca", "Khobar"),
        ("saudi", "ksa", "arabie saoudite", "saudi-arabien", "arabia saudita",
         "arabia saudí", "arábia saudita", "arabia saudyjska", "suudi arabistan",
         "サウジアラビア", "沙特", "السعودية", "सऊदी", "makkah", "الرياض", "جدة", "الدمام",
         "مكة"),
    ),
    # Africa
    _region(
        "Egypt", "en_PK", "Arabic", "EGP", 0.018, _ISO,
        ("Cairo", "Alexandria", "Giza", "Mansoura", "Port Said", "Luxor"),
        ("egypt", "égypte", "ägypten", "egipt", "egitto", "egito", "エジプト", "埃及",
         "في مصر", "جمهورية مصر", "القاهرة", "الإسكندرية", "الجيزة", "le caire", "kairo",
         "el cairo", "il cairo", "alexandrie", "gizeh", "aswan", "hurghada"),
    ),
    _region(
        "Morocco", "fr_DZ", "French", "MAD", 0.094, _ISO,
        ("Casablanca", "Marrakesh", "Tangier", "Agadir", "Meknes", "Oujda"),
        ("moroccan", "maroc", "marokko", "marruecos", "marocco", "marrocos", "maroko",
         "モロッコ", "摩洛哥", "marrakech", "meknès", "tétouan", "kenitra",
         "الدار البيضاء", "الرباط", "مراكش", "طنجة"),
    ),
    _region(
        "Nigeria", "en_NG", "English", "NGN", 0.00059, _ISO,
        ("Lagos", "Abuja", "Kano", "Ibadan", "Port Harcourt", "Enugu"),
        ("nigerian", "nigéria", "nijerya", "ナイジェリア", "尼日利亚", "kaduna", "benin city",
         "lekki", "ikeja"),
    ),
    _region(
        "Kenya", "en_KE", "English", "KES", 0.0067, _ISO,
        ("Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "Nyeri"),
        ("kenyan", "kenia", "quênia", "ケニア", "肯尼亚", "thika", "machakos", "naivasha"),
    ),
    _region(
        "South Africa", "zu_ZA", "English", "ZAR", 0.049, _ISO,
        ("Johannesburg", "Cape Town", "Durban", "Pretoria", "Gqeberha", "Bloemfontein"),
        ("south african", "afrique du sud", "südafrika", "sudáfrica", "sudafrica",
         "áfrica do sul", "república sudafricana", "güney afrika", "南アフリカ", "南非",
         "joburg", "port elizabeth", "soweto", "stellenbosch", "kaapstad", "gauteng",
         "kwazulu-natal", "western cape"),
    ),
    # Oceania
    _region(
        "Australia", "en_AU", "English", "AUD", 0.56, _ISO,
        ("Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Canberra", "Hobart"),
        ("australian", "australie", "australien", "austrália", "australië", "avustralya",
         "オーストラリア", "澳大利亚", "澳洲", "gold coast", "queensland", "new south wales",
         "tasmania", "geelong", "wollongong"),
    ),
    _region(
        "New Zealand", "en_NZ", "English", "NZD", 0.5, _ISO,
        ("Auckland", "Wellington", "Christchurch", "Dunedin", "Tauranga", "Palmerston North"),
        ("nouvelle-zélande", "neuseeland", "nueva zelanda", "nuova zelanda", "nova zelândia",
         "nieuw-zeeland", "nowa zelandia", "yeni zelanda", "ニュージーランド", "新西兰",
         "aotearoa", "waikato", "otago", "queenstown", "rotorua"),
    ),
)

DEFAULT_REGION: Region = _UNITED_STATES

_PLACES: dict[str, frozenset[str]] = {
    region.country: frozenset(_fold(name) for name in (region.country, *region.cities))
    for region in REGIONS
}


def named_region(persona: str) -> Region | None:
    """The region the persona names (as :func:`match_region` scores it), or None if it names
    none: the persona reader then looks at the language the persona is written in."""
    found = match_region(persona)
    hits = _hits(persona, [found.keywords])[0]
    return found if hits else None


def region_of_country(country: str) -> Region | None:
    """The Region of this country name, if the vocabulary has it."""
    return next((region for region in REGIONS if region.country == country), None)


@lru_cache(maxsize=2048)
def match_region(persona: str) -> Region:
    """Region named (by country or city keyword) in the persona, else DEFAULT_REGION.

    Each keyword found scores 1, or 2 when it is the country's or one of its cities' own
    name, so "a French teacher in Chicago" is in the United States. Matching folds case and
    accents like :func:`match_domain`; ties go to the earlier region in REGIONS.
    """
    hits = _hits(persona, [region.keywords for region in REGIONS])
    best, best_score = DEFAULT_REGION, 0
    for region, found in zip(REGIONS, hits, strict=True):
        places = _PLACES[region.country]
        score = sum(2 if keyword in places else 1 for keyword in found)
        if score > best_score:
            best, best_score = region, score
    return best
