"""What a sentence says that grouping compares: whether it is a claim mention at all
(:func:`claim_problem`), its figures, years, proposition, anchors and kinds of action, gathered in
its :class:`Signature`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import settings
from ..mentions import DATELINE
from .countries import _country, _word
from .figures import counts_agree, figures, figures_agree, figures_counted, shares_precise_figure
from .settings import ANCHOR_BONUS, FIGURE_BONUS, SIMILARITY

_TERMINAL = re.compile(r"[.!…][\"”’'»)\]]*$")
# A reader's prompt opens the line ("Sign up for our newsletter", "Join our community …"); within a
# sentence only unmistakable ones count, so "no sign in the footage", "queued to sign up for aid",
# "the Horn Security Brief newsletter said" and "200 tonnes per month" stay claims.
_FURNITURE = re.compile(
    r"^[^\w\"“‘'«]*(?:subscribe|sign up|sign in|log in|newsletter|follow us|join our|read more|click here|skip to|"
    r"share this|advertisement|support (?:independent|our) journalism)\b|"
    r"\b(?:all rights reserved|click here|skip to (?:main )?content|share this (?:article|story|page)|"
    r"follow us (?:on (?:Telegram|X|Twitter|Facebook|Instagram|WhatsApp|YouTube|TikTok)|for (?:updates|more))|"
    r"subscribe (?:to (?:our|my)|now|today)|(?:we|this site) uses? cookies|cookie (?:policy|settings)|"
    r"copyright\s*(?:©|\(c\)|\d{4}))\b|^(?=(?:\S+\s+){0,7}\S+\s*$).*[$€£]\s?\d[\d.,]*\s*(?:/|per\s+)(?:year|month)\b|"
    r"\(photo\b|getty images|^(?:this |file )?(?:picture|photo|image)\b.{0,40}\b(?:taken|shows)\b|"
    # credit and update lines and in-body link lists: "Additional reporting by Reuters in Amman.",
    # "This article was updated at 20:10.", "READ MORE: ..."
    r"^(?=.{0,90}$)\W*(?:additional )?(?:reporting|writing|editing) by (?-i:[A-Z])[^.]*[.)]*$|"
    r"^\W*this (?:article|story) (?:was|has been) (?:updated|amended|corrected)\b|"
    r"^\W*(?:read more|related|see also|more on this)\b\W*[:|]", re.I)
_UNVERIFIED = (r"(?:(?:could|can)\s*(?:not|n['’]t)\s+(?:be\s+)?|(?:was|were|is|are)\s+unable\s+to\s+)"
               r"(?:independently\s+)?(?:verif|confirm|authenticat)")
# "Neither claim could be independently verified."
_NEITHER = r"(?:could|can)\s+be\s+(?:independently\s+)?(?:verif|confirm|authenticat)"
# "could not be independently verified" says how sure the writer is, not what might happen.
_SPECULATIVE = re.compile(rf"\b(?!{_UNVERIFIED})(?:could|might|may)\b")
# What a verification note is about: a claim's figures, or whatever was just said, in general words.
_NOTE_ON_FIGURES = re.compile(r"\b(?:the|these|those|its|their|either|neither|both|(?-i:[A-Z])[\w-]*['’]s?)\s+(?:[\w'’-]+\s+)?"
                              r"(?:figures?|tolls?|numbers?|counts?)\b", re.I)  # "The commissioner's figure", "Nuur's figure"
# ("The military's claim", "Hezbollah's account": whoever's it is, as "its claims")
_GENERAL = r"(?:it|this|that|these|they|them|(?:the|either|neither|both|each|these|those|its|their|" \
           r"(?:the\s+)?[\w-]+['’]s?(?<!\bit['’]s)(?<!\bit['’]))\s+(?:side['’]s?\s+|sides['’]\s+|" \
           r"parties['’]\s+|party['’]s\s+)?(?:claims?|reports?|accounts?|versions?|allegations?|footage|videos?|" \
           r"images?|photos?|photographs?|recordings?|audio|documents?|memos?|letters?|authenticity|veracity|provenance)" \
           r"(?:\s+(?:of|from|in)\s+(?:the|its|their|this|these|those)\s+(?:[\w-]+\s+)?[\w-]+)?)"  # "the authenticity of the memo", "the accounts from the village"
_SIDES = r"(?:\s+(?:made\s+)?(?:by|of|from)\s+(?:either|both|each|the two)\s+(?:sides?|parties|party))?"
# "… verify the claim or the identity of the speakers": the note may name a second thing
_OR_MORE = (r"(?:\s+(?:or|and|nor)\s+(?:(?:who|whether|where|when)\b[^,;.]{1,60}|(?:the|its|their)\s+"
            r"(?!(?:[\w'’-]+\s+){0,3}?(?:said|says|told|added|reported|claimed|denied|insisted)\b)(?:[\w'’-]+\s+){0,5}?[\w'’-]+))?")
_NOTE_ON_ANY = re.compile(rf"^\W*{_GENERAL}\b|\b(?:verif\w*|confirm\w*|authenticat\w*)\s+{_GENERAL}{_SIDES}{_OR_MORE}\W*$", re.I)
# "… could not independently verify who fired the shells.": a note on what its question asks
# (an outlet's "independently"; "Peskov said he could not confirm whether Putin would attend" is a claim)
_NOTE_ASKS = re.compile(r"\bindependently\s+(?:verify|confirm)\s+(?:who|whether|which\s+side)\b(?P<asks>[^,;]{0,60})\W*$", re.I)
# A note on the sides' accounts ("the accounts of either side") does not hedge a UN body's or a
# monitor's figure that stands before it: neither is a side.
_ON_SIDES = re.compile(r"\b(?:either|both|each|the\s+two)\s+(?:sides?|parties|party)\b", re.I)
_NO_SIDE = frozenset({"un_figure", "named_monitor"})
# A sentence that only says something could not be verified ("The footage could not be
# independently verified.", "Reuters was unable to verify the figures.") asserts nothing itself;
# it hedges the claim of the sentence before. "The Kremlin could not confirm that Putin would
# attend" is a claim.
# A clause after it may only say why: access is cut, or those asked did not answer ("…, and access to
# the area is restricted", "…, and the embassy did not respond"); a clause with a source or a new
# event of its own ("…, and the Observatory puts the toll at 350") keeps the sentence a claim.
# Those asked did not answer: "did not respond", "declined to comment", "could not be reached".
_NO_ANSWER = (r"(?:(?:did|has|have|had)\s+not\s+(?:immediately\s+|yet\s+)?(?:respond(?:ed)?|repl(?:y|ied)|answer(?:ed)?|"
              r"return(?:ed)?|comment(?:ed)?)|declined\s+to\s+(?:comment|say|give|discuss|elaborate|confirm|specify|answer)"
              r"|(?:could|can)\s*(?:not|n['’]t)\s+be\s+reached|(?:was|were|is|are)\s+unable\s+to\s+(?:reach|contact)\s+[^,;.]{0,60}?\bfor\s+comment"
              r"|(?:did|has|have|had)\s+not\s+(?:yet\s+)?received\s+(?:a\s+|any\s+)?(?:reply|response|answer|comment)"
              r"\s+(?:by\s+(?:the\s+time\s+of\s+)?(?:publication|press\s+time|deadline)|to\s+(?:a|its|our|their|the|emailed|"
              r"written)\s+(?:request|questions|email|calls|messages))|(?:was|were|is|are)\s+not\s+(?:immediately\s+)?available\s+"
              r"for\s+comment|(?:has|have|had)\s+(?:yet\s+)?to\s+respond|(?:gave|offered|made)\s+no\s+(?:immediate\s+)?comment)")
_WHY_NOT = (r"(?:[^;,]{0,80}\b(?:access|communications?|internet|telephone|phone|mobile|electricity|roads?|journalists|"
            r"reporters|the\s+media|independent\s+\w+)\b[^;,]{0,60}\b(?:restricted|limited|cut|blocked|barred|closed|"
            r"down|banned|denied|impossible|difficult|suspended|severed|not\s+allowed)"
            rf"|[^;,]{{0,80}}\b{_NO_ANSWER})\b[^;,]{{0,80}}")
# Or a clause may say who rejects what the note is about ("…, which the army dismissed as 'a montage'"):
# the rejecter disputes the claim the note hedges.
_WHICH_REJECTS = (r"which\s+[^,;]{1,60}?\b(?:dismissed|dismisses|denied|denies|rejected|rejects|disputed|disputes|"
                  r"called|calls|described|describes)\b[^;]{0,120}")
_REJECTED_BY = re.compile(rf",\s+{_WHICH_REJECTS}[.!][\"”’]?$", re.I)
_SAID = r"(?:said|says|told|tells|reported|reports|added|adds|according)"
# Or where the place is ("…, which lies in an area largely controlled by al-Shabaab").
_WHERE_IT_IS = r"(?:which|where)\s+(?:lies|lay|sits|is\s+(?:located|situated|in|near|under)|was\s+(?:located|in|under))\b[^;,]{0,100}"
# (no clause that goes on to a source's word: "…, and the army declined to comment but X said 17 died")
_WHY_CLAUSE = re.compile(rf"(?:,?\s+(?:and|as|because|since)\s+(?![^;]*\b(?:but|though|although|while|whereas|{_SAID})\b){_WHY_NOT}|"
                         rf",\s+{_WHERE_IT_IS})[.!]$", re.I)
_NOTE_SHAPE = re.compile(rf"^(?:[^,;]{{0,80}}?\b{_UNVERIFIED}|\W*neither\b[^,;]{{0,60}}?\b{_NEITHER})\w*\b[^,;]{{0,120}}"
                         rf"(?:,?\s+(?:and|as|because|since)\s+{_WHY_NOT}[.!]|,\s+{_WHICH_REJECTS}[.!][\"”’]?|"
                         rf",\s+{_WHERE_IT_IS}[.!]|[.!])$", re.I)


_OTHERS_CANNOT = re.compile(rf"\b(?:said|says|added|insisted)\s+(?:that\s+)?(?!It\b|They\b|He\b|She\b|We\b)[A-Z][\w'’-]*"
                            rf"(?:\s+[A-Z][\w'’-]*)*\s+{_UNVERIFIED}")
_POSSESSIVE_NOTE = re.compile(r"^\W*(?:the\s+)?([\w-]+)['’]s?\s+(?:[\w-]+\s+)?(?:claims?|accounts?|versions?|reports?|figures?|"
                              r"tolls?|statements?)\b", re.I)


# A side's claim named by its adjective, and nothing more said: "The Houthi claim could not be
# independently verified." (not "…, but the Israeli military confirmed a tank was hit").
_ADJECTIVE_NOTE = re.compile(rf"^\W*the\s+(?-i:[A-Z])[\w-]*\s+(?:claims?|accounts?|versions?|reports?|figures?|tolls?|"
                             rf"statements?)\s+{_UNVERIFIED}\w*\W*$", re.I)


def verification_note(text: str) -> bool:
    """Whether ``text`` is a verification note about what was just said (see ``_NOTE_SHAPE``)."""
    text = text.strip()
    if _ADJECTIVE_NOTE.match(text):
        return True
    if not _NOTE_SHAPE.match(text):
        return False
    if _OTHERS_CANNOT.search(text):
        return False  # "Hamas said Israel could not verify the documents": Hamas's claim
    text = _REJECTED_BY.sub(".", text)  # what the note is about comes before who rejects it
    text = _WHY_CLAUSE.sub(".", text)  # or why it could not be verified, or where
    return bool(_NOTE_ON_ANY.search(text) or _NOTE_ON_FIGURES.search(text) or _NOTE_ASKS.search(text))


# "Reuters could not verify the claim and the army said Hamas fighters had used the school": a note on
# what was just said, then a claim of the sentence's own, which the note does not doubt
_NOTE_THEN = re.compile(rf"^(?P<note>[^,;]{{0,80}}?\b{_UNVERIFIED}\w*\s+(?:{_GENERAL}{_SIDES}|{_NOTE_ON_FIGURES.pattern})|"
                        rf"\W*{_GENERAL}\s+{_UNVERIFIED}\w*),?\s+(?:and|but|while)\s+"
                        r"(?=[^;]*\b(?:said|says|told|added|reported|claimed|insisted|maintained|denied)\b)", re.I)


def leading_note(text: str) -> int:
    """Where a verification note that opens a sentence of its own claim ends ("Reuters could not
    verify the claim and the army said …": after "claim"); 0 if the sentence opens with none."""
    note = _NOTE_THEN.match(text)
    return note.end("note") if note and verification_note(note.group("note") + ".") else 0


_MATERIAL = re.compile(r"\b(?:footage|videos?|images?|photos?|photographs?|recordings?|audio|documents?|memos?|logs?|"
                       r"letters?|tapes?|calls?|intercepts?)\b", re.I)


def note_fits(note: str, before: str) -> bool:
    """Whether a note that opens a sentence can be about the claim just before it: a note on footage,
    images or documents only where that claim speaks of such material ("Reuters could not verify the
    footage and the army said …" after a toll is the army's footage)."""
    return not _MATERIAL.search(note) or bool(_MATERIAL.search(before))


def note_on_both(note: str) -> bool:
    """Whether a note speaks of two figures at once ("could not verify either toll"), the one that
    follows it too; not of the sides' accounts before it ("either side's account")."""
    return bool(re.search(r"\b(?:either|both|neither)\s+(?:of\s+the\s+)?(?:tolls?|figures?|counts?|numbers?)\b", note, re.I))


_VERIFY_POSSESSIVE = re.compile(r"\b(?:verify|confirm|authenticate)\s+(?:the\s+)?([\w-]+)['’]s?\s+(?:[\w-]+\s+)?"
                                r"(?:claims?|accounts?|versions?|reports?|figures?|tolls?|statements?)\b", re.I)


def note_owner(note: str) -> str:
    """Whose claim a verification note names ("The army's claim could not be …": "army"), lower
    case; empty if it names none."""
    named = _POSSESSIVE_NOTE.match(note) or _VERIFY_POSSESSIVE.search(note)  # "… could not verify Nuur's figure."
    return named.group(1).lower() if named else ""


def note_hedges(note: str, before: str, labels=()) -> bool:
    """Whether a verification note hedges the sentence just before it (whose ``labels`` are
    given): it refers back in general words ("this", "the footage"), unless it is about the sides'
    accounts and that sentence cites only a UN body or a monitor; it asks what that sentence
    speaks of ("who fired the shells"); or it is about figures and that sentence states one."""
    note = _WHY_CLAUSE.sub(".", _REJECTED_BY.sub(".", note.strip()))
    if _ON_SIDES.search(note) and labels and set(labels) <= _NO_SIDE:
        return False
    if asks := _NOTE_ASKS.search(note):  # "who fired the shells" hedges "the shells were fired by …"
        asked = _stems(asks.group("asks"))
        return len(asked & _stems(before)) >= min(2, len(asked))  # not "forces" alone
    return bool(_NOTE_ON_ANY.search(note) or (_NOTE_ON_FIGURES.search(note) and figures(before)))


# A note on leaked material ("… could not verify the document"), which the article's leak sentences
# just before it are all about, not only the last one ("A flight log leaked to X shows …. According to
# the log, …. X could not verify the document.")
_ON_MATERIAL = re.compile(r"\b(?:the|this|that|these|those)\s+(?:leaked\s+|intercepted\s+)?(?:documents?|memos?|logs?|"
                          r"recordings?|audio|tapes?|calls?|intercepts?|files|letters?|cables?|transcripts?)\b", re.I)


def note_on_material(note: str) -> bool:
    """Whether a verification note is about leaked material (see ``_ON_MATERIAL``)."""
    return bool(_ON_MATERIAL.search(_REJECTED_BY.sub(".", note.strip())))


_NOTE_ON_TOLLS = re.compile(r"\b(?:the|these|those|its|their)\s+(?:(?:casualty|death|reported)\s+)?"
                            r"(?:figures?|tolls?|numbers?|counts?)\b", re.I)


# A casualty count: a number with the dead or wounded it counts ("27 bodies", "killing at least 19
# civilians", "38 people had been killed", "31 terrorists neutralised"); not an age ("Samira Hamdouna, 41,"), "her three
# children", 300,000 who fled, "5,000 soldiers deployed" or "12 soldiers captured".
_COUNT = (r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
          r"fifty|sixty|seventy|eighty|ninety|hundred|dozens|scores|hundreds|thousands)")
_ABOUT = r"(?:(?:at\s+least|more\s+than|nearly|almost|up\s+to|over|some|about|around|an\s+estimated)\s+)?"
_CASUALTY_FIGURE = re.compile(
    rf"(?<!\bher )(?<!\bhis )(?<!\btheir )(?<!\bits )\b{_COUNT}\s+(?:[\w-]+\s+){{0,3}}?(?:bodies|dead|casualties|deaths|"
    r"fatalities|killed|wounded|injured|neutrali[sz]ed)\b|"
    rf"(?<!\bher )(?<!\bhis )(?<!\btheir )\b{_COUNT}\s+(?:[\w-]+\s+){{0,2}}?(?:people|persons|civilians|children|women|men|"
    r"soldiers|fighters|patients|residents|villagers|[A-Z]\w+ans)(?:,[^,;.]{1,60},)?\s+(?:\w+\s+){0,5}?"  # ", most of them women,"
    r"(?:killed|dead|died|wounded|injured)\b|"
    rf"\b(?:killing|killed|wounding|wounded|injuring|injured|neutrali[sz](?:ing|ed))[\"”’']?\s+{_ABOUT}{_COUNT}\b|"
    r"\btoll\b[^.;]{0,60}\d", re.I)


_ON_TWO = re.compile(r"^\W*(?:neither|both|either)\s+(?:of\s+the\s+)?(?:claims?|accounts?|versions?|figures?|tolls?|"
                     r"reports?|statements?)\b", re.I)


def note_on_two(note: str, before: str, earlier: str, labels=()) -> bool:
    """Whether a verification note about two claims ("Neither claim could be independently
    verified.") also hedges ``earlier``, the sentence two before it: where ``before``, the sentence
    just before, has one speaker (else it may hold both claims), and the note would hedge
    ``earlier`` on its own (not a UN body's or a monitor's figure on the sides' accounts; a figure,
    where the note is about figures)."""
    return bool(_ON_TWO.match(note)) and len(re.findall(r"\b(?:said|says|told|according to|claimed)\b", before)) <= 1 \
        and note_hedges(note, earlier, labels) and (not _NOTE_ON_FIGURES.search(note) or bool(figures(earlier)))


def note_reaches(note: str, earlier: str) -> bool:
    """Whether a verification note on the tolls ("The toll could not be independently verified",
    "… could not verify the tolls or who carried out the strikes"; not "the Russian figures") also
    speaks of a claim of its article further back than the sentence just before it: one that
    states a casualty figure."""
    return bool(_NOTE_ON_TOLLS.search(note) and _CASUALTY_FIGURE.search(earlier))


def _stems(text: str) -> set[str]:
    """The first five letters of a text's longer words ("fired" and "fire" do not meet; "shells" and "shell" do)."""
    return {w[:5] for w in re.findall(r"[a-z]{5,}", text.lower())}


# "The French embassy did not respond to a request for comment.": how the reporting was done, no
# claim; not where a clause goes on to say something ("…, but its government said", "…, saying the
# military would not release figures") or inside a quotation.
_NO_COMMENT = re.compile(rf"^(?![\"“‘'])[^,;]{{0,100}}?\b{_NO_ANSWER}\b"
                         r"(?![^;]*,\s+(?:but|saying|adding|although|though|while|whereas|insisting|arguing)\b)", re.I)


def claim_problem(text: str, labels: list[str]) -> str | None:
    """Why a sentence is not a claim mention, or None if it is one.

    A claim mention is a complete declarative sentence (ends with ``.`` or ``!``, so headlines,
    captions and lists of links, which carry no final period, drop out) of at least
    ``MIN_WORDS`` words that is not a question, not page furniture, not a verification note or a
    "did not respond to a request for comment", and not unattributed speculation ("could",
    "might", "may" with no source and no figure).
    """
    stripped = text.strip()
    if stripped.rstrip("\"”’'»)] ").endswith("?"):
        return "question"
    if not _TERMINAL.search(stripped):
        return "no final punctuation (headline, caption or list item)"
    if len(stripped.split()) < settings.MIN_WORDS:
        return f"fewer than {settings.MIN_WORDS} words"
    if _FURNITURE.search(stripped):
        return "page furniture"
    if verification_note(stripped):
        return "verification note (hedges the sentence before)"
    if _NO_COMMENT.search(stripped):
        return "no comment (how the reporting was done)"
    if not labels and _SPECULATIVE.search(stripped) and not figures(stripped):
        return "unattributed speculation"
    return None


# ----- what gets compared: figures and the proposition -----------------------------------------

_SAYS = (r"(?:said|says|say|reported|reports|added|adds|claimed|claims|announced|warned|estimated|"
         r"estimates|confirmed|concluded|told [^,]+?)")
_TRAILING = re.compile(rf",\s*(?:[^,]{{0,80}}?\s)?{_SAYS}(?:\s+(?:on|in|late|early)\s+\w+)?\s*[.!]?[\"”’']*$|"
                       r",\s*according to [^,]+[.!]?$", re.I)
_LEADING = re.compile(r"^(?:[^,]{0,80}?\s)?(?:said|says|reported|announced|warned|estimated|confirmed|"
                      r"concluded|accused)\s+(?:that\s+)?", re.I)


def proposition(text: str) -> str:
    """The sentence without its attribution clause (", officials said.", ", according to the
    UN.", "The ministry said that ..."): what gets embedded, since who said it belongs to the
    origins, not to the claim."""
    stripped = _TRAILING.sub(".", text.strip())
    bare = _LEADING.sub("", stripped)
    return bare if len(bare.split()) >= 4 else stripped


_YEAR = re.compile(r"(?<![\d,.$£€])(?:1[89]|20)\d\d(?!\d|[,.]\d|s\b)")


def years(text: str) -> frozenset[str]:
    """The years a sentence names ("in June 2014", "since 2011"; not "the 1990s")."""
    return frozenset(_YEAR.findall(text))


# Kinds of action in conflict reporting; two sentences about one actor or place assert the same
# thing more plausibly when they describe the same kind of action.
_ACTIONS = {
    "ATTACK": "assault assaults offensive offensives push attack attacks attacked attacking storm stormed storming "
              "operation operations onslaught advance advanced advancing fight fighting fought battle battles combat "
              "clashes shelling shelled bombing bombed strike strikes struck raid raided",
    "LEAD": "lead leads leading led spearhead spearheads spearheading spearheaded vanguard brunt driven directing directed "
            "oversee oversees overseeing oversaw command commanding commanded",
    "CAPTURE": "capture captured captures take taken took taking seize seized seizes seizing retake retook retaken "
               "recapture recaptured overran overrun fall fell lost control controls controlled",
    "KILL": "kill kills killed killing killings dead died dying death deaths massacre massacred slaughter executed",
    "FLEE": "flee flees fled fleeing displace displaces displaced displacing displacement refuge shelter sheltering "
            "evacuate evacuated evacuation",
    "ARM": "arm arms arming weapon weapons munitions ammunition shells missiles rockets drones supplying supplied",
    "AID": "aid humanitarian relief supplies assistance convoys",
    "DEPLOY": "send sends sent sending deploy deployed deploying deployment transfer transferred dispatch dispatched "
              "flown presence present recruit recruited recruiting",
}
_ACTION_OF = {w: kind for kind, words in _ACTIONS.items() for w in words.split()}
_CALENDAR = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())
_CAPITALISED_FUNCTION = frozenset("""the a an in on at but and or some more about only over under between much what
unlike facing after before since while when as if it its this that these those there their they he she we our
also however meanwhile according""".split())


