"""Disputes, deniers and relays of a sentence: who denies or rejects a claim, a UN body relaying
others, a monitor relaying a group's statement, and a publisher cited as a source."""

from __future__ import annotations

import re
from dataclasses import replace

from ..mentions import PEOPLE
from ..positions import SPEECH, cited_at
from ..registry import Registry, Source
from .names import _ORGAN, _SOURCE_WORDS, _name_words, _state_of_name
from .cues import OUTLETS, _CITING, _set_apart
from .article import Attribution
from .wording import _NOT_NAMES
from .speaker import _counted_by, _heads_organ, _identity


# A clause that disputes what the rest of the sentence asserts: "..., though Moscow has denied any
# involvement", "..., a figure the UFR disputes", "..., a version of events the military rejects".
_DISPUTE = re.compile(r"(?:(?:[,;]\s*|\s[-–—]\s*)(?:and\s+)?|"
                      # "according to a UN report that the authorities rejected." (a relative clause, whose verb
                      # then takes no object; not "a report that Israel denied entry to 40 convoys")
                      r"\b(?P<report>report|reports|findings|figures|account|assessment|study|allegations?)"
                      r"(?:\s+(?:by|from|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?\s+(?=(?:that|which)\s))"
                      r"(?P<opener>though|although|but|while|whereas|which|that|a claim|a charge|"
                      r"a figure|a toll|an account|an allegation|an accusation|accusations|a version(?: of events)?|"
                      r"reports?)\b(?P<subject>[^.;,]*?)\b(?P<verb>den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|"
                      r"disput(?:es|ed)|refute[ds]?|contest(?:s|ed)?)\b"
                      r"(?(report)(?=\s*(?:[.;]|$)|\s*,\s+(?:calling|saying|describing|branding|dismissing)\b|"
                      r"\s+(?:(?:as|on|in|last|this|outright|flatly)\b|[A-Z][a-z]+day\b)))", re.I)
# What may stand between the disputing source and its verb: "Moscow has flatly denied".
_AUXILIARIES = r"(?:(?:has|have|had|also|since|swiftly|flatly|strongly|angrily|repeatedly|always)\s+)*"
_TO_VERB = re.compile(rf"^['’]?s?\s*{_AUXILIARIES}$", re.I)


_STATE_OWNED = re.compile(r"(?:the\s+)?([A-Z][\w-]+)['’]s\s")
# A report that a speaker rejects: its outlet does not back what the report said.
_REPORT_REJECTED = re.compile(r"\b(?:dismiss|den(?:y|ie)|reject|disput|refut|deni)\w*\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?"
                              r"(?:reports?|story|stories|article|claims?|allegations?|accounts?)\s+(?:by|in|from|of|on)\s+",
                              re.I)


def _disputed(text: str, out: list[Attribution], registry: Registry, carrier: str = "") -> list[Attribution]:
    """``out`` with ``disputes`` set on each source that is the subject of a disputing clause's
    verb ("..., though Moscow has denied it", "..., a figure the UFR disputes"); a source cited
    anywhere else in the sentence keeps backing it."""
    rejected = [m.end() for m in _REPORT_REJECTED.finditer(text)]
    if rejected:  # "Mismari dismissed a report by Al Jazeera": the outlet's report is what is denied
        out = [replace(a, disputes=True) if a.type in OUTLETS and a.source is not None and any(
            m.source.name == a.source.name and any(0 <= m.start - end < 60 for end in rejected)
            for m in registry.find(text)) else a for a in out]
    out = _subject_denies(text, out, registry)
    verbs = [m.start("verb") for m in _DISPUTE.finditer(text)]
    if not verbs:
        return out

    registered = registry.find(text)

    def subject(a: Attribution) -> bool:
        named = _named_at(a, text, registered)
        if a.source is not None:
            # where it is named as a source, not as the actor of the claim ("RSF fighters went from
            # shelter to shelter …, which the RSF denies")
            named = [(i, j) for i, j in named if cited_at(text, i, j)] or named
        ends = [j for _, j in named]
        return bool(ends) and all(any(_TO_VERB.match(text[end:verb]) for verb in verbs if verb >= end)
                                  for end in ends)

    out = [replace(a, disputes=True) if subject(a) else a for a in out]
    return out + _deniers(text, out, registered, carrier)


