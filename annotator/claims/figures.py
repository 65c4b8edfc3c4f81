"""The figures a sentence states, and what each counts: grouping's guards against two claims
that share only a number."""

from __future__ import annotations

import re

from .countries import _AFFIX, _country

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = re.compile(rf"\b{_DAY}(?:\s*(?:-|–|and|to)\s*{_DAY})?\s+(?:of\s+)?{_MONTH}\b|"
                   rf"\b{_MONTH}\.?\s+{_DAY}(?:\s*(?:-|–|and|to)\s*{_DAY})?\b|"
                   r"(?<![\d,.])(?:1[89]|20)\d\d(?!\d|[,.]\d)", re.I)
_SCALE = {"hundred": 1e2, "hundred thousand": 1e5, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}
_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                     "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_WORDS.update({w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())})
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_NUMBER = re.compile(
    rf"(?<![\w/.,-])(\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:{_TENS})[- ](?:{_UNITS})\b|" + "|".join(_WORDS) + r")"
    r"(?:\s*(hundred(?:\s+thousand)?|thousand|million|billion|bn|m|k)\b)?(?![\w/-]|[.,]\d)", re.I)
_ANY_NUMBER = rf"(?:\d+|(?:{_TENS})(?:[- ](?:{_UNITS}))?|" + "|".join(_WORDS) + ")"
# Ages are no counts: "most of the victims were aged between six and 14" does not state 14 dead.
_AGE = re.compile(rf"\b(?:aged?|ages)\s+(?:between\s+{_ANY_NUMBER}\s+and\s+{_ANY_NUMBER}|"
                  rf"of\s+{_ANY_NUMBER}\s*(?:and|to|-|–)\s*{_ANY_NUMBER}|{_ANY_NUMBER}(?:\s*(?:-|–|to)\s*{_ANY_NUMBER}|"
                  # "two boys aged 16 and 17 were killed", not "a boy aged 12 and 30 others"
                  rf"(?:\s*(?:,|and|or)\s*{_ANY_NUMBER})+(?=\s*(?:[,.;:)]|$|years?\b|were\b|was\b|died\b|had\b)))?)\b|"
                  rf"\bunder\s+the\s+age\s+of\s+{_ANY_NUMBER}\b", re.I)


def _numbers(text: str):
    """(value, match) of each figure of ``text`` with its dates and ages blanked out (the
    matches index that blanked text, which is the same length)."""
    text = _AGE.sub(lambda m: " " * len(m.group()), _DATE.sub(lambda m: " " * len(m.group()), text))
    for match in _NUMBER.finditer(text):
        word, scale = match.group(1).lower(), " ".join((match.group(2) or "").lower().split())
        if word == "one" and not scale:
            continue
        tens, _, unit = word.replace("-", " ").partition(" ")
        value = (_WORDS[tens] + _WORDS[unit] if unit else _WORDS[word] if word in _WORDS
                 else float(word.replace(",", "")))
        yield float(value * _SCALE.get(scale, 1)), match


def figures(text: str) -> frozenset[float]:
    """The quantities a sentence states ("358,000", "some 1.9 million", "ten million", "85%").

    Dates ("January 15", "15 and 19 January", years 1800-2099), ages ("aged between six and 14")
    and numbers glued to letters ("M5", "MQ-9") are not figures; "one" alone is not a figure ("one of the largest").
    """
    return frozenset(value for value, _ in _numbers(text))


def figures_agree(a: frozenset, b: frozenset) -> bool:
    """False when both state figures and none of them match (within 1%, for rounding), or when
    each one's largest figure is missing from the other and the two are within a factor of two:
    the same count put differently ("killed nine people, including two children" and "at least
    seven civilians, including two children" share only the children)."""
    if not a or not b:
        return True
    if not any(_same_figure(x, y) for x in a for y in b):
        return False
    top_a, top_b = max(a), max(b)
    if any(_same_figure(top_a, y) for y in b) or any(_same_figure(top_b, x) for x in a):
        return True
    return max(top_a, top_b) >= 2 * min(top_a, top_b)


def _same_figure(x: float, y: float) -> bool:
    return abs(x - y) <= 0.01 * max(abs(x), abs(y))


def precise(value: float) -> bool:
    """A figure precise enough to identify a claim: at least 100, with three or more significant
    digits (358,000 or 1,250; not 4,000, 40 or 1.5 million)."""
    return value >= 100 and len(str(int(round(value))).rstrip("0")) >= 3


def shares_precise_figure(a: frozenset, b: frozenset) -> bool:
    """True when both state one :func:`precise` figure (within 1%, for rounding)."""
    return any(precise(x) and abs(x - y) <= 0.01 * max(x, y) for x in a for y in b)


# ----- what a figure counts -------------------------------------------------------------------

