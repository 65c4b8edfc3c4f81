"""The sources each sentence cites (:func:`attributions`), resolved as deep as its text allows:
registry sources, named speakers and monitors, offices, relays and leaks, back-references."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..mentions import ACTIVE, CLOSES_ATTRIBUTED, NAME_DESCRIBED, PEOPLE, dateline_end
from ..positions import SPEECH, cited_at, closing_speaker, cue_in, quoted_spans
from ..registry import Registry, Source
from .names import (_COMPOUND_NAME, _NAME_TOKEN, _ORGAN, _ORGAN_ALSO, _PORTFOLIO, _SOURCE_WORDS, SIDES, _name_words, _source_state,
                    _state_of_name, _state_word)
from .sides import _NOT_STATES, FILLER, MinistryMemory, office_phrase, side_organ
from .apposition import _PARTICLE, _PARTICLES, AGE, DESCRIBED_BEFORE, apposed_name, past_age
from .institutions import whole_name
from ..kinds import APART_KINDS, headed, kinds_of
from .ranks import _UNITS as _FORCE_UNITS, FORMER_WORDS, organ_post_state, rank_office, ranked_officers
from .roles import role_of, role_said
from .titles import TitleMemory, unregistered_paper
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
    foreign = _PLURAL_OFFICIALS.search(span) and any(_state_word(t) for t in _NAME_TOKEN.findall(span))
    return span if alone and (counted_apart(span) or foreign) else ""


def counted_apart(span: str) -> bool:
    """Whether an unnamed source is of a kind a reader counts apart from named origins: people on the
    ground, medical and aid staff, community figures, activists, analysts, or one official."""
    return bool(kinds_of(span) & APART_KINDS) or any(_ONE_OFFICIAL.search(words) for words in (span, headed(span)))


_PLURAL_OFFICIALS = re.compile(r"\b(?:officials|officers)\b(?:\s+(?:in|at|from|on|with|of|close to|familiar with)\s.*)?$", re.I)


def _intelligence(text: str) -> str:
    """A state's intelligence service or assessment a sentence cites, as written ("Colombian
    military intelligence", "American intelligence officials", "Western intelligence assessments"):
    the sentence's subject, what "according to" or "citing" names, or what a verb of concluding or
    saying follows; "" if none, if the state is no state or bloc ("Hezbollah's intelligence unit"),
    or if it stands in a quotation or as a topic ("detained three Sudanese intelligence officers",
    "a Pakistani intelligence failure")."""
    blanked = _blank(text, quoted_spans(text))
    for found in _INTELLIGENCE.finditer(blanked):
        state = _state_word(found.group(1)) or (_COMPOUND_NAME.fullmatch(found.group(1)) and found.group(1))
        if not (state or found.group(1) in _BLOCS) or state in SIDES:
            continue
        before, after = blanked[:found.start()], blanked[found.end():]
        # "…, a Polish security official said": the subject is what the source says, not the source
        subject = _INTELLIGENCE_SUBJECT.fullmatch(before) and not CLOSES_ATTRIBUTED.search(after)
        if (subject or _CITING_BEFORE.search(before) or _CONCLUDED_AFTER.match(after)) and not _TOPIC_AFTER.match(after):
            return found.group(0)
    return ""


# Where an intelligence service is the source: the sentence's subject, after "according to" or
# "citing", or before what it concluded or said; not a topic ("an intelligence failure").
_INTELLIGENCE_SUBJECT = re.compile(r"\W*(?:(?:But|And|However|Meanwhile),?\s+)?(?:(?i:the|an?)\s+)?(?:(?i:assessments?)\s+by\s+)?"
                                   r"(?:(?i:internal|confidential|classified|secret|new|latest|leaked|recent)\s+)*")
_CITING_BEFORE = re.compile(r"\b(?:according\s+to|citing|cited|quoting|quoted|by)\s+(?:(?:the|an?|unnamed|senior)\s+)*$", re.I)
_CONCLUDED_AFTER = re.compile(r"(?:,[^,]{1,80},)?(?:\s+[\w-]+){0,4}?\s+(?:(?:has|have|had)\s+)?(?:concluded|assessed|assesses|"
                              r"believes?|believed|estimates?|estimated|found|finds|says?|said|told|reported|shows?|showed|"
                              r"determined|judged?|warned)\b")
_TOPIC_AFTER = re.compile(r"\s+(?:failures?|lapses?|sharing|cooperation|chief|head|agents?\s+(?:plotted|were))\b|-", re.I)


_INTELLIGENCE_LABELS = ("on_record", "anonymous_source", "media_report")
_BLOCS = ("Western", "European", "Arab", "Gulf", "NATO")
_INTELLIGENCE = re.compile(r"\b((?:(?:South|North)\s+)?[A-Z][\w'’-]*)\s+(?:(?:military|air\s+force|army|naval|defen[cs]e|security|signals)\s+)?"
                           r"intelligence(?:\s+(?:assessments?|officials?|services?|agenc(?:y|ies)|sources?|reports?|"
                           r"directorate|officers?|estimates?|findings))?\b")


def _unnamed(span: str, article: "_Article") -> str:
    """An anonymous source as written, or as first written where the span only refers back to it
    ("The source added", after "a senior army source said")."""
    bare = _BARE_UNNAMED.fullmatch(span.strip())
    if bare and (bare.group(1).lower().startswith("source") or bare.group(1).lower().rstrip("s") in article.unnamed.lower()):
        return article.unnamed or span
    article.unnamed = span or article.unnamed
    return span


_BARE_UNNAMED = re.compile(r"(?i:the|this|that|these|those)\s+(sources?|officials?|officers?|diplomats?)")


def _titles_resolved(text: str, labels: list[str], found: dict[str, Source], matches: list, registry: Registry,
                     article: _Article) -> tuple[str, str] | None:
    """Correct ``found`` for what the article's titles stand for (:class:`TitleMemory`) and for an
    unregistered monitor the sentence names; return that monitor, if any. ``matches``: the
    registry's matches in ``text``."""
    named = _monitor(text) if labels else None
    if named and registry.find(named[1]):
        named = None  # "Wagner Group": a registered source, not an unregistered monitor
    if named and "named_monitor" in found and not any(m.source.name == found["named_monitor"].name for m in matches):
        del found["named_monitor"]  # the finder's last monitor, where the sentence names another one
    for label, earlier in article.titles.refer(text, found, matches).items():
        if isinstance(earlier, Source):  # "the Times", after "The New York Times"
            found[label] = earlier
        else:  # "the Observatory", after "the Ituri Peace Observatory"; or no monitor named
            del found[label]
            article.monitor = earlier
    return named


# What is left of an on-record speaker once the registered outlet in it is blanked out: "a report by
# Saudi-owned news channel", "a report by", "the Qatar-based broadcaster".
_REPORT_OF_OUTLET = re.compile(r"(?i:(?:an?|the)\s+)?(?:(?:report|story|article|investigation|interview)s?(?:\s+(?:by|in|on|from|with))?"
                               r"\s*)?(?:[\w'’-]+\s+){0,3}?(?:(?:news\s+)?(?:channel|broadcaster|network|station|agency|"
                               r"newspaper|daily|weekly|outlet|television|TV|website|paper))?\s*")
# A registered outlet a speaker told: "…, X told Reuters by phone", "…, his uncle Y told the Tribune".
# "told Reuters", "told state broadcaster TRT", "told the Turkish daily Sabah", "told Turkey's state-run Anadolu Agency"
_TOLD_OUTLET = re.compile(r"\btold\s+(?:the\s+)?(?:(?:[a-z][\w-]*|[A-Z][a-z]+(?:ish|ian|ese|an|i)|[A-Z][a-z]+['’]s)\s+){0,3}"
                          r"(?P<outlet>[A-Z])")
_STATEMENT_WORD = re.compile(r"\b(?:statements?|communiqu[eé]s?|announcements?)\b", re.I)
_SET_OFF_NAME = re.compile(r"(?:^|[.;:]\s+|,\s+)([A-Z][a-z'’-]+),\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:[\w-]*\d[\w-]*\s+)?"
                           r"(?:[a-z]+)\b")
_FULL_NAME = re.compile(r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")  # "Abdul Mannan", not "Officials"
# An outlet named as the sentence's subject, two capitalised words at least: "Blue Nile Voice reported".
_OUTLET_NAMED = re.compile(r"^(?:(?!(?:The|A|An|This|That|It|They|He|She)\s)(?:[A-Z][\w'’-]*\s+){2,4}|"
                           # "The South Sudan News Agency reported": "The" and a name an outlet's word ends
                           r"The\s+(?:[A-Z][\w'’-]*\s+){1,4}?(?:Agency|News|Times|Post|Radio|TV|Television|Herald|"
                           r"Tribune|Gazette)\s+)"
                           r"(?:(?:has|had|also|later|first)\s+)?(?:reported|said|wrote|published|aired|broadcast)\b")
# An outlet the registry lacks, named beside what it is: "the Ukrainian channel Pivden TV", "the
# Baghdad news site Al-Mirsad", "Sudan Pulse, a news site run by …".
_OUTLET_KIND = (r"(?:news\s+(?:site|website|agency|channel|service|outlet|portal)|(?:(?<=television )|(?<=TV )|(?<=state )|"
                r"(?<=satellite )|(?<=Telegram )|(?<=YouTube )|(?<=[a-z]n )|(?<=[a-z]sh )|(?<=[a-z]se )|(?<=[a-z]ian ))channel|"
                r"broadcaster|website|weekly|daily|newspaper|outlet|magazine|tabloid|(?<=-aligned )site|(?<=-run )site)"
                r"(?!['’]s)")
_OUTLET_WORD_NAME = r"(?:The\s+)?[A-Z][\w'’&-]*(?:\.[\w'’&-]+)*(?:\s+(?:[A-Z][\w'’&-]*(?:\.[\w'’&-]+)*|al-[\w'’-]+|\d+)){0,3}"
_WHEN = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
         r"July|August|September|October|November|December)\b")
