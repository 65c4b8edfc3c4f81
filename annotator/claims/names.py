"""When two written source names are one source: registry roots, organs of one state, spellings,
contained names and initials."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..registry import Registry, Source
from .countries import _country, _word
from .signals import _NAME_TOKEN


def _root(source: Source, registry: Registry) -> Source:
    """The top of a source's parent chain (UNHCR -> United Nations), for independence."""
    seen = {source.name}
    while source.parent and (parent := registry.get(source.parent)) and parent.name not in seen:
        seen.add(parent.name)
        source = parent
    return source


_ISO = {"AE": "UAE", "AF": "AFGHANISTAN", "DE": "GERMANY", "EG": "EGYPT", "FR": "FRANCE", "GB": "BRITAIN",
        "IL": "ISRAEL", "IQ": "IRAQ", "IR": "IRAN", "JO": "JORDAN", "LB": "LEBANON", "LY": "LIBYA", "MM": "MYANMAR",
        "PS": "PALESTINE", "QA": "QATAR", "RU": "RUSSIA", "SA": "SAUDI", "SD": "SUDAN", "SY": "SYRIA", "TR": "TURKEY",
        "UA": "UKRAINE", "US": "USA", "YE": "YEMEN", "PK": "PAKISTAN", "RW": "RWANDA", "KE": "KENYA", "CD": "CONGO",
        "CM": "CAMEROON", "CF": "CENTRAL_AFRICAN_REPUBLIC", "IN": "INDIA", "AZ": "AZERBAIJAN", "AM": "ARMENIA",
        "UG": "UGANDA", "ET": "ETHIOPIA", "ML": "MALI", "ID": "INDONESIA", "CN": "CHINA", "PH": "PHILIPPINES",
        "HT": "HAITI", "MZ": "MOZAMBIQUE", "NG": "NIGERIA", "CO": "COLOMBIA", "SS": "SOUTH_SUDAN", "SO": "SOMALIA",
        "BD": "BANGLADESH", "XK": "KOSOVO", "RS": "SERBIA", "MX": "MEXICO", "TH": "THAILAND", "KH": "CAMBODIA",
        "KG": "KYRGYZSTAN", "TJ": "TAJIKISTAN", "GE": "GEORGIA"}
_ORGAN = frozenset("""government govt ministry minister ministers army military armed forces force defence defense
president presidency presidential kremlin pentagon authorities prosecutor prosecutors envoy embassy ambassador cabinet
federation command police office official officials navy department staff side junta contingent authority""".split())
# Words an organ's name may also hold; any other word ("Houthi-run", "rebel", "internationally
# recognised", "Moscow-installed") may name a rival claimant to the state, so it is not merged.
_ORGAN_ALSO = frozenset("""people peoples national federal republic democratic royal state general foreign
interior affairs security service services spokesman spokeswoman spokesperson spokespeople headquarters air
joint operations operational task secretariat department directorate director internal chiefs transition
peacekeeping media guard troops kgb""".split())
# What a ministry is for, and words a title or organ may carry beside it ("Health Minister", "the
# health ministry", "Acting Foreign Minister"): they name no side. Beside an organ word and one
# country they still make an organ of that country's state ("Russia's health ministry"). Not
# "civil" or "local": Syria's civil defence and local officials are not its government.
_PORTFOLIO = frozenset("""home health education information finance justice agriculture culture energy water transport
communications communication economy economic religious endowments social labour labor public works youth sports tourism
environment housing planning trade industry oil petroleum electricity displaced refugees migration humanitarian
emergency emergencies situations relief reconstruction legal intelligence border customs prisons veterans essential
martyrs women family welfare minorities higher deputy acting interim senior first caretaker
outgoing incoming junior regional provincial prime cabinet unification reunification""".split())
# Where an organ is ("the health ministry in the Hamas-run territory"), beside one country.
_TERRITORY = frozenset("territory enclave strip".split())
# What an on-record source described only by its role ends in ("the ministry", "a police spokesman",
# "the regional administration"), so an origin can be named as the article describes it.
_ROLE_WORDS = _ORGAN | _ORGAN_ALSO | frozenset("""governor commander general colonel chief head director chairman
secretary administration directorate council committee coalition alliance movement militia rebels group groups
agency agencies navy coastguard guard centre center bureau unit brigade junta municipality mission charity company
operator ombudsman mayor commissioner prefect""".split())
# What a source named by the mention finder without a capitalised name must end in to be a speaker
# at all: "the ministry", "aid agencies", "officials"; not "deliveries", "which", "has".
_SOURCE_WORDS = _ROLE_WORDS | frozenset("""statement communique office staff workers teams officers authorities
sources source residents witnesses activists medics doctors rescuers volunteers leadership communiqué""".split())
# Seats of government, and the capitals the demonym table leaves out, that stand for a state
# ("the White House said", "London said").
_SEATS = {"white house": "Washington", "downing street": "Britain", "whitehall": "Britain", "london": "Britain",
          "elysee palace": "France", "elysee": "France", "paris": "France"}
