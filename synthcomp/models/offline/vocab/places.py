"""Places below the country: US states with real towns, and the region of well-known cities.

A persona names a place at whatever level it likes ("rural Montana", "Austin", "Chengdu",
"Sichuan"); the persona reader needs to go both ways: from a region to its country and a few
real towns, and from a city to its region and country. Names are in English (as the
:class:`Region` cities are), with native spellings for Chinese and Japanese cities so an employer
written in Chinese or Japanese can name its city.
"""

from __future__ import annotations

# State -> (postal abbreviation, real towns, smallest first where it matters for "rural").
US_STATES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Alabama": ("AL", ("Birmingham", "Montgomery", "Huntsville", "Tuscaloosa")),
    "Alaska": ("AK", ("Anchorage", "Fairbanks", "Juneau", "Homer")),
    "Arizona": ("AZ", ("Phoenix", "Tucson", "Flagstaff", "Prescott")),
    "Arkansas": ("AR", ("Little Rock", "Fayetteville", "Hot Springs", "Jonesboro")),
    "California": ("CA", ("Los Angeles", "San Francisco", "San Diego", "Sacramento", "Fresno")),
    "Colorado": ("CO", ("Denver", "Boulder", "Fort Collins", "Durango")),
    "Connecticut": ("CT", ("Hartford", "New Haven", "Stamford", "Mystic")),
    "Delaware": ("DE", ("Wilmington", "Dover", "Newark", "Lewes")),
    "Florida": ("FL", ("Miami", "Orlando", "Tampa", "Jacksonville", "Gainesville")),
    "Georgia": ("GA", ("Atlanta", "Savannah", "Athens", "Macon")),
    "Hawaii": ("HI", ("Honolulu", "Hilo", "Kailua", "Lihue")),
    "Idaho": ("ID", ("Boise", "Coeur d'Alene", "Idaho Falls", "Sandpoint")),
    "Illinois": ("IL", ("Chicago", "Springfield", "Peoria", "Champaign")),
    "Indiana": ("IN", ("Indianapolis", "Bloomington", "Fort Wayne", "South Bend")),
    "Iowa": ("IA", ("Des Moines", "Iowa City", "Cedar Rapids", "Decorah")),
    "Kansas": ("KS", ("Wichita", "Topeka", "Lawrence", "Salina")),
    "Kentucky": ("KY", ("Louisville", "Lexington", "Bowling Green", "Paducah")),
    "Louisiana": ("LA", ("New Orleans", "Baton Rouge", "Lafayette", "Shreveport")),
    "Maine": ("ME", ("Portland", "Bangor", "Augusta", "Bar Harbor")),
    "Maryland": ("MD", ("Baltimore", "Annapolis", "Frederick", "Rockville")),
    "Massachusetts": ("MA", ("Boston", "Worcester", "Springfield", "Amherst")),
    "Michigan": ("MI", ("Detroit", "Grand Rapids", "Ann Arbor", "Traverse City")),
    "Minnesota": ("MN", ("Minneapolis", "Saint Paul", "Duluth", "Rochester")),
    "Mississippi": ("MS", ("Jackson", "Oxford", "Biloxi", "Tupelo")),
    "Missouri": ("MO", ("Kansas City", "St. Louis", "Springfield", "Columbia")),
    "Montana": ("MT", ("Bozeman", "Missoula", "Billings", "Great Falls", "Livingston")),
    "Nebraska": ("NE", ("Omaha", "Lincoln", "Kearney", "Grand Island")),
    "Nevada": ("NV", ("Las Vegas", "Reno", "Carson City", "Elko")),
    "New Hampshire": ("NH", ("Manchester", "Concord", "Portsmouth", "Keene")),
    "New Jersey": ("NJ", ("Newark", "Jersey City", "Princeton", "Trenton")),
    "New Mexico": ("NM", ("Albuquerque", "Santa Fe", "Las Cruces", "Taos")),
    "New York": ("NY", ("New York", "Buffalo", "Rochester", "Albany", "Ithaca")),
    "North Carolina": ("NC", ("Charlotte", "Raleigh", "Asheville", "Durham")),
    "North Dakota": ("ND", ("Fargo", "Bismarck", "Grand Forks", "Minot")),
    "Ohio": ("OH", ("Columbus", "Cleveland", "Cincinnati", "Dayton", "Athens")),
    "Oklahoma": ("OK", ("Oklahoma City", "Tulsa", "Norman", "Stillwater")),
    "Oregon": ("OR", ("Portland", "Eugene", "Bend", "Salem")),
    "Pennsylvania": ("PA", ("Philadelphia", "Pittsburgh", "Harrisburg", "State College")),
    "Rhode Island": ("RI", ("Providence", "Newport", "Warwick", "Westerly")),
    "South Carolina": ("SC", ("Charleston", "Columbia", "Greenville", "Beaufort")),
    "South Dakota": ("SD", ("Sioux Falls", "Rapid City", "Pierre", "Spearfish")),
    "Tennessee": ("TN", ("Nashville", "Memphis", "Knoxville", "Chattanooga")),
    "Texas": ("TX", ("Houston", "Austin", "Dallas", "San Antonio", "El Paso", "Amarillo")),
    "Utah": ("UT", ("Salt Lake City", "Provo", "Ogden", "Moab")),
    "Vermont": ("VT", ("Burlington", "Montpelier", "Brattleboro", "Middlebury")),
    "Virginia": ("VA", ("Richmond", "Virginia Beach", "Charlottesville", "Roanoke")),
    "Washington": ("WA", ("Seattle", "Spokane", "Tacoma", "Olympia", "Bellingham")),
    "West Virginia": ("WV", ("Charleston", "Morgantown", "Huntington", "Wheeling")),
    "Wisconsin": ("WI", ("Milwaukee", "Madison", "Green Bay", "Eau Claire")),
    "Wyoming": ("WY", ("Cheyenne", "Casper", "Laramie", "Jackson")),
}

