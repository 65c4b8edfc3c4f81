"""The learned pair scorer: features, average linkage over probabilities, the model file."""

import json

import numpy as np
import pytest

from annotator import claim_pairs, claims
from annotator.claim_pairs import FEATURES, Layout, PairModel, average_linkage, group_scored, pair_features
from annotator.claims import Signature, build_claims
from annotator.errors import ModelError
from annotator.readers import Article

from .test_claims import REGISTRY, fake_embed, record

EMPTY = Signature()


def similarity_only(threshold=0.5, floor=0.2, at=0.6) -> PairModel:
    """A model whose probability rises steeply with similarity alone, 0.5 at similarity ``at``."""
    coef = np.zeros((len(FEATURES), 1))
    coef[0] = 40.0
    return PairModel(np.zeros(len(FEATURES)), np.ones(len(FEATURES)), [(coef, np.array([-40.0 * at]))], threshold,
                     floor, {})


def test_average_linkage_needs_the_mean_over_all_cross_pairs():
    i, j = np.array([0, 1, 0]), np.array([1, 2, 2])
    p = np.array([0.9, 0.6, 0.1])
    assert average_linkage(4, i, j, p, [EMPTY] * 4, 0.5) == [0, 0, 2, 3]  # (0.6 + 0.1) / 2 < 0.5
    assert average_linkage(4, i, j, p, [EMPTY] * 4, 0.3) == [0, 0, 0, 3]


def test_a_figureless_mention_cannot_bridge_two_figures():
    sigs = [Signature(frozenset({358000.0})), EMPTY, Signature(frozenset({38000.0}))]
    labels = average_linkage(3, np.array([0, 1]), np.array([1, 2]), np.array([0.95, 0.9]), sigs, 0.5)
    assert labels[0] == labels[1] != labels[2]


def test_features_have_one_row_per_pair_and_rank_neighbours():
    vectors = np.eye(4, 8, dtype=np.float32)
    vectors[1] = vectors[0] * 0.8 + vectors[1] * 0.6
    vectors[2] = vectors[0] * 0.6 + vectors[2] * 0.8
    vectors = np.column_stack([vectors, np.zeros((4, claims.SKETCH_DIMS), np.float32)])
    i, j, s = claim_pairs.candidates(vectors, [EMPTY] * 4, 0.3)
    layout = Layout.of(["a", "a", "b", "b"], [0, 1, 0, 1], ["One.", "Two.", "Three.", "Four."])
    x = pair_features(vectors, [EMPTY] * 4, [6, 7, 8, 9], layout, i, j, s, 0.3)
    assert x.shape == (len(i), len(FEATURES))
    row = {(a, b): r for a, b, r in zip(i.tolist(), j.tolist(), x)}
    named = dict(zip(FEATURES, row[(0, 1)]))
    assert named["similarity"] == pytest.approx(0.8, abs=1e-5)
    assert named["log_rank_min"] == pytest.approx(np.log1p(1))  # 1 is 0's nearest and 0 is 1's
    assert named["same_article"] == 1 and dict(zip(FEATURES, row[(0, 2)]))["same_article"] == 0
    assert named["words_min"] == 6 and named["words_max"] == 7


def test_article_features_tell_articles_on_one_event_from_another_event():
    # Articles a and b restate one event (0-2 and 1-3 alike); article c is about something else.
    basis = np.eye(6, 8, dtype=np.float32)
    vectors = np.stack([basis[0], basis[1], basis[0] * 0.9 + basis[2] * 0.436, basis[1] * 0.9 + basis[3] * 0.436,
                        basis[4] * 0.6 + basis[0] * 0.8, basis[4] * 0.6 + basis[5] * 0.8])
    vectors = np.column_stack([vectors, np.zeros((6, claims.SKETCH_DIMS), np.float32)])
    layout = Layout.of(["a", "a", "b", "b", "c", "c"], [0, 1, 0, 1, 0, 1], ["x."] * 6)
    i, j, s = claim_pairs.candidates(vectors, [EMPTY] * 6, 0.3)
    x = pair_features(vectors, [EMPTY] * 6, [5] * 6, layout, i, j, s, 0.3)
    row = {(a, b): dict(zip(FEATURES, r)) for a, b, r in zip(i.tolist(), j.tolist(), x)}
    assert row[(0, 2)]["article_affinity"] > 0.8 and row[(0, 4)]["article_affinity"] < 0.6
    assert row[(0, 2)]["article_links"] == pytest.approx(2 / 2)  # 0-2 and 1-3 join a and b, 2 mentions each
    assert row[(0, 4)]["article_links"] == pytest.approx(1 / 2)  # 0-4 alone joins a and c
    same = [(a, b) for a, b in row if layout.articles[a] == layout.articles[b]]
    assert same and all(row[p]["article_affinity"] == 1 and row[p]["article_links"] == 0 for p in same)


def test_model_file_round_trip_and_damage(tmp_path):
    model = similarity_only()
    (tmp_path / claim_pairs.FILE).write_text(json.dumps(model.to_json()))
    loaded = PairModel.load(tmp_path)
    assert loaded.threshold == model.threshold and np.allclose(loaded.layers[0][0], model.layers[0][0])
    assert PairModel.load(tmp_path / "absent") is None
    for damage in ({"layers": [{"weight": [[1.0]], "bias": [0.0]}]}, {"layers": []}, {"mean": [0.0]}):
        (tmp_path / claim_pairs.FILE).write_text(json.dumps({**model.to_json(), **damage}))
        with pytest.raises(ModelError, match="train_pairs.py"):
            PairModel.load(tmp_path)