_SEAT = re.compile(r"\b(?:" + "|".join(sorted(_SEATS, key=len, reverse=True)).replace("elysee", "[eé]lys[eé]e")
                   + r")\b", re.I)


# States whose names the one-word demonym table of grouping cannot hold ("South Sudan" would
# read as Sudan there); read here only, for origins.
_COMPOUND = {"south sudan": "SOUTH_SUDAN", "south sudanese": "SOUTH_SUDAN", "juba": "SOUTH_SUDAN",
             "north korea": "NORTH_KOREA", "north korean": "NORTH_KOREA", "pyongyang": "NORTH_KOREA",
             "south korea": "SOUTH_KOREA", "south korean": "SOUTH_KOREA", "seoul": "SOUTH_KOREA",
             "sri lanka": "SRI_LANKA", "sri lankan": "SRI_LANKA", "colombo": "SRI_LANKA", "burkina faso": "BURKINA",
             "united states": "USA", "united kingdom": "BRITAIN", "united arab emirates": "UAE", "abu dhabi": "UAE",
             "south africa": "SOUTH_AFRICA", "south african": "SOUTH_AFRICA", "pretoria": "SOUTH_AFRICA",
             "new zealand": "NEW_ZEALAND", "phnom penh": "CAMBODIA", "new delhi": "INDIA",
             "buenos aires": "ARGENTINA", "kuala lumpur": "MALAYSIA", "kuwait city": "KUWAIT",
             "serbia and montenegro": "SERBIA", "saudi arabia": "SAUDI", "north macedonia": "NORTH_MACEDONIA", "central african republic": "CENTRAL_AFRICAN_REPUBLIC",
             "central african": "CENTRAL_AFRICAN_REPUBLIC", "timor-leste": "EAST_TIMOR", "east timor": "EAST_TIMOR",
             # the Taliban's government, which has governed Afghanistan since 2021 (not "the Taliban" alone,
             # who fought the Afghan state before)
             "taliban government": "AFGHANISTAN", "taliban administration": "AFGHANISTAN",
             "taliban authorities": "AFGHANISTAN", "islamic emirate": "AFGHANISTAN",
             # North Ossetia is a Russian republic; South Ossetia's de facto authorities a side (below)
             "north ossetia": "RUSSIA", "north ossetian": "RUSSIA", "south ossetia": "SOUTH_OSSETIA",
             "south ossetian": "SOUTH_OSSETIA"}
