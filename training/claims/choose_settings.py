"""Choose the claim-grouping settings of ``annotator.claims`` on the development sets only.

Run: ``python training/claims/choose_settings.py`` (about a minute on CPU).

For every combination in GRID it sweeps the threshold with ``claims_eval.sweep_dev`` (both dev
sets: restated-proposition clusters and labelled pairs), scores the combination by its best
``mean_f1`` averaged over neighbouring thresholds, and takes the best combination with the
threshold ``choose_threshold`` picks. Then a held-out check: the same choice made on half the
cluster events (plus the pairs) and scored on the other half, both ways round.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from annotator.claims_eval import _memo, choose_threshold, load_dev_clusters, smoothed, sweep_dev

HERE = Path(__file__).parent
CLUSTERS, PAIRS = HERE / "dev-clusters.jsonl", HERE / "dev-pairs.jsonl"
GRID = {"lexical_weight": (0.1, 0.2, 0.4), "proposition_mix": (0.0, 0.5), "figure_bonus": (0.1, 0.2),
        "anchor_bonus": (0.0, 0.1, 0.15, 0.2)}


def choose(embed, events=None, log=print):
    best = None
    for values in itertools.product(*GRID.values()):
        settings = dict(zip(GRID, values))
        rows = sweep_dev(CLUSTERS, PAIRS, embed, events=events, **settings)
        score = float(smoothed(rows, "mean_f1").max())
        threshold = choose_threshold(rows, key="mean_f1")
        row = next(r for r in rows if r["threshold"] == threshold)
        log(f"{settings}  smoothed best {score:.3f}  threshold {threshold}: clusters F1 {row['clusters']['f1']:.3f} "
            f"pairs F1 {row['pairs']['f1']:.3f}")
        if best is None or score > best[0] + 1e-9:
            best = (score, {**settings, "threshold": threshold}, row)
    return best


def line(name, row):
    c, p = row["clusters"], row["pairs"]
    return (f"{name}: clusters P {c['precision']:.3f} R {c['recall']:.3f} F1 {c['f1']:.3f} | "
            f"pairs P {p['precision']:.3f} R {p['recall']:.3f} F1 {p['f1']:.3f} | mean {row['mean_f1']:.3f}")


def main() -> None:
    from annotator.transformer import embed_texts

    embed = _memo(embed_texts)
    shipped_before = {"threshold": 0.475, "figure_bonus": 0.2, "anchor_bonus": 0.0, "lexical_weight": 0.4,
                      "proposition_mix": 1.0}
    before = sweep_dev(CLUSTERS, PAIRS, embed, thresholds=[0.475], **{k: v for k, v in shipped_before.items()
                                                                       if k != "threshold"})[0]
    print(line("previous settings (proposition embedding, lexical 0.4, figure bonus 0.2, no anchor bonus)", before))
    score, chosen, row = choose(embed)
    print(f"chosen: {chosen} (smoothed mean F1 {score:.3f})")
    print(line("chosen, all dev", row))
    events = sorted(load_dev_clusters(CLUSTERS))
    halves = (set(events[::2]), set(events[1::2]))
    for k, (tune, test) in enumerate((halves, halves[::-1])):
        _, picked, _ = choose(embed, tune, log=lambda *_: None)
        settings = {key: value for key, value in picked.items() if key != "threshold"}
        held = sweep_dev(CLUSTERS, PAIRS, embed, thresholds=[picked["threshold"]], events=test, **settings)[0]
        print(f"held-out {k + 1}: chosen on {sorted(tune)} -> {picked}")
        print(line(f"  scored on {sorted(test)}", held))


if __name__ == "__main__":
    main()