# Who takes the disputing clause's verb, when it is named: "Lazarenko", "Britain's Ministry of Defence".
_DENIER = re.compile(r"^\s*(?P<name>(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+(?:[a-z][\w-]*\s+)?(?:" + "|".join(sorted(_ORGAN))
                     + r")\b|[A-Z][\w'’-]*)(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’-]*)*)(?P<rest>\s.*)$")  # "Pakistan's military"


# After "though X denied", what X denies must be the claim: "it", "the report", "any involvement",
# "the recordings"; not "army chief Valery Zaluzhny", "Moscow's proposal", "fears of a recession".
_CONJUNCTIONS = frozenset("though although but while whereas".split())
_DENIED_CLAIM = re.compile(r"\W*$|\s+(?:(?:it|this|that|them|so|responsibility|involvement|any\s+\w+|(?:the|these|those|such)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:claims?|reports?|figures?|tolls?|accounts?|allegations?|accusations?|"
                           r"charges?|versions?|recordings?|footage|videos?|images|photos|story|stories|findings|"
                           r"assessment|numbers?|estimates?))\b)", re.I)


# …or a body or people it describes: "a claim the hospital's staff reject", "a figure the army
# disputes", "residents deny"; not "a claim Reuters found witnesses reject", "the UN says residents".
_DESCRIBED_DENIER = re.compile(rf"^\s*(?:that\s+)?(?P<name>(?:the|both|several|some|many)\s+(?:[\w'’-]+\s+){{0,3}}?"
                               rf"[a-z][\w'’-]*|[a-z][\w'’-]*)(?P<rest>\s*{_AUXILIARIES})$")
_NOT_IN_DENIER = re.compile(rf"\b(?:and|or|but|{SPEECH}|say|found|finds|contradicts?|believes?|thinks?)\b", re.I)


def _described_denier(subject: str):
    """The match of a disputing clause's subject that describes a body or people ("the army",
    "the hospital's staff", "both governments"), or None."""
    m = _DESCRIBED_DENIER.match(subject)
    if m is None or _NOT_IN_DENIER.search(m.group("name")):
        return None
    name = m.group("name")
    return m if _heads_organ(name) or PEOPLE.fullmatch(name.split()[-1]) else None


# "and" inside one name: a capitalised word before it, two after ("Relief and Rehabilitation Commission").
_NAME_AND = re.compile(r"\b[A-Z][\w'’-]*\s+and\s+[A-Z][a-z][\w'’-]*\s+[A-Z]")


def _listed(named: str) -> bool:
    """Whether a cited span names two sources ("local authorities and IOM", "the ministry, the Red
    Crescent"), not one whose name holds "and" ("South Sudan's Relief and Rehabilitation Commission")."""
    return "," in named or len(re.findall(r"\band\b", named)) > len(_NAME_AND.findall(named))


# A person named after the post a UN body cites: ", Deng Ajak Kuol, said".
_HOLDER_AFTER = re.compile(r",\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),")


