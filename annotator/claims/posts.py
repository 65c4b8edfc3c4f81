"""Posts and bodies named around a speaker: a name then its post, staff of a body, units of a force,
spokesmen, and whether a back-reference ("the spokesman", "the monitor") fits what it refers to."""

from __future__ import annotations

import re

from ..registry import Source
from .names import _SOURCE_WORDS, _name_words
from .sides import office_phrase
from .apposition import _PARTICLE, _PARTICLES
from .article import _Article, _held_formerly
from .documents import _OUTSIDE
from .speaker import _BODY_WORDS, _identity
from .offices import _GROUP_WORDS, _POST_WORDS, _TITLES, _affiliation


# A sentence whose subject is a described source and whose verb is not one of speech: "On
# Wednesday evening the ministry published a revised figure", "The ministry later lowered its toll".
_DESCRIBED_SUBJECT = re.compile(r"^(?:(?:On|By|Later|Earlier|In|At)\b[^,]{0,40}?(?:,\s*|\s+(?=the\b)))?[Tt]he\s+"
                                r"((?:[a-z][\w-]*\s+){0,3}?([a-z]+))\s+(?:(?:has|had|also|later|then)\s+)*"
                                r"[a-z]+(?:ed|s)\b")


def _described_speaker(text: str, article: _Article, source: Source | None) -> tuple[str, str] | None:
    """The speaker of a sentence whose subject is a described source and whose verb is not one of
    speech ("On Wednesday evening the ministry published a revised toll"): the article's last
    speaker described with that head word, if its words fit ("the health ministry in the Hamas-run
    enclave"), else the description. None where the subject is no source, and where the
    ``source`` the sentence would refer back to stands and nothing was described so before ("the
    rights group" after Amnesty)."""
    described = _DESCRIBED_SUBJECT.match(text)
    if not described or described.group(2) not in _SOURCE_WORDS:
        return None
    earlier = article.described.get(described.group(2), ("", ""))
    if not _name_words(described.group(1)) <= _name_words(earlier[1]):
        earlier = ("", "")  # "the defence ministry" is not "the health ministry" described before
    if source is not None and not (earlier[1] and not _fits(described.group(1), source)):
        return None
    return earlier if earlier[1] else ("", f"the {described.group(1)}")


_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
# A post, then the speaker's name and his speech verb ("Hamas spokesman Hazem Qassem said", "Houthi
# health ministry spokesman X said", "… Front (TPLF) spokesman X said"; not "strikes killed Hamas commander
# Ahmed Ghandour").
_POST_AFTER = re.compile(r"(?:\s*\([A-Z][\w-]{1,9}\))?(?:['’]s)?\s+(?:(?:[a-z]+|Health|Defen[cs]e|Interior|Foreign|Information|Ministry|Military|Media|"
                         r"[A-Z][a-z]+(?=\s+(?:researcher|director|representative|head)\b))\s+){0,3}?"  # "HRW's senior Sahel researcher""
                         r"(?:special\s+|chief\s+|deputy\s+)?(?:representative|envoy|spokes(?:man|woman|person)|chief|head|"
                         r"commander|chairman|chairperson|president|secretary[- ]general|director|minister|ambassador|"
                         r"advis[eo]r|aide|researcher)"
                         r"(?:\s+of\s+(?:mission|delegation|operations|programmes?|programs?))?"  # "'s head of mission in South Sudan, X,"
                         r"(?:\s+(?:in|for|to)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"  # "'s representative in Yemen, Dr. X,"
                         r",?\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?"
                         r"(?:(?:Maj|Gen|Col|Brig|Lt|Capt|Cdr|Adm)\.?(?:-(?:Gen|Col)\.?)?\s+|(?:Major|Brigadier|Lieutenant)\s+General\s+){0,2}"
                         r"(?P<name>(?:(?!" + _WEEKDAY + r")[A-Z][\w-]+\s+){1,2}(?!" + _WEEKDAY + r")"
                         r"(?:[A-Z][\w-]+|" + _PARTICLES + r"-[A-Z][\w'’-]+))"  # "Hamdan al-Qudaimi"
                         r"(?=,?\s+(?:said|says|told|tells|added|adds|stated|announced|warned|wrote|accused|denied|"
                         r"claimed|insisted|confirmed)\b)")