_OUTLET_AFTER_KIND = re.compile(rf"\b{_OUTLET_KIND}\s+(?!{_WHEN}|The\s+{_WHEN}|(?:In|On|At|By|For|And|But)\b)"
                                # a name, not an adjective ("his weekly Angelus prayer", "the daily Situation Room briefing")
                                rf"({_OUTLET_WORD_NAME})(?=\s*[,.;:)]|\s*$|\s+(?-i:[a-z]+ed|[a-z]+s|said|wrote|told|has|had|have|is|was|and|on|in|"
                                rf"at|as|which|that|who|first|last|earlier|late|also|on|the|a)\b)")
_OUTLET_BEFORE_KIND = re.compile(rf"(?<![\w'’-])({_OUTLET_WORD_NAME}),\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,4}}?{_OUTLET_KIND}\b"
                                 # the apposition closes at the kind: not "…, the newspaper said", "a newspaper columnist"
                                 r"(?=\s*[,.;]|\s+(?:run|based|owned|founded|close|known|linked|aligned|affiliated|funded|"
                                 r"which|that|of|in|from)\b)")
# An outlet that carried what a speaker said: "In a statement read on state broadcaster ORTM, the
# general staff said", "The army said on ORTM", "a statement carried by Saba"; it is the speaker's
# channel, as "told Reuters" is. Not an outlet's own material ("Footage aired by Al Jazeera showed"),
# nor who read a statement out ("read by General X on state television").
_CARRIED_ON = re.compile(rf"(?:\b(?:statement|communiqu[eé]|message|address|speech|remarks|announcement|declaration)s?"
                         rf"(?:,\s+(?:(?:also|later|first|which\s+was(?:\s+(?:also|later))?)\s+)?|\s+(?:[\w'’-]+,?\s+){{0,5}}?)"
                         rf"(?:(?:read|broadcast|aired)\s+(?:out\s+)?on|carried\s+(?:on|by)|"
                         rf"(?:published|posted)\s+(?:on|by)(?=\s+(?:the\s+)?(?:outlet|(?:news\s+)?(?:web)?site|newspaper)\b))\s+|"
                         rf"\b(?:said|says|told|announced|spoke|speaking)\s+on\s+(?!{_WHEN}))(?:the\s+)?(?:(?:state|national|public)\s+)?"
                         rf"(?:(?P<kind>television|TV|radio|broadcaster|channel|news\s+agency|outlet|(?:news\s+)?(?:web)?site|"
                         rf"newspaper)\b\s*)?"
                         rf"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})?")
# whose statement a channel carried: "A statement from the dissident group, published by …"
_STATEMENT_FROM = re.compile(r"\b(?:statement|communiqu[eé]|message)\s+(?:from|by)\s+((?:the\s+)?[^,;]{2,60}?),")
_PLACE_BEFORE = re.compile(r"(?:\b(?:[Ii]n|[Aa]t|[Ff]rom|[Oo]n|[Nn]ear|[Oo]f|[Tt]o|[Ii]nto|[Ss]peaking)\s+)$")


def _outlet_named(text: str, paper: str, registry: Registry) -> tuple[str, str] | None:
    """An outlet the registry lacks that ``text`` names (outside quotations), as (identity, name):
    its whole name lower-cased, since outlets share words ("Pivden TV", "Metro TV")."""
    blanked = _blank(text, quoted_spans(text))
    subject = _OUTLET_NAMED.match(blanked)
    found = ([paper] if paper else []) + [m.group(1) for m in _OUTLET_AFTER_KIND.finditer(blanked)] + \
        [m.group(1) for m in _OUTLET_BEFORE_KIND.finditer(blanked)
         if not _PLACE_BEFORE.search(blanked, 0, m.start()) and not re.match(r"(?:In|At|From|On|Speaking)\b", m.group(1))] + \
        ([re.sub(r"\s+(?:(?:has|had|also|later|first)\s+)?\w+$", "", subject.group(0))] if subject else [])
    for name in found:
        if name and not registry.find(name) and not _state_of_name(name):
            return " ".join(name.lower().split()), name
    return None


# "The channel said the account in The Baghdad Post ... was fabricated": the outlet cited is the
# one named before, whatever paper the sentence goes on to name.
_OUTLET_BACK = re.compile(r"^\W*the\s+(?P<state>(?:state|state-run|state-owned|government-run|government-owned|official|"
                          r"military-run|military-owned|army-run|junta-run)\s+)?(channel|station|agency|broadcaster|paper|"
                          rf"newspaper|daily|outlet|site|network|magazine|weekly|website|tabloid)\s+(?:\w+\s+)?{SPEECH}\b", re.I)
# "The agency said" is the last news agency named, not the last outlet ("The Times of Malta"); "the
# state-run newspaper said" the last state outlet.
_KIND_OF = {"agency": "news_agency", **dict.fromkeys(("paper", "newspaper", "daily", "weekly", "tabloid"), "outlet")}


def _may_be(description: str, source: Source | None) -> bool:
    """Whether an on-record description ("the ministry", "he", "the city's hospital") may refer back to
    ``source``: a body, speaker or document word ("the investigation") may be any source named before;
    any other ("the hospital" after "The LNA did not respond") only one whose names share its words."""
    words = re.findall(r"[a-z]+", description.lower())
    if _a_state_army(description, source):
        return False
    return (bool(words) and words[-1] in _BODY_WORDS | _ORGAN | _ORGAN_ALSO | _SOURCE_WORDS
            or bool(_REFERS_BACK.search(description)) or _fits(description, source))  # "the investigation": its work


# What refers back to a source named before, anywhere in a sentence: "the agency", "its envoy"; not a
# person another body's name may qualify ("the army spokesman said", after a UNHCR figure).
_REFERS_BACK = re.compile(r"\b(?:the|its|their|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?:agency|agencies|organi[sz]ations?|body|"
                          r"bodies|mission|office|envoy|investigators?|experts?|inquiry|commission|report|reports|"
                          r"newspaper|paper|channel|outlet|broadcaster|station|site|daily|weekly|network|website|"
                          r"magazine|tabloid|programme|fund|UN|document|documents|statement|assessment|study|findings|"
                          r"figures|data|survey|analysis|review|investigation|count|tally|correspondent|update|"
                          r"coordinator|rapporteur|secretary-general|director)\b|\b(?:the|its)\s+U\.N\.", re.I)


# "it reported", "they said": a back-reference only where no other label's span is the pronoun.
_IT_SAID = re.compile(rf"\b(?:it|they)\s+(?:also\s+)?{SPEECH}\b|[,\"”’]\s*{SPEECH}\s+it\b", re.I)


def _refers_back(span: str) -> bool:
    """Whether a mention span ("the monitor", "he", "the Britain-based group") refers to a source
    named before, rather than naming one itself."""
    return bool(_BACKREF.match(span)) and not _THE_NAME.match(span)


_NAME_WORD = re.compile(rf"[A-Z][\w'’-]*|\b{_PARTICLES}-[\w'’-]+")
# A name before a speech verb, or after one that follows a comma or a quotation (blanked to spaces):
# '"…," said Col. X'; not "the army said RSF fighters …".
_NAMED = re.compile(rf"([A-Z][\w'’-]+(?:\s+(?:{_PARTICLE}|[A-Z][\w'’-]+))+)"
                    rf"(?:,\s+(?:known\s+as|nicknamed|alias|also\s+called)\s+[^,]{{0,40}},)?"  # ', known as "Ti Kouto,"'
                    rf",?\s+{SPEECH}\b|"
                    rf"(?:[,\"”’]|\s\s)\s*{SPEECH}\s+([A-Z][\w'’-]+(?:\s+(?:{_PARTICLE}|[A-Z][\w'’-]+))+)")
# The stances a named subject takes as a speaker ("rejected the account", "vowed to retake the town").
_STANCE = (r"acknowledged|admitted|conceded|vowed|promised|blamed|rejected|disputed|"  # not "dismissed the army chief"
           r"dismissed(?!\s+(?:the|a|an|his|her|its|their)\s+(?:(?!(?:of|by|from)\s)[\w-]+\s+){0,3}?"
           r"(?:chief|minister|head|commander|governor|director|officials?)\b(?!['’]))")