# Region (state, province, prefecture, Land, nation) -> (country, real towns). US states are
# added below from US_STATES. Aliases in other languages map to the same entry.
REGION_TOWNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "Sichuan": ("China", ("Chengdu", "Mianyang", "Leshan")),
    "Yunnan": ("China", ("Kunming", "Dali", "Lijiang", "Pu'er")),
    "Guangdong": ("China", ("Guangzhou", "Shenzhen", "Dongguan", "Foshan")),
    "Zhejiang": ("China", ("Hangzhou", "Ningbo", "Wenzhou")),
    "Jiangsu": ("China", ("Nanjing", "Suzhou", "Wuxi")),
    "Hubei": ("China", ("Wuhan", "Yichang")),
    "Fujian": ("China", ("Xiamen", "Fuzhou", "Quanzhou")),
    "Hokkaido": ("Japan", ("Sapporo", "Hakodate", "Asahikawa")),
    "Okinawa": ("Japan", ("Naha", "Okinawa City")),
    "Kansai": ("Japan", ("Osaka", "Kyoto", "Kobe")),
    "Bavaria": ("Germany", ("Munich", "Nuremberg", "Augsburg", "Regensburg")),
    "Saxony": ("Germany", ("Dresden", "Leipzig", "Chemnitz")),
    "Baden-Württemberg": ("Germany", ("Stuttgart", "Freiburg", "Heidelberg")),
    "Brittany": ("France", ("Rennes", "Brest", "Quimper", "Vannes")),
    "Normandy": ("France", ("Rouen", "Caen", "Le Havre")),
    "Provence": ("France", ("Marseille", "Aix-en-Provence", "Avignon")),
    "Auvergne-Rhône-Alpes": ("France", ("Lyon", "Grenoble", "Clermont-Ferrand")),
    "Andalusia": ("Spain", ("Seville", "Malaga", "Granada", "Córdoba")),
    "Catalonia": ("Spain", ("Barcelona", "Girona", "Tarragona")),
    "Galicia": ("Spain", ("Santiago de Compostela", "Vigo", "A Coruña")),
    "Basque Country": ("Spain", ("Bilbao", "San Sebastián", "Vitoria-Gasteiz")),
    "Scotland": ("United Kingdom", ("Edinburgh", "Glasgow", "Aberdeen", "Inverness")),
    "Wales": ("United Kingdom", ("Cardiff", "Swansea", "Aberystwyth")),
    "Yorkshire": ("United Kingdom", ("Leeds", "Sheffield", "York", "Harrogate")),
    "Cornwall": ("United Kingdom", ("Truro", "Penzance", "Falmouth")),
    "Ontario": ("Canada", ("Toronto", "Ottawa", "Hamilton", "Kingston")),
    "Quebec": ("Canada", ("Montréal", "Québec", "Sherbrooke")),
    "British Columbia": ("Canada", ("Vancouver", "Victoria", "Kelowna")),
    "Alberta": ("Canada", ("Calgary", "Edmonton", "Red Deer")),
    "Queensland": ("Australia", ("Brisbane", "Cairns", "Townsville", "Gold Coast")),
    "New South Wales": ("Australia", ("Sydney", "Newcastle", "Wollongong")),
    "Victoria (Australia)": ("Australia", ("Melbourne", "Geelong", "Ballarat")),
    "Tasmania": ("Australia", ("Hobart", "Launceston")),
    "Minas Gerais": ("Brazil", ("Belo Horizonte", "Uberlândia", "Ouro Preto")),
    "Bahia": ("Brazil", ("Salvador", "Feira de Santana", "Ilhéus")),
    "Jalisco": ("Mexico", ("Guadalajara", "Puerto Vallarta", "Zapopan")),
    "Oaxaca": ("Mexico", ("Oaxaca", "Juchitán", "Puerto Escondido")),
    "Waikato": ("New Zealand", ("Hamilton", "Cambridge", "Te Awamutu")),
    "Patagonia": ("Argentina", ("Bariloche", "Neuquén", "Ushuaia")),
}
for _state, (_abbr, _towns) in US_STATES.items():
    REGION_TOWNS.setdefault(_state, ("United States", _towns))

