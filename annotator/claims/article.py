"""The record of one cited source (:class:`Attribution`) and what an article has named so far
(:class:`_Article`): speakers, offices, statements, units and posts, read by later back-references."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..positions import cited_at, cue_in, quoted_spans
from ..registry import Registry, Source
from .sides import MinistryMemory
from .ranks import FORMER_WORDS
from .titles import TitleMemory


@dataclass(frozen=True)
class Attribution:
    """One source a mention cites, resolved as deep as the text allows."""

    type: str
    source: Source | None = None  # registry source (canonical), if known
    speaker: str = ""             # identity of an unregistered speaker: last word of the name
    speaker_name: str = ""        # the speaker as written ("Abu Hamza Kirnazi")
    via: tuple = ()               # outlets that relayed it (channels, leak recipients)
    hedged: bool = False
    carrier: str = ""             # publisher or article id of the mention
    office: str = ""              # state a named speaker holds office in or speaks for; "?": unknown
    released_by: "Attribution | None" = None  # a leak's named source that released it itself
    affiliation: str = ""         # the organisation a named speaker speaks for, as written (for an
                                  # office of unknown state, the organ: "air force")
    material: frozenset = frozenset()  # a leak's kinds of material: "recordings", "documents"
    disputes: bool = False        # named in a clause that denies what the sentence asserts
    apart: str = ""               # an unnamed source counted apart from named ones, as written (:func:`counted_apart`)
    unnamed: str = ""             # an anonymous source as written ("two Western diplomats")
    observed: bool = False        # a UN body's own observation ("its own field team counted"), no relay
    full_name: str = ""           # a speaker named by part of his name, as the article named him in full
                                  # ("Deng Ajak Kuol" for "Kuol said"), for telling him apart in other articles


class _Article:
    """Per-article memory for back-references: last known source of each type, last speaker,
    the outlets named as recipients of leaks and what the last leak was made of."""

    def __init__(self, carrier: str):
        self.carrier = carrier
        self.unnamed = ""  # the last anonymous source as written, for "the source added"
        self.last: dict[str, Source] = {}
        self.cited: list[tuple[int, Source]] = []  # every source cited, in order, with its sentence's index
        self.speaker: tuple[str, str] = ("", "")
        self.spoke_at = -2  # the index of the sentence that named it
        self.monitor: tuple[str, str] = ("", "")
        self.recipients: list[str] = []
        self.material: frozenset = frozenset()  # what the article's last leak was made of
        self.owner: "Attribution | None" = None  # the named source whose own material leaked
        self.offices: dict[str, tuple] = {}  # speaker identity -> (state, source, name as written)
        self.affiliations: dict[str, tuple[str, str]] = {}  # speaker identity -> (group, name as written)
        self.ministries = MinistryMemory()  # whose "the health ministry" is, once the article said
        self.described: dict[str, tuple[str, str]] = {}  # head word -> last speaker described by it
        self.spokesman: tuple[tuple[str, str], str] = (("", ""), "")  # the last named spokesman, and "man", "woman" or "person"
        self.roles: dict[str, tuple[str, str]] = {}  # a role ("abbot") -> the last named speaker set in it
        self.titles = TitleMemory(carrier)  # whose "the Times" or "the Observatory" is
        self.statement_at = -1  # the last sentence that names a statement
        self.set_off: set[str] = set()  # one-word names an article set off with a description ("Nabil, a teacher,")
        self.heads: dict[str, int] = {}  # a body's head word ("ministry") -> the last sentence naming one so
        # "authority" -> the registered body "the AANES Health Authority" is part of, the unit's name words
        # and the index of the sentence that named it
        self.units: dict[str, tuple[Source, frozenset, int]] = {}
        self.named: list[tuple[int, Source, str]] = []  # every registered on-record body named, cited or not: sentence, name as written
        self.organ_states: dict[str, str] = {}  # an organ word ("police") -> the state whose organ the article cited so


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the given spans replaced by spaces, offsets kept."""
    for start, end in spans:
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# A body whose post the speaker held no longer: "the SDF's former spokesman", "a former SNA commander".
_FORMER_POST_AFTER = re.compile(rf"['’]s\s+{FORMER_WORDS}\b", re.I)
_FORMERLY = rf"\b{FORMER_WORDS}[\s-]+"
_HELD_POSTS = (r"(?:spokes(?:man|woman|person)|commander|leader|head|director(?:[- ]general)?|chief|chair(?:man|woman)?|"
               r"official|officer|member|representative|researcher|minister|adviser|advisor|aide|envoy|ambassador|"
               r"fighter|soldier|militant|recruit|detainee|prisoner|hostage|captive|employee|staffer|worker)")
