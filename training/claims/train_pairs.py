"""Fit the claim pair scorer (``annotator.claim_pairs``) on the development stories and write it
beside the claim encoder (``pair-model.json``).

The scorer reads the claim encoder's similarities, and the shipped encoder was trained on every
story, so its similarities on them are better than on new text. The features therefore come from
the two fold encoders of ``encoder_cv.py --keep FOLDS``: each story's features from the fold
encoder that never saw it. Then:

1. Held-out check, both ways: fit on one half of the stories, choose the probability threshold on
   that half (best smoothed pooled F1), score grouping on the other half; against the shipped
   similarity grouping (``claims.group``) with the same fold encoder.
2. The shipped model: fit on all stories, threshold chosen on all of them.

    python training/claims/encoder_cv.py --init /tmp/distilled --keep /tmp/folds
    python training/claims/train_pairs.py --folds /tmp/folds
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import MLPClassifier

sys.path.insert(0, str(Path(__file__).parent))
from story_score import SHIPPED, STORIES, THRESHOLDS, counts, load_stories  # noqa: E402

from annotator import claims  # noqa: E402
from annotator.claim_pairs import (FEATURES, FILE, Layout, PairModel, candidates, group_scored,  # noqa: E402
                                    pair_features)
from annotator.claims_eval import _pairs, _prf, smoothed  # noqa: E402

CUTS = np.round(np.arange(0.1, 0.801, 0.05), 2)
FLOOR = 0.15
HIDDEN = 32


def story_table(story, embed, floor: float) -> dict:
    """A story's vectors, signatures, candidate pairs, their features and gold labels."""
    ids, texts, gold = story
    vectors = claims.similarity_vectors(texts, embed)
    signatures = [claims.signature(t) for t in texts]
    words = [len(t.split()) for t in texts]
    layout = Layout.of([sid.split("#")[0] for sid in ids], [int(sid.split("#")[1]) for sid in ids], texts)
    i, j, s = candidates(vectors, signatures, floor)
    x = pair_features(vectors, signatures, words, layout, i, j, s, floor)
    y = np.array([(ids[a], ids[b]) in gold or (ids[b], ids[a]) in gold for a, b in zip(i.tolist(), j.tolist())])
    return {"story": story, "vectors": vectors, "signatures": signatures, "words": words, "layout": layout,
            "pairs": (i, j), "x": x, "y": y, "embed": embed}


def fold_tables(folds: Path, floor: float):
    """The stories' names, their two halves, the stories, and each story's table (:func:`story_table`)
    with similarities from the fold encoder in ``folds`` that never saw it."""
    names = sorted(p.name.split(".")[0] for p in STORIES.glob("*.claims.jsonl"))
    halves = (names[0::2], names[1::2])  # as encoder_cv.py: fold 1 trained on the first half
    stories = load_stories()
    tables = {}
    for fold, test_half in ((1, halves[1]), (2, halves[0])):
        folder = folds / f"fold-{fold}"
        embed = claims.memo_embed(lambda t, f=folder: claims.claim_embed(t, encoder=f))
        for name in test_half:
            tables[name] = story_table(stories[name], embed, floor)
    return names, halves, stories, tables


def fit(tables: list[dict], floor: float, hidden: int) -> PairModel:
    """On the tables' standardised candidate-pair features: L2 logistic regression (``hidden`` 0)
    or a network with one ReLU layer of ``hidden`` units (early stopping on a seeded tenth of the
    pairs); the threshold is set later."""
    x = np.concatenate([t["x"] for t in tables])
    y = np.concatenate([t["y"] for t in tables])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    if hidden:
        net = MLPClassifier(hidden_layer_sizes=(hidden,), alpha=1e-3, max_iter=500, early_stopping=True,
                            random_state=0).fit((x - mean) / scale, y)
        layers = list(zip(net.coefs_, net.intercepts_))
    else:
        lr = LogisticRegression(C=1.0, max_iter=5000).fit((x - mean) / scale, y)
        layers = [(lr.coef_.T, lr.intercept_)]
    return PairModel(mean, scale, layers, 0.5, floor, {})


def grouped_counts(table: dict, model: PairModel, threshold: float) -> np.ndarray:
    """(tp, fp, fn) of a story grouped by ``model`` at ``threshold``."""
    ids, _, gold = table["story"]
    labels = group_scored(table["vectors"], table["signatures"], table["words"], model, table["layout"],
                          threshold)
    groups: dict[int, list[str]] = {}
    for sid, label in zip(ids, labels):
        groups.setdefault(label, []).append(sid)
    said = _pairs(groups.values())
    return np.array([len(said & gold), len(said - gold), len(gold - said)])


