"""Leaked recordings and documents: what material a sentence cites, whose it is (its author, the body
it was written for, the outlet that released it) and where it came from."""

from __future__ import annotations

import re

from .names import _source_state, _state_of_name, _state_word
from .cues import OUTLETS
from .article import Attribution
from .wording import _NAME_WORD, _NOT_NAMES


# What a leak is made of, so an origin is named for it ("leaked documents", not "leaked recordings"):
# a material word within four words of a leak cue, in lower case (a sentence's first word aside),
# so "Radio Dabanga", "according to reports" or "a ceasefire order" name nothing.
_LEAK_CUE = (r"(?:leak(?:ed|s)?|intercept(?:ed|s)?|obtained|seen|hacked|captured|seized|internal|confidential|"
             r"classified|secret|unpublished|passed|handed|smuggled)")
_RECORDINGS = r"(?:recordings?|recorded|audio|calls?|intercepts?|transmissions?|radio|phone|tapes?|videos?|footage|clips?)"
_DOCUMENTS = (r"(?:documents?|memos?|memorandum|reports?|files?|letters?|cables?|e-?mails?|minutes|registers?|lists?|"
              r"logs?|spreadsheets?|ledgers?|assessments?|briefings?|papers|receipts|invoices|transcripts?|orders?|"
              r"directives?|diar(?:y|ies)|chats?|tally|dossiers?|records|notes?|plans?|updates?|reviews?|study|annex(?:es)?|drafts?)")
# A sentence opening on the material ("The recordings are mainly in Farsi") names it too.
_MATERIAL = {kind: re.compile(rf"\b{_LEAK_CUE}\b(?:\W+\w+){{0,4}}?\W+{words}\b|\b{words}\b(?:\W+\w+){{0,4}}?\W+"
                              rf"{_LEAK_CUE}\b|^\W*(?:the|these|those)\s+(?:[\w-]+\s+){{0,2}}?{words}\b{extra}")
             for kind, words, extra in (("recordings", _RECORDINGS, r"|\b(?:be|is|are|was|were) heard\b"),
                                        ("documents", _DOCUMENTS, ""))}


# A span opening on a topic preposition ("on the sinking of the warship Cheonan"); not "In his
# address Zelensky", "About 40 aid agencies".
_PREPOSITION = re.compile(r"^\W*(?:on|of|against|over|regarding|concerning)\s", re.I)
# A span whose head is a document, recording or figure ("an internal coalition memo seen by PPA",
# "a figure that elders in Garissa") names material, not who speaks. The words before the head are
# lower case ("a Human Rights Watch report" names its source), and "published by" stays a source
# ("figures published by the health ministry").
_MATERIAL_HEAD = re.compile(rf"^\W*(?:[Aa]ccording to\s+)?(?:(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+)?"
                            rf"(?:[a-z][\w'’-]*\s+){{0,3}}?"
                            rf"(?:{_DOCUMENTS}|{_RECORDINGS}|figures?|tolls?|tall(?:y|ies)|estimates?|counts?)"
                            rf"(?:\s+(?:seen|obtained|leaked|that|which|the|an?)\b.*)?\W*$")


def _named_within(later: str, earlier: str) -> bool:
    """Whether a later mention's name words are all in the earlier one's ("Maj. Wanjala" in "KDF
    spokesman Maj. Peter Wanjala"; not "Mohamed Abdallah" in "Brig. Nabil Abdallah")."""
    def words(name: str) -> set[str]:
        return {w.lower() for w in _NAME_WORD.findall(name) if w.lower() not in _NOT_NAMES}  # titles aside; "Al-X" is "al-X"

    return words(later) <= words(earlier)


def _material(text: str) -> frozenset:
    """The kinds of leaked material a sentence names."""
    text = text[:1].lower() + text[1:]
    return frozenset(kind for kind, pattern in _MATERIAL.items() if pattern.search(text))


# A source that releases its own intercepts or footage is their origin, not a second one beside them.
_RELEASED = re.compile(r"\b(?:released|publishe[ds]|posted|circulated|distributed|made public|played|issued|"
                       r"present(?:ed|ing|s))\b")