_NAME_TOKEN = re.compile(r"[A-Za-z][\w'’.-]*[\w]|[A-Za-z]")


def anchors(text: str) -> frozenset[str]:
    """The named actors and places a sentence mentions: countries by any demonym, capital or
    "-backed" form (IRAN), and other capitalised words ("mosul", "wagner"); a sentence's first
    word counts only when the next is capitalised too, and months, days and capitalised function
    words never count. Call it on :func:`proposition` so the sources are left out."""
    tokens = _NAME_TOKEN.findall(text)
    out = set()
    for k, token in enumerate(tokens):
        word, country = _word(token), _country(token)
        if country:
            out.add(country)
        elif token[0].isupper() and word not in _CALENDAR and word not in _CAPITALISED_FUNCTION and (
                k > 0 or (len(tokens) > 1 and tokens[1][0].isupper())):
            out.add(word)
    return frozenset(out)


def actions(text: str) -> frozenset[str]:
    """The kinds of action a sentence describes (ATTACK, CAPTURE, KILL, ...; see ``_ACTIONS``)."""
    return frozenset(_ACTION_OF[w] for w in (_word(t) for t in re.findall(r"[A-Za-z][\w'’-]*", text)) if w in _ACTION_OF)


_NAMED_AGENT = r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*"
_AGENT = rf"(?:the\s+)?({_NAMED_AGENT}(?:\s+(?:[a-z]+\s+)?(?:and|or)\s+(?:the\s+)?{_NAMED_AGENT})?)"
# Who a sentence says fired: "the shells were fired by M23 rebels", "fired from FARDC positions";
# not who launched an offensive or carried out an investigation.
_BLAME = re.compile(rf"\b(?:fired|shelled|bombed|dropped|planted|laid)\s+by\s+{_AGENT}|"
                    rf"\b(?:fired|launched|came|coming)\s+from\s+{_AGENT}(?:-(?:held|controlled))?\s+"
                    r"(?:positions?|lines|territory|side|bases?)\b|"
                    # the subject that opened fire on the other side's positions: "Azerbaijani forces opened fire
                    # on Armenian positions" and "Armenian units fired on Azerbaijani positions" are two sides' accounts
                    # (also after a speech verb or "according to" the proposition kept: "X, part of the GKNB, said Tajik
                    # guards opened fire first")
                    r"(?:^\W*(?:[Aa]ccording\s+to\s+[^,;]{1,80},\s+|on\s+\w+\s+that\s+)?|\b(?:said|says|saying)\s+(?:on\s+\w+\s+)?(?:that\s+)?)(?:[Tt]he\s+)?"
                    r"((?:(?!(?:Border|Armed)\b)[A-Z][\w'’-]*\s+){1,2})(?:[Aa]rmed\s+|[Bb]order\s+)?"
                    r"(?:[Ff]orces|[Tt]roops|units|soldiers|army|military|[Gg]uards|side)\s+"
                    r"(?:had\s+|have\s+|has\s+)?(?:(?:(?:opened\s+fire|fired)(?:\s+first)?[^;]{0,40}?\s+(?:on|at)|shelled|attacked|launched\s+(?:an?\s+)?(?:[a-z]+\s+)?(?:attacks?|assault|offensive)\s+on)\s+"
                    r"(?:an?\s+|the\s+)?(?:(?:[A-Z][\w'’-]*\s+){1,2}|(?:its|their|our)\s+)?"
                    r"(?:positions?|posts?|outposts?|troops|soldiers|forces|units|villages?|territory|patrols?|checkpoints?|details?|detachments?)\b"
                    # not a reply: "Thai forces attacked Cambodian positions only after Cambodian soldiers fired"
                    r"(?![^;]*\b(?:only\s+after|in\s+response|in\s+retaliation|retaliat\w*|after\s+(?:[\w'’-]+\s+){0,3}"
                    r"(?:fired|attacked|opened\s+fire|shelled))\b)|"
                    r"opened\s+fire\s+first\b)|"
                    # "Tajik servicemen came under fire from Kyrgyz border guards": the Kyrgyz fired
                    rf"\bcame\s+under\s+(?:[a-z]+\s+)?(?:fire|attack|shelling|mortar\s+fire)\s+from\s+{_AGENT}")


