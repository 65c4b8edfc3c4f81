"""Classifier contract: overfit, save, reload; batched equals one-by-one; same shapes for every backend."""

import numpy as np
import pytest

from annotator.baselines import RuleClassifier, TfidfClassifier
from annotator.calibration import to_matrix
from annotator.taxonomy import LABEL_NAMES
from annotator.transformer import TransformerClassifier

TINY = [
    ("The Syrian Observatory for Human Rights said 12 people were killed.", ["named_monitor"]),
    ("State news agency SANA reported that army units repelled an attack.", ["pro_regime_outlet"]),
    ("A military source told SANA that the road had reopened.", ["anonymous_source", "pro_regime_outlet"]),
    ("The United Nations said 40 trucks crossed on Tuesday.", ["un_figure"]),
    ("In the leaked audio, a commander can be heard ordering the strike.", ["leaked_recording"]),
    ("The defence minister told reporters the operation was over.", ["on_record"]),
    ("Al-Arabiya reported that talks had stalled.", ["media_report"]),
    ("The town lies on the main road to the coast.", []),
    ("Sources said the convoy was delayed at the crossing.", ["anonymous_source"]),
    ("Skip to main content", []),
]
TEXTS = [t for t, _ in TINY]
Y = to_matrix([labels for _, labels in TINY])


def test_overfit_save_reload(tiny_encoder, tmp_path):
    model = TransformerClassifier(encoder=tiny_encoder, train_layers=2, epochs=60, learning_rate=3e-3,
                                  head_learning_rate=1e-2, batch_size=5, dev_fraction=0.0, precision="fp32")
    model.fit(TEXTS, Y)
    before = model.predict_proba(TEXTS)
    assert (model.predict(TEXTS) == Y.astype(bool)).mean() >= 0.95
    model.save(tmp_path / "m")
    assert {p.name for p in (tmp_path / "m").iterdir()} >= {"config.json", "weights.safetensors"}
    again = TransformerClassifier.load(tmp_path / "m")
    np.testing.assert_allclose(again.predict_proba(TEXTS), before, atol=0.02)  # weights stored in fp16
    assert (again.predict(TEXTS) == model.predict(TEXTS)).mean() >= 0.95


def test_batched_equals_one_by_one(tiny_encoder):
    model = TransformerClassifier(encoder=tiny_encoder, train_layers=1, epochs=1, dev_fraction=0.0,
                                  precision="fp32").fit(TEXTS, Y)
    batched = model.predict_proba(TEXTS)
    single = np.vstack([model.predict_proba([t]) for t in TEXTS])
    np.testing.assert_allclose(batched, single, atol=1e-5)


@pytest.mark.parametrize("make", [RuleClassifier, lambda: TfidfClassifier(seed=0)])
def test_every_backend_has_the_same_shape(make):
    model = make().fit(TEXTS * 3, np.vstack([Y] * 3))
    proba = model.predict_proba(TEXTS[:4])
    assert proba.shape == (4, len(LABEL_NAMES)) and ((0 <= proba) & (proba <= 1)).all()
    assert model.predict(TEXTS[:4]).dtype == bool


def test_load_rejects_a_folder_that_is_not_a_model(tmp_path):
    from annotator.errors import ModelError

    with pytest.raises(ModelError, match="not a model folder"):
        TransformerClassifier.load(tmp_path)
    (tmp_path / "config.json").write_text('{"format_version": 99, "kind": "transformer"}')
    (tmp_path / "weights.safetensors").write_bytes(b"")
    with pytest.raises(ModelError, match="incompatible version"):
        TransformerClassifier.load(tmp_path)
