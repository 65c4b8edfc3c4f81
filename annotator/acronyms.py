"""Acronyms an article defines for itself ("the Armed Forces of the Philippines (AFP)").

The registry knows one meaning of each acronym (AFP is Agence France-Presse). An article that
spells an acronym out as something else means that thing by it in every sentence, so its
sentences are read with an article registry (:func:`article_registry`) in which the acronym
names the defined source: the registered one when the registry knows the full name, else none.
The model's hints, the mention finder and the claims stage all read the article this way.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterable

from .registry import Registry, Source, SourceMatch

Definitions = tuple[tuple[str, str], ...]

_DEFINED = re.compile(r"\(([A-Z][A-Za-z&]{1,7})\)")
_WORD = re.compile(r"[\w'’&-]+")
_CONNECTORS = frozenset("of for the and in on de du des del della di da la le el al d y et pour por".split())
_COMMON = frozenset("""international national liberation people's peoples people democratic united front council
force forces army agency news movement party organisation organization union republic state islamic""".split())
# "ZAMBOANGA, Philippines (AFP) -": the wire's dateline, whatever the article calls AFP later
_DATELINE = re.compile(r"^\W*[A-Z]{2}[A-Z\s.'’-]*(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?\s*\($")


def _capitals(acronym: str) -> str:
    return "".join(c for c in acronym if c.isupper())


def _full_name(before: str, acronym: str) -> str | None:
    """The name right before "(ACRONYM)" whose capitalised words' initials spell the acronym's
    capitals ("Armed Forces of the Philippines" for AFP), or None."""
    capitals = _capitals(acronym)
    if len(capitals) < 2:
        return None
    words = _WORD.findall(before[-160:])
    taken: list[str] = []
    for word in reversed(words):
        if word.isupper() and len(word) > 1:  # "ABBOTTABAD, Pakistan (AP)" is a dateline
            return None
        if word[0].isupper():
            taken.append(word)
            initials = "".join(w[0] for w in reversed(taken) if w[0].isupper())
            if initials == capitals:
                return " ".join(reversed(taken))
            if len(initials) >= len(capitals):
                return None
        elif word.lower() in _CONNECTORS and taken:
            taken.append(word)
        else:
            return None
    return None


def definitions(texts: Iterable[str]) -> Definitions:
    """Every acronym the texts spell out ("Full Name (ACR)"), with its full name; the first
    definition of an acronym counts."""
    found: dict[str, str] = {}
    for text in texts:
        if "(" not in text:
            continue
        for match in _DEFINED.finditer(text):
            acronym = match.group(1)
            name = _full_name(text[:match.start()].rstrip(), acronym)
            if name and acronym not in found:
                found[acronym] = name
    return tuple(sorted(found.items()))


class ArticleRegistry:
    """A registry as one article reads it: matches of a redefined acronym name the article's
    source (or, where the registry does not know it, none), and an acronym the registry lacks
    names the registered source the article spells it out as ("The Arakan Army (AA)", then "The
    AA said"). Everything else is the registry's."""

    def __init__(self, registry: Registry, swaps: dict[str, Source | None], added: dict[str, Source] | None = None):
        self.registry = registry
        self.swaps = swaps
        self.added = added or {}
        self._added = re.compile(r"(?<![\w'’&-])(" + "|".join(map(re.escape, sorted(self.added))) + r")(?![\w&-])") \
            if self.added else None

    def find(self, text: str) -> list[SourceMatch]:
        out = []
        for match in self.registry.find(text):
            if match.text in self.swaps and not _DATELINE.match(text[:match.start]):
                source = self.swaps[match.text]
                if source is None:
                    continue
                match = replace(match, source=source)
            out.append(match)
        if self._added is not None and (extra := [
                SourceMatch(m.start(), m.end(), m.group(0), self.added[m.group(0)]) for m in self._added.finditer(text)
                if not any(x.start < m.end() and m.start() < x.end for x in out)]):
            out = sorted(out + extra, key=lambda m: m.start)
        return out

    def __getattr__(self, name: str):
        return getattr(self.registry, name)


def _swap(registry: Registry, acronym: str, name: str) -> tuple[bool, Source | None]:
    """Whether the article's ``acronym`` means something other than the registry's, and what."""
    registered = [m.source for m in registry.find(acronym) if m.text == acronym]
    if not registered:
        return False, None
    if any(name.lower() == alias.lower() for alias in registered[0].aliases):
        return False, None
    spelled = registry.find(name)
    if any(m.source.name == registered[0].name for m in spelled):
        return False, None
    # a spelling the registry lacks of its own source ("Forces Armées du Mali" for FAMa) shares a
    # word with it that many names hold ("Palestine Liberation Army" is not the Chinese PLA)
    known = {w.lower() for alias in registered[0].aliases for w in _WORD.findall(alias)}
    if any(w.lower() in known for w in _WORD.findall(name) if w.lower() not in _CONNECTORS | _COMMON):
        return False, None
    whole = [m.source for m in spelled if m.end - m.start >= 0.6 * len(name)]
    return True, (whole[0] if len(whole) == 1 else None)


def _added(registry: Registry, acronym: str, name: str) -> Source | None:
    """The registered source an acronym the registry lacks is spelled out as, whole, else None."""
    if any(m.text == acronym for m in registry.find(acronym)):
        return None
    whole = {m.source.name: m.source for m in registry.find(name) if m.end - m.start == len(name)}
    return next(iter(whole.values())) if len(whole) == 1 else None


@lru_cache(maxsize=256)
def _article_registry(registry: Registry, defined: Definitions) -> Registry | ArticleRegistry:
    swaps, added = {}, {}
    for acronym, name in defined:
        changed, source = _swap(registry, acronym, name)
        if changed:
            swaps[acronym] = source
        elif (spelled := _added(registry, acronym, name)) is not None:
            added[acronym] = spelled
    return ArticleRegistry(registry, swaps, added) if swaps or added else registry


def article_registry(registry: Registry, defined: Definitions) -> Registry | ArticleRegistry:
    """``registry`` as an article with these acronym ``definitions`` reads it (the registry itself
    where none of them changes a registered acronym's meaning)."""
    return _article_registry(registry, defined) if defined else registry
