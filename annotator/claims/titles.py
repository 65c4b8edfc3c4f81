"""Which source a bare title ("the Times", "the Observatory") stands for in one article.

The registry reads "the Times" as the London daily and "the Observatory" as the Syrian one. In an
article that named "The New York Times" or an unregistered "Ituri Peace Observatory", or that is
itself published by the "Ethio Federal Times", the title refers back to that source instead. It
does not where the title is qualified ("Britain's The Times", "The National, an Abu Dhabi daily,"),
where the publisher is the registered source itself, or where the article already read the bare
title as another source: a title keeps its first reading for the rest of the article.
"""

from __future__ import annotations

import re

from ..registry import Registry, Source

# What a title may stand for: a registered source, an unregistered monitor (identity, name as written).
Named = Source | tuple[str, str]

_SKIP = frozenset({"the"})
# Papers that are never called by their head word alone: the FT is "the FT", not "the Times".
_NOT_SHORTENED = frozenset({"financial times"})
# "Britain's The Times", "UAE daily The National" / "The National, an Abu Dhabi daily," "The Times, London,"
_QUALIFIED_BEFORE = re.compile(r"(?:[A-Z][\w-]*(?:['’]s)?|newspaper|daily|paper|weekly)\s+$")
_QUALIFIED_AFTER = re.compile(r"^,\s+(?:[A-Z][\w-]*,|(?:the|a|an)\s+[^,.;]{0,40}?\b(?:newspaper|daily|paper|weekly|"
                              r"magazine|tabloid|broadsheet|outlet|site|broadcaster|channel|monitor|group)\b)")


# A paper's name the registry may lack: "The Moscow Times", "The Times of Malta", "The Kyiv Independent".
_PAPER = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Times|Post|Herald|Tribune|Courier|Gazette|Observer|"
                    r"Standard|Mirror|Express|Chronicle|Journal|Independent|Guardian|Telegraph|National|Sentinel|"
                    r"Dispatch|Record|Star|Review|Ledger)(?:\s+of\s+[A-Z][\w'’-]*)?\b")


def unregistered_paper(text: str, registry: Registry) -> str:
    """The name of a paper ``text`` names that no registry alias covers, with two words at least
    besides "The"; '' if none."""
    covered = [(m.start, m.end) for m in registry.find(text)]
    for match in _PAPER.finditer(text):
        if len(match.group(0).split()) >= 3 and not any(a < match.end() and match.start() < b for a, b in covered):
            return match.group(0)
    return ""


def head_word(name: str) -> str:
    """The word a source's name may be shortened to: its last capitalised word before of/for/on
    ("times" for "The New York Times" and "The Times of Israel"); '' if it has none."""
    if re.sub(r"^the\s+", "", name.lower()) in _NOT_SHORTENED:
        return ""
    words = [w.lower() for w in re.findall(r"[A-Z][\w'’-]*", re.split(r"\s+(?:of|for|on)\s+", name)[0])
             if w.lower() not in _SKIP]
    return words[-1] if words else ""


def _bare_titles(text: str, source: Source, registry: Registry) -> list:
    """The matches naming ``source`` in ``text`` when every one is an unqualified "the <Word>"."""
    matches = [m for m in registry.find(text) if m.source.name == source.name]
    bare = all(len(m.text.split()) == 2 and m.text.split()[0].lower() == "the"
               and not _QUALIFIED_BEFORE.search(text[:m.start]) and not _QUALIFIED_AFTER.match(text[m.end:])
               for m in matches)
    return matches if bare and len({m.text.split()[1].lower() for m in matches}) == 1 else []


class TitleMemory:
    """The source the article named last with each head word, its publisher first."""

    def __init__(self, publisher: str = ""):
        self.publisher = publisher
        self.named: dict[str, Named] = {}
        self.settled: dict[str, Named] = {}  # a bare title's reading, once the article used it
        if publisher and (word := head_word(publisher)):
            self.named[word] = Source(publisher, (publisher,), "outlet", "unknown", "media_report")

    def refer(self, text: str, found: dict[str, Source], registry: Registry) -> dict[str, Named]:
        """For each label whose registered source the sentence names only by a bare title, the source
        the article named before with that word, where it is another one of the same label (or, for a
        monitor, an unregistered one)."""
        out: dict[str, Named] = {}
        for label, source in found.items():
            matches = _bare_titles(text, source, registry)
            if not matches or self.publisher in source.aliases:
                continue
            word = matches[0].text.split()[1].lower()
            earlier = self.settled.setdefault(word, self.named.get(word, source))
            if isinstance(earlier, Source):
                if earlier.name != source.name and earlier.label == label:
                    out[label] = earlier
            elif label == "named_monitor":
                out[label] = earlier
        return out

    def learn(self, text: str, registry: Registry, monitor: tuple[str, str] | None,
              outlets: dict[str, str] | None = None) -> None:
        """Remember the sources a sentence names in full under their head words: registered ones,
        ``monitor`` (an unregistered monitor it cites) and ``outlets`` (label -> the name of an
        unregistered outlet it cites, "The Moscow Times")."""
        for label, name in (outlets or {}).items():
            if word := head_word(name):
                self.named[word] = Source(name, (name,), "outlet", "unknown", label)
        for match in registry.find(text):
            words = match.text.split()
            if not (len(words) == 2 and words[0].lower() == "the") and (word := head_word(match.source.name)):
                self.named[word] = match.source
        if monitor and (word := head_word(monitor[1])):
            self.named[word] = monitor