def _un_relays(text: str, out: list[Attribution], matches: list) -> list[Attribution]:
    """``out`` with a UN body that passes on a figure of a source it names ("…has risen to 31, OCHA
    said on Thursday, citing North Kivu's provincial health division") as that source's channel:
    one origin, reached through the UN, not two. Its own staff ("citing its monitors") stay the UN's."""
    cited = _CITING.search(text) or _TOLD_IT.search(text) or _INFORMATION_FROM.search(text) or _ACCORDING_AFTER.search(text)
    if not cited or not cited.group(1) or re.match(r"(?:its|their|his|her|our)\b", cited.group(1), re.I):
        return out
    start, end = cited.span(1)
    named = _counted_by(cited.group(1).strip())  # "citing figures from the Borno state authorities"
    if named != cited.group(1) and (at := cited.group(1).find(named)) >= 0:
        start = cited.start(1) + at  # where the counting source's name begins
    if cited.re is _TOLD_IT:
        named = _IN_PLACE.sub("", named)  # "community leaders in the area"
    if _listed(named) or len({m.source.name for m in matches if start <= m.start < end}) > 1 or any(
            start <= m.start < end and (m.source.label == "un_figure" or (
            cited.re is _ACCORDING_AFTER and m.source.label in OUTLETS)) for m in matches) or (
            cited.re is _ACCORDING_AFTER and (_OUTLET_WORD.search(named) or re.search(r"\b(?:Times|Post|News|Herald|Tribune)\b", named))):
        # "citing local authorities and IOM", "citing the UN human rights office": not one outside source;
        # "…, according to Reuters" relays the UN
        return out
    un = [a for a in out if a.type == "un_figure" and a.source is not None and not a.disputes and any(
        m.source.name == a.source.name and m.end <= cited.start() for m in matches)]
    # "citing Abyei's chief administrator, Deng Ajak Kuol,": the post, then who holds it
    holder = _HOLDER_AFTER.match(text, end) if cited.re is _CITING else None
    # the source is all "citing" names ("the Israeli military's refusal to grant access" is a reason)
    relayed = [a for a in out if a.type == "on_record" and not a.disputes and (
        # "citing the ministry", read back (as "the Houthi-run health ministry" named before)
        (a.speaker or a.office or a.speaker_name) and (named in (a.speaker_name, a.affiliation) or _name_words(named)
                                                       and _name_words(named) <= _name_words(a.speaker_name)
                                                       or holder is not None and a.speaker_name == holder["name"])
        or a.source is not None and any(
            m.source.name == a.source.name and m.start - start <= 4 and end - m.end <= 1 for m in matches))]
    within = {m.source.name: m.source for m in matches  # not "…, according to Reuters", which relays the UN
              if start <= m.start and m.end <= end and m.source.label in ("on_record", "named_monitor")}
    if len(un) == 1 and not relayed and len(within) == 1 and not any(a.source in within.values() for a in out):
        # "OCHA said …, according to the Kurdish-run health authority": a registered body the sentence gives no label
        body = next(iter(within.values()))
        return [Attribution(body.label, body,
                            via=(*un[0].via, un[0].source.name), hedged=un[0].hedged, carrier=un[0].carrier)
                if a is un[0] else a for a in out]
    if cited.re is _ACCORDING_AFTER and not _VAGUE_HEAD.match(named):
        return out  # "…, according to High Commissioner Filippo Grandi": the UN body's own, unless registered (above)
    if len(un) == 1 and not relayed and (cited_source := _cited_unlabelled(named, un[0])) is not None:
        # "BINUH, citing local officials, said": officials the sentence names no label for, through the UN
        return [cited_source if a is un[0] else a for a in out]
    if len(un) != 1 or len(relayed) != 1:
        return out
    return [replace(a, via=(*a.via, un[0].source.name)) if a is relayed[0] else a for a in out if a is not un[0]]


# A rights group or monitor that passes on another's finding: "Human Rights Watch, citing the Sinai
# Foundation for Human Rights, said …" (not "citing witnesses", "citing its researchers": its own work).
_GROUP_CITING = re.compile(r"^\W*(?:(?:On|In|Late|Early|Last)\s+[^,]{1,30},\s+)?(?:the\s+)?(?P<relay>[A-Z][^,]{1,60}),\s+"
                           r"citing\s+(?P<cited>(?:the\s+)?[A-Z][^,;]{1,80}?),\s+"
                           rf"(?:also\s+)?{SPEECH}\b")
# What an unregistered body's name ends in: "the Sinai Foundation for Human Rights", "the Emergency Lawyers".
_BODY_HEAD = re.compile(r"\b(?:Foundation|Network|Observatory|Cent(?:re|er)|Committee|Council|Commission|Union|Association|"
                        r"Group|Project|Institute|Organi[sz]ation|Watch|Society|League|Coalition|Forum|Initiative|Lawyers|"
                        r"Doctors|Syndicate|Federation|Collective|Monitor)(?:\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][\w'’-]*"
                        r"(?:\s+[A-Z][\w'’-]*)*)?$")

# After a body's name, its people or its word: "citing Border Guard Bangladesh officials", "Arakan Army statements"
_ITS_WORD = re.compile(r"(?:['’]s)?(?:\s+(?:officials|statements?|figures|data|records|spokes(?:man|woman|person|people)|"
                       r"commanders?|reports?|documents|estimates|count|tally))?")


