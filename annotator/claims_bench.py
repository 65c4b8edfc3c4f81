"""Claim grouping at scale: synthetic mentions, timed, and how the time grows (``annotator bench``).

Mentions are a cheap deterministic stand-in for real ones: seeded random unit vectors of the
real width (384 embedding + 256 TF-IDF sketch columns), in claims of 1-6 mentions around a
centre (within-claim similarity about 0.8), half the claims stating a figure, and one claim in
ten with a near twin (centres about 0.8 apart in cosine) that may state a different figure, so the
figure guard has work to do. Each mention also has a :class:`annotator.claims.Signature`: a year
for one claim in five, two anchors and one kind of action drawn per claim from small pools (so
unrelated claims share anchors and actions too and the anchor bonus is exercised). Grouping
(as ``annotate`` groups: :func:`annotator.claim_pairs.group_scored` with the shipped pair scorer,
else :func:`annotator.claims.group` with the shipped thresholds) is timed end to end: candidate
pairs (k-means blocking above ``EXACT_LIMIT`` mentions), pair features and scores, and merging,
with each claim's mentions spread over the articles of its story (:func:`synthetic_layout`).
At the smallest size the blocked candidate pairs are also compared with all pairs, exactly.
"""

from __future__ import annotations

import math
import time

import numpy as np

from . import claims
from .claims.grouping import _pairs_within
from .claims.signals import _ACTION_OF

DIMS = 384 + claims.SKETCH_DIMS


def synthetic(n: int, seed: int = 0) -> tuple[np.ndarray, list[claims.Signature], np.ndarray]:
    """``n`` unit vectors, their signatures and their true claim numbers."""
    rng = np.random.default_rng(seed)
    sizes = rng.integers(1, 7, size=n)
    sizes = sizes[: np.searchsorted(np.cumsum(sizes), n) + 1]
    sizes[-1] -= sizes.sum() - n
    centres = rng.normal(size=(len(sizes), DIMS))
    twins = np.flatnonzero(rng.random(len(sizes)) < 0.1)[1:]
    centres[twins] = centres[twins - 1] + 0.8 * rng.normal(size=(len(twins), DIMS))
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    truth = np.repeat(np.arange(len(sizes)), sizes)
    vectors = centres[truth] + 0.5 / math.sqrt(DIMS) * rng.normal(size=(n, DIMS))
    vectors = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)
    claim_figures = [frozenset({float(rng.integers(10, 10**6))}) if rng.random() < 0.5 else frozenset()
                     for _ in sizes]
    kinds = sorted({kind for kind in _ACTION_OF.values()})
    signatures = [claims.Signature(f, frozenset({str(rng.integers(2000, 2025))}) if rng.random() < 0.2 else frozenset(),
                                   frozenset(f"place{p}" for p in rng.integers(0, 200, size=2)),
                                   frozenset({kinds[rng.integers(len(kinds))]}))
                  for f in claim_figures]
    return vectors, [signatures[t] for t in truth], truth


def pair_recall(vectors: np.ndarray, threshold: float, signatures: list | None = None) -> float:
    """Share of all pairs at or above ``threshold`` that the blocked candidate search finds; with
    ``signatures``, share of the exact nearest-neighbour candidates of the pair scorer
    (:func:`annotator.claim_pairs.candidates`) that its blocked search finds."""
    if signatures is not None:
        from .claim_pairs import candidates

        exact = candidates(vectors, signatures, threshold, exact=True)
        blocked = candidates(vectors, signatures, threshold)
    else:
        exact = _pairs_within(vectors, np.arange(len(vectors)), threshold)
        blocked = claims.candidate_pairs(vectors, threshold)
    key = set((exact[0] * len(vectors) + exact[1]).tolist())
    found = set((blocked[0] * len(vectors) + blocked[1]).tolist())
    return len(key & found) / len(key) if key else 1.0


