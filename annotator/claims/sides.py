"""Whose organ a ministry or spokesman is, where a claim may be told by two sides.

"The Israeli military said ..." and "Gaza health ministry spokesman X said ..." are two origins:
the ministry is no organ of the one state the claim names. A qualifier that is no state ("Gaza"
aside, which the grouping table holds as one: "Hamas-run", "Houthi", "Polisario") makes an organ
that side's; an article that qualifies a ministry once ("the Hamas-run health ministry") tells
whose its later bare mentions are ("the health ministry", "Health Minister X").
"""

from __future__ import annotations

import re

from .names import _ORGAN, _ORGAN_ALSO, _PORTFOLIO, SIDES, _state_word

_NOT_STATES = frozenset({"KURD"})  # a people the grouping table names, not a state
# Words before an organ that say when or open a clause, not whose it is ("On Monday government
# spokesman X").
FILLER = frozenset("the a an in on at but and then later earlier meanwhile monday tuesday wednesday thursday "
                   "friday saturday sunday".split())
_RUN_BY = re.compile(r"-(?:run|controlled|led|backed|installed|appointed)$", re.I)
_WHEN = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                   r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
# "the health ministry in Gaza", "... in the Hamas-run enclave": whose it is, after it.
_OWNER_AFTER = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?([A-Z][\w'’-]+)"
                          r"(?:\s+(?:enclave|territory|strip|region|administration|authorities)\b)?")
_MINISTRY = re.compile(r"\b[Mm]inist(?:ry|er|ers)\b")
# Portfolio words that say nothing of what a ministry is for ("Deputy", "Acting").
_MODIFIERS = frozenset("""deputy acting interim senior first caretaker outgoing incoming junior regional provincial
prime cabinet higher""".split())
# Not "foreign": a bare foreign ministry is most often the article's own state's, whichever
# foreign ministry it named before (a summons story names both).
_TOPICS = (_PORTFOLIO - _MODIFIERS) | {"defence", "interior"}


# Other sides that are no state and may run ministries or speak through spokesmen, as written
# before an organ (besides :data:`names.SIDES`, which are also counted as one origin each); any
# other capitalised word there ("Union", "New", "Southern", "Transitional") is taken to qualify a
# state's organ.
_SIDES = frozenset("""taliban tigray tigrayan sadr rsf nug puntland somaliland kurdistan krg peshmerga rojava sdf dpr lpr
transnistria transnistrian
abkhaz abkhazia abkhazian ossetia ossetian karabakh artsakh haftar lna stc rebel rebels opposition separatist
separatists insurgent insurgents breakaway self-declared self-styled de-facto parallel""".split())


_OWN_ORGANS = _ORGAN | _ORGAN_ALSO | {"junta"}  # "Army-backed", "Junta-appointed", "State-run": a state's own


def _side_word(word: str) -> bool:
    """A side's word, or one that runs or backs an organ ("Moscow-installed"); not a state's own
    organ doing so ("Army-backed", "Junta-appointed")."""
    run_by = _RUN_BY.search(word)
    if run_by and word[:run_by.start()].lower() in _OWN_ORGANS:
        return False
    return bool(run_by) or word.lower() in _SIDES or _state_word(word) in SIDES


def side_organ(written: str, organ: str) -> str:
    """``written`` ("Gaza health ministry" aside, "Sahrawi Defence Minister") when the words
    before ``organ``, its last words, name a side that is no state ("Polisario", "Houthi") or one
    that runs or backs the organ ("Hamas-run", "Moscow-installed"). "" otherwise."""
    extra = written[:len(written) - len(organ)].split() if written.endswith(organ) else []
    for word in reversed(extra):
        bare = re.sub(r"['’]s$", "", word)
        if re.search(r"[,;:]$", word) or bare.lower() in FILLER:
            break
        if _side_word(bare):
            return written
        if bare.lower() not in _PORTFOLIO and bare.lower() not in _ORGAN and bare.lower() not in _ORGAN_ALSO:
            break
    return ""


def ministries(text: str) -> list[tuple[frozenset, tuple[str, str] | None]]:
    """Each ministry ``text`` names with a topic ("health"), and whose it is: (state, phrase) for a
    state's ("Gaza's health ministry", "the health ministry in Gaza", "Palestinian Health
    Minister"), ("", phrase) for a side's that is no state ("the Hamas-run health ministry"),
    None where the text does not say ("the health ministry", "Health Minister X")."""
    out = []
    for m in _MINISTRY.finditer(text):
        words = text[:m.start()].split()
        topic, owner, start = set(), None, m.start()
        for word in reversed(words):
            bare = re.sub(r"['’]s$", "", word).strip("\"“(")
            low = "defence" if bare.lower() == "defense" else bare.lower()
            start = text.rfind(word, 0, start)
            if low in _TOPICS and not re.search(r"[,;:.]$", word):
                topic.add(low)
            elif low not in _MODIFIERS:
                owner = None if re.search(r"[,;:.]$", word) else bare
                break
        if not topic:
            continue
        whose = _whose(owner, text[start:m.end()]) if owner else None
        after = _OWNER_AFTER.match(text, m.end())
        if whose is None and after and not _WHEN.match(after.group(1)):  # not "the health ministry in March"
            whose = _whose(after.group(1), text[start:after.end()])
        out.append((frozenset(topic), whose))
    return out


def _whose(qualifier: str, phrase: str) -> tuple[str, str] | None:
    """(state, phrase) or ("", phrase) for a side; ("?", phrase) for any other capitalised owner
    ("Putin's defence ministry"); None for none ("the")."""
    state = _state_word(qualifier)
    if state and state not in _NOT_STATES and (state in SIDES or not _RUN_BY.search(qualifier)):
        return state, phrase.strip()  # "Gaza's", "Hamas-run"; not "Moscow-installed"
    if _side_word(qualifier):
        return "", phrase.strip()
    return ("?", phrase.strip()) if qualifier[:1].isupper() and qualifier.lower() not in FILLER else None


# a ministry named with nothing to say which ("Ministry spokesman", "the ministry's spokesman"), not
# "Foreign Ministry spokesman"
_NO_TOPIC = re.compile(r"^(?:the\s+)?ministry(?:['’]s)?\s+spokes(?:man|woman|person)\b|\bspokes(?:man|woman|person)\s+"
                       r"(?:for|of)\s+the\s+ministry\b", re.I)


class MinistryMemory:
    """Whose each ministry is, by topic, as an article has qualified it so far; a topic
    qualified two ways, or named bare first, is left unknown."""

    def __init__(self):
        self.known: dict[frozenset, tuple[str, str] | None] = {}

    def bare_topic(self, text: str) -> frozenset | None:
        """The one topic of the ministries ``text`` names without saying whose, if one."""
        topics = {topic for topic, whose in ministries(text) if whose is None}
        return next(iter(topics)) if len(topics) == 1 else None

    def whose(self, topic: frozenset | None) -> tuple[str, str] | None:
        """The side a bare ministry of ``topic`` belongs to, as the article said before. Only a
        side that is no state (Gaza's among them): an article's own state's ministry is often named bare after
        another state's was named in full ("Venezuela's defence ministry said ...", then
        "Defence Minister Pedro Sanchez", Colombia's), while a side's is rarely left bare
        where it is not the one meant."""
        whose = self.known.get(topic) if topic else None
        return whose if whose and whose[0] in ("", *SIDES) else None

    def only_one(self, text: str) -> tuple[str, str] | None:
        """Whose a ministry ``text`` names with no topic at all is ("Ministry spokesman X", "the
        ministry's spokesman"): the side's, where the article has qualified one ministry only so
        far, and a side's (as :meth:`whose`)."""
        if not _NO_TOPIC.search(text) or ministries(text) or len(self.known) != 1:
            return None
        return self.whose(next(iter(self.known)))

    def learn(self, text: str) -> None:
        """Remember whose the ministries ``text`` qualifies are; a ministry first named bare is the
        article's own, whoever's it names later ("the defence ministry said", then "Colombia's
        defence ministry urged veterans ..."), so its topic stays unknown."""
        for topic, whose in ministries(text):
            if whose is None or whose[0] == "?":
                self.known.setdefault(topic, None)
            else:
                self.known[topic] = whose if self.known.get(topic, whose) == whose else None


_OFFICE_WORD = re.compile(r"(?:spokes(?:man|woman|person)|minist(?:ry|er)|[A-Z][a-z]{0,4}\.|brigadier|general|"
                          r"colonel|major|captain|lieutenant|commander|chief|head|director|defen[cs]e)$", re.I)


def office_phrase(text: str, name: str) -> str:
    """A named speaker's own office as the sentence gives it: the office words right before the
    name ("Health ministry spokesman"), the name (which may hold a title: "Health Minister X")
    and an apposition right after it (", a spokesman for the health ministry"); not a ministry
    the speaker talks about ("X said ..., dismissing health ministry figures")."""
    at = text.find(name)
    if at < 0:
        return name
    run: list[str] = []
    for word in reversed(text[:at].split()):
        bare = re.sub(r"['’]s$", "", word).lower()
        if re.search(r"[,;:]$", word) or not (bare in _PORTFOLIO or bare in _ORGAN or bare in _ORGAN_ALSO
                                               or _OFFICE_WORD.match(word)):
            break
        run.insert(0, word)
    after = re.match(r",\s+(?:a|an|the)\s+[^,;.]{0,80}", text[at + len(name):])
    return " ".join([*run, name]) + (after.group(0) if after else "")
