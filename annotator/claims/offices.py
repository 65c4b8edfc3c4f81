"""What a named speaker speaks for: monitors by name, offices and titles ("the army's spokesman"),
affiliations ("a commander of the RSF") and groups described by what they do or where they sit."""

from __future__ import annotations

import re

from ..positions import SPEECH, quoted_spans
from ..registry import Registry, Source
from .names import (COMPOUND_STATES, _COMPOUND_NAME, _NAME_TOKEN, _ORGAN, _ORGAN_ALSO, _PORTFOLIO, SIDES, _name_words, _source_state,
                    _state_of_name, _state_word, undotted)
from .sides import _NOT_STATES, FILLER, side_organ
from .apposition import DESCRIBED_BEFORE, past_age
from .ranks import _UNITS as _FORCE_UNITS, FORMER_WORDS, organ_post_state, rank_office
from .article import _Article, _FORMERLY, _blank, _held_formerly
from .wording import _NAME_WORD, _NOT_NAMES, _WHEN


# An unregistered monitor is still named: a capitalised name holding a monitor's word ("the Arabia
# Conflict Monitor", "Sheba Monitor for Civilian Harm"), or one that an apposition calls a monitor
# ("Truth Hounds, a Ukrainian monitor"). A one-word name ("the Observatory") refers back.
# ("the Hauran Documentation Archive on Saturday said": the day is not part of the name)
_PROPER = rf"[A-Z][\w'’&-]*(?:\s+(?:(?:for|of|on|the|and|&)\s+)*(?!{_WHEN})[A-Z][\w'’&-]*)*"
_MONITOR_WORD = re.compile(r"\b(?:Monitor|Monitoring|Tracker|Observatory|Watch|Project|Institute|Barometer|Lab|"
                           r"Laboratory|Network|Initiative|Centre|Center|Group|Airwars|Documentation)\b")
_MONITOR_NAME = re.compile(rf"(?<![\w'’-]){_PROPER}")
# "X, a monitoring group based in Y, said"; not "... in Daraa on Saturday, a war monitor said", where
# the monitor is the subject of the verb that follows.
_MONITOR_APPOSITION = re.compile(rf"(?<![\w'’-])({_PROPER}),\s+(?:a|an|the)\s+[^,]{{0,60}}?\b(?:monitor|monitoring "
                                 r"group|group|project|tracker|network|organi[sz]ation|observatory|watchdog)\b(?!['’]s)"
                                 rf"(?!\s+(?:has\s+|had\s+)?{SPEECH}\b)")
_MONITOR_LEAD = re.compile(r"^(?:(?:The|An?|According|As|But|And|In|On)\s+(?:to\s+)?)+")
# "geolocated by the open-source investigation group Sirius Lens": a name its description introduces
_MONITOR_INTRODUCED = re.compile(rf"\b(?:(?:war\s+)?monitor|(?:investigation|investigative|open-source|monitoring|research|"
                                 rf"documentation|verification|geolocation|tracking|analysis)\s+(?:group|project|collective|"
                                 rf"team|organi[sz]ation|consortium|initiative|unit))\s+(?!{_WHEN}|(?:In|On|At|By)\b)({_PROPER})")

# "Satellite images analysed by Myanmar Witness show …": who did the work the sentence reports
_MONITOR_BY = re.compile(rf"\b(?:analy[sz]ed|verified|geolocated)\s+by\s+(?:the\s+)?({_PROPER})")


def _monitor(text: str, registry: Registry | None = None) -> tuple[str, str] | None:
    """An unregistered named monitor in ``text`` (outside quotations) as (identity, name): the
    name's lower-cased words and the name as written; None if none is named."""
    blanked = _blank(text, quoted_spans(text))
    names = [_MONITOR_LEAD.sub("", m.group(0)) for m in _MONITOR_NAME.finditer(blanked)]
    named = [n for n in names if _MONITOR_WORD.search(n) and len(n.split()) >= 2]
    if not named:
        named = [_MONITOR_LEAD.sub("", m.group(1)) for m in _MONITOR_APPOSITION.finditer(blanked)]
    if not named:
        named = [m.group(1) for m in _MONITOR_INTRODUCED.finditer(blanked)]
    if not named:  # in the subject, before any speech: not "The monitor said footage was verified by X"
        named = [m.group(1) for m in _MONITOR_BY.finditer(blanked)
                 if len(m.group(1).split()) >= 2 and not re.search(rf"\b{SPEECH}\b", blanked[:m.start()])
                 and not (registry and registry.find(m.group(1)))]  # not "verified by Agence France-Presse"
    named = [_member_of(n) for n in named if n]
    return (" ".join(n.lower() for n in named[0].split()), named[0]) if named else None


def _member_of(name: str) -> str:
    """The monitor in "Ahmed Suleiman of the Sinai Rights Observatory": a person of a monitor is
    that monitor (not "Observatory of Human Rights", whose first part is the monitor already)."""
    head, _, rest = name.partition(" of ")
    rest = re.sub(r"^the\s+", "", rest)
    return rest if rest and not _MONITOR_WORD.search(head) and _MONITOR_WORD.search(rest) else name


_OFFICE_TITLE = re.compile(r"^(?:(?:[A-Z][\w'’-]*\s+){0,3}?)(?:President|Vice[- ]President|Prime Minister|"
                           r"Presidential\s+(?:[A-Z][a-z]+\s+)?(?:Aide|Adviser|Advisor)|"
                           r"(?P<minister>(?:Deputy\s+)?(?:[A-Z][a-z]+\s+)?(?:Minister|Secretary))|Governor|Chancellor)"
                           r"(?![\w-])")
