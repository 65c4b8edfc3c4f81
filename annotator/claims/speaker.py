"""Who speaks in a sentence (:func:`_speaker`): the named person or body before or after the speech
verb, and the identity words by which two spans name one speaker."""

from __future__ import annotations

import re

from ..mentions import _CLOSING_SAID, _PEOPLES_CLAIMS, NAME_DESCRIBED
from ..positions import SPEECH, closing_speaker, quoted_spans
from ..registry import Registry
from .names import _COMPOUND, _COMPOUND_NAME, _ORGAN, _ORGAN_ALSO, _PORTFOLIO, _SOURCE_WORDS, _name_words, _state_of_name
from .apposition import apposed_name
from .institutions import whole_name
from .cues import OUTLETS, _BACKREF, _CITING
from .article import Attribution, _blank
from .wording import (_ACCORDING, _CARRIED_ON, _NAMED, _NAME_WORD, _NOT_NAMES, _OWNED_ROLE_NAME, _OWNED_SUBJECT,
                      _ROLE_THEN_NAME, _STATEMENT_FROM, _SUBJECT, _TAIL)
from .documents import _MATERIAL_HEAD, _PREPOSITION


# A ministry named by the portfolios it holds, listed with commas: "The Ministry of Social Welfare, Relief
# and Resettlement said".
_CAPS = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
_PORTFOLIOS = re.compile(rf"^\W*(?:[Tt]he\s+)?(Ministry\s+of\s+{_CAPS}(?:,\s+{_CAPS})+,?\s+and\s+{_CAPS})"
                         rf"(?=\s+(?:has\s+|had\s+|also\s+)?{SPEECH}\b)")
# (not a list of bodies: "The Ministry of Health, Emergency Lawyers and Sudan Doctors Network said")
_BODY_IN_LIST = re.compile(r"\b(?:Network|Lawyers|Doctors|Committee|Council|Association|Union|Group|Forces|Army|Front|"
                           r"Movement|Organi[sz]ation|Watch|Society|Agency|Crescent|Cross)\b")

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
    if _PEOPLES_CLAIMS.match(blanked) and _CLOSING_SAID.search(text):
        named = subject = None  # "Tajik claims that … are not true, the Kyrgyz border service said": "claims" a noun
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
    if (listed := _PORTFOLIOS.match(blanked)) and not _BODY_IN_LIST.search(listed.group(1)):
        span = listed.group(1)  # "The Ministry of Social Welfare, Relief and Resettlement said"
    elif closing := closing_speaker(blanked):  # "The Ombudsman's Office has confirmed …, the front said."
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
    elif owned_role := _OWNED_ROLE_NAME.match(blanked):
        span = owned_role["name"]  # "Iran's foreign ministry spokesman Nasser Kanaani condemned …"
    elif mention and _BACKREF.match(mention) and len(mention.split()) == 1:
        return None
    elif not mention and (released := _RELEASED_BY.search(blanked)) and _heads_organ(released.group(1)):
        span = released.group(1)  # "…, according to intercepted radio traffic released by Mozambique's defence ministry"
    else:  # the finder's span can be "deliveries"
        mention = _counted_by(mention)
        span = apposed_name(blanked, mention, registry) or (mention if _sourcelike(_TAIL.sub("", mention)) else "")
    span = _RELATIVE_LEAD.sub("", _OPENER.sub("", apposed_name(blanked, span, registry) or span))
    span = _ADVERB_AFTER.sub("", _past_title_state(blanked, span))  # "The ministry in Tbilisi again denied"
    span = _person_of(blanked, span, registry)
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
# An adverb after a speaker's name is no part of it ("The ministry in Tbilisi again denied").
_ADVERB_AFTER = re.compile(r"\s+(?:again|also|later|earlier|then|too|previously|repeatedly|quickly|swiftly|immediately|"
                           r"firmly|flatly|strongly|categorically|promptly)$")
# A person named with the body he is of, before it: "Dr. Nato Tsiklauri of Gori Regional Hospital told".
_PERSON_OF = re.compile(r"(?:^|[,;:]\s+|\.\s+)((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){1,3})"
                        r"\s+of\s+(?:the\s+)?$")


def _person_of(text: str, span: str, registry: Registry) -> str:
    """The person where the span is an unregistered body he is "of" ("Dr. X of Gori Regional
    Hospital"): he speaks, his body is his affiliation; else ``span`` (a registered body speaks
    through him: "Ahmed Suleiman of the Sinai Rights Observatory")."""
    at = text.find(span)
    person = _PERSON_OF.search(text[:at]) if at > 0 else None
    if person is None or _name_words(person.group(1)) & (_SOURCE_WORDS | _NOT_PERSON) or registry.find(span) \
            or _name_words(span) <= _ORGAN | _ORGAN_ALSO | _PORTFOLIO:  # "X of the Interior Ministry": the ministry's voice
        return span  # not "Members of the Council", "The Ministry of Health"
    return person.group(1)


_ORG_NOUNS = frozenset("""union association society federation railway railways company bank church council committee
party university club chamber institute foundation congress league""".split())
_NOT_PERSON = frozenset("members member residents families relatives people part most many some all none each one".split())
# A title's state run into the name after it: "Foreign Minister of the Republic of South Ossetia Zaur Bagayev".
_TITLE_OF = re.compile(r"\b(?:Minister|President|Ambassador|Secretary|Chairman|Speaker)(?:\s+(?:of|for)\s+(?:[A-Z][\w-]*\s+){1,2}"
                       r"(?:and\s+[A-Z][\w-]*\s+)?)?\s*of\s+"
                       r"(?:the\s+)?(?:Republic\s+of\s+)?$")


