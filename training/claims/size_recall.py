"""Held-out grouping by gold-claim size on the development stories (never the seeds): for each
half of the stories, the pair scorer is fitted on the other half (as ``train_pairs.py``'s held-out
check: on its region folders, features from the fold encoder that never saw the story), and each
story is grouped on its own; each gold pair is counted
by the size of its claim: how many are candidate pairs, their median probability, and how many
end up in one group.

    python training/claims/size_recall.py --folds FOLDS
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from story_score import STORIES  # noqa: E402
from train_pairs import FLOOR, HIDDEN, choose, fit, fold_tables  # noqa: E402

from annotator.claim_pairs import group_scored, probabilities  # noqa: E402
from annotator.claims_eval import load_claim_gold  # noqa: E402

SIZES = ((2, 3, "2-3"), (4, 5, "4-5"), (6, 99, "6+"))


def bucket(size: int) -> str:
    return next(name for low, high, name in SIZES if low <= size <= high)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=Path, required=True, help="fold-1 and fold-2 from encoder_cv.py --keep")
    args = parser.parse_args(argv)
    _, halves, _, tables, pools = fold_tables(args.folds, FLOOR)
    pairs, scored, grouped, probs = defaultdict(int), defaultdict(int), defaultdict(int), defaultdict(list)
    for train, test in ((0, 1), (1, 0)):
        model = fit(pools[train], FLOOR, HIDDEN)
        model.threshold, _ = choose(pools[train], model)
        for name in halves[test]:
            t = tables[name]
            ids = t["story"][0]
            index = {sid: k for k, sid in enumerate(ids)}
            i, j = t["pairs"]
            proba = probabilities(model, len(t["vectors"]), i, j, lambda t=t: [t["x"]])
            p = dict(zip(zip(i.tolist(), j.tolist()), proba.tolist()))
            labels = group_scored(t["vectors"], t["signatures"], t["words"], model, t["layout"])
            for gold in load_claim_gold(STORIES / f"{name}.claims.jsonl"):
                members = sorted(index[m] for m in gold["members"] if m in index)
                if len(members) < 2:  # its other members are not claim mentions: no pair to count
                    continue
                size = bucket(len(members))
                for a, b in combinations(members, 2):
                    pairs[size] += 1
                    grouped[size] += labels[a] == labels[b]
                    if (a, b) in p:
                        scored[size] += 1
                        probs[size].append(p[(a, b)])
    print("| gold claim size | gold pairs | candidates | median probability | grouped (recall) |")
    print("|---|---|---|---|---|")
    for _, _, size in SIZES:
        if pairs[size]:
            print(f"| {size} | {pairs[size]} | {scored[size] / pairs[size]:.2f} | "
                  f"{np.median(probs[size]) if probs[size] else float('nan'):.2f} | {grouped[size] / pairs[size]:.2f} |")


if __name__ == "__main__":
    main(sys.argv[1:])