_POSTS = rf"(?:{_POST_WORDS}|president|secretary[- ]general)"
# The speaker's name, then his post in the body named next: "Rojhat Baran, head of the ", "Zana Dilovan, the ".
_NAME_THEN_POST = re.compile(r"(?:^|[,;]\s+|\b(?P<verb>said|says|according\s+to)\s+)(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?"
                             r"(?:(?:Maj|Gen|Col|Brig|Lt|Capt|Cdr|Adm)\.?(?:-(?:Gen|Col)\.?)?\s+|"  # "Brigadier General X, spokesman for"
                             r"(?:Major|Brigadier|Lieutenant)\s+General\s+|(?:Colonel|General|Major|Captain)\s+){0,2}"
                             rf"(?P<name>(?:[A-Z][\w'’-]+\s+){{1,2}}(?:[A-Z][\w'’-]+|{_PARTICLES}-[A-Z][\w'’-]+)),\s+"
                             r"(?:(?:the|a|an)\s+)?(?:(?:senior|chief|deputy|top|press|media|military)\s+)?"
                             r"(?:[A-Z][a-z]+\s+(?=(?:researcher|director|representative|head)\s))?"  # "a senior Sahel researcher at"
                             rf"(?:(?P<post>{_POSTS})\s+(?:of|for|at|in)\s+(?:the\s+)?"
                             r"(?:(?:[A-Z][\w'’-]*['’]s|[a-z][\w-]*)\s+){0,2}?"  # "for Haftar's self-styled "
                             r"(?:(?:[A-Z][\w'’-]*\s+){1,3}(?:of|for|in)\s+(?:the\s+)?)?)?$")  # "head of the Health Authority of the "
# After the body's name in "…, said X, head of the Y.": the sentence's end; or his post in it,
# "…, said X, Human Rights Watch's Somalia researcher."
_POST_THEN_END = re.compile(r"(?:\s*\([A-Z][\w&-]*\))?(?:\s+[A-Z][\w'’-]*){0,3}\W*$")
_OWN_POST_THEN_END = re.compile(rf"['’]s\s+(?:{_OUTSIDE}[\w'’-]+\s+){{0,2}}?{_POSTS}\W*$")
# After the body's name, the rest of the post or of the name, and the speech verb: " media office, told",
# "'s spokesman, said", " Health Authority, told".
_POST_THEN_VERB = re.compile(rf"(?:['’]s)?(?:\s*\([A-Z][\w&-]*\))?(?:\s+(?:{_OUTSIDE}[\w'’-]+\s+){{0,2}}?(?P<post>{_POSTS}|office|"
                             rf"bureau|centre|center|department|[A-Z][\w'’-]*))?,\s+"
                             r"(?:said|says|told|tells|added|adds|stated|announced|warned|wrote|accused|denied|claimed|"
                             r"insisted|confirmed)\b")


def _person_after(text: str, source: Source, matches: list) -> tuple[str, str] | None:
    """A person named after a post in the registered body a sentence cites, then his speech verb
    ("Hamas spokesman Hazem Qassem said", "The WHO's representative in Yemen, Dr. X, said"), or named
    before his post in it ("Rojhat Baran, head of the SDF media office, told", "Zana Dilovan, the SDF
    spokesman, said"), as (identity, name)."""
    for m in matches:
        if m.source is source and (post := _POST_AFTER.match(text, m.end)) and not (
                source.kind == "armed_group" and "researcher" in post.group(0)):  # "Boko Haram researcher X" studies it
            return _identity(post.group("name")), post.group("name")
    for m in matches:
        if m.source is source and (before := _NAME_THEN_POST.search(text, 0, m.start)) and (
                before["verb"] and (before["post"] and _POST_THEN_END.match(text, m.end) or _OWN_POST_THEN_END.match(text, m.end))
                or not before["verb"] and (
                    after := _POST_THEN_VERB.match(text, m.end)) and (
                    before["post"] or after["post"] and after["post"][0].islower()
                    and after["post"] not in ("office", "bureau", "centre", "center", "department"))):
            # a post before the body or after it ("the SDF spokesman"), not only a name ("Zana Dilovan, the SDF, said")
            return _identity(before.group("name")), before.group("name")
    return _staff_named(text, source, matches)