_WEAPONS = re.compile(r"\s+(?:launchers?|rockets?|missiles?|systems?|guns?|howitzers?|mortars?|drones?|jets?|aircraft|"
                      r"warplanes?|planes?|"
                      r"helicopters?|tanks?|artillery|shells?)\b")


_BACKER = re.compile(r"\b[A-Z][\w'’]*-(?:backed|led|allied|aligned|run|funded|supported)\b\s*")


# Words that name what kind of body an agent is, not which: "Sudanese Armed Forces" and "Rapid
# Support Forces" are two sides.
_AGENT_KIND = frozenset("forces force army armed troops rebels militia militias group movement front brigade "
                        "brigades division guard guards units fighters soldiers military corps".split())


def _kindless(text: str) -> set[str]:
    """The :func:`anchors` of a phrase (its first word too), less the words of a kind of body where
    others are left ("fired by the Army": the army, whose else is not said)."""
    named = set(anchors("x " + text))
    return named - _AGENT_KIND or named


def _agent_names(agent: str) -> set[str]:
    """The names of an agent as :func:`anchors` gives them, less the words of its kind; a
    registered state organ as its state ("FARDC" is CONGO), a multi-word name also by its
    initials ("Rapid Support Forces" is also the RSF), and a backer dropped ("the Iran-backed
    group Hezbollah" is Hezbollah, not Iran)."""
    from ..registry import load_registry
    from .names import _source_state

    agent = _BACKER.sub("", agent.replace("U.S.", "US"))
    capitals = re.findall(r"\b[A-Z][\w'’-]*", agent)
    found = _kindless(agent) | {s for r in load_registry().find(agent) if (s := _source_state(r.source))}
    if len(capitals) > 2:
        found.add("".join(c[0] for c in capitals).lower())
    return found


