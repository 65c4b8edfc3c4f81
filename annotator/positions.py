"""Where in a sentence a source stands: cited ("according to X", "X said", "told X") or inside a
quotation, or a name in what was said. The mention finder and the claims stage both read it."""

from __future__ import annotations

import re

SPEECH = r"(?:said|says|say|told|tells|added|adds|stated|states|reported|reports|warned|warns|announced|" \
         r"announces|claimed|claims|confirmed|confirms|estimated|estimates|noted|notes|wrote|writes|" \
         r"quoted|cited|documented|documents|recorded|records|insisted|denied|accused|explained|alleged)"

# Where a source's name stands: after "according to", "citing", "told", "statement by", … (a few
# words between at most), or before a speech verb.
_CUE_BEFORE = re.compile(r"(?:\baccording to|\bciting|\bquoting|\b(?:quoted|cited|reported|published|released|"
                         r"posted|claimed|announced|issued|accused|described|critici[sz]ed|condemned|denounced) by|"
                         r"\btold|\bspeaking to|\binterview with|[,\"”’]\s*(?:said|says)|"
                         r"\b(?:statement|communiqu[eé]|report|(?<!command )(?<!observation )(?<!border )(?<!military )"
                         r"(?<!police )(?<!army )(?<!guard )(?<!checkpoint )post|video|message|briefing|account|figures|data|"
                         r"spokes(?:man|woman|person)|officials?|sources?)\s+(?:by|from|of|for|in|at))"
                         r"\s+(?:(?:the|a|an|its|their)\s+)?(?:(?!that\b)(?-i:(?!of\s+[a-z]+ing\b))[\w'’-]+\s+){0,3}(?:and\s+(?:the\s+)?)?$", re.I)
# (not a name after "that": "told reporters that 31 SPLA-IO fighters were killed" is what was said; nor
# after what someone is accused of: "accused by Turkey of sheltering PKK fighters")
_CUE_AFTER = re.compile(rf"^(?:['’]s?)?\)?(?:\s*\([^(),]{{1,40}}\))?(?:(?P<aside>,[^,]{{1,140}},|\s+[—–][^—–]{{1,140}}[—–])?(?:\s+[\w'’-]+){{0,5}}?(?:,[^,]{{1,80}},)?,?\s+"
                        rf"(?:(?:has|have|had|also|later|then|now|was|were|is|are)\s+)*"
                        rf"(?:{SPEECH}|acknowledge[ds]|admit(?:s|ted)|vow(?:s|ed)|blame[ds]|called|described|insist(?:s|ed)|"
                        rf"published|posted|broadcast|aired|released|shows?|showed|found|put|counted|denies|accuses|"
                        rf"warned)"
                        # verbs that are nouns as often ("Hezbollah posts"), or name an actor ("Hezbollah puts
                        # pressure"), only right after the name and with a figure: "now puts the toll at 34"
                        rf"|\s+(?:(?:now|also)\s+)?(?:puts\s+(?:the|its)\s+(?:[\w-]+\s+)?(?:toll|figure|number|count)|"
                        rf"counts\s+(?:at\s+least\s+)?\d))\b(?!\s+by\b)", re.I)  # not "was accused by"
# "The WHO expressed concern over the attack and said …", "The WHO, in a statement, condemned … and
# said": the name right before the stance (or an aside) is who speaks.
_STANCE_THEN_SAID = re.compile(rf"^(?:['’]s?)?(?:,[^,]{{1,140}},)?\s+(?:expressed|voiced|condemned|deplored|welcomed)\b"
                               rf"[^,.;]{{0,80}}?\s+and\s+(?:{SPEECH})\b", re.I)
# "The Gaza government media office, which is run by Hamas, said": whose the body is, and so who speaks
_RUN_BY = re.compile(r"\b(?:office|ministry|agency|authority|administration|government|council|committee|outlet|"
                     r"station|channel|television|radio|newspaper|media|service|directorate|department|cent(?:re|er)),"
                     r"\s+which\s+(?:is|are|was|were)\s+(?:run|controlled|operated)\s+by\s+(?:the\s+)?$", re.I)