# So is a source whose own document leaked: "an internal UN assessment", "a confidential report by
# UN experts", "a draft report by the U.N. Panel of Experts", "a confidential annex to a UN report", "a document drawn up by staff of UNICEF",
# "a report drafted by the former human rights division of MINUSMA"; the source must be named in that phrase.
_QUALIFIED = r"(?:internal|confidential|classified|secret|unpublished|draft|leaked)"
# Words that set a person or document outside a body: no longer, or never, its voice.
_OUTSIDE = r"(?!(?:former|ex|onetime|one-time|retired|dissident|defected|renegade|rebel)\b)"  # no longer, or never, its voice
# the author's words after "by" or "of", up to one it was written to or about ("… to the UN mission MINUSMA")
_AUTHOR = r"(?:(?!(?:to|for|with|about|on|against)\s)[\w'’.-]+\s+){0,8}[\w'’.-]+"
_OWN_DOCUMENT = re.compile(
    # whose it is, if the phrase says, first: "a leaked draft report by U.N. experts", not "leaked draft"
    # (not one "for" whom it was written: "a leaked report for the UN Security Council by the Congolese army")
    rf"\b{_QUALIFIED}\s+(?:[\w'’.-]+\s+){{0,3}}?{_DOCUMENTS}\s+(?:by|of|from)\s+{_AUTHOR}|"
    # "a leaked document drawn up by staff of the UN"
    rf"\b(?:{_QUALIFIED}\s+(?:[\w'’.-]+\s+){{0,3}}?)?{_DOCUMENTS}\b[^.;]{{0,60}}?\b(?:drawn up|prepared|compiled|written|"
    rf"drafted|authored|produced|commissioned)\s+by\s+{_AUTHOR}|"
    rf"\b{_QUALIFIED}\s+(?:[\w'’.-]+\s+){{0,3}}?{_DOCUMENTS}\b(?:"
    # "a confidential annex to the forthcoming report of the UN Group of Experts", "… to a UN experts' report"
    rf"(?:(?<=annex)|(?<=annexes)|(?<=appendix)|(?<=addendum)|(?<=draft)|(?<=chapter)|(?<=section))\s+to\s+(?:the|an?)\s+(?:[\w'’.-]+\s+){{0,5}}[\w'’.-]+)?", re.I)


# Where a leak sentence says material came from: "Leaked documents from Rwanda's defence ministry".
_PROVENANCE = re.compile(rf"\b{_DOCUMENTS}\s+(?:from|of|by)\s+(?:the\s+)?[A-Z]|\b[A-Z][\w'’-]*['’]s?\s+(?:own\s+)?{_DOCUMENTS}\b")


# A document written for one body by another: "a leaked report for the UN Security Council by the Congolese army"
_WRITTEN_FOR = re.compile(rf"\b{_QUALIFIED}\s+(?:[\w'’.-]+\s+){{0,3}}?{_DOCUMENTS}\s+(?P<for>(?:for|to)\s+(?:[\w'’.-]+\s+){{1,6}}?)"
                          rf"by\s+(?P<by>(?:the\s+)?(?:[\w'’.-]+\s+){{0,4}}?[\w'’.-]+?)"
                          rf"(?=\s+(?:says|said|shows|showed|states|stated|reveals|revealed|finds|found|details|describes|"
                          rf"puts|put|estimates|estimated)\b|\s*[,;.])")


# Whose organ's document it is: "an internal memo of Pakistan's military", "a confidential Pakistani army memo"
_DOCUMENT_OF = re.compile(rf"\b{_QUALIFIED}\s+(?:(?P<pre>[A-Z][\w'’-]*(?:\s+[a-z][\w-]*){{0,2}})\s+)?{_DOCUMENTS}"
                          rf"(?:\s+(?:of|by|from)\s+(?P<post>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}(?:['’]s)?"
                          rf"(?:\s+[a-z][\w-]*){{0,2}}?)(?=\s+(?:seen|obtained|leaked|shows|showed|says|said|reveals|revealed|"
                          rf"which|that|dated|from|to|on)\b|\s*[,;.]))?")


def _document_state(text: str) -> str | None:
    """The state whose organ a leaked document in ``text`` says is its author (:data:`_DOCUMENT_OF`),
    not its intelligence service; None if none."""
    for m in _DOCUMENT_OF.finditer(text):
        for owner in (m["pre"], m["post"]):
            if owner and "intelligence" not in owner.lower() and (state := _state_of_name(owner) or (
                    (of := _STATE_OWNS.match(owner)) and _state_word(of.group(1)))):
                return state  # "a confidential report by Libya's Audit Bureau": a body the state owns
    return None


# A state's body by its head word: "Libya's Audit Bureau", not "Sudan's Rapid Support Forces" or "Lebanon's Hezbollah".
_STATE_OWNS = re.compile(r"(?:the\s+)?([A-Z][\w-]+)['’]s\s+(?:[A-Z][\w-]*\s+){0,3}(?:Bureau|Ministry|Commission|Agency|"
                         r"Office|Directorate|Inspectorate|Court|Prosecutor|Department|Service|Authority|Tribunal)\b")


