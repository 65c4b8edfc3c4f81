"""Do added stories help? Held-out grouping on the same halves, with the fold encoders and pair
scorer trained on each half's older stories only, against all its stories.

The halves are those of ``encoder_cv.py`` (``story_score.halves``). Since ``halves.json`` keeps
every earlier story in its half, the fold encoders the previous round kept
(``encoder_cv.py --keep BASE``) are the baseline: trained on each half's older stories only.

    python training/claims/encoder_cv.py --init DISTILLED --keep FOLDS
    python training/claims/ablate_stories.py --folds FOLDS --baseline BASE --older OLD.json

``FOLDS`` holds the fold encoders trained on all stories; ``OLD.json`` lists the older stories:
a JSON list of names, or an older ``regions.json`` (``git show HEAD~:training/claims/regions.json``).
Before ``halves.json`` (round 11), the halves were every other story by name, so the baseline was
trained here for each half (``train_encoder.py --epochs 0 --init DISTILLED --stories OLD_IN_HALF
--out BASE/fold-K``). The pair scorer is fitted on the training half's region folders
(older stories only for the baseline) and scored on all region folders and stories of the other
half, as ``train_pairs.py`` does. Without ``--baseline`` (the previous round's fold encoders are
gone) it scores ``FOLDS`` on the held-out halves' older stories only, the test set of the previous
round's "all stories" row, so that row is the comparison. Halves are numbered as in ``train_pairs.py``'s model card (1: held
out from the encoder and scorer trained on the first half).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import train_pairs as tp  # noqa: E402

from annotator.claims_eval import _prf  # noqa: E402


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=Path, required=True, help="fold encoders trained on all stories")
    parser.add_argument("--baseline", type=Path,
                        help="fold encoders trained on the older stories (without it: score on the older stories only)")
    parser.add_argument("--older", type=Path, required=True, help="the older stories: a JSON list, or an older regions.json")
    args = parser.parse_args(argv)
    listed = json.loads(args.older.read_text(encoding="utf-8"))
    older = {n for v in listed.values() for n in v} if isinstance(listed, dict) else set(listed)
    names, halves, _, every, pools = tp.fold_tables(args.folds, tp.FLOOR)
    if args.baseline:
        *_, base_every, base_pools = tp.fold_tables(args.baseline, tp.FLOOR)
        *_, older_pools = tp.fold_tables(args.baseline, tp.FLOOR, keep=older.__contains__)
        rows = (("older stories", older_pools, base_pools, base_every, None), ("all stories", pools, pools, every, None))
    else:
        *_, older_tests = tp.fold_tables(args.folds, tp.FLOOR, keep=older.__contains__)
        rows = (("all stories, tested on the older", pools, older_tests, every, older),
                ("all stories", pools, pools, every, None))
    print("| held-out half | trained on | region folders F1 (P / R) | single stories F1 |\n|---|---|---|---|")
    for train, test in ((0, 1), (1, 0)):
        for label, fit_pools, test_pools, singles, only in rows:
            model = tp.fit(fit_pools[train], tp.FLOOR, tp.HIDDEN, tp.NETS)
            cut, _ = tp.choose(fit_pools[train], model)
            tested = [n for n in halves[test] if only is None or n in only]
            folders = _prf(*map(int, sum(tp.grouped_counts(t, model, cut) for t in test_pools[test])))
            single = _prf(*map(int, sum(tp.grouped_counts(singles[n], model, cut) for n in tested)))
            print(f"| {train + 1} ({len(tested)} stories) | {label} | {folders['f1']:.3f} "
                  f"({folders['precision']:.3f} / {folders['recall']:.3f}) | {single['f1']:.3f} |", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
