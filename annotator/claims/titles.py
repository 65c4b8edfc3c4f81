"""Which source a bare title ("the Times", "the Observatory") stands for in one article.

The registry reads "the Times" as the London daily and "the Observatory" as the Syrian one. In an
article that named "The New York Times", the "Ituri Peace Observatory" or is itself published by
the "Ethio Federal Times", the title refers back to that source instead.
"""

from __future__ import annotations

import re

from ..registry import Registry, Source

_SKIP = frozenset({"the", "of", "for", "and", "on", "in"})

# What a title may stand for: a registered source, an unregistered monitor (identity, name as written).
Named = Source | tuple[str, str]


def _name_words(name: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Z][\w'’-]*", name) if w.lower() not in _SKIP}


def _bare_title(text: str, source: Source, registry: Registry) -> str | None:
    """The word of the title ("times") when ``source`` is named in ``text`` only as "the <Word>"."""
    titles = [m.text.split() for m in registry.find(text) if m.source.name == source.name]
    if not titles or not all(len(t) == 2 and t[0].lower() == "the" for t in titles):
        return None
    words = {t[1].lower() for t in titles}
    return words.pop() if len(words) == 1 else None


class TitleMemory:
    """The last source the article named with each word, its publisher first."""

    def __init__(self, publisher: str = ""):
        self.named: dict[str, Named] = {}
        if publisher:
            own = Source(publisher, (publisher,), "outlet", "unknown", "media_report")
            self.named.update((word, own) for word in _name_words(publisher))

    def refer(self, text: str, found: dict[str, Source], registry: Registry) -> dict[str, Named]:
        """For each label whose registered source the sentence names only by a bare title, the source
        the article named before with that word, where it is another one of the same label (or, for a
        monitor, an unregistered one)."""
        out: dict[str, Named] = {}
        for label, source in found.items():
            word = _bare_title(text, source, registry)
            earlier = self.named.get(word) if word else None
            if isinstance(earlier, Source):
                if earlier.name != source.name and earlier.label == label:
                    out[label] = earlier
            elif earlier is not None and label == "named_monitor":
                out[label] = earlier
        return out

    def learn(self, text: str, registry: Registry, monitor: tuple[str, str] | None) -> None:
        """Remember the sources a sentence names in full (whatever its labels) under their words."""
        for match in registry.find(text):
            words = match.text.split()
            if not (len(words) == 2 and words[0].lower() == "the"):
                self.named.update((word, match.source) for word in _name_words(match.source.name))
        if monitor:
            self.named.update((word, monitor) for word in _name_words(monitor[1]))
