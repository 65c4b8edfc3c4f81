"""Patterns of how a sentence names its source: outlets by name or kind, "told X", subjects,
stances and back-references ("the agency", "it said")."""

from __future__ import annotations

import re

from ..mentions import _CAP, ACTIVE
from ..positions import SPEECH, quoted_spans
from ..registry import Registry
from .names import _state_of_name
from .apposition import _PARTICLE, _PARTICLES, AGE
from .cues import _BACKREF, _THE_NAME
from .article import _blank


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
_NAMED = re.compile(rf"((?:[A-Z]|{_CAP})[\w'’-]+(?:\s+(?:{_PARTICLE}|[A-Z][\w'’-]+))+)"  # "Óscar Villamizar"
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
# An owner's spokesman, then his name, then a stance: "Iran's foreign ministry spokesman Nasser Kanaani
# condemned …" (a speech verb finds him by its cue; other posts are not all read as the owner's).
_OWNED_ROLE_NAME = re.compile(rf"^{_OWNER}(?:[a-z][\w-]*\s+){{0,3}}spokes(?:man|woman|person)\s+(?P<name>(?:[A-Z][\w'’-]+\s+){{1,3}}?[A-Z][\w'’-]+)\s+"
                              rf"(?:{_CONDEMNED}|(?:{_STANCE})\b)")
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