# States the grouping table leaves out (it feeds the trained pair scorer, so it stays as it was
# trained); read here only, for origins: "Mexico's defence ministry", "the Thai army".
_MORE_STATES = {w: state for state, words in {
    "SERBIA": "yugoslavia yugoslav", "MEXICO": "mexico mexican", "HAITI": "haiti haitian", "GEORGIA": "georgia georgian tbilisi", "VENEZUELA": "venezuela venezuelan caracas",
    "PERU": "peru peruvian lima", "THAILAND": "thailand thai bangkok", "CAMBODIA": "cambodia cambodian phnom kampuchea",
    "KYRGYZSTAN": "kyrgyzstan kyrgyz bishkek", "TAJIKISTAN": "tajikistan tajik dushanbe",
    "BOLIVIA": "bolivia bolivian", "BOSNIA": "bosnia bosnian sarajevo", "CROATIA": "croatia croatian zagreb",
    "ALBANIA": "albania albanian tirana", "MOROCCO": "morocco moroccan rabat", "TUNISIA": "tunisia tunisian tunis",
    "OMAN": "oman omani muscat", "BANGLADESH": "bangladesh bangladeshi dhaka", "JAPAN": "japan japanese tokyo",
    "VIETNAM": "vietnam vietnamese hanoi", "BRAZIL": "brazil brazilian brasilia",
    "ARGENTINA": "argentina argentine", "CHILE": "chile chilean santiago", "CANADA": "canada canadian",
    "ITALY": "italy italian rome", "SPAIN": "spain spanish madrid", "POLAND": "poland polish warsaw",
    "FINLAND": "finland finnish helsinki", "SWEDEN": "sweden swedish stockholm", "NORWAY": "norway norwegian oslo",
    "DENMARK": "denmark danish copenhagen", "ESTONIA": "estonia estonian tallinn", "LATVIA": "latvia latvian riga",
    "LITHUANIA": "lithuania lithuanian vilnius", "GREECE": "greece greek athens",
    "CYPRUS": "cyprus cypriot nicosia", "HUNGARY": "hungary hungarian budapest",
    "ROMANIA": "romania romanian bucharest", "MOLDOVA": "moldova moldovan chisinau",
    "KAZAKHSTAN": "kazakhstan kazakh astana", "UZBEKISTAN": "uzbekistan uzbek tashkent",
    "NEPAL": "nepal nepalese kathmandu", "TAIWAN": "taiwan taiwanese taipei",
    "TANZANIA": "tanzania tanzanian dodoma", "ZAMBIA": "zambia zambian lusaka",
    "ZIMBABWE": "zimbabwe zimbabwean harare", "SENEGAL": "senegal senegalese dakar",
    "GHANA": "ghana ghanaian accra", "MAURITANIA": "mauritania mauritanian nouakchott",
    "DJIBOUTI": "djibouti djiboutian", "ANGOLA": "angola angolan luanda", "LIBERIA": "liberia liberian monrovia",
    "CUBA": "cuba cuban havana", "ECUADOR": "ecuador ecuadorian quito", "HONDURAS": "honduras honduran",
    "GUATEMALA": "guatemala guatemalan", "NICARAGUA": "nicaragua nicaraguan managua",
    "PORTUGAL": "portugal portuguese lisbon",
    "AUSTRALIA": "australia australian canberra", "NORTH_MACEDONIA": "macedonia macedonian skopje",
    "CENTRAL_AFRICAN_REPUBLIC": "bangui", "BHUTAN": "bhutan bhutanese thimphu", "MONGOLIA": "mongolia mongolian ulaanbaatar",
    "TURKMENISTAN": "turkmenistan turkmen ashgabat", "EAST_TIMOR": "dili", "LAOS": "laos laotian vientiane",
    "COLOMBIA": "bogotá", "MALAYSIA": "malaysia malaysian",
    "KUWAIT": "kuwait kuwaiti", "PALESTINE": "ramallah", "JORDAN": "jordan", "NETHERLANDS": "netherlands dutch",
    "BELGIUM": "belgium belgian", "SWITZERLAND": "switzerland swiss bern", "AUSTRIA": "austria austrian",
    "IRELAND": "ireland irish dublin", "CZECHIA": "czechia czech prague", "SLOVAKIA": "slovakia slovak bratislava",
    "BULGARIA": "bulgaria bulgarian sofia", "SLOVENIA": "slovenia slovenian ljubljana",
    "MONTENEGRO": "montenegro montenegrin podgorica", "SINGAPORE": "singapore singaporean",
    "ICELAND": "iceland icelandic reykjavik", "LUXEMBOURG": "luxembourg",
}.items() for w in words.split()}