def _past_title_state(text: str, span: str) -> str:
    """The name alone where a title's state runs into it ("… Minister of Armenia Ararat Mirzoyan"
    is Ararat Mirzoyan, whose title :func:`offices._office` reads), else ``span``."""
    at = text.find(span)
    if at <= 0 or not _TITLE_OF.search(text[:at]):
        return span
    words = span.split()
    for k in range(min(3, len(words) - 2), 0, -1):  # the state's words, then a name of two words at least
        if all(w[:1].isupper() for w in words[:k + 2]) and _state_of_name(" ".join(words[:k])) and len(words) - k <= 3 \
                and not _name_words(" ".join(words[k:])) & (_SOURCE_WORDS | _ORG_NOUNS):
            return " ".join(words[k:])
    return span


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


# Two sources cited together: "according to US Central Command and Britain's Ministry of Defence",
# "Human Rights Watch and Amnesty International said" (the first named whole: not "MSF teams in Sudan
# and Chad", "data for Burkina Faso and Mali").
_FIRST = r"(?P<first>(?:the\s+)?[A-Z](?:(?!\s(?:in|for|on|at|between|from|over|about|across|with)\s)[^,;]){1,60}?)"
_BOTH = rf"{_FIRST}\s+and\s+(?P<second>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){{0,5}})"
_CITED_TOGETHER = (re.compile(rf"\baccording\s+to\s+{_BOTH}\W*$"),
                   re.compile(rf"^\W*{_BOTH}\s+(?:both\s+)?(?:said|say|says|reported|announced|confirmed)\b"),
                   re.compile(rf",\s+{_BOTH}\s+(?:both\s+)?(?:said|say|reported|announced|confirmed)\W*$"))


# States as the subject of a stance each takes: "Mali and Niger, Burkina Faso's allies in the AES,
# condemned the attack", "Britain, France and Germany condemned" (not what they say together, "Denmark and
# Sweden told the UN Security Council", nor their rejection of what is claimed, "Rwanda and Uganda have
# rejected the findings").
_A_STATE = r"(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
_STATES_SUBJECT = re.compile(rf"^\s*(?P<states>{_A_STATE}(?:,\s+{_A_STATE})*,?\s+and\s+{_A_STATE})(?:,\s+[^,;]{{1,80}},)?\s+"
                             r"(?:have\s+|has\s+|both\s+|all\s+)?(?:condemned|welcomed|praised|hailed)\b"
                             r"(?!\s+(?:the|these|those|its|their)\s+(?:[\w-]+\s+)?(?:reports?|findings|accusations?|"
                             r"allegations?|claims?|accounts?)\b)")


def _stance_states(text: str, matches: list) -> list[str]:
    """The states a sentence opens with as the subject of a stance each takes, in order, where it
    names two or more and nothing but states ("Serbia and Montenegro" was one), else none."""
    subject = _STATES_SUBJECT.match(text)
    if not subject or any(m.start < subject.end() for m in matches) or subject["states"].lower() in _COMPOUND:
        return []
    names = re.split(r",?\s+and\s+|,\s+", subject["states"])
    states = [_state_of_name(name) for name in names]
    return names if all(states) and len(set(states)) == len(states) else []


def _co_cited(text: str, out: list[Attribution], matches: list, carrier: str) -> list[Attribution]:
    """``out`` with the second of two sources a sentence cites together, where the first is a
    registered source it cites and the second a registered source (no outlet) or a state's organ
    ("Britain's Ministry of Defence"): each one origin, where the sentence would give the first alone;
    and with two states that each take a stance as two origins."""
    states = _stance_states(text, matches)
    if states:
        # each state one origin, in place of a nameless speaker or the clause the cues took for one
        # ("condemned the Barsalogho attack but"); a speaker named after it stays
        return [*(a for a in out if a.type != "on_record" or a.source is not None or a.speaker_name[:1].isupper()),
                *(Attribution("on_record", None, name.lower(), name, carrier=carrier, office=_state_of_name(name))
                  for name in states)]
    both = next((found for pattern in _CITED_TOGETHER if (found := pattern.search(text))), None)
    if not both:
        return out
    cited = {a.source for a in out if a.source is not None}
    first = [m.source for m in matches if both.start("first") <= m.start and m.end <= both.end("first")]
    second = [m for m in matches if both.start("second") <= m.start and m.end <= both.end("second")]
    if first and second and len(first) == 1 and first[0] not in cited and first[0].label not in OUTLETS \
            and second[0].source in cited and not any(a.disputes for a in out):
        # "The ICRC and the Syrian Arab Red Crescent said": the label went to the second
        return [*out, Attribution(first[0].label, first[0], carrier=carrier)]
    if not first or first[-1] not in cited or any(a.disputes for a in out):
        return out
    if second and second[0].source not in cited and second[0].source.label not in OUTLETS and second[0].start == (
            both.start("second") + (4 if both["second"].lower().startswith("the ") else 0)):
        source = second[0].source
        return [*out, Attribution(source.label, source, carrier=carrier)]
    name = re.sub(r"(?<![A-Z]\.[A-Z])\.$", "", both["second"])  # not the dot of "U.S."
    if not second and (state := _state_of_name(name)):
        return [*out, Attribution("on_record", None, _identity(name), name, carrier=carrier, office=state)]
    return out
