"""A speaker described first and named after a comma: "according to the governor of Nabatieh
province, Hassan Moussawi" is Hassan Moussawi, and the description says what office he holds."""

from __future__ import annotations

import re

from ..mentions import SPEECH
from ..registry import Registry

# Lower-case parts of names: "Fadhl al-Marfadi", "Ana de la Cruz", "Ursula von der Leyen".
_PARTICLES = r"(?:al|el|bin|ibn|abu|de|da|du|van|von|la|le|der|den|del|della|dos|das|di)"
_PARTICLE = rf"{_PARTICLES}(?:-[\w'’]+)*"

AGE = r",\s+\d{1,3}(?=,)"  # "Col. Ahmed Saleh, 52, a spokesman …"
_AGE = re.compile(AGE)


def past_age(text: str, at: int) -> int:
    """Where what describes a name that ends at ``at`` begins: past an age ("Col. Ahmed Saleh, 52, a
    spokesman for the army,")."""
    age = _AGE.match(text, at)
    return age.end() if age else at


# "according to the governor of Nabatieh province, Hassan Moussawi.": the name after a described
# official is who speaks (two capitalised words at least, ending the clause or before "said"). Not
# after another description ("the wife of the jailed commander, Gen. X": the name is his), a place
# ("a doctor in Gaza's second city, Khan Younis") or a plural ("the witnesses, Ahmed Ali, ..."); not
# the first of a list, a registered source, or a name that ends like a group's, a place's or a ship's.
_DESCRIBED = re.compile(r"^(?:(?i:the|a|an|its|their|his|her)|[A-Z][\w'’-]*['’]s)\s")  # "Artsakh's human rights defender"
_OFFICIAL = re.compile(r"\b(?:governor|head|chief|director|spokes(?:man|woman|person)|commander|mayor|minister|"
                       r"president|chair(?:man|woman|person)?|leader|secretary|official|administrator|ambassador|"
                       r"envoy|coordinator|prosecutor|representative|officer|commissioner|manager|superintendent|"
                       r"inspector|headmaster|headmistress|headteacher|principal|councillor|lawmaker|senator|deputy|"
                       r"general|colonel|captain|major|sheikh|imam|bishop|priest|elder|ombuds(?:man|woman|person)|defender)$", re.I)
_APPOSED_NAME = re.compile(rf",\s+((?:[A-Z][\w'’.-]*\s+|{_PARTICLE}\s+)+(?:[A-Z][\w'’-]*[\w]|{_PARTICLES}-[\w'’-]+))"
                           rf"(?=\s*(?:[.;]|,(?!\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:,|and\b))|$)|\s+{SPEECH}\b)")
_NOT_A_PERSON = re.compile(r"\b(?:Army|Alliance|Group|Forces?|Front|Party|Movement|Council|Hospital|Brigades?|"
                           r"Battalion|Militia|Union|Committee|Commission|Ministry|Agency|Company|Ltd|Corporation|"
                           r"Ports?|City|Camp|Organi[sz]ation|Network|Coalition|Authority|Confidence)$")
_PLACE_END = re.compile(r"\bin\s+[^,]*\b(?:capital|city|town|village|district|province|region|state|county|area|"
                        r"camp|enclave|country|island|port|border|north|south|east|west)\s*$", re.I)
_PLURAL_END = re.compile(r"(?<!s)s$")


def apposed_name(text: str, span: str, registry: Registry) -> str:
    """The person named in apposition right after a described official ``span``; '' if none."""
    if not span or not _DESCRIBED.match(span) or _PLACE_END.search(span) or _PLURAL_END.search(span):
        return ""
    head = re.sub(r"['’]s$", "", re.split(r"\s+(?:of|for|at|in|on)\s+", span)[0].strip())
    if not _OFFICIAL.search(head) or (at := text.find(span)) < 0:
        return ""
    name = _APPOSED_NAME.match(text, at + len(span))
    if not name or registry.find(name.group(1)) or _NOT_A_PERSON.search(name.group(1)):
        return ""
    return name.group(1)


# "said the spokesman, Senior Colonel Luo Jianhua": the description before a name, after a speech
# cue, "according to" or at the sentence start, whose office the name holds.
DESCRIBED_BEFORE = re.compile(rf"(?:^|\baccording\s+to\s+|\b(?:{SPEECH}|citing|quoting)\s+)"
                              r"((?i:the|a|an|its|their|his|her)\s+[a-z][^,;]{0,60}|"
                              r"[A-Z][\w'’-]*['’]s\s+[A-Za-z][^,;]{0,60}),\s+$")  # "Russia's envoy for Syria, X"