# A named person taking a stance ("Vadym Filashkin rejected the account"): not a back-reference
# to the article's last official, even where no speaker can be read.
_STANCE_WORD = re.compile(rf"\b(?:{_STANCE}|condemned)\b")  # searched first: _STANCE_NAMED is slow on long capitalised runs
_STANCE_NAMED = re.compile(rf"[A-Z][\w'’-]+(?:\s+(?:{_PARTICLE}|[A-Z][\w'’-]+))+,?\s+(?:{_STANCE}|condemned)\b")
# Verbs that report speech only before what was said ("Kigali insists that ...", "Luo urged India to
# ..."); "declared a state of emergency", "maintains 600 troops" or "urged calm" are acts.
_SAYS_THAT = (r"(?:insist(?:s|ed)|maintain(?:s|ed)|argu(?:es|ed)|reiterat(?:es|ed)|declar(?:es|ed)|stress(?:es|ed)|denounc(?:es|ed)|"
              r"ma(?:de|kes) clear|demand(?:s|ed)|ask(?:s|ed)|urg(?:es|ed))\s+(?:(?:(?:on|late|early|last|this)\s+[A-Z]?[a-z]+\s+"
              r"(?:(?:morning|afternoon|evening|night)\s+)?)?that\b|(?=(?:it|they|he|she|we|there)\s)|"
              r"(?=(?:(?!(?:after|when|where|which|who|that|as|because|while|since|before|until|if)\s)[\w'’-]+\s+){0,6}"
              r"(?:is|are|was|were|has|have|had|will|would|could|can|did|does)\s))|"
              r"(?:urg(?:es|ed)|ask(?:s|ed)|call(?:s|ed) on)\s+(?:[\w'’-]+\s+){1,5}?(?:not\s+)?to\s|pledg(?:es|ed)\s+to\s")
# The subject's name may hold and end in a lower-case particle: "Ashraf al-Qudra, a spokesman ..., said".
_SUBJECT = re.compile(rf"^(?:(?:Even|But|And|Yet)\s+)?((?:[A-Z][\w'’.-]*\s+)"
                      rf"(?:(?:{_PARTICLE}|[A-Z][\w'’.-]*)\s+(?:(?:of|for)\s+(?:the\s+)?(?=[A-Z]))?){{0,4}}"  # "… for Human Rights"
                      rf"(?:{_PARTICLES}-[\w'’-]+|[A-Z][\w'’-]+)|[A-Z][\w'’-]+)"
                      rf"(?:\s+\((?P<acronym>[A-Z][\w-]{{1,10}})\))?"  # "The Alliance Fleuve Congo (AFC), …, announced"
                      rf"(?:{AGE})?"  # "Maj. Hamid Rahal, 45, who defected …, said"
                      rf"(?:(?P<apposition>,[^,]{{1,160}},)?\s+(?:(?:has|had|also|later|then|(?!only\b)[a-z]+ly)\s+|"
                      rf"(?:was|were)\s+(?=quoted|cited))*"
                      rf"(?:(?:{SPEECH}|described|called|told|{_STANCE})\b{ACTIVE}|{_SAYS_THAT})"
                      rf"|\s+(?=(?:was|is|has|had|put|\w+ed)\b)[^,;\"“]{{1,120}}?,\s+(?:saying|adding|telling)\b)")
_NOT_ORGAN = r"(?:the|a|an|has|have|had|also|later|then|since)"
# An organ condemning something states its view ("… spokesman strongly condemned the attack"); not a
# sentence passed ("the junta condemned four activists to death").
_CONDEMNED = (r"(?:(?:has|have|had|also|strongly|roundly|sharply|swiftly|firmly|quickly|on\s+[A-Z]\w+day)\s+)*"
              r"(?:condemn|denounc)(?:ed|es|s)?\b(?!(?:\s+[\w'’-]+){1,6}\s+to\s+(?:death|life|prison|jail|years|\d))")
_OWNER = r"(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*['’]s\s+"  # "Sudan's ", "South Sudan's "
# A subject that is a named owner's organ: "Sudan's army said", "Kenya's police say", "Venezuela's
# defence minister rejected …", "Congo's army insists that …" (the stances a named subject takes).
_OWNED_SUBJECT = re.compile(rf"^({_OWNER}(?:(?!{_NOT_ORGAN}\s)[a-z][\w-]*(?:['’]s)?\s+){{0,3}}?"
                            rf"(?!{_NOT_ORGAN}\s)[a-z][\w-]*)"
                            rf"(?:,\s+(?:which|who)\b[^,]{{1,160}},)?\s+"  # "Lebanon's health ministry, which …, said"
                            rf"(?:(?:has|have|had|also|later|then|since)\s+)*(?:(?:(?P<speech>{SPEECH})|{_STANCE})\b{ACTIVE}"
                            rf"|{_CONDEMNED}"
                            rf"|{_SAYS_THAT})")
# A role, then the name that fills it, then the verb: "Congo's communications minister, Jean-Pierre
# Mbala, urged …", "The government spokesperson, Meseret Alemu, called on …"; not a passive
# ("…, Ahmed Saleh, denounced by rights groups, resigned").
_ROLE_THEN_NAME = re.compile(rf"^(?:(?:The|An?)\s+|{_OWNER})"
                             rf"(?P<role>(?:(?!(?:and|or)\s)(?:[a-z][\w-]*|[A-Z]{{2,5}})(?:['’]s)?\s+){{0,4}}?[a-z][\w-]*)"
                             rf"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][^,]{{0,60}})?,\s+"
                             rf"(?P<name>(?:(?:{_PARTICLE}|[A-Z][\w.'’-]*)\s+){{0,5}}(?:{_PARTICLES}-[\w'’-]+|[A-Z][\w'’-]+))"
                             rf"(?:{AGE})?(?:,\s+[^,]{{1,80}})?,\s+(?:(?:has|had|also|later|then)\s+)*"
                             rf"(?:(?:{SPEECH}|{_STANCE}|called|appealed|urged|denounced|condemned|spoke)\b{ACTIVE}|{_SAYS_THAT})"
                             rf"(?!\s+by\b)(?!(?<=blamed)\s+on\b)")
_ACCORDING = re.compile(r"\b[Aa]ccording to ((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*[\w-])(?=\s*[,.;]|$)")
_NOT_NAMES = frozenset("""the a an he she they it this that his her their its we our us there here
mr mrs ms dr last next meanwhile however also according earlier later
col brig gen lt maj capt cpt sgt cmdr adm gov sen rep prof rev""".split())
_TAIL = re.compile(r"(?:\s+(?:as saying|last \w+|on \w+|has|have|had|was|were|is|are)\b.*|"
                   r"(?:\s+(?:also|both|too|who|which|themselves|itself))+|[\s.,;:]+)$|"
                   # "The Army yesterday categorically rejected": how and when it spoke, not its name
                   r"(?:\s+(?-i:[a-z]+ly|yesterday|today|tonight|rejected|denied|dismissed|disputed|refuted))+$", re.I)


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


def _sources_in(sentence: dict, registry: Registry) -> dict[str, Source]:
    """Registry sources a sentence cites, by label (the mention finder's first, then the
    text's), leaving out names inside quotations."""
    quoted = quoted_spans(sentence["text"])

    def outside(start: int) -> bool:
        return not any(a <= start < b for a, b in quoted)

    found: dict[str, Source] = {}
    text = sentence["text"]
    every = registry.find(text)
    matches = [m for m in every if not _held_formerly(text, m.start, m.end)]
    formerly = {m.source for m in every} - {m.source for m in matches}
    for mention in sentence.get("sources", []):
        source = registry.get(mention["source"]) if mention.get("source") else None
        start, end = mention.get("start", -1), mention.get("end", -1)
        # where the span holds more than the name ("RDF spokesperson Brig. Gen. X"), where the name stands
        start, end = next(((m.start, m.end) for m in matches if m.source == source and start <= m.start
                           and m.end <= end), (start, end))
        if source is not None and source not in formerly and outside(start) and (
                cue_in(mention.get("text", "")) or start < 0 or cited_at(text, start, end)):
            found.setdefault(mention["label"], source)
    for match in matches:
        if outside(match.start) and cited_at(text, match.start, match.end):
            known = found.setdefault(match.source.label, match.source)
            if match.source.parent and match.source.parent == known.name:  # "the UN mission, MONUSCO, said"
                found[match.source.label] = match.source
    return found


# Who released what the sentence cites, in the passive: "released by Mozambique's defence ministry".
_RELEASED_BY = re.compile(r"\b(?:released|published|issued|posted|made public|distributed|circulated)\s+by\s+"
                          r"((?:the\s+)?(?:[A-Z][\w'’-]*['’]s\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s*(?:[,.;]|$)|\s+(?:on|in|at|last|this)\b)")
_STANCE_TAKERS = _SOURCE_WORDS | frozenset("""party commission leader mayor commissioner envoy representative ambassador
bishop admiral""".split())


def _heads_organ(subject: str) -> bool:
    """Whether an owner's subject ends in an organ or role ("Mali's army", "Nepal's prime minister"),
    so its stance is a statement: not "Kashmir's long disputed status", "Kenya's top court dismissed"."""
    word = re.split(r"[\s-]", subject.lower())[-1]
    return bool({word, re.sub(r"ies$", "y", word), re.sub(r"s$", "", word)} & _STANCE_TAKERS)


_RELEASED_WHAT = re.compile(r"(.+?)\s+(?:(?:also|later|then|on\s+\w+)\s+)?(?:released|published|posted|issued|showed|shared|"
                            r"distributed|circulated|aired|broadcast)(?:\s+on\s+\w+)?\s+what\s+(?:it|he|she|they)$")
