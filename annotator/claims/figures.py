"""The figures a sentence states, and what each counts: grouping's guards against two claims
that share only a number."""

from __future__ import annotations

import re

from .countries import _country

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = re.compile(rf"\b{_DAY}(?:\s*(?:-|–|and|to)\s*{_DAY})?\s+(?:of\s+)?{_MONTH}\b|"
                   rf"\b{_MONTH}\.?\s+{_DAY}(?:\s*(?:-|–|and|to)\s*{_DAY})?\b|"
                   r"(?<![\d,.])(?:1[89]|20)\d\d(?!\d|[,.]\d)", re.I)
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}
_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve "
                                     "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_WORDS.update({w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())})
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_NUMBER = re.compile(
    rf"(?<![\w/.,-])(\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:{_TENS})[- ](?:{_UNITS})\b|" + "|".join(_WORDS) + r")"
    r"(?:\s*(thousand|million|billion|bn|m|k)\b)?(?![\w/-]|[.,]\d)", re.I)
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
        word, scale = match.group(1).lower(), (match.group(2) or "").lower()
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
        staff journalists reporters doctors nurses medics patients students pupils worshippers farmers miners
        fishermen passengers detainees prisoners hostages captives suspects protesters demonstrators refugees
        migrants victims nationals citizens commanders gunmen attackers assailants militiamen recruits mercenaries
        employees officials volunteers infants babies families relatives bodies martyrs dead wounded injured
        casualties troopers marines sailors pilots airmen operatives cadres combatants individuals deaths killed""",
    "place": """posts post outposts outpost bunkers bunker positions position checkpoints checkpoint homes home houses
        house buildings building schools school hospitals hospital clinics mosques churches villages village towns
        town cities districts neighbourhoods neighborhoods bases base camps camp sites site targets target
        facilities facility bridges bridge shops markets wells settlements localities hamlets provinces regions
        states countries""",
    "materiel": """vehicles vehicle trucks truck tanks tank cars car buses bus convoys boats ships vessels aircraft
        planes jets helicopters drones drone rockets rocket missiles missile shells shell mortars bombs bomb
        artillery rounds launchers weapons guns rifles mines explosives explosions blasts strikes airstrikes raids""",
    "time": "days day weeks week months month hours hour years year minutes decades nights",
    "distance": "km kilometres kilometers kilometre kilometer miles mile metres meters",
    "share": "percent per cent %",
    "mass": "tonnes tons tonne ton",
}
_KIND_OF = {w: kind for kind, words in _KINDS.items() for w in words.split()}
_STOP = frozenset("in on at for to from by with since during after before over under than and or as into near across "
                  "who which that while the a an its their his her our them those these this".split())
_MORE = frozenset("more other further additional".split())
_OF = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|them|those|these)\b", re.I)  # "six of its servicemen"
_TOKEN = re.compile(r"\s*([A-Za-z][\w'’-]*|%)")
_PEOPLE = re.compile(r"(?<!^u)(?:ans|is|s)$")  # "six Azerbaijanis", "12 Palestinians"; not "two US drones"
# A count of who says it, not of what is said: "two residents told AFP", "according to two officials"
_SOURCE_AFTER = re.compile(r"(?:\s+(?:of|from|in|at|and|with|who)\s+[^,.;:]{0,40}?)?,?\s+(?:who\s+)?(?:[\w'’-]+ly\s+)?"
                           r"(?:said|say|says|told|tell|telling|speaking|spoke|confirmed|asking|quoted|cited)\b", re.I)
_SOURCE_BEFORE = re.compile(r"(?:\baccording\s+to\b[^.;:,]{0,80}|\b(?:told|confirmed|quoted|cited|interviewed)\b"
                            r"[^.;:,]{0,50}\bby\s+|\b(?:quoting|citing)\s+(?:[\w'’-]+\s+){0,3})$", re.I)


# A figure a speaker rejects after saying something of its own: "The HPG said two of its fighters were
# killed and rejected Ankara's figure of 47": the sentence states the two, not the 47 (a sentence that
# only rejects a figure still groups with the claim it rejects, whose dispute it is)
_REJECTS_AFTER = re.compile(r"\b(?:said|says|added|reported|announced|confirmed)\b[^;]*?(?:\band\s+(?:also\s+)?|,\s+)"
                            r"(?:rejected|rejecting|dismissed|dismissing|denied|denying|disputed|disputing)\b", re.I)


def _counted(text: str, end: int) -> tuple[str, frozenset, int]:
    """What the figure ending at ``end`` counts: (kind, countries of the people counted, where
    the counted noun ends); kind "" when no known noun follows within two unknown words."""
    pos, countries, unknown = end, set(), 0
    if of := _OF.match(text, pos):
        pos = of.end()
    while unknown <= 2 and (token := _TOKEN.match(text, pos)):
        low = token.group(1).lower()
        if low in _STOP:
            break
        pos = token.end()
        if low in _KIND_OF:
            kind = _KIND_OF[low]
            while not low.endswith("s") and (more := _TOKEN.match(text, pos)) and more.group(1).lower() in _KIND_OF:
                low, pos = more.group(1).lower(), more.end()  # "fighter jets", "police officers"
                kind = _KIND_OF[low]
            return kind, frozenset(countries) if kind == "person" else frozenset(), pos
        if country := _country(token.group(1)):
            countries.add(country)
            if _PEOPLE.search(low):
                return "person", frozenset(countries), pos
        elif low not in _MORE:
            unknown += 1
    return "", frozenset(), pos


def counted(text: str) -> frozenset[tuple]:
    """What each of a sentence's figures counts: (value, kind, countries) per figure (see
    ``_KINDS``; countries only of people: "six Russian peacekeepers"). A count of the people who
    say it ("two residents told AFP") is left out, and so is a span of time ("two weeks after the
    assault"): it frames a claim more often than it counts what the claim is about. A figure the
    speaker goes on to reject is of kind "rejected"."""
    out = set()
    rejects = _REJECTS_AFTER.search(text)
    for value, match in _numbers(text):
        if rejects and match.start() >= rejects.end():
            out.add((value, "rejected", frozenset()))
            continue
        kind, countries, end = _counted(match.string, match.end())
        if kind == "time" or kind == "person" and (_SOURCE_AFTER.match(match.string, end)
                                                   or _SOURCE_BEFORE.search(match.string, 0, match.start())):
            continue
        out.add((value, kind, countries))
    return frozenset(out)


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
