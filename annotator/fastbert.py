"""Inference without transformers: the BERT encoder of all-MiniLM-L6-v2 in plain torch, and its
tokenizer through the ``tokenizers`` library.

Training uses transformers (``Trainer``, ``BertModel``); annotating only needs the forward pass.
This module computes the same function from the same weights (the package's
``model.safetensors`` plus a model folder's trained tensors) with the query, key and value
projections fused into one matrix product and PyTorch's fused attention. It also skips importing
transformers, which costs seconds of every run's start. ``tests/test_classifier.py`` checks it
against ``BertModel`` and the transformers tokenizer.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import torch
from torch import nn
from torch.nn import functional as F


class FastLayer(nn.Module):
    """One post-LayerNorm BERT layer: fused QKV self-attention, then the GELU feed-forward."""

    def __init__(self, hidden: int, heads: int, intermediate: int, eps: float):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(hidden, 3 * hidden)
        self.attention_out = nn.Linear(hidden, hidden)
        self.attention_norm = nn.LayerNorm(hidden, eps=eps)
        self.intermediate = nn.Linear(hidden, intermediate)
        self.output = nn.Linear(intermediate, hidden)
        self.output_norm = nn.LayerNorm(hidden, eps=eps)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        batch, length, hidden = x.shape
        q, k, v = _linear(x, self.qkv).view(batch, length, 3, self.heads, hidden // self.heads).permute(2, 0, 3, 1, 4)
        context = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
        x = self.attention_norm(x + _linear(context.transpose(1, 2).reshape(batch, length, hidden), self.attention_out))
        return self.output_norm(x + _linear(_linear(x, self.intermediate, "gelu"), self.output))


def _onednn_linear():
    """oneDNN's linear with a fused activation (what torch.compile emits for CPU), if this build
    has it and it computes GELU as expected. In bf16 the encoder runs about 15% faster with it once
    its kernels are built (about 5% end to end): the GELU is applied in the product's output pass."""
    op = getattr(torch.ops.mkldnn, "_linear_pointwise", None) if torch.backends.mkldnn.is_available() else None
    if op is None:
        return None
    try:
        x, w = torch.ones(2, 4, dtype=torch.bfloat16), torch.ones(3, 4, dtype=torch.bfloat16)
        if not torch.allclose(op(x, w, None, "gelu", [], "none").float(), F.gelu(x.float() @ w.float().T), atol=0.05):
            return None
    except (RuntimeError, TypeError):
        return None
    return op


_ONEDNN_LINEAR = _onednn_linear()


def _linear(x: torch.Tensor, linear: nn.Linear, activation: str = "none") -> torch.Tensor:
    """``linear(x)``, followed by GELU if ``activation`` is "gelu"."""
    if _ONEDNN_LINEAR is not None and x.dtype == torch.bfloat16:
        return _ONEDNN_LINEAR(x, linear.weight, linear.bias, activation, [], "none" if activation == "gelu" else "")
    out = linear(x)
    return F.gelu(out) if activation == "gelu" else out


class FastBert(nn.Module):
    """BERT embeddings and layers for inference; ``forward`` gives the last hidden states.
    Token type ids are always 0, as in :class:`annotator.transformer.AttributionNet`."""

    def __init__(self, config: dict):
        super().__init__()
        hidden, eps = config["hidden_size"], config["layer_norm_eps"]
        self.word = nn.Embedding(config["vocab_size"], hidden)
        self.position = nn.Embedding(config["max_position_embeddings"], hidden)
        self.token_type = nn.Parameter(torch.zeros(hidden))
        self.norm = nn.LayerNorm(hidden, eps=eps)
        self.layers = nn.ModuleList(FastLayer(hidden, config["num_attention_heads"], config["intermediate_size"], eps)
                                    for _ in range(config["num_hidden_layers"]))

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        positions = torch.arange(input_ids.shape[1])
        x = self.norm(self.word(input_ids) + self.position(positions)[None] + self.token_type)
        mask = attention_mask.bool()[:, None, None, :]
        for layer in self.layers:
            x = layer(x, mask)
        return x

    def load_bert_state(self, state: dict[str, torch.Tensor]) -> "FastBert":
        """Copy weights named as in a transformers ``BertModel`` (``embeddings.…``, ``encoder.layer.N.…``)."""
        with torch.no_grad():
            self.word.weight.copy_(state["embeddings.word_embeddings.weight"])
            self.position.weight.copy_(state["embeddings.position_embeddings.weight"])
            self.token_type.copy_(state["embeddings.token_type_embeddings.weight"][0])
            _copy_norm(self.norm, state, "embeddings.LayerNorm")
            for n, layer in enumerate(self.layers):
                p = f"encoder.layer.{n}."
                parts = [f"{p}attention.self.{name}" for name in ("query", "key", "value")]
                layer.qkv.weight.copy_(torch.cat([state[f"{x}.weight"] for x in parts]))
                layer.qkv.bias.copy_(torch.cat([state[f"{x}.bias"] for x in parts]))
                _copy_linear(layer.attention_out, state, f"{p}attention.output.dense")
                _copy_norm(layer.attention_norm, state, f"{p}attention.output.LayerNorm")
                _copy_linear(layer.intermediate, state, f"{p}intermediate.dense")
                _copy_linear(layer.output, state, f"{p}output.dense")
                _copy_norm(layer.output_norm, state, f"{p}output.LayerNorm")
        return self


