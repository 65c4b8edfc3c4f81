"""Retraining: corrections merged as a new file, no-regression gate, kept versions."""

import json

from annotator.data import data_files, load_many, merge_examples
from annotator.retrain import add_corrections, list_models, retrain
from annotator.train import train_model

from .test_classifier import TINY


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def tiny_config(encoder):
    return {"encoder": encoder, "train_layers": 2, "epochs": 40, "learning_rate": 3e-3,
            "head_learning_rate": 1e-2, "batch_size": 4, "dev_fraction": 0.0, "precision": "fp32"}


def setup(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    rows = [{"id": f"t{i}", "article": f"a{i}", "text": t, "labels": l} for i, (t, l) in enumerate(TINY)]
    write_jsonl(data / "base.jsonl", rows)
    gold = write_jsonl(tmp_path / "gold.jsonl", rows[:6])
    return data, gold


def test_corrections_become_a_new_file_and_win(tmp_path):
    data, _ = setup(tmp_path)
    text = TINY[7][0]
    corrections = write_jsonl(tmp_path / "fix.jsonl", [{"id": "x", "text": text, "labels": ["on_record"]}])
    before = corrections.read_bytes()
    added = add_corrections([corrections], data, "20260101-000000")
    assert corrections.read_bytes() == before and added.parent == data
    assert data_files(data)[-1] == added
    merged = {e.text: e.labels for e in merge_examples(load_many(data_files(data)))}
    assert merged[text] == ["on_record"] and len(merged) == len(TINY)


def test_retrain_promotes_only_without_regression(tmp_path, tiny_encoder):
    data, gold = setup(tmp_path)
    root = tmp_path / "models"
    config = tiny_config(tiny_encoder)
    train_model([data], root / "default", config, gold=[gold])
    # Corrections that flip every gold sentence to [] must regress on gold: kept out of default.
    bad = write_jsonl(tmp_path / "bad.jsonl", [{"text": t, "labels": []} for t, _ in TINY[:6]])
    result = retrain([bad], data, root, [gold], config, tolerance=0.0, log=lambda m: None)
    assert not result["promoted"] and result["regressed_on"] == ["gold.jsonl"]
    assert json.loads((root / "default" / "metrics.json").read_text())["gold"]["gold.jsonl"]["macro_f1"] > 0.5
    forced = retrain([bad], data, root, [gold], config, tolerance=0.0, force=True, log=lambda m: None)
    assert forced["promoted"]
    names = [m["name"] for m in list_models(root)]
    assert names[0] == "default" and forced["version"] in names and result["version"] in names
    assert any(n.startswith("default-") for n in names)  # the replaced default is kept


def test_retrain_outside_the_project_folder_says_so_and_adds_nothing(tmp_path):
    # Found by round 34's workflow audit: run from another folder, "training/data" was created
    # and a model trained on the corrections alone.
    import pytest

    from annotator.errors import DataFileError, InputError

    fix = write_jsonl(tmp_path / "fix.jsonl", [{"text": TINY[0][0], "labels": TINY[0][1]}])
    missing = tmp_path / "training" / "data"
    data, gold = setup(tmp_path)
    with pytest.raises(InputError, match="no training data"):
        retrain([fix], missing, tmp_path / "models", [gold], {}, log=lambda m: None)
    assert not missing.exists()
    with pytest.raises(DataFileError):  # a gold file that is not there fails before training
        retrain([fix], data, tmp_path / "models", [tmp_path / "nope.jsonl"], {}, log=lambda m: None)
    assert [p.name for p in data.iterdir()] == ["base.jsonl"]


def test_an_interrupted_retrain_takes_its_corrections_back(tmp_path, monkeypatch):
    import pytest

    import annotator.train

    data, gold = setup(tmp_path)
    fix = write_jsonl(tmp_path / "fix.jsonl", [{"text": TINY[0][0], "labels": TINY[0][1]}])

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(annotator.train, "train_model", interrupted)
    with pytest.raises(KeyboardInterrupt):
        retrain([fix], data, tmp_path / "models", [gold], {}, log=lambda m: None)
    assert [p.name for p in data.iterdir()] == ["base.jsonl"]