def _group_relays(text: str, out: list[Attribution], matches: list) -> list[Attribution]:
    """``out`` with a registered rights group or monitor that cites another named body ("the Sinai
    Foundation for Human Rights", a registered source named whole) as that body's channel: one origin,
    the body's, reached through the group. Not its own work or evidence ("citing residents", "citing
    Planet Labs satellite imagery", "citing the Egyptian government's refusal")."""
    relay = _GROUP_CITING.match(text)
    if not relay:
        return out
    relaying = [m.source for m in matches if relay.start("relay") <= m.start and m.end <= relay.end("relay")]
    if len(relaying) != 1 or relaying[0].kind not in ("ngo", "monitor"):
        return out
    group = relaying[0]
    if not any(a.source is group and not a.disputes for a in out):
        return out
    cited = relay["cited"]
    start = relay.start("cited") + (4 if cited.lower().startswith("the ") else 0)
    within = [m for m in matches if relay.start("cited") <= m.start and m.end <= relay.end("cited")]
    if within:
        if len(within) > 1 or within[0].source.label in OUTLETS or within[0].start != start \
                or not _ITS_WORD.fullmatch(text, within[0].end, relay.end("cited")):
            return out  # a name inside the cited phrase, not the phrase: "Kenya Red Cross", "RSF attacks on …"
        body = Attribution(within[0].source.label, within[0].source)
    elif _listed(cited) or not _BODY_HEAD.search(cited):
        return out  # "citing residents and officials", "citing the Geneva Conventions"
    else:
        name = re.sub(r"^the\s+", "", cited)
        body = Attribution("on_record", None, _identity(name), name)
    return [replace(body, via=(*a.via, group.name), hedged=a.hedged, carrier=a.carrier) if a.source is group else a
            for a in out]


# "JNIM said in a message relayed by Wasat Monitor": the monitor only passed on the group's words
_RELAYED_BY = re.compile(r"\b(?:statement|message|communiqu[eé]|claim|video|post|audio|recording)s?\s+"
                         r"(?:[\w'’-]+\s+){0,6}?(?:relayed|carried|circulated|published|posted|shared)\s+by\s+"
                         r"(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")
# what a monitor says a group claimed: "Wasat Monitor said JNIM had claimed the killing of 14 soldiers"
_REPORTED_CLAIM = re.compile(r"^[^,;]*?\b(?:said|says|reported)\s+(?:that\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
                             r"\s+(?:had\s+|has\s+)?claimed\b")
_RELAY_THEN_SAID = re.compile(r"^\W*In\s+an?\s+[^,]{0,80}?\b(?:relayed|carried|circulated|published|posted|shared)\s+by\s+"
                              r"[^,]{1,60},\s+(?P<subject>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s+(?:said|says|claimed|announced)\b")
_SAID_IN_A = re.compile(r",?\s+(?:said|says|announced|claimed)\s+(?:in|on)\s+an?\b")
# a part of what precedes "said in a" that can name who said it: "JNIM", "Jama'at Nusrat al-Islam (JNIM)"; not
# "On Sunday", nor an apposition in lower case ("al-Qaeda's branch in the Sahel")
_NAME_PART = re.compile(r"(?!(?:On|In|Last|Late|Early|Earlier|Later|Meanwhile|Separately)\b)(?:[Tt]he\s+)?[A-Z][\w'’-]*"
                        r"(?:\s+(?:[A-Z][\w'’-]*|al-[\w'’-]+|wal-[\w'’-]+|of|for|the|and)){0,7}(?:\s+\([A-Z][\w-]{1,9}\))?")
# the monitor's own check of what it relayed: "which said it had confirmed the deaths"
_OWN_CHECK = re.compile(r"\b(?:confirm|verif|document|geolocat|authenticat)\w*", re.I)


def _statement_subject(text: str) -> str:
    """Who made the statement a sentence says someone "said in a statement" (its acronym where it
    gives one), or "" where no name stands before those words."""
    if opened := _RELAY_THEN_SAID.match(text):  # "In a statement relayed by Wasat Monitor, JNIM said …"
        return opened["subject"]
    said = _SAID_IN_A.search(text)
    if said is None:
        return ""
    for part in reversed([p.strip() for p in text[:said.start()].split(",")]):
        if name := _NAME_PART.fullmatch(part):
            acronym = re.search(r"\(([A-Z][\w-]{1,9})\)$", name.group())
            return acronym.group(1) if acronym else name.group()
    return ""