def choose(tables: list[dict], model: PairModel) -> tuple[float, dict]:
    """The probability threshold of ``CUTS`` with the best smoothed pooled F1 on ``tables``."""
    rows = [{"threshold": float(c), **_prf(*map(int, sum(grouped_counts(t, model, c) for t in tables)))}
            for c in CUTS]
    k = int(np.argmax(smoothed(rows)))
    return float(CUTS[k]), rows[k]


CARD_HEADING = "## Pair scorer"


def pair_card(model: PairModel) -> str:
    """The model card's section on the pair scorer: what it is and its held-out check."""
    kind = (f"a network with one hidden layer of {len(model.layers[0][1])} ReLU units" if len(model.layers) > 1
            else "logistic regression")
    lines = [CARD_HEADING, "",
             f"`{FILE}`: {kind} over {len(FEATURES)} pair features (`annotator.claim_pairs`), fitted by "
             f"`python training/claims/train_pairs.py` on {len(model.meta['stories'])} stories with similarities from "
             f"fold encoders that never saw them; pairs below similarity {model.floor} are not scored; groups merge "
             f"at mean probability {model.threshold}.", "",
             "| held-out half | similarity grouping F1 | pair scorer F1 |", "|---|---|---|"]
    for k, row in enumerate(model.meta["held_out"], start=1):
        lines.append(f"| {k} ({len(row['scored_on'])} stories) | "
                     f"{row['similarity grouping (shipped settings)']['f1']:.3f} | {row['pair scorer']['f1']:.3f} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=Path, required=True, help="fold-1 and fold-2 from encoder_cv.py --keep")
    parser.add_argument("--encoder", type=Path, default=Path("models/claim-encoder"),
                        help="the claim-encoder folder to write pair-model.json into")
    parser.add_argument("--floor", type=float, default=FLOOR, help="lowest similarity a pair is scored at")
    parser.add_argument("--hidden", type=int, default=HIDDEN,
                        help="hidden ReLU units of the pair network (0: logistic regression)")
    args = parser.parse_args(argv)
    names, halves, stories, tables = fold_tables(args.folds, args.floor)
    positives = sum(int(t["y"].sum()) for t in tables.values())
    gold_pairs = sum(len(s[2]) for s in stories.values())
    print(f"{len(names)} stories: {sum(len(t['y']) for t in tables.values())} candidate pairs at similarity >= "
          f"{args.floor}, holding {positives} of {gold_pairs} gold pairs", flush=True)
    at = int(np.argmin(np.abs(THRESHOLDS - claims.SIMILARITY)))
    held_out = []
    for train_half, test_half in (halves, halves[::-1]):
        model = fit([tables[n] for n in train_half], args.floor, args.hidden)
        cut, train_row = choose([tables[n] for n in train_half], model)
        scored = _prf(*map(int, sum(grouped_counts(tables[n], model, cut) for n in test_half)))
        base = _prf(*map(int, sum(counts(stories[n], SHIPPED, tables[n]["embed"])[at] for n in test_half)))
        held_out.append({"fit_on": train_half, "scored_on": test_half, "threshold": cut,
                         "similarity grouping (shipped settings)": base, "pair scorer": scored})
        print(json.dumps(held_out[-1]), flush=True)
    model = fit(list(tables.values()), args.floor, args.hidden)
    model.threshold, row = choose(list(tables.values()), model)
    model.meta = {"command": f"python training/claims/train_pairs.py --folds FOLDS --hidden {args.hidden}",
                  "stories": names,
                  "candidate_pairs": int(sum(len(t["y"]) for t in tables.values())), "fit_row": row,
                  "held_out": held_out}
    (args.encoder / FILE).write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    card = args.encoder / "README.md"
    text = card.read_text(encoding="utf-8").split(CARD_HEADING)[0] if card.exists() else ""
    card.write_text(text.rstrip("\n") + "\n\n" + pair_card(model), encoding="utf-8")
    weights = (f"; weights {dict(zip(FEATURES, np.round(model.layers[0][0][:, 0], 3)))}" if len(model.layers) == 1
               else "")
    print(f"threshold {model.threshold} ({row}){weights}")
    print(f"wrote {args.encoder / FILE}")


if __name__ == "__main__":
    main(sys.argv[1:])
