"""The vectors claim grouping compares: the claim encoder's embedding of each mention's
proposition, mixed with a count-sketched TF-IDF of its words."""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import ModelError
from . import settings
from .signals import claim_problem, proposition


def claim_cores(sentences: list[dict]) -> list[str]:
    """The distinct texts that claim grouping (:func:`similarity_vectors`) embeds for these
    sentence records, in order of first appearance: each claim mention's whole text (whitespace
    normalised) unless ``PROPOSITION_MIX`` is 1, and its :func:`proposition` unless it is 0."""
    texts = dict.fromkeys(" ".join(s["text"].split()) for s in sentences
                          if claim_problem(s["text"], s.get("labels", [])) is None)
    out = []
    for text in texts:
        if settings.PROPOSITION_MIX != 1:
            out.append(text)
        if settings.PROPOSITION_MIX != 0:
            out.append(proposition(text))
    return list(dict.fromkeys(out))


def claim_embed(texts: list[str], naive: bool = False, encoder: Path | None = None) -> np.ndarray:
    """Sentence embeddings for claim grouping, float32, one L2-normalised row per text: the
    claim encoder (``encoder``, default :func:`claim_encoder_dir`; the full frozen pretrained
    encoder where there is none) in bf16 where the CPU has native bf16 maths, in batches of
    similar length. ``naive`` is the benchmark's reference: the same weights as a transformers
    encoder in fp32, batches of 32 in input order."""
    from ..transformer import claim_encoder, embed_texts

    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    options = ({"precision": "fp32", "batch_size": 32, "sort": False, "engine": "transformers"} if naive
                else {"precision": "auto"})
    folder = encoder or claim_encoder_dir()
    if folder is not None:
        from ..encoder import bf16_supported

        precision = "fp32" if naive or not bf16_supported() else "bf16"
        options["model"] = claim_encoder(folder, precision, options.get("engine", "fast"))
        options["encoder"] = options["model"].base_encoder
    return np.asarray(embed_texts(texts, **options), dtype=np.float32)


def claim_encoder_dir(folder: Path | None = None) -> Path | None:
    """The claim encoder ``folder`` (checked), else the shipped one (``models/claim-encoder``, four
    layers), or None if that is absent. ``models/claim-encoder-small`` (two layers) is about 8%
    faster end to end and groups about 0.05 F1 worse on held-out development stories."""
    if folder is not None:
        if not (Path(folder) / "config.json").is_file():
            raise ModelError(f"{folder} is not a claim-encoder folder (no config.json); give "
                             "models/claim-encoder-small or a folder made by training/claims/train_encoder.py")
        return Path(folder)
    return _bundled_claim_encoder("claim-encoder")


def small_claim_encoder_dir() -> Path | None:
    """The two-layer claim encoder (``models/claim-encoder-small``, ``annotate --claim-model``),
    or None if it is absent."""
    return _bundled_claim_encoder("claim-encoder-small")


def _bundled_claim_encoder(name: str) -> Path | None:
    from ..models import models_root

    folder = models_root() / name
    return folder if (folder / "config.json").exists() else None


def memo_embed(embed, cache: dict | None = None):
    """``embed`` with a cache by text (``cache``, if given, is filled and consulted), so each
    text is encoded once."""
    cache = {} if cache is None else cache

    def embedded(texts: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in cache]
        if missing:
            cache.update(zip(missing, np.asarray(embed(missing), dtype=np.float32)))
        return np.array([cache[t] for t in texts], dtype=np.float32).reshape(len(texts), -1)

    return embedded