def _relaying_monitor(text: str, out: list[Attribution], carrier: str) -> list[Attribution]:
    """``out`` with a monitor that only relayed someone's statement ("JNIM said in a message relayed
    by Wasat Monitor") made that statement's channel: the monitor is no origin of its own, unless it
    says it checked what it relayed. Who made the statement, where no other source read says, is its
    subject (:func:`_statement_subject`)."""
    relay = _RELAYED_BY.search(text)
    if relay is None and (claimed := _REPORTED_CLAIM.search(text)) and out and all(
            a.type == "named_monitor" and (a.speaker or a.source) for a in out):
        # "Wasat Monitor said JNIM had claimed the killing": the group's claim, through the monitor
        via = out[0].source.name if out[0].source else out[0].speaker_name
        return [Attribution("on_record", None, claimed["name"].lower(), claimed["name"], via=(*out[0].via, via),
                            hedged=out[0].hedged, carrier=carrier)]
    if relay is None or _OWN_CHECK.search(text, relay.end()):
        return out
    name = relay["name"].lower()
    monitors = [a for a in out if a.type == "named_monitor" and name in (
        a.speaker_name.lower(), *((a.source.name.lower(), *(x.lower() for x in a.source.aliases)) if a.source else ()))]
    if not monitors:
        return out
    said = _statement_subject(text)
    others = [a for a in out if a not in monitors] or (
        [Attribution("on_record", None, hedged=monitors[0].hedged, carrier=carrier)] if said else [])
    if not others:
        return out
    return [replace(a, via=(*a.via, relay["name"]), **(
        {"speaker": said.lower(), "speaker_name": said} if said and a.type == "on_record" and not (
            a.source or a.speaker or a.apart) else {})) for a in others]


# "OCHA said 14 people were wounded, according to (figures from) the health authority": what the UN body
# said closes on whom it relays, as "citing" them
_ACCORDING_AFTER = re.compile(r"\b(?:said|says|reported|added)\b[^;]*?,\s+according\s+to\s+([^,;]+?)(?=[,;.]|$)")
# "The UN mission said community leaders in the area had told it that …": what it relays, as "citing" them
_TOLD_IT = re.compile(r"\b(?:said|says|reported)(?:\s+on\s+\w+)?\s+(?:that\s+)?((?:(?!that\b)[\w'’-]+\s+){1,7}?)"
                      r"(?:had\s+|have\s+)?(?:told|informed)\s+(?:it|them|the\s+(?:mission|agency|office|organi[sz]ation)"
                      # "had told the mission's investigators", "had told its human rights officers"
                      r"|(?:its|the\s+(?:mission|agency|office|organi[sz]ation)['’]s)\s+(?:[a-z]+\s+){0,2}?"
                      r"(?:investigators|officers|monitors|staff|teams?|researchers|officials))\s+that\b"
                      # not an order: "had told it that it must evacuate"
                      r"(?!\s+(?:it|they|its\s+\w+|staff|residents|civilians|people)\s+(?:must|should|had\s+to|has\s+to|"
                      r"have\s+to|would\s+have\s+to|were\s+to|was\s+to)\b)")
# "UNAMI said preliminary information from Duhok's health directorate indicated that …": whose figures it relays
_INFORMATION_FROM = re.compile(r"\b(?:said|says|reported)\s+(?:that\s+)?(?:(?:preliminary|initial|latest|new|early)\s+)?"
                               r"(?:information|figures|data|reports|statistics|records|findings)\s+(?:from|by|of|compiled\s+by)\s+"
                               r"([^,;]+?)\s+(?:had\s+|have\s+)?(?:indicated|indicates|indicate|showed|shows|show|suggested|suggests)\b")
_IN_PLACE = re.compile(r"\s+(?:in|from|of|near)\s+(?:the\s+)?(?:area|region|town|village|district|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)$")
_OFFICES = frozenset("hall directorate department division office administration authority ministry commission bureau service "
                     "council committee hospital mayor governor".split())