# A description after a name: ", who defected …", ", a former …", ", now retired,".
_DESCRIBED_NAME = re.compile(r",\s+(?:who|whose|a\s+former|an\s+ex|now|then|formerly)\b")
# A name that opens with a state's organ and a post: "Somali army commander Barre".
_POSTED_NAME = re.compile(r"^((?:[A-Z][\w'’-]*\s+){1,2}(?:[a-z][\w-]*\s+){1,3})[A-Z][\w'’-]+$")
# Up to three titles or initials between a role and the name it introduces ("spokesman Brig. Gen. X").
_TITLES = r"(?:(?:[A-Z][a-z]{0,9}\.?(?:-[A-Z][a-z]{0,9}\.?)?|Brigadier|General|Colonel|Major|Captain|Lieutenant)\s+){0,3}$"
_ROLE = re.compile(r"(?:\bspokes(?:man|woman|person)|\bdirector of public relations|\badviser)\s*"
                   r"(?:(?:of|for)\s+(?P<of>[^,;]{2,60}?))?,?\s+" + _TITLES)


_ROLE_OPENS = re.compile(r"(?:[A-Za-z][\w'’-]*\s+){1,3}(?P<role>[Ss]pokes(?:man|woman|person))\s+(?=[A-Z])")
_GOVERNOR = re.compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*['’]s\s+)?(?:(?:regional|provincial|state|district|county)\s+)?"
                       r"governor(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?$")
# A state's minister named after his title, set off: "The information minister, Adamu Waziri,".
_SET_OFF_TITLE = re.compile(r"(?:^|(?<=[\s\"“]))[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}minister,\s+$")
# A numbered regional command of a state's army ("the Second Army Area"), not a group's (a numbered brigade or
# division may be either side's, or a group's).
_NUMBERED_UNIT = re.compile(r"(?:[Tt]he\s+)?(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|\d+(?:st|nd|rd|th))\s+"
                            r"(?:Army|Military)\s+(?:Area|Region|Command|District)$")
# A state's title written in lower case right before a name ("defence minister X", "Ethiopia's
# communications minister X", "presidential adviser X").
_LOWER_TITLE = re.compile(r"(?:^|(?<=\s))((?:(?:(?i:" + COMPOUND_STATES + r")|[A-Z][\w'’-]*)['’]s\s+)?"  # "South Sudan's"
                          r"(?:(?:[a-z][\w-]*|[A-Z][\w-]*)\s+){0,2}?"
                          r"(?:minister|(?:presidential|president['’]s)\s+(?:[a-z]+\s+)?(?:adviser|advisor|aide)|"
                          r"adviser|advisor|aide))\s+$")  # "Azerbaijan's foreign policy adviser X": a state's only
# A minister's title written whole and set off before his name: "South Sudan's Minister of Information and
# Communication, X,", "The Minister of Foreign Affairs of Azerbaijan, X,".
_MINISTER_OF_BEFORE = re.compile(r"(?:^|(?<=\s))((?:(?:(?i:" + COMPOUND_STATES + r")|[A-Z][\w'’-]*)['’]s\s+|[Tt]he\s+)?"
                                 r"(?:[A-Z][a-z]+\s+){0,2}?Minister\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*"
                                 r"(?:(?:,\s+|\s+and\s+|\s+)[A-Z][\w-]*){0,4}"
                                 r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+of\s+[A-Z][\w-]*|\s+[A-Z][\w-]*){0,2})?),\s+$")
# The same title run into the name, its state last: "Foreign Minister of the Republic of South Ossetia Zaur Bagayev".
_MINISTER_OF_STATE = re.compile(r"(?:^|(?<=\s))((?:[A-Z][a-z]+\s+){0,2}?(?:Minister|President|Ambassador)\s+"
                                r"(?:(?:of|for)\s+(?:[A-Z][\w-]*\s+){1,2}(?:and\s+[A-Z][\w-]*\s+)?)?of\s+(?:the\s+)?"
                                r"(?:Republic\s+of\s+)?(?:[A-Z][\w'’-]*\s+){1,3})$")
# The head of a police force named before his name in lower case: "police chief ", "the region's police
# commissioner, ", "Kenya's police chief ".
_POLICE_HEAD = (r"(?:[a-z]+\s+){0,2}?[Pp]olice(?:[\s-]+[A-Z][a-z]+){0,5}(?:\s+\([A-Z][\w-]{1,12}\))?\s+"
                r"(?:chief|commissioner|director|head)")  # "Police Regional Office-Bangsamoro … (PRO-BAR) director"
_POLICE_HEAD_BEFORE = re.compile(r"(?:^|(?<=\s))(?:(?P<owner>[A-Z][\w-]*)['’]s\s+|(?:the|a)\s+(?:[a-z]+['’]s\s+)?)?"
                                 rf"{_POLICE_HEAD},?\s+" + _TITLES)
# A part of an organ named by its own ("the Army's Northern Command", "the army's Chinar Corps").
_ORGAN_OWNS = re.compile(r"(?:[Tt]he\s+)?(?i:army|navy|air\s+force|military|police)['’]s\s+[A-Z]")
# A police head's title written into the name: "Director General of Police X", "Police Chief X".
_POLICE_TITLE = re.compile(r"(?:(?:Director|Inspector)[- ]General\s+of\s+(?:the\s+)?Police|Police\s+(?:Chief|Commissioner))\s+[A-Z]")


def _states_named(text: str, name: str, registry: Registry) -> bool:
    """Whether the sentence names a state, a side or a registered armed group outside the speaker's own name
    ("An Israeli strike hit a police post in Khan Younis, police chief X said", "… struck a Hezbollah
    launcher"): then a post that names no state may be either's."""
    at = text.find(name)
    rest = text[:at] + " " + text[at + len(name):] if at >= 0 else text
    return (any(_state_word(token) for token in _NAME_TOKEN.findall(rest)) or bool(_COMPOUND_NAME.search(rest))
            or any(m.source.kind == "armed_group" for m in registry.find(rest)))


# ", the provincial police director," after the name
_POLICE_HEAD_AFTER = re.compile(rf",\s+(?:the|a)\s+(?!{FORMER_WORDS})(?:[a-z]+['’]s\s+)?{_POLICE_HEAD}\s*[,.]")
# A state's envoy named before his name: "Russian ambassador ", "the French ambassador in Bangui, ".
_ENVOY_BEFORE = re.compile(r"(?:^|(?<=\s))((?:[A-Z][\w'’-]*(?:['’]s)?\s+){1,2})(?:[Aa]mbassador|[Ee]nvoy|[Cc]harg[eé] d['’]affaires)"
                           r"(?:\s+(?:in|to)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?,?\s+$")
