"""Second-stage features of the claim pair scorer: what the first stage's probabilities say about
a pair's shared neighbours.

One pair scorer looks at one pair at a time. Two mentions that are worded apart can still be
one claim when many of the same other mentions are probably one claim with each of them (a story
retold by four outlets), and two mentions that are alike can be apart when their neighbourhoods
differ. The second stage (:attr:`annotator.claim_pairs.PairModel.second`) reads the first
stage's features plus these, computed on the graph whose edges are the candidate pairs weighted
by their first-stage probability ``P``:

- ``first_logit``: the pair's own first-stage logit;
- ``log_shared``: log(1 + (P @ P)[a, b]), the probability mass of paths a - c - b;
- ``shared_cosine``: (P @ P)[a, b] over the square root of the product of a's and b's degrees;
- ``log_strong_shared``: log(1 + the number of mentions both a and b are linked to above
  :data:`STRONG`), and ``strong_shared_share``: that number over the smaller of their strong
  degrees;
- ``log_degrees``: log(1 + a's degree + b's degree).

Each is computed for the candidate pairs only, a chunk of pairs at a time, on each mention's
:data:`CAP` most probable links: a mention many others pick as a neighbour (a boilerplate line
repeated across a folder) would otherwise make every pair that touches it copy its whole row. So
the cost grows with the number of pairs times :data:`CAP`, never with n squared. No mention of the
development stories has more than 73 links, so the cap changes nothing the scorer was fitted on.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

GRAPH_FEATURES = ("first_logit", "log_shared", "shared_cosine", "log_strong_shared", "strong_shared_share",
                  "log_degrees")
STRONG = 0.5
CAP = 96


def _row_products(matrix: sp.csr_matrix, i: np.ndarray, j: np.ndarray, chunk: int) -> np.ndarray:
    """(matrix @ matrix.T)[i, j] for each pair, without forming the product (rows of at most
    :data:`CAP` entries, so a chunk holds at most ``chunk`` x :data:`CAP` of them)."""
    out = np.zeros(len(i))
    for start in range(0, len(i), chunk):
        a, b = i[start:start + chunk], j[start:start + chunk]
        out[start:start + chunk] = np.asarray(matrix[a].multiply(matrix[b]).sum(axis=1)).ravel()
    return out


def graph_features(n: int, i: np.ndarray, j: np.ndarray, p: np.ndarray, chunk: int = 1 << 15) -> np.ndarray:
    """One row of :data:`GRAPH_FEATURES` per pair (i[k], j[k]) of the ``n`` mentions, from the
    pairs' first-stage probabilities ``p`` (each unordered pair at most once, as
    :func:`annotator.claim_pairs.candidates` gives them)."""
    i, j = np.asarray(i, dtype=np.int64), np.asarray(j, dtype=np.int64)
    p = np.asarray(p, dtype=np.float64)
    if not len(i):
        return np.zeros((0, len(GRAPH_FEATURES)))
    node, other, weight = np.r_[i, j], np.r_[j, i], np.r_[p, p]
    order = np.lexsort((-weight, node))
    rank = np.arange(len(order)) - np.searchsorted(node[order], node[order])
    kept = order[rank < CAP]
    weights = sp.csr_matrix((weight[kept], (node[kept], other[kept])), shape=(n, n))
    strong = (weights > STRONG).astype(np.float64).tocsr()
    degree = np.asarray(weights.sum(axis=1)).ravel()
    strong_degree = np.asarray(strong.sum(axis=1)).ravel()
    shared = _row_products(weights, i, j, chunk)
    strong_shared = _row_products(strong, i, j, chunk)
    clipped = np.clip(p, 1e-6, 1 - 1e-6)
    return np.column_stack([np.log(clipped / (1 - clipped)), np.log1p(shared),
                            shared / np.sqrt(np.maximum(degree[i] * degree[j], 1e-9)), np.log1p(strong_shared),
                            strong_shared / np.maximum(1.0, np.minimum(strong_degree[i], strong_degree[j])),
                            np.log1p(degree[i] + degree[j])])
