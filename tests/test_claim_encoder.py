"""The claim encoder folder (``training/claims/train_encoder.py``): loading, both engines, errors,
cache invalidation, and the claim-matching loss."""

from __future__ import annotations

import importlib.util
import json

import numpy as np
import pytest
import torch

from annotator import checkpoint, claim_pairs, claims
from annotator.errors import ModelError
from annotator.transformer import release_frozen

from .conftest import ROOT

TEXTS = ["Rebels seized the airport on Monday, a spokesman said.",
         "The airport fell to the rebels early on Monday.",
         "Aid convoys were blocked for a third week."]


def write_claim_encoder(folder, base: str, seed: int = 1) -> None:
    """A one-layer claim encoder on the tiny base: its layer 0, perturbed (the trained tensors)."""
    from safetensors.torch import save_file

    from annotator.encoder import load_encoder

    state = load_encoder(base).state_dict()
    generator = torch.Generator().manual_seed(seed)
    trained = {k: (v + 0.05 * torch.randn(v.shape, generator=generator)).contiguous()
               for k, v in state.items() if k.startswith("encoder.layer.0.")}
    folder.mkdir(parents=True, exist_ok=True)
    save_file(trained, str(folder / "weights.safetensors"))
    (folder / "config.json").write_text(json.dumps({"kind": "claim_encoder", "encoder": base, "n_layers": 1}))


@pytest.fixture
def claim_folder(tiny_encoder, tmp_path):
    write_claim_encoder(tmp_path / "claim-encoder", tiny_encoder)
    yield tmp_path / "claim-encoder"
    release_frozen()


def test_both_engines_embed_alike_and_rows_are_unit_length(claim_folder):
    fast = claims.claim_embed(TEXTS, encoder=claim_folder)
    naive = claims.claim_embed(TEXTS, naive=True, encoder=claim_folder)
    assert fast.shape == (3, 64)
    np.testing.assert_allclose(np.linalg.norm(naive, axis=1), 1.0, atol=1e-5)
    np.testing.assert_allclose(fast, naive, atol=0.03)  # fast runs in bf16 where the CPU has it


def test_batched_embedding_equals_one_by_one(claim_folder):
    together = claims.claim_embed(TEXTS, naive=True, encoder=claim_folder)
    alone = np.vstack([claims.claim_embed([t], naive=True, encoder=claim_folder) for t in TEXTS])
    np.testing.assert_allclose(together, alone, atol=1e-5)


def test_trained_layers_are_used(claim_folder, tiny_encoder, tmp_path):
    other = tmp_path / "other"
    write_claim_encoder(other, tiny_encoder, seed=2)
    a = claims.claim_embed(TEXTS, naive=True, encoder=claim_folder)
    b = claims.claim_embed(TEXTS, naive=True, encoder=other)
    assert np.abs(a - b).max() > 1e-3


def test_damaged_folder_names_the_fix(claim_folder):
    (claim_folder / "weights.safetensors").write_bytes(b"not a tensor file")
    release_frozen()
    with pytest.raises(ModelError, match="damaged or incomplete"):
        claims.claim_embed(TEXTS, encoder=claim_folder)


def test_weights_of_other_layers_are_refused(claim_folder):
    config = json.loads((claim_folder / "config.json").read_text())
    (claim_folder / "config.json").write_text(json.dumps({**config, "n_layers": 0}))
    release_frozen()
    with pytest.raises(ModelError, match="does not match its config"):
        claims.claim_embed(TEXTS, encoder=claim_folder)


def test_changing_the_claim_encoder_invalidates_cached_runs(claim_folder, tiny_encoder, monkeypatch):
    model_dir = ROOT / "models" / "default"
    if not (model_dir / "config.json").exists():
        pytest.skip("default model not trained")
    monkeypatch.setattr(claims, "claim_encoder_dir", lambda folder=None: folder or claim_folder)
    before = checkpoint.run_key(model_dir, None)
    write_claim_encoder(claim_folder, tiny_encoder, seed=3)
    assert checkpoint.run_key(model_dir, None) != before
    from .test_claim_pairs import similarity_only

    before = checkpoint.run_key(model_dir, None)
    (claim_folder / claim_pairs.FILE).write_text(json.dumps(similarity_only().to_json()))
    with_pairs = checkpoint.run_key(model_dir, None)
    (claim_folder / claim_pairs.FILE).write_text(json.dumps(similarity_only(threshold=0.6).to_json()))
    assert len({before, with_pairs, checkpoint.run_key(model_dir, None)}) == 3


def _train_encoder_module():
    spec = importlib.util.spec_from_file_location("train_encoder", ROOT / "training" / "claims" / "train_encoder.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_contrastive_loss_prefers_members_together():
    loss = _train_encoder_module().supervised_contrastive
    labels = torch.tensor([0, 0, 1, 1, -1])
    together = torch.nn.functional.normalize(torch.tensor(
        [[1.0, 0.1, 0], [1.0, 0, 0.1], [0, 1.0, 0.1], [0.1, 1.0, 0], [0, 0, 1.0]]), dim=-1)
    apart = together[[0, 2, 1, 3, 4]]
    assert loss(together, labels, 0.1) < loss(apart, labels, 0.1)
    assert torch.isfinite(loss(together, labels, 0.05))


def test_training_phases_lower_their_losses_on_a_tiny_encoder(tiny_encoder, monkeypatch):
    """Overfit check of train_encoder.py's two phases on the tiny random BERT."""
    from types import SimpleNamespace

    from annotator.encoder import load_encoder
    from annotator.fastbert import lite_tokenizer

    module = _train_encoder_module()
    torch.manual_seed(0)
    model = load_encoder(tiny_encoder).train()
    tokenizer = lite_tokenizer(tiny_encoder, 32)
    general = TEXTS + ["Shelling resumed in the east.", "The talks ended without a deal."]
    encoded = tokenizer.encode(general)
    target = torch.nn.functional.normalize(torch.randn(len(general), 64, generator=torch.Generator().manual_seed(0)), dim=-1)
    stories = {"airport": (["The army took the airport on Monday.", "Soldiers seized the airport on Monday.",
                            "Aid trucks were stopped at the border.", "Convoys of aid were blocked at the crossing.",
                            "The president flew to Paris."], np.array([0, 0, 1, 1, -1])),
               "harbour": (["Rebels shelled the harbour.", "The port came under rebel shelling."], np.array([0, 0]))}
    # the two stories share a region, so each step also sees the other's mentions as negatives
    monkeypatch.setattr(module, "region_mates", lambda names: {"airport": ["harbour"], "harbour": ["airport"]})
    args = SimpleNamespace(epochs=25, learning_rate=3e-3, batch_size=5, match_epochs=40, match_learning_rate=3e-3,
                           temperature=0.1, region_negatives=2)
    rng = np.random.default_rng(0)
    with torch.no_grad():
        cosine_before = module.cosine_loss(model, encoded, target, np.arange(len(general))).item()
    module.distill(model, encoded, target, args, rng, log=lambda message: None)
    with torch.no_grad():
        assert module.cosine_loss(model, encoded, target, np.arange(len(general))).item() < cosine_before
    ids, labels = tokenizer.encode(stories["airport"][0]), torch.from_numpy(stories["airport"][1])
    with torch.no_grad():
        before = module.supervised_contrastive(module.embed(model, ids), labels, 0.1).item()
    module.match(model, stories, encoded, target, args, rng, log=lambda message: None)
    with torch.no_grad():
        assert module.supervised_contrastive(module.embed(model, ids), labels, 0.1).item() < before