def _copy_linear(linear: nn.Linear, state: dict, prefix: str) -> None:
    linear.weight.copy_(state[f"{prefix}.weight"])
    linear.bias.copy_(state[f"{prefix}.bias"])


_copy_norm = _copy_linear  # a LayerNorm has a weight and a bias too


def pretrained_state(folder: Path) -> dict[str, torch.Tensor]:
    """The pretrained encoder's tensors (``model.safetensors`` of the encoder folder), in fp32."""
    from safetensors.torch import load_file

    return {k: v.float() for k, v in load_file(str(Path(folder) / "model.safetensors")).items()}


def fast_encoder(folder: Path, trained: dict[str, torch.Tensor] | None = None, n_layers: int = 0,
                 dtype: torch.dtype = torch.float32) -> FastBert:
    """A :class:`FastBert` from an encoder folder, its first ``n_layers`` layers (0 = all), with
    ``trained`` tensors (``BertModel`` names) in place of the pretrained ones, in ``dtype``."""
    config = json.loads((Path(folder) / "config.json").read_text(encoding="utf-8"))
    if 0 < n_layers < config["num_hidden_layers"]:
        config["num_hidden_layers"] = n_layers
    state = {**pretrained_state(folder), **(trained or {})}
    model = FastBert(config).load_bert_state(state).eval()
    return model.to(dtype)


# Batches are padded to a multiple of 8 tokens: oneDNN builds its kernels once per shape, and with
# lengths in steps of 8 a run meets a few shapes instead of one per length (about 8% faster end
# to end on the bench corpus, measured as alternating runs; padded positions are masked out).
PAD_MULTIPLE = 8


class LiteTokenizer:
    """The encoder's tokenizer (its ``tokenizer.json``) without transformers: token ids of single
    texts or (text, context) pairs, truncated "longest first", and padding to a batch."""

    def __init__(self, folder: Path, max_length: int):
        from tokenizers import Tokenizer

        self.backend = Tokenizer.from_file(str(Path(folder) / "tokenizer.json"))
        self.backend.no_padding()
        self.backend.enable_truncation(max_length, strategy="longest_first")

    def encode(self, texts: list[str], contexts: list[str] | None = None) -> list[list[int]]:
        """Token ids of each text, followed by its context as a second segment where it has one."""
        inputs = [(t, c) if contexts and c else t for t, c in zip(texts, contexts or [None] * len(texts))]
        return [e.ids for e in self.backend.encode_batch(inputs)]

    @staticmethod
    def pad(ids: list[list[int]], multiple: int = PAD_MULTIPLE) -> tuple[torch.Tensor, torch.Tensor]:
        """``input_ids`` and ``attention_mask`` of a batch, padded with 0 to its longest member
        rounded up to a multiple of ``multiple``."""
        width = -(-max(len(x) for x in ids) // multiple) * multiple
        input_ids = torch.zeros((len(ids), width), dtype=torch.long)
        mask = torch.zeros((len(ids), width), dtype=torch.long)
        for row, x in enumerate(ids):
            input_ids[row, :len(x)] = torch.tensor(x, dtype=torch.long)
            mask[row, :len(x)] = 1
        return input_ids, mask


@lru_cache(maxsize=4)
def lite_tokenizer(folder: str, max_length: int) -> LiteTokenizer:
    return LiteTokenizer(Path(folder), max_length)
