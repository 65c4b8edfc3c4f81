"""The sources each sentence cites (:func:`attributions`), resolved as deep as its text allows:
registry sources, named speakers and monitors, offices, relays and leaks, back-references.

The readers it calls live beside it: :mod:`.cues`, :mod:`.article`, :mod:`.wording`,
:mod:`.documents`, :mod:`.speaker`, :mod:`.offices`, :mod:`.posts` and :mod:`.disputes`."""

from __future__ import annotations

import re
from dataclasses import replace

from ..mentions import _PERSON, CLOSES_ATTRIBUTED, PEOPLE, dateline_end
from ..positions import SPEECH, cited_at, quoted_spans
from ..registry import Registry, Source
from .names import (_COMPOUND, _COMPOUND_NAME, _ISO, _ORGAN, _ORGAN_ALSO, _SOURCE_WORDS, SIDES, _name_words, _same_identity, _state_of_name,
                    _state_word)
from .sides import _NOT_STATES
from ..kinds import headed
from .ranks import rank_office, ranked_officers
from .roles import role_of, role_said
from .titles import unregistered_paper
from .cues import OUTLETS, _BACKREF, _RELAY, _RELAY_HEDGE, _WEAKENS, _doubts, _set_apart, hedges
from .article import Attribution, _Article, _blank, _sources_in
from .wording import (_CARRIED_ON, _FULL_NAME, _IT_SAID, _KIND_OF, _NAME_WORD, _OUTLET_BACK, _OUTLET_NAMED, _REFERS_BACK,
                      _REPORT_OF_OUTLET, _SET_OFF_NAME, _STANCE_NAMED, _STANCE_WORD, _STATEMENT_WORD, _TOLD_OUTLET,
                      _outlet_named, _refers_back)
from .documents import (_DOCUMENTS, _LEAK_CUE, _RECORDINGS, _RELEASED, _WRITTEN_FOR, _document_owner, _document_state,
                        _material, _named_within, _owner, _provenance_elsewhere, _released_by_outlet, _written_by)
from .speaker import (_BODY_WORDS, _CITED_BACK, _CIVIL_HEADS, _IT, _THE_CIVIL, _co_cited, _head, _identity,
                      _identity_words, _speaker)
from .offices import _affiliation, _bare_role, _based_group, _group_of, _monitor, _office, principal_office
from .posts import (_MONITOR_DESCRIBED, _PRONOUN, _SAID_THING, _SPOKESMAN, _THE_BODY, _THE_SPOKESMAN, _a_state_army,
                    _apposed_body, _cited_again, _described_speaker, _fits, _ministry_side, _person_after,
                    _post_holder_of, _registered_in, _spokes_role, _unit_of)
from .disputes import (_OBSERVED, _SPEAKER_GOES_ON, _STATE_OWNED, _apposed_source, _disputed, _group_relays,
                       _publisher_cited, _relaying_monitor, _un_relays)


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


# A registered body that opens a sentence and speaks, past an aside: "Fortify Rights, which interviewed 12
# survivors, said".
_BODY_SAYS = re.compile(rf"(?:,\s+(?:which|who)\s+[^,;]{{1,80}},)?\s+(?:has\s+|had\s+|also\s+)?{SPEECH}\b"
                        r"(?!\s+(?:to|of|by)\b)")  # not "Hamas said to have accepted", "Wagner accused of"


def _body_speaks(text: str, matches: list) -> Source | None:
    """The registered body, no outlet, that is the subject of a sentence's speech verb, else None."""
    lead = matches[0] if matches else None
    if lead is None or lead.source.label in OUTLETS or lead.source.kind in ("outlet", "news_agency", "state_media") \
            or not re.fullmatch(r"\W*(?:[Tt]he\s+)?", text[:lead.start]) or not _BODY_SAYS.match(text, lead.end):
        return None
    return lead.source


# A monitor referred back to: "according to the monitor", "the Britain-based group said".
_MONITOR_BACK = re.compile(r"\b(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:monitor|observatory|group|network|project|tally|count|"
                           r"watchdog|tracker|organi[sz]ation|foundation)\b", re.I)