_WHAT_IT_SAID = re.compile(r"\bwhat\s+(?:it|he|she|they)\s+(?:said|says|described\s+as|called)(?:\s+(?:was|were|is|are))?\b")


# A back-reference where a source stands: "According to the Commission, …", "The Commission said"; not
# an object ("Experts … said the commission had been barred")
_CITED_BACK = re.compile(rf"^\W*(?:(?:[Aa]ccording|[Aa]s\s+reported)\s+to\s+|[Ss]peaking\s+for\s+)?((?i:the)\s+[\w-]+(?:\s+(?!(?:has|have|had|also)\b)[\w-]+)?)"
                         rf"(?=\s*,|\s+(?:(?:has|have|had|also)\s+)*{SPEECH}\b)")


# A relative clause in which the speaker said something else, between his name and his verb
_WHO_SAID = re.compile(rf"(,\s+who\s+(?:also\s+)?{SPEECH}\b[^,;\"“]{{1,160}},)(?=\s+(?:also\s+)?{SPEECH}\b)")


_STATEMENT_OF = re.compile(r"^(?:an?|the|its|their)\s+(?:(?:new|later|written|joint|brief|separate)\s+)?(?:statement|"
                          r"communiqu[eé]|press\s+release|release|message|post)\s+(?:from|by|of|issued\s+by)\s+(?=\S)", re.I)
# Where or how it was said, before the speaker: "In a post on Facebook, ", "Speaking to reporters, ".
_LEAD_PHRASE = re.compile(r"^(?:In|On|At|During|Speaking|Writing|Asked|Addressing)\s[^,;\"“]{2,60},\s+(?=[A-Z])")


def _speaker(sentence: dict, registry: Registry) -> tuple[str, str] | None:
    """The on-record speaker as (identity, name as written): what follows "citing", else a person
    named then described ("Oleksandr Prokudin, head of the X, said"), else a capitalised name next to
    a speech verb, else a capitalised name after "according to", else a capitalised subject whose
    verb is one (past an apposition) or who goes on ", saying", else an owner's organ that speaks or
    takes a stance ("Mali's army rejected"), else the name set off after a role ("The government
    spokesperson, Meseret Alemu, called on"), else the mention finder's span, with registered
    outlets blanked out. The identity is the name's last capitalised word ("Lavrov" for both
    "Sergey Lavrov" and "Russia's Foreign Minister Sergey Lavrov"), empty if it has none. None for
    a back-reference ("he said")."""
    text = sentence["text"]
    mention = next((m.get("text", "") for m in sentence.get("sources", []) if m["label"] == "on_record"), "")
    # "The military released what it said was an intercepted call": the subject's own hedge, no speech;
    # the subject is who released it
    own_hedges = [m.span() for m in _WHAT_IT_SAID.finditer(text)]
    asides = [m.span(1) for m in _WHO_SAID.finditer(text)]  # "X, who said he was selling grain, told Reuters"
    # a comma that closes a quoted aside stays ('Wilner Anacius, known as "Ti Kouto," claimed')
    quoted = [span for a, b in quoted_spans(text)
              for span in ([(a, b - 2), (b - 1, b)] if text[a:b].endswith((',"', ',”')) and text[:a].strip()
                           else [(a, b)])]  # (not a quote that opens the sentence: '"…," X said')
    blanked = _blank(text, quoted + own_hedges + asides)
    if own_hedges and (doer := _RELEASED_WHAT.match(mention)):
        mention = doer.group(1)
    cited, named, subject = _CITING.search(text), _NAMED.search(blanked), _SUBJECT.match(blanked)
    if _PARTICIPLE.match(blanked):  # "Rejecting Azerbaijani claims, Armenia's defence ministry said"
        named = None if named and named.start() == 0 else named
        subject = None
    according = _ACCORDING.search(blanked)
    if according:  # not an outlet: "X said ..., according to TASS"
        according = _ACCORDING.search(_blank(blanked, [(m.start, m.end) for m in registry.find(blanked)]))
    carried, statement = _CARRIED_ON.search(blanked), None
    if named and carried and carried["name"] and (named.group(1) or named.group(2) or "") in carried["name"]:
        # "A statement from the front, published by the outlet X, accused …": X carried it
        named, statement = None, _STATEMENT_FROM.search(blanked)
    if closing := closing_speaker(blanked):  # "The Ombudsman's Office has confirmed …, the front said."
        span = closing.group(1)
    elif cited:
        span = cited.group(1) or cited.group(2)
    elif statement:
        span = statement.group(1)
    elif person := NAME_DESCRIBED.search(_LEAD_PHRASE.sub("", blanked.lstrip())):  # "…, Oleksandr Prokudin, head of the X, said."
        span = person.group(1) or person.group(2)
    elif named and not (subject and subject.group("apposition") and named.start() >= subject.end(1)
                        and subject.group("apposition").strip(", ") != (named.group(1) or named.group(2))):
        # "Dr. X, who runs ... in Daraa al-Balad, said"; "The Minister of Foreign Affairs, Jeyhun Bayramov, said" is Bayramov
        group = 1 if named.group(1) else 2
        span = _whole(blanked, named.start(group), named.group(group), registry)
    elif according:  # "According to Shoigu, …"
        span = _whole(blanked, according.start(1), according.group(1), registry)
    elif subject:  # "President X, who toured the town, said …": the sentence's subject speaks
        span = subject.group(1)
    elif (owned := _OWNED_SUBJECT.match(blanked)) and (owned.group("speech") or _heads_organ(owned.group(1))):
        span = owned.group(1)  # "Sudan's army said RSF fighters shelled …"; "Mali's army rejected …"
    elif (role := _ROLE_THEN_NAME.match(blanked)) and _heads_organ(re.split(r"\s+(?:of|for)\s+", role["role"])[0]):
        span = role["name"]  # not "The family of the journalist, Ahmed Saleh, rejected"
    elif mention and _BACKREF.match(mention) and len(mention.split()) == 1:
        return None
    elif not mention and (released := _RELEASED_BY.search(blanked)) and _heads_organ(released.group(1)):
        span = released.group(1)  # "…, according to intercepted radio traffic released by Mozambique's defence ministry"
    else:  # the finder's span can be "deliveries"
        mention = _counted_by(mention)
        span = apposed_name(blanked, mention, registry) or (mention if _sourcelike(_TAIL.sub("", mention)) else "")
    span = _RELATIVE_LEAD.sub("", _OPENER.sub("", apposed_name(blanked, span, registry) or span))
    span = _STATEMENT_OF.sub("", _counted_by(span))  # "a statement from the Prime Minister's Office": the office
    if _BARE_PRONOUN.fullmatch(span.strip()):
        return None  # "He said the fighters also looted …": the capitalised pronoun refers back
    if _CONCEDES.match(span):  # "Whatever Belgrade says, …": the writer speaks, conceding nothing to Belgrade
        return "", ""
    registered = registry.find(span)
    if not (len(registered) == 1 and registered[0].text == span.strip() and registered[0].source.label == "named_monitor"):
        # an outlet is a channel, not the speaker; a monitor the model labelled on-record speaks
        # (a registered body that ends a description stays in it: "Opponents of Fano" are not Fano,
        # but not nameless either)
        span = " ".join(_blank(span, [(m.start, m.end) for m in registered if m.source.label in OUTLETS
                                      or m.start == 0 or span[:m.start].strip().lower() == "the"
                                      or span[m.end:].strip()]).split())
    if subject and subject.group("acronym") and span == subject.group(1):
        return subject.group("acronym").lower(), span  # the article calls it "the CSP" from now on
    if span and (at := text.find(span)) >= 0 and (defined := _ACRONYM_AFTER.match(text, at + len(span))):
        return defined.group(1).lower(), span  # "The Front for Change and Concord (FACT) said"
    name = _TAIL.sub("", _TAIL.sub("", span))  # "Survivors who were later released"
    return _identity(name) or _identity(span), name  # "The M23 movement on Tuesday" is the M23's


# the acronym an unregistered body is given right after its name, by which the article calls it later
_ACRONYM_AFTER = re.compile(r"\s+\(([A-Z][\w&-]{1,10})\)")
_COUNTS = r"(?:figures?|count|tally|data|statistics|numbers|estimates?|records)"
_COUNT_OF = re.compile(rf"^(?P<owner>.+?)['’]s?\s+(?:(?:own|latest|official|preliminary|new)\s+)*{_COUNTS}$|"
                       rf"^(?:the\s+|an?\s+)?(?:(?:latest|official|preliminary|new)\s+)*{_COUNTS}\s+"
                       r"(?:from|by|of|compiled by|issued by|released by)\s+(?P<by>.+)$", re.I)


def _counted_by(span: str) -> str:
    """Whose count a span names: "the M23's own count" and "figures from the health ministry" are
    the M23's and the ministry's."""
    m = _COUNT_OF.match(span.strip(" .,;:"))
    return (m.group("owner") or m.group("by")) if m else span


_BARE_PRONOUN = re.compile(r"(?i:he|she)")  # "They said" may be the residents, not the last named speaker
# "Whatever Belgrade says, …" concedes: it names no speaker.
_CONCEDES = re.compile(r"^[Ww]hatever\b")
# "Rejecting Azerbaijani claims, Armenia's defence ministry said": a participle opens a clause, names no one
_PARTICIPLE = re.compile(r"(?:Rejecting|Dismissing|Denying|Disputing|Refuting|Questioning|Echoing|Welcoming|"
                         r"Condemning|Responding|Reacting|Addressing|Speaking|Citing|Quoting)\b")
