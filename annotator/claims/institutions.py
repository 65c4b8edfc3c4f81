"""Institution names read whole: "the Serbian Ministry of Internal Affairs said" is said by the
ministry, not by "Internal Affairs"; "Al-Qaeda in the Arabian Peninsula" is not "Arabian
Peninsula"."""

from __future__ import annotations

import re

# Words that head a name going on with "of", "for" or "in the" ("Ministry of ...", "Committee for
# ...", "Office of the ..."). Not people's words ("Residents of Bucha", "Fighters of the RSF"):
# those are speakers of the place or group, not its name.
_HEAD = (r"(?:Ministry|Minister|Committee|Office|Authority|Unit|Council|Department|Directorate|Agency|Commission|"
         r"Command|Bureau|Service|Secretariat|Secretary|Forces?|Army|Institute|Cent(?:re|er)|Federation|Association|"
         r"Union|Front|Coordination|Commissioner|Government|Party|Movement|Alliance|League|Court|Tribunal|Assembly|"
         r"Board|Administration|Headquarters|Staff|Corps|Guard|Prosecutor|Presidency|Embassy|Mission|Qaeda|"
         r"Director|Chief|General|Task\s+Force)")
_BEFORE = re.compile(rf"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+)*?(?:[\w'’-]+-)?{_HEAD})\s+(?:of|for|in)\s+(?:the\s+)?$")
_ARTICLE = re.compile(r"^(?:The|A|An)\s+")


def whole_name(text: str, start: int, span: str) -> str:
    """``span`` (found at ``start`` in ``text``) with the institution it ends the name of: "Ministry
    of Internal Affairs" for "Internal Affairs" after "the Ministry of". ``span`` itself where
    no such name goes before it."""
    if not span or not span[0].isupper():
        return span
    while match := _BEFORE.search(text, 0, start):
        head = _ARTICLE.sub("", match.group(1))
        span = f"{head}{text[match.end(1):start]}{span}"
        start = match.start(1) + (len(match.group(1)) - len(head))
    return span
