"""Model inputs: the sentence with registry hints, paired with the sentence before it.

Two pieces of knowledge the sentence alone may lack:

* **world knowledge** — that As-Safir is pro-regime or that Airwars is a monitor.
  Known source names get a short type hint after them ("As-Safir (pro-regime
  media)"), so the model can generalise to registry sources it never saw in
  training.
* **context** — back-references ("he said", "the outlet claimed", "one
  says") take the type of a source named earlier (taxonomy rule 3). The
  previous sentence of the same article is given as a second segment; with
  ``context="cue"`` only to sentences that hold such a back-reference, so a
  narration sentence cannot copy the label of the sentence before it.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from .registry import Registry

HINTS = {
    "named_monitor": "monitor",
    "pro_regime_outlet": "pro-regime media",
    "un_figure": "UN body",
    "media_report": "news outlet",
    "on_record": "named body",
}
CONTEXT_CHARS = 300
CONTEXT_MODES = ("always", "cue", "none")

_SPEECH = (r"(?:said|says|say|added|adds|told|tells|noted|notes|stated|states|claimed|claims|reported|"
           r"reports|warned|warns|explained|continued|insisted|argued|wrote|writes|cited|quoted|alleged|"
           r"revealed|showed|shows|suggests|suggested|confirmed|denied|described|estimated|documented|recorded|"
           r"announced|according)")
_REFERENT = (r"(?:he|she|they|it|we|him|her|them|one|another|"
             r"the\s+(?:[\w-]+\s+){0,2}?(?:source|sources|monitor|observatory|outlet|newspaper|paper|daily|"
             r"report|reports|agency|channel|broadcaster|network|station|website|official|officials|"
             r"spokesman|spokeswoman|spokesperson|statement|study|group|envoy|commander|fighter|activist|"
             r"resident|witness|doctor|organisation|organization|ministry|minister|recording|recordings|"
             r"audio|footage|video|document|documents|intercept|intercepts|transmissions|call|tape|tapes|"
             r"investigators|experts|agency's|analyst|diplomat|officer|man|woman)|"
             r"(?:his|her|their|its)\s+(?:[\w-]+\s+)?(?:statement|report|office|spokesman|account))")
_BACKREF = re.compile(rf"\b{_REFERENT}\b(?:\W+\w+){{0,3}}?\W+{_SPEECH}\b|"
                      rf"\b{_SPEECH}\b(?:\W+\w+){{0,2}}?\W+{_REFERENT}\b|"
                      r"\b(?:is|are|can be|could be|were|was) heard\b", re.IGNORECASE)


def refers_back(text: str) -> bool:
    """Whether the sentence points back to a source named before it ("he said", "the monitor
    added", "according to the report", "one fighter is heard")."""
    return bool(_BACKREF.search(text))


# A sentence, the sentence before it ('' at an article's start) and the acronyms its article defines
# (:mod:`annotator.acronyms`), which change what a registered acronym names there.
Item = tuple[str, str, tuple]


def mark_sources(text: str, registry: Registry, defined: tuple = ()) -> str:
    """``text`` with a type hint in parentheses after every known source name (but those
    registered with ``hint = false``), as an article that spells out the acronyms ``defined`` reads it."""
    from .acronyms import article_registry

    matches = article_registry(registry.hinted(), defined).find(text)
    if not matches:
        return text
    parts = []
    pos = 0
    for match in matches:
        parts.append(text[pos:match.end])
        parts.append(f" ({HINTS[match.source.label]})")
        pos = match.end
    parts.append(text[pos:])
    return "".join(parts)


def with_context(texts: Sequence[str], groups: Sequence[str | None]) -> list[Item]:
    """Pair each sentence with the previous sentence of the same group (article), '' at a group's
    start, and the acronyms the group defines."""
    from .acronyms import definitions

    texts_of: dict = {}
    for text, group in zip(texts, groups):
        texts_of.setdefault(group, []).append(text)
    defined = {group: definitions(group_texts) for group, group_texts in texts_of.items() if group is not None}
    items = []
    previous_group = object()
    previous = ""
    for text, group in zip(texts, groups):
        context = previous if (group is not None and group == previous_group) else ""
        items.append((text, context[-CONTEXT_CHARS:], defined.get(group, ())))
        previous_group, previous = group, text
    return items


def as_items(inputs: Iterable) -> list[Item]:
    """Accept plain strings (no context), (text, context) pairs or items."""
    return [(x, "", ()) if isinstance(x, str) else (x[0], x[1], x[2] if len(x) > 2 else ()) for x in inputs]
