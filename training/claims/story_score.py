"""Claim grouping on the dense development stories (``training/claims/stories/``): one story told
by four outlets each, with a hand claim gold per story (see ``stories/README.md``). Never the seeds.

- ``python training/claims/story_score.py``: pairwise P/R/F1 of the shipped settings, per story
  and pooled, with the shipped model's sentence labels (as ``annotate`` would group them).
- ``python training/claims/story_score.py --sweep``: the grid of grouping settings, each chosen on
  half the stories and scored on the other half (both halves), then the setting with the best
  smoothed pooled F1 on all of them.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

import numpy as np

from annotator import claims
from annotator.claims_eval import _pairs, _prf, load_claim_gold, smoothed
from annotator.claims_run import model_records
from annotator.models import default_model_dir, load_model
from annotator.registry import load_registry

STORIES = Path(__file__).parent / "stories"
HALVES = Path(__file__).parent / "halves.json"
THRESHOLDS = np.round(np.arange(0.35, 0.651, 0.025), 3)
GRID = {"lexical_weight": (0.1, 0.2, 0.4), "proposition_mix": (0.0, 0.5, 1.0),
        "figure_bonus": (0.1, 0.2), "anchor_bonus": (0.0, 0.1, 0.15)}
SHIPPED = {"lexical_weight": claims.LEXICAL_WEIGHT, "proposition_mix": claims.PROPOSITION_MIX,
           "figure_bonus": claims.FIGURE_BONUS, "anchor_bonus": claims.ANCHOR_BONUS}


def story_names() -> list[str]:
    """The development stories with a claim gold, by name."""
    return sorted(p.name.split(".")[0] for p in STORIES.glob("*.claims.jsonl"))


def halves(names: list[str]) -> tuple[list[str], list[str]]:
    """The two halves of the held-out checks: a story listed in ``halves.json`` stays in its half,
    so fold encoders trained before stories were added remain a baseline on the same halves; the
    others, by name, each join the smaller half (the first on a tie)."""
    listed = json.loads(HALVES.read_text(encoding="utf-8")) if HALVES.exists() else {"first": [], "second": []}
    out = ([n for n in names if n in listed["first"]], [n for n in names if n in listed["second"]])
    for name in sorted(set(names) - set(listed["first"]) - set(listed["second"])):
        out[len(out[1]) < len(out[0])].append(name)
    return sorted(out[0]), sorted(out[1])


def record_halves(split: tuple[list[str], list[str]]) -> None:
    """Write ``split`` to ``halves.json``, fixing the halves of the fold encoders just trained."""
    HALVES.write_text(json.dumps({"first": split[0], "second": split[1]}, indent=1) + "\n", encoding="utf-8")


def load_stories(only: list[str] | None = None) -> dict[str, tuple[list[str], list[str], set]]:
    """Per story (all, or those named in ``only``): its claim mentions' ids and texts (shipped
    model's labels decide what is a claim mention, as in ``annotate``), and the gold's same-claim
    pairs."""
    model, registry = load_model(default_model_dir()), load_registry()
    out = {}
    for story in story_names():
        if only and story not in only:
            continue
        records, _ = model_records(STORIES / story, model, registry)
        mentions = [r for r in records if claims.claim_problem(r["text"], r["labels"]) is None]
        gold = _pairs(g["members"] for g in load_claim_gold(STORIES / f"{story}.claims.jsonl"))
        out[story] = ([r["id"] for r in mentions], [" ".join(r["text"].split()) for r in mentions], gold)
    return out


def counts(story, settings: dict, embed) -> np.ndarray:
    """(tp, fp, fn) over sentence pairs at every threshold of ``THRESHOLDS``."""
    ids, texts, gold = story
    vectors = claims.similarity_vectors(texts, embed, settings["lexical_weight"], settings["proposition_mix"])
    signatures = [claims.signature(t) for t in texts]
    rows = []
    for threshold in THRESHOLDS:
        labels = claims.group(vectors, None, float(threshold), settings["figure_bonus"], signatures,
                              settings["anchor_bonus"])
        groups: dict[int, list[str]] = {}
        for sid, label in zip(ids, labels):
            groups.setdefault(label, []).append(sid)
        said = _pairs(groups.values())
        rows.append((len(said & gold), len(said - gold), len(gold - said)))
    return np.array(rows)


def f1_rows(total: np.ndarray) -> list[dict]:
    return [{"threshold": float(t), **_prf(*map(int, c))} for t, c in zip(THRESHOLDS, total)]


def smoothed_best(total: np.ndarray) -> tuple[float, dict]:
    """The best smoothed F1 over ``THRESHOLDS`` of pooled (tp, fp, fn) counts, and the row
    (threshold, P/R/F1) where it falls."""
    rows = f1_rows(total)
    smooth = smoothed(rows)
    k = int(np.argmax(smooth))
    return float(smooth[k]), rows[k]


def best(table: dict, names: list[str]) -> tuple[tuple, float, float]:
    """The setting and threshold with the best smoothed pooled F1 over ``names``."""
    scored = []
    for key, per_story in table.items():
        value, row = smoothed_best(sum(per_story[n] for n in names))
        scored.append((value, key, row["threshold"]))
    value, key, threshold = max(scored, key=lambda x: x[0])
    return key, threshold, value


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sweep", action="store_true", help="sweep the grid with held-out halves")
    parser.add_argument("--encoder", type=Path, help="a claim-encoder folder (default: the shipped claim encoder)")
    parser.add_argument("--frozen", action="store_true", help="embed with the full frozen encoder instead")
    parser.add_argument("--only", help="comma-separated stories to score (default: all)")
    parser.add_argument("--threshold", type=float, help="similarity threshold to report (default: the shipped one)")
    args = parser.parse_args(argv)
    from annotator.transformer import embed_texts

    if args.frozen:
        embed = claims.memo_embed(lambda texts: embed_texts(texts, precision="auto"))
    else:
        embed = claims.memo_embed(lambda texts: claims.claim_embed(texts, encoder=args.encoder))
    stories = load_stories(args.only.split(",") if args.only else None)
    shipped = {n: counts(s, SHIPPED, embed) for n, s in stories.items()}
    threshold = claims.SIMILARITY if args.threshold is None else args.threshold
    at = int(np.argmin(np.abs(THRESHOLDS - threshold)))
    print(f"shipped settings {SHIPPED}, threshold {THRESHOLDS[at]}:")
    for name, c in shipped.items():
        print(f"  {name:10s} {_prf(*map(int, c[at]))}")
    print(f"  pooled     {_prf(*map(int, sum(shipped.values())[at]))}")
    value, row = smoothed_best(sum(shipped.values()))
    print(f"  best smoothed pooled F1 over thresholds: {value:.3f} at {row['threshold']}")
    if not args.sweep:
        return
    keys = list(GRID)
    table = {combo: {n: counts(s, dict(zip(keys, combo)), embed) for n, s in stories.items()}
             for combo in itertools.product(*GRID.values())}
    names = sorted(stories)
    split = halves(names)
    for train, test in (split, split[::-1]):
        key, threshold, value = best(table, train)
        k = int(np.argmin(np.abs(THRESHOLDS - threshold)))
        held = _prf(*map(int, sum(table[key][n] for n in test)[k]))
        print(f"chosen on {train}: {dict(zip(keys, key))} threshold {threshold} (smoothed F1 {value:.3f}); "
              f"held out {test}: {held}")
    key, threshold, value = best(table, names)
    k = int(np.argmin(np.abs(THRESHOLDS - threshold)))
    print(f"best on all stories: {dict(zip(keys, key))} threshold {threshold} (smoothed F1 {value:.3f}); "
          f"at it: {_prf(*map(int, sum(table[key][n] for n in names)[k]))}")


if __name__ == "__main__":
    main(sys.argv[1:])