def blamed(text: str) -> frozenset[str]:
    """The actors a sentence says fired or launched an attack ("fired by M23 rebels", "fired from
    FARDC positions"), by :func:`_agent_names`; of a weapon named ("fired by BM-21 launchers")
    only a country counts."""
    out = set()
    for m in _BLAME.finditer(text):
        k = next(k for k in (1, 2, 3, 4) if m.group(k))
        found = _agent_names(m.group(k))
        if k == 3:  # the opening subject only where it names a state ("Government forces", "Enemy troops": whose?),
            # by the origins' table too: "Thai troops", "Kyrgyz border guards"
            found = ({a for a in found if a.isupper()} | states) if (states := _subject_states(m.group(k))) or all(
                w.isupper() for w in m.group(k).split()) else set()
        elif k == 4:  # "came under fire from Cambodian troops": a state by the origins' table too, as above; not a
            from ..registry import load_registry  # critic ("came under fire from Amnesty International")

            armed = any(r.source.kind in ("armed_group", "military", "government") for r in load_registry().find(m.group(k)))
            found = _subject_states(m.group(k)) or (found if armed else set())  # not "Kosovo Liberation Army" as Kosovo
        elif _WEAPONS.match(text, m.end(k)):
            found = {a for a in found if a.isupper()}
        out |= found
    return frozenset(out)