# A conjunction opening the sentence is not part of the name after it ("Although John Nott told").
_OPENER = re.compile(r"^(?:Although|Though|While|Whereas|Because|Since|Unless|If|When|As|But|And|Yet|So)\s+(?=[A-Z])")
# A prepositional lead before a relative pronoun is not part of the name after it ("in fighting that
# Moscow says"); "officials in areas that Russia controls" is the officials.
_RELATIVE_LEAD = re.compile(r"^(?:in|during|amid|after|before|with|under)\s[^A-Z,]*?\b(?:that|which|whom|where)\s+(?=[A-Z])")

_IT = re.compile(r"(?i:it|its)")
# Heads of civil bodies' names that "the <head>" refers back to ("The association said")
_CIVIL_HEADS = frozenset("association union league society syndicate foundation federation "
                         "network institute centre center organisation organization committees lawyers".split())
_THE_CIVIL = re.compile(rf"[Tt]he\s+({'|'.join(sorted(_CIVIL_HEADS))})")
_BODY_WORDS = frozenset("army forces force command ministry police guard navy government council committee front "
                        "movement party service agency commission".split())


def _whole(text: str, start: int, span: str, registry: Registry) -> str:
    """The institution ``span`` ends the name of (:func:`whole_name`), unless ``span`` is a
    registered source: "the General Command of the LNA" is the LNA."""
    return span if registry.find(span) else whole_name(text, start, span)


def _head(name: str) -> str:
    """The word a described source's name is headed by: "ministry" for "the health ministry in
    the Hamas-run enclave"."""
    words = re.split(r"\s+(?:in|of|for|at|on)\s+", name)[0].split()
    return re.sub(r"['’]s$", "", words[-1]).lower() if words else ""


def _identity(span: str) -> str:
    """A speaker's identity: the last capitalised word of its name that is no title or pronoun
    ("US" is the United States, not "us"), before a place where a described body sits ("China's
    embassy in Manila" is not "Manila")."""
    span = _COMPOUND_NAME.sub(lambda m: m.group(0).replace(" ", "-"), span)  # "South Sudan's army": not Sudan
    words = _identity_words(_SITS_IN.sub("", span)) or _identity_words(span)  # "the ministry in Paris": Paris
    return words[-1] if words else ""


def _identity_words(span: str) -> list[str]:
    words = [re.sub(r"['’]s$", "", w) for w in _NAME_WORD.findall(span)]
    return [w.lower() for w in words if w.lower() not in _NOT_NAMES or w == "US"]


# where a described body sits, or what it is for ("the US special envoy for Sudan" is not Sudan)
_SITS_IN = re.compile(r"(?<=[a-z])\s+(?:in|at|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$")


def _sourcelike(span: str) -> bool:
    """Whether the mention finder's span can name a speaker: it holds a capitalised name, or ends in a
    role or source word ("the ministry", "aid agencies", "a police spokesman")."""
    words = re.findall(r"[A-Za-z][\w'’-]*", span)
    if _MATERIAL_HEAD.match(span) or _PREPOSITION.match(span):  # "an internal memo seen by PPA" is the leak;
        return False                                              # "on the sinking of the Cheonan" a topic
    if any(re.search(r"[A-Z]", w) for w in words):  # "al-Shabaab" too
        return True
    return bool(words) and re.sub(r"['’]s?$", "", words[-1].lower()) in _SOURCE_WORDS


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