def _post_holder_of(text: str, identity: str, matches: list, labelled: set) -> Source | None:
    """The registered rights group, monitor or armed group whose post the speaker ``identity`` is named in
    (:func:`_person_after`: "SFHR director Karim Awad told"), where the sentence gave the body no label of
    its own; not a body he served before, nor an armed group that is only the actor ("Forty soldiers were
    killed in the Boko Haram raid, the group's director, X, said")."""
    for m in matches:
        if m.source.kind not in ("ngo", "monitor", "armed_group") or m.source in labelled \
                or _held_formerly(text, m.start, m.end):
            continue
        if m.source.kind == "armed_group" and not (re.fullmatch(r"\W*(?:[Tt]he\s+)?", text[:m.start])
                                                   or _POST_AFTER.match(text, m.end)):
            continue
        if (_person_after(text, m.source, [m]) or ("",))[0] == identity:
            return m.source
    return None


# A person set off in commas, by rank or title and name: ", the group's Central Africa researcher, Clementine Ndoye,".
_SET_OFF = re.compile(rf"(?:^|,\s+)(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof|Lt|Gen|Maj|Col|Brig|Capt|Cmdr|Adm)\.?[\s-]+)*"
                      rf"[A-Z][\w'’-]+(?:\s+(?:{_PARTICLE}|[A-Z][\w'’-]+)){{1,3}}),")
# "…, the group's Central Africa researcher, X,": the post, in a body the sentence names by its kind.
_KIND_POST = re.compile(r"\b(?:the|its)\s+(?P<kind>group|organi[sz]ation|charity|agency)['’]s\s+"
                        r"(?:(?!former\b|ex\b|onetime\b|one-time\b|retired\b)[A-Za-z][\w-]*\s+){0,3}?"
                        r"(?:spokes(?:man|woman|person)|researcher|director|representative|coordinator|head|chief|official)"
                        r"(?:\s+of\s+(?:mission|delegation|operations|programmes?|programs?))?"
                        r"(?:\s+(?:for|in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?,\s+$")


def _staff_named(text: str, source: Source, matches: list) -> tuple[str, str] | None:
    """A person the sentence names in a post of the registered body it cites, set off in commas:
    "Lt. Gen. X, director general of Inter-Services Public Relations, told" (the ISPR's), "Human
    Rights Watch has documented …, the group's Central Africa researcher, X, said" (HRW's); None if
    none, or if the post is one held no longer."""
    for person in _SET_OFF.finditer(text):
        name = person.group("name")
        post = _KIND_POST.search(text[:person.start("name")])
        if post and source.kind in _GROUP_WORDS[post["kind"].lower()]:
            return _identity(name), name
        affiliation = _affiliation(text, name).lower()
        if affiliation and any(m.source is source and m.text.lower() == affiliation for m in matches):
            return _identity(name), name
    return None


_US_SPELLING = {"defense": "defence"}
# "the ministry", "the Defense Ministry"; or a registered body's name cut short, "Central Command"
# after "U.S. Central Command"
_THE_BODY = re.compile(r"(?:[Tt]he\s+(?:[\w-]+\s+){0,2}?|[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?)(\w+)")


def _cited_again(description: str, article: _Article) -> Source | None:
    """The registered source an article cited before that a definite description names again, though
    a named speaker spoke between ("the ministry" or "the Defense Ministry" after "the Russian Defense
    Ministry said" and its spokesman's quotes): the one cited in the last sentence that named a body
    with the description's head word; not "the health ministry" after the defence ministry, nor "the
    army" after "Lebanon's army said" followed the Israeli army."""
    head = _THE_BODY.fullmatch(description.strip())
    if head and (unit := article.units.get(head.group(1).lower())) and _name_words(description) <= unit[1] \
            and article.heads.get(head.group(1).lower(), -1) <= unit[2]:  # no other council named since
        return unit[0]  # "The Authority said", after "the AANES Health Authority"; "The General Command", after "the SDF General Command"
    if not head or head.group(1).lower() not in _BODY_WORDS:
        return None
    words = {_US_SPELLING.get(w, w) for w in _name_words(description)}
    last = article.heads.get(head.group(1).lower())  # "the council" after "Sudan's Sovereign Council" is not the NRC
    rival = words <= {"army", "military"}  # "the army" is a state's, not the BLA named before; "the forces" may be the RSF
    for index, source in reversed(article.cited):
        if index == last and source.label == "on_record" and not (rival and source.kind == "armed_group") and any(
                words <= {_US_SPELLING.get(w, w) for w in _name_words(name)} for name in (source.name, *source.aliases)):
            return source
    return None