_NOT_OFFICE = re.compile(r"\b(?:former|ex|onetime|one-time|retired|opposition|shadow|rebel|exiled|prime|party)\b", re.I)
# A title of a union, party or association, not of a state (India's "Union Home Minister" is one).
_CIVIL_TITLE = re.compile(r"\b(?:union|[Pp]arty|[Aa]ssociation|[Ll]eague|[Ss]yndicate|[Cc]hamber)\W+"
                          r"(?:[\w'’-]+\s*){0,2}$|General Secretary$")


# An official a state installed, described next to the name: "The Moscow-installed governor of the
# Zaporizhzhia region, X,", "The Russian-installed governor X", "X, the Kremlin-appointed head of …,".
_INSTALLED_BEFORE = re.compile(r"((?:[Tt]he|[Aa]n?)\s+[A-Z][\w'’]*-(?:installed|appointed)\s(?:(?!\band\b)[^,;]){0,80}?),?\s+"
                               r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Maj|Brig|Sheikh)\.?\s+)?$")  # "…, Dr. X"
_INSTALLED_AFTER = re.compile(r",\s+((?:the|a|an)\s+[A-Z][\w'’]*-(?:installed|appointed)\s(?:(?!\band\b)[^,;]){0,60})")


def _speaks_for(org: str, registry: Registry) -> tuple[str, Source | None] | None:
    """(state, registered source) an organisation's written name stands for; None if neither."""
    found = registry.find(org)
    if found:
        return _source_state(found[0].source) or "", found[0].source
    state = _state_of_name(org)
    words = _name_words(org)
    if state or (words and all(w in _ORGAN or w in _ORGAN_ALSO for w in words)):
        return state or "?", None
    return None


# The organ words a group's own name may end in ("Sindhudesh Revolutionary Army"), unlike "Balochistan government".
_RIVAL_ARMY = frozenset("Army Forces Force".split())  # capitalised: "Ituri army spokesman" is a state's


def _names_group(word: str) -> bool:
    """Whether a capitalised word before an organ word makes it a group's name ("Revolutionary Army",
    "Arakan Army"), not a state's organ ("Russian Army", "The Army", "Defence Ministry")."""
    return (word[:1].isupper() and word.lower() not in ("the", "a", "an", "on", "in", "at", "by") and not _state_word(word)
            and not re.fullmatch(_WHEN, word) and word not in _REGION_WORDS
            and re.sub(r"['’]s$", "", word).lower() not in _ORGAN | _ORGAN_ALSO | _PORTFOLIO)