def synthetic_layout(truth: np.ndarray, claims_per_event: int = 12, articles_per_event: int = 3):
    """Articles for synthetic mentions: claims in events of ``claims_per_event``, each event told
    by ``articles_per_event`` articles and each mention in one of its event's articles at random
    (so a claim's mentions spread over the articles of one story, as restatements do), numbered
    in order within its article."""
    from .claim_pairs import Layout

    n = len(truth)
    rng = np.random.default_rng(n + 1)
    articles = (truth // claims_per_event) * articles_per_event + rng.integers(0, articles_per_event, size=n)
    order = np.argsort(articles, kind="stable")
    index = np.empty(n, dtype=np.int64)
    index[order] = np.arange(n) - np.searchsorted(articles[order], articles[order])
    return Layout.of([f"a{a}" for a in articles.tolist()], index.tolist(), [""] * n)


def grouping_scale(sizes=(10_000, 100_000), log=None, pair_model="shipped") -> list[str]:
    """Time grouping at each size as ``annotate`` groups (with the shipped pair scorer, or
    ``pair_model``; by similarity where there is none); lines for a report: time per size, the
    growth exponent between sizes (all pairs would be 2), and the blocked candidate-pair recall at
    the smallest size."""
    from .claim_pairs import group_scored

    model = claims.shipped_pair_model() if pair_model == "shipped" else pair_model
    lines, times = [], []
    lowest = claims.SIMILARITY - max(claims.FIGURE_BONUS, claims.ANCHOR_BONUS, claims.PRECISE_FIGURE_BONUS)
    if model is None:
        lines.append(f"claim grouping, {DIMS}-dim vectors, threshold {claims.SIMILARITY} "
                     f"(shared figure: {claims.SIMILARITY - claims.FIGURE_BONUS:.3f}; shared anchor and action: "
                     f"{claims.SIMILARITY - claims.ANCHOR_BONUS:.3f}; shared precise figure and action: "
                     f"{claims.SIMILARITY - claims.PRECISE_FIGURE_BONUS:.3f}), exact below {claims.EXACT_LIMIT}")
    else:
        lines.append(f"claim grouping with the pair scorer, {DIMS}-dim vectors: pairs scored from similarity "
                     f"{model.floor}, merged at mean probability {model.threshold}; exact below {claims.EXACT_LIMIT}")
    for n in sizes:
        if log:
            log(f"grouping {n} synthetic mentions …")
        vectors, signatures, truth = synthetic(n)
        words = np.random.default_rng(n).integers(8, 45, size=n).tolist()
        layout = synthetic_layout(truth)
        start = time.perf_counter()
        labels = np.asarray(claims.group(vectors, signatures=signatures) if model is None
                            else group_scored(vectors, signatures, words, model, layout))
        elapsed = time.perf_counter() - start
        times.append(elapsed)
        same_true = np.array([len(set(labels[truth == t])) == 1 for t in np.unique(truth)])
        lines.append(f"{n:>8} mentions: {elapsed:7.2f} s  {len(np.unique(labels)):>7} claims "
                     f"({len(np.unique(truth))} true; {same_true.mean():.1%} of true claims kept whole)")
    for (n1, t1), (n2, t2) in zip(zip(sizes, times), zip(sizes[1:], times[1:])):
        exponent = math.log(t2 / t1) / math.log(n2 / n1)
        lines.append(f"growth {n1} -> {n2}: time x{t2 / t1:.1f} for x{n2 / n1:.0f} mentions, exponent {exponent:.2f} "
                     f"({'sub-quadratic' if exponent < 2 else 'NOT sub-quadratic'}; all pairs would be 2.00)")
    vectors, signatures, _ = synthetic(sizes[0])
    if model is None:
        lines.append(f"blocked candidate-pair recall vs all pairs at {sizes[0]} mentions: "
                     f"{pair_recall(vectors, lowest):.3f}")
    else:
        lines.append(f"blocked candidate-pair recall vs exact nearest neighbours at {sizes[0]} mentions: "
                     f"{pair_recall(vectors, model.floor, signatures):.3f}")
    return lines