# A part of a registered body, named around it: "the AANES Health Authority", "the Health Authority of
# the AANES", "the SDF Media Office"; "the authority" or "the office" later is that body.
_UNITS = (r"(?:Authority|Office|Directorate|Department|Bureau|Centre|Center|Administration|Commission|Committee|"
          r"Command|Council|Team)")
# "the SDF's General Command", "the Tatmadaw True News Information Team"
_UNIT_AFTER = re.compile(rf"(?:['’]s)?((?:\s+[A-Z][\w'’-]*){{0,3}}\s+({_UNITS}))\b")
_UNIT_BEFORE = re.compile(rf"\b((?:[A-Z][\w'’-]*\s+){{0,2}}({_UNITS}))\s+(?:of|for)\s+(?:the\s+)?$")


def _unit_of(text: str, match) -> tuple[str, frozenset]:
    """The head word of a unit of the registered body ``match`` names, written around it ("" if
    none), and the words of the unit's name ("the SDF General Command": general, command)."""
    unit = _UNIT_AFTER.match(text, match.end) or _UNIT_BEFORE.search(text, 0, match.start)
    return (unit.group(2).lower(), frozenset(_name_words(unit.group(1)))) if unit else ("", frozenset())


# The body an officer speaks for, set beside his name: ", the official spokesman of the General Command,"
# or "the army's spokesman, Maj. Gen. " before it.
_BODY_AFTER = re.compile(rf",\s+(?:the|a|an)\s+(?:[a-z]+\s+){{0,2}}?{_POSTS}\s+(?:of|for)\s+(?P<org>(?:the\s+)?"
                         r"[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,5})")
_BODY_BEFORE = re.compile(rf"(?P<org>(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){{0,3}}[A-Za-z][\w'’-]*)['’]s\s+(?:[a-z]+\s+){{0,2}}?"
                          rf"{_POSTS},?\s+{_TITLES}")


def _as_army(words: set[str]) -> set[str]:
    """A body's written name words, with "army" and "military" for a name of armed forces ("the army's
    spokesman" of the "Libyan Arab Armed Forces"; not the "Rapid Support Forces" or the "Arakan Army",
    whose enemies have armies and militaries too)."""
    return words | {"army", "military"} if {"armed", "forces"} <= words else words


def _apposed_body(text: str, name: str, article: _Article, matches: list) -> Source | None:
    """The registered body an officer of no stated state is set in, by a post beside his name, where
    the article cited it before or the sentence names it ("Maj. Gen. Ahmed al-Mismari, the official
    spokesman of the General Command," after "The General Command of the Libyan National Army said")."""
    at = text.find(name)
    if at < 0:
        return None
    written = _BODY_AFTER.match(text, at + len(name)) or _BODY_BEFORE.search(text, 0, at)
    if written is None or (written.re is _BODY_BEFORE and written.end() != at):
        return None
    org = re.sub(r"^[Tt]he\s+", "", written["org"])
    words = {_US_SPELLING.get(w, w) for w in _name_words(org)}
    last = article.heads.get(org.split()[-1].lower())  # the last sentence that used the word: "belonged to the army"
    # named so in the article ("Libyan National Army"), or in the sentence that last used the word; not
    # "the army's spokesman" after "The SPLA-IO said", whose long name alone holds "army"
    return _cited_again("the " + org, article) or _registered_in(text, written["org"], matches) or next(
        (source for index, source, as_written in reversed(article.named) if words and (
            words <= _as_army({_US_SPELLING.get(w, w) for w in _name_words(as_written)}) or index == last and any(
                words <= {_US_SPELLING.get(w, w) for w in _name_words(n)} for n in (source.name, *source.aliases)))), None)


def _registered_in(text: str, affiliation: str, matches: list) -> Source | None:
    """The one on-record or UN registered body named within a speaker's affiliation as the sentence writes
    it ("the Health Authority of the Autonomous Administration of North and East Syria", "UN Secretary-General
    Antonio Guterres" for his spokesman), else None."""
    at = text.find(affiliation)
    within = {m.source.name: m.source for m in matches
              if at >= 0 and at <= m.start < at + len(affiliation) and m.source.label in ("on_record", "un_figure")
              and re.fullmatch(r"(?:.*\b(?:of|for|at)\s+(?:the\s+)?)?", text[at:m.start])  # it heads the affiliation,
              and not re.match(r"['’]s\s+(?:area|territory|zone|region)\b|-(?:held|controlled|run)\b", text[m.end:])
              and not (m.source.label == "un_figure" and re.match(r"-\w", text[m.end:]))}  # not "the UN-backed government"
    return next(iter(within.values())) if len(within) == 1 else None  # not "a hospital in the AANES's area"