# Another named speaker in the sentence: "…, while Rami Abdel Rahman said 30 civilians died"
_NAMED_SAYS = re.compile(rf"\b[A-Z][\w'’-]+\s+(?:has\s+|had\s+)?{SPEECH}\b")
def _monitor_slip(text: str, labels: list[str], found: dict[str, Source], matches: list) -> bool:
    """Whether a monitor label (with no monitor found) beside a label whose source the sentence names is
    the model's slip: no monitor named or referred back to, and no other named speaker who could be one."""
    return (len(labels) > 1 and bool(set(found) & set(labels)) and not _monitor(text) and not _MONITOR_BACK.search(text)
            and all(any(m.start <= x.start() < m.end for m in matches) for x in _NAMED_SAYS.finditer(text)))


# A bloc or body of states other than the UN ("the EU mission", "the OSCE's monitors"), and the UN named.
_OTHER_BLOC = re.compile(r"\b(?:EU|European\s+Union|OSCE|African\s+Union|AU|ECOWAS|IGAD|SADC|NATO|Arab\s+League|ASEAN)\b")
_UN_NAMED = re.compile(r"\b(?:UN|U\.N\.|United\s+Nations)\b")
_ADDRESSED = re.compile(r"\b(?:urged|told|asked|called\s+on|appealed\s+to|wrote\s+to|briefed|met|to|with|from|by|before)\s+"
                        r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)


def _bloc_slip(text: str, labels: list[str], found: dict[str, Source], matches: list) -> str:
    """The label in place of a UN label the model gave a sentence that names another bloc's body and no UN
    one: a registered body's own label ("the European Union Monitoring Mission in Armenia said"), else
    on the record ("The EU mission said"); "" where the UN label stands."""
    bloc = _OTHER_BLOC.search(text)
    if "un_figure" not in labels or "un_figure" in found or not bloc or _UN_NAMED.search(text) \
            or any(m.source.kind == "un_body" for m in matches) or _ADDRESSED.search(text, 0, bloc.start()) \
            or not re.search(rf"\b{SPEECH}\b", text[bloc.end():bloc.end() + 80]):
        return ""  # not "Albanese urged the EU to …", "The Secretary-General told African Union leaders": addressed
    other = {m.source for m in matches if m.source.kind in ("monitor", "other")}
    return next(iter(other)).label if len(other) == 1 else "on_record"


# A group described by its tie to another: "the al-Qaeda affiliate", "the Islamic State offshoot".
_AFFILIATE = re.compile(r"[Tt]he\s+(?:[\w'’-]+\s+){1,3}(?:affiliate|offshoot|franchise|proxy)")
# Groups of a kind, none of them named: "aid groups", "human rights organisations".
_KIND_PLURAL = re.compile(r"(?:(?:[Ll]ocal|[Ii]nternational|[Hh]uman|[Hh]umanitarian|[Aa]id|[Rr]elief|[Rr]ights|[Mm]onitoring)\s+)+"
                          r"(?:groups|organi[sz]ations|agencies|NGOs|monitors|campaigners)")


def _may_be(description: str, source: Source | None) -> bool:
    """Whether an on-record description ("the ministry", "he", "the city's hospital") may refer back to
    ``source``: a body, speaker or document word ("the investigation") may be any source named before;
    any other ("the hospital" after "The LNA did not respond") only one whose names share its words."""
    words = re.findall(r"[a-z]+", description.lower())
    if _a_state_army(description, source):
        return False
    return (bool(words) and words[-1] in _BODY_WORDS | _ORGAN | _ORGAN_ALSO | _SOURCE_WORDS
            or bool(_REFERS_BACK.search(description)) or _fits(description, source))  # "the investigation": its work


# Any word a leak sentence may name its material or its leaking by ("voice messages posted on WhatsApp").
_ANY_LEAK_WORD = re.compile(rf"\b(?:{_LEAK_CUE}|{_RECORDINGS}|{_DOCUMENTS}|messages?|voice\s+notes?|texts?|posted\s+(?:on|to)|"
                            r"conversations?|exchanges?|screenshots?|correspondence|wiretap\w*|eavesdrop\w*|bugged|"
                            r"tapped|overheard|chats?|WhatsApp|Telegram|Signal|photo\w*|pictures?|images?|imagery|"
                            r"satellite)\b", re.I)