# A side's own forces that only returned fire: "Kyrgyz border guards returned fire only to protect civilians" and
# "Tajik border guards returned fire …" are two sides' accounts, each of its own guards.
_RETURNED = re.compile(r"^\W*(?:[Tt]he\s+)?((?:(?!(?:Border|Armed)\b)[A-Z][\w'’-]*\s+){1,2})(?:[Aa]rmed\s+|[Bb]order\s+)?"
                       r"(?:[Ff]orces|[Tt]roops|units|soldiers|army|military|[Gg]uards)\s+(?:had\s+|have\s+|has\s+)?(?:only\s+)?(?:returned|answered)\s+(?:the\s+)?fire\b")


def returned(text: str) -> frozenset[str]:
    """The state whose forces a sentence says returned fire, as "returned:" and its key, so that two
    sides' accounts of their own replies never agree on who fired (:func:`blamed`); or, where it
    says whose fire they returned ("… after Thai soldiers opened fire first"), that state, as
    :func:`blamed` gives who fired."""
    found = _RETURNED.match(text)
    if not (states := _subject_states(found.group(1)) if found else set()):
        return frozenset()
    if after := _FIRED_BEFORE.search(text, found.end()):
        return frozenset(_subject_states(after.group(1)))
    return frozenset(f"returned:{s}" for s in states)