# Region names in other languages and spellings -> the key above.
REGION_ALIASES: dict[str, str] = {
    "四川": "Sichuan", "云南": "Yunnan", "广东": "Guangdong", "浙江": "Zhejiang",
    "江苏": "Jiangsu", "湖北": "Hubei", "福建": "Fujian", "北海道": "Hokkaido", "沖縄": "Okinawa",
    "関西": "Kansai", "bayern": "Bavaria", "sachsen": "Saxony", "bretagne": "Brittany",
    "normandie": "Normandy", "andalucía": "Andalusia", "cataluña": "Catalonia",
    "catalunya": "Catalonia", "país vasco": "Basque Country", "québec province": "Quebec",
    "washington state": "Washington",
}

# City -> (region, country): where a named city lies. Only cities whose region is worth saying.
CITY_REGIONS: dict[str, tuple[str, str]] = {
    "Chengdu": ("Sichuan", "China"), "Kunming": ("Yunnan", "China"),
    "Guangzhou": ("Guangdong", "China"), "Shenzhen": ("Guangdong", "China"),
    "Hangzhou": ("Zhejiang", "China"), "Nanjing": ("Jiangsu", "China"),
    "Suzhou": ("Jiangsu", "China"), "Wuhan": ("Hubei", "China"), "Xiamen": ("Fujian", "China"),
    "Beijing": ("Beijing", "China"), "Shanghai": ("Shanghai", "China"),
    "Tokyo": ("Tokyo", "Japan"), "Osaka": ("Osaka", "Japan"), "Kyoto": ("Kyoto", "Japan"),
    "Yokohama": ("Kanagawa", "Japan"), "Sapporo": ("Hokkaido", "Japan"),
    "Fukuoka": ("Fukuoka", "Japan"), "Nagoya": ("Aichi", "Japan"),
    "Munich": ("Bavaria", "Germany"), "Nuremberg": ("Bavaria", "Germany"),
    "Leipzig": ("Saxony", "Germany"), "Dresden": ("Saxony", "Germany"),
    "Stuttgart": ("Baden-Württemberg", "Germany"), "Cologne": ("North Rhine-Westphalia", "Germany"),
    "Düsseldorf": ("North Rhine-Westphalia", "Germany"), "Hamburg": ("Hamburg", "Germany"),
    "Berlin": ("Berlin", "Germany"), "Frankfurt": ("Hesse", "Germany"),
    "Lyon": ("Auvergne-Rhône-Alpes", "France"), "Grenoble": ("Auvergne-Rhône-Alpes", "France"),
    "Paris": ("Île-de-France", "France"), "Marseille": ("Provence-Alpes-Côte d'Azur", "France"),
    "Toulouse": ("Occitanie", "France"), "Bordeaux": ("Nouvelle-Aquitaine", "France"),
    "Lille": ("Hauts-de-France", "France"), "Nantes": ("Pays de la Loire", "France"),
    "Rennes": ("Brittany", "France"), "Brest": ("Brittany", "France"),
    "Strasbourg": ("Grand Est", "France"), "Montpellier": ("Occitanie", "France"),
    "Seville": ("Andalusia", "Spain"), "Malaga": ("Andalusia", "Spain"),
    "Barcelona": ("Catalonia", "Spain"), "Madrid": ("Community of Madrid", "Spain"),
    "Valencia": ("Valencian Community", "Spain"), "Bilbao": ("Basque Country", "Spain"),
    "Edinburgh": ("Scotland", "United Kingdom"), "Glasgow": ("Scotland", "United Kingdom"),
    "Cardiff": ("Wales", "United Kingdom"), "Leeds": ("England", "United Kingdom"),
    "London": ("England", "United Kingdom"), "Manchester": ("England", "United Kingdom"),
    "Toronto": ("Ontario", "Canada"), "Ottawa": ("Ontario", "Canada"),
    "Montréal": ("Quebec", "Canada"), "Vancouver": ("British Columbia", "Canada"),
    "Calgary": ("Alberta", "Canada"), "Sydney": ("New South Wales", "Australia"),
    "Melbourne": ("Victoria", "Australia"), "Brisbane": ("Queensland", "Australia"),
    "São Paulo": ("São Paulo", "Brazil"), "Rio de Janeiro": ("Rio de Janeiro", "Brazil"),
    "Recife": ("Pernambuco", "Brazil"), "Curitiba": ("Paraná", "Brazil"),
    "Guadalajara": ("Jalisco", "Mexico"), "Monterrey": ("Nuevo León", "Mexico"),
    "Mumbai": ("Maharashtra", "India"), "Pune": ("Maharashtra", "India"),
    "Bengaluru": ("Karnataka", "India"), "Chennai": ("Tamil Nadu", "India"),
}
# Every US town listed above lies in its state (first listing wins: "Portland" is Oregon's
# when a persona says nothing else, so the common reading comes first in US_STATES order).
_US_PRIMARY = {"Portland": "Oregon", "Springfield": "Illinois", "Charleston": "South Carolina",
               "Columbia": "South Carolina", "Manchester": "New Hampshire",
               "Rochester": "New York", "Athens": "Georgia", "Jackson": "Mississippi"}
for _state, (_abbr, _towns) in US_STATES.items():
    for _town in _towns:
        if _town in _US_PRIMARY and _US_PRIMARY[_town] != _state:
            continue
        CITY_REGIONS.setdefault(_town, (_state, "United States"))

# Native spellings for employer names written in Chinese or Japanese.
NATIVE_CITY: dict[str, str] = {
    "Chengdu": "成都", "Shanghai": "上海", "Beijing": "北京", "Shenzhen": "深圳",
    "Guangzhou": "广州", "Hangzhou": "杭州", "Wuhan": "武汉", "Kunming": "昆明",
    "Nanjing": "南京", "Suzhou": "苏州", "Xiamen": "厦门", "Mianyang": "绵阳", "Leshan": "乐山",
    "Dali": "大理", "Lijiang": "丽江", "Tokyo": "東京", "Osaka": "大阪", "Kyoto": "京都",
    "Yokohama": "横浜", "Nagoya": "名古屋", "Fukuoka": "福岡", "Sapporo": "札幌", "Kobe": "神戸",
    "Sendai": "仙台", "Hiroshima": "広島",
}
