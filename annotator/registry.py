"""The source registry: canonical names, aliases, kind, leaning and label of known sources.

Shipped as ``annotator/data/sources.toml``; users extend or override it with
``--sources FILE`` in the same format. Matching is on word boundaries and prefers
the longest alias; it ignores case except in acronyms and one-word titles ("The National").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .errors import DataFileError
from .taxonomy import LABEL_INDEX

DEFAULT_REGISTRY = Path(__file__).parent / "data" / "sources.toml"
KINDS = {"monitor", "un_body", "outlet", "news_agency", "state_media", "government", "military",
         "armed_group", "ngo", "intelligence", "other"}
LEANINGS = {"pro_regime", "opposition", "independent", "international", "western_government",
            "gulf_state", "turkish_state", "israeli", "kurdish", "unknown"}


@dataclass(frozen=True)
class Source:
    """A known source."""

    name: str
    aliases: tuple[str, ...]
    kind: str
    leaning: str
    label: str
    country: str = ""
    parent: str = ""
    # the registered body ``parent`` names, resolved by the registry that holds this source (so a
    # parent given with ``--sources`` is followed); not part of the source's identity
    owner: "Source | None" = field(default=None, compare=False, repr=False)
    # whether the sentence model's input marks this source's name with a type hint; a source
    # registered after the shipped model was trained is not, so that model reads its input as it
    # was trained to, until the next retraining (the claim rules read every source)
    hint: bool = True

    def to_dict(self) -> dict:
        return {"name": self.name, "kind": self.kind, "leaning": self.leaning, "label": self.label}


_WORD = re.compile(r"\w+")
_PUNCTUATION = str.maketrans("", "", "’‘“”„–—…«»·•\u00a0\u2009\u202f")


def _plain(text: str) -> bool:
    """True when ``text`` has only ASCII letters (typographic punctuation aside)."""
    return text.isascii() or text.translate(_PUNCTUATION).isascii()


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(alias) <= 8


# A title that is "The" and one word (The National, The Times) is also a common phrase ("the
# national army") or the start of another name ("the National Guard", "The National Oil
# Corporation", "the Observatory on Security Contracting", "The Times of Malta"). Mid-sentence, a
# capital "The" marks the paper ("told The Guardian Security Council members were split"): there
# the match ends only before a paper's word ("The National Sentinel") or "of/on/for" and a
# capitalised word that is no date or holiday. Elsewhere it also ends before a word that goes on
# with an institution's name or before two capitalised words. A title whose word is itself a kind
# of source ("the observatory") names one in lower case too; a one-word alias that is an ordinary
# word ("Telegraph") matches only capitalised, with the same ending.
_TITLE = re.compile(r"[Tt]he\s+([A-Z][a-z]+)")
_KIND_TITLES = frozenset({"Observatory"})
_ORDINARY_WORDS = frozenset({"Telegraph", "Guardian", "Times", "Independent", "National", "Observer", "Mirror",
                             "Express", "Star", "Post", "Herald"})
# Outlets named like a person or a place, never followed by a capitalised word: "Petra reported", not
# "EUMA spokesperson Petra Lindqvist" or "the Tishreen Dam".
_NAMED_LIKE_PEOPLE = frozenset({"Petra", "Tishreen"})
_WHEN = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
         r"July|August|September|October|November|December|Christmas|Easter|New\s+Year|Eid|Ramadan|"
         r"Independence|Victory|Remembrance|Armistice|Nowruz|Passover|Hanukkah|Diwali|Thanksgiving)\b")
_PAPER_WORDS = (r"(?:Sentinel|Herald|Tribune|Courier|Gazette|Observer|Post|Standard|Mirror|Express|Chronicle|"
                r"Journal|Daily|News|Dispatch|Record|Star|Review|Ledger|Weekly|Magazine|Interest|Literary)\b")
_NAME_WORDS = (r"(?:Guard|Army|Assembly|Council|Front|Commission|Committee|Government|Unity|Liberation|Police|"
               r"Security|Intelligence|Bureau|Agency|Institute|Museum|Hospital|Party|Movement|Alliance|Authority|"
               r"Service|Cent(?:re|er)|League|Congress|Union|Forces?|Defen[cs]e|Emergency|Investigation|Electoral|"
               r"Human|Task|Resistance|Democratic|Salvation|Youth|University|Bank|Library|Archives?|International|"
               rf"National)\b|{_PAPER_WORDS}")
_OF_NAME = rf"(?!\s+{_PAPER_WORDS})(?!\s+(?:of|on|for)\s+(?!{_WHEN})[A-Z])"
_NAME_GOES_ON = rf"(?!\s+{_NAME_WORDS})(?!\s+[A-Z][\w'’-]*(?:\s+(?:and|of|for|&))?\s+[A-Z]){_OF_NAME}"


def _alias_pattern(alias: str) -> str:
    """Acronyms (RT, AP, SANA) match only in capitals, so "rt" or "Sana'a" never do; one-word
    titles and ordinary words as above; other aliases ignore case ("Syrian observatory")."""
    if _is_acronym(alias):
        return re.escape(alias)
    if alias in _ORDINARY_WORDS:
        return alias + _NAME_GOES_ON
    if alias in _NAMED_LIKE_PEOPLE:
        return alias + r"(?!\s+[A-Z][a-z])"
    if title := _TITLE.fullmatch(alias):
        word = title.group(1)
        if word in _KIND_TITLES:
            return f"(?i:the\\s+{word}){_NAME_GOES_ON}"
        return f"(?:(?<=[a-z0-9,;:]\\s)The\\s+{word}{_OF_NAME}|[Tt]he\\s+{word}{_NAME_GOES_ON})"
    return f"(?i:{re.escape(alias)})"


@dataclass(frozen=True)
class SourceMatch:
    """An alias of a known source found in a text."""

    start: int
    end: int
    text: str
    source: Source


def _entry(path: Path, index: int, raw: object) -> Source:
    where = f"[[source]] entry {index + 1}"
    if not isinstance(raw, dict):
        raise DataFileError(path, f"{where} must be a table")
    for key in ("name", "kind", "leaning", "label"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise DataFileError(path, f"{where} needs a non-empty string '{key}'")
    aliases = raw.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise DataFileError(path, f"{where} ('{raw['name']}'): 'aliases' must be a list of strings")
    if raw["label"] not in LABEL_INDEX:
        raise DataFileError(path, f"{where} ('{raw['name']}'): unknown label '{raw['label']}'; "
                                  f"use one of {', '.join(LABEL_INDEX)}")
    if raw["kind"] not in KINDS:
        raise DataFileError(path, f"{where} ('{raw['name']}'): unknown kind '{raw['kind']}'; "
                                  f"use one of {', '.join(sorted(KINDS))}")
    if raw["leaning"] not in LEANINGS:
        raise DataFileError(path, f"{where} ('{raw['name']}'): unknown leaning '{raw['leaning']}'; "
                                  f"use one of {', '.join(sorted(LEANINGS))}")
    if not isinstance(raw.get("hint", True), bool):
        raise DataFileError(path, f"{where} ('{raw['name']}'): 'hint' must be true or false")
    names = tuple(dict.fromkeys([raw["name"], *aliases]))
    return Source(raw["name"], names, raw["kind"], raw["leaning"], raw["label"],
                  str(raw.get("country", "")), str(raw.get("parent", "")), hint=raw.get("hint", True))


def load_sources(path: Path) -> list[Source]:
    """Parse and validate one registry file."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DataFileError(path, "source registry not found; check the path") from None
    except UnicodeDecodeError:
        raise DataFileError(path, "is not UTF-8 text; re-save it as UTF-8") from None
    except OSError as exc:
        raise DataFileError(path, f"cannot be read ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(path, f"invalid TOML ({exc})") from None
    entries = data.get("source")
    if not isinstance(entries, list):
        raise DataFileError(path, "expected [[source]] tables (see annotator/data/sources.toml)")
    return [_entry(path, i, raw) for i, raw in enumerate(entries)]


def _owners_resolved(by_name: dict[str, Source]) -> dict[str, Source]:
    """The sources with each one's ``owner`` set to the source its ``parent`` names, by name or
    alias, itself resolved first; a chain that comes back to a source it passed ends there."""
    aliases = {alias.lower(): source.name for source in by_name.values() for alias in source.aliases}
    done: dict[str, Source] = {}

    def resolve(name: str, passing: frozenset) -> Source:
        if name in done:
            return done[name]
        source = by_name[name]
        parent = aliases.get(source.parent.lower()) if source.parent else None
        if parent is None or parent == name or parent in passing:
            done[name] = source
        else:
            done[name] = replace(source, owner=resolve(parent, passing | {name}))
        return done[name]

    return {name: resolve(name, frozenset()) for name in by_name}


class Registry:
    """Known sources with an alias matcher. Later files override earlier entries of the same name."""

    def __init__(self, sources: list[Source]):
        by_name: dict[str, Source] = {}
        for source in sources:
            by_name[source.name] = source
        by_name = _owners_resolved(by_name)
        self.sources = list(by_name.values())
        self.by_name = by_name
        alias_map: dict[str, Source] = {}
        for source in self.sources:
            for alias in source.aliases:
                alias_map[alias.lower()] = source
        self._alias = alias_map
        surface = {alias: alias for source in self.sources for alias in source.aliases}
        self._ordered = sorted(surface.values(), key=len, reverse=True)
        self._pattern = self._compile(self._ordered)
        # Prefilter: an alias can only match a text that holds every one of its words, so each
        # sentence is searched for the few aliases whose rarest-looking (longest) word it has.
        self._by_key: dict[str, list[int]] = {}
        self._words: list[frozenset[str]] = []
        self._always: list[int] = []
        for index, alias in enumerate(self._ordered):
            words = _WORD.findall(alias.lower())
            self._words.append(frozenset(words))
            if words and _plain(alias):
                self._by_key.setdefault(max(words, key=len), []).append(index)
            else:
                self._always.append(index)
        self._subpatterns: dict[tuple[int, ...], re.Pattern] = {}

    @staticmethod
    def _compile(aliases: list[str]) -> re.Pattern:
        pattern = "|".join(_alias_pattern(a) for a in aliases)
        # not a name inside another state's: "South Sudanese government", "South Sudan News Agency"
        return re.compile(rf"(?<![\w-])(?<!South )(?<!North )(?:{pattern or '(?!x)x'})(?![\w-])(?!['’](?!s\b)\w)")

    def _pattern_for(self, text: str) -> re.Pattern | None:
        """The matcher of the aliases that can occur in ``text`` (None: none can), ordered as in
        the full pattern, so it finds exactly what the full pattern finds. Texts with non-ASCII
        letters (whose case-insensitive matching ``str.lower`` does not mirror) use the full one."""
        if not _plain(text):
            return self._pattern
        words = set(_WORD.findall(text.lower()))
        chosen = tuple(sorted(i for i in [*self._always, *(i for w in words & self._by_key.keys()
                                                             for i in self._by_key[w])]
                              if self._words[i] <= words))
        if not chosen:
            return None
        if chosen not in self._subpatterns:
            if len(self._subpatterns) >= 4096:
                self._subpatterns.clear()
            self._subpatterns[chosen] = self._compile([self._ordered[i] for i in chosen])
        return self._subpatterns[chosen]

    def find(self, text: str) -> list[SourceMatch]:
        """Every non-overlapping alias occurrence, longest first, in text order."""
        pattern = self._pattern_for(text)
        if pattern is None:
            return []
        return [SourceMatch(m.start(), m.end(), m.group(0), self._alias[m.group(0).lower()])
                for m in pattern.finditer(text)]

    def get(self, name: str) -> Source | None:
        return self.by_name.get(name) or self._alias.get(name.lower())

    def hinted(self) -> "Registry":
        """The sources the sentence model's input marks with a type hint (all but ``hint = false``
        ones), as a registry; this one where that is all of them."""
        if not hasattr(self, "_hinted"):
            kept = [source for source in self.sources if source.hint]
            self._hinted = self if len(kept) == len(self.sources) else Registry(kept)
        return self._hinted


@lru_cache(maxsize=8)
def _cached(paths: tuple[str, ...]) -> Registry:
    sources: list[Source] = []
    for path in paths:
        sources.extend(load_sources(Path(path)))
    return Registry(sources)


def load_registry(extra: Path | None = None) -> Registry:
    """The shipped registry, extended by ``extra`` if given."""
    paths = (str(DEFAULT_REGISTRY),) + ((str(Path(extra).resolve()),) if extra else ())
    return _cached(paths)
