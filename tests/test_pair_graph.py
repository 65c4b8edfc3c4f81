"""The pair scorer's second stage: shared-neighbour features and the two-stage model file."""

import json
from dataclasses import replace

import numpy as np
import pytest

from annotator import claim_pairs, claims
from annotator.claim_pairs import FEATURES, PairModel, group_scored, probabilities
from annotator.errors import ModelError
from annotator.pair_graph import CAP, GRAPH_FEATURES, graph_features

from .test_claim_pairs import EMPTY, similarity_only

# A square 0-1-2-3 (0 and 2 opposite, both strongly linked to 1 and 3) and 4 hanging off 0.
I = np.array([0, 1, 2, 0, 0, 0])
J = np.array([1, 2, 3, 3, 2, 4])
P = np.array([0.9, 0.8, 0.7, 0.6, 0.2, 0.4])


def test_graph_features_match_their_dense_definitions():
    dense = np.zeros((5, 5))
    dense[I, J] = dense[J, I] = P
    strong = (dense > 0.5).astype(float)
    shared, strong_shared = dense @ dense, strong @ strong
    degree, strong_degree = dense.sum(1), strong.sum(1)
    got = dict(zip(GRAPH_FEATURES, graph_features(5, I, J, P, chunk=2).T))
    assert np.allclose(got["first_logit"], np.log(P / (1 - P)))
    assert np.allclose(got["log_shared"], np.log1p(shared[I, J]))
    assert np.allclose(got["shared_cosine"], shared[I, J] / np.sqrt(degree[I] * degree[J]))
    assert np.allclose(got["log_strong_shared"], np.log1p(strong_shared[I, J]))
    assert np.allclose(got["strong_shared_share"],
                       strong_shared[I, J] / np.maximum(1, np.minimum(strong_degree[I], strong_degree[J])))
    assert np.allclose(got["log_degrees"], np.log1p(degree[I] + degree[J]))
    pair_0_2 = 4
    assert got["log_strong_shared"][pair_0_2] == pytest.approx(np.log(3))  # 1 and 3 link both strongly
    assert graph_features(5, I[:0], J[:0], P[:0]).shape == (0, len(GRAPH_FEATURES))


def test_a_mention_many_others_link_to_keeps_only_its_strongest_links():
    leaves = np.arange(1, 3 * CAP + 1)
    p = np.linspace(0.1, 0.9, len(leaves))
    got = dict(zip(GRAPH_FEATURES, graph_features(len(leaves) + 1, np.zeros_like(leaves), leaves, p).T))
    assert np.allclose(got["log_degrees"], np.log1p(np.sort(p)[-CAP:].sum() + p))  # the hub's degree is capped
    assert np.allclose(got["first_logit"], np.log(p / (1 - p)))  # each pair's own probability is not


def second_stage(weight: dict[str, float], bias: float) -> PairModel:
    """A logistic second stage over the first stage's features and the graph features."""
    names = FEATURES + GRAPH_FEATURES
    coef = np.array([[weight.get(name, 0.0)] for name in names])
    return PairModel(np.zeros(len(names)), np.ones(len(names)), [(coef, np.array([bias]))], 0.5, 0.0, {})


def test_a_second_stage_round_trips_and_damage_is_reported(tmp_path):
    model = replace(similarity_only(), second=second_stage({"first_logit": 1.0, "log_strong_shared": 2.0}, -0.5))
    (tmp_path / claim_pairs.FILE).write_text(json.dumps(model.to_json()))
    loaded = PairModel.load(tmp_path)
    x = np.random.default_rng(0).normal(size=(6, len(FEATURES)))
    chunks = lambda: [x]  # noqa: E731
    assert np.allclose(probabilities(loaded, 5, I, J, chunks), probabilities(model, 5, I, J, chunks))
    assert PairModel.load(tmp_path).second is not None
    for damage in ({"features": list(FEATURES)}, {"scale": [0.0] * (len(FEATURES) + len(GRAPH_FEATURES))},
                   {"mean": [float("nan")] * (len(FEATURES) + len(GRAPH_FEATURES))}):
        data = model.to_json()
        data["second"].update(damage)
        (tmp_path / claim_pairs.FILE).write_text(json.dumps(data))
        with pytest.raises(ModelError, match="train_pairs.py"):
            PairModel.load(tmp_path)


def test_probabilities_do_not_depend_on_the_chunking():
    model = replace(similarity_only(), second=second_stage({"first_logit": 1.0, "shared_cosine": 3.0}, -1.0))
    x = np.random.default_rng(1).normal(size=(6, len(FEATURES)))
    whole = probabilities(model, 5, I, J, lambda: [x])
    pieces = probabilities(model, 5, I, J, lambda: [x[:1], x[1:4], x[4:]])
    assert np.allclose(whole, pieces) and whole.shape == (6,)


def test_a_second_stage_can_join_mentions_through_their_shared_neighbours():
    rng = np.random.default_rng(3)
    base = rng.normal(size=(1, 16))
    vectors = base + 0.35 * rng.normal(size=(6, 16))  # one proposition, six wordings
    vectors = np.column_stack([vectors / np.linalg.norm(vectors, axis=1, keepdims=True),
                               np.zeros((6, claims.SKETCH_DIMS))]).astype(np.float32)
    first = similarity_only(threshold=0.5, floor=0.0, at=0.95)  # strict: most pairs stay apart
    sigs, words = [EMPTY] * 6, [10] * 6
    alone = group_scored(vectors, sigs, words, first)
    assert len(set(alone)) == 3  # only the closest wordings join
    keep_first = replace(first, second=second_stage({"first_logit": 1.0}, 0.0))
    assert group_scored(vectors, sigs, words, keep_first) == alone
    shared = replace(first, second=second_stage({"first_logit": 1.0, "shared_cosine": 40.0}, -4.0))
    assert len(set(group_scored(vectors, sigs, words, shared))) == 1