# The kinds of thing conflict reporting counts. "Three terrorists carried out the attack" and
# "destroyed three Indian posts" share a figure, not a claim.
_KINDS = {
    "person": """people persons person civilians civilian residents villagers children child kids boys girls women woman
        men man soldiers soldier troops militants militant fighters fighter terrorists insurgents rebels jihadists
        guerrillas policemen police officers officer peacekeepers servicemen personnel members member workers worker
        staff journalists reporters doctors nurses medics paramedics patients students pupils teachers worshippers
        farmers miners fishermen passengers detainees prisoners hostages captives suspects protesters demonstrators
        refugees migrants victims nationals citizens commanders gunmen attackers assailants militiamen recruits
        mercenaries employees officials volunteers infants babies families relatives bodies martyrs dead wounded
        injured casualties troopers marines sailors pilots airmen crew operators drivers engineers chiefs elders
        guards operatives cadres combatants individuals deaths killed""",
    "place": """posts post outposts outpost bunkers bunker positions position checkpoints checkpoint homes home houses
        house buildings building schools school hospitals hospital clinics mosques churches villages village towns
        town cities districts neighbourhoods neighborhoods suburbs bases base camps camp sites site targets target
        facilities facility bridges bridge shops markets wells settlements localities hamlets provinces regions
        states countries stations hideouts""",
    "materiel": """vehicles vehicle trucks truck tanks tank cars car buses bus convoys boats ships vessels warships
        tankers aircraft planes warplanes jets bombers helicopters drones drone rockets rocket missiles missile shells
        shell mortars bombs bomb artillery launchers weapons guns rifles mines explosives explosions blasts
        strikes airstrikes raids ambulances carriers""",
    "time": "days day weeks week months month hours hour years year minutes decades nights",
    "distance": "km kilometres kilometers kilometre kilometer miles mile metres meters",
    "share": "percent per cent %",
    "mass": "tonnes tons tonne ton",
}
_KIND_OF = {w: kind for kind, words in _KINDS.items() for w in words.split()}
_STOP = frozenset("in on at for to from by with since during after before over under than and or as into near across "
                  "who which that while when where whose because but if including the a an its their his her our "
                  "them those these this".split())
# verbs that end the counted phrase ("Twelve died when …", "four hit houses")
_VERBS = frozenset("were was are is be been being have has had will would could may might did do does hit hits fell "
                   "died die drowned capsized remain remained went came".split())
_MORE = frozenset("more other further additional".split())
_OF = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|them|those|these)\b", re.I)  # "six of its servicemen"
_TOKEN = re.compile(r"\s*([A-Za-z][\w'’-]*|%)")
# Peoples whose reports name them otherwise than by a state: "12 Gaza residents" are "12 Palestinians";
# "Kurdish fighters" may be Syria's, Iraq's or Turkey's
_PEOPLE_OF = {"GAZA": "PALESTINE", "KURD": None}
# A count of who says it, not of what is said: "two residents told AFP", "two officials, speaking on condition
# of anonymity,", "according to two officials"; not ", said the army" after what was said, nor "confirmed killed"
_SOURCE_AFTER = re.compile(r"(?:\s+(?:of|from|in|at|and|with)\s+[^,.;:]{0,40}?)?(?:,?\s+who\s+[^,.;:]{0,50}?,?)?"
                           r"(?:,\s+(?=speaking)|\s+)(?:[\w'’-]+ly\s+)?(?:said|say|says|told|tell|telling|speaking|spoke|"
                           r"confirmed(?!\s+(?:killed|dead))|asking|quoted|cited)\b", re.I)
_SOURCE_BEFORE = re.compile(r"(?:\baccording\s+to\b[^.;:,]{0,80}|\b(?:told|confirmed|quoted|cited|interviewed)"
                            r"(?:\s+to\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4})?\s+by\s+|\b(?:quoting|citing)\s+(?:[\w'’-]+\s+){0,3})$",
                            re.I)


# A figure a speaker rejects after saying something of its own: "The HPG said two of its fighters were
# killed and rejected Ankara's figure of 47": the sentence states the two, not the 47 (a sentence that
# only rejects a figure still groups with the claim it rejects, whose dispute it is). Only a figure in
# the rejected claim's own phrase: not "denied entry to 40 trucks", "dismissed 12 officers".
_REJECTS_AFTER = re.compile(r"\b(?:said|says|added|reported|announced|confirmed)\b[^;]*?(?:\band\s+(?:also\s+)?|,\s+)"
                            r"(?:rejected|rejecting|dismissed|dismissing|denied|denying|disputed|disputing)\s+"
                            r"(?P<object>[^,;.]*?\b(?:figures?|tolls?|claims?|counts?|numbers?|tall(?:y|ies)|estimates?|"
                            r"reports?)\b[^,;.]*)", re.I)