_VAGUE_HEAD = re.compile(r"^(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:(?:local|provincial|regional|state|district|municipal|town|city|health|medical|"
                         r"hospital|security|government|humanitarian|aid|community|tribal)\s+){0,3}"
                         r"(?:officials?|sources?|authorities|partners|residents|witnesses|eyewitnesses|survivors|victims|families|"
                         r"displaced\s+(?:people|persons|families)|medics|doctors|workers|"
                         r"leaders|elders|organi[sz]ations|groups|agencies)$", re.I)


def _cited_unlabelled(named: str, un: Attribution) -> Attribution | None:
    """What a UN body cites when the sentence gives it no label of its own ("citing local health
    officials", "citing Delmas mayor Jean Pierre"), as an attribution reached through the UN body:
    unnamed where only described, on record where named; None for anything else ("citing insecurity")."""
    via = (*un.via, un.source.name)
    if _VAGUE_HEAD.match(named):
        return Attribution("anonymous_source", via=via, hedged=un.hedged, carrier=un.carrier, unnamed=named,
                           apart=_set_apart("anonymous_source", ["anonymous_source"], named))
    last = re.findall(r"[A-Za-z][\w'’-]*", named)[-1:] or [""]
    if re.search(r"\b[A-Z][a-z]", named) and (last[0][:1].isupper() or last[0].lower() in _SOURCE_WORDS | _OFFICES) \
            and (identity := _identity(named)):  # not "the Israeli military's refusal to grant access"
        return Attribution("on_record", None, identity, named, via=via, hedged=un.hedged, carrier=un.carrier)
    return None


# A UN body's own observation, which it relays from no one: "its own field team counted 17 bodies".
_OBSERVED = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:staff|team|teams|monitors|observers|investigators|officers|"
                       r"personnel|field|own)\b", re.I)


_CONCEDING = re.compile(r"\b(?:despite|in\s+spite\s+of|though|although|contrary\s+to|notwithstanding)\b", re.I)


def denied_here(text: str, found: list[Attribution], registry: Registry) -> list[Attribution]:
    """A denial sentence's sources, the denier disputing: for a denial grouped into a claim with
    sentences that do not deny ("M23 spokesman X denied that the movement's fighters had fired on
    the camp" beside the army's "This is a deliberate attack"), its denier is no origin of that claim."""
    return _subject_denies(text, found, registry, alone=True)


def _named_at(a: Attribution, text: str, registered) -> list[tuple[int, int]]:
    """Where a sentence names an attribution's source: its speaker's name as written ("Col. Nyang",
    the SPLA-IO's spokesman, not the SPLA-IO named after his verb), else its registered name's matches."""
    if a.speaker_name and (spoken := [m.span() for m in re.finditer(re.escape(a.speaker_name), text)]):
        return spoken
    if a.source is not None:
        return [(m.start, m.end) for m in registered if m.source.name == a.source.name]
    return []


def _subject_denies(text: str, out: list[Attribution], registry: Registry, alone: bool = False) -> list[Attribution]:
    """``out`` with ``disputes`` set on the source that a denial's main clause has deny what
    another source the sentence cites after it says ("Rwanda has repeatedly denied backing the
    M23, despite U.N. experts' reports saying it provides troops"): the claim is the UN's, which
    Rwanda disputes, not one that both back. With ``alone``, though the sentence cites no other
    (a denial grouped with what it denies)."""
    from .denials import _main, denial

    main = _main(text) if denial(text) is not None else None
    if main is None or not any(not a.disputes for a in out):
        return out
    start, end, verb = main.start("subject"), main.end("subject"), main.start("verb")
    registered = registry.find(text)

    def where(a: Attribution) -> list[int]:
        return [i for i, _ in _named_at(a, text, registered)]

    subject = [a for a in out if not a.disputes and (at := where(a)) and all(start <= i < end for i in at)]
    if alone and not subject:  # "The statement also rejected …", "He denied …": the source it refers back to
        subject = [a for a in out if not a.disputes and not where(a)]
    # the other source's word is what is denied only in a concessive clause ("despite U.N. experts'
    # reports saying"), not one that backs the denial or reports it ("…, and the UN said it found no
    # evidence", "a conclusion backed by HRW", "…, the ISW said")
    after = [a for a in out if not a.disputes and a not in subject and (at := where(a)) and min(at) > verb
             and _CONCEDING.search(text, verb, min(at))]
    if not (subject and (after or alone)):
        return out
    return [replace(a, disputes=True) if a in subject else a for a in out]


