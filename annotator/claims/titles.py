"""Which source a bare title ("the Times", "the Observatory") stands for in one article.

The registry reads "the Times" as the London daily and "the Observatory" as the Syrian one. In an
article that named "The New York Times", "The Moscow Times" or an unregistered "Ituri Peace
Observatory", or that is itself published by the "Ethio Federal Times", the title refers back to
that source instead. It does not where the title is qualified ("Britain's The Times", "The
National, an Abu Dhabi daily,"), where the publisher is the registered source itself, or where the
article already read the bare title as another source since it last named one in full. A lower-case
"the observatory" that no observatory named before explains is no known monitor.
"""

from __future__ import annotations

import re

from ..registry import Source, SourceMatch

# What a title may stand for: a registered source, an unregistered monitor (identity, name as
# written); UNKNOWN_MONITOR is a monitor the article does not name.
Named = Source | tuple[str, str]
UNKNOWN_MONITOR = ("", "")

_SKIP = frozenset({"the"})
# Papers that are never called by their head word alone: the FT is "the FT", not "the Times".
_NOT_SHORTENED = frozenset({"financial times"})
# "Britain's The Times", "UAE daily The National" / "The Times, London, said", "The National, an Abu
# Dhabi daily,": a qualifier that says which paper, not "On Monday The Times said" or "According to
# The Times, the group ...".
_QUALIFIED_BEFORE = re.compile(r"(?:[A-Z][\w-]*['’]s|newspaper|daily|paper|weekly)\s+$")
_QUALIFIED_AFTER = re.compile(r"^,\s+(?:[A-Z][\w-]*,(?=\s+[a-z])|(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?[A-Z][\w'’-]*\s+"
                              r"(?:[\w'’-]+\s+){0,2}?(?:newspaper|daily|paper|weekly|magazine|tabloid|broadsheet|"
                              r"outlet|site|broadcaster|channel|monitor|group)\b)")
# A paper's name the registry may lack: "The Moscow Times", "The Times of Malta", "The Kyiv Independent";
# without "The", only by a head no adjective, surname or place shares ("Sahel Dispatch", not "Kenya
# National", "Jerrold Post", "Border Post 7" or "Heath Ledger").
_PAPER = re.compile(r"\b(?:The\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Times|Post|Herald|Tribune|Courier|Gazette|Observer|"
                    r"Standard|Mirror|Express|Chronicle|Journal|Independent|Guardian|Telegraph|National|Sentinel|"
                    r"Dispatch|Record|Star|Review|Ledger)|"
                    r"(?:(?!(?:The|A|An|In|On|At|By|For|From|With|And|But|As|After|Before|Last|This|Late|Early|"
                    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'’-]*\s+){1,3}"
                    r"(?:Times|Tribune|Courier|Gazette|Chronicle|Journal|Telegraph|Sentinel|Dispatch|Wire))"
                    r"(?:\s+of\s+[A-Z][\w'’-]*)?\b(?!\s+[A-Z])")


def unregistered_paper(text: str, matches: list[SourceMatch], cited) -> str:
    """The name of a paper ``text`` cites (``cited(text, start, end)``) that none of its registry
    ``matches`` covers, with two words at least besides "The" and no capitalised word after it
    ("The Grand Star Hotel" is none); '' if none."""
    covered = [(m.start, m.end) for m in matches]
    for match in _PAPER.finditer(text):
        if (len(re.sub(r"^The\s+", "", match.group(0)).split()) >= 2 and cited(text, match.start(), match.end())
                and not any(a < match.end() and match.start() < b for a, b in covered)):
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


def _bare(text: str, match: SourceMatch) -> bool:
    """Whether a registry match is an unqualified "the <Word>"."""
    words = match.text.split()
    return (len(words) == 2 and words[0].lower() == "the" and not _QUALIFIED_BEFORE.search(text[:match.start])
            and not _QUALIFIED_AFTER.match(text[match.end:]))


_MONITOR_HEADS = frozenset({"observatory", "monitor", "tracker"})


class TitleMemory:
    """The source the article named last with each head word, its publisher first."""

    def __init__(self, publisher: str = ""):
        self.publisher = publisher
        self.named: dict[str, Named] = {}
        self.settled: dict[str, Named] = {}  # a bare title's reading, until a source is named in full
        if publisher and (word := head_word(publisher)):
            # a monitor's own release ("Mekong Conflict Observatory") names itself "the Observatory"
            self.named[word] = (Source(publisher, (publisher,), "monitor", "unknown", "named_monitor") if word in _MONITOR_HEADS
                                else Source(publisher, (publisher,), "outlet", "unknown", "media_report"))

    def refer(self, text: str, found: dict[str, Source], matches: list[SourceMatch]) -> dict[str, Named]:
        """For each label whose registered source the sentence names only by bare titles of one word,
        what it stands for where that is not the registered source: another source of the same
        label, or for a monitor an unregistered one or UNKNOWN_MONITOR. ``matches``: the registry's
        matches in ``text``."""
        out: dict[str, Named] = {}
        for label, source in found.items():
            named = [m for m in matches if m.source.name == source.name]
            words = {m.text.split()[-1].lower() for m in named}
            if not named or not all(_bare(text, m) for m in named) or len(words) != 1 \
                    or self.publisher in source.aliases:
                continue
            word = words.pop()
            lower = all(m.text.split()[-1].islower() for m in named)  # "the observatory"
            default = UNKNOWN_MONITOR if lower and label == "named_monitor" else source
            earlier = self.settled.setdefault(word, self.named.get(word, default))
            if isinstance(earlier, Source):
                if earlier.name != source.name and earlier.label == label:
                    out[label] = earlier
            elif label == "named_monitor":
                out[label] = earlier
        return out

    def short_title(self, text: str, label: str) -> Source | None:
        """The outlet of ``label`` an unregistered bare title in ``text`` stands for ("The Post said",
        after "The Washington Post"); None if the article named none with its word."""
        for title in re.finditer(r"\b[Tt]he\s+([A-Z][a-z]+)\b", text):
            earlier = self.named.get(title.group(1).lower())
            if isinstance(earlier, Source) and earlier.label == label:
                return earlier
        return None

    def learn(self, text: str, matches: list[SourceMatch], monitor: tuple[str, str] | None,
              outlets: dict[str, str] | None = None) -> None:
        """Remember the sources a sentence names in full under their head words: registered ones
        (``matches``, the registry's matches in ``text``),
        ``monitor`` (an unregistered monitor it cites) and ``outlets`` (label -> the name of an
        unregistered outlet it cites, "The Moscow Times"). Naming one in full ends the reading a
        bare title of its word had."""
        named: dict[str, Named] = {}
        for label, name in (outlets or {}).items():
            named[head_word(name)] = Source(name, (name,), "outlet", "unknown", label)
        for match in matches:
            if not _bare(text, match):
                named[head_word(match.source.name)] = match.source
        if monitor:
            named[head_word(monitor[1])] = monitor
        for word, source in named.items():
            if word:
                self.named[word] = source
                self.settled.pop(word, None)
