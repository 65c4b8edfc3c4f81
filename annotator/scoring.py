"""Score how well a claim is sourced, from its independent origins.

The formula (weights in ``annotator/data/scoring.toml``, overridable with ``--scoring FILE``):

1. Each independent origin ``o`` has strength ``s_o = w[type(o)]``, times ``1 - hedge_penalty``
   when a sentence citing it hedges ("reportedly", "could not be independently verified"); for an
   origin cited several times, see ``combine.repeat`` below.
2. Strongest first, ``support = 1 - (1 - s_1) * prod_{i>=2} (1 - corroboration * s_i)``: a
   noisy-OR, each further origin closing part of the remaining gap.
3. ``diversity = leaning_diversity * (distinct known leanings among the origins - 1)``.
4. ``score = round(100 * min(1, support + diversity))``, at least 1 when there is an origin;
   0 for an unattributed claim.
5. A claim whose origins are all anonymous or pro-regime is capped at ``grades.strong - 1``. An
   origin heard only through pro-regime outlets (every mention relays it through one, or is
   published by one: "Saldo told RIA Novosti") counts as pro-regime here and for the
   ``pro_regime_only`` flag, whatever its own leaning.

Grades: ``strong`` from ``grades.strong``, ``moderate`` from ``grades.moderate``, ``weak`` from 1,
``unsourced`` at 0. Origins repeated under one key are merged. With ``combine.repeat = "weakest"``
(shipped) an origin is scored at its weakest: the lowest weight among its citations, less the hedge
penalty if any citation hedges, so repeating an origin never raises a score; the cap of rule 5, the
leanings and the flags read its first citation. With ``"strongest"`` it is scored at its strongest
citation (weight, less the penalty if that citation hedges), and the cap, leanings and flags read
all its citations (it is anonymous or pro-regime only if every citation is), so repeating one never
lowers a score and the order of citations does not matter. Either way adding an independent origin
never lowers a score.
"""

from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .errors import DataFileError
from .taxonomy import LABEL_NAMES

DEFAULT_SCORING = Path(__file__).parent / "data" / "scoring.toml"
GRADES = ("unsourced", "weak", "moderate", "strong")
FLAGS = ("unattributed", "single_source", "anonymous_only", "pro_regime_only", "unverified", "disputed")


@dataclass(frozen=True)
class ScoringConfig:
    """Weights of the scoring formula."""

    type_weights: dict
    corroboration: float
    leaning_diversity: float
    hedge_penalty: float
    strong: float
    moderate: float
    repeat: str = "weakest"  # or "strongest": which citation of a repeated origin gives its strength


@dataclass(frozen=True)
class Origin:
    """One independent origin of a claim (``key`` identifies it; repeats share the key)."""

    key: str
    type: str
    leaning: str = "unknown"
    hedged: bool = False
    regime_channel: bool = False  # heard only through pro-regime outlets


def _number(within):
    return lambda v: not isinstance(v, bool) and isinstance(v, (int, float)) and within(v)


REPEATS = ("weakest", "strongest")
# table -> key -> (check, what the value must be)
_RULES = {
    "type_weights": {name: (_number(lambda v: 0 < v <= 1), "a number above 0 and at most 1")
                     for name in LABEL_NAMES},
    "combine": {"corroboration": (_number(lambda v: 0 < v <= 1), "a number above 0 and at most 1"),
                "leaning_diversity": (_number(lambda v: 0 <= v <= 1), "a number from 0 to 1"),
                "hedge_penalty": (_number(lambda v: 0 <= v < 1), "a number from 0 up to (not including) 1"),
                "repeat": (lambda v: v in REPEATS, " or ".join(f'"{r}"' for r in REPEATS))},
    "grades": {"strong": (_number(lambda v: 2 <= v <= 100), "a number from 2 to 100"),
               "moderate": (_number(lambda v: 1 <= v <= 100), "a number from 1 to 100")},
}


