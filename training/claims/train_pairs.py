"""Fit the claim pair scorer (``annotator.claim_pairs``) on the development stories and write it
beside the claim encoder (``pair-model.json``).

The scorer reads the claim encoder's similarities, and the shipped encoder was trained on every
story, so its similarities on them are better than on new text. The features therefore come from
the two fold encoders of ``encoder_cv.py --keep FOLDS``: each story's features from the fold
encoder that never saw it. Then:

The stories are grouped by region (``regions.json``) into folders, as a user's folder mixes
related events: fitting on them teaches the scorer that mentions from articles on another event of
the same war are not one claim.

1. Held-out check, both ways: fit on the region folders of one half of the stories, choose the
   probability threshold on them (best smoothed pooled F1), score grouping on the other half, as
   region folders and story by story; against the shipped similarity grouping (``claims.group``)
   with the same fold encoder and, for a two-stage scorer (``--stages 2``, the default), against
   its first stage alone.
2. The shipped model: fit on all region folders (each half's), threshold chosen on all of them.

    python training/claims/encoder_cv.py --init /tmp/distilled --keep /tmp/folds
    python training/claims/train_pairs.py --folds /tmp/folds
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import MLPClassifier

sys.path.insert(0, str(Path(__file__).parent))
from story_score import SHIPPED, THRESHOLDS, counts, load_stories  # noqa: E402
from story_score import halves as story_halves  # noqa: E402
from story_score import story_names  # noqa: E402

from annotator import claims  # noqa: E402
from annotator.claim_pairs import (FEATURES, FILE, Layout, PairModel, candidates, group_scored,  # noqa: E402
                                    pair_features)
from annotator.claims_eval import _pairs, _prf, smoothed  # noqa: E402
from annotator.pair_graph import GRAPH_FEATURES, graph_features  # noqa: E402

REGIONS = Path(__file__).parent / "regions.json"
CUTS = np.round(np.arange(0.1, 0.801, 0.05), 2)
FLOOR = 0.15
HIDDEN = 32
NETS = 5
STAGES = 2


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


def regions(names: list[str]) -> dict[str, list[str]]:
    """The stories of each region (``regions.json``); every story must have one."""
    by_region = json.loads(REGIONS.read_text(encoding="utf-8"))
    listed = [s for members in by_region.values() for s in members]
    missing, twice = sorted(set(names) - set(listed)), sorted({s for s in listed if listed.count(s) > 1})
    if missing or twice:
        raise SystemExit(f"Error: in {REGIONS}, every story needs exactly one region; "
                         f"missing: {missing or 'none'}, listed twice: {twice or 'none'}")
    return by_region


def pooled_story(stories: dict, members: list[str]):
    """Several stories as one folder: their mentions side by side, their gold pairs together."""
    return (sum((stories[n][0] for n in members), []), sum((stories[n][1] for n in members), []),
            set().union(*(stories[n][2] for n in members)))


def fold_tables(folds: Path, floor: float, keep=None):
    """The stories' names, their two halves, the stories, each story's table (:func:`story_table`)
    with similarities from the fold encoder in ``folds`` that never saw it, and per half the tables
    of its region pools: the half's stories of one region grouped as one folder, as a user's folder
    mixes related events (the seeds mix 2015, 2018 and 2020 articles on one province). A region's
    stories are split between the halves (22 folders in all), since each folder's similarities come
    from the one fold encoder that saw none of its stories. ``keep`` (a story name test) limits the
    tables and pools to some stories; the halves stay those of all stories."""
    names = story_names()
    halves = story_halves(names)  # as encoder_cv.py: fold 1 trained on the first half
    by_region = regions(names)
    stories = load_stories()
    tables, pools = {}, ([], [])
    for fold, half in ((1, 1), (2, 0)):
        folder = folds / f"fold-{fold}"
        embed = claims.memo_embed(lambda t, f=folder: claims.claim_embed(t, encoder=f))
        kept = [n for n in halves[half] if keep is None or keep(n)]
        for name in kept:
            tables[name] = story_table(stories[name], embed, floor)
        for members in by_region.values():
            here = [n for n in kept if n in members]
            if here:
                pools[half].append(story_table(pooled_story(stories, here), embed, floor))
    return names, halves, stories, tables, pools


def fit_stage(tables: list[dict], floor: float, hidden: int, nets: int = NETS) -> PairModel:
    """On the tables' standardised candidate-pair features: L2 logistic regression (``hidden`` 0)
    or ``nets`` networks with one ReLU layer of ``hidden`` units (seeds 0, 1, ...; early stopping
    on a seeded tenth of the pairs), their logits averaged: one network whose hidden layer holds all
    of theirs. One network's held-out F1 moves by about 0.01 with its seed; the average does not.
    The threshold is set later."""
    x = np.concatenate([t["x"] for t in tables])
    y = np.concatenate([t["y"] for t in tables])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    if not hidden:
        lr = LogisticRegression(C=1.0, max_iter=5000).fit((x - mean) / scale, y)
        return PairModel(mean, scale, [(lr.coef_.T, lr.intercept_)], 0.5, floor, {})
    fitted = [MLPClassifier(hidden_layer_sizes=(hidden,), alpha=1e-3, max_iter=500, early_stopping=True,
                            random_state=seed).fit((x - mean) / scale, y) for seed in range(nets)]
    layers = [(np.hstack([n.coefs_[0] for n in fitted]), np.concatenate([n.intercepts_[0] for n in fitted])),
              (np.vstack([n.coefs_[1] for n in fitted]) / nets, np.mean([n.intercepts_[1] for n in fitted], axis=0))]
    return PairModel(mean, scale, layers, 0.5, floor, {})


def with_graph(table: dict, first: PairModel) -> dict:
    """The table with the graph features of ``first``'s probabilities beside its features."""
    i, j = table["pairs"]
    return dict(table, x=np.hstack([table["x"], graph_features(len(table["vectors"]), i, j, first.proba(table["x"]))]))


