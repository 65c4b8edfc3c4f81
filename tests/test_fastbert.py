"""The transformers-free inference path computes what transformers computes."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import torch

from annotator.encoder import load_encoder, load_tokenizer
from annotator.fastbert import fast_encoder, lite_tokenizer
from annotator.transformer import TransformerClassifier

from .test_classifier import TEXTS, Y

CONTEXTS = ["", "He said the talks had stalled.", "", "The monitor said 12 people died.", "", "", "", "", "", ""]


def test_lite_tokenizer_gives_the_transformers_ids_for_texts_pairs_and_long_inputs(tiny_encoder):
    hf = load_tokenizer(tiny_encoder)
    lite = lite_tokenizer(tiny_encoder, 16)
    assert lite.encode(TEXTS) == hf(TEXTS, truncation=True, max_length=16)["input_ids"]
    pairs = [i for i, c in enumerate(CONTEXTS) if c]
    expected = hf([TEXTS[i] for i in pairs], [CONTEXTS[i] for i in pairs], truncation="longest_first",
                  max_length=16)["input_ids"]
    got = lite.encode(TEXTS, CONTEXTS)
    assert [got[i] for i in pairs] == expected
    assert got[0] == lite.encode([TEXTS[0]])[0]


def test_fast_encoder_matches_bert_model(tiny_encoder):
    ids, mask = lite_tokenizer(tiny_encoder, 64).pad(lite_tokenizer(tiny_encoder, 64).encode(TEXTS))
    with torch.inference_mode():
        reference = load_encoder(tiny_encoder)(input_ids=ids, attention_mask=mask).last_hidden_state
        fast = fast_encoder(tiny_encoder)(ids, mask)
    keep = mask.bool()
    np.testing.assert_allclose(fast[keep].numpy(), reference[keep].numpy(), atol=1e-5)


def test_both_engines_give_the_same_probabilities(tiny_encoder, tmp_path):
    model = TransformerClassifier(encoder=tiny_encoder, train_layers=1, epochs=1, dev_fraction=0.0,
                                  precision="fp32", context="always").fit(TEXTS, Y)
    model.save(tmp_path / "m")
    loaded = TransformerClassifier.load(tmp_path / "m")
    items = list(zip(TEXTS, CONTEXTS))
    fast = loaded.set_inference(engine="fast").predict_proba(items)
    reference = loaded.set_inference(engine="transformers").predict_proba(items)
    np.testing.assert_allclose(fast, reference, atol=1e-5)


def test_annotating_never_imports_transformers(tiny_encoder, tmp_path):
    model = TransformerClassifier(encoder=tiny_encoder, train_layers=1, epochs=1, dev_fraction=0.0,
                                  precision="fp32").fit(TEXTS, Y)
    model.save(tmp_path / "m")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("\n".join(TEXTS) + "\n", encoding="utf-8")
    code = ("import sys; from pathlib import Path; from annotator.pipeline import annotate_folder; "
            f"annotate_folder(Path({str(tmp_path / 'in')!r}), Path({str(tmp_path / 'out')!r}), "
            f"Path({str(tmp_path / 'm')!r})); print('transformers' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "False"


def test_padding_to_a_multiple_changes_no_token_vector(tiny_encoder):
    """Batches are padded to a multiple of 8 for speed; the padded positions are masked out."""
    tokenizer = lite_tokenizer(tiny_encoder, 64)
    encoded = tokenizer.encode(TEXTS)
    tight, padded = tokenizer.pad(encoded, 1), tokenizer.pad(encoded, 8)
    assert padded[0].shape[1] % 8 == 0 and padded[0].shape[1] >= tight[0].shape[1]
    model = fast_encoder(tiny_encoder)
    for dtype, atol in ((torch.float32, 1e-5), (torch.bfloat16, 0.05)):
        with torch.inference_mode():
            a = model.to(dtype)(*tight)[tight[1].bool()].float()
            b = model.to(dtype)(*padded)[:, :tight[0].shape[1]][tight[1].bool()].float()
        np.testing.assert_allclose(a.numpy(), b.numpy(), atol=atol)