_FORMER_POST_BEFORE = re.compile(rf"{_FORMERLY}(?:[\w'’-]+\s+){{0,2}}?{_HELD_POSTS}s?\s+(?:of|for|in|with|at)\s+(?:the\s+)?$",
                                 re.I)  # "a former commander of the "
_FORMER_BEFORE_NAME = re.compile(rf"{_FORMERLY}(?:the\s+)?$", re.I)  # "former " before "SDF spokesman"
_POST_AFTER_NAME = re.compile(rf"(?:['’]s)?\s+(?:[a-z]+\s+)?{_HELD_POSTS}\b", re.I)


def _held_formerly(text: str, start: int, end: int) -> bool:
    """Whether the registered name at ``text[start:end]`` is a body the speaker served before, not
    one that speaks here."""
    before = text[max(0, start - 60):start]
    return bool(_FORMER_POST_AFTER.match(text, end) or _FORMER_POST_BEFORE.search(before)
                or _FORMER_BEFORE_NAME.search(before) and _POST_AFTER_NAME.match(text, end))


# Who studies an armed group, not one who serves it: "Boko Haram researcher X", "X, an M23 researcher at
# Simon Fraser University", "an expert on the Houthis", "a researcher who studies Boko Haram".
_STUDENT = r"(?:researchers?|analysts?|experts?|scholars?|specialists?|historians?|watchers?)"
_STUDENT_AFTER = re.compile(rf"\s+{_STUDENT}\b")
_STUDENT_BEFORE = re.compile(rf"(?:\b{_STUDENT}\s+(?:on|of)|\bwho\s+(?:studies|studied|has\s+studied|researches|tracks)"
                             r"|\bstudying)\s+(?:the\s+)?$")


def _studied(text: str, start: int, end: int, source: Source) -> bool:
    """Whether the armed group at ``text[start:end]`` is what the speaker studies, not his employer."""
    return source.kind == "armed_group" and bool(_STUDENT_AFTER.match(text, end)
                                                 or _STUDENT_BEFORE.search(text[max(0, start - 40):start]))


def _sources_in(sentence: dict, registry: Registry) -> dict[str, Source]:
    """Registry sources a sentence cites, by label (the mention finder's first, then the
    text's), leaving out names inside quotations."""
    quoted = quoted_spans(sentence["text"])

    def outside(start: int) -> bool:
        return not any(a <= start < b for a, b in quoted)

    found: dict[str, Source] = {}
    text = sentence["text"]
    every = registry.find(text)
    studied = [(m.start, m.end) for m in every if _studied(text, m.start, m.end, m.source)]
    matches = [m for m in every if not _held_formerly(text, m.start, m.end) and (m.start, m.end) not in studied]
    formerly = {m.source for m in every} - {m.source for m in matches}
    for mention in sentence.get("sources", []):
        source = registry.get(mention["source"]) if mention.get("source") else None
        start, end = mention.get("start", -1), mention.get("end", -1)
        # where the span holds more than the name ("RDF spokesperson Brig. Gen. X"), where the name stands
        start, end = next(((m.start, m.end) for m in matches if m.source == source and start <= m.start
                           and m.end <= end), (start, end))
        if any(start <= a and b <= end for a, b in studied):
            continue
        if source is not None and source not in formerly and outside(start) and (
                cue_in(mention.get("text", "")) or start < 0 or cited_at(text, start, end)):
            found.setdefault(mention["label"], source)
    for match in matches:
        if outside(match.start) and cited_at(text, match.start, match.end):
            known = found.setdefault(match.source.label, match.source)
            if match.source.parent and match.source.parent == known.name:  # "the UN mission, MONUSCO, said"
                found[match.source.label] = match.source
    return found
