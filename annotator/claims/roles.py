"""A named person's role ("the monastery's abbot, U Pyinnya Thiri"; "Ahmed Saleh, the camp's
director"), so that "the abbot said" later in the article is that person, on the record."""

from __future__ import annotations

import re

from ..positions import SPEECH

# The role set before the name ("the monastery's abbot, U Pyinnya Thiri,") or after it ("Ahmed Saleh,
# the camp's director,", "…, the director of the camp,"): its last word is the role.
_BEFORE = re.compile(r"\b(?:the|a|an|[A-Z][\w'’-]*['’]s)\s+(?:[\w'’-]+['’]s\s+)?(?:[a-z][\w'’-]*\s+){0,2}?"
                     r"(?P<role>[a-z]{4,}),\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")
_AFTER = re.compile(r"^,\s+(?:the|a|an)\s+(?:[\w'’-]+['’]s\s+)?(?:[a-z][\w'’-]*\s+){0,2}?(?P<role>[a-z]{4,})"
                    r"(?=\s*[,.]|\s+(?:of|at|in|for)\s)")
# Roles other rules read: a spokesman (the article's last one), bodies ("the ministry"), and
# words that are no role ("the town's main hospital, X").
_NOT_ROLES = frozenset("""spokesman spokeswoman spokesperson army forces force command ministry police guard navy
government council committee front movement party service agency commission office hospital school camp village
town city district province region area statement report group""".split())
# Roles an unnamed source is often cited by too ("a senior security official, who asked not to be
# named"), or that each place has ("the governor" of another region): "the official said" may be
# someone else than the named one.
_COMMON_ROLES = frozenset("""official officer commander witness doctor source diplomat resident medic nurse soldier
fighter analyst expert activist worker survivor villager farmer trader governor mayor chief head""".split())
# "…, the abbot said.", '"…," the director said.', "The abbot added that …", "…, said the abbot."
_ROLE_SAID = re.compile(rf"(?:^\W*|[,;\"”’]\s*)(?i:the)\s+([a-z]+)\s+(?:(?:also|later|then)\s+)?{SPEECH}\b|"
                        rf"\b{SPEECH}\s+the\s+([a-z]+)\s*[,.]")


def role_of(text: str, name: str) -> str:
    """The role set beside a named speaker's name in ``text``, lower case; "" if none is."""
    at = text.find(name) if name else -1
    if at < 0:
        return ""
    for role in (_BEFORE.search(text[max(0, at - 80):at]), _AFTER.match(text[at + len(name):])):
        if role and role.group("role") not in _NOT_ROLES | _COMMON_ROLES and not role.group("role").endswith(("ly", "ing")):
            return role.group("role")
    return ""


def role_said(text: str) -> str:
    """The role a sentence's speaker is named by alone ("the abbot said"), lower case; "" if none."""
    said = _ROLE_SAID.search(text)
    return (said.group(1) or said.group(2)) if said else ""
