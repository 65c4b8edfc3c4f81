"""Denials in sentences of their own, linked to the claim they deny (annotator.claims.denials)."""

import json

import numpy as np
import pytest

from annotator.claims import build_claims
from annotator.claims.denials import (FEATURES, LinkModel, _subject, denial, denial_links, link_candidates, link_features,
                                      refers_back)
from annotator.errors import ModelError
from annotator.readers import Article
from annotator.registry import load_registry
from annotator.report import report_data

from .test_claims import REGISTRY, fake_embed, record


@pytest.mark.parametrize("text, back", [
    ("Minsk denied that any drone had been launched from its territory.", False),
    ("The ministry dismissed the reports as a lie.", True),
    ("Yerevan denies it.", True),
    ("The rebels have flatly rejected the accusation, saying their fighters were miles away.", True),
    ("A spokesman for the army, Colonel Ivo Marek, denied that soldiers had fired on the convoy.", False),
    ("The government rejected as baseless the claim that its troops had crossed the border.", False),
    ("In a statement on Monday, the Kremlin dismissed the satellite images as fakes.", True),
    ("Eritrea's information ministry called the reports a fabrication.", True),
    ("Eritrea's information ministry called the reports of its troops at Metema a fabrication.", False),
    ("The army denies using cluster munitions.", False),
    ("Ankara has denied any involvement.", True),
])
def test_denials_in_the_main_clause(text, back):
    rest = denial(text)
    assert rest is not None
    assert refers_back(rest) is back


@pytest.mark.parametrize("text", [
    "The council rejected calls for an immediate ceasefire.",
    "He rejected the 72-hour ultimatum issued on Sunday.",
    "The president dismissed the army chief on Friday.",
    "Nobody in government disputes that the ship was outside the zone.",
    "Cambodian troops moved into the contested strip a week earlier.",
    "Most residents have been denied citizenship under a 1982 law.",
    "The Kremlin has neither confirmed nor denied that its soldiers are there.",
    "What began as a contest for influence now threatens the region.",
    "Asmara, which at first denied the village had fallen, now calls it a withdrawal.",
    "Kiir's government accuses the detainees of plotting a coup, a charge they deny.",
    "The faction that rejected the deal fought on for weeks.",
    "Officials called the meeting constructive.",
])
def test_not_denials(text):
    assert denial(text) is None


def test_candidates_are_earlier_mentions_of_the_article_in_other_groups():
    mentions = [record("a", 0, "Troops crossed the river."), record("a", 1, "Troops crossed the river at dawn."),
                record("b", 0, "The army denied it."), record("a", 2, "The army denied that troops crossed.")]
    assert link_candidates(mentions, [0, 1, 2, 3]) == {3: [0, 1]}
    assert link_candidates(mentions, [0, 3, 2, 3]) == {3: [0]}  # not a mention of its own claim
    assert link_candidates(mentions[2:3], [0]) == {}  # nothing before it


def test_features_have_one_row_per_candidate():
    mentions = [record("a", 0, "Belarusian drones struck the depot at Varnik.", ["on_record"]),
                record("a", 1, "Firefighters fought the blaze all night."),
                record("a", 2, "Minsk denied that any Belarusian drone struck the depot.", ["on_record"])]
    rows = link_features(mentions, 2, [0, 1], fake_embed)
    assert rows.shape == (2, len(FEATURES))
    named = FEATURES.index("denier_named")
    assert rows[0, named] == 1 and rows[1, named] == 0  # Minsk is BELARUS


def test_model_round_trip_and_a_clear_error(tmp_path):
    model = LinkModel(np.arange(len(FEATURES), dtype=float) / 10, -1.0, 0.5, {"trained_on": "test"})
    model.save(tmp_path / "m.json")
    again = LinkModel.load(tmp_path / "m.json")
    assert np.allclose(again.weights, model.weights) and again.bias == -1.0 and again.threshold == 0.5
    assert again.meta == {"trained_on": "test"}
    bad = json.loads((tmp_path / "m.json").read_text())
    bad["features"] = bad["features"][:-1]
    (tmp_path / "bad.json").write_text(json.dumps(bad))
    with pytest.raises(ModelError, match="train_denials.py"):
        LinkModel.load(tmp_path / "bad.json")


def test_the_shipped_model_loads():
    model = LinkModel.load()
    assert len(model.weights) == len(FEATURES) and 0 < model.threshold < 1
    assert model.weights[FEATURES.index("similarity")] > 0  # what it denies, alike to the candidate


def test_a_denial_links_to_the_most_probable_candidate_above_the_threshold():
    mentions = [record("a", 0, "Belarusian drones struck the depot."), record("a", 1, "Firefighters fought the blaze."),
                record("a", 2, "Minsk denied that Belarusian drones struck the depot.")]
    only_similarity = np.zeros(len(FEATURES))
    only_similarity[FEATURES.index("similarity")] = 10
    model = LinkModel(only_similarity, -5.0, 0.5, {})
    assert denial_links(mentions, [0, 1, 2], fake_embed, model) == [(2, 0)]
    assert denial_links(mentions, [0, 1, 2], fake_embed, LinkModel(only_similarity, -50.0, 0.5, {})) == []