def _subject_states(words: str) -> set[str]:
    """The states a subject of one or two capitalised words names, each word a state's ("Thai",
    "Kyrgyz") or all of them one compound name ("South Ossetian"); empty for any other word ("Government
    forces", "Enemy troops": whose?)."""
    from .names import _COMPOUND, _state_word

    if state := _COMPOUND.get(" ".join(words.split()).lower()):
        return {state}
    states = [_state_word(w) for w in words.split()]
    return set(states) if states and all(states) else set()


_FIRED_BEFORE = re.compile(r"\b(?:after|when)\s+(?:the\s+)?((?:(?!(?:Border|Armed)\b)[A-Z][\w'’-]*\s+){1,2})(?:[Aa]rmed\s+|[Bb]order\s+)?"
                           r"(?:[Ff]orces|[Tt]roops|units|soldiers|army|military|[Gg]uards)\s+(?:had\s+)?(?:opened\s+fire|fired|attacked|shelled)\b")


# not "accusing Ukraine of staging the scene": an accusation of something else
_ACCUSES = re.compile(rf"\b(?:blaming|accusing|blamed|accused)\s+{_AGENT}(?!\s+of\b)")


def accused(text: str) -> frozenset[str]:
    """Whom a sentence blames for what it speaks of ("…, blaming the Rapid Support Forces"), by
    :func:`_agent_names`."""
    return frozenset(n for m in _ACCUSES.finditer(text) for n in _agent_names(m.group(1)))


