"""Retraining: corrections merged as a new file, no-regression gate, kept versions."""

import json

import numpy as np

from annotator.calibration import to_matrix
from annotator.data import Example, data_files, load_many, merge_examples
from annotator.retrain import add_corrections, compare_on_gold, list_models, retrain, trained_before
from annotator.taxonomy import LABEL_NAMES
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


class Fixed:
    """A stand-in model whose decisions are given: one row of label flags per sentence."""

    def __init__(self, rows):
        self.rows = np.asarray(rows, dtype=bool)

    def predict_proba(self, items):
        return self.rows.astype(float)[: len(items)]

    def decide(self, proba):
        return proba >= 0.5


def _gold(n):
    examples = [Example(text=f"sentence {i}", labels=[LABEL_NAMES[i % 3]] if i % 2 else []) for i in range(n)]
    return examples, to_matrix([e.labels for e in examples])


def test_the_gate_keeps_out_a_clear_regression_and_not_one_sentence():
    examples, truth = _gold(60)
    everything_wrong = compare_on_gold(Fixed(np.zeros_like(truth)), Fixed(truth), examples, tolerance=0.01)
    assert everything_wrong["regressed"] and everything_wrong["interval"][1] < 0
    one_miss = truth.copy()
    one_miss[1] = False  # one sentence of sixty: a drop the gold cannot tell from chance
    small = compare_on_gold(Fixed(one_miss), Fixed(truth), examples, tolerance=0.0)
    assert small["new"]["macro_f1"] < small["old"]["macro_f1"] and not small["regressed"]
    assert small["interval"][0] < 0 <= small["interval"][1]
    same = compare_on_gold(Fixed(truth), Fixed(truth), examples, tolerance=0.0)
    assert same["interval"] == [0.0, 0.0] and not same["regressed"]
    first = compare_on_gold(Fixed(truth), None, examples, tolerance=0.0)
    assert first["old"] is None and not first["regressed"]


def test_retraining_on_data_already_trained_on_does_not_train_again(tmp_path, tiny_encoder, monkeypatch):
    import pytest

    import annotator.train
    from annotator.errors import InputError

    data, gold = setup(tmp_path)
    root = tmp_path / "models"
    config = tiny_config(tiny_encoder)
    train_model([data], root / "default", config, gold=[gold])
    fix = write_jsonl(tmp_path / "fix.jsonl", [{"text": TINY[7][0], "labels": ["on_record"]}])
    assert retrain([fix], data, root, [gold], config, tolerance=1.0, log=lambda m: None)["promoted"]
    files = sorted(p.name for p in data.iterdir())
    with pytest.raises(InputError, match="nothing new to train on"):
        retrain([fix], data, root, [gold], config, tolerance=1.0, log=lambda m: None)
    assert sorted(p.name for p in data.iterdir()) == files

    bad = write_jsonl(tmp_path / "bad.jsonl", [{"text": t, "labels": []} for t, _ in TINY[:6]])
    kept = retrain([bad], data, root, [gold], config, tolerance=0.0, log=lambda m: None)
    assert not kept["promoted"]
    files = sorted(p.name for p in data.iterdir())

    def no_training(*args, **kwargs):
        raise AssertionError("trained again")

    monkeypatch.setattr(annotator.train, "train_model", no_training)
    with pytest.raises(InputError, match=f"version {kept['version']} .* --force"):
        retrain([bad], data, root, [gold], config, tolerance=0.0, log=lambda m: None)
    forced = retrain([bad], data, root, [gold], config, tolerance=0.0, force=True, log=lambda m: None)
    assert forced["promoted"] and forced["version"] == kept["version"] and forced["corrections_file"] is None
    assert sorted(p.name for p in data.iterdir()) == files
    assert json.loads((root / "default" / "PROMOTED.json").read_text()) == {"promoted_from": kept["version"]}
    # A changed configuration is new training, not a repeat.
    assert trained_before([bad], data, root, {**config, "epochs": 41}) is None
    with pytest.raises(InputError, match="setting the classifier does not take"):
        trained_before([bad], data, root, {**config, "epochz": 41})


def test_models_promote_rolls_back_to_a_kept_version(tmp_path, tiny_encoder):
    from typer.testing import CliRunner

    from annotator.cli import app

    data, gold = setup(tmp_path)
    root = tmp_path / "models"
    train_model([data], root / "versions" / "v1", tiny_config(tiny_encoder))
    (root / "default").mkdir(parents=True)
    runner = CliRunner()
    result = runner.invoke(app, ["models", "--models-dir", str(root), "--promote", "nope"])
    assert result.exit_code == 1 and "Error: no kept version named 'nope'" in result.output and "v1" in result.output
    result = runner.invoke(app, ["models", "--models-dir", str(root), "--promote", "v1"])
    assert result.exit_code == 0, result.output
    assert "promoted v1 to default" in result.output
    assert json.loads((root / "default" / "PROMOTED.json").read_text()) == {"promoted_from": "v1"}
    assert (root / "default" / "weights.safetensors").read_bytes() == (root / "versions" / "v1" / "weights.safetensors").read_bytes()


def test_retrain_exits_2_when_the_new_model_is_kept_out(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    import annotator.retrain
    from annotator.cli import app

    report = {"macro_f1": 0.5, "per_label": {name: {"f1": 0.5} for name in LABEL_NAMES}}
    outcome = {"version": "v2", "path": "models/versions/v2", "corrections_file": None, "promoted": False,
               "regressed_on": ["gold.jsonl"],
               "comparison": {"gold.jsonl": {"new": report, "old": {**report, "macro_f1": 0.7},
                                             "interval": [-0.3, -0.1], "regressed": True}}}
    monkeypatch.setattr(annotator.retrain, "retrain", lambda *a, **k: outcome)
    fix = write_jsonl(tmp_path / "fix.jsonl", [{"text": "x", "labels": []}])
    result = CliRunner().invoke(app, ["retrain", str(fix)])
    assert result.exit_code == 2
    assert "new − old -0.200; 95% interval -0.300 to -0.100" in result.output and "kept the current default" in result.output
    monkeypatch.setitem(outcome, "promoted", True)
    assert CliRunner().invoke(app, ["retrain", str(fix)]).exit_code == 0