# Authorities that are no state but govern and speak like one, read for origins: their organs are
# one origin ("the Hamas-run health ministry" and "Hamas"; "Sahrawi defence ministry" and the
# Polisario), and no countryless official is lent to them (:func:`origins._offices_joined`). Not
# "Tigray" (its interim administration since 2023 is federally appointed) nor "Sadr" (Muqtada
# al-Sadr, not the Sahrawi republic); not the Taliban, who have governed Afghanistan since 2021.
_SIDE_NAMES = {w: side for side, words in {
    "GAZA": "hamas", "HOUTHIS": "houthi houthis huthi huthis ansarallah", "POLISARIO": "polisario sahrawi",
    "TPLF": "tplf", "KARABAKH": "karabakh nagorno-karabakh artsakh stepanakert",
    "SOUTH_OSSETIA": "ossetia ossetian tskhinvali", "ABKHAZIA": "abkhazia abkhaz abkhazian sukhumi sokhumi sukhum",
    "TRANSNISTRIA": "transnistria transnistrian tiraspol pridnestrovie pridnestrovian"}.items() for w in words.split()}
SIDES = frozenset(_SIDE_NAMES.values())


_SHOWN = {"USA": "the United States", "BURKINA": "Burkina Faso", "UAE": "the United Arab Emirates", "SAUDI": "Saudi Arabia",
          "GAZA": "Hamas-run Gaza", "HOUTHIS": "the Houthis", "POLISARIO": "the Polisario Front", "TPLF": "the TPLF",
          "KARABAKH": "the Karabakh Armenian authorities", "SOUTH_OSSETIA": "the de facto South Ossetian authorities",
          "ABKHAZIA": "the de facto Abkhaz authorities", "TRANSNISTRIA": "the de facto Transnistrian authorities"}


def state_name(code: str) -> str:
    """A state's or side's key as a reader would write it: "RUSSIA" is "Russia", "USA" "the United
    States", "SOUTH_SUDAN" "South Sudan", "GAZA" "Hamas-run Gaza"."""
    return _SHOWN.get(code) or code.replace("_", " ").title()


# States known by an acronym, read in capitals only ("the CAR presidency", not "a car bomb").
_ACRONYM_STATES = {"CAR": "CENTRAL_AFRICAN_REPUBLIC", "DRC": "CONGO", "DRC's": "CONGO", "CAR's": "CENTRAL_AFRICAN_REPUBLIC"}


def _state_word(token: str) -> str | None:
    """The country a token names, by the grouping table or the origins-only one, or the side
    (:data:`SIDES`) that governs like one."""
    return (_country(token) or _MORE_STATES.get(_word(token)) or _SIDE_NAMES.get(_word(token))
            or _ACRONYM_STATES.get(token.replace("’", "'")))


COMPOUND_STATES = "|".join(sorted(_COMPOUND, key=len, reverse=True))  # longest first: "South Sudan" before "Sudan"
_COMPOUND_NAME = re.compile(r"\b(" + COMPOUND_STATES + r")\b(?:['’]s\b)?", re.I)


_BASED = re.compile(r"\b([A-Z][\w'’]*)-based\s+")
# Opposition bodies named like organs of the state they fight
_OPPOSITION_BODY = re.compile(r"\bSyrian\s+(?:Interim|Salvation)\s+Government\b|\bSyrian\s+National\s+(?:Army|Coalition)\b",
                              re.I)