def _office(text: str, name: str, registry: Registry) -> tuple[str, Source | None, str]:
    """What a named speaker speaks for: (state, registered source, organ). A state title ("Prime
    Minister Nikol Pashinyan", "Russian Defence Minister Sergei Shoigu") or a spokesman of a
    state organ ("the army's spokesman, Brig. X", "government spokesman X", "the spokesman of
    the armed forces, X") gives the state named there, or "?" when none is; a spokesman of a
    registered source ("the RSF's legal adviser, X") gives that source. ("", None) for anyone
    else. Of the words before the role, the longest run of up to four that names an organ counts.
    ``organ`` is the organ as written when its state is unknown ("air force"), else ""."""
    if _GOVERNOR.match(name) or _NUMBERED_UNIT.match(name):  # "Kharkiv's regional governor", "the governor of
        return "?", None, ""  # Zulia", "The Second Army Area": some state's office or army
    if _ORGAN_OWNS.match(name) and not _states_named(text, name, registry):
        return "?", None, ""  # "the Army's Northern Command": a part of some state's army
    if (posted := _POSTED_NAME.match(name)) and (state := organ_post_state(posted.group(1))) and not (
            (at := text.find(name)) >= 0 and _DESCRIBED_NAME.match(text, at + len(name))):
        return state, None, ""  # "Somali army commander Barre" is Somalia's; not "…, who defected to the RSF"
    at = text.find(name)
    installed = (_INSTALLED_BEFORE.search(text[:at]) or _INSTALLED_AFTER.match(text, at + len(name))) if at >= 0 else None
    if installed and (state := _state_of_name(installed.group(1))):
        return state, None, ""  # "The Moscow-installed governor of the region, Viktor Lazarenko,"
    if at > 0 and (set_off := _SET_OFF_TITLE.search(text[:at])) and not _NOT_OFFICE.search(set_off.group(0)):
        return "?", None, ""  # "The information minister, Adamu Waziri, said": some state's minister
    lower = _LOWER_TITLE.search(text[:at]) if at > 0 and not _OFFICE_TITLE.match(name) else None
    if lower and not _NOT_OFFICE.search(lower.group(0)):
        # "Ethiopia's communications minister Teklu Asmelash": the title in lower case before the name
        adviser = re.search(r"\b(?:adviser|advisor|aide)$", lower.group(1))
        owner = re.match(r"([A-Z][\w-]*)['’]s\s", lower.group(1))
        state = _state_of_name(re.sub(r"\b(?:secretary|adviser|advisor|aide)$", "minister", lower.group(1))) or (
            adviser and owner and _state_word(owner.group(1)))  # "Azerbaijan's foreign policy adviser X"
        if state or not adviser or re.search(r"\bpresident", lower.group(1), re.I) and not _states_named(text, name, registry):
            return state or "?", None, ""  # not "a military adviser X", some group's or a firm's
    minister = _MINISTER_OF_BEFORE.search(text[:at]) if at > 0 else None
    if at > 0 and not minister and (run_in := _MINISTER_OF_STATE.search(text[:at])) and not _NO_LONGER.search(
            text[max(0, run_in.start() - 40):run_in.end()]) and (state := _state_of_name(
                re.sub(r"^(?:Vice|Deputy|First|Acting)\s+", "", run_in.group(1)).replace("Ambassador", "Minister"))):
        return state, None, ""  # "Foreign Minister of Armenia Ararat Mirzoyan", "President of Colombia Gustavo Petro"
    if minister and not _NOT_OFFICE.search(text[max(0, minister.start() - 30):minister.end()]):
        # "Kenya's Minister of Information, X,"; some state's where no owner is written, no state's where one
        # is that names none ("The Polisario Front's Minister of Defence, X,")
        owned = re.search(r"['’]s\s|\bMinister\s+(?:of|for)\s+[^,]*\bof\s", minister.group(1))
        return _state_of_name(minister.group(1)) or ("" if owned else "?"), None, ""
    police = _POLICE_HEAD_BEFORE.search(text[:at]) if at > 0 else None
    if police and not re.search(r"[A-Z][\w'’-]*\s+$", text[:police.start()]) and not _NOT_OFFICE.search(police.group(0)):
        # "police chief X", "Kenya's police chief X", "the region's police chief, X": a state's police, unless
        # a name before it makes it a group's or a place's ("Hamas police chief X")
        owner = police.group("owner")
        if owner and (state := _state_word(owner)):
            return state, None, ""
        if not owner and not _states_named(text, name, registry):
            return "?", None, ""  # not "An Israeli strike hit a police post, police chief X said": whose, it does not say
    if at >= 0 and _POLICE_HEAD_AFTER.match(text, past_age(text, at + len(name))) and not _states_named(text, name, registry):
        return "?", None, ""  # "Col. Maria Santos, the provincial police director,"
    envoy = _ENVOY_BEFORE.search(text[:at]) if at > 0 else None
    if envoy and not _NOT_OFFICE.search(text[max(0, envoy.start() - 12):envoy.end()]) and not re.search(
            r"(?:\bU\.S\.|\bU\.K\.|\bU\.N\.|\bUN|\bEU|\bUS|\bUK)\s*$", text[:envoy.start(1)]) and (  # "U.S. Sudan envoy X"
            state := _state_of_name(re.sub(r"\bU\.?N\.?\s+$", "", envoy.group(1)) + "ambassador")):  # "Russia's UN ambassador"
        return state, None, ""  # "Russian ambassador Pavel Orlov", "the French ambassador in Bangui, X,"
    if police_title := _POLICE_TITLE.search(name):
        owner = name[:police_title.start()].strip()
        if _NOT_OFFICE.search(owner) or _NOT_OFFICE.search(text[max(0, at - 12):max(0, at)]):
            return "", None, ""  # "former Police Commissioner X" speaks for no one now
        if owner:  # "Gaza Police Chief X" is Hamas-run Gaza's; "Kashmir Police Chief X" some place's
            return _state_of_name(owner + " police") or "", None, ""
        return ("" if _states_named(text, name, registry) else "?"), None, ""
    title = _OFFICE_TITLE.match(name)
    if title and _CIVIL_TITLE.search(text[:max(0, text.find(name))] + title.group(0)):
        return "", None, ""  # "Mineworkers' union General Secretary X" holds no state's office
    if title:
        # a secretary is a minister ("British Defence Secretary John Nott")
        state = _state_of_name(re.sub(r"\bSecretary$", "Minister", title.group(0)))
        side = "" if state or not title.group("minister") else side_organ(title.group(0), title.group("minister"))
        if not state and re.search(r"\b(?:Aide|Adviser|Advisor)$", title.group(0)) and _states_named(text, name, registry):
            return "", None, ""  # "Presidential Adviser X said Ukrainian drones struck …": whose, it does not say
        return (state or ("" if side else "?")), None, side
    if ((inner := _ROLE_OPENS.match(name)) and (at := text.find(name)) >= 0
            and _speaks_for(name[:inner.start("role")], registry) is not None):
        # "Military Spokesman Brigadier X" is read as "Military spokesman Brigadier X"; not "Arakan Army
        # Spokesman X", whose whole name is no state's organ
        role = at + inner.start("role")
        return _office(text[:role] + text[role].lower() + text[role + 1:], name[inner.end():], registry)
    at = text.find(name)
    role = _ROLE.search(text[:at]) if at > 0 else None
    if role and re.search(rf"{_FORMERLY}(?:[\w'’-]+\s+){{0,2}}$", text[max(0, role.start() - 60):role.start()], re.I):
        return "", None, ""  # "the SSPDF's former spokesman, Brig. Gen. X": he speaks for no one now
    if all(w.lower() in _NOT_NAMES for w in _NAME_WORD.findall(undotted(name))):  # "the army spokesman": no name
        orgs = [name]
    elif role is None:
        orgs = []
    elif role.group("of"):
        orgs = [role.group("of")]
    else:
        # the words since the clause began: not "Libya al-Hadath TV" in "Speaking to Libya al-Hadath TV, the Army's spokesman"
        words = re.sub(r"(?:\b(?:legal|chief|military|official)\s+)*$", "", re.split(r"[,;:\"“”]", text[:role.start()])[-1]).split()
        orgs = [re.sub(r"['’]s$", "", " ".join(words[-k:]).strip(",;")) for k in range(min(4, len(words)), 0, -1)]
    for k, org in enumerate(orgs):
        if (found := _speaks_for(org, registry)) is not None:
            if found[0] == "?" and k and (side := side_organ(orgs[0], org)):
                return "", None, side  # "Gaza health ministry spokesman X": not some state's ministry
            if found[0] == "?" and k and org.split()[-1] in _RIVAL_ARMY and _names_group(orgs[k - 1].split()[0]):
                return "", None, ""  # "The Sindhudesh Revolutionary Army's spokesman": a named group's, no state's
            return (*found, org if found[0] == "?" else "")
    after = past_age(text, at + len(name)) if at >= 0 else 0
    if _bare_role(text, name):
        return "?", None, ""  # ", spokeswoman Lt. Gen. X told", "Col. X, the spokesman, said": some state's
    apposed = _APPOSED_ROLE.match(text, after) if at >= 0 else None
    if apposed and (found := _speaks_for(apposed.group("org"), registry)) is not None and found[0] != "?" and not (
            apposed.group("head") and found[1] is not None):  # "X, the head of the Observatory,": read as its staff elsewhere
        return (*found, "")  # not "?" for "a spokesman for the Navy General Staff": whose navy, it does not say
    organ = _APPOSED_ORGAN.match(text, after) if at >= 0 else None
    if organ and (found := _speaks_for(organ.group("org"), registry)) is not None and found[1] is None:
        # "Air Commodore X, the Air Force spokesman," is read as "Air Force spokesman X" is, and "The
        # DIRPA, the army's communications directorate," as "the army's communications directorate";
        # the organ is kept only where it is a specific one ("air force"), not a bare "army" every state
        # has (and an armed group may be named for: not the Arakan Army's)
        return found[0], None, organ.group("org") if found[0] == "?" and len(organ.group("org").split()) > 1 else ""
    serves = _SERVES.match(text, after) if at >= 0 else None  # "Brig. Kirui, the Kenyan sector commander,"
    if serves and (state := _state_word(serves.group("state"))) and state not in _NOT_STATES | SIDES:
        return state, None, ""
    described = DESCRIBED_BEFORE.search(text[:at]) if at > 0 else None  # "said the spokesman, Col. X"
    if described and (state := _state_of_name(described.group(1))):
        return state, None, ""  # "Russia's envoy for Syria, Alexander Lavrentiev"
    return _office(text, described.group(1), registry) if described else ("", None, "")


