"""Find, for each label a sentence carries, the source mention behind it.

The classifier decides *which* types a sentence has; this module points at
*where*: the span ("the Britain-based Syrian Observatory for Human Rights")
and, when the registry knows it, the canonical source. Back-references ("the
monitor") resolve to the last source of that type seen in the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from .kinds import APART_NOUN, GROUND, QUALIFIER, kinds_of
from .positions import CLOSES_RELATIVE, FINITE, IN_RELATIVE, SPEECH, cited_at, closing_speaker, quoted_spans
from .registry import Registry, Source

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
STOP = r"(?:[,;](?!\d)|\.\W*$|$|\s+(?:on|last|this|earlier|later)\s+(?:[A-Z]\w*day|week|month|year|night|morning|" \
       r"afternoon|evening|\d)\b)"
# What follows an inverted verb is not a speaker when it says when or where ("…, said on Monday").
NOT_SPEAKER = r"(?!(?:on|in|at|by|to|of|for|from|with|that|this|it|last|earlier|later|late|early|yesterday|today|" \
              r"after|before|during|when|while)\b|\d(?![\d,]*-year))"  # nor a figure ("…, said 1,894 people had …")

# A person named, then described, before a speech verb that opens or closes the sentence: the person
# speaks, not the body in the description ("…, Oleksandr Prokudin, head of the Kherson Regional
# Military Administration, said."; "John Smith, a spokesman for the army, said …").
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ŽŞİ]"  # "Ömer Çelikkaya", "Édouard Nsengimana"
_PERSON = (rf"(?:[A-Z][a-z]{{1,4}}\.\s+){{0,3}}{_CAP}[\w'’-]+(?:\s+(?:(?:al|el|bin|ibn|abu|ag|ould|de|da|du|van|von|la|le|"
           rf"der|den|del|della|dos|das|di)(?:-[\w'’]+)*|{_CAP}[\w'’-]+|[A-Z]\.)){{1,3}}")
_DESCRIPTION = r",\s+(?:(?:the|a|an)\s+)?[a-z][^,;]{2,100},\s+(?:(?:which|who|whose)\s[^,;]{2,80},\s+)?"  # "…, which runs the clinic,"
# Not a speech verb in the passive: "X, the group's leader, said to be hiding …", "told to leave"
ACTIVE = r"\b(?!\s+(?:to\s+(?:be|have|leave|go|stay|return)|of|missing|dead|killed|wounded|captured)\b)"
_OPENER_WORD = r"(?:(?:Meanwhile|Earlier|Later|However|Separately|But|And|Also|Yet|Still),?\s+)?"
_TAIL = (r"(?:\s+(?:reporters|journalists|on\s+[A-Z]\w+|in\s+a\s+statement|late\s+on\s+[A-Z]\w+|"
         r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:\s+by\s+(?:tele)?phone|\s+in\s+an\s+interview)?))?\W*$")  # "told Reuters by phone"
CLOSES_ATTRIBUTED = re.compile(rf",\s+(?:[\w'’.-]+\s+){{1,6}}?{SPEECH}{_TAIL}")  # "…, his lawyer Mona Farouk said."
_AGE = r"(?:,\s+\d{1,3})?"  # "Gulnara Abdyrakhmanova, 46, a teacher in Ak-Tereke, told AFP"
NAME_DESCRIBED = re.compile(rf"^{_OPENER_WORD}({_PERSON}){_AGE}{_DESCRIPTION}{SPEECH}{ACTIVE}(?!.*{CLOSES_ATTRIBUTED.pattern})|"
                            rf",[\"”]?\s+({_PERSON}){_AGE}{_DESCRIPTION}{SPEECH}{_TAIL}")

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
        r"rebel|police|unnamed|anonymous|regional|state|israeli|syrian|iraqi|iranian|russian|turkish|"
        r"us|u\.s\.|european|arab|palestinian|ukrainian|sudanese|displaced|fleeing|army|navy|air force|interior|"
        r"defen[cs]e|foreign|ministry|health|border|hospital|humanitarian|district|provincial|party|camp|"
        r"(?-i:[A-Z][\w'’-]*))\s+(?:and\s+(?=\w+\s+(?:sources|officials)\b))?)*"
        rf"(?:sources?|officials?|activists?|diplomats?|insiders?|commanders?|officers?|aides?|{GROUND})\b"
        r"(?!\s+(?:coordinator|representative|commissioner)\b)"  # "the UN resident coordinator" is no resident
        # "Aid workers and local officials said": both are the source
        rf"(?:\s+and\s+(?:(?:an?|one|two|three|several|some|other|the)\s+)?(?:[\w'’-]+\s+){{0,2}}?"
        rf"(?:sources|officials?|diplomats?|officers?|{GROUND})\b(?=\s+(?:said|say|told|have|had|who)\b))?"
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
        rf"{CLAUSE}(?:{LEAD}\s+)?{WHEN}{SPAN}(?:\s+\([A-Z][\w&-]{{1,10}}\))?{PASSIVE}(?<!\band)(?<!\bbut)(?<!\bor)(?<!['’]s)\s+{SPEECH}\b|"
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
_NOUN_SPEECH = re.compile(r"(?:\s+(?:has|have|had|also|again|this week|on \w+day))*(?:\s+\w+ly)?(?:(?:\s+\w+ed)?"
                          r"(?:\s+(?:as|about|at|on|to|of)\b[^,]*?)?\s*\b(?:the|a|an|those|these|its|their|his|her)|"
                          # "The ministry rejected Thai claims": whose claims, not who speaks
                          r"(?:^|\s+)(?:reject|dismiss|den(?:i|y)|disput|refut|question|repeat|echo|welcom|condemn|ignor)"
                          r"(?:ed|ing|e)?\s+(?-i:[A-Z][\w'’-]*))$",
                          re.I)


# "Moscow denies deliberately targeting civilians": a sentence's subject that denies speaks ("denies" is
# no speech verb of :data:`SPEECH`, where "the commander, who denies …, was arrested" would lose its speaker).
_DENIES = re.compile(r"^((?:The\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+(?:(?:flatly|strongly|categorically|"
                     r"repeatedly|firmly|also|still)\s+)?denies\b")


def _cue(label: str, text: str) -> Mention | None:
    if label == "on_record" and (closing := closing_speaker(text)):  # "X has confirmed …, the front said."
        return Mention(label, closing.start(1), closing.end(1), closing.group(1))
    if label == "on_record" and (person := NAME_DESCRIBED.search(text)):
        group = 1 if person.group(1) else 2
        return Mention(label, person.start(group), person.end(group), person.group(group))
    if label == "on_record" and (subject := _DENIES.match(text)):
        return Mention(label, subject.start(1), subject.end(1), subject.group(1))
    at = 0
    while match := CUES[label].search(text, at):
        group = next((g for g in range(1, (match.lastindex or 0) + 1) if match.group(g)), 0)
        start, end = match.start(group), match.end(group)
        if label == "on_record" and group == 3 and (_CLAUSE_VERB.search(text, start, end) or (
                CLOSES_RELATIVE.search(text, 0, match.start()) and not _NAME_FIRST.match(text, start))):
            at = match.end()  # "The coalition, which …, said its warplanes …": the verb has its subject
            continue
        if label == "on_record" and (when := _TIME_CLAUSE.search(text, start, end)):
            # "Dr. Amina Yusuf after touring the ward": the name before it
            if _NAMED_BEFORE.search(part := text[start:when.start()].strip()) and not _TIME_NOUN.search(part):
                end = len(text[:when.start()].rstrip())
            elif (rest := _AFTER_TIME.match(text, when.end(), end)) and rest.end() < end:
                start = rest.end()  # "Hours after the blast Mozambique's health ministry": the subject after it
            else:
                at = match.end()  # "hours after Russia announced …": a clause of time names no speaker
                continue
        if label == "on_record" and (noun := _NOUN_SPEECH.search(text, start, end)):
            end = noun.start()
            left = text[start:end]
            if len(left.split()) < 2 and (not re.search(r"[A-Z]", left) or re.fullmatch(r"\w+(?:ed|ing)", left)):
                at = match.end()  # "calling the", "Asked about the": the speaker, if any, is further on
                continue
        if label == "on_record" and (aux := _AUXILIARY.search(text, start, end)) and aux.start() > start:
            end = aux.start()  # "Sudanese officials have accused …": the officials
        if label == "on_record" and _PEOPLES_CLAIMS.match(text, start) and _CLOSING_SAID.search(text, end):
            at = match.end()  # "Tajik claims that … are not true, the Kyrgyz border service said": a noun
            continue
        return Mention(label, start, end, text[start:end])
    return None


# One word before "claims" as a noun, whose sentence closes on its speaker.
_PEOPLES_CLAIMS = re.compile(r"[A-Z][\w'’-]*\s+(?:claims|allegations|accusations|assertions)\s+(?:that|of)\b")
_CLOSING_SAID = re.compile(r",[\"”]?\s+(?:the\s+|an?\s+)?[^,;]{1,60}?\s+(?:said|says|added|stated)\W*$")


# A registered name inside a relative clause of a description, not its subject ("a member of a group
# that monitors RSF communications"; not "a version that Peskov …"), does not make the description
# that name.
_IN_RELATIVE_CLAUSE = re.compile(r"\b(?:that|who|which|whose)\s+[a-z][\w'’-]*\s")


# An outlet that quotes or cites the source before it ("Antara quoted a provincial official as saying",
# "The newspaper cited two Turkish officials") or a report it is according to ("According to a
# news service, residents saw …"): the cue is the source, not the outlet.
_QUOTED_BEFORE = re.compile(r"\b(?:quoted|cited|quoting|citing)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_ACCORDING_BEFORE = re.compile(r"\baccording\s+to\s+$", re.I)


def _anonymous(text: str, named: list = (), described: bool = True) -> Mention | None:
    """The unnamed source a sentence cites: the first cue that stands where a source is cited
    ("…, witnesses said", "according to residents"), else the first cue ("Police officers opened
    fire on the crowd, witnesses said" cites the witnesses, not the officers); or, where
    ``described``, the described speaker that holds it, stands before a cue no source stands at, or
    stands where the cues find none (:func:`_described_speaker`), unless a registered name in
    ``named`` stands there."""
    cues = [Mention("anonymous_source", m.start(), m.end(), m.group()) for m in CUES["anonymous_source"].finditer(text)]
    cited = next((m for m in cues if cited_at(text, m.start, m.end) or _UNNAMED_SAID.match(text, m.end)
                  or _QUOTED_BEFORE.search(text, 0, m.start)), None)
    cue = cited or next((m for m in cues if not _ABOUT.search(m.text)), None)
    described = _described_speaker(text) if described else None
    if described is not None and any(m.start < described.end and described.start < m.end
                                     and not _IN_RELATIVE_CLAUSE.search(text, described.start, max(m.start, described.start))
                                     and not _people_after(text[m.end:described.end])
                                     for m in named):
        described = None  # "the Syrian Observatory for Human Rights": a registered name, not a description
    if cue is None or (described is not None and described.start <= cue.start and cue.end < described.end):
        return described or cue  # "farmers who fled to Dori", not "farmers"
    if cited is None and described is not None and described.end <= cue.start and not _ACCORDING_BEFORE.search(
            text, 0, described.start):
        return described  # "A member of a group …, who spoke on condition of anonymity, said the same commander …"
    return cue


def _people_after(rest: str) -> bool:
    """Whether a registered name only qualifies the people a description goes on to name: "Several M23
    deserters interviewed in Goma" (``rest`` is what follows the name in the description)."""
    words = rest.split()
    return bool(words) and words[0].islower() and bool(kinds_of(words[0]))


def _described_speaker(text: str) -> Mention | None:
    """The speaker the on-record cues find, where it is described, not named ("an analyst in Rabat
    told", "according to nomads who fled the area"), else a described person the cues miss
    (:func:`_person_described`): the anonymous source of a sentence whose description the cue
    words lack."""
    if ((closing := _CLOSING.search(text)) and _a_person(words := _trimmed(closing.group(1)))
            and not _REPORTER.search(words)):
        return Mention("anonymous_source", closing.start(1), closing.start(1) + len(words), words)  # "…, passengers said."
    cue = _cue("on_record", text)
    words = _trimmed(cue.text) if cue else ""
    if not (_a_person(words, any_noun=True) and (_DESCRIBED.fullmatch(words) or PEOPLE.fullmatch(words))):  # "Analysts"
        # the cues found no description (nothing, a name, a record, a clause): a described person may still speak
        return _person_described(text)
    start = cue.start + cue.text.index(words)
    return Mention("anonymous_source", start, start + len(words), words)


def _person_described(text: str) -> Mention | None:
    """A person of some kind who speaks, where the on-record cues, made for names, find no speaker:
    "the employee, who asked not to be named, said"; "Several refugees from the village of Wet
    Kyein said"; '"…," said a council member who asked not to be named'. An aside is left out of
    the span; a defining clause before the verb is kept ("A taxi driver who ferried the wounded
    said"). Any noun may head a description an aside of anonymity follows; elsewhere it must be a
    person of some kind (:func:`annotator.kinds.kinds_of`)."""
    for found, any_noun in _person_places(text):
        whole = found.group(1)
        words = _trimmed(_CONTACT_AFTER.sub("", _LEADING_TIME.sub("", whole)))
        if _a_person(words, any_noun):
            start = found.start(1) + whole.index(words)
            return Mention("anonymous_source", start, start + len(words), words)
    return None


def _a_person(words: str, any_noun: bool = False) -> bool:
    """Whether a description may be a person who speaks: not a name, a record, a body or a clause,
    and (unless ``any_noun``) headed by a person of some kind."""
    head, own = _HEAD.sub("", words), _RELATIVE.sub("", words)  # own: before any defining clause
    return bool(words) and (any_noun or bool(kinds_of(head))) and not (
        _a_body(head) or _NAMED.search(head) or _RECORD.search(head) or _CLAUSE.search(own) or _TIME_CLAUSE.search(own))


def _person_places(text: str) -> Iterator[tuple[re.Match, bool]]:
    """Where a described person may stand as the speaker, each with whether any noun may head it:
    before an aside and a speech verb, as the opening subject, after the last inverted speech verb."""
    for pattern, any_noun in ((_BEFORE_ANONYMITY, True), (_BEFORE_CONTACT, False), (_OPENING_SUBJECT, False)):
        if found := pattern.search(text):
            yield found, any_noun
    last = None
    for last in _INVERTED_AT.finditer(text, text.rfind(";") + 1):  # the last clause only: linear time
        pass
    if last is not None and (found := _AFTER_INVERTED.match(text, last.end())):
        yield found, bool(found.group("aside"))


def _trimmed(words: str) -> str:
    """A described speaker without "according to" before it, nor "who", an adverb or a time after it."""
    words = _UNNAMED_ASIDE.sub("", _ACCORDING.sub("", words)).rstrip(".,; ")
    while (tail := _TRAILING.search(words)) is not None:
        words = words[:tail.start()]
    return words


# People of a kind named by one word ("Analysts", "Residents"); not a place or an
# adjective ("Hospital records show …"), and not combatants, who are often the story's subject.
PEOPLE = re.compile(rf"(?!(?i:hospitals?|health|medical|clinics?|aid|relief|humanitarian|charity|community|church|"
                     rf"clan|tribal|staff|people|men|women)\b)(?:{APART_NOUN.pattern})", re.I)
_ACCORDING = re.compile(r"^according to\s+", re.I)
_TRAILING = re.compile(r"\s+(?:who|later|earlier|also|still|now|previously|recently|privately|separately|repeatedly|"
                       r"(?:on|last|this)\s+(?:[A-Z]\w*day|week|month|year|night))$", re.I)
# Two capitalised words in a row, neither a determiner or number, name someone ("Ursula von der
# Leyen" has them too: "von der" between): "Kremlin spokesman Dmitry Peskov" is named, not described.
_NAMED = re.compile(r"\b(?!(?:The|A|An|One|Two|Three|Four|Five|Several|Some|Many|Most|Other)\b)[A-Z][\w'’-]+"
                    r"(?:\s+(?:al|el|bin|ibn|abu|de|da|du|van|von|der|den|la|le)(?:-[\w'’]+)?)*\s+[A-Z][a-z][\w'’-]*")
# A record, not a source, by the noun the description is headed by ("figures compiled by the army",
# "the group's statement", "The letter", "The indictment", "A UN report")
_HEAD = re.compile(rf"\s+(?:{QUALIFIER}|for|[a-z]+ed|seen|shown|given|written|taken|made|drawn|kept|held|sent)\b.*$")
_RECORD = re.compile(r"\b(?i:figures?|data|statistics|tall(?:y|ies)|counts?|estimates?|records?|documents?|reports?|"
                     r"statements?|images|photographs|footage|videos?|letters?|indictments?|courts?|rulings?|verdicts?|"
                     r"decrees?|communiqu[eé]s?|leaflets?|messages?|assessments?|investigations?|inquiry|inquiries|"
                     r"stud(?:y|ies)|surveys?|analys[ie]s|census|registers?|lists?|accounts?)$")
# A description: a lower-case word among its first four ("Military analysts in London", "two former
# FACT fighters"); not a pronoun or a name ("Yelena", "the SBU").
_DESCRIBED = re.compile(r"(?!(?i:he|she|they|it|we|what|which|of|in|on|for|to|at|from|with|by|as|a figure|according)\b)"
                        r"(?![a-z]+\s+(?:the|a|an)\b)"  # "demand the elders": a verb's object
                        r"(?:(?i:an?|the|one|two|three|four|five|several|some|many|other|most)\s+)?"
                        r"(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*\b.*")


_COUNTED = r"(?i:an?|the|one|two|three|four|five|several|some|many)"
_NOT_SUBJECT = (r"of|in|on|at|for|from|with|by|to|as|after|before|when|while|since|during|under|among|about|what|which|"
                r"he|she|they|it|we|i|you|his|her|their|its|there|this|that|these|those|whatever|whoever|"
                r"though|although|if|unless|because")
_ANONYMITY = r",?\s+(?:who\s+(?:asked|declined|spoke|requested|did not want)|speaking\s+(?:on condition|anonymously|privately))\b"
_CONTACT = r",\s+(?:reached|contacted|interviewed|speaking\s+(?:by|from|over))\b"  # "residents reached by phone" stay whole
_SPEAKS = rf"(?:{SPEECH}|describe[sd]?|argue[sd]?|acknowledge[sd]?|recall(?:s|ed)?|recount(?:s|ed)?|admit(?:s|ted)?)"


def _asided(aside: str) -> re.Pattern:
    """A description, then an aside, then (after what the aside holds) a speech verb."""
    return re.compile(rf"(?:^|,\s+|[\"”]\s+)({_COUNTED}\s+[^,;\"“”]{{2,80}}?)(?:{aside})[^;]{{1,140}}?,\s+{_SPEAKS}\b")


_BEFORE_ANONYMITY, _BEFORE_CONTACT = _asided(_ANONYMITY), _asided(_CONTACT)
_OPENING_SUBJECT = re.compile(rf"^(?:(?:In|At|From|Near|Contacted by|Reached by|Speaking)\b[^,]{{1,60}},\s+)?"
                              rf"((?:{_COUNTED}\s+)?(?!(?i:{_NOT_SUBJECT})\b)[A-Za-z][^,;\"“”]{{2,120}}?)\s+"
                              r"(?:(?:has|have|had|also)\s+)*(?!(?:records|reports|documents|estimates|notes|states|claims)\b)"
                              rf"{_SPEAKS}\b")
_INVERTED_AT = re.compile(rf"(?:,|[\"”])\s+(?:{INVERTED}|told|recalled|recounted|admitted)\s+")
_AFTER_INVERTED = re.compile(rf"({_COUNTED}\s+[^,;.!?\"“”]{{2,120}}?)(?P<aside>{_ANONYMITY}|{_CONTACT})?(?:,?\s+who\b.*)?"
                             r"[.!?\"”]*$")
_CLOSING = re.compile(rf",\s+((?:{_COUNTED}\s+)?(?!(?i:{_NOT_SUBJECT})\b)[A-Za-z][^,;\"“”]{{1,80}}?)\s+"
                      rf"(?:(?:has|have|had|also)\s+)*{_SPEAKS}[.!?\"”]*$")
_REPORTER = re.compile(r"\b(?i:correspondents?|reporters?)\b")  # the paper's own, who cite the source
_LEADING_TIME = re.compile(r"^(?i:one day|(?:[\w-]+\s+){1,2}(?:later|earlier|ago)|(?:on|last|this)\s+\w+day),?\s+")
# A clause, not a description: "Indian officials dismissed the Chinese number", "Chinese soldiers were"
_CLAUSE = re.compile(r"\b(?:was|were|is|are|had|has|have|would|will|could|did|where|"
                     r"[a-z]+ed\s+(?:the|a|an|his|her|its|their|that))\b|\s(?:and|but|or)$")
_RELATIVE = re.compile(r"\s+(?:who|whose|which|that)\b.*$")
# A body, not a person, by the noun its description is headed by ("The ministry of health, contacted by phone,")
_BODY_HEAD = re.compile(r"\b(?i:ministry|ministries|government|army|company|office|agency|department|command|"
                        r"administration|committee|council|commission)$")
_CLOSE_TO = re.compile(r"\s+close to\b.*$")  # "Analysts close to the government" are analysts

_UNNAMED_ASIDE = re.compile(rf"{_ANONYMITY}.*$")
_CONTACT_AFTER = re.compile(rf"{_CONTACT}.*$")


def _a_body(head: str) -> bool:
    """Whether a description is headed by a body's noun, not a person's."""
    return bool(_BODY_HEAD.search(_CLOSE_TO.sub("", head)))


# "An aid worker who asked not to be named said", "A shopkeeper, speaking on condition of anonymity, told"
_UNNAMED_SAID = re.compile(rf",?\s+(?:who|speaking)\b[^.;]{{1,80}}?,?\s+{SPEECH}\b")


# People a sentence is often about ("crews were ordinary fishermen"): a source only where cited.
_ABOUT = re.compile(rf"\b(?!residents?\b|witnesses\b){GROUND}\b", re.I)  # residents and witnesses: cited as ever


# What follows an inverted "said" with a finite verb is what was said ("Hemedti, 49, said the RSF would …").
_CLAUSE_VERB = re.compile(rf"\b{FINITE}")
_TIME_CLAUSE = re.compile(r"\b(?:after|before|when|while|since|until|because)\b", re.I)
_NAMED_BEFORE = re.compile(r"\s[A-Z]|^(?:the|a|an|its|their)\s")  # not "Barely two months after it"
# What a clause of time at a span's start holds before the subject: lower-case words, one at least.
_AFTER_TIME = re.compile(r"\s+(?>(?:the|a|an|its|their|his|her)\s+)?(?:(?!(?:the|a|an)\b)[a-z][\w'’-]*\s+)+(?=[A-Z])")
_TIME_NOUN = re.compile(r"\b(?:days?|weeks?|months?|years?|hours?|minutes?|moments?|night|morning|evening)$", re.I)
_NAME_FIRST = re.compile(r"(?:(?:the|a|an)\s+)?[A-Z]")  # "…, which was marked, said the Norwegian Refugee Council"
_AUXILIARY = re.compile(r"(?:\s+(?:has|have|had|also|(?!(?:family|ally|assembly|anomaly|supply)\b)[a-z]+ly))+$")  # "Chad's government has repeatedly denied"


NO_SPEAKER = Mention("on_record", -1, -1, "")  # the sentence's registered names rule its cues out


def _uncited_speaker(text: str, matches: list) -> Mention | None:
    """The on-record speaker of a sentence whose registered names all stand where no cited source
    stands: the subject before a relative clause and "said", or the speaker the cues find, with the
    registered source named in it or in its apposition ("Sudan's army said RSF fighters shelled …" is
    the army's, not the RSF's; "senior RSF commanders told" and "…, said X, an RSF commander" the
    RSF's), or the registered name of its kind a description refers back to ("Hezbollah fired …, the
    group said"). Where the cues find no name, the first registered name outside quotations,
    relative clauses and what a verb before it says, often the subject of a verb the cues lack ("The
    Kremlin on Wednesday dismissed …"); else :data:`NO_SPEAKER`, or a pronoun the cues found."""
    registered = [m for m in matches if m.source.label == "on_record"]
    if not registered:
        return None
    cue = _cue("on_record", text)
    if subject := _SUBJECT_CLAUSE.match(text):  # "The Gaza health ministry, which is run by Hamas, said"
        cue = Mention("on_record", 0, subject.end(1), subject.group(1))
    if cue is not None and (back := _BACK.match(cue.text)):  # "Hezbollah fired …, the group said"
        kinds = _BACK_KINDS[back.group(1).lower()]
        earlier = next((m for m in registered if m.end <= cue.start and m.source.kind in kinds), None)
        if earlier is not None:
            return Mention("on_record", earlier.start, earlier.end, earlier.text, earlier.source)
    if (cue is None or not _NOMINAL.search(cue.text) or _SUBORDINATE.search(cue.text)
            or _RELATIVE_BEFORE.search(text, 0, cue.start)):
        quoted = quoted_spans(text)
        main = lead.end() if (lead := _LEADING_CLAUSE.match(text)) else 0
        first = next((m for m in registered if m.start >= main and not IN_RELATIVE.search(text[:m.start])
                      and not _SAID_BEFORE.search(text, main, m.start) and not any(a <= m.start < b for a, b in quoted)),
                     None)
        if first:
            return Mention("on_record", first.start, first.end, first.text, first.source)
        # "…, where it says scores of Houthi fighters died": "it" still refers back to the speaker
        return cue if cue is not None and _PRONOUN.fullmatch(cue.text) else NO_SPEAKER
    inside = [m for m in registered if cue.start <= m.start and m.end <= cue.end]
    if not inside and not _ACCORDING_TO.search(text, 0, cue.start) and (apposition := _APPOSITION.match(text, cue.end)):
        # "…, said X, an IDF spokesman."; not "According to General X, the ELN began …": the claim follows
        inside = [m for m in registered if apposition.start() <= m.start and m.end <= apposition.end()]
    cue.source = inside[0].source if inside else None
    return cue


# A subject described by a relative clause before its verb.
_SUBJECT_CLAUSE = re.compile(rf"^((?:The\s+)?[A-Z][\w'’.-]*(?:\s+(?!(?:when|after|before|while|as|and)\b)[\w'’.-]+){{0,6}}),"
                             rf"\s+(?:which|who)\b[^,]{{1,120}},\s+(?:(?:has|have|had|also)\s+)*{SPEECH}\b")
# A speaker in a relative clause ("…, which Yemen's government announced") or after a leading clause of
# time ("Two days after Israel announced …, Hamas rejected") is not the sentence's.
_SUBORDINATE = re.compile(r"\b(?:which|whom|whose)\b", re.I)
_PRONOUN = re.compile(r"(?i:(?:where|when|as)\s+)?(?i:it|he|she|they|we)")
_RELATIVE_BEFORE = re.compile(r"\b(?:which|whom|that)\s+$")
_LEADING_CLAUSE = re.compile(r"^(?:[\w'’-]+\s+){0,3}?(?:after|before|when|while|since|as|until|once)\b[^,]{1,120},\s+")
_ACCORDING_TO = re.compile(r"\b(?:[Aa]ccording\s+to|[Cc]iting)\s+$")
_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+[^,;.]{1,60}")
# A description that refers back to a source named earlier in the sentence, and the kinds it fits.
_BACK_KINDS = {"group": {"armed_group", "other"}, "movement": {"armed_group", "other"},
               "militia": {"armed_group"}, "paramilitary": {"armed_group", "military"},
               "paramilitaries": {"armed_group", "military"}, "rebels": {"armed_group"},
               "charity": {"ngo"}, "organisation": {"ngo", "other"}, "organization": {"ngo", "other"},
               "agency": {"ngo", "government", "intelligence"}, "army": {"military"}, "military": {"military"},
               "ministry": {"government", "military"}, "government": {"government"}}
_BACK = re.compile(rf"^(?:the|its)\s+({'|'.join(_BACK_KINDS)})$", re.I)


# Whom a speaker told is a listener, not a source ("Ahmed Salem told the ICRC he had been beaten").
_TOLD = re.compile(r"\b(?:told|tells|telling)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_SAID_BEFORE = re.compile(rf"\b{SPEECH}\b")  # "… said its warplanes struck Houthi positions": what was said

# A span names a speaker if it holds a capitalised word or a noun after a determiner ("the
# statement"), not a lone auxiliary ("…, which has documented …").
_NOMINAL = re.compile(r"[A-Z]|\b(?i:the|a|an|its|their|his|her|one|two|three|several|some)\s+\w|"
                      # a bare plural source ("ISWAP fighters killed 12 villagers, police said"): the speaker
                      r"^(?:police|officials|authorities|residents|witnesses|medics|doctors|sources|activists|rescuers|"
                      r"villagers|survivors)$")


# A wire story's dateline, before its first sentence's subject: "BAMAKO, March 12, 2026 (AFP) - ",
# "GAZA CITY (Reuters) - ", "KYIV, Ukraine (AP) — ", "BAMAKO, March 12 — ", "Addis Ababa, November 20,
# 2025 - " (a place in title case only with its date). The agency there cites nothing.
_CAPS = r"[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*"
_TITLED = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
           r"[A-Z][a-z'’.]+(?:-[A-Za-z][a-z'’.]*)*(?:\s+(?:[A-Z][a-z'’.-]+|es|al|el|de|du|la|le)){0,3}")  # "Dar es Salaam", "Port-au-Prince"
# "QUETTA: ", "RAWALPINDI (APP): ": a South Asian dateline, a place in capitals and a colon.
COLON_DATELINE = r"[A-Z]{3,}(?:[\s-][A-Z]{3,})?(?:\s+\([A-Z]{2,10}\))?:\s+"
DATELINE = re.compile(rf"^\W*{_CAPS}(?:,\s+[A-Za-z0-9][^()\n–—]{{0,40}}?)?\s+\([A-Z][^)]{{0,30}}\)\s*[-–—]+(?!\s*[a-z])\s*|"  # not "MSF (…) — which"
                      r"^\W*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+\([A-Z]{2,10}\)\s*[-–—]+\s*(?=[A-Z])|"  # "Mogadishu (SONNA) - "
                      rf"^\W*{COLON_DATELINE}(?=[A-Z])|"
                      rf"^\W*(?:{_CAPS}|{_TITLED}),\s+(?:[A-Z][a-z]+,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+"
                      rf"\d{{1,2}}(?:,\s+\d{{4}})?\s*[-–—]+(?!\s*[a-z])\s*")


def dateline_end(text: str, registry) -> int:
    """Where a wire dateline before a sentence ends ("BAMAKO, March 12 (AFP) - ", "QUETTA: "), 0 if there
    is none; "ISPR: " or "UNICEF: " opening a sentence name its source, no place."""
    found = DATELINE.match(text)
    if found is None or found.end() >= len(text) or (found.group().rstrip().endswith(":") and registry.find(found.group())):
        return 0
    return found.end()


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
        """One mention per label in ``labels`` (a label with no locatable mention is left out);
        a wire dateline before the sentence is passed over."""
        if at := dateline_end(text, self.registry):
            return {label: replace(m, start=m.start + at, end=m.end + at)
                    for label, m in self.find(text[at:], labels).items()}
        matches = self.registry.find(text)
        quoted = quoted_spans(text)
        found: dict[str, Mention] = {}
        for match in matches:
            label = match.source.label
            if label in labels and label not in found and (label != "on_record" or (
                    cited_at(text, match.start, match.end) and not any(a <= match.start < b for a, b in quoted)
                    and not _TOLD.search(text, 0, match.start))):
                found[label] = Mention(label, match.start, match.end, match.text, match.source)
        for match in matches:
            self.last[match.source.label] = match.source
        if "on_record" in labels and "on_record" not in found:
            mention = _uncited_speaker(text, matches)
            if mention is NO_SPEAKER:  # its cues would name what was said
                labels = [label for label in labels if label != "on_record"]
            elif mention is not None:
                found["on_record"] = mention
        for label in labels:
            if label in found:
                continue
            mention = (_anonymous(text, matches, "on_record" not in labels)  # the speaker is on record
                       if label == "anonymous_source" else _cue(label, text))
            if mention is None or label == "on_record" and any(
                    (m.start, m.end) == (mention.start, mention.end) for m in matches):
                continue  # "Al Jazeera, the Qatar-based broadcaster, reported": an outlet, not on record
            if mention.source is None and label == "on_record":
                # "The Syrian Observatory for Human Rights said", labelled on record alone: the monitor speaks
                held = [m for m in matches if mention.start <= m.start and m.end <= mention.end
                        and m.source.label in ("named_monitor", "un_figure") and m.source.label not in labels]
                whole = len(held) == 1 and re.sub(r"^(?i:the)\s+", "", mention.text.strip()) == held[0].text
                mention.source = held[0].source if whole else None
            if mention.source is None and label in REGISTRY_LABELS:
                mention.source = self.last.get(label) if label in {"named_monitor", "pro_regime_outlet",
                                                                   "un_figure"} else None
            found[label] = mention
        return found