def doers(text: str) -> frozenset[str]:
    """Who a sentence says did what it reports, as :func:`_agent_names` could match them: who it
    says fired (:func:`blamed`), and the names before its first action word, with the initials of
    their runs of three or more capitalised words ("The paramilitary Rapid Support Forces carried
    out the killings": the RSF; not the speaker, nor a place after the action)."""
    core = proposition(text)
    words = re.findall(r"[A-Za-z][\w'’-]*|\S", core)
    first = next((k for k, w in enumerate(words) if _word(w) in _ACTION_OF), None)
    if first is None:
        return blamed(text)
    before = " ".join(words[:first])
    runs = re.findall(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){2,}", before)
    # "Wagner mercenaries and Malian soldiers": Wagner too
    return frozenset(_kindless(before) | {"".join(w[0] for w in run.split()).lower() for run in runs} | blamed(text))


def _counting(words: str, extra: str = "") -> re.Pattern:
    """A count within a few words of one of ``words`` ("nine people were wounded", "killing 12")."""
    return re.compile(rf"\b{_COUNT}(?:-odd)?\s+(?:[\w'’-]+\s+){{0,5}}?(?:{words})\b|\b(?:{words})\s+(?:[\w'’-]+\s+){{0,3}}?"
                      rf"{_COUNT}\b{extra}", re.I)


# Wounds that killed ("fatally wounded", "succumbed to their injuries") count the dead
_FATAL = re.compile(r"\b(?:fatally|mortally)\s+(?:wounded|injured)|\b(?:succumbed|died)\s+(?:of|from|to)\s+"
                    r"(?:\w+\s+){0,2}?(?:injuries|wounds)", re.I)
_DEAD = _counting(r"killed|killing|kills|dead|died|deaths?|bodies|fatalities|martyr(?:ed|s)|massacred|executed|"
                  r"lives", rf"|\btoll\b[^.;]{{0,60}}?\b{_COUNT}\b|\blost\s+(?:[\w'’-]+\s+){{0,3}}?{_COUNT}\b")
_WOUNDED = _counting(r"wounded|wounding|injured|injuring|injuries|hurt")
_NOT_ONLY = re.compile(r"\b(?:casualt(?:y|ies)|victims)\b", re.I)


def casualties(text: str) -> frozenset[str]:
    """Whom a sentence's counts count, "dead" or "wounded", where it counts only one of them ("nine
    people were wounded"; "put the toll at nine"); empty where it counts both, neither, or
    "casualties"."""
    if _NOT_ONLY.search(text):
        return frozenset()
    text = _FATAL.sub("killed", text)
    kinds = frozenset(k for k, pattern in (("dead", _DEAD), ("wounded", _WOUNDED)) if pattern.search(text))
    return kinds if len(kinds) == 1 else frozenset()


# Whose deaths a sentence speaks of, where it names them by side: "civilians had been killed" and "none of
# its guerrillas had lost their lives" are two sides' accounts, not one claim.
_CIVILIANS = r"civilians?|children|women|residents|villagers|passengers|worshippers|miners|farmers|students|patients"
_FIGHTERS = (r"fighters|militants|guerrillas?|soldiers|troops|insurgents|rebels|terrorists|jihadists|militiamen|"
             r"servicemen|combatants|policemen|officers")