# A spokesman named with no owner, after a clause boundary or in apposition: the organ the article speaks of.
_OPENS_ROLE = re.compile(r"(?:^|[,;:\"”]\s*|\b(?:said|told|says)\s+)$")
_BARE_ROLE = re.compile(r",\s+(?:the|a)\s+spokes(?:man|woman|person)\s*[,.]")


def _bare_role(text: str, name: str) -> bool:
    """Whether a named speaker is a spokesman named with no owner: ", spokeswoman Lt. Gen. X told",
    "Col. X, the spokesman, said"."""
    at = text.find(name)
    if at < 0:
        return False
    role = _ROLE.search(text[:at]) if at > 0 else None
    return bool(role is not None and not role.group("of") and _OPENS_ROLE.search(text[:role.start()])
                or _BARE_ROLE.match(text, past_age(text, at + len(name))))


# A role after the name that names the organ and whose it is: "Ashraf al-Qudra, a spokesman for the
# Hamas-run health ministry,", "X, a spokeswoman for Russia's Foreign Ministry,", "X, director of the
# Hamas-run government media office," (the article may be left out).
_APPOSED_ROLE = re.compile(r",\s+(?:(?:a|an|the)\s+)?(?:(?:senior|chief|deputy|top|military|official)\s+)?"
                           r"(?:spokes(?:man|woman|person)|(?P<head>director|head))\s+(?:of|for)\s+(?P<org>[^,;.]{2,60})")
# An apposed spokesman of an organ named before the role: ", the Air Force spokesman,", ", an army spokesman,"
_APPOSED_ORGAN = re.compile(r",\s+(?:the|an?(?!\s+(?:former|ex|onetime|retired)\b)(?=\s+(?:army|military|police|navy|"
                            r"air\s+force)\s+spokes(?:man|woman|person)\s*,))\s+(?P<org>(?:[A-Za-z]+\s+){0,2}?[A-Za-z]+)(?:['’]s)?\s+(?:(?:chief|senior|main|press|"
                            r"media|communications?|information|public\s+(?:relations|affairs))(?:\s+and)?\s+){0,3}"
                            r"(?:spokes(?:man|woman|person)|directorate|department|office|service|"
                            r"(?<=['’]s\s)(?:(?!(?:former|ex|onetime|retired|independent|outside|external)\b)[\w]+\s){0,4}"
                            r"(?:advis[eo]r|director)(?=\s*,))\b")
# An apposition that gives a named official's state: ", the Kenyan sector commander", ", a
# Russian army officer"; an official role, not "a Ukrainian soldier" or "a Russian prisoner".
_SERVES = re.compile(r",\s+(?:the|a|an)\s+(?:(?:senior|deputy|top)\s+)?(?P<state>[A-Z][a-z]+)\s+"
                     r"(?:(?:army|military|defen[cs]e|police|navy|naval|air|force|border|government|foreign|interior|"
                     r"security|sector|regional|district|provincial|brigade|battalion|division)\s+){0,2}"
                     r"(?:commander|spokes(?:man|woman|person)|officer|official|minister|envoy|ambassador|governor|"
                     r"general|colonel|chief)\b(?![^,.;]*\b(?:who|taken|captured|held|defected|fights?|fought)\b)")


# "Titus Magai, a spokesman for the TPNPB," / "Maj. Wanjala, the KDF's spokesman," / "Titus Magai, a
# TPNPB spokesman,": the group a named speaker speaks for, right after the name; "TPNPB spokesman
# Titus Magai": right before it.
# Posts whose holder speaks for a body: the roles an affiliation reads (_LEADS) and those set beside a
# registered body's name (_POSTS, further down) share them.
_POST_WORDS = (r"spokes(?:man|woman|person)|commander|leader|head|director(?:[- ]general)?|(?:co-)?chair(?:man|woman|person)?|"
               r"chief|representative|coordinator|official|researcher")
