"""Training entry point: parse, seed, load, map labels, tokenise, train, save model and metrics."""

from __future__ import annotations

import json
import shutil
import tempfile
import tomllib
from datetime import datetime, timezone
from pathlib import Path

from .calibration import to_matrix
from .data import data_files, data_hash, load_many, merge_examples, model_inputs
from .errors import DataFileError
from .models import write_card

DEFAULT_CONFIG = Path(__file__).resolve().parent.parent / "training" / "config.toml"


def load_config(path: Path | None) -> dict:
    """Hyper-parameters from a TOML file's [model] table (defaults: training/config.toml)."""
    path = Path(path) if path else DEFAULT_CONFIG
    if not path.is_file():
        return {}
    try:
        config = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(path, f"invalid TOML ({exc})") from None
    return dict(config.get("model", {}))


def training_examples(data: list[Path]) -> tuple[list, list[Path]]:
    """The merged labelled examples of the given files/folders, and the files they came from."""
    files = [f for path in data for f in data_files(path)]
    return merge_examples(load_many(files)), files


def train_model(data: list[Path], out_dir: Path, config: dict | None = None, seed: int | None = None,
                gold: list[Path] | None = None) -> dict:
    """Train on the labelled files ``data``, write a complete model folder to ``out_dir``; return its metrics."""
    from .transformer import TransformerClassifier

    examples, files = training_examples(data)
    params = dict(config or {})
    if seed is not None:
        params["seed"] = seed
    model = TransformerClassifier(**params)
    model.fit(model_inputs(examples), to_matrix([e.labels for e in examples]))
    return write_model_folder(model, examples, files, out_dir, gold)


def write_model_folder(model, examples: list, files: list[Path], out_dir: Path,
                       gold: list[Path] | None = None) -> dict:
    """Save a fitted classifier as one folder: weights, labels/thresholds, training arguments,
    metrics (with the data hash and gold scores) and a model card; replaces ``out_dir`` atomically."""
    from .evaluate import evaluate_model

    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    try:
        model.save(staging)
        metrics = {"trained_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                   "train_sentences": len(examples), "data_files": [f.name for f in files],
                   "data_hash": data_hash(examples), "thresholds": model.thresholds_.round(3).tolist(),
                   **model.dev_metrics_, "gold": {}}
        saved = type(model).load(staging) if gold else None  # score what users load: weights stored in fp16
        for path in gold or []:
            report = evaluate_model(saved, load_many([path]))
            metrics["gold"][Path(path).name] = {k: report[k] for k in ("macro_f1", "micro_f1", "detection_f1",
                                                                       "exact_match")}
        args = model.get_params()
        (staging / "training_args.json").write_text(json.dumps(args, indent=2) + "\n", encoding="utf-8")
        (staging / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
        write_card(staging, metrics, args, name=out_dir.name)
        if out_dir.exists():
            shutil.rmtree(out_dir)
        staging.rename(out_dir)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return metrics
