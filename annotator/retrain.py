"""Retraining on reviewer corrections, with a no-regression gate and kept model versions.

Corrections are copied into the training folder as a new file
(``corrections-<version>.jsonl``; the user's file is never edited). When the
same sentence text appears more than once, the correction loaded last wins.
The new model is promoted to ``default`` unless, on some gold set, its macro-F1
is lower than the current default's by more than ``tolerance`` and a paired
bootstrap over that set's sentences says the drop is not chance
(:func:`compare_on_gold`). Data and configuration a model was already
trained on are not trained on again (:func:`trained_before`).
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from .calibration import to_matrix
from .data import CORRECTIONS_PREFIX, data_files, data_hash, load_examples, load_many, merge_examples, model_inputs
from .errors import DataFileError, InputError
from .evaluate import evaluate_predictions, metrics
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
    """Merge corrections, train a new version, compare with the default on gold, promote or keep.

    A model already trained on exactly this data and configuration is not trained again
    (:class:`InputError`) unless ``force``: then a kept one is promoted as it is, and the default is
    trained again (the registry or the code may have changed what the model reads).
    """
    from .train import train_model

    for path in corrections:
        load_examples(path, check_ids=False)
    if not _has_training_data(Path(data_dir)):
        # run from another folder, "training/data" would hold the corrections alone
        raise InputError(f"{data_dir} holds no training data: run retrain from the project folder, or give "
                         "--data and --gold as full paths (training/data, eval/gold/seeds.jsonl)")
    for path in gold:  # before an hour of training, not after
        load_examples(path)
    models_root = Path(models_root)
    default_dir = models_root / "default"
    earlier = trained_before(corrections, Path(data_dir), models_root, config)
    if earlier and not force:
        raise InputError(_already_trained(earlier, data_dir))
    if earlier and not earlier["default"]:
        new_dir, stamp, added = Path(earlier["path"]), earlier["name"], None
        log(f"{new_dir} was trained on exactly this data and configuration: promoting it without training again")
    else:
        stamp = version_stamp()
        added = add_corrections(corrections, data_dir, stamp)
        log(f"corrections written to {added}")
        new_dir = models_root / "versions" / stamp
        new_dir.parent.mkdir(parents=True, exist_ok=True)
        log(f"training {new_dir} …")
        try:
            train_model([Path(data_dir)], new_dir, config, gold=gold)
        except BaseException:  # interrupted or failed: a rerun must not find the corrections already added
            added.unlink(missing_ok=True)
            log(f"training stopped; removed {added}")
            raise
    new_model = load_model(new_dir)
    old_model = load_model(default_dir) if (default_dir / "config.json").exists() else None
    comparison = {Path(path).name: compare_on_gold(new_model, old_model, load_examples(path), tolerance)
                  for path in gold}
    regressed = [name for name, c in comparison.items() if c["regressed"]]
    promoted = force or not regressed
    if promoted:
        promote(new_dir, default_dir)
    return {"version": stamp, "path": str(new_dir), "corrections_file": str(added) if added else None,
            "promoted": promoted, "regressed_on": regressed, "comparison": comparison}


def compare_on_gold(new_model, old_model, examples: list, tolerance: float, rounds: int = 1000,
                    seed: int = 0) -> dict:
    """Both models' reports on one gold set and the paired-bootstrap 95% interval of the macro-F1
    difference (new - old). ``regressed``: the drop exceeds ``tolerance`` *and* the interval lies below
    zero. A retraining on a few more sentences moves macro-F1 on a small gold set by several points
    either way, so a drop the gold cannot tell from chance does not keep the corrections out."""
    gold = to_matrix([e.labels for e in examples])
    inputs = model_inputs(examples)
    preds, reports = [], []
    for model in (new_model, old_model):
        if model is None:
            continue
        proba = model.predict_proba(inputs)
        preds.append(model.decide(proba))
        reports.append(evaluate_predictions(examples, proba, preds[-1]))
    result = {"new": reports[0], "old": reports[1] if old_model else None, "interval": None, "regressed": False}
    if old_model is None:
        return result
    rng = np.random.default_rng(seed)
    diffs = []
    for _ in range(rounds):
        rows = rng.integers(0, len(gold), len(gold))
        diffs.append(metrics(gold[rows], preds[0][rows])["macro_f1"] - metrics(gold[rows], preds[1][rows])["macro_f1"])
    low, high = (round(float(x), 4) for x in np.percentile(diffs, [2.5, 97.5]))
    drop = reports[1]["macro_f1"] - reports[0]["macro_f1"]
    result.update(interval=[low, high], regressed=bool(drop > tolerance and high < 0))
    return result


def trained_before(corrections: list[Path], data_dir: Path, models_root: Path, config: dict) -> dict | None:
    """The model (the default, or a kept version) that was trained on exactly the data these
    corrections would make, with the same training arguments; None if there is none."""
    from .transformer import TransformerClassifier

    merged = merge_examples(load_many(data_files(data_dir)) + merge_examples(load_many(corrections)))
    digest = data_hash(merged)
    try:
        args = json.loads(json.dumps(TransformerClassifier(**config).get_params()))
    except TypeError as exc:  # an unknown key in the [model] table of the config file
        raise InputError(f"the training configuration has a setting the classifier does not take ({exc}); "
                         "see training/config.toml for the settings") from None
    for model in list_models(models_root):
        if model["data_hash"] == digest and read_json(Path(model["path"]) / "training_args.json") == args:
            return model
    return None


def _already_trained(model: dict, data_dir: Path) -> str:
    if model["default"]:
        return (f"nothing new to train on: the default model ({model['trained_at']}) was trained on exactly "
                f"this data and configuration, so these corrections are already in {data_dir}. Review more "
                "sentences, export them, and retrain with the new file (or add --force to train again anyway)")
    return (f"version {model['name']} was trained on exactly this data and configuration and kept out of default; "
            "training again would give the same model. Add --force to promote it, or export new corrections")


def _has_training_data(folder: Path) -> bool:
    """Whether ``folder`` holds training files besides reviewer corrections."""
    try:
        return folder.is_dir() and any(not p.name.startswith(CORRECTIONS_PREFIX) for p in data_files(folder))
    except DataFileError:
        return False


def promote_version(root: Path, name: str) -> None:
    """Make the kept version ``name`` (a folder of ``versions/``) the default."""
    kept = [m["name"] for m in list_models(root) if not m["default"]]
    if name not in kept:
        raise InputError(f"no kept version named {name!r} in {Path(root) / 'versions'}; "
                         + (f"kept versions: {', '.join(kept)}" if kept else "there are none (run `annotator models`)"))
    promote(Path(root) / "versions" / name, Path(root) / "default")


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