_LEADS = rf"(?:{_POST_WORDS}|member|delegate|manager|superintendent|president)"
_GROUP = r"[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|the|and|&)\s+)*[A-Z][\w'’.&-]*){0,5}"
# ("Ahmed al-Mismari, the spokesman for Haftar's self-styled Libyan National Army": the army.)
# ("Roman Mrochko, head of the Kherson city military administration,", "X, the director general of
# the North Darfur health ministry,": a name that goes on in lower case to the clause's end is the
# group too.)
_GROUP_GOES_ON = (r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,2}(?:\s+(?!(?:who|which|that|based)\b)[a-z][\w'’.&-]*){1,4}"
                  r"(?=\s*[,;.])")  # not "the Sovereign Council who resigned last week"
# "the Ye-U township People's Defence Force": a place and its kind of area before the group's name.
_GROUP_IN_PLACE = (r"[A-Z][\w'’.&-]*\s+(?:township|district|city|province|provincial|regional|state|county|village|town)"
                   r"\s+[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}")
_AFFILIATED = re.compile(rf",\s+(?:(?:a|an|the)\s+)?(?:(?:senior|chief|deputy|top|military|official|regional|country|local|executive|acting|interim|founding|programme|program)\s+)?"
                         rf"(?:{_LEADS}\s+(?:of|for)|who\s+(?:heads|leads|runs|directs|chairs))\s+"
                         rf"(?:the\s+)?(?:[A-Z][\w'’-]*['’]s\s+(?=[a-z]+-[a-z]+\s))?"
                         rf"(?:[a-z]+(?:-[a-z]+)?\s+){{0,2}}(?P<org>{_GROUP_IN_PLACE}|{_GROUP_GOES_ON}|{_GROUP})"  # "the medical charity X"
                         rf"|,\s+(?:the\s+)?(?P<own>{_GROUP})(?:['’]s|(?<=s)['’])\s+(?:(?:[a-z]+|[A-Z][a-z]+)\s+){{0,2}}?"  # "'s Somalia researcher"
                         rf"(?:{_LEADS}|secretary)\b"
                         rf"|,\s+(?:a|an|the)\s+(?:(?:senior|chief|deputy|top)\s+)?(?P<pre>{_GROUP})\s+{_LEADS}\s*,"
                         # "X, who heads the civil defence centre in Kafr Rumman": a body described
                         r"|,\s+who\s+(?:heads|leads|runs|directs|chairs)\s+(?:the|a)\s+(?P<body>(?:[a-z]+\s+){1,3}?"
                         r"(?:directorate|department|office|authority|administration|agency|commission|committee|"
                         r"council|service|centre|center|unit|team|branch))\b")
_AFFILIATED_BEFORE = re.compile(rf"(?<![\w'’.&-])(?P<org>{_GROUP})\s+(?:(?:military|chief|senior)\s+)?"
                                r"(?:spokes(?:man|woman|person)|(?-i:president|chairman|leader)),?\s+" + _TITLES +
                                # "Amnesty's country director, Halima Yakubu,": the group whose role it is
                                rf"|(?:^|,\s+|\b{SPEECH}\s+)(?:[Tt]he\s+)?(?P<own>{_GROUP})(?:['’]s|(?<=s)['’])\s+(?:[a-z]+\s+){{0,2}}?"
                                rf"(?:{_LEADS}|secretary)(?:\s+of\s+(?:mission|delegation|operations|programmes?|programs?))?"
                                r"(?:\s+(?:for|in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?,\s+" + _TITLES +  # "head of mission in South Sudan"
                                # "The spokesman of the Coalition of Patriots for Change, Ibrahim Kamoun,": the group named
                                rf"|(?:^|,\s+|\b{SPEECH}\s+)(?:[Tt]he|[Aa]n?)\s+(?:(?:senior|chief|deputy|top|military)\s+)?"
                                rf"(?:{_LEADS})\s+(?:of|for)\s+(?:the\s+)?(?P<of>{_GROUP})(?:\s*\([A-Z][\w&-]*\))?,\s+" + _TITLES)


# "…, the head of the civil defence directorate in Nineveh province, Col. Mahmoud Taher, told": the
# body a described official heads, in a description right before his name.
_HEAD_BEFORE = re.compile(rf"(?:^|,\s+|\baccording\s+to\s+|\b{SPEECH}\s+)(?:[Tt]he|[Aa]n?)\s+(?:(?:senior|chief|deputy|top)\s+)?"
                          rf"{_LEADS}\s+(?:of|for)\s+(?:the\s+)?(?P<org>[^,;]{{0,40}}?\b(?i:directorate|department|office|"
                          rf"authority|administration|agency|commission|committee|council|service|organi[sz]ation)"
                          rf"(?:\s+(?:in|of)\s+[^,;]{{1,30}})?),\s+" + _TITLES)


_ACRONYM_GROUP = re.compile(r"[A-Z][A-Z0-9&-]+")
# "Gaza's health ministry has recorded 40 deaths, its spokesman Ashraf al-Qudra said": the role is
# the sentence's subject's
_ITS_ROLE = re.compile(rf",\s+its\s+(?:[a-z][\w-]*\s+){{0,3}}?{_LEADS}(?:\s+(?:in|for)\s+[A-Z][\w'’-]*)?,?\s+"
                       rf"(?:(?:in|for)\s+)?" + _TITLES)
# A person's spokesman, named after what the person the sentence opens with did: "…, his deputy spokesman X said".
_HIS_ROLE = re.compile(r",\s+(?:his|her)\s+(?:(?:deputy|chief|senior|associate)\s+)?spokes(?:man|woman|person),?\s+$")
# The leader (the sentence's opening name) whose spokesman speaks, with the lower-case words of his post: "Kenyan opposition leader X".
_OPENING_PRINCIPAL = re.compile(r"^\W*((?:(?:[A-Z][\w'’.&-]*|opposition|rebel|paramilitary|militia|party|leader|commander|"
                                r"chief|head|of|the)[\s-]+){0,8}[A-Z][\w'’.&-]*)\s+(?:(?:has|had|also|on\s+\w+day)\s+)*[a-z]")
# (only a body reporting its own count or finding: "The Israeli military has raided the hospital, its
# director X said" is the hospital's director)
_OPENING_SUBJECT = re.compile(r"^\W*((?:[Tt]he\s+)?(?:[A-Z][\w'’.&-]*\s+){0,5}?(?:[a-z][\w-]*\s+){0,2}?[A-Za-z][\w'’.&-]*)"
                              r"\s+(?:(?:has|have|had)\s+(?:also\s+)?)?(?:said|says|recorded|confirmed|reported|treated|"
                              r"documented|registered|counted|verified)\b")


# Capitalised words of a region a post covers ("Human Rights Watch's Middle East director").
_REGION_WORDS = frozenset("Africa Middle East West North South Horn Great Lakes Sahel Asia Europe Americas Pacific "
                          "Southern Eastern Western Northern Central Latin America Gulf Balkans Caucasus".split())


# What a group named after "the spokesman of" is called: "the Coalition of Patriots for Change".
_BRANCHES = frozenset("ground land aerospace naval airborne marine marines special strategic rocket territorial coastal".split())
_OF_GROUP = re.compile(r"\b(?:Coalition|Front|Movement|Alliance|Council|Union|Party|Army|Brigades?|Group|League|Committee|"
                       r"Organi[sz]ation|Liberation|Resistance|Patriots)\b")


def _of_a_group(text: str, name: str, found: re.Match) -> bool:
    """Whether "the spokesman of the X, NAME" names a group X speaks for, not a state's branch an officer
    serves in ("The commander of the Ground Forces, Col. Gen. X") nor a place ("The administrator of
    Lubero"): a rank gives way only to a group's own "… Army"; a group is named with "the" or a group noun."""
    words = found["of"].split()
    if rank_office(text, name):
        return words[-1] in _RIVAL_ARMY and _names_group(words[0]) and words[0].lower() not in _BRANCHES
    return bool(_OF_GROUP.search(found["of"]) or re.search(r"\bthe\s+$", text[:found.start("of")], re.I))


# An area's administrator, whose administration is the body he heads: "Abyei's chief administrator X",
# "the Chief Administrator of the Abyei Special Administrative Area, Dr. X,", "X, the administrator of Lubero,".
_PLACE = r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})"
_RANK_OF_ADMINISTRATOR = r"(?:(?i:chief|deputy|interim|acting|top)\s+)?[Aa]dministrator"
_TITLE_THEN_NAME = r"\s+(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?$"
_ADMINISTRATOR_BEFORE = (re.compile(rf"{_PLACE}['’]s\s+{_RANK_OF_ADMINISTRATOR},?{_TITLE_THEN_NAME}"),
                         re.compile(rf"(?:[Tt]he\s+)?{_RANK_OF_ADMINISTRATOR}\s+of\s+(?:the\s+)?{_PLACE},{_TITLE_THEN_NAME}"))
