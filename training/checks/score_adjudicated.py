"""Sentence models against blind labels of development-story sentences (never the seeds).

Two label files, both of sentences of the development stories (``training/claims/stories``), each
labelled by helpers who saw the taxonomy, the briefs' rulings and the three sentences before it,
but no model's labels:

- ``r20-blind.jsonl`` (the default): 1,200 sentences drawn at random, each labelled by two helpers
  independently, disagreements settled by a third. ``part`` is ``analysis`` for the 800 whose
  errors were read to write round 20's training brief and ``held-out`` for the 400 that were
  only scored. Figures say how good a model is on ordinary development text.
- ``r19-adjudicated.jsonl``: 160 sentences drawn from those whose labels changed between the
  round-18 model and the round-19 one. It is a sample of disagreements, so its figures say which
  model is right where they differ, not how good either is overall.

    python training/checks/score_adjudicated.py --model models/default --model OTHER_FOLDER
    python training/checks/score_adjudicated.py --gold training/checks/r19-adjudicated.jsonl --model models/default
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "claims"))
from story_score import STORIES  # noqa: E402

from annotator.claims_run import model_records  # noqa: E402
from annotator.models import load_model  # noqa: E402
from annotator.registry import load_registry  # noqa: E402
from annotator.taxonomy import LABEL_NAMES  # noqa: E402

BLIND = Path(__file__).parent / "r20-blind.jsonl"


def model_labels(folder: Path, stories: list[str]) -> dict[str, set[str]]:
    """Each sentence id of ``stories`` with the labels the model in ``folder`` gives it in context."""
    model, registry = load_model(folder), load_registry()
    out = {}
    for story in stories:
        records, _ = model_records(STORIES / story, model, registry)
        out.update({r["id"]: set(r["labels"]) for r in records})
    return out


def scores(predicted: dict[str, set[str]], rows: list[dict]) -> dict:
    """Exact matches, micro- and macro-F1 over the labels the rows hold, detection F1, and
    (true positives, false positives, false negatives) per label."""
    counts = defaultdict(lambda: [0, 0, 0])
    exact = found = spurious = missed = 0
    for row in rows:
        gold, got = set(row["labels"]), predicted.get(row["id"], set())
        exact += gold == got
        found += bool(gold) and bool(got)
        spurious += not gold and bool(got)
        missed += bool(gold) and not got
        for label in LABEL_NAMES:
            counts[label][0] += label in gold and label in got
            counts[label][1] += label not in gold and label in got
            counts[label][2] += label in gold and label not in got
    tp, fp, fn = (sum(c[k] for c in counts.values()) for k in range(3))
    present = [label for label in LABEL_NAMES if counts[label][0] + counts[label][2]]
    macro = sum(2 * counts[x][0] / (2 * counts[x][0] + counts[x][1] + counts[x][2]) for x in present) / max(1, len(present))
    return {"exact": exact, "micro": 2 * tp / max(1, 2 * tp + fp + fn), "macro": macro,
            "detection": 2 * found / max(1, 2 * found + spurious + missed), "per_label": dict(counts)}


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, action="append", required=True, help="sentence model folder (repeatable)")
    parser.add_argument("--gold", type=Path, default=BLIND, help=f"blind label file (default: {BLIND.name})")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    stories = sorted({row["article"].rsplit("-", 1)[0] for row in rows})
    parts = {"all": rows, **{p: [r for r in rows if r.get("part") == p] for p in dict.fromkeys(r.get("part") for r in rows) if p}}
    for folder in args.model:
        predicted = model_labels(folder, stories)
        for name, subset in parts.items():
            s = scores(predicted, subset)
            print(f"{folder} [{name}, {len(subset)}]: exact {s['exact']}/{len(subset)}, micro-F1 {s['micro']:.3f}, "
                  f"macro-F1 {s['macro']:.3f}, detection F1 {s['detection']:.3f}")
        print("  per label (tp, fp, fn), all:", ", ".join(f"{k} {tuple(v)}" for k, v in scores(predicted, rows)["per_label"].items()))


if __name__ == "__main__":
    main(sys.argv[1:])