def fit(tables: list[dict], floor: float, hidden: int, nets: int = NETS, stages: int = STAGES) -> PairModel:
    """The pair scorer: :func:`fit_stage` on the tables, and with ``stages`` 2 a second stage
    (:mod:`annotator.pair_graph`) fitted on graph features of first-stage probabilities that are
    out of fold: the tables are split in two by position, and each part's probabilities come from
    a first stage fitted on the other part, so the second stage learns how far to trust
    probabilities on pairs the first stage never saw, as in use."""
    first = fit_stage(tables, floor, hidden, nets)
    if stages == 1 or len(tables) < 2:
        return first
    parts = (tables[0::2], tables[1::2])
    crossed = [with_graph(t, fit_stage(parts[1 - k], floor, hidden, nets)) for k in (0, 1) for t in parts[k]]
    first.second = fit_stage(crossed, floor, hidden, nets)
    return first


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
    nets = model.meta.get("nets", 1)
    kind = (f"{nets} networks with one hidden layer of {len(model.layers[0][1]) // nets} ReLU units each, their "
            "logits averaged," if len(model.layers) > 1 else "logistic regression")
    lines = [CARD_HEADING, "",
             f"`{FILE}`: {kind} over {len(FEATURES)} pair features (`annotator.claim_pairs`), fitted by "
             f"`python training/claims/train_pairs.py` on {len(model.meta['stories'])} stories, grouped as folders "
             f"by region, with similarities from fold encoders that never saw them; pairs below similarity "
             f"{model.floor} are not scored; groups merge at mean probability {model.threshold}.", "",
             "Held-out grouping F1, fitted on one half of the stories and scored on the other:", "",
             "| held-out half | scored as | similarity grouping | first stage alone | pair scorer |",
             "|---|---|---|---|---|"]
    for k, row in enumerate(model.meta["held_out"], start=1):
        for setting in SETTINGS:
            first = row[setting].get("first stage alone", row[setting]["pair scorer"])
            lines.append(f"| {k} ({len(row['scored_on'])} stories) | {setting} | "
                         f"{row[setting]['similarity grouping (shipped settings)']['f1']:.3f} | "
                         f"{first['f1']:.3f} | {row[setting]['pair scorer']['f1']:.3f} |")
    if model.second is not None:
        lines += ["", f"The pair scorer has two stages: the second reads the first stage's features and "
                  f"{len(GRAPH_FEATURES)} features of its probabilities on the pair's shared neighbours "
                  "(`annotator.pair_graph`); \"first stage alone\" is the first stage with its own threshold."]
    return "\n".join(lines) + "\n"


