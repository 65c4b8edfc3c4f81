"""A learned pair scorer for claim grouping.

The similarity threshold of :func:`annotator.claims.group` sees one number per pair. This module
scores each candidate pair with a small learned model over that similarity and what surrounds it:
its dense and lexical parts, how high each mention ranks the other among its neighbours, how far
the pair stands above each mention's usual neighbours (dense stories make every sentence a
little similar to every other), the pair's shared anchors, actions and figures, whether both
come from one article, their lengths, where each stands in its article (a lede restates the
story's main claims), whether they are neighbours in one article (a sentence introducing a
call or a finding is often followed by the quotation itself, or by "The report said ..."), and
how close their two articles are (a folder mixes articles on other events of the same war, whose
sentences share places and actors but not claims). Mentions then merge by average linkage over
these probabilities, with the same figure and year guards as :func:`annotator.claims.group`.

The model is a logistic regression or a one-hidden-layer network (ReLU) over the standardised
features, stored as plain weight arrays (the shipped one averages five networks' logits, which is
one network with all their hidden units). It may have a second stage of the same kind
(:attr:`PairModel.second`), which also reads what the first stage's probabilities say about the
pair's shared neighbours (:mod:`annotator.pair_graph`): a claim retold by many outlets is a dense
cluster even where two of its wordings are far apart.

The model lives beside the claim encoder whose similarities it reads (``pair-model.json`` in
``models/claim-encoder``); ``training/claims/train_pairs.py`` fits it on the development
stories, grouped by region into folders, with similarities from encoders that never saw them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from . import claims
from .claims import settings
from .claims.grouping import _cells
from .errors import ModelError
from .pair_graph import GRAPH_FEATURES, graph_features

FILE = "pair-model.json"
FEATURES = ("similarity", "dense", "lexical", "log_rank_min", "log_rank_max", "above_neighbours",
            "shared_anchors", "anchors", "shared_actions", "both_figures", "one_figure", "same_precise_figure",
            "same_article", "words_min", "words_max", "above_needed", "position_min", "position_max",
            "adjacent", "log_gap", "adjacent_dependent", "adjacent_quote", "within_three",
            "article_affinity", "article_links")
NEIGHBOURS = 5
LINK = 0.5
CAP = 15


# A sentence that leans on the one before: a bare quotation, or a pronoun or "the report" subject.
DEPENDENT = re.compile(r"^\s*(?:[\"“‘']|(?:he|she|they|it|this|that|these|the (?:report|statement|group|ministry|"
                       r"study|daily|newspaper|agency|paper))\b)", re.IGNORECASE)
QUOTE = re.compile(r"^\s*[\"“‘']")


@dataclass
class PairModel:
    """A network over the standardised :data:`FEATURES`: ``layers`` is a list of (weights, bias),
    ReLU between layers and a logistic output (one layer: logistic regression). Pairs below
    ``floor`` similarity are never scored; groups merge at average probability ``threshold``.
    ``second``, if any, is a second stage over :data:`FEATURES` plus
    :data:`~annotator.pair_graph.GRAPH_FEATURES` of this stage's probabilities, and its
    probabilities are the model's."""

    mean: np.ndarray
    scale: np.ndarray
    layers: list
    threshold: float
    floor: float
    meta: dict
    second: "PairModel | None" = None

    def proba(self, features: np.ndarray) -> np.ndarray:
        """This stage's probability for each row of features (the first stage's: see
        :func:`probabilities` for the model's)."""
        h = (features - self.mean) / self.scale
        for k, (weight, bias) in enumerate(self.layers):
            h = h @ weight + bias
            if k < len(self.layers) - 1:
                h = np.maximum(h, 0.0)
        return 1.0 / (1.0 + np.exp(-h.reshape(-1)))

    def to_json(self) -> dict:
        out = {"features": list(FEATURES), **_network_json(self), "threshold": self.threshold, "floor": self.floor,
               **self.meta}
        if self.second is not None:
            out["second"] = {"features": list(FEATURES + GRAPH_FEATURES), **_network_json(self.second)}
        return out

    @classmethod
    def load(cls, folder: Path) -> "PairModel | None":
        """The pair model in ``folder``, or None if it has none."""
        path = Path(folder) / FILE
        if not path.exists():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            mean, scale, layers = _network(data, FEATURES)
            second = None
            if "second" in data:
                second = cls(*_network(data["second"], FEATURES + GRAPH_FEATURES), 0.5, 0.0, {})
            meta = {k: v for k, v in data.items() if k not in ("features", "mean", "scale", "layers", "threshold",
                                                                "floor", "second")}
            return cls(mean, scale, layers, float(data["threshold"]), float(data["floor"]), meta, second)
        except (ValueError, KeyError, TypeError) as exc:
            raise ModelError(f"{path} is damaged ({exc}); rebuild it with `python training/claims/train_pairs.py` "
                             "or remove it to group by similarity alone") from None