_ADMINISTRATOR_AFTER = re.compile(rf",\s+(?:the\s+|an?\s+)?{_RANK_OF_ADMINISTRATOR}\s+of\s+(?:the\s+)?{_PLACE}\b")


# A town's mayor named with his post: "The mayor of Aguililla, X,", "Aguililla mayor X", "X, the mayor of Aguililla,".
# Mexico's "municipal president" is the mayor.
_MAYOR = r"(?:[Mm]ayor|[Mm]unicipal\s+[Pp]resident)"
_MAYOR_BEFORE = (re.compile(rf"(?:[Tt]he\s+)?(?:(?i:deputy|acting|interim)\s+)?{_MAYOR}\s+of\s+{_PLACE},{_TITLE_THEN_NAME}"),
                 re.compile(rf"{_PLACE}(?:['’]s)?\s+(?:(?:deputy|acting|interim)\s+)?(?:mayor|municipal\s+president),?{_TITLE_THEN_NAME}"))
_MAYOR_AFTER = re.compile(rf",\s+(?:the\s+|an?\s+)?(?:(?:deputy|acting|interim)\s+)?{_MAYOR}\s+of\s+{_PLACE}\b")


def _mayoralty(text: str, at: int, end: int) -> str:
    """The post of a named mayor ("mayor of Aguililla"), which "the mayor of Aguililla" elsewhere holds, else ""."""
    found = next((m for pattern in _MAYOR_BEFORE if (m := pattern.search(text[:at]))), None) or _MAYOR_AFTER.match(text, end)
    return f"mayor of {found['place']}" if found and not _NOT_OFFICE.search(found.group(0)) else ""


def _administration(text: str, at: int, end: int) -> str:
    """The administration a named area administrator heads ("the Abyei administration"), else ""."""
    found = next((m for pattern in _ADMINISTRATOR_BEFORE if (m := pattern.search(text[:at]))), None) or (
        _ADMINISTRATOR_AFTER.match(text, end))
    return f"{found['place']} administration" if found and not _NOT_OFFICE.search(found.group(0)) else ""


_WHOSE_SPOKESMAN = re.compile(r"^\W*(?P<principal>(?:[A-Z][\w'’.&-]*[\s-]+){1,6}[A-Z][\w.&-]*?)['’]s\s+"
                              r"(?:(?:deputy|chief|senior|associate)\s+)?spokes(?:man|woman|person),?\s+$")
# The body a person is "of", named after him: "Ahmed Saleh of the Yemen Data Project said".
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?|and\s+)?[A-Z][\w'’-]*){0,6})"
                      r"(?=\s+(?:has\s+|had\s+|also\s+)?[a-z])")
_NO_LONGER = re.compile(r"\b(?:former|ex|ousted|deposed|exiled|late|onetime|opposition)\b", re.I)


def principal_office(text: str, name: str, registry: Registry) -> str:
    """The state office of the leader a spokesman speaks for ("Israeli Prime Minister Benjamin
    Netanyahu ordered the strike, his spokesman X said": ISRAEL; "President Salva Kiir …": "?",
    some state's), read from the sentence's opening name as :func:`_office` reads a speaker; "" if
    the sentence has no such spokesman or its opening names no state office."""
    at = text.find(name) if name else -1
    if at >= 0 and (whose := _WHOSE_SPOKESMAN.match(text[:at])):
        principal = whose["principal"]  # "Armenian Prime Minister X's spokesman, Y, said"
    elif at < 0 or not _HIS_ROLE.search(text[:at]) or not (opening := _OPENING_PRINCIPAL.match(text)) \
            or opening.end() >= at:
        return ""
    else:
        principal = opening.group(1)
    if _NO_LONGER.search(principal):
        return ""  # not "Former Prime Minister X", "Kenyan opposition leader X": no state's office now
    return _office(text, principal, registry)[0]