# what the material goes on to do in what was said ("… released by the Israeli military was fabricated")
# Verbs that take an object: with none after them the name is a relative clause's subject ("the explosions
# the Israeli military has described."), not the sentence's speaker.
_GAP_VERB = re.compile(r"\b(?:described|released|published|posted|aired|broadcast|found|showed|shows|put|counted)$", re.I)
# Its own material a body is the subject of a relative clause about: "the highest daily toll OCHA has
# published.", "in footage the Israeli military released." — the body is the source.
_MATERIAL_NOUN = re.compile(r"\b(?:toll|tally|tallies|figures?|count|data|numbers?|footage|video|videos|clips?|images|imagery|"
                            r"statement|report|list|map|photos?|recording|audio|post|bulletin|document|dossier|findings)"
                            r"\s+(?:that\s+)?(?:the\s+)?$", re.I)
# What a speaker calls something another released ("described the audio released by X as a fabrication").
_CALLED = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )\b(?:described|called|dismissed|branded|"
                     r"labell?ed|denounced)\b", re.I)  # active: not "was described in a statement released by X as"
_CALLED_AS = re.compile(r"\s+as\b")
# An account referred to as another's inside what a speaker says ("the detonations cited by the IDF").
_REFERRED_BY = re.compile(r"\b(?:cited|described|mentioned|alleged)\s+by\b", re.I)
_RELAYED = re.compile(r"\b(?:according\s+to|citing|quoting|figures|data|toll)\b", re.I)
_GOES_ON = re.compile(r"\s+(?:was|were|is|are|had|has|have|showed|shows|did|does)\b")
_MATERIAL_BY = re.compile(r"\b(?:published|released|posted|issued)\s+by\b", re.I)
_SPEECH_WORD = re.compile(rf"\b{SPEECH}\b", re.I)
_CUE_IN = re.compile(rf"\b(?:{SPEECH}|according|citing|quoting|quoted|told|reported)\b", re.I)


# "The Ombudsman's Office has confirmed that …, the front said": what a subject has done is what the
# speaker the sentence closes on says; that subject is no source
# The closing speaker is a side described by its kind ("the front", "the rebels"), not the subject
# again ("…, the London-based rights group said", "…, its researcher X said") nor a document ("a
# statement said") nor an outlet's name ("…, Al Jazeera said", which relays the subject).
_SIDE_KIND = (r"(?:front|rebels?|insurgents?|militia|militants?|army|military|government|ministry|movement|dissidents|"
              r"junta|police|party|authorities|officials|guerrillas?|group['’]s\s+(?:leader|commander|spokes\w+))")
_CLOSING = (rf",\s+((?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){{0,2}}?{_SIDE_KIND})\s+(?:said|says|added|stated|told\s+[A-Z][\w'’-]*)"
            r"(?:\s+(?:on\s+[A-Z]?\w+|in\s+a\s+statement|late\s+on\s+\w+|on\s+(?:its\s+)?(?:Telegram|X|Facebook)(?:\s+channel)?))*\W*$")
_DONE_AS_SAID = re.compile(r"(?:['’]s?)?\s+(?:has|have|had)\s+(?:also\s+|already\s+)?(?:confirmed|verified|documented|found|"
                           rf"recorded|acknowledged|admitted)\b(?=.*{_CLOSING})")


_CLOSING_SPEAKER = re.compile(_CLOSING)


