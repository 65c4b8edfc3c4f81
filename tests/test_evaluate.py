"""Metrics against hand-computed values; gold-file validation errors name the line."""

import json

import numpy as np
import pytest

from annotator.calibration import expected_calibration_error, fit_thresholds, to_matrix
from annotator.data import load_examples
from annotator.errors import DataFileError
from annotator.evaluate import confusions, metrics

GOLD = [["un_figure"], [], ["named_monitor", "pro_regime_outlet"], ["on_record"]]
PRED = [["un_figure"], ["on_record"], ["named_monitor"], []]


def test_metrics_match_hand_computation():
    m = metrics(to_matrix(GOLD), to_matrix(PRED))
    # per label: un_figure 1/1/1; named_monitor 1/1/1; on_record 0 (1 fp, 1 fn); pro_regime_outlet 0 (1 fn)
    assert m["per_label"]["un_figure"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1}
    assert m["per_label"]["on_record"]["f1"] == 0.0 and m["per_label"]["on_record"]["support"] == 1
    assert m["per_label"]["pro_regime_outlet"]["recall"] == 0.0
    assert m["macro_f1"] == 0.5  # mean over the 4 labels that occur
    assert m["micro_f1"] == round(4 / 7, 4)  # tp 2, fp 1, fn 2
    assert m["detection_f1"] == round(2 / 3, 4)  # any-label: tp 2, fp 1, fn 1
    assert m["exact_match"] == 0.25


def test_confusions_pair_missed_with_spurious():
    pairs = {(c["gold"], c["predicted"]): c["count"] for c in confusions(to_matrix(GOLD), to_matrix(PRED))}
    assert pairs == {("none", "on_record"): 1, ("pro_regime_outlet", "none"): 1, ("on_record", "none"): 1}


def test_thresholds_and_calibration_error():
    proba = np.array([[0.9], [0.8], [0.3], [0.1]])
    y = np.array([[1], [1], [0], [0]])
    assert expected_calibration_error(proba, y, bins=2) == pytest.approx(0.5 * 0.15 + 0.5 * 0.2)
    assert 0.2 <= fit_thresholds(proba, y)[0] <= 0.8


def write(tmp_path, lines):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("bad, message", [
    ('{"text": "A sentence.", "labels": ["rumour"]}', "unknown label(s) 'rumour'"),
    ('{"txt": "A sentence.", "labels": []}', "needs a non-empty string field 'text'"),
    ('{"text": "A sentence.", "labels": "un_figure"}', "field 'labels'"),
    ('{"text": "A sentence.", "labels": [] ', "invalid JSON"),
    ('{"id": "a-1", "text": "Again.", "labels": []}', "duplicate id 'a-1'"),
])
def test_bad_gold_files_name_the_line(tmp_path, bad, message):
    path = write(tmp_path, ['{"id": "a-1", "text": "Fine.", "labels": []}', bad])
    with pytest.raises(DataFileError) as err:
        load_examples(path)
    assert message in str(err.value) and "line 2" in str(err.value)


def test_good_gold_file_loads_with_labels_in_taxonomy_order(tmp_path):
    record = {"id": "x", "text": "Said SANA and the UN.", "labels": ["un_figure", "pro_regime_outlet"]}
    examples = load_examples(write(tmp_path, [json.dumps(record)]))
    assert examples[0].labels == ["pro_regime_outlet", "un_figure"]
