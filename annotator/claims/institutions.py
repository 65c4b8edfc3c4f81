"""Institution names read whole: "the Serbian Ministry of Internal Affairs said" is said by the
ministry, not by "Internal Affairs"; "Al-Qaeda in the Arabian Peninsula" is not "Arabian
Peninsula"."""

from __future__ import annotations

import re

from .names import _ORGAN, _ORGAN_ALSO, _PORTFOLIO, _name_words

# Words that head a body's name going on with "of", "for" or "in the" ("Ministry of ...",
# "Committee for ...", "Office of the ..."). Not people's words ("Residents of Bucha", "Fighters
# of the RSF"): those are speakers of the place or group, not its name.
_BODY = (r"Ministry|Committee|Office|Authority|Unit|Council|Department|Directorate|Agency|Commission|Command|"
         r"Bureau|Service|Secretariat|Forces?|Army|Institute|Cent(?:re|er)|Federation|Association|Union|Front|"
         r"Coordination|Government|Party|Movement|Alliance|League|Court|Tribunal|Assembly|Board|Administration|"
         r"Headquarters|Staff|Corps|Guard|Presidency|Embassy|Mission|Qaeda|State|Task\s+Force")
# A title heads a name only with a portfolio ("Minister of Foreign Affairs", "Director General of
# Military Operations"), never with a group or a person ("Secretary General of the Palestinian
# Islamic Jihad Ziyad al-Nakhalah" is no state's secretary).
_TITLE = r"Minister|Secretary|Director|Chief|General|Commissioner|Prosecutor"
# ("the Ministry of Internal Affairs of Republika Srpska", "the Ministry of Health in the Gaza Strip":
# a name that goes on again after its own "of")
_GOES_ON = r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)?)\s+(?:of|for|in)\s+(?:the\s+)?$"
_BODY_BEFORE = re.compile(rf"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+)*?(?:[\w'’-]+-)?(?:{_BODY}){_GOES_ON}")
_TITLE_BEFORE = re.compile(rf"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+)*?(?:{_TITLE}){_GOES_ON}")
# A person speaking after a phrase that ends in a body's name ("Speaking to the Assembly of Kosovo
# Prime Minister Albin Kurti said"), or a body named by its head ("the Office of the Prime Minister").
_PERSON_TITLE = re.compile(r"\b(?:President|Minister|Premier|Secretary|Spokes(?:man|woman|person)|Governor|Mayor|"
                           r"Ambassador|Envoy|Adviser|Advisor|Commander|General|Colonel|Major|Captain|Lieutenant|"
                           r"Chancellor|King|Emir|Sheikh|Chairman|Chairwoman|Director|Chief|Head)\b")
_ARTICLE = re.compile(r"^(?:The|A|An)\s+")
# A portfolio joined to the name that ends it ("the Foreign and Expatriates Ministry", "the Ministry
# of Labour and Social Affairs")
_PORTFOLIO_AND = re.compile(r"(?<![\w'’-])((?:(?!(?:The|A|An)\s)[A-Z][\w'’-]*\s+)?[A-Z][\w'’-]*)\s+and\s+$")  # "Foreign Affairs and …"


def whole_name(text: str, start: int, span: str) -> str:
    """``span`` (found at ``start`` in ``text``) with the institution it ends the name of: "Ministry
    of Internal Affairs" for "Internal Affairs" after "the Ministry of". ``span`` itself where
    no such name goes before it, or where ``span`` holds a person's title."""
    if not span or not span[0].isupper() or _PERSON_TITLE.search(span):
        return span
    if (joined := _PORTFOLIO_AND.search(text, 0, start)) and _portfolio(joined.group(1)) and _office_name(span):
        span, start = f"{joined.group(1)}{text[joined.end(1):start]}{span}", joined.start(1)
    while match := (_BODY_BEFORE.search(text, 0, start)
                    or (_TITLE_BEFORE.search(text, 0, start) if _portfolio(span) else None)):
        head = _ARTICLE.sub("", match.group(1))
        span = f"{head}{text[match.end(1):start]}{span}"
        start = match.start(1) + (len(match.group(1)) - len(head))
    return span


# Words only a portfolio joined by "and" is made of ("Foreign Affairs and International Cooperation", "Culture and
# Fine Arts"), too common elsewhere to make a name an organ's ("the Kosovo International Security Force").
_JOINED_PORTFOLIO = frozenset("affairs international cooperation development fine arts".split())


def _office_name(span: str) -> bool:
    """Whether ``span`` names a state office by itself: it ends in a body's word ("Expatriates
    Ministry") or is all portfolio words ("Social Affairs"), not a group ("Medecins du Monde",
    "Emergency Lawyers")."""
    return bool(re.search(rf"\b(?:{_BODY})$", span)) or all(
        w in _ORGAN or w in _ORGAN_ALSO or w in _PORTFOLIO or w in _JOINED_PORTFOLIO for w in _name_words(span))


def _portfolio(span: str) -> bool:
    """Whether ``span`` opens with what a state office is for ("Foreign Affairs", "National Defence",
    "Communication Abdelkerim Moussa Ali"), not with a group ("the Palestinian Islamic Jihad")."""
    words = _name_words(span.split()[0]) if span.split() else frozenset()
    return bool(words) and all(w in _ORGAN or w in _ORGAN_ALSO or w in _PORTFOLIO for w in words)
