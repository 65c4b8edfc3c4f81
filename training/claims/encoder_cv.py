"""Held-out check of the claim-matching phase of ``train_encoder.py``: the development stories
split in two halves (``story_score.halves``: as in ``halves.json``, which ``--keep`` rewrites; a
new story joins the smaller half); for each half, claim matching trains on it
from the distilled student (``--init``) and grouping is scored on the other half, at the
shipped settings, with three encoders: the full frozen six-layer encoder, the distilled student
before claim matching, and after it. Then the grid of grouping settings (``story_score.GRID``,
proposition alone) is scored with each fold's trained encoder on its held-out half, and the
setting with the best smoothed F1 pooled over both held-out halves is reported: grouping settings
for the trained encoder are chosen on stories it never saw. Writes ``encoder-cv-N-layers.json``
(N: the student's layers) beside this script, which ``train_encoder.py`` copies into the model
card.

    python training/claims/train_encoder.py --match-epochs 0 --out /tmp/distilled
    python training/claims/encoder_cv.py --init /tmp/distilled
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from story_score import (GRID, SHIPPED, THRESHOLDS, counts, halves, load_stories,  # noqa: E402
                         record_halves, smoothed_best, story_names)
from train_encoder import REGION_NEGATIVES, cv_file  # noqa: E402
from train_encoder import main as train  # noqa: E402

from annotator import claims  # noqa: E402
from annotator.claims_eval import _prf  # noqa: E402
from annotator.transformer import embed_texts, release_frozen  # noqa: E402


def score(stories: dict, embed) -> dict:
    """Pooled pairwise P/R/F1 over ``stories`` at the shipped threshold."""
    at = int(np.argmin(np.abs(THRESHOLDS - claims.SIMILARITY)))
    return _prf(*map(int, sum(counts(s, SHIPPED, embed) for s in stories.values())[at]))


def _trained(args, stories: list[str], folder: str) -> Path:
    """Claim matching on ``stories`` from the distilled student, into ``folder``."""
    train(["--layers", str(json.loads((args.init / "config.json").read_text())["n_layers"]),
           "--epochs", "0", "--init", str(args.init), "--stories", ",".join(stories),
           "--match-epochs", str(args.match_epochs), "--region-negatives", str(args.region_negatives),
           "--out", folder])
    release_frozen()
    return Path(folder)


def curve(args) -> None:
    """Held-out F1 (second half of the stories) against the number of training stories."""
    names = story_names()
    first, second = halves(names)
    test = load_stories(second)
    for n in (3, 6, len(first)):
        with tempfile.TemporaryDirectory() as folder:
            encoder = _trained(args, first[:n], folder)
            row = score(test, claims.memo_embed(lambda t: claims.claim_embed(t, encoder=encoder)))
            release_frozen()
        print(f"claim matching on {n} stories ({', '.join(first[:n])}): held-out {row}", flush=True)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--init", type=Path, required=True, help="the distilled student (phase 1 only)")
    parser.add_argument("--match-epochs", type=int, default=15)
    parser.add_argument("--region-negatives", type=int, default=REGION_NEGATIVES,
                        help="as train_encoder.py: other stories' mentions of the region as negatives per step")
    parser.add_argument("--keep", type=Path, help="keep the two fold encoders in this folder (fold-1, fold-2)")
    parser.add_argument("--curve", action="store_true",
                        help="only the learning curve: claim matching on 3, 6 and 9 stories of the first half, "
                             "scored on the second half (printed, not written)")
    args = parser.parse_args(argv)
    if args.curve:
        return curve(args)
    names = story_names()
    split = halves(names)
    if args.keep:
        record_halves(split)
    folds, grid = [], {}
    keys = [k for k in GRID if k != "proposition_mix"]
    combos = [dict(zip(keys, c), proposition_mix=1.0) for c in itertools.product(*(GRID[k] for k in keys))]
    for fold, (train_on, test_on) in enumerate((split, split[::-1]), start=1):
        test = load_stories(test_on)
        row = {"trained_on": train_on, "scored_on": test_on, "threshold": claims.SIMILARITY,
               "frozen six layers": score(test, claims.memo_embed(lambda t: embed_texts(t, precision="auto"))),
               "distilled": score(test, claims.memo_embed(lambda t: claims.claim_embed(t, encoder=args.init)))}
        with tempfile.TemporaryDirectory() as scratch:
            folder = (args.keep / f"fold-{fold}") if args.keep else Path(scratch)
            _trained(args, train_on, str(folder))
            embed = claims.memo_embed(lambda t: claims.claim_embed(t, encoder=folder))
            row["distilled + claim matching"] = score(test, embed)
            for combo in combos:
                key = tuple(sorted(combo.items()))
                grid[key] = grid.get(key, 0) + sum(counts(story, combo, embed) for story in test.values())
            release_frozen()
        folds.append(row)
        print(json.dumps(row), flush=True)
    chosen = sorted(((*smoothed_best(total), dict(key)) for key, total in grid.items()), key=lambda x: -x[0])
    top = [{"settings": settings, "smoothed_f1": round(value, 4), "at_best_threshold": row}
           for value, row, settings in chosen[:5]]
    best = top[0]
    print("best grouping settings on the held-out halves:", json.dumps(best), flush=True)
    out = cv_file(json.loads((args.init / "config.json").read_text())["n_layers"])
    out.write_text(json.dumps({"command": "python training/claims/encoder_cv.py --init DISTILLED", "folds": folds,
                               "held_out_settings": best, "top_settings": top}, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