def _network_json(model: PairModel) -> dict:
    return {"mean": model.mean.tolist(), "scale": model.scale.tolist(),
            "layers": [{"weight": w.tolist(), "bias": b.tolist()} for w, b in model.layers]}


def _network(data: dict, features: tuple) -> tuple:
    """(mean, scale, layers) of one stage's JSON, checked against its ``features``."""
    if tuple(data["features"]) != features:
        raise ValueError("its features are not this version's")
    mean, scale = (np.asarray(data[k], dtype=np.float64) for k in ("mean", "scale"))
    layers = [(np.asarray(x["weight"], dtype=np.float64), np.asarray(x["bias"], dtype=np.float64))
              for x in data["layers"]]
    if mean.shape != (len(features),) or scale.shape != mean.shape:
        raise ValueError("wrong number of weights")
    width = len(features)
    for weight, bias in layers:
        if weight.ndim != 2 or weight.shape[0] != width or bias.shape != weight.shape[1:]:
            raise ValueError("wrong number of weights")
        width = weight.shape[1]
    if not layers or width != 1:
        raise ValueError("the last layer must have one output")
    arrays = [mean, scale, *(a for layer in layers for a in layer)]
    if not all(np.isfinite(a).all() for a in arrays) or (scale <= 0).any():
        raise ValueError("weights that are not finite, or a scale that is not positive")
    return mean, scale, layers


@dataclass
class Layout:
    """Where the mentions stand: each one's article, sentence index, place in its article (0 =
    first, 1 = last of its mentions there), and whether it leans on the sentence before it
    (:data:`DEPENDENT`) or opens with a quotation mark."""

    articles: np.ndarray
    indices: np.ndarray
    places: np.ndarray
    dependent: np.ndarray
    quote: np.ndarray

    @classmethod
    def of(cls, articles: list, indices: list[int], texts: list[str]) -> "Layout":
        return cls(np.asarray(articles, dtype=object), np.asarray(indices, dtype=np.int64),
                   np.asarray(positions(articles, indices), dtype=np.float64),
                   np.array([bool(DEPENDENT.match(t)) for t in texts], dtype=bool),
                   np.array([bool(QUOTE.match(t)) for t in texts], dtype=bool))


def _subset(mask: np.ndarray, i: np.ndarray, j: np.ndarray, test) -> np.ndarray:
    """``test(a, b)`` for the pairs where ``mask`` holds (True elsewhere)."""
    out = np.ones(len(i), dtype=bool)
    where = np.flatnonzero(mask)
    out[where] = [test(a, b) for a, b in zip(i[where].tolist(), j[where].tolist())]
    return out