def _nationality(token: str) -> tuple[str, bool] | None:
    """None where a token before a counted noun names no country; else the country it names the
    people of ("" for a backer, "Iran-backed", or a people of no one state) and whether it is itself the
    plural noun ("six Azerbaijanis", "12 Palestinians"; not "Damascus")."""
    country = _country(token)
    if country is None:
        return None
    if _AFFIX.search(token.lower()):
        return "", False
    plural = token.lower().endswith("s") and _country(token[:-1]) is not None
    return _PEOPLE_OF.get(country, country) or "", plural


def _modifier(word: str) -> bool:
    """Whether an unknown word may be a noun modifying the next ("storage"), not a verb or clause word."""
    return (word.isalpha() and word not in _KIND_OF and word not in _STOP and word not in _VERBS
            and not word.endswith(("ed", "ing")))


def _counted(text: str, end: int) -> tuple[str, frozenset, int]:
    """What the figure ending at ``end`` counts: (kind, countries of the people counted, where
    the counted noun ends). The noun is the head of the phrase after the figure: "police
    stations" counts places the tables lack (kind ""), not police; kind "" too when no known noun
    comes before a verb, a clause word or a third unknown word."""
    pos, countries, unknown = end, set(), 0
    if of := _OF.match(text, pos):
        pos = of.end()
    while unknown <= 2 and (token := _TOKEN.match(text, pos)):
        low = token.group(1).lower()
        if low in _STOP or low in _VERBS:
            break
        pos = token.end()
        if low in _KIND_OF:
            kind = _KIND_OF[low]
            if low.endswith("s") and (one := _TOKEN.match(text, pos)) and (two := _TOKEN.match(text, one.end())) \
                    and _modifier(one.group(1).lower()) and two.group(1).lower() in _KIND_OF:
                return _KIND_OF[two.group(1).lower()], frozenset(), two.end()  # "weapons storage facilities"
            while not low.endswith("s") and (more := _TOKEN.match(text, pos)):
                low = more.group(1).lower()
                if low in _KIND_OF:  # "fighter jets", "police officers"
                    kind, pos = _KIND_OF[low], more.end()
                elif low not in _STOP and low not in _VERBS and low.isalpha():
                    return "", frozenset(), more.end()  # "police stations", "drone operators": a head the tables lack
                else:
                    break
            return kind, frozenset(countries) if kind == "person" else frozenset(), pos
        if (people := _nationality(token.group(1))) is not None:
            if people[0]:
                countries.add(people[0])
            if people[1]:
                return "person", frozenset(countries), pos
        elif low not in _MORE:
            unknown += 1
    return "", frozenset(), pos


def counted(text: str) -> frozenset[tuple]:
    """What each of a sentence's figures counts: (value, kind, countries) per figure (see
    ``_KINDS``; countries only of people: "six Russian peacekeepers"). A count of the people who
    say it ("two residents told AFP") is left out, and so is a span of time ("two weeks after the
    assault"): it frames a claim more often than it counts what the claim is about. A figure in a
    claim the speaker goes on to reject is of kind "rejected"."""
    return figures_counted(text)[1]


def figures_counted(text: str) -> tuple[frozenset, frozenset]:
    """:func:`figures` and :func:`counted` of a sentence, read in one pass."""
    numbers = list(_numbers(text))
    if not numbers:
        return frozenset(), frozenset()
    out = set()
    rejects = _REJECTS_AFTER.search(text)
    for value, match in numbers:
        if rejects and rejects.start("object") <= match.start() < rejects.end("object"):
            out.add((value, "rejected", frozenset()))
            continue
        kind, countries, end = _counted(match.string, match.end())
        if kind == "time" or kind == "person" and (_SOURCE_AFTER.match(match.string, end)
                                                   or _SOURCE_BEFORE.search(match.string, 0, match.start())):
            continue
        out.add((value, kind, countries))
    return frozenset(value for value, _ in numbers), frozenset(out)


def _fits(x: tuple, y: tuple) -> bool:
    return (not x[1] or not y[1] or x[1] == y[1]) and (not x[2] or not y[2] or bool(x[2] & y[2]))


def _most_specific(entries: frozenset) -> list:
    """``entries`` less those a more specific one of the same value says more about (a merged
    group's "six people" beside its "six Azerbaijanis")."""
    return [e for e in entries if not any(f[0] == e[0] and ((not e[1] and f[1]) or (e[1] == f[1] and not e[2] and f[2]))
                                          for f in entries)]


def counts_agree(a: frozenset, b: frozenset) -> bool:
    """False when the figures two :func:`counted` sets share all count different things
    ("three terrorists" and "three Indian posts"; "six Russian peacekeepers" and "six
    Azerbaijanis"), True otherwise (no shared figure, or one that may count the same)."""
    if not a or not b or len(a) * len(b) > 4096:
        return True
    shared = [(x, y) for x in _most_specific(a) for y in _most_specific(b) if _same_figure(x[0], y[0])]
    return not shared or any(_fits(x, y) for x, y in shared)