_NOT_AGENT = r"(?!(?:by|when|as|after|while|before|in|during)\b)"
# the victims as subject of a death ("civilians had been killed", "guerrillas had lost their lives"), or as
# what was killed ("killing 12 militants"); not the killers ("militants killed", "killed by the militants")
_DIED = (r"(?:(?:had|have|has)\s+)?(?:died|lost\s+(?:their|his|her)\s+lives?|(?:been\s+)?martyred)|"
         r"(?:(?:had|have|has)\s+)?(?:(?:were|was|been|are|is|be)\s+)+(?:killed|slain|martyred)")
_VICTIMS = {side: re.compile(rf"\b(?:{words})\b(?:\s+{_NOT_AGENT}[\w'’-]+){{0,4}}?\s+(?:{_DIED})\b|"
                             rf"\b(?:killed|killing|killing\s+of)\s+(?:{_NOT_AGENT}[\w'’-]+\s+){{0,3}}?(?:{words})\b", re.I)
            for side, words in (("civilians", _CIVILIANS), ("fighters", _FIGHTERS))}


def victims(text: str) -> frozenset[str]:
    """Whose deaths a sentence reports, "civilians" or "fighters", where it names only one of them."""
    sides = frozenset(side for side, pattern in _VICTIMS.items() if pattern.search(text))
    return sides if len(sides) == 1 else frozenset()


@dataclass(frozen=True)
class Signature:
    """What a mention's grouping guards and bonuses look at (see :func:`group`)."""

    figures: frozenset = frozenset()
    years: frozenset = frozenset()
    anchors: frozenset = frozenset()
    actions: frozenset = frozenset()
    blamed: frozenset = frozenset()
    casualties: frozenset = frozenset()
    victims: frozenset = frozenset()
    counted: frozenset = frozenset()

    def __or__(self, other: "Signature") -> "Signature":
        return Signature(self.figures | other.figures, self.years | other.years,
                         self.anchors | other.anchors, self.actions | other.actions, self.blamed | other.blamed,
                         self.casualties | other.casualties, self.victims | other.victims,
                         self.counted | other.counted)


def signature(text: str) -> Signature:
    """Figures and years of the whole sentence; anchors and actions of its proposition; who it
    says fired; whom and what its figures count."""
    core = proposition(text)
    stated, counts = figures_counted(text)
    # who fired, read past a wire dateline: "BANGKOK, 15 March (NNT) - The ministry said X forces opened fire first"
    undated = proposition(text[dated.end():]) if (dated := DATELINE.match(text)) else core
    return Signature(stated, years(text), anchors(core), actions(core), blamed(undated) | returned(undated),
                     casualties(text), victims(text), counts)


def compatible(a: Signature, b: Signature) -> bool:
    """False when both state figures and none agree, both name years and none is shared, both
    say who fired and name no one alike ("fired by M23 rebels" and "fired from FARDC positions"
    are two sides' accounts, not one claim), or one counts only the dead and the other only the
    wounded ("nine wounded" and "a toll of nine" share a figure, not a claim), or one speaks of civilians'
    deaths and the other only of fighters' ("denied that civilians had been killed", "denied that any of its
    guerrillas had lost their lives"), or the figures they share count different things ("three terrorists"
    and "three Indian posts": :func:`~.figures.counts_agree`)."""
    return (figures_agree(a.figures, b.figures) and (not a.years or not b.years or bool(a.years & b.years))
            and _fire_agrees(a.blamed, b.blamed)
            and (not a.casualties or not b.casualties or bool(a.casualties & b.casualties))
            and (not a.victims or not b.victims or bool(a.victims & b.victims))
            and counts_agree(a.counted, b.counted))


def _fire_agrees(a: frozenset, b: frozenset) -> bool:
    """Whether two accounts of who fired can be one: those who fired (:func:`blamed`) agree where
    both name some, so do those who only returned fire (:func:`returned`), and no one is said by
    one to have returned the fire the other says they opened; a side that returned another's fire
    agrees with that other having fired."""
    fired_a, fired_b = {x for x in a if ":" not in x}, {x for x in b if ":" not in x}
    back_a, back_b = {x[9:] for x in a if x.startswith("returned:")}, {x[9:] for x in b if x.startswith("returned:")}
    return ((not fired_a or not fired_b or bool(fired_a & fired_b)) and (not back_a or not back_b or bool(back_a & back_b))
            and not back_a & fired_b and not back_b & fired_a)


def needed_similarity(a: Signature, b: Signature, threshold: float = SIMILARITY,
                      figure_bonus: float = FIGURE_BONUS, anchor_bonus: float = ANCHOR_BONUS) -> float:
    """``threshold``, lowered by ``figure_bonus`` when both state (agreeing) figures, by
    ``anchor_bonus`` when they share an anchor and a kind of action, or by
    ``PRECISE_FIGURE_BONUS`` when they share a kind of action and a :func:`precise` figure ("the
    same figure phrased differently" is one claim: "displacing more than 358,000 people" and "some
    358,000 have been displaced"); the largest bonus wins.
    No anchor bonus when only one of them states a figure: a quantified claim ("358,000
    displaced") and an unquantified one about the same actor ("Russian strikes helped the army")
    are rarely one proposition."""
    bonus = figure_bonus if a.figures and b.figures else 0.0
    if a.anchors & b.anchors and a.actions & b.actions and bool(a.figures) == bool(b.figures):
        bonus = max(bonus, anchor_bonus)
    if a.actions & b.actions and shares_precise_figure(a.figures, b.figures):
        bonus = max(bonus, settings.PRECISE_FIGURE_BONUS)
    return threshold - bonus