ROWS = [
    record("a", 0, "Belarusian drones struck the fuel depot at Varnik on Tuesday, the governor said.", ["on_record"]),
    record("a", 1, "Firefighters fought the blaze through the night near the town square.", []),
    record("a", 2, "Minsk denied any role in what it called a provocation.", ["on_record"]),
]
NAMED = np.zeros(len(FEATURES))
NAMED[FEATURES.index("denier_named")] = 10
BY_NAME = LinkModel(NAMED, -5.0, 0.5, {})  # links a denial to the mention that names its source's state


def test_the_denied_claim_lists_the_denial_and_its_source_and_keeps_its_score():
    articles = [Article("a", "a", "")]
    built = build_claims(ROWS, articles, REGISTRY, embed=fake_embed, denial_model=BY_NAME)
    (claim,) = [c for c in built if c["mentions"][0]["sentence_id"] == "a#0"]
    assert [d["sentence_id"] for d in claim["profile"]["denied_in"]] == ["a#2"]
    assert claim["profile"]["disputed_by"] == ["Minsk"]
    assert "disputed" in claim["profile"]["flags"] and "disputed by Minsk" in claim["explanation"]
    (denial_claim,) = [c for c in built if c["mentions"][0]["sentence_id"] == "a#2"]
    assert denial_claim["profile"]["denied_in"] == []  # the denial stays a claim of its own
    unlinked = build_claims(ROWS, articles, REGISTRY, embed=fake_embed, denial_model=None)
    (plain,) = [c for c in unlinked if c["mentions"][0]["sentence_id"] == "a#0"]
    assert plain["profile"]["denied_in"] == [] and plain["profile"]["disputed_by"] == []
    assert (plain["score"], plain["grade"], plain["profile"]["origins"]) == (
        claim["score"], claim["grade"], claim["profile"]["origins"])  # a denial never moves a score


def test_the_report_points_at_the_denial_sentence():
    built = build_claims(ROWS, [Article("a", "a", "")], REGISTRY, embed=fake_embed, denial_model=BY_NAME)
    data = report_data([{"id": "a"}], [dict(r, scores={}) for r in ROWS], built)
    (claim,) = [c for c in data["claims"] if c["denied_in"]]
    (where,) = claim["denied_in"]
    assert data["sentences"][where["sentence"]]["text"] == ROWS[2]["text"]


def test_the_shipped_model_links_a_denial_across_a_folder_with_the_real_encoder():
    """An invented two-article folder: each article's denial is linked to the accusation, not to
    the toll or the fire."""
    texts = {"a": ["A drone strike destroyed a fuel depot outside Varnik on Tuesday, killing four workers, the governor said.",
                   "Local officials said the drone had been launched from Belarusian territory, citing radar data.",
                   "Minsk denied that any drone had been launched from its territory, calling the accusation a provocation.",
                   "Firefighters worked through the night to contain the blaze."],
             "b": ["Four workers were killed when a drone hit a fuel depot near Varnik on Tuesday, the governor said.",
                   "Air force officials said radar showed the drone had come from Belarus.",
                   "Belarus's defence ministry rejected the claim, saying its air defences had recorded no launches."]}
    labels = {("a", 0): ["on_record"], ("a", 1): ["on_record"], ("a", 2): ["on_record"], ("b", 0): ["on_record"],
              ("b", 1): ["on_record"], ("b", 2): ["on_record"]}
    rows = [record(a, i, t, labels.get((a, i), [])) for a, ts in texts.items() for i, t in enumerate(ts)]
    built = build_claims(rows, [Article("a", "a", ""), Article("b", "b", "")], load_registry())
    denied = {d["sentence_id"]: c for c in built for d in c["profile"]["denied_in"]}
    assert set(denied) == {"a#2", "b#2"}
    for claim in denied.values():
        assert {m["sentence_id"] for m in claim["mentions"]} & {"a#1", "b#1"}
        assert "disputed" in claim["profile"]["flags"]


BACK = np.zeros(len(FEATURES))
BACK[FEATURES.index("back_reference_nearest")] = 10
NEAREST = LinkModel(BACK, -5.0, 0.5, {})  # links a bare back-reference to the mention just before


def test_a_denial_too_short_to_be_a_claim_still_links_and_names_its_subject():
    rows = [record("a", 0, "Kyrgyz border guards crossed the line first near the Tuyuk-Suu post, villagers said.",
                   ["on_record"]),
            record("a", 1, "Bishkek denies this.")]  # no label: the subject names the denier
    built = build_claims(rows, [Article("a", "a", "")], REGISTRY, embed=fake_embed, denial_model=NEAREST)
    (claim,) = built  # the short denial is no claim of its own
    assert [d["sentence_id"] for d in claim["profile"]["denied_in"]] == ["a#1"]
    assert claim["profile"]["disputed_by"] == ["Bishkek"]