def _deniers(text: str, out: list[Attribution], registered, carrier: str) -> list[Attribution]:
    """A source named only as the subject of a disputing clause ("…, though Lazarenko dismissed the
    recordings"; "…, a claim the hospital's staff reject"), as a disputing attribution, so the claim
    says who denies it; never an origin."""
    added = []
    for m in _DISPUTE.finditer(text):
        named = _DENIER.match(m.group("subject"))
        if not (named and _TO_VERB.match(named.group("rest"))):  # "the Myanmar military"
            named = _described_denier(m.group("subject"))  # its rest holds only auxiliaries
        if (not named or named.group("name").split()[-1].lower() in _NOT_NAMES
                or named.group("name").lower() in ("nobody", "none", "no one")):
            continue
        if m.group("opener").lower() in _CONJUNCTIONS and not _DENIED_CLAIM.match(text, m.end("verb")):
            continue  # "…, while Zelensky dismissed army chief Valery Zaluzhny": something else is denied
        start = m.start("subject") + named.start("name")
        end = start + len(named.group("name"))
        source = next((r.source for r in registered if r.start < end and start < r.end), None)  # "the RSF"
        if any(a.disputes and (a.source is not None and a.source == source or a.speaker_name == named.group("name"))
               for a in out + added):
            continue
        name = named.group("name")
        added.append(Attribution(source.label if source else "on_record", source, "" if source else _identity(name), "" if source else name, (),
                                 False, carrier, "" if source else (_state_of_name(name) or ""), disputes=True))
    return added


def _publisher_cited(text: str, outlets: list, matches: list, paper: str, carrier: str, registry: Registry) -> bool:
    """Whether the only outlet a sentence cites is its article's publisher: the registered source
    the publisher's name reads as (or the publisher itself, read from a short title), or, where no
    other outlet is named or described, the publisher's name as written ("Three survivors
    interviewed by Sahel Dispatch" in Sahel Dispatch's own article). An article with no publisher
    (``carrier`` its lower-case id) has none."""
    if not carrier[:1].isupper() or not outlets:
        return False
    publisher = registry.get(carrier) or next((m.source for m in registry.find(carrier) if m.text == carrier), None)
    names = {carrier} | ({publisher.name} if publisher is not None else set())
    if all(o is not None and o.name in names for o in outlets):
        return True
    if publisher is not None or any(o is not None for o in outlets) or paper not in ("", carrier):
        return False
    named = re.search(rf"(?<![\w'’-]){re.escape(carrier)}(?![\w'’-])", text)
    rest = text[:named.start()] + text[named.end():] if named else ""
    return bool(named) and not any(m.source.label in OUTLETS for m in matches) and not _OUTLET_WORD.search(rest)


# An outlet described, not named: "and a local radio station".
_OUTLET_WORD = re.compile(r"\b(?:radio|station|channel|television|TV|newspaper|paper|daily|weekly|agency|outlet|"
                          r"website|site|broadcaster|network|magazine)\b", re.I)


# A named speaker who goes on in the past tense: "He said …", "She added …" (a voice in a recording "says").
_SPEAKER_GOES_ON = re.compile(r"^\W*(?:He|She)\s+(?:also\s+|later\s+|then\s+)?(?:said|added|told|claimed|insisted|stressed)\b")


def _apposed_source(text: str, a: Attribution, matches: list) -> Source | None:
    """The registered source that opens the sentence and that an on-record speaker read only as a
    description is set after ("The Centre for Human Rights and Democracy in Africa (CHRDA), a Buea-based
    group that documents abuses, said"): that source, described; None where ``a`` is anything else (not
    "Unlike Turkey's defence ministry, the Iraqi foreign ministry said")."""
    if a.type != "on_record" or a.source is not None or not re.match(r"(?:a|an|the)\s+\S", a.speaker_name):
        return None
    return next((m.source for m in matches if m.source.label in ("on_record", "named_monitor", "un_figure")
                 and re.fullmatch(r"\W*(?:[Tt]he\s*)?", text[:m.start]) and re.match(
        rf"(?:\s*\([A-Z][\w&-]*\))?,\s+{re.escape(a.speaker_name)}", text[m.end:])), None)