def _monitor(text: str) -> tuple[str, str] | None:
    """An unregistered named monitor in ``text`` (outside quotations) as (identity, name): the
    name's lower-cased words and the name as written; None if none is named."""
    blanked = _blank(text, quoted_spans(text))
    names = [_MONITOR_LEAD.sub("", m.group(0)) for m in _MONITOR_NAME.finditer(blanked)]
    named = [n for n in names if _MONITOR_WORD.search(n) and len(n.split()) >= 2]
    if not named:
        named = [_MONITOR_LEAD.sub("", m.group(1)) for m in _MONITOR_APPOSITION.finditer(blanked)]
    if not named:
        named = [m.group(1) for m in _MONITOR_INTRODUCED.finditer(blanked)]
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
# A state's title written in lower case right before a name ("defence minister X", "Ethiopia's
# communications minister X", "presidential adviser X").
_LOWER_TITLE = re.compile(r"(?:^|(?<=\s))((?:[A-Z][\w'’-]*['’]s\s+)?(?:(?:[a-z][\w-]*|[A-Z][\w-]*)\s+){0,2}?"
                          r"(?:minister|(?:presidential|president['’]s)\s+(?:[a-z]+\s+)?(?:adviser|advisor|aide)|"
                          r"adviser|advisor|aide))\s+$")  # "Azerbaijan's foreign policy adviser X": a state's only
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
_INSTALLED_BEFORE = re.compile(r"((?:[Tt]he|[Aa]n?)\s+[A-Z][\w'’]*-(?:installed|appointed)\s(?:(?!\band\b)[^,;]){0,60}?),?\s+$")
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
    if _GOVERNOR.match(name):  # "Kharkiv's regional governor", "the governor of Zulia": some state's office
        return "?", None, ""
    if _ORGAN_OWNS.match(name) and not _states_named(text, name, registry):
        return "?", None, ""  # "the Army's Northern Command": a part of some state's army
    if (posted := _POSTED_NAME.match(name)) and (state := organ_post_state(posted.group(1))) and not (
            (at := text.find(name)) >= 0 and _DESCRIBED_NAME.match(text, at + len(name))):
        return state, None, ""  # "Somali army commander Barre" is Somalia's; not "…, who defected to the RSF"
    at = text.find(name)
    installed = (_INSTALLED_BEFORE.search(text[:at]) or _INSTALLED_AFTER.match(text, at + len(name))) if at >= 0 else None
    if installed and (state := _state_of_name(installed.group(1))):
        return state, None, ""  # "The Moscow-installed governor of the region, Viktor Lazarenko,"
    lower = _LOWER_TITLE.search(text[:at]) if at > 0 and not _OFFICE_TITLE.match(name) else None
    if lower and not _NOT_OFFICE.search(lower.group(0)):
        # "Ethiopia's communications minister Teklu Asmelash": the title in lower case before the name
        adviser = re.search(r"\b(?:adviser|advisor|aide)$", lower.group(1))
        owner = re.match(r"([A-Z][\w-]*)['’]s\s", lower.group(1))
        state = _state_of_name(re.sub(r"\b(?:secretary|adviser|advisor|aide)$", "minister", lower.group(1))) or (
            adviser and owner and _state_word(owner.group(1)))  # "Azerbaijan's foreign policy adviser X"
        if state or not adviser or re.search(r"\bpresident", lower.group(1), re.I) and not _states_named(text, name, registry):
            return state or "?", None, ""  # not "a military adviser X", some group's or a firm's
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
    if all(w.lower() in _NOT_NAMES for w in _NAME_WORD.findall(name)):  # "the army spokesman": no name
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
# An apposed spokesman of an organ named before the role: ", the Air Force spokesman,"
_APPOSED_ORGAN = re.compile(r",\s+the\s+(?P<org>(?:[A-Za-z]+\s+){0,2}?[A-Za-z]+)(?:['’]s)?\s+(?:(?:chief|senior|main|press|"
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
_AFFILIATED = re.compile(rf",\s+(?:(?:a|an|the)\s+)?(?:(?:senior|chief|deputy|top|military|official|regional|country|local)\s+)?"
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


def _affiliation(text: str, name: str) -> str:
    """The group ``name`` speaks for, as written: from a role after the name ("Titus Magai, a
    spokesman for the TPNPB,", "X, the head of Clearpath,") or a spokesman's before it ("TPNPB
    spokesman Titus Magai"); "" if none, or if the group is only a generic organ ("the army",
    "the Government": :func:`_office` reads those as a state's)."""
    at = text.find(name) if name else -1
    if at < 0:
        return ""
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


def _group_of(text: str, name: str, index: int, article: _Article) -> str:
    """The registered group an apposition refers back to ("Joanne Liu, the group's international
    president", after MSF): the registered source of a kind the word fits that this sentence or the
    one before cites, the last such; "the front's", "the coalition's", "the alliance's" and "the
    network's" only where the word is in its name, as many groups are called so. "" if none, or for a
    former officer ("the group's former commander")."""
    back = re.search(rf"{re.escape(name)},\s+(?:the|its)\s+({'|'.join(_GROUP_WORDS)})['’]s\s+(?!former|ex-)[a-z]",
                     text) if name else None
    if back is None:
        return ""
    word = back.group(1).lower()
    kinds = _GROUP_WORDS[word]
    return next((source.name for at, source in reversed(article.cited) if at >= index - 1 and source.kind in kinds
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
_RELEASED = re.compile(r"\b(?:released|publishe[ds]|posted|circulated|distributed|made public|played|issued)\b")
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
                          rf"(?:\s+(?:of|by|from)\s+(?P<post>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:['’]s)?"
                          rf"(?:\s+[a-z][\w-]*){{0,2}}?)(?=\s+(?:seen|obtained|leaked|shows|showed|says|said|reveals|revealed|"
                          rf"which|that|dated|from|to|on)\b|\s*[,;.]))?")


def _document_state(text: str) -> str | None:
    """The state whose organ a leaked document in ``text`` says is its author (:data:`_DOCUMENT_OF`),
    not its intelligence service; None if none."""
    for m in _DOCUMENT_OF.finditer(text):
        for owner in (m["pre"], m["post"]):
            if owner and "intelligence" not in owner.lower() and (state := _state_of_name(owner)):
                return state
    return None


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
_POST_AFTER = re.compile(r"(?:\s*\([A-Z][\w-]{1,9}\))?(?:['’]s)?\s+(?:(?:[a-z]+|Health|Defen[cs]e|Interior|Foreign|Information|Ministry|Military|Media)\s+){0,3}?"
                         r"(?:special\s+|chief\s+|deputy\s+)?(?:representative|envoy|spokes(?:man|woman|person)|chief|head|"
                         r"commander|chairman|chairperson|president|secretary[- ]general|director|minister|ambassador|"
                         r"advis[eo]r|aide)"
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
                             rf"(?P<name>(?:[A-Z][\w'’-]+\s+){{1,2}}(?:[A-Z][\w'’-]+|{_PARTICLES}-[A-Z][\w'’-]+)),\s+"
                             r"(?:(?:the|a|an)\s+)?(?:(?:senior|chief|deputy|top|press|media|military)\s+)?"
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
        if m.source is source and (post := _POST_AFTER.match(text, m.end)):
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
_THE_BODY = re.compile(r"[Tt]he\s+(?:[\w-]+\s+){0,2}?(\w+)")


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
          r"Command|Council)")
_UNIT_AFTER = re.compile(rf"(?:['’]s)?((?:\s+[A-Z][\w'’-]*){{0,2}}\s+({_UNITS}))\b")  # "the SDF's General Command"
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
    """The one on-record registered body named within a speaker's affiliation as the sentence writes
    it ("the Health Authority of the Autonomous Administration of North and East Syria"), else None."""
    at = text.find(affiliation)
    within = {m.source.name: m.source for m in matches
              if at >= 0 and at <= m.start < at + len(affiliation) and m.source.label == "on_record"
              and re.fullmatch(r"(?:.*\b(?:of|for|at)\s+(?:the\s+)?)?", text[at:m.start])  # it heads the affiliation,
              and not re.match(r"['’]s\s+(?:area|territory|zone|region)\b|-(?:held|controlled|run)\b", text[m.end:])}
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
    # the source is all "citing" names ("the Israeli military's refusal to grant access" is a reason)
    relayed = [a for a in out if a.type == "on_record" and not a.disputes and (
        # "citing the ministry", read back (as "the Houthi-run health ministry" named before)
        (a.speaker or a.office or a.speaker_name) and (named in (a.speaker_name, a.affiliation) or _name_words(named)
                                                       and _name_words(named) <= _name_words(a.speaker_name))
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


def attributions(sentence: dict, registry: Registry, article: _Article) -> list[Attribution]:
    """The sources a sentence cites, with relays followed to the deepest origin.

    An outlet (media report, pro-regime outlet) is a channel, not an origin, when the sentence
    also cites a leak ("recordings leaked to the Telegraph") or cites another source through a
    relay word ("told SANA", "IRIB quoted", "citing Turkish intelligence"). A definite
    back-reference ("the monitor said", "the newspaper said", "he said") is the last source of
    that type named earlier in the article; "media reports" or "sources" are not. Updates
    ``article`` as it goes, so call it on every sentence of an article in order.
    """
    if at := dateline_end(sentence["text"], registry):  # "BAMAKO, March 12 (AFP) - Mali's army said"
        # the mention finder's spans are offsets in the whole text
        sentence = {**sentence, "text": sentence["text"][at:],
                    "sources": [{**m, "start": m["start"] - at, "end": m["end"] - at} if m.get("start", -1) >= at else m
                                for m in sentence.get("sources", [])]}
    labels = sentence.get("labels", [])
    if "leaked_recording" in labels and article.speaker[0] and article.spoke_at == sentence.get("index", 0) - 1 \
            and _SPEAKER_GOES_ON.match(sentence["text"]) \
            and not _material(sentence["text"]) and not re.search(_LEAK_CUE, sentence["text"], re.I):
        # "He said the attack had been planned by India.", after the general who "played what he said was
        # an intercepted call": the general goes on, on the record (the model took the leak label from before)
        labels = list(dict.fromkeys("on_record" if x == "leaked_recording" else x for x in labels))
        sentence = {**sentence, "labels": labels}
    found = _sources_in(sentence, registry)
    matches = registry.find(sentence["text"])
    named_monitor = _titles_resolved(sentence["text"], labels, found, matches, registry, article)
    leak = "leaked_recording" in labels
    paper = unregistered_paper(sentence["text"], matches, cited_at) if set(labels) & set(OUTLETS) or leak else ""
    spans = {m["label"]: m.get("text", "") for m in sentence.get("sources", [])}

    def resolve(label: str) -> Source | None:
        if label in found:
            return found[label]
        back = _OUTLET_BACK.match(sentence["text"])
        if back and label in OUTLETS and (kind := "state_media" if back["state"] else _KIND_OF.get(back.group(2).lower())):
            return next((x for _, x in reversed(article.cited) if x.label == label and x.kind == kind),
                        None if back["state"] else article.last.get(label))  # no independent paper is "the state daily"
        if label in OUTLETS and not back:
            if paper:
                return None  # "The Times of Malta said": named here, though not registered
            if earlier := article.titles.short_title(sentence["text"], label):
                return earlier  # "The Post said", after "The Washington Post"
        if label in OUTLETS and label not in spans and _OUTLET_NAMED.match(sentence["text"]):
            return None  # "Blue Nile Voice reported …": an outlet the registry lacks, named here
        if label in spans:
            refers_back = _refers_back(spans[label]) and (label != "on_record" or _may_be(spans[label], article.last.get(label)))
        elif label in OUTLETS or label == "un_figure" and len(labels) > 1:
            # an outlet, or a UN label beside another, that the mention finder found no name for:
            # the source named before only where the sentence refers back to one ("the agency
            # said", "it reported"), not "According to Truth Hounds" after a New York Times
            # sentence, or "one man can be heard" after a WFP one
            refers_back = bool(_REFERS_BACK.search(sentence["text"])
                               or labels == [label] and _IT_SAID.search(sentence["text"]))  # "it" is no other label's
        else:
            subject = " ".join(sentence["text"].split()[:4])
            refers_back = label != "on_record" or bool(
                _BACKREF.match(subject) and not _PRONOUN.match(subject) and article.last.get(label)
                and _fits(subject, article.last.get(label)))
        return article.last.get(label) if refers_back and label != "anonymous_source" else None

    hedged = bool(_doubts(_WEAKENS, sentence["text"]))
    # "…, according to a report by Saudi-owned news channel Al-Arabiya": what the cues read as the
    # on-record speaker only describes the outlet, which relays a source the sentence leaves unnamed
    # the speaker the cues read, once, where an outlet is labelled (None: a back-reference, or not read)
    read_here = "on_record" not in found and bool(set(labels) & set(OUTLETS)) and (
        "on_record" in labels or not set(labels) - set(OUTLETS))
    read = _speaker(sentence, registry) if read_here else None
    outlet_read = ("on_record" in labels and read is not None and bool(read[1])
                   and bool(_REPORT_OF_OUTLET.fullmatch(read[1])))
    if (read is not None and "on_record" not in labels
            and (told := _TOLD_OUTLET.search(sentence["text"])) and any(m.start == told.start("outlet") for m in matches)
            and _FULL_NAME.search(read[1])
            and read[1].split()[-1][:1].isupper() and not PEOPLE.fullmatch(read[1].split()[-1].lower())
            and not registry.find(read[1])):
        # "…, his uncle Abdul Mannan told the Tribune": the channel labelled, the named speaker it relays not
        labels = [*labels, "on_record"]
    deeper = [label for label in labels if label not in OUTLETS]
    outlets = [resolve(label) for label in labels if label in OUTLETS]
    # "Survivors interviewed by Sahel Dispatch said" in Sahel Dispatch's own article: the outlet is
    # the publisher, a channel to what the sentence cites, never an origin of its own (taxonomy rule 7)
    own = _publisher_cited(sentence["text"], outlets, matches, paper, article.carrier, registry)
    relayed = bool(deeper) and (leak or outlet_read or own or bool(_RELAY.search(sentence["text"])))
    if leak:  # "recordings leaked to the Telegraph": the outlet is the recipient, labelled or not
        outlets += [source for label, source in found.items() if label in OUTLETS]
    # an outlet the registry lacks, named where no registered one stands for its label
    named_outlet = (_outlet_named(sentence["text"], paper, registry)  # a leak's recipient, labelled or not
                    if (leak or any(o is None for o in outlets)) and not set(labels) & set(found) & set(OUTLETS) else None)
    # a channel that carried the speaker's words, known by name (an unnamed "state television" labelled
    # pro-regime stays a citation, so the claim keeps its pro-regime cap)
    on = _CARRIED_ON.search(sentence["text"]) if deeper and not relayed else None
    if on and on["name"] and named_outlet is None and not registry.find(on["name"]) and not _state_of_name(on["name"]):
        named_outlet = " ".join(on["name"].lower().split()), on["name"]  # "carried by Saba", "said on ORTM"
    carried = bool(on and (on["kind"] or on["name"])) and (named_outlet is not None or all(o is not None for o in outlets))
    relayed = relayed or carried
    via = tuple(dict.fromkeys(source.name for source in outlets if source is not None))
    if (leak or carried) and named_outlet:  # "a withdrawal order first posted by the site Sudan Horizon": its recipient
        via = (*via, named_outlet[1])
    if leak:  # a leak sentence that names no material ("one fighter says") has the article's last
        article.recipients.extend(v for v in via if v not in article.recipients)
        article.material = _material(sentence["text"]) or article.material
    out = []
    cited_intelligence = _intelligence(sentence["text"]) if set(labels) & set(_INTELLIGENCE_LABELS) else ""
    # a UN label with no UN named or referred back to, beside another source: the model's slip
    # ("Thailand scrambled two F-16s, the army spokesman said" after a UNHCR figure)
    unfounded = ("un_figure" in labels and len(labels) > 1 and "un_figure" not in found and "un_figure" not in spans
                 and not _REFERS_BACK.search(sentence["text"]))
    role = role_said(sentence["text"])
    person = article.roles.get(role) if role else None
    if person and "anonymous_source" in labels and "on_record" not in labels:
        # "…, the abbot said." after "the monastery's abbot, U Pyinnya Thiri, said": that named abbot,
        # on the record, whom the model read as an unnamed source (taxonomy: a back-reference takes
        # its referent's type)
        labels, deeper = ([("on_record" if x == "anonymous_source" else x) for x in xs] for xs in (labels, deeper))
    for label in (deeper if relayed else labels):
        if label == "un_figure" and unfounded:
            continue
        source, speaker, office, affiliation = resolve(label), ("", ""), "", ""
        if label == "un_figure" and source is None and (back := _CITED_BACK.match(sentence["text"])) and (
                body := _cited_again(back.group(1), article)) is not None:
            # "According to the Commission, …" after the Ethiopian Human Rights Commission: the body
            # the article named, which the model took for a UN one
            out.append(Attribution("on_record", body, via=via if relayed else (), hedged=hedged, carrier=article.carrier))
            continue
        if label in OUTLETS and source is None and named_outlet and not set(labels) - set(OUTLETS) and not (
                cited_intelligence and label in _INTELLIGENCE_LABELS):  # it relays the intelligence it reports
            speaker = named_outlet  # "…, the Baghdad news site Al-Mirsad reported": not an unnamed outlet
        unnamed = _unnamed(spans.get(label, ""), article) if label == "anonymous_source" else ""
        for word in spans.get(label, "").lower().split() if label == "anonymous_source" else ():
            article.roles.pop(word, None)  # "a hospital director in Khan Younis, who …": "the director" is no longer the named one
        intelligence = cited_intelligence if label in _INTELLIGENCE_LABELS else ""
        if label == "on_record" and label not in found:
            speaker = ("", "") if outlet_read else read if read_here else _speaker(sentence, registry)
            if speaker is None:  # "he said", "it added": the last speaker, if a body for "it"
                it = _IT.fullmatch(spans.get(label, ""))
                speaker = ("", "") if it and not set(_name_words(article.speaker[1])) & _BODY_WORDS else article.speaker
            if person and not speaker[0]:
                speaker = person  # "the abbot said", "the director added"
            elif not speaker[0] and source is None and article.speaker[0] and _SAID_THING.fullmatch(
                    (speaker[1] or spans.get(label, "")).strip(" .,;:")) and article.spoke_at >= sentence.get("index", 0) - 3 \
                    and article.statement_at <= article.spoke_at:  # no other statement named since he spoke
                speaker = article.speaker  # "…, according to the statement.", after "the ministry said": the ministry's
            elif speaker == ("", "") and (described := _described_speaker(sentence["text"], article, source)):
                speaker = described
            elif speaker == ("", "") and source is None and _refers_back(spans.get(label, "")) and not _may_be(
                    spans[label], article.last.get(label)):
                speaker = ("", spans[label].strip(" .,;:"))  # "the city's hospital": as described, not the LNA named before
            elif not speaker[0] and (civil := _THE_CIVIL.fullmatch(speaker[1])) and civil[1].lower() in article.described:
                speaker = article.described[civil[1].lower()]  # "The association said", after it was named
            bare = _THE_SPOKESMAN.fullmatch(speaker[1]) if not speaker[0] else None
            last, role = article.spokesman
            if bare and last[0] and (role == bare.group(1) or "person" in (role, bare.group(1))) and (
                    article.affiliations.get(last[0]) or article.offices.get(last[0], ("",))[0] not in ("", "?")):
                # "The spokesman said", after "Maj. Gen. X, spokesman of the Y, said": X, whom the article tied to Y
                speaker = last
            named = (not speaker[0] and _STANCE_WORD.search(sentence["text"])
                     and _STANCE_NAMED.search(_blank(sentence["text"], quoted_spans(sentence["text"]))))
            source = None if speaker[0] or named or not _fits(speaker[1], source) else source
            if not (source or named) and ((not speaker[0] or _THE_BODY.fullmatch(speaker[1])) and (
                    earlier := _cited_again(speaker[1], article)) or (earlier := _based_group(speaker[1], article))):
                source, speaker = earlier, ("", "")
                article.cited.append((sentence.get("index", 0), earlier))
            if speaker[1]:
                office, speaks_for, organ = _office(sentence["text"], speaker[1], registry)
                if office == "?" and _bare_role(sentence["text"], speaker[1]) and article.speaker[1]:
                    # "Yolande Makolo, the spokeswoman, said", after "Rwanda's government said"
                    office = _state_of_name(article.speaker[1]) or article.offices.get(article.speaker[0], ("?",))[0] or "?"
                if not speaks_for and office in ("", "?"):
                    speaker, office, organ = _ministry_side(sentence["text"], speaker, office, organ, article)
                if office == "?" and not speaks_for and (body := _apposed_body(sentence["text"], speaker[1], article, matches)):
                    office, organ, speaks_for = "", "", body  # "Maj. Gen. X, the spokesman of the General Command,"
                if speaker[0] not in article.offices and re.fullmatch(r"[A-Z][a-z'’-]+", speaker[1]) and not re.search(
                        rf"\b{re.escape(speaker[1])},\s+(?:a|an|the|who)\s", sentence["text"]) \
                        and speaker[0] not in article.set_off:
                    # "Dawit said", after "Government spokesman Dawit Mekonnen": named by his first name (not
                    # "Mohammed, a crane operator, said", nor onto a name no office or body was read for)
                    named = next(((identity, held or body) for identity, (held, body, name) in reversed(article.offices.items())
                                  if _identity_words(name)[-2:-1] == [speaker[0]]), ("", None))
                    speaker = (named[0], speaker[1]) if named[1] else speaker
                known = article.offices.get(speaker[0])
                if (known and _named_within(speaker[1], known[2]) and not speaks_for and office in ("", "?")
                        and (known[1] or known[0] not in ("", "?"))):
                    office, speaks_for = known[:2]  # "Maj. Wanjala", after "KDF spokesman Maj. Peter Wanjala"
                elif (office or speaks_for) and speaker[0]:
                    article.offices[speaker[0]] = (office, speaks_for, speaker[1])
                elif known and _named_within(speaker[1], known[2]):
                    office, speaks_for = known[:2]
                source = speaks_for or source
                affiliation = organ or (_affiliation(sentence["text"], speaker[1])
                                        or _group_of(sentence["text"], speaker[1], sentence.get("index", 0), article)
                                        if not (office or source) else "")
                if affiliation and not (office or source) and (state := _state_of_name(affiliation) or (
                        (owner := _STATE_OWNED.match(affiliation)) and _state_word(owner.group(1)))) \
                        and state not in _NOT_STATES | SIDES:
                    office = state  # "spokesman for the Malian army", "for Ukraine's eastern grouping of forces"
                if affiliation and speaker[0] and not source and (body := _cited_again("the " + affiliation, article)
                                                                  or _registered_in(sentence["text"], affiliation, matches)):
                    # "ministry spokesman Lt. Gen. X", after "the Russian Defense Ministry said": its spokesman;
                    # "X, head of the Health Authority of the AANES": the registered body it is part of
                    source, office, affiliation = body, "", ""
                    article.offices[speaker[0]] = ("", body, speaker[1])
                    article.cited.append((sentence.get("index", 0), body))
                if affiliation and speaker[0]:
                    article.affiliations[speaker[0]] = (affiliation, speaker[1])
                elif not (office or source) and (group := article.affiliations.get(speaker[0])) \
                        and _named_within(speaker[1], group[1]):
                    affiliation = group[0]  # "Nirigi said", after "Yakobus Nirigi, a TPNPB commander,"
                if not (office or source or affiliation) and speaker[0] and speaker[0] not in article.offices:
                    office = rank_office(sentence["text"], speaker[1])  # an officer of some state's forces
                    # "Captain Volkov" after "the ship's captain, Dmitri Volkov" is no officer
                    article.offices[speaker[0]] = (office, None, speaker[1])
            described = headed(spans.get(label, ""))
            if not (speaker[0] or source) and described and PEOPLE.fullmatch(described.split()[-1]):
                unnamed = spans[label]  # "the nurse said": an unnamed source the model read as on record
        elif label in ("on_record", "un_figure") and source is not None and (
                person := _person_after(sentence["text"], source, matches)):
            # "Hamas spokesman Hazem Qassem said": Hamas's, by name; "The WHO's representative in Yemen,
            # Dr. X, said": a UN figure, and "X said" later is the WHO's
            speaker = person if label == "on_record" else ("", "")
            article.offices[person[0]] = ("", source, person[1])
        elif label == "named_monitor" and label not in found:
            named = _monitor(sentence["text"])
            speaker = named or (article.monitor if source is None and (label not in spans
                                or _refers_back(spans[label])) else ("", ""))
            source = None if speaker[0] else source
            if named:
                article.monitor = named
                article.last.pop("named_monitor", None)
        out.append(Attribution(label, source, speaker[0], speaker[1], via if relayed else (),
                               hedged or (label in OUTLETS and hedges(sentence["text"], _RELAY_HEDGE)),
                               article.carrier, office, affiliation=affiliation,
                               material=article.material if label == "leaked_recording" else frozenset(),
                               apart=_set_apart(label, labels, unnamed), unnamed=unnamed))
        if intelligence and label == "on_record" and (out[-1].speaker or out[-1].source) \
                and "intelligence" not in out[-1].speaker_name.lower() and (
                0 <= sentence["text"].find(intelligence) < 16
                or sentence["text"].find(out[-1].speaker_name or "\0") > sentence["text"].find(intelligence)):
            # the intelligence service is the sentence's subject ("… reported by Kan said Hamas had …"),
            # or the speaker read is the outlet after it ("…, according to the daily Rzeczpospolita")
            out[-1] = replace(out[-1], source=None, speaker="", speaker_name="", office="", affiliation="")
        if intelligence and not (out[-1].source or out[-1].speaker):
            # "Colombian military intelligence has concluded …, according to reports in Enfoque": an
            # origin of its own, which a registered outlet the sentence cites relays
            relays = () if label in OUTLETS else tuple(v.name for v in outlets if v is not None)
            out[-1] = replace(out[-1], apart=intelligence, unnamed=intelligence, via=tuple(dict.fromkeys(out[-1].via + relays)))
        if speaker[0] and label == "on_record":
            article.speaker, article.spoke_at = speaker, sentence.get("index", 0)
            if role_in := role_of(sentence["text"], speaker[1]):
                article.roles[role_in] = speaker
            article.last.pop("on_record", None)
        if label == "on_record" and _SPOKESMAN.search(sentence["text"]) and speaker != article.spokesman[0]:
            # the last spokesman the article named, or none once it cites another ("A Russian spokesman said")
            role = _spokes_role(sentence["text"], speaker[1]) if speaker[0] else ""
            article.spokesman = (speaker, role) if role else (("", ""), "")
        if label == "on_record" and speaker[1] and not source:
            # "the General Command of the Eastern Army" is later "the command" or "the army"; "a
            # lawyer for the commander" is not "the commander"
            last = speaker[1].split()[-1].lower()
            civil = _CIVIL_HEADS.intersection(w.lower() for w in speaker[1].split())  # "The Association Pulaaku for …"
            for head in {_head(speaker[1]), *([last] if last in _BODY_WORDS else []), *civil}:
                article.described[head] = speaker
    if leak:
        candidates = [a for a in out if a.type not in (*OUTLETS, "leaked_recording", "anonymous_source")
                      and (a.source or a.speaker or a.apart == cited_intelligence != "")]
        owner = _owner(sentence["text"], candidates, spans)
        if owner is None and (before := article.owner) is not None and len(candidates) == 1 \
                and not _provenance_elsewhere(sentence["text"], before):
            # "The experts wrote that …", after "a confidential annex to a UN experts' report": still
            # theirs, where the sentence names no one else and no other provenance ("the SBU's
            # transcript" is the SBU's; "Leaked documents from Rwanda's defence ministry" are not the UN's)
            owner = next((a for a in candidates if before.source is not None and a.source == before.source
                          or before.speaker and a.speaker == before.speaker), None)
        # whose document it says it is, before the outlet that published it ("a leaked US Africa Command memo,
        # first published by The Meridian Post")
        owner = owner or _document_owner(sentence["text"], matches, article.carrier)
        owner = owner or _released_by_outlet(sentence["text"], matches, article.carrier)
        if owner is None and (state := _document_state(sentence["text"])):
            # "An internal memo of Pakistan's military", "an internal Pakistani military memo": the
            # state's own document, one origin with it (its intelligence's stays apart, as cited intelligence does)
            owner = Attribution("on_record", None, state.lower(), state, carrier=article.carrier, office=state)
        if owner is None and (written := _WRITTEN_FOR.search(sentence["text"])):
            owner = _written_by(written, candidates, matches, article.carrier)
            if owner is not None and owner.source is None:
                # "a leaked report for the UN Security Council by the Congolese army": the army's
                # document; the body it was written for is no source of it
                out = [a for a in out if a.source is None or a.type == "leaked_recording" or not all(
                    written.start("for") <= m.start < written.end("for") for m in matches if m.source == a.source)]
        if owner is not None:
            article.owner = owner
            out = [replace(a, released_by=owner) if a.type == "leaked_recording" else a for a in out]
    if any(a.type == "named_monitor" and (a.source or a.speaker) for a in out):
        monitors = {a.source.name for a in out if a.type == "named_monitor" and a.source}
        # the monitor described ("The Britain-based group said"), read as on record too, is that monitor
        out = [a for a in out if not (a.type == "on_record" and (a.source is None and _MONITOR_DESCRIBED.match(
            a.speaker_name) or a.source is not None and a.source.name in monitors))]
    cited, kept = {a.source for a in out if a.source is not None}, []
    for a in out:  # a description set after the body that opens the sentence is that body, once
        body = _apposed_source(sentence["text"], a, matches)
        if body is None:
            kept.append(a)
        elif body not in cited:
            kept.append(replace(a, type=body.label, source=body, speaker="", speaker_name="", office="", affiliation=""))
    out = _relaying_monitor(sentence["text"], kept, article.carrier)
    out = _disputed(sentence["text"], _un_relays(sentence["text"], out, matches), registry, article.carrier)
    if "on_record" in labels and out and all(a.disputes for a in out) and (said := _speaker(sentence, registry)) \
            and said[0] and not any(_named_within(said[1], a.speaker_name or (a.source.name if a.source else "")) for a in out):
        # "South Sudan's army said …, a charge the SPLA-IO denies": the registered denier was the span read,
        # the subject who said it still speaks
        out.append(Attribution("on_record", None, said[0], said[1], hedged=hedged, carrier=article.carrier))
    if _OBSERVED.search(sentence["text"]):
        out = [replace(a, observed=True) if a.type == "un_figure" else a for a in out]
    if any(a.source is not None for a in out) and not any(m["label"] == "on_record" for m in sentence.get("sources", [])):
        # "According to PTV, the Foreign Office summoned …": an on-record label with no speaker span beside a
        # named source is that source's report, not a second, nameless one
        out = [a for a in out if not (a.type == "on_record" and a.source is None and not a.speaker_name and not a.via
                                      and not a.unnamed and not a.apart and a.released_by is None)]
    for match in matches:
        if match.source.label == "on_record" and (unit := _unit_of(sentence["text"], match))[0]:
            article.units[unit[0]] = (match.source, unit[1], sentence.get("index", 0))
    article.named += [(sentence.get("index", 0), m.source, m.text) for m in matches if m.source.label == "on_record"]
    for name, office in ranked_officers(sentence["text"]):
        if (identity := _identity(name)) and identity not in article.offices:
            article.offices[identity] = (office, None, name)  # "Dankaka said", after an unattributed "Maj.-Gen. Ibrahim Dankaka"
    if "on_record" in found:
        article.speaker = ("", "")
    if "named_monitor" in found:
        article.monitor = ("", "")
    article.last.update(found)
    article.cited.extend((sentence.get("index", 0), source) for source in found.values())
    article.ministries.learn(sentence["text"])
    words = set(re.findall(r"[a-z]+", sentence["text"].lower()))
    for word in _BODY_WORDS.intersection(words):
        article.heads[word] = sentence.get("index", 0)
    spoke = {a.speaker for a in out if a.speaker}
    for word in _CIVIL_HEADS.intersection(words):  # "…, and their lawyers asked for a delay": other lawyers now
        if word in article.described and article.described[word][0] not in spoke:
            del article.described[word]
    article.set_off.update(w.lower() for w in _SET_OFF_NAME.findall(sentence["text"]))  # "Nabil, a teacher,"
    if _STATEMENT_WORD.search(sentence["text"]) and ("on_record" not in labels or spoke - {article.speaker[0]}):
        article.statement_at = sentence.get("index", 0)  # another's statement: not "the ministry said in a statement"
    if _SPOKESMAN.search(sentence["text"]) and "on_record" not in labels:
        article.spokesman = (("", ""), "")  # "Reuters reached a spokesman for the SLM": another spokesman now
    article.titles.learn(sentence["text"], matches, named_monitor,
                         {label: paper for label in OUTLETS if paper and label in labels and label not in found})
    return out