def done_as_said(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is the subject of a deed the sentence's closing speaker
    reports (see ``_DONE_AS_SAID``); not where that speaker is the subject again ("The Nigerian army
    has confirmed …, the army said")."""
    closing = _CLOSING_SPEAKER.search(text) if _DONE_AS_SAID.match(text, end) else None
    return closing is not None and closing.group(1).split()[-1].lower() not in text[:end].lower().split()


def closing_speaker(text: str) -> re.Match | None:
    """The speaker a sentence closes on ("…, the front said."; group 1) where its opening subject's
    deed is what that speaker reports (``_DONE_AS_SAID``); None otherwise."""
    if not any(done_as_said(text, m.start()) for m in re.finditer(r"\s(?:has|have|had)\s", text[:120])):
        return None
    return _CLOSING_SPEAKER.search(text)


# After an inverted speech verb, its owner's own post ("…, said the group's military spokesman, X"):
# the name that opened the sentence is his body, and so speaks.
_SAID_OWN_POST = re.compile(r"\s+(?:the\s+(?:group|rebels|movement|militia|organi[sz]ation|army|ministry|forces?|front|"
                            r"party|agency|office|militants|insurgents)['’]s?|its|their)\s", re.I)


def cited_at(text: str, start: int, end: int) -> bool:
    """Whether a registry name found at ``text[start:end]`` stands where a cited source stands:
    after "according to", "citing", "told", "statement by", … (a few words between at most), or
    before a speech verb ("the Houthis' spokesman said"); not an actor named in the claim itself
    ("a deadline for the Houthis to leave the port, the coalition said")."""
    after = _CUE_AFTER.match(text[end:end + 200]) if not done_as_said(text, end) else None
    if after and after["aside"] and after["aside"].lstrip()[:1] in "—–" and not _OPENS.fullmatch(text[:start]) \
            and _SAID_WHO.match(text, end + after.end("aside")):
        after = None  # "The army struck Hamas — … — said military spokesman X": X speaks
    if after and _GAP_VERB.search(after.group()) and re.match(r"\s*(?:[.;]|$)", text[end + after.end():]) \
            and re.fullmatch(r"\s+(?:(?:has|have|had|also)\s+)*\w+", after.group()) \
            and not re.search(r"[,;:\u2014\u2013]\s*(?:(?:the|a|an)\s+)?$", text[:start]) \
            and not _MATERIAL_NOUN.search(text[:start]):  # not "…, Human Rights Watch found.", the closing speaker
        after = None  # "…, of the secondary explosions the Israeli military has described.": no object, a relative clause
    if after and re.fullmatch(r"(?:\s+[\w'’-]+){1,5},\s+(?:said|says|told|added)", after.group()) \
            and not re.match(r"\s*(?:[.;\"”’]|$)", text[end + after.end():]) \
            and not _SAID_OWN_POST.match(text, end + after.end()) \
            and not re.search(r",\s+(?:who|which|whose|whom)\b[^,;]*$", text[:start]):  # the comma closes a relative clause
        # "Tigrayan forces clashed with ENDF troops near Humera, said Gebrehiwot Tesfay", "Turkish jets struck HPG
        # positions in Gara, said Turkey's defence ministry": the speaker after the verb speaks
        after = None
    if after and after["aside"] and after["aside"][0] == "," and re.search(
            rf"^,\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:{SPEECH})\b", after["aside"]):
        after = None  # "…by Palestinian Islamic Jihad, the IDF said on Wednesday, presenting what it called": the IDF speaks
    if after and _OF_OTHERS.search(text[:start]):
        after = None  # "Opponents of Fano said", "The Association of Families of Fano Prisoners said"
    if after and after["aside"] and _RELATIVE_ASIDE.match(after["aside"]) and _OBJECT_OF.search(text[:start]):
        after = None  # "A nurse at a hospital run by MSF — which …— said": the nurse speaks
    if (after or _STANCE_THEN_SAID.match(text[end:end + 200]) or _OPENS.fullmatch(text[:start])
            and (rejects := _REJECTS_AFTER.match(text[end:end + 200])) and not _SPEECH_WORD.search(text, end)
            and not re.search(r"\baccording\s+to\b|,\s+per\s", text[end:])  # "The RSF demanded …, according to X": X speaks
            and not _OF_ANOTHER.match(text, end + rejects.end())) and (
            not IN_RELATIVE.search(text[:start]) and not _in_dashes(text, start, end) or _RUN_BY.search(text[:start])):
        return True
    at = max(0, start - 60)
    before = _CUE_BEFORE.search(text[at:start])
    if (before and _MATERIAL_BY.search(before.group()) and _SPEECH_WORD.search(text, 0, at + before.start())
            and _GOES_ON.match(text, end)):
        return False  # "Hamas said the recording released by the Israeli military was fabricated"
    if before and _MATERIAL_BY.search(before.group()) and _CALLED.search(text, 0, at + before.start()) and _CALLED_AS.match(text, end):
        return False  # "He described the audio released by the Israeli army as a fabrication"
    if (before and _REFERRED_BY.search(before.group()) and _SPEECH_WORD.search(text, 0, at + before.start())
            and re.search(r"\w\s+$", text[:at + before.start()]) and not _RELAYED.search(text, max(0, at - 40), at + before.start())):
        return False  # "Earshot Lab said it found none of the detonations cited by the IDF": whose account it checks
    # ", said its warplanes struck X" names X as what was said where the comma closes the subject's
    # relative clause ("The coalition, which …, said"), or where the name opens a clause of its own ("Asaad
    # al-Shaibani, 37, said HTS had been dissolved")
    return bool(before) and not (before.group()[0] in ",\"”’" and (
        CLOSES_RELATIVE.search(text, 0, at + before.start() + 1) or _OPENS_CLAUSE.match(text, end)
        or _SAID_CLAUSE.search(before.group())))


# A finite verb, not an adjective after a determiner ("the jailed army commander") or one that
# is usually one ("armed", "so-called").
_ADJECTIVAL = "armed|united|unnamed|detained|displaced|embattled|elected|appointed|based|so-called|self-styled"
FINITE = (r"(?:had|has|have|was|were|is|are|would|will|could|did|"
          r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\btheir )"
          rf"(?!(?:{_ADJECTIVAL})\b)"
          r"[a-z][a-z-]*ed|struck|hit|shot|took|overran|fought|drove|broke|stole|held|began|sent|fled|blew|threw|"
          r"burnt|set|led)\b")
_OPENS_CLAUSE = re.compile(rf"(?:['’]s)?(?:\s+[\w'’-]+){{0,4}}?\s+{FINITE}")
# ", said the strike targeted a Houthi workshop", ", said the jets struck Houthi positions": a
# subject and its verb after "said" open what was said, so a name after them is in it; not the
# inverted speaker's own words ("…, said two wounded Hezbollah fighters", "said jailed Hamas leader
# X", "said a statement signed by Hamas", "said the heavily armed unit's commander")
_SAID_CLAUSE = re.compile(r"\s(?!(?:the|a|an|its|their|his|her|two|three|four|five|six|several|some|many|said|says|"
                          rf"\d[\d,]*|\w+ly)\s)[a-z][\w'’-]*\s+(?!(?:{_ADJECTIVAL}|wounded|jailed|exiled|injured|killed)\b)"
                          r"(?:[a-z][a-z-]*ed|struck|hit|hits|shot|fought|took|seized|led|sent|held|holds|strikes|"
                          r"targets|uses|used|has|had|was|were|is|are|would|will|did)\s+"
                          r"(?!(?:by|to|in|on|at|from|with|for|of)\b)")


# A name that is the object of a preposition ("a hospital run by MSF", "a nurse at MSF") is no subject
# whose aside a speech verb follows
_OBJECT_OF = re.compile(r"\b(?:by|at|of|in|from|for|with|to|near)\s+(?:the\s+)?$", re.I)
# The sentence's own subject rejecting something speaks ("The ISPR rejected as 'false propaganda' claims
# …"); a name in what was said does not ("… said Hamas had rejected the offer").
_OPENS = re.compile(r"\W*(?:(?:But|And|However|Meanwhile),?\s+)?(?:[Tt]he\s+)?"
                    # "The High Command of the PNH firmly rejected"
                    r"(?:(?:[A-Z][\w-]*\s+){0,2}(?i:command|headquarters|leadership|office|ministry|presidency)\s+"
                    r"of\s+(?:the\s+)?)?")
_REJECTS_AFTER = re.compile(r"^(?:['’]s?)?(?:,[^,]{1,140},)?\s+(?:(?:has|have|had|also|(?!only\b)[a-z]+ly)\s+)*"
                            r"(?:reject(?:s|ed)|dismiss(?:es|ed)|disput(?:es|ed)|urg(?:es|ed)|condemn(?:s|ed)|"
                            r"disown(?:s|ed)|demand(?:s|ed)|call(?:s|ed)\s+on)\b")  # a stance the subject takes
# A name after "of" in a subject made of others than its members: "Opponents of Fano", "The Association
# of Families of Fano Prisoners"; not "The General Command of the LNA", "Fighters for Fano"
_OF_OTHERS = re.compile(r"^\W*(?:[\w'’-]+\s+){0,6}?(?:opponents|critics|famil(?:y|ies)|relatives|victims|enemies|rivals|"
                        r"survivors|friends|supporters|prisoners|detainees|hostages|captives|defectors|deserters)\s+"
                        r"of\s+(?:the\s+)?$", re.I)
# Who speaks after a dashed aside: "— said military spokesman X", "— said the army"
_SAID_WHO = re.compile(r"\s*(?:said|says)\s+(?:(?-i:[A-Z])|(?:the|a|an|its|his|her)\s|(?:[a-z]+\s+){0,2}spokes(?:man|woman|person))",
                       re.I)
# What a subject rejects that another source said: "dismissed a report by Human Rights Watch" (the
# report's author is the origin; the subject disputes it)
_OF_ANOTHER = re.compile(r"\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:reports?|findings|figures|data|"
                         r"claims?|statements?|accounts?|allegations?|assessments?|study)\s+(?:by|from|of\s+(?:the\s+)?(?-i:[A-Z]))",
                         re.I)
# An aside that is a relative clause ("— which has supported the facility since 2021 —")
_RELATIVE_ASIDE = re.compile(r"\W*(?:which|who|whose|that)\b", re.I)
# A name inside an aside set off by dashes: "soldiers — who Fano says executed 12 men — fired"
_IN_DASHES = re.compile(r"\s[—–]\s+(?:which|who|whose|whom)\b[^—–]*$")


def _in_dashes(text: str, start: int, end: int) -> bool:
    """Whether a name at ``text[start:end]`` stands inside a dashed relative clause: one a dash
    closes after it ("— who, Fano says, executed 12 men —"), or that no comma ended before it ("—
    which was housing 300 people, UNRWA said." names UNRWA outside it)."""
    clause = _IN_DASHES.search(text[:start])
    return bool(clause) and ("," not in clause.group() or bool(re.search(r"[—–]", text[end:]))
                             or not _ENDS_SAID.match(text, end))


# the name and its verb close the sentence: "…, UNRWA said." (not "…, Human Rights Watch says, was …")
_ENDS_SAID = re.compile(r"\s+(?:(?:has|had|also)\s+)?(?:said|says|reported|added|told\s+[A-Z][\w'’-]*)"
                        r"(?:\s+on\s+[A-Z]?\w+|\s+in\s+a\s+statement)?\W*$")


# A name inside a relative clause is not the subject of the verb after it: "The coalition, which
# has been fighting the Houthi movement since 2015, said …".
# "…, which UN officials (and Amnesty) say killed 12" is theirs: they are the clause's subject; "X, who
# speaks for the Houthis, said" names whom X speaks for.
IN_RELATIVE = re.compile(r",\s+(?:which|who|whose|whom)\s+(?!(?:speaks?|spoke|works?|worked|heads?|headed|leads?|"
                         r"led|commands?|commanded|represents?|represented|serves?|served)\b)"
                         r"[^,;]*?\b(?:has|have|had|was|were|been|is|are|[a-z]+ed|[a-z]+ing|accuses|blames|considers|"
                         r"regards|calls|describes|brands)\b[^,;]*$")


def cue_in(span: str) -> bool:
    """Whether a mention's span holds its own cue ("according to the ministry")."""
    return bool(_CUE_IN.search(span))


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks (a source named in a quote is content, not attribution)."""
    return [m.span() for m in re.finditer(r"“[^”]*”|\"[^\"]*\"", text)]


# A comma that closes a relative clause ("The coalition, which backed the government, said").
CLOSES_RELATIVE = re.compile(r",\s+(?:which|who|whose|whom)\b[^,;]*,\s*$")