def similarity_vectors(texts: list[str], embed, lexical_weight: float | None = None,
                       proposition_mix: float | None = None) -> np.ndarray:
    """Vectors whose dot product is ``(1 - LEXICAL_WEIGHT)`` x embedding cosine plus
    ``LEXICAL_WEIGHT`` x TF-IDF cosine (English stop words dropped, IDF from ``texts``);
    ``lexical_weight`` and ``proposition_mix`` override the module settings (for the dev sweep).

    The embedding is the normalised mix of the whole sentence's and its :func:`proposition`'s
    (``PROPOSITION_MIX`` of the latter; shipped 1, the proposition alone). The proposition
    (attribution clause dropped) is what TF-IDF, anchors and actions read. TF-IDF is of the
    propositions, count-sketched to ``SKETCH_DIMS`` columns (each word to one column with a
    fixed sign, from a CRC32 of the word), so inner products stay unbiased and memory stays
    fixed however large the vocabulary.
    """
    weight = settings.LEXICAL_WEIGHT if lexical_weight is None else lexical_weight
    mix = settings.PROPOSITION_MIX if proposition_mix is None else proposition_mix
    cores = [proposition(t) for t in texts]
    if mix in (0, 1):  # one encoder pass: of the whole sentences, or of the propositions alone
        dense = np.asarray(embed(cores if mix else texts), dtype=np.float32)
    else:
        whole = np.asarray(embed(texts), dtype=np.float32)
        dense = whole.copy()
        stripped = [k for k, (t, c) in enumerate(zip(texts, cores)) if c != t]
        if stripped:
            dense[stripped] = np.asarray(embed([cores[k] for k in stripped]), dtype=np.float32)
        dense = (1 - mix) * whole + mix * dense
    width = dense.shape[1]
    out = np.empty((len(texts), width + settings.SKETCH_DIMS), dtype=np.float32)
    norms = np.linalg.norm(dense, axis=1, keepdims=True)
    out[:, :width] = 0.0
    np.divide(dense, norms, out=out[:, :width], where=norms > 0)
    del dense  # at 50k+ mentions each temporary copy costs ~80 MB of peak memory
    out[:, :width] *= np.float32(np.sqrt(1 - weight))
    out[:, width:] = lexical_sketch(cores)
    out[:, width:] *= np.float32(np.sqrt(weight))
    return out


def dense_part(vectors: np.ndarray) -> np.ndarray:
    """The L2-normalised embeddings inside :func:`similarity_vectors`' rows (shipped weights)."""
    return vectors[:, :vectors.shape[1] - settings.SKETCH_DIMS] / np.float32(np.sqrt(1 - settings.LEXICAL_WEIGHT))


_LEXICAL_TOKEN = re.compile(r"(?u)\b\w\w+\b")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """English stop words (``annotator/data/stop_words.txt``: scikit-learn's list)."""
    lines = (Path(__file__).parent.parent / "data" / "stop_words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


def lexical_sketch(texts: list[str]) -> np.ndarray:
    """L2-normalised TF-IDF rows of ``texts``, count-sketched to ``SKETCH_DIMS`` columns (float32).

    As scikit-learn's ``TfidfVectorizer(stop_words="english", sublinear_tf=True)``: lower-cased
    words of two or more word characters, stop words dropped, tf 1 + ln(count), smoothed idf
    ln((1 + n) / (1 + df)) + 1. Each word adds to one column (CRC32 of the word modulo
    ``SKETCH_DIMS``) with a fixed sign (its bit 31), so inner products stay unbiased and memory
    stays fixed however large the vocabulary. A row with no word left is zero.
    """
    stop = stop_words()
    docs = [Counter(w for w in _LEXICAL_TOKEN.findall(t.lower()) if w not in stop) for t in texts]
    df = Counter(w for doc in docs for w in doc)
    n = len(texts)
    weights = {}
    dims = settings.SKETCH_DIMS
    for word, count in df.items():
        h = zlib.crc32(word.encode())
        weights[word] = (h % dims, (1.0 if h >> 31 & 1 else -1.0) * (math.log((1 + n) / (1 + count)) + 1))
    out = np.zeros((n, dims), dtype=np.float32)
    row_sum = np.zeros(dims, dtype=np.float64)  # one row at a time in float64: n x 8 bytes x dims less at peak
    for row, doc in enumerate(docs):
        row_sum[:] = 0.0
        for word, count in doc.items():
            column, signed_idf = weights[word]
            row_sum[column] += signed_idf * (1 + math.log(count))
        norm = np.linalg.norm(row_sum)
        if norm > 0:
            out[row] = row_sum / norm
    return out
