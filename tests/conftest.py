"""Shared fixtures: paths, a tiny random BERT for fast model tests, the real default model."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "eval" / "seeds"
GOLD = ROOT / "eval" / "gold" / "seeds.jsonl"
FIXTURES = Path(__file__).parent / "fixtures"
DEFAULT_MODEL = ROOT / "models" / "default"


@pytest.fixture(scope="session")
def tiny_encoder(tmp_path_factory) -> str:
    """A 2-layer, 64-wide random BERT with the real tokenizer: the real loading code on a tiny model."""
    from transformers import BertConfig, BertModel

    from annotator.encoder import encoder_path

    folder = tmp_path_factory.mktemp("tiny-encoder")
    real = encoder_path()
    for name in ("tokenizer.json", "tokenizer_config.json", "vocab.txt", "special_tokens_map.json"):
        if (real / name).exists():
            shutil.copy(real / name, folder / name)
    config = BertConfig(vocab_size=30522, hidden_size=64, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=128, max_position_embeddings=128)
    import torch

    torch.manual_seed(0)
    BertModel(config).save_pretrained(folder)
    return str(folder)


@pytest.fixture(scope="session")
def default_model():
    """The bundled default model (skips if it has not been trained)."""
    from annotator.models import load_model

    if not (DEFAULT_MODEL / "config.json").exists():
        pytest.skip("models/default is missing; run `annotator train`")
    return load_model(DEFAULT_MODEL)
