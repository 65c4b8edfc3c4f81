"""Independent origins of a claim (:func:`claim_origins`) from its mentions' attributions."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache
from dataclasses import replace

from ..registry import Registry, Source
from ..scoring import Origin
from ..kinds import kinds_of
from .article import Attribution
from .cues import _PLURAL_OFFICIALS, counted_apart, OUTLETS
from .offices import _NUMBERED_UNIT
from .posts import _a_state_army
from .names import (_COMPOUND, _COMPOUND_NAME, _ISO, _NAME_TOKEN, _ORGAN, _ORGAN_ALSO, _ROLE_WORDS, SIDES, _initials_of,
                    _name_words, _root, _same_identity, _same_name, _source_state, _state_of_name, _state_word,
                    state_name)

_DEFAULT_LEANING = {"pro_regime_outlet": "pro_regime", "un_figure": "international"}


def claim_origins(items: list[Attribution], registry: Registry, recipients: set[str]) -> list[dict]:
    """Independent origins of one claim from its mentions' attributions.

    Counted once: every leak (leaked recordings or documents about one event are one origin,
    whichever outlets carried them); sources with the same registry root; speakers with the same
    name (or one name's words within the other's, or within a registered source's name or alias);
    organs of one state (its government, ministries, army, its capital or seat of government
    standing for it; an office holder, spokesman or officer named by rank, or an organ, that
    names no country, where the claim's origins name one state, and together where they name no
    state and at most one such office holder is named); a named spokesman, head or
    commander of a group and the group ("TPNPB spokesman Titus Magai" and "the TPNPB"); a spokesman
    of an organ named without a country and the one origin naming that organ ("air force spokesman
    Yuriy Ihnat" and "Ukraine's Air Force"); a leak and
    the named source that released it or whose own internal document it is; an
    outlet that relays another origin of the claim or received its leak (it is that origin's
    channel); unnamed sources through the same channel.
    Sources that only dispute the claim (:func:`disputers`) are left out.
    Unnamed sources ("officials said", "a spokesman said", "a source told SANA", unresolved
    back-references) add no origin where the claim names one or cites a leak, and are one origin
    per kind (:func:`_kind`, :mod:`annotator.kinds`: people on the ground, medical staff, diplomats,
    analysts, officials of one state, ...) where it names none: nothing in the text shows that
    sources of one kind are independent, and overstating independence is the error a reader cannot see (on the
    development stories, counting them per outlet over-counted most claims). The exception is an
    anonymous source the text sets apart: people on the ground, medical or aid staff, community
    figures, activists, analysts, one official, officer, diplomat or "source", or officials of a
    named state where every named origin's state is known, cited by a sentence that cites no other
    kind of source. Those are one origin per kind beside the named
    ones, unless the description makes them a named origin's own people (:func:`_belongs`). A
    state's intelligence service or assessment that a sentence reports with no named speaker
    ("Colombian military intelligence has concluded …, according to the weekly Enfoque") is an
    origin of its own, beside its state's ministries, unless a named origin is that intelligence
    agency.
    """
    # a state's outlet reporting what its own state denies is not that state's voice in this claim
    denied_owners = {x for a in items if a.disputes for x in (a.source and _root(a.source, registry).name, _state(a)) if x}
    items = [a for a in items if not a.disputes]
    channels = set(recipients) | {v for a in items for v in a.via} | {
        name for a in items if a.type in OUTLETS and not a.via and (name := a.source.name if a.source else a.speaker_name)
        and any(_publishes(name, m) for m in items if m.type not in OUTLETS)}
    groups: list[list[tuple[Attribution, bool]]] = []

    def join(same, attribution: Attribution, relay: bool = False) -> None:
        for g in groups:
            if same(g[0][0]) or (attribution.speaker and any(
                    m.speaker and not folded and _same_speaker(m, attribution) for m, folded in g)):
                # "Hrytsenko", after "Col. Mykola Hrytsenko" joined his army; "Houthi health ministry
                # spokesman Hamdan al-Qudaimi" (the Houthis) after "Ministry spokesman Hamdan al-Qudaimi"
                g.append((attribution, relay))
                return
        groups.append([(attribution, relay)])

    def root(a: Attribution) -> str | None:
        return _root(a.source, registry).name if a.source else None

    # named and relayed attributions first, so bare outlets, UN bodies that relay and unnamed sources can join them
    def relays_elsewhere(a: Attribution) -> bool:  # a UN body that relays an origin of the claim in another mention
        return a.type == "un_figure" and a.source is not None and not a.via and not a.observed and a.source.name in channels

    # (an outlet a state or side runs speaks for it, and is sorted with the named: "WAFA reported" is the
    # Palestinian state's, which "a Palestinian security official" may join)
    for a in sorted(items, key=lambda a: (a.type in OUTLETS and not a.via and not owned_outlet(a) or relays_elsewhere(a),
                                          a.source is None and not a.speaker and a.type != "leaked_recording",
                                          not _role_only(a))):  # "the mayor" before "officials", who may fold into it
        if a.type == "leaked_recording":
            join(lambda h: h.type == "leaked_recording", a)
        elif (a.type in OUTLETS and not a.via or relays_elsewhere(a)) and (
                name := a.source.name if a.source else a.speaker_name) in channels:
            # an outlet that relays an origin or received its leak (one the registry lacks by its name);
            # a UN body that relays an origin's figure elsewhere in the claim ("OCHA, citing the ministry")
            relays = [g for g in groups if any(name in m.via or _publishes(name, m) for m, _ in g)
                      or (g[0][0].type == "leaked_recording" and name in recipients)]
            if relays:
                relays[0].append((a, True))
            elif a.source:
                join(lambda h: root(h) == root(a), a)
            else:
                join(lambda h: _same_speaker(h, a), a)
        elif owned_outlet(a) and (root(a) in denied_owners or _state(a) in denied_owners):
            join(lambda h: h.source is not None and h.source.name == a.source.name, a)  # "State TV reported …", denied
        elif a.source:
            # media a body runs (its parent: Zvezda, MRTV, Radio Okapi) are its own voice: scored as it
            join(lambda h: root(h) == root(a) or _speaker_is(h, a.source) or _same_state(h, a), a,
                 relay=owned_outlet(a))
        elif a.speaker:
            join(lambda h: _same_speaker(h, a) or (h.source is not None and _speaker_is(a, h.source))
                 or _same_state(h, a) or _spelt_out(a.speaker_name, h.speaker_name)
                 or _spelt_out(h.speaker_name, a.speaker_name), a)
        elif a.via and a.type in OUTLETS:
            join(lambda h: h.type != "leaked_recording" and bool(set(h.via) & set(a.via)), a)
        elif a.type == "on_record" and a.office not in ("", "?") and not a.apart:
            # "police said", where the article told whose police they are: that state's, with its other organs
            join(lambda h: _same_state(h, a), a)
        else:  # unnamed: nothing shows it is independent of a named origin, so it adds none
            named = [g for g in groups if g[0][0].source or g[0][0].speaker or g[0][0].type == "leaked_recording"]
            roles = [g for g in groups if _role_only(g[0][0])] if not _role_only(a) else []
            # a role's own people fold into it ("a military official" beside "the army", "a hospital official"
            # beside "the hospital director"), as may one official of no kind, who names nothing to tell them apart by
            own = [g for g in named + roles if a.apart and (_belongs(a.apart, g, registry) or g in roles and (
                kinds_of(a.apart) <= {"official"} or kinds_of(a.apart) & kinds_of(g[0][0].speaker_name)))]
            if a.apart and not own and _PLURAL_OFFICIALS.search(a.apart) and not counted_apart(a.apart) and any(
                    not any(m.source or _state(m) or m.type == "leaked_recording" for m, _ in g) for g in named + roles):
                own = named + roles  # "Kuwaiti officials" beside "the Ministry of Health": likely its own
            if own:
                own[0].append((a, True))
            elif a.apart and (named or roles):  # residents, or one official, set apart from the named: one origin per kind
                join(lambda h: bool(h.apart) and _same_kind(h, a, registry), a)
            elif named and a.office == "?" and all(
                    any(m.source is not None and _a_state_army(a.speaker_name, m.source) for m, _ in g) for g in named):
                # "The army said", some state's, beside only the Arakan Army or the BLA: no part of that group
                join(lambda h: h.office == "?" and not h.speaker and h.source is None, a)
            elif named and (a.office == "?" or _bare_organ(a)) and _BARE_FORCE.fullmatch(a.speaker_name) and all(
                    _no_organ(m) for g in named for m, _ in g):
                # "according to the police" beside only EULEX or a rights group: some state's organ, no part of theirs
                join(lambda h: h.office == "?" and not h.speaker and h.source is None, a)
            elif named and _STATE_SEAT.fullmatch(a.speaker_name) and all(
                    m.type == "leaked_recording" or m.source is not None and m.source.kind not in _STATE_KINDS
                    and _state(m) in (None, *SIDES) for g in named for m, _ in g):
                # "The presidency said it had suspended talks with the ELN": only a state has one
                join(lambda h: h.office == "?" and not h.speaker and h.source is None, a)
            elif named:
                named[0].append((a, True))  # scored as that origin, so it cannot weaken it
            elif roles:
                roles[0].append((a, True))  # "officials" beside "the mayor": scored as him, on the record
            else:  # no named origin: one origin per kind of unnamed source
                unnamed = [g for g in groups if not any(g is n for n in named) and not (g[0][0].via and g[0][0].type in OUTLETS)
                           and all(_same_kind(m, a, registry) for m, _ in g)]
                if unnamed:
                    unnamed[0].append((a, False))
                else:
                    groups.append([(a, False)])
    groups = _affiliates_joined(_offices_joined(_states_joined(_organs_joined(_releases_joined(groups, root)))))
    return [_describe(f"origin-{n}", g, registry, recipients) for n, g in enumerate(groups)]


def _publishes(outlet: str, a: Attribution) -> bool:
    """Whether ``outlet``, cited in one article, published the article that cites ``a``, an anonymous
    source ("State news agency ANN reported", beside "military sources told ANN" in ANN's own
    article, whose publisher is "Agencia Nacional de Noticias (ANN)"): it is then ``a``'s only face,
    and its channel. Not a source on the record there ("a police commander said"): "A Reuters
    investigation found …" may be the outlet's own finding."""
    carrier = a.carrier or ""
    return bool(outlet) and a.type == "anonymous_source" and (outlet == carrier or f"({outlet})" in carrier
                             or bool(re.fullmatch(r"[A-Z]{3,6}", outlet)) and _initials_of(outlet, carrier))


def _belongs(written: str, group: list[tuple[Attribution, bool]], registry: Registry) -> bool:
    """Whether an unnamed source set apart is described as one of a named origin's own people: it
    names the origin's registered source ("a senior Hamas official"), its state ("a US official"
    beside the Pentagon) or one of its organ words ("a police source" beside the police chief)."""
    members = [m for m, _ in group]
    roots = {_root(m.source, registry).name for m in members if m.source}
    if any(_root(found.source, registry).name in roots for found in registry.find(written)):
        return True
    # "a Red Crescent volunteer" beside the Syrian Arab Red Crescent, "a civil defence volunteer" beside
    # the Syrian Civil Defence: the last two words of its name (not "Rights activists" and Human Rights Watch)
    low = f" {' '.join(re.findall(r'[a-z]+', written.lower()))} "
    if any(len(tail := name.lower().split()[-2:]) == 2 and f" {' '.join(tail)} " in low
           for m in members if m.source for name in (m.source.name, *m.source.aliases)):
        return True
    kind = _kind(written, registry) or (frozenset(), None)
    if "intelligence" in kind[0]:
        # an intelligence assessment is an origin of its own beside its state's ministries, and the
        # intelligence agency's where one is named ("GUR" and "Kyiv's military intelligence agency")
        side = kind[1]
        return any(((m.source and m.source.kind == "intelligence") or "intelligence" in m.speaker_name.lower())
                   and (side is None or side[0] == "state" and len(side) == 2 and _state(m) in (None, side[1]))
                   for m in members)
    from .names import states_in
    states = states_in(written)
    if states and not any(_state(m) in states for m in members):
        return False  # "a Kenyan police officer" beside the Somali police
    if states and kind[0] == {"official"}:  # not "Israeli residents" beside its army
        return True
    if kind[0] and kind[0] != {"official"}:
        return False  # "Russian military bloggers" are not the Russian military's
    organs = set(re.findall(r"[a-z]+", written.lower())) & _OWN_ORGANS
    names = (n for m in members for n in (m.speaker_name, m.affiliation,
                                           *((m.source.name, *m.source.aliases) if m.source else ())))
    return bool(organs) and any(organs & set(re.findall(r"[a-z]+", n.lower())) for n in names)


_OWN_ORGANS = frozenset("army military police ministry government intelligence presidency navy force forces".split())


def disputers(items: list[Attribution], registry: Registry) -> list[str]:
    """The sources named as disputing the claim ("..., though Moscow denied it"), counted as
    origins are, by name: they are not origins of the claim."""
    against = [replace(a, disputes=False) for a in items if a.disputes]
    return [o["name"] for o in claim_origins(against, registry, set())] if against else []


def _releases_joined(groups: list[list[tuple[Attribution, bool]]], root) -> list[list[tuple[Attribution, bool]]]:
    """The leaks joined to the named source that released them, or to an origin of the state or
    side whose outlet released them, where the claim cites it."""
    leak = next((g for g in groups if g[0][0].type == "leaked_recording"), None)
    by = [a.released_by for a, _ in leak or [] if a.released_by is not None]
    for g in groups:
        if g is leak or not by:
            continue
        if any(h is b or root(h) and root(h) == root(b) or h.speaker and h.speaker == b.speaker
               or h.apart and h.apart == b.apart or b.office and b.office == _state(h) for h, _ in g for b in by):
            g.extend(leak)
            return [x for x in groups if x is not leak]
    return groups


def _offices_joined(groups: list[list[tuple[Attribution, bool]]]) -> list[list[tuple[Attribution, bool]]]:
    """Office holders of no stated country ("Defence Minister Sergei Shoigu", "the army's
    spokesman") joined to the claim's state when its origins name exactly one ("Moscow"); so are
    organs named without a country (:func:`_bare_organ`)."""
    # a side's officials are named as such ("Hamas official X"): none is lent to a side, and a
    # side beside the one state does not keep its officials from it
    # the claim's states are its speakers'; a leaked document's author counts only where none is named
    states = ({s for g in groups for a, _ in g if (s := _state(a)) and s not in SIDES}
              or {s for g in groups for a, _ in g if (s := _state(_voice(a))) and s not in SIDES})
    if len(states) > 1:
        return groups
    if states:
        home = next(g for g in groups if any(_state(_voice(a)) in states for a, _ in g))
        unknown = [g for g in groups if g is not home and not any(_state(_voice(a)) for a, _ in g)
                   and any(_voice(a).office == "?" or _bare_organ(_voice(a)) for a, _ in g)
                   # an army's numbered command joins the state's army, not its ministry of another side
                   and not (any(_NUMBERED_UNIT.match(a.speaker_name) for a, _ in g)
                            and not any(_ARMY_UNIT.search(_written(a)) or a.source is not None and a.source.kind == "military"
                                        for a, _ in home))]
    else:
        # no state named: nothing shows two organs of some state are two states'; an unnamed source
        # folded into a group ("the ministry" beside a witness) does not make it one
        unknown = [g for g in groups if not any(_state(_voice(a)) for a, _ in g)
                   and any((_voice(a).office == "?" or _bare_organ(_voice(a))) and not folded for a, folded in g)]
        # two office holders named ("President Issa", "President Koffi") may be two states'
        people = [g for g in unknown if any(a.office == "?" and a.speaker and not _described(a.speaker_name)
                                            and not _A_BODY.match(a.speaker_name) for a, _ in g)]
        if len(unknown) < 2 or len(people) > 1 or any(_state(_voice(a)) for g in groups for a, _ in g):
            return groups
        home, unknown = unknown[0], unknown[1:]
    for g in unknown:
        home.extend(g)
    return [g for g in groups if not any(g is u for u in unknown)]


def _voice(a: Attribution) -> Attribution:
    """Whose word ``a`` is: a leak's own author where the leak names one ("an internal SSPDF memo"),
    else ``a``."""
    return a.released_by if a.type == "leaked_recording" and a.released_by is not None else a


# an army named as such ("The Thai army", "The Second Army Area")
_ARMY_UNIT = re.compile(r"\b(?:[Aa]rmy|[Mm]ilitary)\b")
# a state's force named bare ("the police"), and the kinds of registered body that may have one of their own
_BARE_FORCE = re.compile(r"(?:the\s+)?(?:police|army|military|gendarmerie|ministry|government)", re.I)
_NO_ORGAN = frozenset({"ngo", "monitor", "other"})
# a state's seat named bare, which no armed group, rights group or monitor has
_STATE_SEAT = re.compile(r"(?:the\s+)?(?:presidency|president['’]s\s+office|presidential\s+palace|cabinet|"
                         r"prime\s+minister['’]s\s+office)", re.I)
_STATE_KINDS = frozenset({"government", "military", "intelligence", "state_media"})


def _no_organ(m: Attribution) -> bool:
    """Whether ``m`` is a registered body that speaks for no state and relays none: a rights group, a monitor,
    an international mission (not a UN body citing a ministry, nor an outlet, nor a person whose post may
    have gone unread: "X, a police commander in Mitrovica," is the police's own)."""
    return m.source is not None and m.source.kind in _NO_ORGAN


# a named body ("The DIRPA"), not an office holder: no person is named with "the"
_A_BODY = re.compile(r"[Tt]he\s")


def _states_joined(groups: list[list[tuple[Attribution, bool]]]) -> list[list[tuple[Attribution, bool]]]:
    """Groups that speak for one state joined, whichever member names it: "Prime Minister Najib
    Mikati", once also called "Lebanese Prime Minister Najib Mikati", and "Lebanon's caretaker
    prime minister" are one origin."""
    joined: list[list[tuple[Attribution, bool]]] = []
    for g in groups:
        states = {s for a, _ in g if (s := _state(_voice(a)))}  # "an internal SSPDF memo" is South Sudan's
        home = next((h for h in joined if states & {s for a, _ in h if (s := _state(_voice(a)))}), None)
        if home is None:
            joined.append(g)
        else:
            home.extend(g)
    return joined


def owned_outlet(a: Attribution) -> bool:
    """Whether ``a`` cites an outlet the registry says another body runs (its ``parent``: state media)."""
    return a.type in OUTLETS and a.source is not None and a.source.owner is not None


def _organs_joined(groups: list[list[tuple[Attribution, bool]]]) -> list[list[tuple[Attribution, bool]]]:
    """An office holder of no stated country ("air force spokesman Yuriy Ihnat") joined to the one
    origin of a known state whose name holds that organ ("Ukraine's Air Force"), however many
    states the claim names; so is a ministry of no stated country ("the Ministry of Public Health"
    and "Lebanon's health ministry", or a registered government: Libya's GNU)."""
    out = list(groups)
    for g in groups:
        # a specific organ ("air force"), not a bare "army" that every state has
        organs = [w for a, _ in g if a.office == "?" and len(w := _name_words(a.affiliation)) >= 2]
        ministries = [w for a, _ in g if (w := _ministry_words(a))]
        if not (organs or ministries) or any(_state(a) for a, _ in g):
            continue
        homes = [h for h in out if h is not g and any(_state(b) and (
            any(o <= _name_words(_written(b)) for o in organs)
            or any(_same_ministry(m, _written(b)) for m in ministries)
            or ministries and b.source is not None and b.source.kind == "government") for b, _ in h)]  # its ministry
        if len(homes) == 1:
            homes[0].extend(g)
            out = [h for h in out if h is not g]
    return out


def _ministry_words(a: Attribution) -> frozenset:
    """The words of a ministry named with no country ("the Ministry of Public Health": ministry,
    health), which one named state's ministry of the same words is ("Lebanon's health ministry")."""
    if a.source is not None or a.office or not a.speaker_name or _PLACED.search(a.speaker_name):
        return frozenset()  # "the health ministry in Jerusalem" is where it sits, whatever its words
    words = _stems(a.speaker_name) - _GENERIC
    return words if "ministry" in words and len(words) >= 2 else frozenset()


def _same_ministry(words: frozenset, written: str) -> bool:
    """Whether a countryless ministry's ``words`` name the ministry a state's organ is ``written``
    as: one's words within the other's, its country aside ("the Ministry of Emergency Situations"
    and "the Kyrgyz emergencies ministry"; "the Ministry of Health and Population" and "Egypt's
    health ministry")."""
    own = frozenset(w for w in _stems(written) if not _state_word(w)) - _GENERIC
    return "ministry" in own and len(own) >= 2 and (words <= own or own <= words)


def _stems(name: str) -> frozenset:
    return frozenset(re.sub(r"(?<=[^s])s$", "", re.sub(r"ies$", "y", w)) for w in _name_words(name))


_PLACED = re.compile(r"\s(?:in|at)\s+(?:the\s+)?[A-Z]")
_GENERIC = frozenset("public national federal general state".split())


def _written(a: Attribution) -> str:
    return a.source.name if a.source is not None else a.speaker_name


def _state(a: Attribution) -> str | None:
    """The country whose state ``a`` speaks for: a registered government, military or
    intelligence source by its registered country, an unregistered speaker by its written name
    (:func:`_state_of_name`); None for anything else."""
    if a.source is not None:
        return _source_state(a.source)
    if a.office and a.office != "?":
        return a.office
    return _state_of_name(a.speaker_name) if a.speaker_name else None


def _same_state(a: Attribution, b: Attribution) -> bool:
    """Two organs of one state (its government, ministries, army, a capital standing for it) are
    one origin: nothing in a report makes them independent of each other."""
    state = _state(a)
    return state is not None and state == _state(b)


def _same_speaker(a: Attribution, b: Attribution) -> bool:
    """One speaker by name ("Zelensky", "President Volodymyr Zelenskiy"), unless the two speak for
    two different states, whatever their names share ("the Kyiv-appointed head of the Luhansk region"
    and "the Moscow-installed leader of the Luhansk region")."""
    if not (_same_identity(a.speaker, b.speaker) or _same_name(_untitled(a.full_name or a.speaker_name),
                                                                _untitled(b.full_name or b.speaker_name))):
        return False
    if _other_person(a.full_name or a.speaker_name, b.full_name or b.speaker_name):
        return False  # "Omar Abdi, a trader" is not "Ali Hassan Abdi, a spokesman"
    mine, theirs = _state(a), _state(b)
    return mine is None or theirs is None or mine == theirs


_TITLE = re.compile(r"^(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+(?=[A-Z][\w'’-]+\s+[A-Z])")


def _untitled(name: str) -> str:
    """A person's name without a title before a name of two words or more ("Dr. Deng Ajak" is "Deng Ajak",
    so "Deng Ajak Kuol" elsewhere; "Dr Ahmed" stays, no given name of anyone's)."""
    return _TITLE.sub("", name)


# Particles inside a name, neither a given name nor the end of one ("Mohamed al-Tarhouni").
_PARTICLE_WORDS = frozenset("al el ad as ash az an ar at bin ibn bint ould wad de da du van von der den la le".split())
# Words before a surname that are titles, ranks or offices, not given names.
_NOT_GIVEN = frozenset("""president minister prime general colonel major captain lieutenant sergeant corporal private
brigadier admiral commander marshal governor mayor senator judge ambassador secretary deputy chief spokesman
spokeswoman director doctor dr mr mrs ms prof professor sheikh imam father bishop reverend rev king prince emir sultan
queen lord sir pope cardinal field air vice rear police army staff chairman head leader ayatollah mullah gen lt col maj
brig capt sgt cpl adm cmdr""".split())


def _given_names(name: str) -> frozenset:
    """The given names before a person's surname ("Ali Hassan Abdi": ali, hassan; "Léon" read as
    "leon", hyphens as spaces): the capitalised words after the last title, rank or office word and
    before a capitalised last word; empty for a name that is no person's or has none."""
    words = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().replace("-", " ").split()
    if len(words) < 2 or not words[-1][:1].isupper():
        return frozenset()
    given: list[str] = []
    for word in words[:-1]:
        low = word.lower().rstrip(".")
        if low in _PARTICLE_WORDS:
            continue  # "Mohamed al-Tarhouni": Mohamed is still his given name
        if (not word[:1].isupper() or word.endswith((".", "'s", "’s")) or low in _NOT_GIVEN or low in _ORGAN
                or low in _ORGAN_ALSO or low in ("the", "a", "an")):
            given = []  # "Darfur Governor Minawi": what comes before an office is no given name
        else:
            given.append(low)
    return frozenset(given)


def _other_person(a: str, b: str) -> bool:
    """Whether two written names of one surname are two people: each has given names, and none of
    one's may be a spelling of any of the other's. Two given names with one first letter may be
    ("Yahya"/"Yehia", "Hemedti"/"Hamdan"), as may two spelt much alike ("Yevgeny"/"Evgeny"): when in
    doubt they are one person, since counting one source twice overstates independence."""
    x, y = _given_names(a), _given_names(b)
    return bool(x) and bool(y) and not any(g[0] == h[0] or SequenceMatcher(None, g, h).ratio() >= 0.7
                                           for g in x for h in y)


def _bare_organ(a: Attribution) -> bool:
    """An unregistered speaker named only by organ words, no country ("the Prosecutor General's
    Office", "the Ministry of Defence", "the Foreign Ministry", "the Prime Minister's Office"): an
    organ of some state."""
    if a.source is not None or a.office or not a.speaker_name:
        return False
    words = _name_words(a.speaker_name) - ({"prime"} if "minister" in a.speaker_name.lower() else set())
    return (bool(words) and all(w in _ORGAN or w in _ORGAN_ALSO for w in words)
            and any(w in _ORGAN for w in words))


def _affiliates_joined(groups: list[list[tuple[Attribution, bool]]]) -> list[list[tuple[Attribution, bool]]]:
    """A group joined by the origins of the people introduced as speaking for it ("TPNPB
    spokesman Titus Magai" and "the TPNPB"), whatever order the mentions came in: each group
    joins every group formed before it that it links to."""
    joined: list[list[tuple[Attribution, bool]]] = []
    for g in groups:
        linked = [h for h in joined
                  if any(_speaks_for_other(a, b) or _speaks_for_other(b, a) for a, _ in g for b, _ in h)]
        if not linked:
            joined.append(g)
            continue
        for h in linked[1:]:
            linked[0].extend(h)
        linked[0].extend(g)
        joined = [h for h in joined if not any(h is x for x in linked[1:])]
    return joined


def _speaks_for_other(person: Attribution, org: Attribution) -> bool:
    """True when ``person`` is introduced as speaking for the group ``org`` names: all of the
    group's name words are in the affiliation (or it is the affiliation's acronym), and it is not
    only a generic organ ("the army")."""
    if not person.affiliation or person is org:
        return False
    if org.source and person.affiliation in (org.source.name, *org.source.aliases):
        return True  # "Joanne Liu, the group's international president" after MSF
    if org.source and re.fullmatch(r"[A-Z]{2,6}", person.affiliation) and person.affiliation == "".join(
            w[0] for w in re.findall(r"\b[A-Z][\w'’-]*", org.source.name)):
        return True  # "AA spokesman Khine Thu Kha" and the Arakan Army (an acronym the registry lacks)
    if org.source and person.affiliation[:1].isupper() and org.source.name.startswith(person.affiliation + " ") \
            and not _name_words(person.affiliation) <= _ORGAN | _ORGAN_ALSO:
        return True  # "Amnesty's country director, X" and Amnesty International (not "Amhara's" and "Amhara Fano")
    if org.source and person.affiliation.islower() and _described_as(person.affiliation, org.source):
        return True  # "who heads the civil defence centre in Kafr Rumman" and the Syria Civil Defence
    if not org.speaker_name:
        return False
    words, affiliation = _name_words(org.speaker_name) - _WHERE_ABOUTS - _OUTLAWED, _name_words(person.affiliation)
    if org.speaker and affiliation == {org.speaker}:  # "The Azawad Liberation Front (FLA)", "FLA spokesman X"
        return True
    if words & _PEOPLE:
        return _officials_of(org.speaker_name, words - _PEOPLE, person.affiliation)
    short = re.sub(r"^(?:the|The)\s+", "", org.speaker_name)
    if len(short.split()) >= 2 and re.match(rf"(?:the\s+)?{re.escape(short)}\s+of\s+", person.affiliation, re.I) and (
            person.carrier == org.carrier or _name_words(short) - _ORGAN - _ORGAN_ALSO):
        # "spokesman for the Joint Forces of the Armed Struggle Movements" and "The Joint Forces" in his article
        # (in another, a short name of organ words may be another coalition's: "the Joint Forces of the Coalition")
        return True
    if not words or all(w in _ORGAN or w in _ORGAN_ALSO for w in words) and len(
            re.findall(r"\b(?!The\b)[A-Z]", org.speaker_name)) < 3:
        return False  # "the army"; but "the local People's Defence Force" is a name
    # "Sidi Ahmed Belkhir, the Front's information secretary" and "The Polisario Front"
    head = re.findall(r"[A-Za-z]+", org.speaker_name)[-1:]
    back = (len(affiliation) == 1 and head and affiliation == {head[0].lower()}
            and head[0].lower() not in _RIVAL_HEADS)  # "the army's spokesman" may not be the Arakan Army's
    return words <= affiliation or bool(back) or _initials_of(org.speaker_name, person.affiliation) \
        or _initials_of(person.affiliation, org.speaker_name)  # "PDF spokesman X" and "The … People's Defence Force"


def _described_as(description: str, source: Source) -> bool:
    """Whether a body described in lower case ("the civil defence centre in Kafr Rumman") is the
    registered ``source``: two words at least, besides where it is, all of them words of one of its
    names but for the kind of unit it is ("Syria Civil Defence"); not "the state human rights office"
    beside the UN human rights office, nor "a local news agency" beside Reuters."""
    words = set(re.sub(r"\s+(?:in|of|for|at)\s+.*$", "", description).split())
    return len(words) >= 2 and any(words - (_UNIT_WORDS - name) <= name
                                   for name in (set(alias.lower().split()) for alias in source.aliases))


_UNIT_WORDS = frozenset("centre center office directorate department unit team branch service".split())
_RIVAL_HEADS = frozenset("army forces force".split())
# Words that say where a group's unit is, not which group: "the local People's Defence Force" is the
# one "X, a spokesman for the Ye-U township People's Defence Force" speaks for.
_WHERE_ABOUTS = frozenset("local regional provincial township district area".split())
# What a state calls a group, no word of its name: "The outlawed Balochistan Liberation Front" is the
# one "the Balochistan Liberation Front's spokesman" speaks for.
_OUTLAWED = frozenset("outlawed banned proscribed illegal self-styled so-called".split())


def _spelt_out(short: str, long: str) -> bool:
    """Whether a speaker named by an acronym and role words ("a CCG spokesperson") is a body whose
    written name it abbreviates, in any case ("China's coast guard")."""
    acronyms = re.findall(r"\b[A-Z]{3,6}\b", short)
    rest = [w for w in re.findall(r"[A-Za-z]+", short) if w not in acronyms and w.lower() not in ("a", "an", "the")]
    if len(acronyms) != 1 or not long or any(w.lower() not in _PEOPLE | {"spokesperson", "press", "office"} for w in rest):
        return False
    words = [w for w in re.findall(r"[A-Za-z]+", re.sub(r"['’]s\b", "", long)) if w.lower() not in ("the", "of", "and", "for")]
    return "".join(w[0] for w in words).upper() == acronyms[0]


def _officials_of(name: str, group: frozenset, affiliation: str) -> bool:
    """Whether people named by a group's words ("Coalition officials", "Sudan Liberation Movement
    officials") are of the group a spokesman is affiliated to ("Coalition", "SLM"): the same words
    or initials; not a nation's officials ("Kenyan officials") nor a word of a longer name ("Union
    officials" and the African Union)."""
    if len(group) == 1 and _state_of_name(name):
        return False
    bare = " ".join(w for w in name.split() if w.lower() not in _PEOPLE)
    # "Bangsamoro officials" and "the Bangsamoro Transition Authority": the name's own first word
    first = re.findall(r"[A-Za-z][\w-]*", re.sub(r"^(?:the|The)\s+", "", affiliation))[:1]
    leads = (len(group) == 1 and first and first[0][0].isupper() and first[0].lower() in group
             and first[0].lower() not in _ORGAN | _ORGAN_ALSO | _ROLE_WORDS | _GROUP_NOUNS)
    return group == _name_words(affiliation) or bool(leads) or _initials_of(bare, affiliation) or _initials_of(affiliation, bare)


# Nouns many groups' names open with ("Alliance officials" may be any alliance's).
_GROUP_NOUNS = frozenset("union league association federation party front council".split())
_PEOPLE = frozenset("official officials spokesman spokeswoman spokesperson leader leaders commander commanders "
                    "representative representatives".split())


def _speaker_is(speaker: Attribution, source: Source) -> bool:
    """True when an unregistered speaker's written name is a registered source's name or alias
    ("Defence Ministry" for the Russian defence ministry)."""
    return bool(speaker.speaker_name) and not _a_state_army(speaker.speaker_name, source) and any(
        _same_name(speaker.speaker_name, name) for name in (source.name, *source.aliases))


_UNNAMED = {"anonymous_source": "anonymous source", "named_monitor": "unnamed monitor",
            "pro_regime_outlet": "unnamed pro-regime outlet", "un_figure": "unnamed UN source",
            "on_record": "unnamed on-record source", "media_report": "unnamed news outlet"}




def _described(written: str) -> str:
    """``written`` when it is a role or organ described without a name ("the defence ministry",
    "the army's spokesman"); "" for anything else (a pronoun, a stray phrase)."""
    words = re.findall(r"[a-z][\w-]*", re.sub(r"['’]s\b", "", written.lower()))
    stray = any(w in ("the", "a", "an") and before not in ("of", "for") for before, w in zip(words, words[1:]))
    if not words or len(words) > 6 or words[-1] not in _ROLE_WORDS or stray:  # "a figure the ministry"
        return ""
    return written


@lru_cache(maxsize=1 << 12)
def _kind(written: str, registry: Registry) -> tuple | None:
    """What an anonymous source is, as far as its description tells: the kinds it names (a state's
    intelligence, diplomats, medical staff, activists, people on the ground, analysts, officials;
    "residents and a local official" names two) and the side it names (a state, a registered group,
    a bloc such as "Western", rebels, or some state's forces); None where nothing tells."""
    low = written.lower()
    if not low:
        return None
    what = kinds_of(low)
    if not what:
        return None
    if what == {"diplomat"}:  # "a Western diplomat in Bishkek" is posted there, not Kyrgyz
        written = re.split(r"\s+(?:in|at)\s+", written)[0]
    compound = {("state", _COMPOUND[m.group(1).lower()]) for m in _COMPOUND_NAME.finditer(written)}
    sides = (compound or {("state", state) for token in _NAME_TOKEN.findall(written) if (state := _state_word(token))}
             or {("group", _root(m.source, registry).name) for m in registry.find(written)})
    if not sides:
        bloc = _BLOC.search(written)  # "a Western intelligence official" is no one state's
        sides = ({("bloc", bloc.group(0).lower())} if bloc else {("rebels",)} if _REBELS.search(low)
                 else {("state",)} if _STATE_FORCES.search(low) else set())
    return what, (sides.pop() if len(sides) == 1 else None)


_BLOC = re.compile(r"\b(?:Western|European|NATO|Gulf|Arab)\b")
_STATE_FORCES = re.compile(r"\b(?:army|military|government|police|navy|air force|ministry|security forces)\b")
_REBELS = re.compile(r"\b(?:rebels?|opposition|insurgents?|militants?|militias?|jihadists?|guerrillas?)\b")


def _same_kind(h: Attribution, a: Attribution, registry: Registry) -> bool:
    """Whether two unnamed sources may be one origin: neither description tells them apart."""
    kh, ka = _kind(h.unnamed, registry), _kind(a.unnamed, registry)
    if kh is None or ka is None:
        return True
    if not kh[0] & ka[0]:  # "residents and a local official" may be the residents or the official
        return False
    sh, sa = kh[1], ka[1]
    # "army sources" may be any state's, "Western officials" any Western state's; not a registered
    # group's or rebels'
    if sh is None or sa is None or {sh[0], sa[0]} == {"bloc", "state"}:
        return True
    return sh == sa or sh[:1] == sa[:1] == ("state",) and min(len(sh), len(sa)) == 1


def _role_only(a: Attribution) -> bool:
    """Whether an on-record source is described by its role alone ("the mayor", "the defence ministry")."""
    return a.type == "on_record" and a.source is None and not a.speaker and bool(_described(a.speaker_name))


def _plain(written: str) -> str:
    """An unnamed source's description without its article, number or "unnamed", its first word in
    lower case where it is a common word capitalised by its place ("Residents of Baidoa" ->
    "residents of Baidoa", "Two Western diplomats" -> "Western diplomats")."""
    words = written.split()
    while words and words[0].lower() in ("a", "an", "the", "one", "two", "three", "four", "five", "several", "some",
                                         "many", "other", "another", "unnamed", "anonymous"):
        words = words[1:]
    if words and (words[0].lower() in _COMMON or kinds_of(words[0])):  # "Herders returning to Haa"
        words[0] = words[0].lower()
    return " ".join(words)


_COMMON = frozenset("""senior military security diplomatic government local medical field informed intelligence
opposition rebel police regional displaced fleeing army navy air interior defence defense foreign ministry health
border hospital humanitarian district provincial party camp source sources official officials activist activists
resident residents witness witnesses eyewitness eyewitnesses diplomat diplomats insider insiders commander
commanders officer officers aide aides villager villagers survivor survivors relatives family families refugee
refugees parents farmer farmers trader traders fishermen shopkeeper shopkeepers inhabitants locals doctor doctors
medic medics nurse nurses aid rescue worker workers journalist journalists people""".split())


def _leak_name(materials) -> str:
    """"leaked recordings", "leaked documents", both, or "leaked material" when the sentences say neither."""
    kinds = sorted(set().union(*materials), reverse=True)
    return "leaked " + (" and ".join(kinds) if kinds else "material")


def _describe(key: str, members: list[tuple[Attribution, bool]], registry: Registry, recipients: set[str]) -> dict:
    """An origin record; ``_scored`` holds one :class:`Origin` per citing mention (a relay takes
    the origin's type)."""
    head = members[0][0]
    via = list(dict.fromkeys(v for a, relay in members if not relay for v in a.via))  # not a folded source's
    if head.type == "leaked_recording":
        via = list(dict.fromkeys(via + sorted(recipients)))
        name = _leak_name(a.material for a, _ in members if a.type == "leaked_recording")
    elif head.source is not None:
        root = _root(head.source, registry)
        name = root.name if root.name == head.source.name else f"{root.name} ({head.source.name})"
    elif head.speaker:
        name = head.speaker_name
    else:
        # named for the role the articles give it only when they all give the same one
        roles = {d.lower() for a, _ in members if (d := _described(a.speaker_name))}
        described = next((d for a, _ in members if (d := _described(a.speaker_name))), "") if len(roles) == 1 else ""
        unnamed = {_plain(a.unnamed) for a, _ in members if a.unnamed}
        one = unnamed.pop() if len(unnamed) == 1 else ""
        if one and "intelligence" in (_kind(one, registry) or ((),))[0]:
            described = one  # "Ukraine's military intelligence", with the leaks it released
        elif one and all(a.unnamed for a, _ in members):  # "unnamed residents", "unnamed senior Hamas official"
            described = "unnamed " + one
        name = described or _UNNAMED.get(head.type, f"unnamed {head.type.replace('_', ' ')}")
        # where the unnamed sources were cited: one channel reads "via X"; several are listed, so
        # one outlet's source does not read as relayed by another; "in AFP, RT" names the articles'
        # publishers, so they do not read as sources beside it
        where = list(dict.fromkeys("via " + ", ".join(a.via) if a.via else a.carrier for a, _ in members))
        carried = [w for w in where if not w.startswith("via ")]
        where = ([f"in {', '.join(carried)}"] if carried else []) + [w for w in where if w.startswith("via ")]
        if len(where) > 1 or carried and len(carried) > 1:
            name, via = f"{name} ({'; '.join(where)})", []
        elif not head.via:
            name = f"{name} ({where[0]})"
    leaning = head.source.leaning if head.source else _DEFAULT_LEANING.get(head.type, "unknown")
    if leaning == "unknown" and head.type == "on_record":  # "Russia denied", "Moscow-installed officials"
        leaning = next((lean for a, _ in members if (lean := _state_leanings(registry).get(_state(a) or ""))), leaning)
    regime = leaning != "pro_regime" and all(_regime_channel(a, registry) for a, _ in members)
    # the other names counted as this origin, so a reader can check why they are one
    written = (_written(a) if a.source or a.speaker or a.office else "" for a, _ in members)
    also = [n for n in dict.fromkeys(written) if n and n != name and n not in name]
    state = next((s for a, _ in members if (s := _state(a))), None)
    # a state outlet that relays its government (folded in as its voice) takes the type of the organ it
    # relays, whichever of them the claim cited first ("State broadcaster TVM reported" and "the ministry said")
    typed = next((a for a, relay in members if not (relay and a.type in OUTLETS)), head).type
    scored = [Origin(key, typed if relay else a.type, leaning, _hedges(a, relay), regime) for a, relay in members]
    return {"name": name, "also_named": also, "type": typed, "leaning": leaning,
            "cited_as": list(dict.fromkeys(o.type for o in scored)),
            "kind": head.source.kind if head.source else None, "via": via,
            "speaks_for": state_name(state) if state else None,
            "mentions": len(members), "hedged": any(_hedges(a, relay) for a, relay in members),
            "only_via_pro_regime": regime, "_scored": scored}


@lru_cache(maxsize=8)  # per registry: it does not change during a run
def _state_leanings(registry: Registry) -> dict[str, str]:
    """The leaning of each state whose registered organs (government, military, intelligence) and
    state media all share one known leaning: an unregistered organ of that state ("Russia", "the
    Defence Ministry" of a claim that names Moscow, "Syria's foreign ministry", whose state TV is
    pro-regime) leans the same way."""
    found: dict[str, set[str]] = {}
    for source in registry.by_name.values():
        state = _source_state(source) or (_ISO.get(source.country) if source.kind == "state_media" else None)
        if state is not None:
            found.setdefault(state, set()).add(source.leaning)
    return {state: next(iter(lean)) for state, lean in found.items() if len(lean) == 1 and "unknown" not in lean}


def _regime_channel(a: Attribution, registry: Registry) -> bool:
    """Whether a mention reached the reader through a pro-regime outlet: one relays it ("told RIA
    Novosti", "citing TASS"), it is that outlet's own report, or, with no relay named, the outlet
    published the article."""
    if a.type == "pro_regime_outlet":  # "Russian state media claimed"
        return True
    if a.via:
        outlets = [registry.get(v) for v in a.via]
    elif a.type in OUTLETS and a.source is not None:
        outlets = [a.source]
    else:
        outlets = [registry.get(a.carrier)]
    return any(s is not None and s.leaning == "pro_regime" and s.label == "pro_regime_outlet" for s in outlets)


def _hedges(a: Attribution, relay: bool) -> bool:
    """Whether a member's hedge weakens its origin: an outlet relaying the origin hedges it ("state
    media claimed, without evidence"); an unnamed source folded into a named origin is scored as that
    origin, so its own hedge cannot weaken it ("residents reportedly said")."""
    return a.hedged and (not relay or a.type in OUTLETS)