# "U.S.", "U.K.", "U.A.E.": the acronym's letters, as "US" is written in other articles
_DOTTED = re.compile(r"\b([A-Z])\.([A-Z])\.(?:([A-Z])\.)?(?![A-Za-z-])")  # not "U.A.E.-backed"


def undotted(name: str) -> str:
    """``name`` with dotted acronyms written plain: "the U.S. military" is "the US military"."""
    return _DOTTED.sub(lambda m: "".join(g for g in m.groups() if g), name) if "." in name else name


@lru_cache(maxsize=1 << 12)
def _state_of_name(name: str) -> str | None:
    """The country whose state a written source name is an organ of ("Uganda's army", "the
    Russian Foreign Ministry", "Moscow" or "Azerbaijan" standing for its government), else None:
    exactly one country named, and nothing but it or organ words, one of them at least."""
    name = undotted(name)
    if (based := _BASED.search(name)) and (here := _state_word(based[1])) and _state_of_name(name.replace(based[0], "")) == here:
        return here  # "the Ramallah-based Palestinian health ministry": based in its own state
    if "-based" in name or _OPPOSITION_BODY.search(name):  # "the Rome-based World Food Programme" is no
        return None  # organ of Italy; the opposition's "Syrian Interim Government" none of Syria's state
    installed = _INSTALLED.search(name)  # "the Moscow-installed administration of the Zaporozhye region"
    # "the Houthi-appointed governor" is the Houthis', "the Juba-appointed administrator" South Sudan's; "the
    # US-installed government in Kabul" is a state of its own
    if (installed and (state := _state_word(installed.group(1)) or _COMPOUND.get(installed.group(1).lower()))
            and (state in SIDES or not _CLIENT.search(name))):
        return state
    abroad = _ABROAD.match(name)  # "the embassy in Lima" is not Peru's, "China's embassy in Manila" China's
    if abroad:
        return _state_of_name(abroad.group(1))
    remit = _REMIT.match(name)  # "the Serbian government's office for Kosovo" is Serbia's
    if remit:
        return _state_of_name(remit.group(1))
    if _AFFAIRS_OF.search(name) and _AFFAIRS_OF.sub("", name) != name:
        name = _AFFAIRS_OF.sub("", name)
    compound = {_COMPOUND[m.group(1).lower()] for m in _COMPOUND_NAME.finditer(name)}
    name = _COMPOUND_NAME.sub(" ", name)
    tokens = _NAME_TOKEN.findall(_SEAT.sub(lambda m: _SEATS[m.group(0).lower().replace("é", "e")], name))
    countries = {c for c in map(_state_word, tokens) if c} | compound
    if not compound and not re.match(r"\W*the\s", name, re.I) and not any(_word(t) in _ORGAN for t in tokens) and all(
            t.replace("’", "'") in _ACRONYM_STATES for t in tokens if _state_word(t)):
        return None  # a bare "DRC" may be the Danish Refugee Council; "The DRC said", "the DRC presidency" are Congo's
    rest = [_word(t) for t in tokens if not _state_word(t) and _word(t) not in _NAME_STOP]
    if countries and countries <= SIDES:  # "the de facto foreign ministry in Tskhinvali" is the side's own
        rest = [w for w in rest if w not in _DE_FACTO]
    if _CIVIL_DEFENCE.search(name) and countries and countries != {"SYRIA"}:
        # a state's or side's civil defence is its organ ("the Saudi civil defence", "Gaza's civil defence
        # agency"); Syria's is the opposition's rescuers, the White Helmets
        rest = [w for w in rest if w not in ("civil", "agency")]
    if {"state", "committee"} <= set(rest):  # "Tajikistan's State Committee for National Security"
        rest = [w for w in rest if w != "committee"] + ["service"]
    if len(countries) != 1 or any(w not in _ORGAN and w not in _ORGAN_ALSO and w not in _PORTFOLIO
                                  and w not in _TERRITORY for w in rest):
        return None
    return next(iter(countries)) if not rest or _holds_organ(rest) else None