# Where a registered outlet stands as the one a leak went to: "leaked to the ", "first published by ".
_LEAKED_TO = re.compile(r"\b(?:leaked|given|passed|handed|sent|provided|obtained|seen|reviewed|published|posted|aired|"
                        r"broadcast|shared)\s+(?:first\s+)?(?:to|by|with)\s+(?:the\s+)?$", re.I)
# A body named again by its head word alone, of those a state and others name alike.
_THE_BODY_SAID = re.compile(r"[Tt]he\s+(ministry|commission|agency|council|committee|directorate|authority)")
# Who reports a document at the sentence's start, and that the document was seen or obtained by whoever reports it.
_REPORTS_DOCUMENT = re.compile(r"^\W*(?P<who>(?:The\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:also\s+)?"
                               r"(?:reported|said|wrote|revealed)\s+(?:on\s+\w+\s+)?that\s+(?:an?|the)\s+")
_SEEN = re.compile(r"\b(?:(?:it|they|he|she)\s+(?:had\s+|has\s+)?(?:seen|obtained|reviewed)|seen\s+by|obtained\s+by)\b")
# A body described by its kind that may release material it holds: "The military also released …".
_MAY_RELEASE = re.compile(r"(?i:the)\s+(?:military|army|police|ministry|government|army's\s+press\s+office)")
# Who tells an outlet, right before "told": '"…," Chan told', "…, Akot Chan told".
_TELLER = re.compile(r"(?:^|[\"”’,]\s*)(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s+$")


# A state's own force or ministry named as a source ("a Kosovo police spokesman", "Kosovo's police"), and
# the same organ named bare ("police said", "according to the police").
_STATE_ORGAN = re.compile(r"\b(police|army|military|navy|gendarmerie|coast\s+guard|border\s+guards?|interior\s+ministry|"
                          r"defen[cs]e\s+ministry)\b", re.I)
_BARE_ORGAN = re.compile(r"(?:the\s+)?(police|army|military|navy|gendarmerie)", re.I)
# A person introduced with a description in a sentence that cites no one: "Zurab Maisuradze, the village trustee, stood …".
_INTRODUCED = re.compile(rf"^\W*({_PERSON}),\s+(?:\d{{1,3}},\s+)?(?:a|an|the)\s+[a-z][^,;]{{2,60}},\s+(?!{SPEECH}\b)[a-z]")
_BARE_ACRONYM = re.compile(r"(?:[Tt]he\s+)?([A-Z]{2,6})")


# A state's own news agency by its name ("National News Bureau of Thailand", "Radio Television of Kosovo"); not a
# channel named for a country it covers ("Syria TV"), nor a public broadcaster ("Australian Broadcasting
# Corporation") or a wire ("Agence France Presse") that answers to no government.
_STATE_AGENCY = re.compile(r"\b(?:News\s+(?:Agency|Bureau)|Radio\s+Television)\b")


def _state_agency(publisher: str, registry: Registry | None = None) -> str | None:
    """The state whose own news agency ``publisher`` is, by its name, else None: in its articles an
    office that names no state ("the spokesman", "police") is its state's. A publisher the registry holds as a
    state's media (Agence Kampuchea Presse, RT) is its state's by the registry."""
    if not publisher:
        return None
    registered = {m.source for m in registry.find(publisher)} if registry is not None else set()
    if registered:
        source = registered.pop()
        return _ISO.get(source.country) if source.kind == "state_media" and not registered else None
    if not _STATE_AGENCY.search(publisher):
        return None
    states = {_COMPOUND.get(m.group(1).lower()) for m in _COMPOUND_NAME.finditer(publisher)} | {
        state for word in re.findall(r"[A-Za-z][\w'’-]*", _COMPOUND_NAME.sub(" ", publisher)) if (state := _state_word(word))}
    return states.pop() if len(states) == 1 and None not in states and not states & SIDES else None


