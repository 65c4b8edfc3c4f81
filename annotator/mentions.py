"""Find, for each label a sentence carries, the source mention behind it.

The classifier decides *which* types a sentence has; this module points at
*where*: the span ("the Britain-based Syrian Observatory for Human Rights")
and, when the registry knows it, the canonical source. Back-references ("the
monitor") resolve to the last source of that type seen in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .registry import Registry, Source

SPEECH = r"(?:said|says|say|told|tells|added|adds|stated|states|reported|reports|warned|warns|announced|" \
         r"announces|claimed|claims|confirmed|confirms|estimated|estimates|noted|notes|wrote|writes|" \
         r"quoted|cited|documented|documents|recorded|records|insisted|denied|accused|explained|alleged)"

# Verbs that put the speaker after them, right after a comma or a quotation ("…, said Lavrov.");
# after the others ("accused Western media of …") what follows is the object, not a source.
INVERTED = r"(?:said|says|say|added|adds|stated|states|noted|notes|wrote|writes|explained|insisted)"

# A clause's conjunction is not part of its subject ("…, after the presidency announced …"), in
# either case ("But the governor said"), though "WHO said" is the World Health Organization.
LEAD = "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in
                        "after as when while because since before until although though but and so yet which who"
                        .split()) + ")"
# The passive names no speaker ("have been told", "residents were told", "he is said to").
PASSIVE = r"(?<!\bbeen)(?<!\bbe)(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)"
CLAUSE = r"(?:^|(?<=[,;:]\s)|(?<=”\s)|(?<=\"\s))"
SPAN = r"((?:[A-Z\w'’.-]+[\s-]+){0,8}?[\w'’.-]+)"
# A clause may open with when it was said ("On Tuesday the general said"), which is not the
# speaker; "whatever Baku says" concedes, it attributes nothing.
WHEN = (r"(?:(?:[Oo]n|[Ll]ast|[Ee]arlier|[Ll]ater|[Ii]n)(?:\s+on)?\s+(?:[A-Z]\w+|week|month|year)(?:\s+\d{1,4})?,?\s+)?"
        r"(?![Ww]hatever\b)")
# The name after an inverted verb ends at a comma, at the sentence's last full stop (not at a
# title's or an initialism's: "said Col. al-Marfadi", "said the U.N. office") or before when.
STOP = r"(?:[,;]|\.\W*$|$|\s+(?:on|last|this|earlier|later)\s+(?:[A-Z]\w*day|week|month|year|night|morning|" \
       r"afternoon|evening|\d)\b)"
# What follows an inverted verb is not a speaker when it says when or where ("…, said on Monday").
NOT_SPEAKER = r"(?!(?:on|in|at|by|to|of|for|from|with|that|this|it|last|earlier|later|late|early|yesterday|today|" \
              r"after|before|during|when|while)\b)"

# Where a source's name stands: after "according to", "citing", "told", "statement by", … (a few
# words between at most), or before a speech verb.
_CUE_BEFORE = re.compile(r"(?:\baccording to|\bciting|\bquoting|\b(?:quoted|cited|reported|published|released|"
                         r"posted|claimed|announced|issued) by|\btold|\bspeaking to|\binterview with|[,\"”’]\s*(?:said|says)|"
                         r"\b(?:statement|communiqu[eé]|report|post|video|message|briefing|account|figures|data|"
                         r"spokes(?:man|woman|person)|officials?|sources?)\s+(?:by|from|of|for|in|at))"
                         r"\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,3}(?:and\s+(?:the\s+)?)?$", re.I)
_CUE_AFTER = re.compile(rf"^(?:['’]s?)?\)?(?:\s*\([^()]{{1,20}}\))?(?:(?:,[^,]{{1,80}},)?(?:\s+[\w'’-]+){{0,5}}?(?:,[^,]{{1,80}},)?,?\s+"
                        rf"(?:(?:has|have|had|also|later|then|now|was|were|is|are)\s+)*"
                        rf"(?:{SPEECH}|acknowledge[ds]|admit(?:s|ted)|vow(?:s|ed)|blame[ds]|called|described|insist(?:s|ed)|"
                        rf"published|posted|broadcast|aired|released|shows?|showed|found|put|counted|denies|accuses|"
                        rf"warned)"
                        # verbs that are nouns as often ("Hezbollah posts"), or name an actor ("Hezbollah puts
                        # pressure"), only right after the name and with a figure: "now puts the toll at 34"
                        rf"|\s+(?:(?:now|also)\s+)?(?:puts\s+(?:the|its)\s+(?:[\w-]+\s+)?(?:toll|figure|number|count)|"
                        rf"counts\s+(?:at\s+least\s+)?\d))\b", re.I)
_CUE_IN = re.compile(rf"\b(?:{SPEECH}|according|citing|quoting|quoted|told|reported)\b", re.I)


def cited_at(text: str, start: int, end: int) -> bool:
    """Whether a registry name found at ``text[start:end]`` stands where a cited source stands:
    after "according to", "citing", "told", "statement by", … (a few words between at most), or
    before a speech verb ("the Houthis' spokesman said"); not an actor named in the claim itself
    ("a deadline for the Houthis to leave the port, the coalition said")."""
    if _CUE_AFTER.match(text[end:end + 80]) and not _IN_RELATIVE.search(text[:start]):
        return True
    at = max(0, start - 60)
    before = _CUE_BEFORE.search(text[at:start])
    # ", said its warplanes struck X" names X as what was said where the comma closes the subject's
    # relative clause ("The coalition, which …, said")
    return bool(before) and not (before.group()[0] in ",\"”’"
                                 and _CLOSES_RELATIVE.search(text, 0, at + before.start() + 1))


# A name inside a relative clause is not the subject of the verb after it: "The coalition, which
# has been fighting the Houthi movement since 2015, said …".
# "…, which UN officials say they protested" is theirs: the name opens the clause.
_IN_RELATIVE = re.compile(r",\s+(?:which|who|whose|whom)\s+(?!(?:the|a|an)\b)[a-z][^,;]*$")


def cue_in(span: str) -> bool:
    """Whether a mention's span holds its own cue ("according to the ministry")."""
    return bool(_CUE_IN.search(span))


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks (a source named in a quote is content, not attribution)."""
    return [m.span() for m in re.finditer(r"“[^”]*”|\"[^\"]*\"", text)]


CUES: dict[str, re.Pattern] = {
    "leaked_recording": re.compile(
        r"\b(?:(?:leaked|intercepted|hacked|secretly recorded|obtained)\s+(?:\w+[\s-]+){0,3}?"
        r"(?:recordings?|audio|videos?|footage|calls?|conversations?|transmissions|communications|"
        r"radio (?:traffic|chatter)|documents?|cables?|files|messages|emails|memos?|tapes?|chats?)|"
        r"(?:recordings?|intercepts?|the audio|the tapes?|the leaked \w+|the documents?)|"
        r"(?:can be|is|are|was|were) heard)\b", re.I),
    "anonymous_source": re.compile(
        r"\b(?:(?:an?|one|two|three|several|some|other|the)\s+)?(?:(?:senior|military|security|"
        r"diplomatic|government|local|medical|field|informed|western|intelligence|opposition|"
        r"rebel|police|unnamed|anonymous|regional|israeli|syrian|iraqi|iranian|russian|turkish|"
        r"us|u\.s\.|european|arab|palestinian|ukrainian|sudanese)\s+)*(?:sources?|officials?|"
        r"activists?|residents?|witnesses|diplomats?|insiders?|commanders?|officers?|aides?)\b"
        r"(?:\s+(?:close to|familiar with|in|at|with|from)\s+[\w\s'-]{1,40}?(?=[,.;]|\s+(?:said|told|who)))?",
        re.I),
    "pro_regime_outlet": re.compile(
        r"\b(?:the\s+)?(?:state|state-run|state-owned|official|pro-government|pro-regime|pro-Assad|"
        r"pro-Hezbollah|pro-Syrian|pro-Iranian|government-run|Russian state|Iranian state|Syrian state)"
        r"\s+(?:\w+\s+){0,2}?(?:news agency|agency|daily|newspaper|television|TV|media|outlets?|"
        r"channel|broadcaster|radio|news)\b", re.I),
    "named_monitor": re.compile(r"\bthe\s+(?:Britain-based\s+|UK-based\s+)?(?:war\s+)?(?:monitor|"
                                r"monitoring group|Observatory)(?:'s\s+(?:chief|head|director))?\b", re.I),
    "media_report": re.compile(
        r"\b(?:(?:local|Israeli|Turkish|Russian|Iranian|Arab|Western|Lebanese|Iraqi|Kurdish|Ukrainian|"
        r"pro-opposition|opposition|independent|foreign|international|US|British)\s+)?"
        r"(?:media(?:\s+reports?)?|(?:the\s+)?newspaper|(?:the\s+)?(?:daily|broadcaster|outlet|"
        r"news (?:site|channel|agency)|publication|report))\b", re.I),
    "un_figure": re.compile(r"\b(?:the\s+)?(?:UN|U\.N\.|United Nations)(?:\s+[A-Z][\w-]*){0,4}\b"),
    "on_record": re.compile(  # "X, quoted by IRNA, said" / "X was quoted by"; "X said"; "…, said X"; "according to X"
        rf"{CLAUSE}(?:{LEAD}\s+)?{WHEN}{SPAN}(?:,\s+(?:quoted|cited)\s+by\s+[^,]{{1,60}},\s+{SPEECH}|"
        rf"\s+(?:was|were|is)\s+(?:quoted|cited)\s+(?:by|as)\b)|"
        rf"{CLAUSE}(?:{LEAD}\s+)?{WHEN}{SPAN}{PASSIVE}(?<!\band)(?<!\bbut)(?<!\bor)(?<!['’]s)\s+{SPEECH}\b|"
        rf"(?<=[,”\"]\s){INVERTED}\s+{NOT_SPEAKER}((?:the\s+|a\s+)?(?:[A-Z\w'’.-]+[\s-]+){{0,7}}?[\w'’.-]*[\w'’-])"
        rf"(?={STOP})|"
        r"\baccording to\s+((?:the\s+)?(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)(?=[,.;]|$)|"
        # at a sentence's start the source ends at the comma ("According to Hamas, ..."), and
        # figures, laws and tallies are not sources ("According to Tuesday's figures, ...")
        r"^According to\s+((?:the\s+)?(?:[\w'’.-]+\s+){0,6}?(?!(?i:figures?|data|statistics|calculations?|"
        r"tall(?:y|ies)|counts?|estimates?|laws?|conventions?|rules|records|documents?|reports?|statements?)\b)"
        r"[\w'’.-]+)(?=,)"),
}

REGISTRY_LABELS = {"named_monitor", "pro_regime_outlet", "un_figure", "media_report", "on_record"}


@dataclass
class Mention:
    """Where in the sentence the source of one label is named."""

    label: str
    start: int
    end: int
    text: str
    source: Source | None = None

    def to_dict(self) -> dict:
        record = {"label": self.label, "text": self.text, "start": self.start, "end": self.end,
                  "source": self.source.name if self.source else None}
        if self.source:
            record.update(kind=self.source.kind, leaning=self.source.leaning)
        return record


# A speech word after a determiner is a noun ("... has dismissed the reports"): the span read up
# to it ends in the verb and the determiner, which are cut off, leaving the subject.
_NOUN_SPEECH = re.compile(r"(?:\s+(?:has|have|had|also|again|this week|on \w+day))*(?:\s+\w+ly)?(?:\s+\w+ed)?"
                          r"(?:\s+(?:as|about|at|on|to|of)\b[^,]*?)?\s*\b(?:the|a|an|those|these|its|their|his|her)$",
                          re.I)


def _cue(label: str, text: str) -> Mention | None:
    at = 0
    while match := CUES[label].search(text, at):
        group = next((g for g in range(1, (match.lastindex or 0) + 1) if match.group(g)), 0)
        start, end = match.start(group), match.end(group)
        if label == "on_record" and group == 3 and _CLOSES_RELATIVE.search(text, 0, match.start()):
            at = match.end()  # "The coalition, which …, said its warplanes …": the verb has its subject
            continue
        if label == "on_record" and (noun := _NOUN_SPEECH.search(text, start, end)):
            end = noun.start()
            left = text[start:end]
            if len(left.split()) < 2 and (not re.search(r"[A-Z]", left) or re.fullmatch(r"\w+(?:ed|ing)", left)):
                at = match.end()  # "calling the", "Asked about the": the speaker, if any, is further on
                continue
        if label == "on_record" and (aux := _AUXILIARY.search(text, start, end)) and aux.start() > start:
            end = aux.start()  # "Sudanese officials have accused …": the officials
        return Mention(label, start, end, text[start:end])
    return None


_CLOSES_RELATIVE = re.compile(r",\s+(?:which|who|whose|whom)\b[^,;]*,\s*$")
_AUXILIARY = re.compile(r"(?:\s+(?:has|have|had|also))+$")


def _uncited_speaker(text: str, matches: list) -> Mention | None:
    """The on-record speaker of a sentence whose registered names all stand where no cited source
    stands: the speaker the cues find, with the registered source named in it ("Sudan's army said
    RSF fighters shelled …" is the army's, not the RSF's; "senior RSF commanders told" the RSF's);
    else, where the cues find no name, the first registered name outside quotations, relative
    clauses and what a verb before it says, which is often the subject of a verb the cues lack ("The Kremlin on Wednesday
    dismissed …")."""
    registered = [m for m in matches if m.source.label == "on_record"]
    if not registered:
        return None
    cue = _cue("on_record", text)
    if cue is None or not _NOMINAL.search(cue.text):
        quoted = quoted_spans(text)
        first = next((m for m in registered if not _IN_RELATIVE.search(text[:m.start])
                      and not _SAID_BEFORE.search(text[:m.start]) and not any(a <= m.start < b for a, b in quoted)),
                     None)
        return first and Mention("on_record", first.start, first.end, first.text, first.source)
    cue.source = next((m.source for m in registered if cue.start <= m.start and m.end <= cue.end), None)
    return cue


_SAID_BEFORE = re.compile(rf"\b{SPEECH}\b")  # "… said its warplanes struck Houthi positions": what was said

# A span names a speaker if it holds a capitalised word or a noun after a determiner ("the
# statement"), not a lone auxiliary ("…, which has documented …").
_NOMINAL = re.compile(r"[A-Z]|\b(?i:the|a|an|its|their|his|her|one|two|three|several|some)\s+\w")


class MentionFinder:
    """Finds source mentions, remembering per article the last known source of each type."""

    def __init__(self, registry: Registry):
        self.base = self.registry = registry
        self.last: dict[str, Source] = {}

    def new_article(self, defined: tuple = ()) -> None:
        """Forget the last article's sources; read the next one with the acronyms it ``defined``
        (:func:`annotator.acronyms.definitions`)."""
        from .acronyms import article_registry

        self.last = {}
        self.registry = article_registry(self.base, defined)

    def find(self, text: str, labels: list[str]) -> dict[str, Mention]:
        """One mention per label in ``labels`` (a label with no locatable mention is left out)."""
        matches = self.registry.find(text)
        quoted = quoted_spans(text)
        found: dict[str, Mention] = {}
        for match in matches:
            label = match.source.label
            if label in labels and label not in found and (label != "on_record" or (
                    cited_at(text, match.start, match.end) and not any(a <= match.start < b for a, b in quoted))):
                found[label] = Mention(label, match.start, match.end, match.text, match.source)
        for match in matches:
            self.last[match.source.label] = match.source
        if "on_record" in labels and "on_record" not in found and (mention := _uncited_speaker(text, matches)):
            found["on_record"] = mention
        for label in labels:
            if label in found:
                continue
            mention = _cue(label, text)
            if mention is None:
                continue
            if mention.source is None and label in REGISTRY_LABELS:
                mention.source = self.last.get(label) if label in {"named_monitor", "pro_regime_outlet",
                                                                   "un_figure"} else None
            found[label] = mention
        return found