def test_the_denier_is_the_subject_where_the_sources_read_name_nobody():
    rows = [record("a", 0, "The hackers who hit the port work for Russian military intelligence, researchers said.",
                   ["on_record"]),
            record("a", 1, "Moscow dismissed the reports as propaganda spread by its enemies.", [])]
    built = build_claims(rows, [Article("a", "a", "")], REGISTRY, embed=fake_embed, denial_model=NEAREST)
    (claim,) = [c for c in built if c["profile"]["denied_in"]]
    assert claim["profile"]["disputed_by"] == ["Moscow"]


def test_a_denial_may_deny_a_claim_made_only_in_another_article():
    mentions = [record("a", 0, "Belarusian drones struck the depot at Varnik."), record("a", 1, "Firefighters fought the blaze."),
                record("b", 0, "Minsk denied that its drones struck the depot.")]
    dense = fake_embed([m["text"] for m in mentions])
    assert link_candidates(mentions, [0, 1, 2], dense, fake_embed, across=1) == {2: [0]}  # the most alike of article a
    assert link_candidates(mentions, [0, 1, 2]) == {}  # without vectors: only its own article
    rows = link_features(mentions, 2, [0], fake_embed)
    assert rows[0, FEATURES.index("same_article")] == 0 and rows[0, FEATURES.index("log_distance")] == 0
    assert denial_links(mentions, [0, 1, 2], fake_embed, BY_NAME, dense) == [(2, 0)]


@pytest.mark.parametrize("text", [  # found by the code review of round 32
    "The Kremlin has not denied the report.",
    "Moscow did not deny the reports.",
    "Moscow could hardly deny that its ships were there.",
    "Officials say Moscow denied the report.",
    "The denial came as Moscow denied the report.",
    "After Moscow denied the report, Kyiv released photos.",
    "While Moscow denies the claims, satellite images show damage.",
    "Asked whether Moscow denied it, Peskov said no.",
    "Allegations of shelling were denied by Moscow.",
    "The government's disputed figures show 40 dead.",
    "The court denied bail to the suspect.",
    "Police denied the journalists entry to the site.",
    "Three parties contested the election in March.",
    "The ministry denied the request.",
])
def test_not_denials_from_the_review(text):
    assert denial(text) is None


@pytest.mark.parametrize("text, subject", [
    ("Late on Tuesday, Moscow denied the report.", "Moscow"),
    ("Speaking in Geneva, Lavrov denied the report.", "Lavrov"),
    ("The communication minister, speaking on state television, dismissed reports of a massacre as lies.",
     "The communication minister"),
    ("Moscow denied the peace talks had stalled.", "Moscow"),
    ("Kyiv continues to dispute the figures.", "Kyiv"),
    ("The army denied on Tuesday that its troops had entered the village.", "The army"),
    ("The military has also denied the burning, insisting that it targets only insurgents.", "The military"),
])
def test_denials_from_the_review_and_who_denies(text, subject):
    assert denial(text) is not None
    assert _subject(text) == subject


def test_what_follows_a_back_reference_decides_it():
    assert not refers_back(denial("Kyiv denied that, on Tuesday, its forces shelled the plant."))
    assert refers_back(denial("Moscow denied it, the state news agency TASS reported."))


@pytest.mark.parametrize("text, expected", [
    ("Moscow denies the allegations, which were first reported by the BBC.", ["Moscow"]),  # not the BBC
    ("He denied it.", []),  # a pronoun the article does not resolve names nobody, not the claim's own source
])
def test_the_denier_is_the_subject_not_a_source_named_elsewhere(text, expected):
    rows = [record("a", 0, "Russian artillery shelled the plant on Tuesday, the Ukrainian army said.", ["on_record"]),
            record("a", 1, text, ["on_record"])]
    built = build_claims(rows, [Article("a", "a", "")], load_registry(), embed=fake_embed, denial_model=NEAREST)
    (claim,) = [c for c in built if c["profile"]["denied_in"]]
    assert claim["profile"]["disputed_by"] == expected and "disputed" in claim["profile"]["flags"]


def test_candidates_from_other_articles_in_blocks_match_a_direct_search():
    rng = np.random.default_rng(0)
    mentions, groups = [], []
    for a in range(30):
        for i in range(20):
            text = f"Minsk denied that drones of unit {a} {i} struck the depot." if i % 2 else f"Drones of unit {a} {i} struck."
            mentions.append(record(f"art{a}", i, text))
            groups.append(a * 20 + i)
    dense = rng.normal(size=(len(mentions), 8)).astype(np.float32)
    dense /= np.linalg.norm(dense, axis=1, keepdims=True)
    queries = {}

    def embed(texts):
        return np.array([queries.setdefault(t, rng.normal(size=8).astype(np.float32)) for t in texts])

    found = link_candidates(mentions, groups, dense, embed, across=3)
    assert len(found) == 300  # more than one block of 256 denials
    for k, candidates in found.items():
        m = mentions[k]
        own = [j for j in range(k) if mentions[j]["article"] == m["article"]][-30:]
        others = [j for j in range(len(mentions)) if mentions[j]["article"] != m["article"]]
        query = embed([denial(m["text"]).strip()])[0]
        best = sorted(others, key=lambda j: -float(dense[j] @ query))[:3]
        assert candidates == own + best