def _nearest_within(vectors: np.ndarray, members: np.ndarray, floor: float):
    """Each member's :data:`CAP` nearest other members at or above ``floor``, as (i, j, sim)."""
    sub = vectors[members]
    k = min(CAP, len(members) - 1)
    block = max(64, min(1024, (1 << 24) // max(1, len(members))))  # similarity blocks of at most 64 MB
    rows, cols, sims = [np.zeros(0, np.int64)], [np.zeros(0, np.int64)], [np.zeros(0, np.float32)]
    for start in range(0, len(members) if k > 0 else 0, block):
        s = sub[start:start + block] @ sub.T
        r = np.arange(len(s))
        s[r, start + r] = -np.inf  # not its own neighbour
        top = np.argpartition(-s, k - 1, axis=1)[:, :k]
        value = np.take_along_axis(s, top, axis=1)
        keep = value >= floor
        rows.append(members[start + np.repeat(r, k).reshape(-1, k)[keep]])
        cols.append(members[top[keep]])
        sims.append(value[keep])
    return np.concatenate(rows), np.concatenate(cols), np.concatenate(sims)


def candidates(vectors: np.ndarray, signatures: list, floor: float, exact: bool = False):
    """Candidate pairs (i < j, similarity): j among i's :data:`CAP` nearest or i among j's, at or
    above ``floor`` (so a large corpus scores a bounded number of pairs per mention; exact up to
    ``settings.EXACT_LIMIT`` mentions, else within the k-means cells of
    :func:`annotator.claims.candidate_pairs`), with figures and years that agree
    (:func:`annotator.claims.compatible`). ``exact``: no cells, however many mentions (the
    benchmark's reference for the cells' recall)."""
    n = len(vectors)
    cells = [np.arange(n)] if exact or n <= settings.EXACT_LIMIT else _cells(vectors)
    a, b, s = (np.concatenate(p) for p in zip(*(_nearest_within(vectors, c, floor) for c in cells)))
    key = np.minimum(a, b).astype(np.int64) * n + np.maximum(a, b)
    key, first = np.unique(key, return_index=True)
    i, j, s = key // n, key % n, s[first]
    figured = np.array([bool(x.figures) for x in signatures], dtype=bool)
    dated = np.array([bool(x.years) for x in signatures], dtype=bool)
    keep = _subset((figured[i] & figured[j]) | (dated[i] & dated[j]), i, j,
                   lambda a, b: claims.compatible(signatures[a], signatures[b]))
    return i[keep], j[keep], s[keep]


def _ranks(n: int, i: np.ndarray, j: np.ndarray, s: np.ndarray, floor: float):
    """Each pair's rank in i's and in j's neighbour list (1 = nearest), and each mention's mean
    similarity to its :data:`NEIGHBOURS` nearest candidates (``floor`` where it has fewer)."""
    node = np.concatenate([i, j])
    sims = np.concatenate([s, s])
    order = np.lexsort((-sims, node))
    start = np.searchsorted(node[order], np.arange(n))
    rank = np.empty(len(node), dtype=np.int64)
    rank[order] = np.arange(len(node)) - start[node[order]] + 1
    top = np.full((n, NEIGHBOURS), floor, dtype=np.float64)
    near = rank[order] <= NEIGHBOURS
    top[node[order][near], rank[order][near] - 1] = sims[order][near]
    return rank[:len(i)], rank[len(i):], top.mean(axis=1)


def positions(articles: list, indices: list[int]) -> list[float]:
    """Each mention's place in its article: its sentence index over the largest index of the
    article's mentions here (0 = first, 1 = last)."""
    last: dict = {}
    for article, index in zip(articles, indices):
        last[article] = max(last.get(article, 0), index)
    return [index / max(1, last[article]) for article, index in zip(articles, indices)]


def pair_features(vectors: np.ndarray, signatures: list, words: list[int], layout: Layout | None,
                  i: np.ndarray, j: np.ndarray, s: np.ndarray, floor: float) -> np.ndarray:
    """One row of :data:`FEATURES` per candidate pair (see the module docstring); ``layout`` may
    be None where unknown (every mention then reads as alone in its own article, at place 0)."""
    rows = list(feature_chunks(vectors, signatures, words, layout, i, j, s, floor))
    return np.concatenate(rows) if rows else np.zeros((0, len(FEATURES)))


def _neighbourhood(layout: Layout | None, a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
    """The same-article features of pairs (a, b): same article, adjacent, log(1 + sentence gap),
    adjacent with the later one leaning on the earlier or quoting, within three sentences."""
    if layout is None:
        zero = np.zeros(len(a))
        return [zero] * 6
    same = layout.articles[a] == layout.articles[b]
    gap = np.abs(layout.indices[a] - layout.indices[b])
    later = np.where(layout.indices[a] > layout.indices[b], a, b)
    adjacent = same & (gap == 1)
    return [same, adjacent, same * np.log1p(gap), adjacent & layout.dependent[later],
            adjacent & layout.quote[later], same & (gap <= 3)]


class _Articles:
    """How close two mentions' articles are, for a folder that mixes events: the cosine of the
    articles' mean dense vectors, and how many candidate pairs above :data:`LINK` similarity join
    the two articles over the geometric mean of their mention counts (1 and 0 within one
    article). Without a layout every mention is its own article."""

    def __init__(self, layout: Layout | None, vectors: np.ndarray, width: int, i, j, s):
        n = len(vectors)
        if layout is None:
            self.of, centre = np.arange(n), vectors[:, :width]
        else:
            self.of = np.unique(layout.articles.astype(str), return_inverse=True)[1].reshape(-1)
            # sums over runs of one article (mentions come article by article), then runs to articles
            runs = np.flatnonzero(np.r_[True, self.of[1:] != self.of[:-1]]) if n else np.zeros(0, dtype=np.int64)
            centre = np.zeros((int(self.of.max()) + 1 if n else 0, width), dtype=np.float32)
            if n:
                np.add.at(centre, self.of[runs], np.add.reduceat(vectors[:, :width], runs, axis=0))
        self.centre = np.asarray(centre, dtype=np.float32)
        self.norm = np.sqrt(np.maximum(np.einsum("ij,ij->i", self.centre, self.centre), 1e-12))
        self.count = len(self.centre)
        self.size = np.bincount(self.of, minlength=self.count).astype(np.float64)
        strong = s > LINK
        self.keys, self.links = np.unique(self._key(i[strong], j[strong]), return_counts=True)

    def _key(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        x, y = self.of[a].astype(np.int64), self.of[b].astype(np.int64)
        return np.minimum(x, y) * max(1, self.count) + np.maximum(x, y)

    def features(self, a: np.ndarray, b: np.ndarray) -> list[np.ndarray]:
        """Affinity and links of pairs (a, b)."""
        x, y = self.of[a], self.of[b]
        affinity = np.einsum("ij,ij->i", self.centre[x], self.centre[y]) / (self.norm[x] * self.norm[y])
        key, links = self._key(a, b), np.zeros(len(a))
        if len(self.keys):
            at = np.minimum(np.searchsorted(self.keys, key), len(self.keys) - 1)
            links = np.where(self.keys[at] == key, self.links[at], 0).astype(np.float64)
        links = links / np.sqrt(self.size[x] * self.size[y])
        return [np.where(x == y, 1.0, affinity), np.where(x == y, 0.0, links)]


def feature_chunks(vectors: np.ndarray, signatures: list, words: list[int], layout: Layout | None,
                   i: np.ndarray, j: np.ndarray, s: np.ndarray, floor: float, chunk: int = 1 << 12):
    """:func:`pair_features` a chunk of pairs at a time, so a large corpus never holds every
    pair's features at once."""
    n = len(vectors)
    width = vectors.shape[1] - settings.SKETCH_DIMS
    rank_i, rank_j, usual = _ranks(n, i, j, s, floor)
    words = np.asarray(words, dtype=np.float64)
    place = np.zeros(n) if layout is None else layout.places
    anchors, actions = [x.anchors for x in signatures], [x.actions for x in signatures]
    count = np.array([len(a) for a in anchors], dtype=np.float64)
    figured = np.array([bool(x.figures) for x in signatures], dtype=bool)
    precise = np.array([any(map(claims.precise, x.figures)) for x in signatures], dtype=bool)
    articles = _Articles(layout, vectors, width, i, j, s)
    for start in range(0, len(i), chunk):
        a, b, sim = i[start:start + chunk], j[start:start + chunk], s[start:start + chunk]
        weighted = np.einsum("ij,ij->i", vectors[a, :width], vectors[b, :width])  # (1 - w) x dense cosine
        dense = weighted / (1 - settings.LEXICAL_WEIGHT)
        lexical = (sim - weighted) / settings.LEXICAL_WEIGHT  # the rest of the similarity
        pairs = list(zip(a.tolist(), b.tolist()))
        shared_anchors = np.fromiter((len(anchors[x] & anchors[y]) for x, y in pairs), np.float64, len(pairs))
        shared_actions = np.fromiter((len(actions[x] & actions[y]) for x, y in pairs), np.float64, len(pairs))
        both, one = figured[a] & figured[b], figured[a] != figured[b]
        same_precise = precise[a] & precise[b]
        same_precise &= ~_subset(same_precise, a, b, lambda x, y: not claims.shares_precise_figure(
            signatures[x].figures, signatures[y].figures))
        bonus = np.maximum.reduce([settings.FIGURE_BONUS * both,  # as claims.needed_similarity, for arrays
                                   settings.ANCHOR_BONUS * ((shared_anchors > 0) & (shared_actions > 0) & ~one),
                                   settings.PRECISE_FIGURE_BONUS * ((shared_actions > 0) & same_precise)])
        same, *near = _neighbourhood(layout, a, b)
        ri, rj = rank_i[start:start + chunk], rank_j[start:start + chunk]
        yield np.column_stack([sim, dense, lexical, np.log1p(np.minimum(ri, rj)), np.log1p(np.maximum(ri, rj)),
                               sim - (usual[a] + usual[b]) / 2, shared_anchors,
                               count[a] + count[b] - shared_anchors, shared_actions, both, one, same_precise, same,
                               np.minimum(words[a], words[b]), np.maximum(words[a], words[b]),
                               sim - (settings.SIMILARITY - bonus), np.minimum(place[a], place[b]),
                               np.maximum(place[a], place[b]), *near, *articles.features(a, b)])


def average_linkage(n: int, i: np.ndarray, j: np.ndarray, p: np.ndarray, signatures: list,
                    threshold: float) -> list[int]:
    """A group number per mention (its group's first member): pairs taken most probable first;
    two groups merge when their signatures are compatible and the mean probability over all
    their cross pairs (pairs never scored count as 0) reaches ``threshold``."""
    parent = list(range(n))
    size = [1] * n
    pooled = list(signatures)
    links: list[dict[int, float]] = [{} for _ in range(n)]
    for a, b, q in zip(i.tolist(), j.tolist(), p.tolist()):
        links[a][b] = links[a].get(b, 0.0) + q
        links[b][a] = links[b].get(a, 0.0) + q

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for k in np.lexsort((j, i, -p)):
        if p[k] < threshold:
            break
        ra, rb = find(int(i[k])), find(int(j[k]))
        if ra == rb or not claims.compatible(pooled[ra], pooled[rb]):
            continue
        if links[ra].get(rb, 0.0) < threshold * size[ra] * size[rb]:
            continue
        keep, gone = min(ra, rb), max(ra, rb)
        parent[gone] = keep
        size[keep] += size[gone]
        pooled[keep] = pooled[keep] | pooled[gone]
        for other, q in links[gone].items():
            if other == keep:
                continue
            links[keep][other] = links[keep].get(other, 0.0) + q
            del links[other][gone]
            links[other][keep] = links[other].get(keep, 0.0) + q
        links[keep].pop(gone, None)
        links[gone] = {}
    return [find(x) for x in range(n)]


def probabilities(model: PairModel, n: int, i: np.ndarray, j: np.ndarray, chunks) -> np.ndarray:
    """The model's probability of each candidate pair (i, j) of ``n`` mentions. ``chunks()``
    yields the pairs' :data:`FEATURES` rows in order, a chunk at a time; a two-stage model calls
    it twice, so no more than a chunk of features is ever held."""
    p = np.concatenate([model.proba(x) for x in chunks()] or [np.zeros(0)])
    if model.second is None or not len(p):
        return p
    graph, at, out = graph_features(n, i, j, p), 0, []
    for x in chunks():
        out.append(model.second.proba(np.hstack([x, graph[at:at + len(x)]])))
        at += len(x)
    return np.concatenate(out)


def group_scored(vectors: np.ndarray, signatures: list, words: list[int], model: PairModel,
                 layout: Layout | None = None, threshold: float | None = None) -> list[int]:
    """:func:`average_linkage` over the pair model's probabilities of the candidate pairs
    (``threshold`` overrides the model's, for the development sweep)."""
    vectors = np.asarray(vectors, dtype=np.float32)
    n = len(vectors)
    if n < 2:
        return list(range(n))
    i, j, s = candidates(vectors, signatures, model.floor)
    p = probabilities(model, n, i, j,
                      lambda: feature_chunks(vectors, signatures, words, layout, i, j, s, model.floor))
    return average_linkage(n, i, j, p, signatures, model.threshold if threshold is None else threshold)
