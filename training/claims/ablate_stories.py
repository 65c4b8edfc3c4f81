"""Do added stories help? Held-out grouping on the same halves, with the fold encoders and pair
scorer trained on each half's older stories only, against all its stories.

The halves are those of ``encoder_cv.py`` (every other story by name, all stories now). The
baseline fold encoders are trained on the older stories of each half, the same way:

    python training/claims/train_encoder.py --epochs 0 --init DISTILLED --stories OLD_IN_FIRST_HALF \\
        --out BASE/fold-1
    python training/claims/train_encoder.py --epochs 0 --init DISTILLED --stories OLD_IN_SECOND_HALF \\
        --out BASE/fold-2
    python training/claims/ablate_stories.py --folds FOLDS --baseline BASE --older OLD.json

``FOLDS`` holds the fold encoders of ``encoder_cv.py --keep`` (all stories); ``OLD.json`` lists
the older stories: a JSON list of names, or an older ``regions.json`` (round 9:
``git show e92a78e:training/claims/regions.json``). The pair scorer is fitted on the training half's region folders
(older stories only for the baseline) and scored on all region folders and stories of the other
half, as ``train_pairs.py`` does. Halves are numbered as in ``train_pairs.py``'s model card (1: held
out from the encoder and scorer trained on the first half).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import train_pairs as tp  # noqa: E402

from annotator import claims  # noqa: E402
from annotator.claims_eval import _prf  # noqa: E402


def tables(folds: Path, names: list[str], half: int, keep, stories: dict, by_region: dict):
    """Region-folder and single-story tables of ``half`` (stories passing ``keep``), embedded by
    the fold encoder that did not train on it."""
    halves = (names[0::2], names[1::2])
    folder = folds / ("fold-1" if half == 1 else "fold-2")
    embed = claims.memo_embed(lambda t, f=folder: claims.claim_embed(t, encoder=f))
    pools = []
    for members in by_region.values():
        here = [n for n in halves[half] if n in members and keep(n)]
        if here:
            pools.append(tp.story_table(tp.pooled_story(stories, here), embed, tp.FLOOR))
    return pools, [tp.story_table(stories[n], embed, tp.FLOOR) for n in halves[half] if keep(n)]


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=Path, required=True, help="fold encoders trained on all stories")
    parser.add_argument("--baseline", type=Path, required=True, help="fold encoders trained on the older stories")
    parser.add_argument("--older", type=Path, required=True, help="the older stories: a JSON list, or an older regions.json")
    args = parser.parse_args(argv)
    listed = json.loads(args.older.read_text(encoding="utf-8"))
    older = {n for v in listed.values() for n in v} if isinstance(listed, dict) else set(listed)
    names = sorted(p.name.split(".")[0] for p in tp.STORIES.glob("*.claims.jsonl"))
    stories, by_region = tp.load_stories(), tp.regions(names)
    print("| held-out half | trained on | region folders F1 (P / R) | single stories F1 |\n|---|---|---|---|")
    for train, test in ((0, 1), (1, 0)):
        for label, folds, keep in (("older stories", args.baseline, older.__contains__),
                                   ("all stories", args.folds, lambda n: True)):
            fit_pools, _ = tables(folds, names, train, keep, stories, by_region)
            test_pools, test_singles = tables(folds, names, test, lambda n: True, stories, by_region)
            model = tp.fit(fit_pools, tp.FLOOR, tp.HIDDEN, tp.NETS)
            cut, _ = tp.choose(fit_pools, model)
            folders = _prf(*map(int, sum(tp.grouped_counts(t, model, cut) for t in test_pools)))
            single = _prf(*map(int, sum(tp.grouped_counts(t, model, cut) for t in test_singles)))
            print(f"| {train + 1} ({len(names[test::2])} stories) | {label} | {folders['f1']:.3f} "
                  f"({folders['precision']:.3f} / {folders['recall']:.3f}) | {single['f1']:.3f} |", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