_DE_FACTO = frozenset("de facto self-proclaimed breakaway separatist".split())
_CIVIL_DEFENCE = re.compile(r"\bcivil\s+defen[cs]e\b", re.I)
# Authorities a state installed in territory it holds speak for it ("the Moscow-installed officials",
# "the Russian-installed administration"); a government it installed is a state of its own.
_INSTALLED = re.compile(r"\b([A-Z][\w'’]*)-(?:installed|appointed)\b")
_CLIENT = re.compile(r"\b(?:government|president|prime minister|cabinet|regime)\b", re.I)
# An organ that sits abroad, and where: the place names where it is, not whose it is.
_ABROAD = re.compile(r"(.*\b(?:[Ee]mbass(?:y|ies)|[Cc]onsulates?|[Hh]igh [Cc]ommission|[Aa]mbassadors?|[Mm]ission))"
                     r"\s+(?:in|to)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}$")


# What an organ is for, not whose it is: "office for Kosovo", "minister for the Middle East".
_REMIT = re.compile(r"(.*\S)\s+for\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3}(?:\s+affairs)?$")
# A place an office is for, inside its name: "China's Taiwan Affairs Office", "the Mainland Affairs Council".
_AFFAIRS_OF = re.compile(r"\b[A-Z][\w'’-]*\s+(?=Affairs\b)")


def _holds_organ(words) -> bool:
    """Whether the words beside a country name an organ, not only qualify one: "ministry", "army",
    a service ("the Kyrgyz border service") or "General Staff" ("Ukraine's General Staff").
    :func:`origins._bare_organ` keeps to ``_ORGAN``, so a bare "the General Staff" is not joined to
    a claim's one state, which may be the other side's."""
    return any(w in _ORGAN or w in ("service", "services", "troops", "kgb") for w in words) or {"general", "staff"} <= set(words)


def _source_state(source: Source) -> str | None:
    """The country of a registered government, military or intelligence source, or the side a
    registered group governs (Hamas, the Houthis), or either of those of the body that runs a
    registered outlet (its ``parent``), else None."""
    if source.kind in ("government", "military", "intelligence"):
        return _ISO.get(source.country)
    # by any of its names: "Tigray People's Liberation Front" is the TPLF
    side = next((side for name in (source.name, *source.aliases) for word in _name_words(name)
                 if (side := _SIDE_NAMES.get(word))), None)
    if side or not source.parent:
        return side
    # media another body runs speak for its side or state ("Al-Masirah" the Houthis', "Zvezda" Russia's,
    # "Sepah News" the registered IRGC's, so Iran's)
    side = next((side for word in _name_words(source.parent) if (side := _SIDE_NAMES.get(word))), None) or (
        _ISO.get(source.country) if source.kind == "state_media" else None)
    if side:
        return side
    return _source_state(source.owner) if source.owner is not None else None


def _same_identity(a: str, b: str) -> bool:
    """Speaker identities (last names) that are equal or spelt alike: one transliteration of a
    name ("Zelensky", "Zelenskiy") shares its first six letters with another, or both spell one
    sound the same ("al-Tarhouni" and "Tarhuni", "Quliyev" and "Guliyev")."""
    if not a or not b:
        return False
    x, y = (a, b) if a == b else (_transliterated(a), _transliterated(b))
    return x == y or (min(len(x), len(y)) >= 6 and x[:6] == y[:6])


# Spellings of one sound in names written in Latin letters from Arabic, Persian, Azerbaijani or
# Russian: "ou" and "u", "ee" and "i", Azerbaijani "Q" read "G" (not a doubled letter: "Hammad" and "Hamad"
# are two names).
_SOUNDS = ((re.compile(r"ou|oo"), "u"), (re.compile(r"ee|iy(?=[aeou])"), "i"), (re.compile(r"q"), "g"))
_ARTICLE = re.compile(r"^(?:al|el|ul|ad|as|ash|az|an|ar|at)[-\s]")


