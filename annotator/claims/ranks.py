"""Officers named by military rank (:func:`rank_office`): "Brigadier Hassan Omer al-Tayeb said" is an
officer of some state's forces, as a spokesman of its army is, where the sentence places him
nowhere else."""

from __future__ import annotations

import re

from .apposition import past_age
from .names import _ORGAN, _ORGAN_ALSO, _PORTFOLIO, SIDES, _state_of_name

# Ranks that are ranks alone ("Colonel", "Lt. Gen.", "Maj-Gen", "Vice Admiral"); a bare "General", "Air" or
# "Senior" opens company names and civil titles too ("General Motors", "Senior Advocate"), and ship
# masters, airline pilots and police hold "Captain".
_RANKS = (r"(?:(?:Lt|Lieut|Maj|Brig)[\s-]+(?:Gen|Col)\b\.?|(?:Lt|Lieut|Maj|Brig|Col|Adm|Cmdr|Cdr|Gen)\.|Lieutenant|Major|Brigadier|Colonel|Admiral|"
          r"Commodore|Field\s+Marshal|Air\s+(?:Vice\s+|Chief\s+)?Marshal|(?:Vice|Rear)[\s-]+Adm(?:iral|\.)|"
          r"Senior\s+Colonel|Wing\s+Commander|Group\s+Captain|[Pp]olice\s+(?:[Cc]apt\.|[Cc]aptain|[Cc]ol\.|[Cc]olonel)|"
          r"General(?=[\s-]+[A-Z][\w'’-]+\s+[A-Z]))")
_RANK = rf"(?:{_RANKS}(?:[\s-]+(?:General|Gen\.|Colonel|Col\.|Commander))?)"
_OPENS = re.compile(rf"^\W*{_RANK}[\s-]+(?=[A-Z])")
_JUST_BEFORE = re.compile(rf"(?:^|[\s(]){_RANK}\s+$")
# Words after a rank that make it a title or a body, not a person: "General Secretary X",
# "Major League", "General Atomics Aeronautical Systems", "Commodore Shipping".
_NOT_PERSON = frozenset("""secretary assembly league counsel hospital hotel airport motors dynamics electric atomics
systems shipping minerals group corp corporation company co inc ltd holdings industries airlines airways bank insurance
mills foods energy oil resources mining""".split())
# Before the name, a word that makes the officer an irregular's ("rebel commander Col. X") or
# not an officer now ("retired", "former").
_IRREGULAR = re.compile(r"\b(?:rebels?|militia|militiamen|militants?|guerrillas?|separatists?|insurgents?|jihadists?|"
                        r"fighters?|opposition|resistance|mercenar(?:y|ies)|armed group|former|retired|ex-)[\s-]+"
                        r"(?:[\w'’-]+\s+){0,3}$", re.I)  # a comma between ends it: "Asked about the jihadist attack, Col. X"
# A post held no longer, set before the name: "A former commander of the Somali National Army, Gen. X".
_FORMER_POST_OF = re.compile(r"\b(?:former|ex|onetime|one-time|retired)[\s-]+(?:commander|chief|head|spokes(?:man|woman|person)|"
                             r"officer|leader|director|member|minister|governor|president|ambassador|envoy|advis[eo]r|administrator|"
                             r"chair(?:man|woman)?|secretary|official|representative)\s+(?:of|for|in)\s+[^,;]{1,60},\s+$", re.I)
# A role just before the name ("SPLM-N commander Col. X", "security analyst Col. X", "NATO's military
# spokesman, X"): the role's owner says whose he is, and where it were a state the office would have
# been read already.
_ROLE_BEFORE = re.compile(r"(?<!\bmilitary )(?<!\barmy )(?<!\bdefence )(?<!\bdefense )(?<!\bpolice )(?<!\bnavy )(?<!\bforce )"
                          r"\b(?:spokes(?:man|woman|person)|commander|chief|head|leader|director|analyst|lawmaker|"
                          r"legislator|official|officer|member|adviser|advisor|expert|researcher|pilot|captain|master)"
                          r"\W*$", re.I)