def _organ_state(name: str, office: str, speaks_for, article: _Article, identity: str = "") -> str:
    """``office``, or, for an organ named bare ("police said") that its article cited before as one
    state's ("a Kosovo police spokesman said"), that state: the article has told whose it is. A
    state's organ named as a source is remembered for the rest of the article, and so is a state's
    body known by the acronym the article gave it ("the SSG", after "Georgia's State Security
    Service (SSG)", whose ``identity`` is "ssg")."""
    if office == "?" and speaks_for is None and (bare := _BARE_ORGAN.fullmatch(name)):
        return article.organ_states.get(bare.group(1).lower(), office)
    if office in ("", "?") and speaks_for is None and (acronym := _BARE_ACRONYM.fullmatch(name)):
        return article.organ_states.get(acronym.group(1), office)
    if re.fullmatch(r"[a-z]{2,6}", identity) and identity not in _name_words(name) and speaks_for is None and (
            state := office if office not in ("", "?") else _state_of_name(name)):
        article.organ_states[identity.upper()] = state
    if (found := _STATE_ORGAN.search(name)) and (state := office if office not in ("", "?") else _state_of_name(name)) \
            and state not in SIDES:
        article.organ_states[found.group(1).lower()] = state
    return office


def _named_before(speaker: tuple[str, str], article: _Article) -> str:
    """The full name ("Akot Mabior Chan") the article gave before to a speaker it now names by one word
    ("Chan"), else ""."""
    if not re.fullmatch(r"[A-Z][\w'’-]+", speaker[1]):
        return ""
    # the last such name ("Tarhouni" after "Mohamed al-Tarhouni": one name, spelt with or without its particle)
    named = [*(name for _, _, name in article.offices.values()), *(name for _, name in article.affiliations.values()),
             article.speaker[1]]
    return next((name for name in reversed(named) if len(_NAME_WORD.findall(name)) > 1 and (
        _named_within(speaker[1], name) or _same_identity(speaker[0], _identity(name)))), "")


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
    if "leaked_recording" in labels and not article.material and not article.recipients and not _material(sentence["text"]) \
            and not _ANY_LEAK_WORD.search(sentence["text"]):
        # "Each side says the other fired first: Yerevan says …": no leak named here or before in the
        # article, no material, no cue: the model's slip, no leak to count
        labels = [x for x in labels if x != "leaked_recording"]
        sentence = {**sentence, "labels": labels}
    found = _sources_in(sentence, registry)
    matches = registry.find(sentence["text"])
    if labels and set(labels) <= set(OUTLETS) and not set(found) & set(labels) and (
            body := _body_speaks(sentence["text"], matches)) is not None:
        # "Fortify Rights, which interviewed 12 survivors, said …": the registered body that opens the
        # sentence speaks, on the record, though the model read the aside as a news report
        labels, found = ["on_record"], {**found, "on_record": body}
        sentence = {**sentence, "labels": labels}
    if bloc := _bloc_slip(sentence["text"], labels, found, matches):
        # "The EU mission said …": a bloc's body the model took for a UN one
        labels = list(dict.fromkeys(bloc if x == "un_figure" else x for x in labels))
        sentence = {**sentence, "labels": labels, "sources": [{**m, "label": bloc} if m.get("label") == "un_figure" else m
                                                              for m in sentence.get("sources", [])]}
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
    told = _TOLD_OUTLET.search(sentence["text"]) if read is not None and "on_record" not in labels else None
    teller = _TELLER.search(sentence["text"], 0, told.start()) if told and not read[1] else None
    if teller:
        read = (_identity(teller[1]), teller[1])  # '"…," Chan told Radio Tamazuj.': the cues read no one after a quote
    # the outlet right after "told", or after a word the pattern took for a demonym ("told Sudan Tribune")
    if (told and any(told.start() < m.start <= told.start("outlet") for m in matches)
            and (_FULL_NAME.search(read[1]) or _named_before(read, article)
                 or teller and not _state_of_name(read[1]) and read[1].lower() not in _SOURCE_WORDS)
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
        outlets += [m.source for m in matches if m.source.label in OUTLETS and m.source not in outlets
                    and _LEAKED_TO.search(sentence["text"], 0, m.start)]  # "leaked to the Haaretz newspaper"
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
        if label == "named_monitor" and label not in found and label not in spans and _monitor_slip(
                sentence["text"], labels, found, matches):
            continue  # "Houthi-run Al-Masirah TV showed footage …", after a monitor's count: the model's slip, as above
        source, speaker, office, affiliation, full_name = resolve(label), ("", ""), "", "", ""
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
            if speaker and (_AFFILIATE.fullmatch(speaker[1]) and any(named.kind == "armed_group" for _, named, _ in article.named)
                    or _KIND_PLURAL.fullmatch(speaker[1]) and set(labels) - {"on_record", *OUTLETS}):
                # "The al-Qaeda affiliate claimed …" after an armed group was named: that group, not al-Qaeda;
                # "Aid groups have warned …, and a UN-backed assessment counts …": groups of a kind beside
                # another source (alone, "Aid agencies say …" is an origin of its own, as the graders count it)
                speaker = ("", speaker[1])
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
            elif (not speaker[0] and (organ := _THE_BODY_SAID.fullmatch(speaker[1])) and article.speaker[0]
                  and article.speaker[1].split()[-1].lower() == organ[1].lower() and len(article.speaker[1].split()) > 2
                  and article.spoke_at >= sentence.get("index", 0) - 2):
                speaker = article.speaker  # "the ministry said", right after "The Palestinian Health Ministry said"
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
            if speaker[0] and not source and (body := _post_holder_of(
                    sentence["text"], speaker[0], matches, {found.get(x) for x in labels})) is not None:
                # "…, SFHR director Karim Awad told Mada Masr": the body's, though its label was not given
                source = body
                article.offices[speaker[0]] = ("", body, speaker[1])
            if speaker[1]:
                office, speaks_for, organ = _office(sentence["text"], speaker[1], registry)
                office = _organ_state(speaker[1], office, speaks_for, article, speaker[0])
                if not speaks_for and office == "?" and not speaker[0] and (home := _state_agency(article.carrier, registry)):
                    office = home  # "the spokesman said", "police said" in Thailand's news bureau
                if office == "?" and _bare_role(sentence["text"], speaker[1]) and article.speaker[1]:
                    # "Yolande Makolo, the spokeswoman, said", after "Rwanda's government said"
                    office = _state_of_name(article.speaker[1]) or article.offices.get(article.speaker[0], ("?",))[0] or "?"
                if not speaks_for and office in ("", "?"):
                    speaker, office, organ = _ministry_side(sentence["text"], speaker, office, organ, article)
                if not (office or speaks_for):
                    office = principal_office(sentence["text"], speaker[1], registry)
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
                full_name = _named_before(speaker, article)  # "Kuol said", after "Deng Ajak Kuol": as others name him
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
                                        or _group_of(sentence["text"], speaker[1], sentence.get("index", 0), article, matches)
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
            named = _monitor(sentence["text"], registry)
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
                               apart=_set_apart(label, labels, unnamed), unnamed=unnamed, full_name=full_name))
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
    # (the anchored match first: this is read for every sentence)
    if not leak and (reporter := _REPORTS_DOCUMENT.match(sentence["text"])) and _SEEN.search(sentence["text"]) \
            and (state := _document_state(sentence["text"])) and not _state_of_name(reporter["who"]) \
            and not _name_words(reporter["who"]) & (_ORGAN | _ORGAN_ALSO) \
            and all(m.source.label in OUTLETS for m in registry.find(reporter["who"])):
        # "CivilNet also reported that an internal Armenian defence ministry report it had seen found …": the
        # state's own document, which the outlet passes on, read as on the record as the model read it
        out = [Attribution("on_record", None, state.lower(), state, via=(reporter["who"],), hedged=a.hedged,
                           carrier=article.carrier, office=state)
               if a.type == "on_record" and a.source is None and a.speaker_name == reporter["who"] else a for a in out]
    if leak:
        candidates = [a for a in out if a.type not in (*OUTLETS, "leaked_recording", "anonymous_source")
                      and (a.source or a.speaker or a.apart == cited_intelligence != ""
                           or _RELEASED.search(sentence["text"]) and _MAY_RELEASE.fullmatch(a.speaker_name))]
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
    out = _relaying_monitor(sentence["text"], _co_cited(sentence["text"], kept, matches, article.carrier), article.carrier)
    out = _group_relays(sentence["text"], _un_relays(sentence["text"], out, matches), matches)
    out = _disputed(sentence["text"], out, registry, article.carrier)
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
    if not labels and (person := _INTRODUCED.match(sentence["text"])) and (identity := _identity(person.group(1))):
        # "Zurab Maisuradze, the village trustee, stood at his gate." then '"…," he said.': he speaks next
        article.speaker, article.spoke_at = (identity, person.group(1)), sentence.get("index", 0)
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
