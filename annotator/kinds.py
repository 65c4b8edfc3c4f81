"""What an unnamed source is, by the words that describe it: the kinds a reader counts apart.

Used by the mention finder (which words describe an unnamed source) and the claims stage (which
unnamed sources are one origin)."""

from __future__ import annotations

import re

# People on the ground, sources by what they are: cited only where a sentence cites them (the
# mention finder), and counted apart from a claim's named origins (the claims stage).
_ON_THE_GROUND = (r"residents?|(?:eye)?witness(?:es)?|survivors?|villagers?|neighbou?rs|locals|relatives|famil(?:y|ies)|refugees?|"
                  r"parents|farmers?|traders?|fishermen|shopkeepers?|townspeople|inhabitants|doctors?|medics?|nurses?|"
                  r"journalists?|(?:displaced|fleeing) people")
GROUND = rf"(?:{_ON_THE_GROUND}|(?:aid|rescue) workers?)"

# Each kind by its words. A description takes the first kind, in this order, whose words the noun it
# is headed by holds, with what qualifies it before ("a hospital worker" is medical staff, "aid
# officials" aid workers, "military analysts" analysts, "Western intelligence officials" a state's
# intelligence, "health officials" and "government workers" officials).
KINDS = (("intelligence", r"\bintelligence\b"), ("diplomat", r"\b(?:diplomat\w*|embass(?:y|ies)|attach[eé]s?)\b"),
         ("official", r"\b(?:ministry|ministries|familiar|(?<!pro-)government|presidential|presidency|"
                      r"health (?:officials?|authorities))\b"),
         ("medical", r"\b(?:doctors?|medics?|nurses?|midwi(?:fe|ves)|medical|hospitals?|health|surgeons?|paramedics?|clinics?)\b"),
         ("activist", r"\b(?:activists?|campaigners?|rights (?:groups?|workers?|defenders?))\b"),
         ("aid", r"\b(?:aid|relief|humanitarian|charity)\b"),
         ("community", r"\b(?:elders?|community|clan|tribal|(?:village|traditional|local) chiefs?|sheikhs?|priests?|imams?|"
                       r"pastors?|monks?|clerics?|church)\b"),
         ("combatant", r"\b(?:soldiers?|fighters?|troops|marines?|militiamen|conscripts?|recruits?|servicem[ae]n|"
                       r"paratroopers?|deserters?|veterans?|prisoners?|mercenaries)\b"),
         ("ground", rf"\b(?:{_ON_THE_GROUND}|displaced|rescuers?|firefighters?|"
                    r"neighbou?rs?|passengers?|nomads?|herders?|teachers?|students?|employees?|workers?|staff|drivers?|"
                    r"businessm[ae]n|merchants?|smugglers?|people|women|men|mothers?|wives|civilians?|labourers?|owners?|"
                    r"guests?|pupils?|reporters?|photographers?|porters?|clerks?|dockworkers?|schoolteachers?|"
                    r"interpreters?|accountants?|citizens|shepherds?|fishers?|sellers?|vendors?|hawkers?)\b"),
         ("analyst", r"\b(?:analysts?|experts?|researchers?|commentators?|bloggers?|correspondents?|observers?|"
                     r"consultants?|specialists?|academics?|scholars?)\b"),
         ("official", r"\b(?:officials?|officers?|sources?|commanders?|insiders?|aides?|investigators?|authorities|"
                      r"prosecutors?|guards?|council|councillors?|administrators?|mayors?|governors?|commissioners?|prefects?|spokesm[ae]n|"
                      r"spokespersons?|chiefs?|colonels?|captains?|lieutenants?|sergeants?|brigadiers?|corporals?)\b"))

# Kinds a reader counts apart from a claim's named origins, as people who saw or study the events
# rather than speak for a side.
APART_KINDS = frozenset(("medical", "activist", "aid", "community", "ground", "analyst"))
# A noun of one of those kinds ("the nurse", "lawmakers and families" end in one).
APART_NOUN = re.compile("|".join(words for kind, words in KINDS if kind in APART_KINDS), re.I)


def kinds_of(written: str) -> frozenset:
    """The kinds a description names, one for each part it joins with "and" ("residents and a local
    official" names two; "security and medical sources" too), each by the noun it is headed by ("a
    doctor at al-Wahda hospital" is medical staff, "officials at the health ministry" officials)."""
    parts = [p for p in re.split(r"\s+and\s+", written.lower().strip()) if p]
    if not parts:
        return frozenset()
    # "security and medical sources": each qualifier with the noun they share
    noun = headed(parts[-1]).split()[-1]
    parts = [p if _first_kind(p) else f"{p} {noun}" for p in parts]
    return frozenset(kind for p in parts if (kind := _head_kind(p)))


def _head_kind(part: str) -> str | None:
    head = headed(part)
    kind = _first_kind(head)
    where = part[len(head):]
    if _BARE_SOURCES.fullmatch(head.strip()) and _PLACED.match(where) and not _BODY.search(where):
        return _first_kind(where) or kind  # "sources at the hospital" are medical staff
    if kind is None or (kind == "ground" and not _first_kind(_GENERIC.sub("", head))):
        return _first_kind(part) or kind  # "staff at the hospital" are medical staff
    return kind


def _first_kind(words: str) -> str | None:
    return next((kind for kind, pattern in KINDS if re.search(pattern, words)), None)


def headed(written: str) -> str:
    """A description up to the noun it is headed by ("a Ukrainian officer fighting near the salt
    works" is "a Ukrainian officer")."""
    return _QUALIFIER.sub("", written)


# "Sources" alone: where they are ("at the hospital", "in the ministry") says which kind.
_BARE_SOURCES = re.compile(r"(?:(?:the|a|some|several|two|three|many|other)\s+)?sources?")
_PLACED = re.compile(r"\s+(?:at|in|inside|from)\s")
# ... unless that is an organ of government ("sources in the health directorate" are officials).
_BODY = re.compile(r"\b(?:directorate|department|authority|commission|corps|office|administration|council|"
                   r"ministry|government|committee|agency|bureau)\b")
# Nouns that say only that someone works or lives somewhere: the rest of the description says which kind.
_GENERIC = re.compile(r"\b(?:staff|employees?|workers?|people|members?)$")
# What follows the noun a description is headed by; not "close to the family", which says whose it is.
QUALIFIER = r"in|at|from|of|on|with|by|under|who|which|near|[a-z]+ing"
_QUALIFIER = re.compile(rf"\s+(?:{QUALIFIER}|(?-i:[a-z]+ed)\s+(?:in|at|by|on|near|from|with|to))\b.*$", re.I)  # "stationed in"