def _ministry_side(text: str, speaker: tuple[str, str], office: str, organ: str,
                   article: _Article) -> tuple[tuple[str, str], str, str]:
    """(speaker, office, organ) once the article's ministry memory is asked whose a bare ministry
    in the speaker's own office phrase is: "The health ministry said" after "the Hamas-run health
    ministry" is that side's ministry, and so is its named spokesman; a named minister is only
    kept from a state's join ("?"), since he may as well be the other side's own."""
    own = office_phrase(text, speaker[1]) if speaker[0] else speaker[1]
    whose = article.ministries.whose(article.ministries.bare_topic(own)) or (
        article.ministries.only_one(own) if speaker[0] else None)  # "Ministry spokesman X"
    if not whose:
        return speaker, office, organ
    if not speaker[0]:
        return (_identity(whose[1]), whose[1]), whose[0], organ
    if office == "?":  # the bare ministry's spokesman speaks for it ("Ministry spokesman X"); a minister may not
        office, organ = (whose[0], "") if _SPOKESMAN.search(own) else ("", "")
    return speaker, office, organ


_SPOKESMAN = re.compile(r"\bspokes(?:man|woman|person)\b", re.I)
_THE_SPOKESMAN = re.compile(r"[Tt]he\s+spokes(man|woman|person)")
# The role set right beside a name: "spokesman Maj. X", "The army spokesman, Col. X,", "X, spokesman of the Y,".
# "spokesman Col. X", "The official spokesman of the Armed Forces, Brig. Gen. X"
_ROLE_BEFORE = re.compile(r"\bspokes(man|woman|person)\b(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})?,?\s+"
                          r"(?:[A-Z][\w.'’-]*\s+){0,3}$", re.I)
_ROLE_AFTER = re.compile(r"\s*,\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,5}?spokes(man|woman|person)\b", re.I)


def _spokes_role(text: str, name: str) -> str:
    """"man", "woman" or "person" where ``name`` is introduced as a spokes-man/woman/person, else ""."""
    at = text.find(name) if name else -1
    if at < 0:
        return ""
    role = _ROLE_BEFORE.search(text[:at]) or _ROLE_AFTER.match(text, at + len(name))
    return role.group(1).lower() if role else ""


_PRONOUN = re.compile(r"^\W*(?:he|she|they|it|him|her|them|its|his|their)\b", re.I)
# A definite description of a monitoring group ("The Britain-based group", "the London-based
# monitor"): in a sentence that also cites a monitor it is that monitor, not a speaker beside it.
_MONITOR_DESCRIBED = re.compile(r"^\W*the\s+(?:[\w'’-]+\s+){0,3}?(?:group|monitor|observatory|organi[sz]ation|"
                                r"watchdog|network|body)$", re.I)


# What a source said, standing for it ("The statement called the enemy's claims 'a lie'")
_SAID_THING = re.compile(r"\W*the\s+(?:statement|communiqu[eé]|announcement)\b", re.I)


def _a_state_army(description: str, source: Source | None) -> bool:
    """Whether "the army" or "the military" is read as a state's forces, not as the armed group named
    before it ("The army said 346 hostages had been freed", after "The BLA … claimed responsibility")."""
    return (source is not None and source.kind == "armed_group"
            and set(re.findall(r"[a-z]+", description.lower())) - {"the", "its"} <= {"army", "military"})  # "the force": the RSF


def _fits(description: str, source: Source | None) -> bool:
    """Whether a speaker described without a name ("he", "the ministry") can be ``source``, the
    source it would refer back to: a pronoun can be anyone; a description must share a word with
    the source's names ("the region's governor" is not the Kremlin named before it)."""
    if source is None or not description or _PRONOUN.match(description) or _SAID_THING.match(description):
        return True
    if _a_state_army(description, source):
        return False
    names = set().union(*(_name_words(n) for n in (source.name, *source.aliases)))
    if description.lower().rstrip(" .,").endswith("ministry") and "ministry" not in names and source.kind != "government":
        return False  # "the defence ministry" is no "Rwanda Defence Force" named before it
    return bool(_name_words(description) & names)