def _line_of(text: str, key: str) -> int | None:
    match = re.search(rf"^\s*{re.escape(key)}\s*=", text, re.M)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _read(path: Path) -> dict:
    """Validated values of one scoring file, as ``{table: {key: number or choice}}``."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataFileError(path, "scoring file not found; check the path") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(path, f"cannot be read as UTF-8 text ({exc})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(path, f"invalid TOML ({exc}); see annotator/data/scoring.toml for the format") from None
    values: dict = {}
    for table, entries in data.items():
        if table not in _RULES:
            raise DataFileError(path, f"unknown table [{table}]; use {', '.join(f'[{t}]' for t in _RULES)}")
        if not isinstance(entries, dict):
            raise DataFileError(path, f"'{table}' must be a table: write [{table}] on its own line", _line_of(text, table))
        for key, value in entries.items():
            if key not in _RULES[table]:
                raise DataFileError(path, f"unknown key '{key}' in [{table}]; use one of {', '.join(_RULES[table])}",
                                    _line_of(text, key))
            check, what = _RULES[table][key]
            if not check(value):
                raise DataFileError(path, f"[{table}] {key} = {value!r}: must be {what}", _line_of(text, key))
            values.setdefault(table, {})[key] = value if isinstance(value, str) else float(value)
    return values


def load_scoring(path: Path | None = None) -> ScoringConfig:
    """The shipped weights, with any values in ``path`` (same format) taking their place."""
    values = _read(DEFAULT_SCORING)
    if path is not None:
        for table, entries in _read(Path(path)).items():
            values[table].update(entries)
    grades = values["grades"]
    if grades["moderate"] >= grades["strong"]:
        raise DataFileError(path or DEFAULT_SCORING, f"[grades] moderate ({grades['moderate']:g}) must be "
                                                     f"below strong ({grades['strong']:g})")
    return ScoringConfig(type_weights=dict(values["type_weights"]), strong=grades["strong"],
                         moderate=grades["moderate"], **values["combine"])


def _first(origins: list[Origin]) -> dict[str, Origin]:
    """Origins by key, first occurrence kept (it gives the type and leaning used for flags)."""
    first: dict[str, Origin] = {}
    for origin in origins:
        first.setdefault(origin.key, origin)
    return first


def _cited(origins: list[Origin], config: ScoringConfig | None) -> list[Origin]:
    """The citations the cap, the leanings and the flags read: each origin's first; with ``repeat =
    "strongest"``, all of them (an origin is weak only if every citation is), so that a repeat never
    lowers a score and the order of citations does not matter."""
    if config is not None and config.repeat == "strongest":
        return list(origins)
    return list(_first(origins).values())


def _strength(origin: Origin, config: ScoringConfig) -> float:
    return config.type_weights[origin.type] * (1 - config.hedge_penalty if origin.hedged else 1)


def is_weak(origin: Origin) -> bool:
    """Anonymous or pro-regime: on its own, never enough for the top grade."""
    return origin.type in ("anonymous_source", "pro_regime_outlet") or is_pro_regime(origin)


def is_pro_regime(origin: Origin) -> bool:
    """A pro-regime outlet, a pro-regime source, or an origin heard only through pro-regime outlets."""
    return origin.type == "pro_regime_outlet" or origin.leaning == "pro_regime" or origin.regime_channel


def strengths(origins: list[Origin], config: ScoringConfig) -> dict[str, float]:
    """Strength of each independent origin (by key): the lowest type weight among its repeats,
    reduced by the hedge penalty if any repeat is hedged; with ``repeat = "strongest"``, the
    highest strength of any one repeat (its type weight, reduced if that repeat is hedged)."""
    if config.repeat == "strongest":
        best: dict[str, float] = {}
        for o in origins:
            best[o.key] = max(best.get(o.key, 0.0), _strength(o, config))
        return best
    weight: dict[str, float] = {}
    hedged: dict[str, bool] = {}
    for o in origins:
        w = config.type_weights[o.type]
        weight[o.key] = min(weight.get(o.key, w), w)
        hedged[o.key] = hedged.get(o.key, False) or o.hedged
    return {k: w * (1 - config.hedge_penalty) if hedged[k] else w for k, w in weight.items()}


def score(origins: list[Origin], config: ScoringConfig) -> int:
    """Score 0-100 of a claim with these origins (repeats allowed); see the module docstring."""
    if not origins:
        return 0
    ordered = sorted(strengths(origins, config).values(), reverse=True)
    gap = 1 - ordered[0]
    for s in ordered[1:]:
        gap *= 1 - config.corroboration * s
    read = _cited(origins, config)
    leanings = {o.leaning for o in read if o.leaning != "unknown"}
    raw = 1 - gap + config.leaning_diversity * max(0, len(leanings) - 1)
    value = max(1, round(100 * min(1.0, raw)))
    if all(is_weak(o) for o in read):
        value = min(value, math.ceil(config.strong) - 1)
    return value


def grade(value: int, config: ScoringConfig) -> str:
    """The grade of a score."""
    if value >= config.strong:
        return "strong"
    if value >= config.moderate:
        return "moderate"
    return "weak" if value > 0 else "unsourced"


def flags(origins: list[Origin], hedged: bool, disputed: bool = False,
          config: ScoringConfig | None = None) -> list[str]:
    """Profile flags, in FLAGS order. ``hedged``: some mention of the claim hedges; ``disputed``:
    some mention names a source that denies it; ``config``: its ``repeat`` says which citations of
    an origin cited several ways the type flags read (:func:`_cited`)."""
    first = list(_first(origins).values())
    read = _cited(origins, config)
    out = []
    if not first:
        out.append("unattributed")
    if len(first) == 1:
        out.append("single_source")
    if first and all(o.type == "anonymous_source" for o in read):
        out.append("anonymous_only")
    if first and all(is_pro_regime(o) for o in read):
        out.append("pro_regime_only")
    if hedged:
        out.append("unverified")
    if disputed:
        out.append("disputed")
    return out
