"""Sentence models against blind adjudicated labels of development-story sentences (never the seeds).

``r19-adjudicated.jsonl`` holds 160 sentences of the development stories (``training/claims/stories``),
drawn at random from those whose labels changed between the round-18 model and the round-19 one,
each labelled by a helper who saw the taxonomy, the briefs' rulings and the three sentences
before it, but neither model's labels. The sample is of disagreements, so the figures say which
model is right where they differ, not how good either is overall.

    python training/checks/score_adjudicated.py --model models/default --model OTHER_FOLDER
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "claims"))
from story_score import STORIES  # noqa: E402

from annotator.claims_run import model_records  # noqa: E402
from annotator.models import load_model  # noqa: E402
from annotator.registry import load_registry  # noqa: E402
from annotator.taxonomy import LABEL_NAMES  # noqa: E402

ADJUDICATED = Path(__file__).parent / "r19-adjudicated.jsonl"


def model_labels(folder: Path, stories: list[str]) -> dict[str, set[str]]:
    """Each sentence id of ``stories`` with the labels the model in ``folder`` gives it in context."""
    model, registry = load_model(folder), load_registry()
    out = {}
    for story in stories:
        records, _ = model_records(STORIES / story, model, registry)
        out.update({r["id"]: set(r["labels"]) for r in records})
    return out


def scores(predicted: dict[str, set[str]], rows: list[dict]) -> tuple[int, float]:
    """Exact matches and micro-F1 over the seven labels."""
    tp = fp = fn = exact = 0
    for row in rows:
        gold, got = set(row["labels"]), predicted.get(row["id"], set())
        exact += gold == got
        tp += len(gold & got & set(LABEL_NAMES))
        fp += len(got - gold)
        fn += len(gold - got)
    return exact, 2 * tp / max(1, 2 * tp + fp + fn)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, action="append", required=True, help="sentence model folder (repeatable)")
    args = parser.parse_args(argv)
    rows = [json.loads(line) for line in ADJUDICATED.read_text(encoding="utf-8").splitlines() if line.strip()]
    stories = sorted({row["article"].rsplit("-", 1)[0] for row in rows})
    for folder in args.model:
        exact, f1 = scores(model_labels(folder, stories), rows)
        print(f"{folder}: exact {exact}/{len(rows)}, micro-F1 {f1:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
