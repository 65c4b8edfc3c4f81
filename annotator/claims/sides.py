"""Whose organ a ministry or spokesman is, where a claim may be told by two sides.

"The Israeli military said ..." and "Gaza health ministry spokesman X said ..." are two origins:
the ministry is no organ of the one state the claim names. A qualifier that is no state ("Gaza"
aside, which the grouping table holds as one: "Hamas-run", "Houthi", "Polisario") makes an organ
that side's; an article that qualifies a ministry once ("the Hamas-run health ministry") tells
whose its later bare mentions are ("the health ministry", "Health Minister X").
"""

from __future__ import annotations

import re

from .names import _ORGAN, _ORGAN_ALSO, _PORTFOLIO, _state_word

_NOT_STATES = frozenset({"KURD"})  # a people the grouping table names, not a state
# Words before an organ that say when or open a clause, not whose it is ("On Monday government
# spokesman X").
FILLER = frozenset("the a an in on at but and then later earlier meanwhile monday tuesday wednesday thursday "
                   "friday saturday sunday".split())
_RUN_BY = re.compile(r"-(?:run|controlled|led|backed|installed|appointed)$", re.I)
_MINISTRY = re.compile(r"\b[Mm]inist(?:ry|er|ers)\b")
# Portfolio words that say nothing of what a ministry is for ("Deputy", "Acting").
_MODIFIERS = frozenset("""deputy acting interim senior first caretaker outgoing incoming junior regional provincial
prime cabinet higher""".split())
# Not "foreign": a bare foreign ministry is most often the article's own state's, whichever
# foreign ministry it named before (a summons story names both).
_TOPICS = (_PORTFOLIO - _MODIFIERS) | {"defence", "interior"}


def side_organ(written: str, organ: str) -> str:
    """``written`` ("Gaza health ministry", "Sahrawi Defence Minister") when the words before
    ``organ``, its last words, name a side that is no state: a capitalised word that is no
    country, portfolio, day or filler ("Polisario", "Houthi"), or one that runs or backs the
    organ ("Hamas-run", "Moscow-installed"). "" otherwise."""
    extra = written[:len(written) - len(organ)].split() if written.endswith(organ) else []
    for word in reversed(extra):
        bare = re.sub(r"['’]s$", "", word)
        if re.search(r"[,;:]$", word) or bare.lower() in FILLER:
            break
        if _RUN_BY.search(bare):
            return written
        if bare.lower() in _PORTFOLIO or bare.lower() in _ORGAN or bare.lower() in _ORGAN_ALSO:
            continue
        return written if bare[:1].isupper() and not _state_word(bare) else ""
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
        after = re.match(r"\s+(?:in|of)\s+(?:the\s+)?([A-Z][\w'’-]+)(?:\s+(?:enclave|territory|strip|region|administration|authorities)\b)?",
                         text[m.end():])
        if whose is None and after:
            whose = _whose(after.group(1), text[start:m.end() + after.end()])
        out.append((frozenset(topic), whose))
    return out


def _whose(qualifier: str, phrase: str) -> tuple[str, str] | None:
    if _RUN_BY.search(qualifier):
        return "", phrase.strip()
    state = _state_word(qualifier)
    if state and state not in _NOT_STATES:
        return state, phrase.strip()
    if qualifier[:1].isupper() and qualifier.lower() not in FILLER:
        return "", phrase.strip()
    return None


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
        return self.known.get(topic) if topic else None

    def learn(self, text: str) -> None:
        """Remember whose the ministries ``text`` qualifies are; a ministry first named bare is the
        article's own, whoever's it names later ("the defence ministry said", then "Colombia's
        defence ministry urged veterans ..."), so its topic stays unknown."""
        for topic, whose in ministries(text):
            if whose is None:
                self.known.setdefault(topic, None)
            else:
                self.known[topic] = whose if self.known.get(topic, whose) == whose else None