def _affiliation(text: str, name: str) -> str:
    """The group ``name`` speaks for, as written: from a role after the name ("Titus Magai, a
    spokesman for the TPNPB,", "X, the head of Clearpath,") or a spokesman's before it ("TPNPB
    spokesman Titus Magai"); "" if none, or if the group is only a generic organ ("the army",
    "the Government": :func:`_office` reads those as a state's)."""
    at = text.find(name) if name else -1
    if at < 0:
        return ""
    end = past_age(text, at + len(name))
    if post := _administration(text, at, end) or _mayoralty(text, at, end):
        return post
    if _HIS_ROLE.search(text[:at]) and (opening := _OPENING_PRINCIPAL.match(text)) and opening.end() < at:
        return opening.group(1)  # "UN Secretary-General Antonio Guterres condemned …, his deputy spokesman X said"
    if (body := _OF_BODY.match(text, end)) and not _name_words(body.group(1)) <= _ORGAN | _ORGAN_ALSO:
        return body.group(1)  # "Dr. Nato Tsiklauri of Gori Regional Hospital told the Ledger"
    found = (_AFFILIATED.match(text, past_age(text, at + len(name))) or _AFFILIATED_BEFORE.search(text[:at])
             or _HEAD_BEFORE.search(text[:at]))
    if found is not None and found.groupdict().get("of") and (head := _HEAD_BEFORE.search(text[:at])):
        found = head  # "The director of the Idlib Health Directorate, Dr. X": the directorate, as before
    if found is None:
        its = _ITS_ROLE.search(text[:at])
        subject = _OPENING_SUBJECT.match(text) if its else None
        return subject.group(1) if subject and subject.end(1) < its.start() else ""
    if found.groupdict().get("of") and not _of_a_group(text, name, found):
        return ""  # "The commander of the Ground Forces, Col. Gen. X": an officer; "The administrator of Lubero": a place
    if (held := next((k for k, v in found.groupdict().items() if v), None)) and _held_formerly(text, found.start(held), found.end(held)):
        return ""  # "former SDF spokesman X", "X, a former commander of the SDF": no longer its voice
    pre = found.groupdict().get("pre") or ""
    between = re.split(_LEADS, text[found.end("own"):found.end()])[0] if found.groupdict().get("own") else ""
    if between and (not all(_state_word(w) or w in _REGION_WORDS for w in re.findall(r"\b[A-Z][a-z]+\b", between))
                    or re.search(r"\b(?:former|ex|onetime|retired|dissident)\b", between)):
        return ""  # "Human Rights Watch's Somalia researcher", not "Mogadishu's Aamin Ambulance director"
    if pre and len(pre.split()) < 2 and not _ACRONYM_GROUP.fullmatch(pre):
        return ""  # "a Sudanese leader", "a Masalit commander": a people or a place, not a group
    words = (found.groupdict().get("org") or found.groupdict().get("own") or pre or found.groupdict().get("body")
             or found.groupdict().get("of") or "").split()
    while words and words[0].lower() in FILLER:
        words = words[1:]
    group = re.sub(r"['’]s$", "", " ".join(words))  # "NATO's military spokesman, X"
    generic = all(w in _ORGAN or w in _ORGAN_ALSO or found.groupdict().get("of") and (w in _FORCE_UNITS or w.title() in _REGION_WORDS)
                  for w in _name_words(group))  # "The commander of the Southern Operational Command, Maj. Gen. X": an officer
    return "" if generic else group


def _group_of(text: str, name: str, index: int, article: _Article, matches: tuple = ()) -> str:
    """The registered group an apposition refers back to ("Joanne Liu, the group's international
    president", after MSF): the registered source of a kind the word fits that opens this sentence, or
    that this sentence or the one before cites, the last such; "the front's", "the coalition's", "the alliance's" and "the
    network's" only where the word is in its name, as many groups are called so. "" if none, or for a
    former officer ("the group's former commander")."""
    words = "|".join(_GROUP_WORDS)
    back = (re.search(rf"{re.escape(name)},\s+(?:the|its)\s+({words})['’]s\s+(?!former|ex-)[a-z]", text)
            # "the group's commander-in-chief, Twan Mrat Naing,": the post before the name
            or re.search(rf"\b(?:the|its)\s+({words})['’]s\s+(?!former|ex-)[a-z][\w-]*(?:\s+[a-z][\w-]*)?,?\s+"
                         rf"{re.escape(name)}\b", text)) if name else None
    if back is None:
        return ""
    word = back.group(1).lower()
    kinds = _GROUP_WORDS[word]
    # cited there, or this sentence's subject ("The Arakan Army has captured …, the group's commander-in-chief, X,
    # said"; not "the Boko Haram raid …, the group's director, X," after a rights group)
    candidates = [m.source for m in matches if re.fullmatch(r"\W*(?:[Tt]he\s+)?", text[:m.start])] + [
        source for at, source in reversed(article.cited) if at >= index - 1]
    return next((source.name for source in candidates if source.kind in kinds
                 and (word in _GENERIC_GROUP or word in source.name.lower())), "")


# "The New York-based group", "the London-based rights organisation", "the rights group": a body named
# before, described by where it sits or what it does, not a name of its own.
_BASED = re.compile(r"[Tt]he\s+(?P<where>(?:[A-Z][\w.'’]*[\s-])*[A-Z][\w.'’]*-based\s+)?(?P<what>(?:(?:human\s+)?rights|"
                    r"monitoring|aid|medical|humanitarian|advocacy|press\s+freedom)\s+)?"
                    r"(?P<head>group|organi[sz]ation|charity|agency|monitor|observatory|network|watchdog)")
_DOES = frozenset({"ngo", "monitor"})  # what a rights, aid or monitoring body is


def _based_group(description: str, article: _Article) -> Source | None:
    """The registered body an article cited last of a kind a "<place>-based group" or "the rights
    group" description fits ("The New York-based group said", after Human Rights Watch), else None."""
    based = _BASED.fullmatch(description.strip())
    if based is None or not (based["where"] or based["what"]):
        return None  # "the group" alone may be any group
    kinds = _GROUP_WORDS.get(based["head"].lower(), _DOES)
    kinds = (kinds & _DOES or kinds) if based["what"] else kinds
    return next((source for _, source in reversed(article.cited) if source.kind in kinds), None)


_GROUP_WORDS = {**dict.fromkeys(("group",), {"armed_group", "other", "ngo", "monitor"}),
                **dict.fromkeys(("organisation", "organization"), {"ngo", "other", "monitor"}),
                "charity": {"ngo"}, "agency": {"ngo", "un_body"},
                **dict.fromkeys(("movement", "alliance", "coalition", "front", "militia"), {"armed_group", "other"}),
                **dict.fromkeys(("observatory", "monitor", "network"), {"monitor", "ngo"})}
_GENERIC_GROUP = frozenset("group organisation organization charity agency movement militia observatory monitor".split())
