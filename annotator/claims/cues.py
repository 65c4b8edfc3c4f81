"""Cue words of attribution: relays ("citing", "according to"), hedges ("reportedly", "could not be
independently verified"), rejected claims, and sources a sentence sets apart from its origins."""

from __future__ import annotations

import re

from .names import states_in
from ..kinds import APART_KINDS, headed, kinds_of
from .signals import leading_note


OUTLETS = ("media_report", "pro_regime_outlet")
_RELAY = re.compile(r"\b(?:told|tells|quoted|quoting|citing|cited|reported|reports|report by|"
                    r"in an interview with|speaking to|leaked to|obtained by|published|via|"
                    r"(?:said|says|added|told)\b[^;]*,\s+according to|"  # "X said ..., according to TASS"
                    r"^\W*according to [^,;]{1,60},\s+(?:(?!and\b)[A-Za-z][\w'’.-]*\s+){1,6}?(?:said|says|told|added|announced))\b",
                    re.I)
# ("According to Haaretz, the Israeli military said …": Haaretz relays the army)
# "citing" a reason, not a source: "…, citing the need to protect …", "citing security concerns"
_REASON = (r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:(?:need|needs|threat|threats|concerns?|fears?|reasons?|lack|"
           r"risks?|fighting|grounds|pressure|progress|delays?|failures?|violations?|what)\b|"
           r"(?:security|safety|health|humanitarian|technical|logistical)\s+(?:concerns?|reasons?|risks?|threats?|grounds)\b)")
_CITING = re.compile(rf"\b(?:citing|quoting)\s+(?!{_REASON})(.+?)(?=\s+(?:as saying|that|who)\b|[,;.]|$)|"
                     r"\b(?:quoted|cited)\s+(?!by\b|in\b|on\b|as\b|widely\b)([^,;.]+?)(?=\s+as saying\b)", re.I)
# Words by which the text itself says a claim is unverified (the `unverified` flag) ...
_UNVERIFIED = (r"reportedly|allegedly|purportedly|unconfirmed|unverified|"
               r"(?:could|can) ?not (?:be )?(?:independently )?(?:verif|confirm|authenticat)\w*|"
               r"unable to (?:independently )?(?:verify|confirm|authenticate)|"
               r"not (?:yet )?(?:been|be) (?:independently )?(?:verified|confirmed|authenticated)|"
               r"yet to be (?:independently )?(?:verified|confirmed|authenticated)|"
               r"(?:is|are|was|were) (?:thought|believed|said) to|it is (?:thought|believed)|"
               r"without (?:offering|providing|giving|citing) (?:any )?evidence")
# (not a claim of responsibility: "IS claimed the attack, according to SITE" relays the group's own word)
_RESPONSIBILITY = (r"(?!\s+(?:(?:full\s+)?responsibility|credit|the\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|assault|ambush|"
                   r"raid|killings?|kidnapping|abduction|explosion|blast)(?=\s*[,.;]|\s+(?:on|in|at|near|against|of|that|"
                   r"which|through|via|according)\b)(?![^,.;]*\b(?:killed|kill|killing|destroyed|hit|wounded|injured|left|"
                   r"was|were|is|are|had|has|caused)\b)))")  # not "claimed the strikes (on X) killed 80 terrorists"
HEDGE = re.compile(rf"\b(?:{_UNVERIFIED}|claimed|claims)\b", re.I)
_RELAY_HEDGE = re.compile(rf"\b(?:{_UNVERIFIED}|claimed{_RESPONSIBILITY}|claims)\b", re.I)
# Claims a speaker rejects are what the sentence denies, not a doubt about what it says ("Claims by the
# Kiev regime … are a staged provocation", "The militia's claims that … are baseless lies").
_CLAIMS_NOUN = r"(?:(?:the|these|those|such|all|any|its|their|his|her|[A-Z][\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,2}?claims|^\W*Claims(?=\s+(?:by|of|that|about)\b))"
_REJECTED_CLAIMS = re.compile(
    rf"\b(?:reject\w*|dismiss\w*|den(?:y|ies|ied|ying)|refut\w*|deplor\w*)\s+{_CLAIMS_NOUN}\b|"
    # "rejected as \"false propaganda\" claims by Afghan officials that …", "rejected claims by X that"
    r"\b(?:reject\w*|dismiss\w*|den(?:y|ies|ied|ying)|refut\w*)\s+(?:as\s+[^,;]{1,40}?\s+)?claims\s+(?:by|of|from|that)\b|"
    # "called the enemy's claims 'a lie to cover a massacre'"
    rf"\b(?:call|brand|label|describ)\w*\s+{_CLAIMS_NOUN}\s+(?:as\s+)?[\"“‘']?(?:(?:a|an|just|pure|utter|blatant)\s+)*"
    r"(?:lies?|false(?:hoods?)?|baseless|unfounded|groundless|fabricat\w*|provocations?|propaganda|nonsense|untrue|fake|"
    r"disinformation)\b|"
    rf"{_CLAIMS_NOUN}\b[^.;:]{{0,160}}?\b(?:is|are|was|were|remain)\s+(?:(?:a|an|just|simply|nothing but|pure|utterly|"
    r"completely|totally|absolutely)\s+)*(?:[\w-]+\s+){0,2}?(?:lies?|false(?:hoods?)?|baseless|unfounded|groundless|"
    r"fabricat\w*|provocations?|propaganda|nonsense|untrue|absurd|fake|disinformation)\b", re.I)


# What a speaker says someone else cannot verify is what the speaker claims, not the writer's doubt:
# "Hamas said Israel cannot authenticate the documents".
_THEY_CANNOT = re.compile(r"\b(?:said|says|added|insisted|argued|maintained|stressed)\s+(?:that\s+)?"
                          r"(?!It\b|They\b|He\b|She\b|We\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+"
                          r"(?:could|can) ?not\s+(?:independently\s+)?(?:verif|confirm|authenticat)\w*")


def _doubts(pattern: re.Pattern, text: str) -> list[re.Match]:
    """``pattern``'s matches in ``text`` but those inside what a speaker says another cannot verify."""
    theirs = [m.span() for m in _THEY_CANNOT.finditer(text)] + [(0, leading_note(text))]
    return [m for m in pattern.finditer(text) if not any(a <= m.start() < b for a, b in theirs)]


def hedges(text: str, pattern: re.Pattern = HEDGE) -> bool:
    """Whether ``text`` doubts what it says (``pattern``: :data:`HEDGE`), not counting claims it rejects."""
    rejected = [m.span() for m in _REJECTED_CLAIMS.finditer(text)]
    return any(not (m.group().lower().startswith("claim") and any(a <= m.start() < b for a, b in rejected))
               for m in _doubts(pattern, text))
# ... and those that weaken the origin a sentence cites. Not a source's own "claimed" ("Al-Shabaab
# claimed the attack"): of the development claims with an origin whose only hedge it is, the graders
# put 85 moderate or strong and 7 weak. An outlet's "claimed" still weakens what it relays ("SANA
# claimed …").
_WEAKENS = re.compile(rf"\b(?:{_UNVERIFIED})\b", re.I)
# One official, officer, commander, diplomat or "source", whom a reader counts apart from the named
# origins beside it like the people of :data:`annotator.kinds.APART_KINDS` ("a security official in
# Colombo"); not "officials", who are often the named body's own, unless they name a state
# (:data:`_PLURAL_OFFICIALS`).
_ONE_OFFICIAL = re.compile(r"\b(?:official|officer|commander|sources?|diplomats?)(?:\s+(?:close to|familiar with)\s.*)?$", re.I)
_BACKREF = re.compile(r"^\W*(?:the|this|that|its|he|she|they|him|her|it)\b", re.I)
# "The Times of Malta", "The Kyiv Independent": a name the registry lacks, not a back-reference.
_THE_NAME = re.compile(r"^\W*(?i:the)\s+[A-Z][\w'’-]*(?:\s+(?:of|for|on|the|and)?\s*[A-Z][\w'’-]*)+\W*$")


def _set_apart(label: str, labels: list[str], span: str) -> str:
    """``span`` where a sentence's anonymous source stands apart from the claim's named origins, else
    "": it is people of a kind a reader counts apart (:func:`counted_apart`) and the sentence cites no
    other kind of source (the outlet it was told to aside), so no named origin there speaks through it."""
    alone = label == "anonymous_source" and set(labels) <= {"anonymous_source", "media_report"}
    # "Kenyan officials": apart where every named origin's state is known (claims.origins)
    foreign = _PLURAL_OFFICIALS.search(span) and bool(states_in(span))
    return span if alone and (counted_apart(span) or foreign) else ""


def counted_apart(span: str) -> bool:
    """Whether an unnamed source is of a kind a reader counts apart from named origins: people on the
    ground, medical and aid staff, community figures, activists, analysts, or one official."""
    return bool(kinds_of(span) & APART_KINDS) or any(_ONE_OFFICIAL.search(words) for words in (span, headed(span)))


_PLURAL_OFFICIALS = re.compile(r"\b(?:officials|officers)\b(?:\s+(?:in|at|from|on|with|of|close to|familiar with)\s.*)?$", re.I)
