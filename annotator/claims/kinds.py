"""What an unnamed source is, by the words that describe it: the kinds a reader counts apart."""

from __future__ import annotations

import re

from ..mentions import GROUND

# In order: a description takes the first kind whose words it holds ("a hospital worker" is medical
# staff, "aid officials" aid workers, "military analysts" analysts).
KINDS = (("intelligence", r"\bintelligence\b"), ("diplomat", r"\b(?:diplomat|embass|attach[eé])"),
         ("medical", r"\b(?:doctors?|medics?|nurses?|medical|hospitals?|health|surgeons?|paramedics?|clinics?)\b"),
         ("activist", r"\b(?:activists?|campaigners?|rights (?:groups?|workers?|defenders?))\b"),
         ("aid", r"\b(?:aid|relief|humanitarian|charity|volunteers?)\b"),
         ("community", r"\b(?:elders?|community|clan|tribal|chiefs?|sheikhs?|priests?|imams?|pastors?|monks?|clerics?|church)\b"),
         ("combatant", r"\b(?:soldiers?|fighters?|troops|marines?|militiamen|conscripts?|recruits?|servicem[ae]n|"
                       r"paratroopers?|deserters?|veterans?|prisoners?|mercenaries)\b"),
         ("ground", rf"\b(?:{GROUND.lower()}|displaced|rescuers?|neighbou?rs?|passengers?|nomads?|herders?|teachers?|students?|"
                    r"employees?|workers?|staff|drivers?|businessm[ae]n|merchants?|smugglers?|people|women|men|"
                    r"mothers?|wives|civilians?|labourers?|owners?|guests?|pupils?|reporters?|photographers?)\b"),
         ("analyst", r"\b(?:analysts?|experts?|researchers?|commentators?|bloggers?|correspondents?|observers?|consultants?|specialists?|academics?|scholars?)\b"),
         ("official", r"\b(?:officials?|officers?|sources?|commanders?|insiders?|aides?|investigators?|authorities|"
                      r"prosecutors?|guards?|council|councillors?|administrators?|mayors?|governors?|spokesm[ae]n|spokespersons?|"
                      r"colonels?|captains?|lieutenants?|sergeants?|brigadiers?|corporals?)\b"))

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
    parts = [p if any(re.search(words, p) for _, words in KINDS) else f"{p} {parts[-1].split()[-1]}" for p in parts]
    return frozenset(kind for p in parts if (kind := _part_kind(headed(p)) or _part_kind(p)))


def headed(written: str) -> str:
    """A description up to the noun it is headed by ("a Ukrainian officer fighting near the salt
    works" is "a Ukrainian officer")."""
    return _QUALIFIER.sub("", written)


def _part_kind(words: str) -> str | None:
    return next((kind for kind, pattern in KINDS if re.search(pattern, words)), None)


# What follows the noun a description is headed by; not "close to the family", which says whose it is.
_QUALIFIER = re.compile(r"\s+(?:in|at|from|of|on|with|who|which|near|[a-z]+ing)\b.*$")