_FORCES = r"(?:army|military|defen[cs]e forces|armed forces|navy|air force|police)"
_POST = r"(?:spokes(?:man|woman|person)|commander|chief|officer)"
# ", Mali's army spokesman,": a post in a named state's forces.
_SERVES_STATE = re.compile(rf",\s+(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)['’]s\s+{_FORCES}\s+(?:[a-z]+\s+)?{_POST}\b")
# ", the army chief,", ", who commands the army's 1st Brigade,": a post in the forces' own units.
_OWN_FORCES = re.compile(rf",\s+(?:the\s+{_FORCES}(?:['’]s)?\s+(?:(?!former\b)[a-z]+\s+)?{_POST}\b|"
                         rf"an?\s+{_FORCES}\s+spokes(?:man|woman|person)(?!\s+(?:for|of|in|at|with)\b)\s*,|"
                         rf"who\s+(?:commands|heads|leads|speaks for)\s+the\s+{_FORCES}['’]s\s)")
# A named owner of the role before the name: "NATO's military spokesman, X".
_OWNER_BEFORE = re.compile(r"[A-Z][\w.&-]*['’]s\s+(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|commander|chief|head)\W*$")
# An apposition that gives his post in his own forces: ", commander of the southern operational
# grouping,", ", head of the military's Western Mindanao Command,", ", Coordinator of Defence Media
# Operations,": no group named but the forces' own units.
_OWN_POST = re.compile(r",\s+(?:the\s+)?(?:[a-z]+\s+)?(?:commander|head|chief|spokes(?:man|woman|person)|coordinator|"
                       r"director)\s+(?:of|for)\s+(?:the\s+)?(?P<own>(?:military|army|armed forces|navy|air force)['’]s\s+)?"
                       r"(?P<unit>[^,;]{1,60})", re.I)
# After the name, anything but a verb of speech describes him ("Col. X, a Syrian army officer who
# defected,", "Col. X, whose fighters took the town,", "Col. X, now retired,").
_DESCRIBED_AFTER = re.compile(r",\s+(?!(?:said|says|told|tells|added|adds|according|insisted|insists|disclosed|discloses|"
                             r"stated|states|announced|announces|explained|explains|confirmed|confirms|revealed|reveals)\b)[A-Za-z]")


def rank_office(text: str, name: str) -> str:
    """The office an officer named by rank (in ``name`` or just before it in ``text``) holds: the
    state a nationality before the rank names ("French Col. X"), else "?" (some state's forces);
    "" for anyone else, or an officer the sentence describes further: not "General Motors", not
    "rebel commander Col. X", not "Col. X, whose fighters took the town,"."""
    at = text.find(name)
    before = text[max(0, at - 60):at] if at > 0 else ""
    opens = _OPENS.match(name)
    rest = name[opens.end():] if opens else name
    if not (opens or _JUST_BEFORE.search(before)):
        return ""
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w'’-]*", rest)]
    if not words or words[0] in _NOT_PERSON or set(words) & (_ORGAN | _ORGAN_ALSO | _PORTFOLIO):
        return ""
    if opens is None:
        before = before[:_JUST_BEFORE.search(before).start()]
    before += " "
    if (_IRREGULAR.search(before) or _ROLE_BEFORE.search(before) or _OWNER_BEFORE.search(before)
            or _FORMER_POST_OF.search(before)):
        return ""
    after = past_age(text, at + len(name))  # "Maj. Hamid Rahal, 45, who defected …"
    if at >= 0 and (serves := _SERVES_STATE.match(text, after)) and (state := _state_of_name(serves.group("state"))):
        return state if state not in SIDES else ""  # "Lt. Col. X, Mali's army spokesman,"
    if at >= 0 and _DESCRIBED_AFTER.match(text, after) and not (_own_post(text, after) or _OWN_FORCES.match(text, after)):
        return ""
    state = _nationality(before)
    return state if state and state not in SIDES else "?"