# A registered body written as a leaked document's author: "a leaked US Africa Command memo", "An internal
# SSPDF memo", "A confidential casualty review by AFRICOM", "A memo signed by a senior SSPDF commander".
_DOCUMENT_LEAD = re.compile(rf"\b(?:{_QUALIFIED}|an?|the)\s+(?:{_QUALIFIED}\s+){{0,2}}$", re.I)
_DOCUMENT_NEXT = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}{_DOCUMENTS}\b")
_DOCUMENT_BY = re.compile(rf"\b{_DOCUMENTS}\s+(?:(?:by|from)|(?:signed|written|drafted|sent|issued)\s+by\s+(?:an?\s+|the\s+)?"
                          r"(?:(?:senior|top|high-ranking|regional|local|field)\s+){0,2})\s*(?:the\s+)?$", re.I)  # not "sacked", "exiled"


def _document_owner(text: str, matches: list, carrier: str) -> "Attribution | None":
    """The registered on-record body a leaked document's own phrase names as its author (not an
    intelligence service, an origin apart), or None."""
    for m in matches:
        if m.source.label == "on_record" and m.source.kind != "intelligence" and (
                _DOCUMENT_LEAD.search(text, 0, m.start) and _DOCUMENT_NEXT.match(text, m.end)
                or _DOCUMENT_BY.search(text, 0, m.start)):
            return Attribution(m.source.label, m.source, carrier=carrier)
    return None


_EXPERTS = re.compile(r"\b(?:experts?|panel|investigators|monitors)\b", re.I)


def _written_by(written: re.Match, candidates: list["Attribution"], matches: list, carrier: str) -> "Attribution | None":
    """Whose a document written for one body by another is (:data:`_WRITTEN_FOR`): a registered
    source named after "by"; a UN body's own, where experts or a panel wrote it for the UN ("a
    confidential report to the UN Security Council by a panel of experts"); else a state's organ
    named after "by", as an attribution to that state; None if none."""
    by = next((a for a in candidates if a.source is not None and any(
        m.source == a.source and written.start("by") <= m.start < written.end("by") for m in matches)), None)
    if by is None and _EXPERTS.search(written["by"]):
        by = next((a for a in candidates if a.type == "un_figure"), None)
    if by is None and (state := _state_of_name(written["by"])):
        by = Attribution("on_record", None, state.lower(), written["by"], carrier=carrier, office=state)
    return by


def _provenance_elsewhere(text: str, owner: "Attribution") -> bool:
    """Whether a leak sentence says its material came from someone other than ``owner``."""
    names = [n.lower() for n in ([owner.source.name, *owner.source.aliases] if owner.source else [])
             + ([owner.speaker_name] if owner.speaker_name else [])]
    return any(not any(n in m.group(0).lower() for n in names) for m in _PROVENANCE.finditer(text))


def _owner(text: str, candidates: list["Attribution"], spans: dict[str, str]) -> "Attribution | None":
    """The named source the sentence says leaked its own material or released it itself, if any."""
    if _RELEASED.search(text):
        return candidates[0] if candidates else None
    phrases = [m.group(0).lower() for m in _OWN_DOCUMENT.finditer(text)]
    for a in candidates:
        names = [spans.get(a.type, ""), a.speaker_name]
        body = a.source
        while body is not None:  # its parents' names too: "the UN Group of Experts" is the UN's (owners never loop)
            names += [body.name, *body.aliases]
            body = body.owner
        if any(n and re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", p) for n in names for p in phrases):
            return a
    return None


# An outlet that a side or state runs, releasing material: "Houthi-run Al-Masirah TV aired …".
_RELEASES = (r"(?:(?:also|later|then|on\s+\w+)\s+)?(?:released|publishe[ds]|posted|aired|broadcast|showed|shared|"
             r"circulated|distributed|played)\b")
_SIDE_RUN_RELEASES = re.compile(rf"(?P<outlet>(?:The\s+)?(?P<side>[A-Z][\w'’]*)-(?:run|owned|controlled)(?:\s+[\w'’-]+){{1,4}}?)"
                                rf"\s+{_RELEASES}")
_OUTLET_RELEASES = re.compile(rf"(?:\s+(?:TV|television|channel))?\s+{_RELEASES}")


def _released_by_outlet(text: str, matches: list, carrier: str) -> "Attribution | None":
    """The state or side whose outlet released a sentence's leaked material ("Houthi-run Al-Masirah
    TV aired what it said was an intercepted call", "Al-Masirah released …", Al-Masirah being the
    Houthis' by its registered parent), as an attribution to it; None if none did."""
    run = _SIDE_RUN_RELEASES.match(text)
    if run and (state := _state_word(run["side"])):
        return Attribution("on_record", None, state.lower(), run["outlet"], carrier=carrier, office=state)
    for m in matches:
        if m.source.label in OUTLETS and (state := _source_state(m.source)) and _OUTLET_RELEASES.match(text, m.end):
            return Attribution("on_record", None, state.lower(), m.text, carrier=carrier, office=state)
    return None
