"""Could claim grouping reuse the classifier's encoder pass? Scores it on the development sets.

Run: ``python training/claims/shared_pass.py [--model models/default]`` (about a minute).
Compares, with the shipped grouping settings, the frozen encoder (what ships) against
mean-pooled vectors of the fine-tuned classifier's encoder (its last layer, and its first
three layers), on ``dev-clusters.jsonl`` and ``dev-pairs.jsonl``; never on the seeds.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from annotator.claims_eval import smoothed, sweep_dev
from annotator.encoder import length_batches, mean_pool
from annotator.fastbert import LiteTokenizer
from annotator.models import load_model
from annotator.transformer import embed_texts

HERE = Path(__file__).parent
SHIPPED = 0.475


def tuned_embedder(model_dir: Path, layer: int | None):
    """Texts -> L2-normalised mean-pooled vectors of the fine-tuned encoder (``layer``: hidden state index)."""
    import torch

    classifier = load_model(model_dir).set_inference(engine="transformers")
    network = classifier._network(classifier._precision())

    def embed(texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), network.encoder.config.hidden_size), np.float32)
        with torch.inference_mode():
            for batch in length_batches([len(t) for t in texts], 64):
                ids, mask = LiteTokenizer.pad(classifier._tokenize([texts[i] for i in batch], None)["input_ids"])
                result = network.encoder(input_ids=ids, attention_mask=mask, output_hidden_states=layer is not None)
                hidden = result.last_hidden_state if layer is None else result.hidden_states[layer]
                out[batch] = torch.nn.functional.normalize(mean_pool(hidden.float(), mask), dim=-1).numpy()
        return out

    return embed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=Path("models/default"))
    args = parser.parse_args()
    thresholds = np.round(np.arange(0.35, 0.901, 0.025), 3)
    embedders = [("frozen (shipped)", lambda texts: embed_texts(texts, precision="auto")),
                 ("fine-tuned, last layer", tuned_embedder(args.model, None))]
    embedders += [(f"fine-tuned, layer {k}", tuned_embedder(args.model, k)) for k in (1, 2, 3)]
    for name, embed in embedders:
        for mix in (0, 1):
            rows = sweep_dev(HERE / "dev-clusters.jsonl", HERE / "dev-pairs.jsonl", embed, thresholds,
                             proposition_mix=mix)
            smooth = smoothed(rows, "mean_f1")
            best = int(np.argmax(smooth))
            shipped = next(r for r in rows if abs(r["threshold"] - SHIPPED) < 1e-9)
            print(f"{name:24s} proposition_mix={mix}: best smoothed mean F1 {smooth[best]:.3f} at "
                  f"{rows[best]['threshold']} (clusters {rows[best]['clusters']['f1']:.3f}, pairs "
                  f"{rows[best]['pairs']['f1']:.3f}); at {SHIPPED}: {shipped['mean_f1']:.3f}", flush=True)


if __name__ == "__main__":
    main()