def _nationality(before: str) -> str | None:
    """The state the capitalised words just before a rank name ("South Sudanese Brig. Gen. X"), the
    longest run that names one first, or a state's organ and post there ("Somali army commander
    Maj. Gen. X")."""
    words = re.search(r"((?:[A-Z][\w'’-]*\s+){1,3})$", before)
    run = words.group(1).split() if words else []
    return next((state for k in range(len(run)) if (state := _state_of_name(" ".join(run[k:])))), None) or (
        organ_post_state(before))


# A post held no longer, right before what names it: "a former ", "the ex-".
FORMER_WORDS = r"(?:former|ex|onetime|one-time|retired|sacked|dismissed)"
FORMERLY = re.compile(rf"\b(?:{FORMER_WORDS}|defected)[\s-]+$", re.I)


# A state's organ, then a post: "Somali army commander ", "Kenyan police spokesman ".
_ORGAN_POST = re.compile(rf"(?:^|\s)((?:[A-Z][\w'’-]*\s+){{1,2}}(?:[a-z][\w-]*\s+){{1,2}}?){_POST}\s+$")


# A post of a state's organ, then the name: "The commander of the Somali National Army (SNA), ".
_POST_OF_ORGAN = re.compile(rf"\b{_POST}\s+of\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){{0,4}}[A-Z][\w'’-]*)(?:\s*\([A-Z]{{2,8}}\))?,?\s+$")


def organ_post_state(before: str) -> str | None:
    """The state whose organ the words before a name give, with the name's post ("Somali army
    commander ", "the commander of the Somali National Army (SNA), " are Somalia's; "rebel army
    commander " none), else None."""
    found = _ORGAN_POST.search(before) or _POST_OF_ORGAN.search(before)
    if found and FORMERLY.search(before[:found.start(1) if found.re is _ORGAN_POST else found.start()]):
        return None  # "a former commander of the Somali National Army": no longer its voice
    state = _state_of_name(found.group(1).strip()) if found else None
    return state if state not in SIDES else None


def _own_post(text: str, end: int) -> bool:
    """Whether the apposition after a name gives a post in the forces' own units, which names no
    other group: lower-case units, organ and portfolio words, or "the military's" anything."""
    post = _OWN_POST.match(text, end)
    if not post or _IRREGULAR.search(post.group("unit") + " "):
        return False
    if _NOT_OWN.search(post.group("unit")):
        return False
    capitalised = {w.lower() for w in re.findall(r"\b[A-Z][\w'’-]*", post.group("unit"))}
    return bool(post.group("own")) or capitalised <= (_ORGAN | _ORGAN_ALSO | _PORTFOLIO | _UNITS)


# A unit's words that may be capitalised ("the 7th Infantry Division"), and forces that are not one
# state's own ("the regional force", "the peacekeeping force's eastern sector").
_UNITS = frozenset("media operations infantry division brigade battalion regiment corps command sector front".split())
_NOT_OWN = re.compile(r"\b(?:peacekeeping|regional force|multinational|international|coalition|african union|united nations|"
                      r"UN|former)\b", re.I)


_RANKED = re.compile(rf"(?:^|(?<=[\s(,]))({_RANK}[\s-]+[A-Z][\w'’-]+(?:\s+(?:al-|el-|bin\s+|de\s+)?[A-Z][\w'’-]+){{0,3}})")


def ranked_officers(text: str) -> list[tuple[str, str]]:
    """Every officer a sentence names by rank, with the office :func:`rank_office` gives him, whatever
    the sentence attributes: "The Director, Defence Media Operations, Maj.-Gen. Ibrahim Dankaka,
    disclosed this" names an officer of some state's forces ("?"), whom "Dankaka said" later is."""
    found = []
    for match in _RANKED.finditer(text):
        if office := rank_office(text, match.group(1)):
            found.append((match.group(1), office))
    return found