SETTINGS = ("region folders", "single stories")


def held_out_row(model: PairModel, cut: float, units: list[dict], at: int, first_cut: float | None = None) -> dict:
    """Similarity grouping and the pair scorer (at ``cut``) on held-out tables, pooled counts; for
    a two-stage scorer also its first stage alone (at ``first_cut``)."""
    row = {"similarity grouping (shipped settings)":
           _prf(*map(int, sum(counts(t["story"], SHIPPED, t["embed"])[at] for t in units))),
           "pair scorer": _prf(*map(int, sum(grouped_counts(t, model, cut) for t in units)))}
    if model.second is not None:
        first = replace(model, second=None)
        row["first stage alone"] = _prf(*map(int, sum(grouped_counts(t, first, first_cut) for t in units)))
    return row


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=Path, required=True, help="fold-1 and fold-2 from encoder_cv.py --keep")
    parser.add_argument("--encoder", type=Path, default=Path("models/claim-encoder"),
                        help="the claim-encoder folder to write pair-model.json into")
    parser.add_argument("--floor", type=float, default=FLOOR, help="lowest similarity a pair is scored at")
    parser.add_argument("--hidden", type=int, default=HIDDEN,
                        help="hidden ReLU units of each pair network (0: logistic regression)")
    parser.add_argument("--nets", type=int, default=NETS, help="networks averaged (seeds 0 to NETS - 1)")
    parser.add_argument("--stages", type=int, choices=(1, 2), default=STAGES,
                        help="1: one pair network; 2: a second over the first's shared-neighbour features")
    args = parser.parse_args(argv)
    if args.nets < 1:
        raise SystemExit("Error: --nets must be at least 1")
    nets = args.nets if args.hidden else 1
    names, halves, stories, tables, pools = fold_tables(args.folds, args.floor)
    every = pools[0] + pools[1]
    positives = sum(int(t["y"].sum()) for t in every)
    gold_pairs = sum(len(s[2]) for s in stories.values())
    print(f"{len(names)} stories in {len(every)} region folders: {sum(len(t['y']) for t in every)} candidate pairs "
          f"at similarity >= {args.floor}, holding {positives} of {gold_pairs} gold pairs", flush=True)
    at = int(np.argmin(np.abs(THRESHOLDS - claims.SIMILARITY)))
    held_out = []
    for train, test in ((0, 1), (1, 0)):
        model = fit(pools[train], args.floor, args.hidden, nets, args.stages)
        cut, _ = choose(pools[train], model)
        first_cut = choose(pools[train], replace(model, second=None))[0] if model.second is not None else None
        held_out.append({"fit_on": halves[train], "scored_on": halves[test], "threshold": cut,
                         SETTINGS[0]: held_out_row(model, cut, pools[test], at, first_cut),
                         SETTINGS[1]: held_out_row(model, cut, [tables[n] for n in halves[test]], at, first_cut)})
        print(json.dumps({k: v for k, v in held_out[-1].items() if k not in ("fit_on", "scored_on")}), flush=True)
    model = fit(every, args.floor, args.hidden, nets, args.stages)
    model.threshold, row = choose(every, model)
    command = (f"python training/claims/train_pairs.py --folds FOLDS --hidden {args.hidden} --nets {nets} "
               f"--stages {args.stages}")
    model.meta = {"command": command, "nets": nets, "stories": names,
                  "candidate_pairs": int(sum(len(t["y"]) for t in every)), "fit_row": row,
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
