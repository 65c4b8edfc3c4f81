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


@pytest.mark.parametrize("text", ["He said the convoy had turned back.", "“We will not leave,” she added.",
                                  "The monitor said 14 people were killed.", "According to the report, the talks failed.",
                                  "“The road is cut,” the source said.", "One fighter can be heard giving orders."])
def test_back_references_are_recognised(text):
    from annotator.features import refers_back

    assert refers_back(text)


@pytest.mark.parametrize("text", ["The town lies on the main road to the coast.", "Syria regime forces set to enter key rebel hub",
                                  "Turkey's defence ministry said 14 people were killed.", "Skip to main content"])
def test_sentences_that_name_their_own_source_or_none_get_no_context(text):
    from annotator.features import refers_back

    assert not refers_back(text)


def test_cue_context_pairs_only_back_references_and_batches_like_one_by_one(tiny_encoder):
    from annotator.features import with_context

    texts = ["Sources said the convoy was delayed at the crossing.", "He said it would move at dawn.",
             "The town lies on the main road to the coast.", "“It is over,” the minister said."]
    items = with_context(texts, ["a"] * len(texts))
    model = TransformerClassifier(encoder=tiny_encoder, train_layers=1, epochs=1, dev_fraction=0.0,
                                  precision="fp32", context="cue", mark_sources=False).fit(TEXTS, Y)
    sentences, contexts = model._inputs(items)
    assert contexts == ["", texts[0], "", texts[2]]
    batched = model.predict_proba(items)
    single = np.vstack([model.predict_proba([item]) for item in items])
    np.testing.assert_allclose(batched, single, atol=1e-5)


def test_truncated_encoder_keeps_its_depth_after_save_and_reload(tiny_encoder, tmp_path):
    model = TransformerClassifier(encoder=tiny_encoder, n_layers=1, train_layers=1, epochs=1, dev_fraction=0.0,
                                  precision="fp32").fit(TEXTS, Y)
    assert model.model_.encoder.config.num_hidden_layers == 1
    model.save(tmp_path / "m")
    again = TransformerClassifier.load(tmp_path / "m")
    assert len(again.model_.encoder.encoder.layer) == 1
    np.testing.assert_allclose(again.predict_proba(TEXTS), model.predict_proba(TEXTS), atol=0.02)


def test_bf16_inference_agrees_with_fp32(tiny_encoder):
    model = TransformerClassifier(encoder=tiny_encoder, train_layers=1, epochs=1, dev_fraction=0.0,
                                  precision="fp32").fit(TEXTS, Y)
    reference = model.predict_proba(TEXTS)
    fast = model.set_inference(precision="bf16").predict_proba(TEXTS)
    np.testing.assert_allclose(fast, reference, atol=0.03)


def test_the_bundled_model_stays_under_the_20_mb_budget():
    from annotator.models import default_model_dir

    size = sum(f.stat().st_size for f in default_model_dir().iterdir() if f.is_file())
    assert 0 < size < 20 * 1024 * 1024, f"models/default is {size / 2**20:.1f} MB"
