"""Retraining on reviewer corrections, with a no-regression gate and kept model versions.

Corrections are copied into the training folder as a new file
(``corrections-<version>.jsonl``; the user's file is never edited). When the
same sentence text appears more than once, the correction loaded last wins.
The new model is promoted to ``default`` only if its macro-F1 on every gold
set is not lower than the current default's by more than ``tolerance``.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timezone
from pathlib import Path

from .data import CORRECTIONS_PREFIX, data_files, load_examples, load_many, merge_examples
from .errors import DataFileError, InputError
from .evaluate import evaluate_model
from .jsonl import write_jsonl
from .models import load_model, read_json

def version_stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")


def add_corrections(corrections: list[Path], data_dir: Path, stamp: str) -> Path:
    """Write all corrections into one new data file in ``data_dir`` and return its path."""
    examples = merge_examples(load_many(corrections))
    path = Path(data_dir) / f"{CORRECTIONS_PREFIX}{stamp}.jsonl"
    write_jsonl(path, [e.to_dict() for e in examples])
    return path


def version_info(folder: Path) -> dict:
    """Name, date, data hash and gold scores of a model folder."""
    metrics = read_json(folder / "metrics.json")
    return {"name": folder.name, "path": str(folder), "trained_at": metrics.get("trained_at"),
            "data_hash": metrics.get("data_hash"), "train_sentences": metrics.get("train_sentences"),
            "gold": {k: v.get("macro_f1") for k, v in metrics.get("gold", {}).items()}}


def list_models(root: Path) -> list[dict]:
    """The default model and every kept version, newest version first."""
    root = Path(root)
    found = []
    if (root / "default" / "config.json").exists():
        found.append({**version_info(root / "default"), "default": True})
    versions = root / "versions"
    if versions.is_dir():
        for folder in sorted(versions.iterdir(), reverse=True):
            if (folder / "config.json").exists():
                found.append({**version_info(folder), "default": False})
    return found


def retrain(corrections: list[Path], data_dir: Path, models_root: Path, gold: list[Path], config: dict,
            tolerance: float = 0.01, force: bool = False, log=print) -> dict:
    """Merge corrections, train a new version, compare with the default on gold, promote or keep."""
    from .train import train_model

    for path in corrections:
        load_examples(path, check_ids=False)
    if not _has_training_data(Path(data_dir)):
        # run from another folder, "training/data" would hold the corrections alone
        raise InputError(f"{data_dir} holds no training data: run retrain from the project folder, or give "
                         "--data and --gold as full paths (training/data, eval/gold/seeds.jsonl)")
    for path in gold:  # before an hour of training, not after
        load_examples(path)
    stamp = version_stamp()
    added = add_corrections(corrections, data_dir, stamp)
    log(f"corrections written to {added}")
    models_root = Path(models_root)
    new_dir = models_root / "versions" / stamp
    new_dir.parent.mkdir(parents=True, exist_ok=True)
    log(f"training {new_dir} …")
    try:
        train_model([Path(data_dir)], new_dir, config, gold=gold)
    except BaseException:  # interrupted or failed: a rerun must not find the corrections already added
        added.unlink(missing_ok=True)
        log(f"training stopped; removed {added}")
        raise
    default_dir = models_root / "default"
    comparison = {}
    new_model = load_model(new_dir)
    old_model = load_model(default_dir) if (default_dir / "config.json").exists() else None
    for path in gold:
        examples = load_examples(path)
        new_report = evaluate_model(new_model, examples)
        old_report = evaluate_model(old_model, examples) if old_model else None
        comparison[Path(path).name] = {"new": new_report, "old": old_report}
    regressed = [name for name, c in comparison.items()
                 if c["old"] is not None and c["new"]["macro_f1"] < c["old"]["macro_f1"] - tolerance]
    promoted = force or not regressed
    if promoted:
        promote(new_dir, default_dir)
    return {"version": stamp, "path": str(new_dir), "corrections_file": str(added), "promoted": promoted,
            "regressed_on": regressed, "comparison": comparison}


def _has_training_data(folder: Path) -> bool:
    """Whether ``folder`` holds training files besides reviewer corrections."""
    try:
        return folder.is_dir() and any(not p.name.startswith(CORRECTIONS_PREFIX) for p in data_files(folder))
    except DataFileError:
        return False


def promote(new_dir: Path, default_dir: Path) -> None:
    """Make ``new_dir`` the default; the previous default stays available under versions/."""
    default_dir = Path(default_dir)
    if default_dir.exists():
        previous = read_json(default_dir / "metrics.json").get("trained_at", "previous")
        keep = default_dir.parent / "versions" / ("default-" + previous.replace(":", "").replace("-", ""))
        if not keep.exists():
            shutil.copytree(default_dir, keep)
        staging = default_dir.with_name(".default-new")
        if staging.exists():
            shutil.rmtree(staging)
        shutil.copytree(new_dir, staging)
        shutil.rmtree(default_dir)
        staging.rename(default_dir)
    else:
        shutil.copytree(new_dir, default_dir)
    marker = {"promoted_from": Path(new_dir).name}
    (default_dir / "PROMOTED.json").write_text(json.dumps(marker) + "\n", encoding="utf-8")