def test_a_hidden_layer_network_round_trips_and_scores_like_numpy(tmp_path):
    rng = np.random.default_rng(2)
    layers = [(rng.normal(size=(len(FEATURES), 4)), rng.normal(size=4)), (rng.normal(size=(4, 1)), np.array([0.3]))]
    model = PairModel(np.zeros(len(FEATURES)), np.ones(len(FEATURES)), layers, 0.4, 0.2, {"note": "kept"})
    (tmp_path / claim_pairs.FILE).write_text(json.dumps(model.to_json()))
    loaded = PairModel.load(tmp_path)
    x = rng.normal(size=(5, len(FEATURES)))
    expected = 1 / (1 + np.exp(-(np.maximum(x @ layers[0][0] + layers[0][1], 0) @ layers[1][0] + 0.3)))
    assert np.allclose(loaded.proba(x), expected.ravel()) and loaded.meta == {"note": "kept"}


def test_build_claims_groups_by_the_pair_model():
    rows = [record("a", 0, "Government troops captured the town of Saraqeb on Thursday after heavy fighting."),
            record("b", 0, "Government troops captured the town of Saraqeb on Thursday, residents said."),
            record("b", 1, "Aid agencies warned that food stocks in the camps were running out quickly.")]
    articles = [Article("a", "a", ""), Article("b", "b", "")]
    built = build_claims(rows, articles, REGISTRY, embed=fake_embed, pair_model=similarity_only())
    assert sorted(len(c["mentions"]) for c in built) == [1, 2]
    none = build_claims(rows, articles, REGISTRY, embed=fake_embed, pair_model=similarity_only(at=1.5))
    assert [len(c["mentions"]) for c in none] == [1, 1, 1]


def test_group_scored_is_deterministic_and_handles_tiny_input():
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(30, 16 + claims.SKETCH_DIMS)).astype(np.float32)
    vectors[10:20] = vectors[:10] + 0.1 * vectors[10:20]
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    sigs, words = [EMPTY] * 30, [10] * 30
    first = group_scored(vectors, sigs, words, similarity_only())
    assert first == group_scored(vectors.copy(), sigs, words, similarity_only())
    assert all(first[k] == first[k + 10] for k in range(10))
    assert group_scored(vectors[:1], sigs[:1], words[:1], similarity_only()) == [0]


def test_signature_features_match_the_per_pair_definitions():
    sigs = [Signature(frozenset({358000.0}), frozenset(), frozenset({"IRAN", "Idlib"}), frozenset({"FLEE"})),
            Signature(frozenset({358000.0}), frozenset(), frozenset({"Idlib"}), frozenset({"FLEE", "ATTACK"})),
            Signature(frozenset(), frozenset(), frozenset({"IRAN"}), frozenset({"ATTACK"})),
            Signature(frozenset({40.0}), frozenset(), frozenset({"IRAN", "Idlib"}), frozenset({"ATTACK"}))]
    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(4, 16 + claims.SKETCH_DIMS)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    i, j = np.array([0, 0, 0, 1, 1, 2]), np.array([1, 2, 3, 2, 3, 3])
    s = np.einsum("ij,ij->i", vectors[i], vectors[j])
    x = pair_features(vectors, sigs, [9] * 4, None, i, j, s, -1.0)
    for row, a, b, sim in zip(x, i, j, s):
        named, p, q = dict(zip(FEATURES, row)), sigs[a], sigs[b]
        assert named["shared_anchors"] == len(p.anchors & q.anchors)
        assert named["anchors"] == len(p.anchors | q.anchors)
        assert named["shared_actions"] == len(p.actions & q.actions)
        assert named["same_precise_figure"] == claims.shares_precise_figure(p.figures, q.figures)
        assert named["above_needed"] == pytest.approx(sim - claims.needed_similarity(p, q), abs=1e-6)


def test_positions_run_from_the_first_to_the_last_mention_of_each_article():
    assert claim_pairs.positions(["a", "a", "b", "a", "b"], [0, 4, 3, 8, 6]) == [0.0, 0.5, 0.5, 1.0, 1.0]
    assert claim_pairs.positions(["c"], [0]) == [0.0]


def test_neighbour_features_mark_an_introduced_quotation():
    texts = ["The mayor promised that the bridge would reopen to traffic by the end of May.",
             "“Every lane of the bridge will be open before the summer holidays begin.”",
             "The report said the repairs had cost more than twice the original estimate.",
             "Aid agencies warned of shortages in the camps."]
    layout = Layout.of(["a", "a", "a", "b"], [4, 5, 6, 4], texts)
    assert layout.dependent.tolist() == [False, True, True, False]
    assert layout.quote.tolist() == [False, True, False, False]
    vectors = np.eye(4, 8, dtype=np.float32)
    vectors = np.column_stack([vectors, np.zeros((4, claims.SKETCH_DIMS), np.float32)])
    i, j = np.array([0, 0, 1, 0]), np.array([1, 2, 2, 3])
    x = pair_features(vectors, [EMPTY] * 4, [9] * 4, layout, i, j, np.zeros(4), -1.0)
    named = [dict(zip(FEATURES, row)) for row in x]
    assert [r["adjacent"] for r in named] == [1, 0, 1, 0]
    assert [r["adjacent_quote"] for r in named] == [1, 0, 0, 0]
    assert [r["adjacent_dependent"] for r in named] == [1, 0, 1, 0]
    assert [r["within_three"] for r in named] == [1, 1, 1, 0]
    assert named[1]["log_gap"] == pytest.approx(np.log1p(2)) and named[3]["log_gap"] == 0
    unknown = pair_features(vectors, [EMPTY] * 4, [9] * 4, None, i, j, np.zeros(4), -1.0)
    assert not unknown[:, FEATURES.index("adjacent"):].any()
