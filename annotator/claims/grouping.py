"""Similarity grouping of claim mentions: candidate pairs (exact or within k-means cells) and
average-linkage merging under the :class:`~annotator.claims.signals.Signature` guards."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import settings
from .settings import ANCHOR_BONUS, FIGURE_BONUS, SIMILARITY
from .figures import precise
from .signals import Signature, compatible, needed_similarity

FIGURE_SLOTS = 4
_NO_FIGURE = np.iinfo(np.int64).min // 2  # also marks "more figures than slots": never excluded


def _bucket(value: float) -> int:
    return int(np.floor(np.log(value) / np.log(1.01))) if value > 0 else _NO_FIGURE // 2


@dataclass(frozen=True)
class PairFloor:
    """The lowest similarity each pair could merge at: ``threshold`` less the largest bonus the
    pair could earn (``figure_bonus`` when both state figures, ``anchor_bonus`` when both have an
    anchor and a kind of action, ``PRECISE_FIGURE_BONUS`` when both have a precise figure and a
    kind of action). A lower bound of :func:`needed_similarity`, so pairs below it
    are dropped while the candidates are found, without changing the grouping."""

    threshold: float
    figure_bonus: float
    anchor_bonus: float
    figured: np.ndarray   # bool per vector
    anchored: np.ndarray  # bool per vector
    buckets: np.ndarray   # per vector, up to FIGURE_SLOTS figure buckets (see :meth:`agree`)
    precise: np.ndarray   # bool per vector: a precise figure and a kind of action

    @classmethod
    def of(cls, signatures: list[Signature], threshold: float, figure_bonus: float, anchor_bonus: float) -> "PairFloor":
        buckets = np.full((len(signatures), FIGURE_SLOTS), _NO_FIGURE, dtype=np.int64)
        for k, sig in enumerate(signatures):
            if 0 < len(sig.figures) <= FIGURE_SLOTS:
                buckets[k, :len(sig.figures)] = [_bucket(x) for x in sorted(sig.figures)]
        return cls(threshold, figure_bonus, anchor_bonus, np.array([bool(s.figures) for s in signatures], bool),
                   np.array([bool(s.anchors and s.actions) for s in signatures], bool), buckets,
                   np.array([bool(s.actions) and any(map(precise, s.figures)) for s in signatures], bool))

    def agree(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """False for pairs (index arrays) whose figures certainly disagree, so :func:`group`
        would skip them anyway; True where they may agree (it then checks exactly). Figures
        within 1% of each other fall at most two log-1.01 buckets apart."""
        out = np.ones(len(a), dtype=bool)
        for start in range(0, len(a), 1 << 16):  # bounded temporaries
            ba, bb = self.buckets[a[start:start + (1 << 16)]], self.buckets[b[start:start + (1 << 16)]]
            known = (ba[:, 0] != _NO_FIGURE) & (bb[:, 0] != _NO_FIGURE)
            near = (np.abs(ba[:, :, None] - bb[:, None, :]) <= 2) & (ba[:, :, None] != _NO_FIGURE)
            out[start:start + len(ba)] = ~known | near.any(axis=(1, 2))
        return out

    def lowest(self) -> np.float32:
        """The lowest floor any pair here can have: a pair below it never merges."""
        figure = self.figure_bonus if self.figured.any() else 0.0
        anchor = self.anchor_bonus if self.anchored.any() else 0.0
        exact = settings.PRECISE_FIGURE_BONUS if self.precise.any() else 0.0
        return np.float32(self.threshold - max(figure, anchor, exact))

    def floors(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """The floor of each pair (index arrays)."""
        figure = self.figure_bonus * (self.figured[a] & self.figured[b])
        anchor = self.anchor_bonus * (self.anchored[a] & self.anchored[b])
        exact = settings.PRECISE_FIGURE_BONUS * (self.precise[a] & self.precise[b])
        return (self.threshold - np.maximum(np.maximum(figure, anchor), exact)).astype(np.float32)


def _pairs_within(vectors: np.ndarray, members: np.ndarray, threshold, block: int = 2048):
    """All pairs (i < j) among ``members`` with cosine similarity >= threshold (a number, or a
    :class:`PairFloor` for a floor per pair), exactly."""
    sub = vectors[members]
    rows, cols, sims = [np.zeros(0, members.dtype)], [np.zeros(0, members.dtype)], [np.zeros(0, np.float32)]
    floored = isinstance(threshold, PairFloor)
    lowest = threshold.lowest() if floored else threshold  # pairs below it never merge
    for start in range(0, len(members), block):
        s = sub[start:start + block] @ sub[start:].T
        r, c = np.nonzero(s >= lowest)
        keep = c > r
        r, c = r[keep], c[keep]
        if floored:  # each remaining pair's own floor, then its figures: no block-sized floor matrix
            a, b = members[start + r], members[start + c]
            keep = s[r, c] >= threshold.floors(a, b)
            keep[keep] = threshold.agree(a[keep], b[keep])
            r, c = r[keep], c[keep]
        rows.append(members[start + r])
        cols.append(members[start + c])
        sims.append(s[r, c])
    return np.concatenate(rows), np.concatenate(cols), np.concatenate(sims)


def _cells(vectors: np.ndarray, probes: int = 4) -> list[np.ndarray]:
    """Spherical k-means cells (about sqrt(n), trained on a seeded sample); each vector joins
    the cells of its ``probes`` nearest centroids, so near neighbours share a cell."""
    n = len(vectors)
    k = max(2, int(np.sqrt(n)))
    rng = np.random.default_rng(0)
    sample = vectors[np.sort(rng.choice(n, size=min(n, 32 * k), replace=False))]
    centroids = sample[np.sort(rng.choice(len(sample), size=k, replace=False))]
    for _ in range(8):
        assign = np.argmax(sample @ centroids.T, axis=1)
        sums = np.zeros_like(centroids)
        np.add.at(sums, assign, sample)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        centroids = np.where(norms > 0, sums / np.maximum(norms, 1e-12), centroids)
    top = np.empty((n, probes), dtype=np.int64)
    for start in range(0, n, 8192):
        sims = vectors[start:start + 8192] @ centroids.T
        top[start:start + 8192] = np.argpartition(-sims, probes - 1, axis=1)[:, :probes]
    cell_of = top.ravel()
    order = np.argsort(cell_of, kind="stable")
    points = np.repeat(np.arange(n), probes)[order]
    bounds = np.flatnonzero(np.diff(cell_of[order])) + 1
    return [np.sort(cell) for cell in np.split(points, bounds)]


def candidate_pairs(vectors: np.ndarray, threshold, members: np.ndarray | None = None):
    """Pairs (i, j, similarity) with i < j and similarity >= threshold (a number or a
    :class:`PairFloor`): exact up to ``EXACT_LIMIT`` vectors, else within k-means cells
    (recursively for big cells)."""
    whole = members is None
    members = np.arange(len(vectors), dtype=np.int32) if whole else members
    if len(members) <= settings.EXACT_LIMIT:
        return _pairs_within(vectors, members, threshold)
    parts = []
    for cell in _cells(vectors if whole else vectors[members]):  # no copy of all the vectors
        cell = members[cell]
        small = len(cell) <= settings.EXACT_LIMIT or len(cell) > 0.9 * len(members)
        parts.append(_pairs_within(vectors, cell, threshold) if small else
                     candidate_pairs(vectors, threshold, cell))
    i, j, s = (np.concatenate(p) for p in zip(*parts))
    _, first = np.unique(i.astype(np.int64) * len(vectors) + j, return_index=True)
    return i[first], j[first], s[first]


def group(vectors: np.ndarray, figure_sets: list[frozenset] | None = None, threshold: float = SIMILARITY,
          figure_bonus: float = FIGURE_BONUS, signatures: list[Signature] | None = None,
          anchor_bonus: float = ANCHOR_BONUS) -> list[int]:
    """A group number for each vector (dot product = similarity): its group's first member.

    Each vector has a :class:`Signature` (``signatures``; or just figures, ``figure_sets``).
    Pairs are taken most similar first (ties by index). Two groups merge when (a) neither the
    pair's nor the groups' signatures are incompatible (:func:`compatible`: figures or years
    that disagree; so a figure-less sentence cannot bridge 358,000 and 38,000) and (b) both the
    pair's similarity and the groups' average pairwise similarity (average linkage, so no
    chains of loosely related sentences) reach :func:`needed_similarity` of the two signatures
    (the groups' signatures are their members' pooled).
    """
    n = len(vectors)
    if signatures is None:
        signatures = [Signature(f) for f in (figure_sets if figure_sets is not None else [frozenset()] * n)]
    parent = list(range(n))
    pooled = list(signatures)
    vectors = np.asarray(vectors, dtype=np.float32)
    total: dict[int, np.ndarray] = {}  # vector sum of each merged group, by root (others: their vector)
    size = [1] * n

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    if n > 1:
        floor = PairFloor.of(signatures, threshold, figure_bonus, anchor_bonus)
        i, j, sims = candidate_pairs(vectors, floor)
        for k in np.lexsort((j, i, -sims)):
            a, b = int(i[k]), int(j[k])
            sa, sb = signatures[a], signatures[b]
            if not compatible(sa, sb) or sims[k] < needed_similarity(sa, sb, threshold, figure_bonus, anchor_bonus):
                continue
            ra, rb = find(a), find(b)
            if ra == rb:
                continue
            ga, gb = pooled[ra], pooled[rb]
            ta, tb = total.get(ra, vectors[ra]), total.get(rb, vectors[rb])
            if not compatible(ga, gb) or (ta @ tb <
                                          needed_similarity(ga, gb, threshold, figure_bonus, anchor_bonus)
                                          * size[ra] * size[rb]):
                continue
            ra, rb = min(ra, rb), max(ra, rb)
            parent[rb] = ra
            pooled[ra] = ga | gb
            total[ra] = ta + tb
            total.pop(rb, None)
            size[ra] += size[rb]
    return [find(x) for x in range(n)]