@lru_cache(maxsize=1 << 12)
def _transliterated(identity: str) -> str:
    """A last name as its sounds, for telling two spellings of it apart from two names."""
    folded = _ARTICLE.sub("", unicodedata.normalize("NFKD", identity.lower()).encode("ascii", "ignore").decode())
    for pattern, sound in _SOUNDS:
        folded = pattern.sub(sound, folded)
    return folded


_NAME_STOP = frozenset("the a an of in on at for and to by from its his her their our".split())


@lru_cache(maxsize=1 << 12)
def _name_words(name: str) -> frozenset:
    if not name.isascii():  # "Michoacán" as Reuters writes it, "Michoacan"; "N’Diaye" as "N'Diaye"
        name = unicodedata.normalize("NFKD", name.replace("’", "'")).encode("ascii", "ignore").decode()
    lowered = undotted(name).lower()
    if "municipal president" in lowered:  # Mexico's title for a town's mayor
        lowered = lowered.replace("municipal president", "mayor")
    return frozenset(w for w in re.findall(r"[a-z][\w-]*", re.sub(r"['’]s\b", "", lowered)) if w not in _NAME_STOP)


# The people of an organisation stand for it: "civil defence teams" are the civil defence.
_STAFF = frozenset("teams team workers rescuers volunteers staff members crews personnel".split())


def _same_name(a: str, b: str) -> bool:
    """True when one written name's words contain the other's ("Defence Ministry" and "Russia's
    defence ministry"), ignoring case, possessives and function words, or one is the other's
    initials ("the NUG" and "the National Unity Government")."""
    # its people's word ends it ("civil defence teams"); inside a name it is a word of it ("Kurdistan Workers' Party")
    x, y = (frozenset("government" if w == "authorities" else w for w in _name_words(n) - (
        _STAFF if re.sub(r"\W+$", "", n.lower()).rsplit(" ", 1)[-1] in _STAFF else frozenset())) for n in (a, b))
    if ("authorities" in a.lower()) != ("authorities" in b.lower()) and (
            not (x & y) - _ORGAN - _ORGAN_ALSO - _LEVELS or _RIVAL.search(a) or _RIVAL.search(b)):
        # "the Borno state authorities" are "the Borno State Government"; "local authorities" are no
        # local government elsewhere, nor "Kherson authorities" the Russian-installed one in Kherson
        return False
    return bool(x) and bool(y) and (x <= y or y <= x or _initials_of(a, b) or _initials_of(b, a))


_LEVELS = frozenset("local state regional provincial district municipal city town county".split())
_RIVAL = re.compile(r"-(?:installed|backed|appointed|run|controlled|led)\b|\b(?:rebel|de\s+facto|self-proclaimed|"
                    r"opposition|exiled|parallel|rival)\b", re.I)


_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")


def _initials_of(short: str, long: str) -> bool:
    """True when ``short`` holds an acronym of three or more letters spelt by the last initials of
    ``long``'s capitalised words ("KDF" and "Kenya Defence Forces" or "Kenya's KDF")."""
    words = [w for w in re.findall(r"\b[A-Z][\w'’-]*", long) if w not in ("The", "A", "An")]
    initials = "".join(w[0] for w in words)
    # "Counter-Terrorism Directorate" is the CTD: each capitalised part of a hyphenated word too
    parts = "".join(p[0] for w in words for p in w.split("-") if p[:1].isupper())
    return any(initials.endswith(acronym) or parts.endswith(acronym) for acronym in _ACRONYM.findall(short))


def states_in(text: str) -> set:
    """The states and sides a text names, its compound names first ("North Ossetian" is Russia's, not "Ossetian")."""
    compound = {_COMPOUND[m.group(1).lower()] for m in _COMPOUND_NAME.finditer(text)}
    return compound | {s for t in _NAME_TOKEN.findall(_COMPOUND_NAME.sub(" ", text)) if (s := _state_word(t))}
