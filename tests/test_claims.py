"""Claims: mention selection, figures, grouping (exact and blocked), origins, claim records."""

import json
import zlib

import numpy as np
import pytest

from annotator import claims
from annotator.claims import attribution, names, settings, speaker
from annotator.claims import (Signature, actions, anchors, build_claims, candidate_pairs, claim_problem, compatible,
                              figures, figures_agree, group, needed_similarity, proposition, signature, years)
from annotator.mentions import MentionFinder
from annotator.readers import Article
from annotator.registry import Registry, Source, load_registry

from .articles import attributions_of

REGISTRY = Registry([
    Source("United Nations", ("United Nations", "UN"), "un_body", "international", "un_figure"),
    Source("OCHA", ("OCHA", "UN humanitarian office"), "un_body", "international", "un_figure", parent="United Nations"),
    Source("Syrian Observatory for Human Rights", ("Syrian Observatory for Human Rights", "the Observatory"),
           "monitor", "opposition", "named_monitor"),
    Source("The Daily Telegraph", ("The Daily Telegraph", "Telegraph"), "outlet", "independent", "media_report"),
    Source("Al-Arabiya", ("Al-Arabiya",), "outlet", "gulf_state", "media_report"),
    Source("SANA", ("SANA",), "news_agency", "pro_regime", "pro_regime_outlet"),
])


STOP = frozenset("a an the of on in to at by for from and or that this was were is are has have had its".split())


def fake_embed(texts):
    """Deterministic bag-of-content-words vectors: sentences sharing words are similar (function
    words left out, as a sentence encoder would weigh them little)."""
    out = np.zeros((len(texts), 64), dtype=np.float32)
    for row, text in enumerate(texts):
        for word in text.lower().replace(",", " ").replace(".", " ").split():
            if word not in STOP:
                out[row, zlib.crc32(word.encode()) % 64] += 1
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def record(article, index, text, labels=(), sources=()):
    return {"id": f"{article}#{index}", "article": article, "index": index, "text": text,
            "labels": list(labels), "sources": list(sources)}


# ----- claim mentions -------------------------------------------------------------------------

@pytest.mark.parametrize("text, labels, problem", [
    ("Leaked recordings reveal militias leading assault on the city", ["leaked_recording"], "no final punctuation"),
    ("What brought the army to the front line this winter?", [], "question"),
    ("Only $100 per year.", [], "fewer than"),
    ("Join our community of readers to get all our reporting and newsletters.", [], "page furniture"),
    ("(Photo by Omar Kadour / AFP via Getty Images).", [], "page furniture"),
    ("A full-scale offensive could cause large-scale destruction and displacement.", [], "speculation"),
    # Fixed: in-body credit, update and link lines became graded claims.
    ("Additional reporting by Reuters in Amman.", ["media_report"], "page furniture"),
    ("This article was updated at 20:10 to add the death toll.", [], "page furniture"),
    ("READ MORE: Archive says more than 60 civilians were killed in Daraa, activists say.", ["anonymous_source"],
     "page furniture"),
])
def test_not_claim_mentions(text, labels, problem):
    assert problem in claim_problem(text, labels)


def test_claim_mentions():
    assert claim_problem("More than 358,000 people have been displaced, according to the United Nations.",
                         ["un_figure"]) is None
    assert claim_problem("The army may have lost 300 soldiers in the battle for the town.", []) is None


# ----- figures and propositions ---------------------------------------------------------------

def test_figures_ignore_dates_and_read_phrasings():
    assert figures("Between 15 and 19 January, more than 38,000 people fled, the UN said.") == {38000}
    assert figures("Since December 1, some 358,000 Syrians have been displaced.") == {358000}
    assert figures("Around 1.9 million people, or 85 percent, since October 2023.") == {1.9e6, 85}
    assert figures("Over ten million fled; one of the largest waves; the M5 road; MQ-9 drones.") == {1e7}
    assert figures("It has been supporting the regime since 2013 in a two-front battle.") == frozenset()
    # Fixed: "Twenty-seven" stated no figure, so it could merge with "34 killed".
    assert figures("Twenty-seven people died; forty five thousand fled.") == {27, 45000}


def test_figures_agree_within_rounding_only():
    assert not figures_agree(frozenset({358000}), frozenset({38000}))
    assert figures_agree(frozenset({358000}), frozenset({360000}))
    assert figures_agree(frozenset({358000}), frozenset())


def test_proposition_drops_the_attribution_clause():
    assert proposition("At least 11,300 people were killed in the city, according to the Red Crescent.") == \
        "At least 11,300 people were killed in the city."
    assert proposition("The Libyan Red Crescent said 11,300 people had died in Derna.") == \
        "11,300 people had died in Derna."


def test_anchors_fold_demonyms_capitals_and_backed_forms():
    assert anchors("Iran-backed militias and Iranian soldiers, sent by Tehran, fought near Saraqib.") == {"IRAN", "saraqib"}
    assert anchors("The RSF seized the army's main base in El Fasher in June.") == {"rsf", "el", "fasher"}
    assert anchors("In March the army retreated.") == frozenset()  # first word, month: not anchors
    # regression: a later module-level pattern of the same name once replaced the one anchors read
    assert anchors("Troops left N'Djamena for the U.S.-backed base at Sa'ada.") == {"CHAD", "USA", "sa'ada"}
    assert actions("Militiamen are spearheading the assault and have captured two villages.") == {"LEAD", "ATTACK",
                                                                                                   "CAPTURE"}


def test_years_guard_events_of_different_years():
    assert years("Islamic State seized the city in June 2014 and held it until 2017.") == {"2014", "2017"}
    assert years("Refugees of the 1990s; 2,000 people; $2019 in aid.") == frozenset()
    assert not compatible(signature("Troops entered the town in 2015."), signature("Troops entered the town in 2020."))
    assert compatible(signature("Troops entered the town in 2015."), signature("Troops entered the town."))


def test_a_shared_anchor_and_action_lower_the_similarity_needed():
    lead = signature("Iranian militias are spearheading the assault on the town.")
    shock = signature("The Iran-backed division is leading the offensive, commanders said.")
    other = signature("Iranian diplomats met their Turkish counterparts in Ankara.")
    figure = signature("The Iranian offensive has displaced 358,000 people.")
    assert needed_similarity(lead, shock, 0.5, 0.2, 0.15) == pytest.approx(0.35)
    assert needed_similarity(lead, other, 0.5, 0.2, 0.15) == 0.5  # no shared kind of action
    assert needed_similarity(lead, figure, 0.5, 0.2, 0.15) == 0.5  # only one states a figure
    vectors = unit([1, 0], [0.6, 0.8])  # similarity 0.6
    assert group(vectors, None, 0.7, 0.2, [lead, shock], anchor_bonus=0.15) == [0, 0]
    assert group(vectors, None, 0.7, 0.2, [lead, other], anchor_bonus=0.15) == [0, 1]


def test_years_that_disagree_never_merge_even_through_a_bridge():
    vectors = unit([1, 0.05, 0], [1, 0, 0], [1, 0, 0.05])
    signatures = [Signature(years=frozenset({"2015"})), Signature(), Signature(years=frozenset({"2020"}))]
    labels = group(vectors, None, 0.9, 0.2, signatures)
    assert labels[0] != labels[2]


# ----- grouping -------------------------------------------------------------------------------

def unit(*rows):
    v = np.array(rows, dtype=np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_disagreeing_figures_never_merge_even_through_a_bridge():
    vectors = unit([1, 0.05, 0], [1, 0, 0], [1, 0, 0.05])
    labels = group(vectors, [frozenset({358000}), frozenset(), frozenset({38000})], threshold=0.9)
    assert labels[0] != labels[2]


def test_average_linkage_does_not_chain():
    # A~B and B~C are close, A and C are not: single linkage would join all three
    vectors = unit([1, 0, 0], [0.8, 0.6, 0], [0.28, 0.96, 0])
    assert group(vectors, [frozenset()] * 3, threshold=0.75, figure_bonus=0) == [0, 0, 2]


def test_a_shared_figure_lowers_the_similarity_needed():
    vectors = unit([1, 0], [0.6, 0.8])  # similarity 0.6
    none = [frozenset(), frozenset()]
    same = [frozenset({358000}), frozenset({358000})]
    assert group(vectors, none, threshold=0.7, figure_bonus=0.2) == [0, 1]
    assert group(vectors, same, threshold=0.7, figure_bonus=0.2) == [0, 0]


def clustered(n, dims=32, seed=1):
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(n // 4, dims))
    v = np.repeat(centres, 4, axis=0) + 0.05 * rng.normal(size=(n, dims))
    return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)


def test_blocked_candidates_match_exact_pairs_on_clustered_data(monkeypatch):
    vectors = clustered(400)
    exact = set(zip(*[a.tolist() for a in candidate_pairs(vectors, 0.9)[:2]]))
    monkeypatch.setattr(settings, "EXACT_LIMIT", 50)
    blocked = set(zip(*[a.tolist() for a in candidate_pairs(vectors, 0.9)[:2]]))
    assert blocked <= exact and len(blocked) >= 0.95 * len(exact)
    assert len(exact) == 400 // 4 * 6  # each cluster of 4 gives 6 pairs


def test_grouping_is_deterministic(monkeypatch):
    monkeypatch.setattr(settings, "EXACT_LIMIT", 50)
    vectors, figs = clustered(200), [frozenset()] * 200
    assert group(vectors, figs, 0.9) == group(vectors.copy(), figs, 0.9)


# ----- origins --------------------------------------------------------------------------------

def origins_of(rows, articles=None):
    articles = articles or [Article(a, a, "") for a in dict.fromkeys(r["article"] for r in rows)]
    built = build_claims(rows, articles, REGISTRY, embed=fake_embed)
    assert len(built) == 1, [c["text"] for c in built]
    return built[0]


LEAK = "militia fighters are directing the assault on the town of Tamanah"


def test_one_exclusive_repeated_by_three_outlets_is_one_origin():
    claim = origins_of([
        record("a", 0, f"Recordings leaked to the Telegraph show {LEAK}.", ["leaked_recording"]),
        record("b", 0, f"Intercepted radio traffic shows {LEAK}, a Telegraph exclusive reports.", ["media_report"]),
        record("c", 0, f"The Daily Telegraph published leaked recordings showing {LEAK}.",
               ["leaked_recording", "media_report"]),
    ])
    assert claim["profile"]["independent_origins"] == 1
    assert claim["profile"]["origins"][0]["name"] == "leaked recordings"
    assert claim["profile"]["origins"][0]["via"] == ["The Daily Telegraph"]
    assert "3 publishers (3 counted by article id: no publisher given)" in claim["explanation"]


def test_relay_chains_resolve_to_the_deepest_origin():
    text = "the government forces shelled the market in the town of Ariha on Sunday"
    claim = origins_of([
        record("a", 0, f"A military source told SANA that {text}.", ["anonymous_source", "pro_regime_outlet"]),
        record("b", 0, f"Al-Arabiya reported, citing Turkish intelligence, that {text}.", ["on_record", "media_report"]),
        record("c", 0, f"The UN humanitarian office said {text}.", ["un_figure"]),
        record("d", 0, f"The United Nations said {text}.", ["un_figure"]),
    ])
    names = {o["name"]: o for o in claim["profile"]["origins"]}
    # the military source SANA relays is unnamed, so it adds no origin beside named ones
    assert set(names) == {"Turkish intelligence", "United Nations (OCHA)"}
    assert names["Turkish intelligence"]["via"] == ["Al-Arabiya"]
    assert names["United Nations (OCHA)"]["mentions"] == 2  # OCHA and the UN are one origin
    assert claim["grade"] == "strong"


def test_back_references_take_the_last_source_of_that_type_in_the_article():
    rows = [record("a", 0, "The Syrian Observatory for Human Rights counted the dead on Monday.", ["named_monitor"]),
            record("a", 1, "Fourteen villages near the dam were captured by the rebels, the monitor said.",
                   ["named_monitor"], [{"label": "named_monitor", "text": "the monitor", "start": 60, "end": 71,
                                        "source": None}]),
            record("b", 0, "Rebels captured fourteen villages near the dam, the Observatory said.", ["named_monitor"])]
    built = build_claims(rows, [Article("a", "a", ""), Article("b", "b", "")], REGISTRY, embed=fake_embed)
    claim = next(c for c in built if len(c["mentions"]) == 2)
    assert [o["name"] for o in claim["profile"]["origins"]] == ["Syrian Observatory for Human Rights"]


def test_anonymous_only_claims_are_flagged_and_count_once():
    text = "the commander of the brigade was killed in an air strike near the airport"
    claim = origins_of([record(x, 0, f"Sources said {text}.", ["anonymous_source"]) for x in "abcdef"])
    assert claim["profile"]["independent_origins"] == 1  # nothing shows six outlets' sources are six
    assert claim["profile"]["origins"][0]["mentions"] == 6
    assert "anonymous_only" in claim["profile"]["flags"]
    assert claim["grade"] == "weak"


def test_an_unnamed_source_adds_no_origin_beside_a_named_one():
    text = "the commander of the brigade was killed in an air strike near the airport"
    named = [record("a", 0, f"The Syrian Observatory for Human Rights said {text}.", ["named_monitor"])]
    claim = origins_of(named + [record("b", 0, f"Officials said {text}.", ["anonymous_source"]),
                                record("c", 0, f"A spokesman said {text}.", ["on_record"])])
    assert claim["profile"]["independent_origins"] == 1
    assert claim["profile"]["origins"][0]["name"] == "Syrian Observatory for Human Rights"
    assert claim["profile"]["origins"][0]["mentions"] == 3
    # an unnamed source is not another name of the origin it is scored as
    ministry = origins_of(named + [stated("c", f"The opposition health ministry said {text}.")])
    assert ministry["profile"]["origins"][0]["also_named"] == []
    assert claim["score"] == origins_of(named)["score"]  # scored as the named origin: not weakened
    unnamed = origins_of([record("b", 0, f"Sources said {text}.", ["anonymous_source"]),
                          record("c", 0, f"A spokesman said {text}.", ["on_record"])])
    assert unnamed["profile"]["independent_origins"] == 1


def test_an_unnamed_source_relayed_by_an_outlet_is_one_origin_with_the_outlets_own():
    # Fixed: "A military source said" in SANA's story and "A military source told SANA" elsewhere
    # were "2 independent origins".
    text = "army units destroyed two weapons depots near the town of Kafr Zita on Tuesday"
    rows = [record("sana", 0, f"A military source said {text}.", ["anonymous_source"]),
            record("rt", 0, f"A Syrian military source told SANA {text}.", ["anonymous_source", "pro_regime_outlet"])]
    claim = origins_of(rows, [Article("sana", "sana", "", publisher="SANA"), Article("rt", "rt", "", publisher="RT")])
    assert claim["profile"]["independent_origins"] == 1
    assert claim["profile"]["origins"][0]["name"] == "anonymous source (in SANA; via SANA)"
    assert "anonymous_only" in claim["profile"]["flags"]
    one = origins_of(rows[1:], [Article("rt", "rt", "", publisher="RT")])["profile"]["origins"][0]
    assert (one["name"], one["via"]) == ("anonymous source", ["SANA"])


def test_written_variants_of_one_speakers_name_are_one_origin():
    text = "the town had fallen to government forces after a week of heavy fighting"
    claim = origins_of([record("a", 0, f"Russia's Defence Ministry said {text}.", ["on_record"]),
                        record("b", 0, f"The Defence Ministry said {text}.", ["on_record"])])
    assert claim["profile"]["independent_origins"] == 1


STATE_CLAIM = "the town had fallen to government forces after a week of heavy fighting"


def said(article, speaker):
    """An on-record sentence with the speaker span the mention finder gives it."""
    return record(article, 0, f"{speaker} said {STATE_CLAIM}.", ["on_record"],
                  [MentionFinder(REGISTRY).find(f"{speaker} said {STATE_CLAIM}.", ["on_record"])["on_record"].to_dict()])


def test_organs_of_one_state_are_one_origin():
    claim = origins_of([said("a", "Uganda's army"), said("b", "The Ugandan government"), said("c", "Kampala")])
    assert claim["profile"]["independent_origins"] == 1


def test_two_states_or_a_rival_claimant_are_not_merged():
    assert origins_of([said("a", "Uganda's army"), said("b", "Rwanda's army")])["profile"]["independent_origins"] == 2
    rival = origins_of([said("a", "Libya's internationally recognised government"), said("b", "The Libyan army")])
    assert rival["profile"]["independent_origins"] == 2


def test_an_unnamed_speaker_adds_no_origin_beside_a_leak():
    claim = origins_of([record("a", 0, f"Leaked recordings show {LEAK}.", ["leaked_recording"]),
                        record("b", 0, f"A spokesman said {LEAK}.", ["on_record"])])
    assert claim["profile"]["independent_origins"] == 1
    assert claim["profile"]["origins"][0]["name"] == "leaked recordings"


@pytest.mark.parametrize("text, name", [
    ("The Arabia Conflict Monitor, which tracks fighting in Yemen, said {}.", "Arabia Conflict Monitor"),
    ("{}, according to the Kivu Security Tracker.", "Kivu Security Tracker"),
    ("Truth Hounds, a Ukrainian monitor whose teams document abuses, said {}.", "Truth Hounds"),
    ("An arms monitoring group, the Caucasus Weapons Monitor, said {}.", "Caucasus Weapons Monitor"),
    ("The Hauran Documentation Archive, a group based in Amman, said {}.", "Hauran Documentation Archive"),
])
def test_an_unregistered_monitor_is_named_and_counted(text, name):
    # Fixed miscount: a monitor the registry lacks was an unnamed source, so it added no origin
    # beside a named one.
    claim = origins_of([record("a", 0, text.format(STATE_CLAIM), ["named_monitor"]),
                        said("b", "Colonel Hassan Idris")])
    assert sorted(o["name"] for o in claim["profile"]["origins"]) == sorted([name, "Colonel Hassan Idris"])


def test_a_place_before_a_monitor_that_speaks_is_not_its_name():
    # Fixed: "... in Daraa on Saturday, a war monitor said" named a monitor "Daraa on Saturday".
    assert attribution._monitor("Shelling killed 23 people in Daraa on Saturday, a war monitor said.") is None


def test_the_monitor_refers_back_to_an_unregistered_monitor_but_not_he_said():
    article = attribution._Article("a")
    first = record("a", 0, "The Lake Chad Conflict Monitor logged four clashes near Dikwa.", ["named_monitor"])
    assert claims.attributions(first, REGISTRY, article)[0].speaker_name == "Lake Chad Conflict Monitor"
    back = record("a", 1, f"The monitor said {STATE_CLAIM}.", ["named_monitor"],
                  [{"label": "named_monitor", "text": "The monitor", "start": 0, "end": 11, "source": None}])
    assert claims.attributions(back, REGISTRY, article)[0].speaker_name == "Lake Chad Conflict Monitor"
    he = record("a", 2, f"He said {STATE_CLAIM}.", ["on_record"],
                [{"label": "on_record", "text": "He", "start": 0, "end": 2, "source": None}])
    assert claims.attributions(he, REGISTRY, article)[0].speaker == ""  # not the monitor
    assert attribution._monitor("The Observatory cautioned that its figures were incomplete.") is None  # refers back


def test_an_organisations_teams_or_staff_are_that_organisation():
    # Fixed miscount (figures audit): "White Helmets" and "Civil defence teams" were two origins.
    helmets = Registry([Source("White Helmets", ("White Helmets", "Syrian Civil Defence"), "ngo", "opposition",
                               "on_record")])
    items = [claims.attributions(stated("a", f"The Syrian Civil Defence said {STATE_CLAIM}."), helmets,
                                 attribution._Article("a"))[0],
             claims.Attribution("on_record", speaker="teams", speaker_name="Civil defence teams")]
    assert len(claims.claim_origins(items, helmets, set())) == 1
    assert names._same_name("Iraqi civil defence teams", "Syrian Civil Defence") is False


def test_an_acronym_and_the_name_it_abbreviates_are_one_origin():
    # Fixed miscount: "the BLA" and "the Baloch Liberation Army" were two origins.
    claim = origins_of([said("a", "The Baloch Liberation Army"), said("b", "The BLA")])
    assert claim["profile"]["independent_origins"] == 1
    assert origins_of([said("a", "The Baloch Liberation Army"),
                       said("b", "The SDF")])["profile"]["independent_origins"] == 2


def test_the_pronoun_us_is_not_the_united_states():
    assert "USA" not in claims.anchors("They shelled us for three days")
    assert "USA" in claims.anchors("US troops shelled the town")


# ----- claim records --------------------------------------------------------------------------

def test_claim_records_are_complete_ordered_and_deterministic():
    rows = [
        record("a", 0, "Islamic Jihad fired the rocket that hit the hospital, Israel said.", ["on_record"]),
        record("a", 1, "Some 358,000 people have fled the province since December, according to the UN.",
               ["un_figure"]),
        record("b", 0, "More than 358,000 people have fled the province since December, the United Nations said.",
               ["un_figure"]),
        record("b", 1, "An additional 38,000 people have fled the province since December, the UN said.",
               ["un_figure"]),
        record("b", 2, "The province lies on the main road between the two largest cities in the north."),
        record("b", 3, "Smoke rises over the city"),
    ]
    articles = [Article("a", "a", "", publisher="Gulf Daily"), Article("b", "b", "")]
    built = build_claims(rows, articles, REGISTRY, embed=fake_embed)
    assert build_claims(rows, articles, REGISTRY, embed=fake_embed) == built
    assert [c["score"] for c in built] == sorted((c["score"] for c in built), reverse=True)
    first = built[0]
    assert {m["sentence_id"] for m in first["mentions"]} == {"a#1", "b#0"}
    assert first["profile"]["publishers"] == [{"name": "Gulf Daily", "by": "publisher"},
                                              {"name": "b", "by": "article id"}]
    assert first["explanation"].startswith("1 independent origin: United Nations; carried by 2 publishers")
    assert first["profile"]["type_counts"]["un_figure"] == 2 and first["profile"]["flags"] == ["single_source"]
    assert first["profile"]["sources"] == [{"name": "United Nations", "kind": "un_body", "leaning": "international"}]
    assert set(first) == {"claim_id", "text", "mentions", "profile", "score", "grade", "explanation"}
    assert built[-1]["grade"] == "unsourced" and built[-1]["profile"]["flags"] == ["unattributed", ]
    assert not any(m["sentence_id"] == "b#3" for c in built for m in c["mentions"])  # headline-like: no claim
    assert json.loads(json.dumps(built)) == built


@pytest.mark.parametrize("mix", [0.0, 0.5, 1.0])
def test_claim_cores_are_exactly_what_grouping_embeds(monkeypatch, mix):
    """The pipeline embeds claim_cores per block and caches them; grouping must then need no
    other text, whatever the proposition mix."""
    monkeypatch.setattr(settings, "PROPOSITION_MIX", mix)
    rows = [record("a", 0, "Some 358,000  people have fled the province, according to the UN.", ["un_figure"]),
            record("a", 1, "Rebels shelled the  eastern districts on Friday night and early Saturday."),
            record("a", 2, "Smoke rises over the city")]
    asked = []
    build_claims(rows, [Article("a", "a", "")], REGISTRY, embed=lambda texts: asked.extend(texts) or fake_embed(texts))
    assert set(asked) == set(claims.claim_cores(rows))


def test_scoring_file_is_used(tmp_path):
    path = tmp_path / "scoring.toml"
    path.write_text("[type_weights]\nun_figure = 0.9\n")
    rows = [record("a", 0, "Some 358,000 people have fled the province, according to the UN.", ["un_figure"])]
    assert build_claims(rows, [Article("a", "a", "")], REGISTRY, scoring_file=path, embed=fake_embed)[0]["score"] == 90


# ----- the seed articles with the real encoder ------------------------------------------------

def test_seed_must_shows_with_the_real_encoder():
    """Gold sentence labels and the shipped registry; the frozen MiniLM encoder."""
    from annotator.claims_eval import gold_label_records
    registry = load_registry()
    sentences, articles = gold_label_records("eval/seeds", "eval/gold/seeds.jsonl", registry)
    built = build_claims(sentences, articles, registry)
    claim_of = {m["sentence_id"]: c for c in built for m in c["mentions"]}
    a, b = "000_b18c05ecd835a501", "001_1abf897007a62d1b"
    assert claim_of[f"{a}#3"] is claim_of[f"{a}#20"]  # 358,000 displaced: one claim
    assert claim_of[f"{a}#21"] is claim_of[f"{b}#18"]  # 38,000 fled western Aleppo: one claim ...
    assert claim_of[f"{a}#21"] is not claim_of[f"{a}#3"]  # ... not merged with the 358,000 one
    for claim in (claim_of[f"{a}#3"], claim_of[f"{a}#21"]):
        assert [o["name"] for o in claim["profile"]["origins"]] == ["United Nations"]
    leaks = [c for c in built if "leaked_recording" in {o["type"] for o in c["profile"]["origins"]}]
    assert all(sum(o["type"] == "leaked_recording" for o in c["profile"]["origins"]) == 1 for c in leaks)
    assert any(len({m["article"] for m in c["mentions"]}) > 1 for c in leaks)  # one leak origin across articles


# ----- development sweep ----------------------------------------------------------------------

def test_sweep_dev_scores_clusters_per_event_and_pairs(tmp_path):
    from annotator.claims_eval import choose_threshold, load_dev_clusters, sweep_dev

    clusters, pairs = tmp_path / "clusters.jsonl", tmp_path / "pairs.jsonl"
    same = "Rebel fighters captured the hilltop village of Tamanah on Sunday."
    clusters.write_text("\n".join(json.dumps(r) for r in [
        {"event": "e1", "claim": "tamanah", "members": [same, same.replace("Sunday", "Sunday morning")]},
        {"event": "e1", "distractors": ["Aid trucks reached the northern camps after a week of delays."]},
        {"event": "e2", "claim": "x", "members": [same, "Rebels took Tamanah village on Sunday."]},
    ]) + "\n")
    pairs.write_text(json.dumps({"a": same, "b": "Aid trucks reached the camps.", "same": False}) + "\n")
    assert {e: len(t) for e, (t, _) in load_dev_clusters(clusters).items()} == {"e1": 3, "e2": 2}
    rows = sweep_dev(clusters, pairs, fake_embed, thresholds=[0.5, 1.5])  # 1.5: nothing merges
    loose, strict = rows
    assert loose["clusters"]["tp"] >= 1 and loose["clusters"]["fp"] == 0  # e1 and e2 are never mixed
    assert strict["clusters"]["tp"] == 0 and strict["clusters"]["fn"] == 2
    assert loose["pairs"]["fp"] == 0 and 0 <= loose["mean_f1"] <= 1
    assert choose_threshold(rows, key="mean_f1") in (0.5, 1.5)


def test_lexical_sketch_equals_sklearn_tfidf_sketched():
    import zlib

    from scipy.sparse import csr_matrix
    from sklearn.feature_extraction.text import TfidfVectorizer

    from annotator.claims import SKETCH_DIMS, lexical_sketch

    texts = ["Shelling killed 12 people in the town, the monitor said.", "The the and of.",
             "Twelve people were killed by shelling in the town on Sunday.", "Aid convoys reached the town."]
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
    tfidf = vectorizer.fit_transform(texts)
    hashes = np.array([zlib.crc32(w.encode()) for w in vectorizer.get_feature_names_out()], dtype=np.int64)
    sketch = csr_matrix((np.where(hashes >> 31 & 1, 1.0, -1.0), (np.arange(len(hashes)), hashes % SKETCH_DIMS)),
                        shape=(len(hashes), SKETCH_DIMS))
    expected = (tfidf @ sketch).toarray()
    norms = np.linalg.norm(expected, axis=1, keepdims=True)
    expected = np.divide(expected, norms, out=np.zeros_like(expected), where=norms > 0)
    np.testing.assert_allclose(lexical_sketch(texts), expected, atol=1e-6)
    assert not lexical_sketch(["The and of."]).any()


def test_a_subject_past_an_apposition_is_the_speaker_not_the_last_source():
    text = "the killings amounted to genocide and commanders would be held accountable"
    rows = [record("a", 0, "Russia's defence ministry denied that its troops had harmed civilians.", ["on_record"]),
            record("a", 1, f"President Volodymyr Zelenskiy, who toured the town on Monday, said {text}.", ["on_record"]),
            record("b", 0, f"President Volodymyr Zelensky told reporters that {text}.", ["on_record"])]
    article = attribution._Article("a")
    claims.attributions(rows[0], REGISTRY, article)
    found = claims.attributions(rows[1], REGISTRY, article)
    assert found[0].speaker_name == "President Volodymyr Zelenskiy" and found[0].source is None
    items = found + claims.attributions(rows[2], REGISTRY, attribution._Article("b"))
    assert len(claims.claim_origins(items, REGISTRY, set())) == 1  # two spellings, one speaker


@pytest.mark.parametrize("text, name", [
    ("According to Shoigu, the enemy lost more than 1,500 servicemen in a day.", "Shoigu"),
    ("Even US President Joe Biden acknowledged that the town fell for lack of ammunition.", "US President Joe Biden"),
    ("President Joe Biden was blunt about the cause, saying that the town fell for lack of ammunition.",
     "President Joe Biden"),
])
def test_a_named_speaker_in_the_sentence_is_not_read_as_the_last_source(text, name):
    article = attribution._Article("a")
    claims.attributions(record("a", 0, "Russia's defence ministry denied the report.", ["on_record"]), REGISTRY, article)
    found = claims.attributions(record("a", 1, text, ["on_record"]), REGISTRY, article)
    assert found[0].speaker_name == name and found[0].source is None


def test_according_to_a_possessive_is_not_a_speakers_name():
    assert attribution._speaker({"text": "The army held the line, according to Rwanda's defence ministry.",
                            "sources": []}, REGISTRY) == ("", "")


@pytest.mark.parametrize("text, cited", [
    ("The coalition said the depot had been used by SANA crews, a spokesman said.", False),
    ("Strikes continued on Tuesday, according to SANA.", True),
    ("SANA, the state news agency, reported that 12 people were killed.", True),
    ("Twelve people were killed, the agency said, citing the United Nations.", True),
    ("Government forces shelled the offices of Al-Arabiya in the city on Monday.", False),
    # Fixed: present tense, a parenthesised acronym and a second source after "and" were not cues.
    ("The Syrian Observatory for Human Rights now puts the toll at 34.", True),
    ("The UN Office for the Coordination of Humanitarian Affairs (OCHA) said 12,000 had fled.", True),
    ("Seven people were killed, according to local officials and the United Nations.", True),
])
def test_a_registered_name_counts_as_cited_only_where_a_source_stands(text, cited):
    found = attribution._sources_in(record("a", 0, text), REGISTRY)
    assert bool(found) == cited


def test_a_mention_finder_span_on_an_actor_named_in_the_claim_is_not_its_source():
    text = "The coalition gave SANA crews a deadline to leave the port, which expired on Monday."
    start = text.index("SANA")
    mention = {"label": "pro_regime_outlet", "text": "SANA", "start": start, "end": start + 4, "source": "SANA"}
    assert attribution._sources_in(record("a", 0, text, ["pro_regime_outlet"], [mention]), REGISTRY) == {}
    cited = "The deadline expired on Monday, SANA said."
    start = cited.index("SANA")
    mention = {**mention, "start": start, "end": start + 4}
    assert attribution._sources_in(record("a", 0, cited, ["pro_regime_outlet"], [mention]), REGISTRY) == {
        "pro_regime_outlet": REGISTRY.get("SANA")}


def test_a_second_labelling_is_scored_against_the_first(tmp_path):
    from annotator.claims_eval import evaluate_claims, gold_as_claims

    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps({"claim": "c", "members": ["x#1", "x#2", "y#3"], "origins": ["UN"],
                                 "grade": "moderate"}) + "\n", encoding="utf-8")
    second.write_text(json.dumps({"claim": "c1", "members": ["x#1", "x#2"], "origins": ["UN", "SOHR"],
                                  "grade": "strong"}) + "\n" +
                      json.dumps({"claim": "c2", "members": ["y#3", "y#4"], "origins": [],
                                  "grade": "unsourced"}) + "\n", encoding="utf-8")
    report = evaluate_claims(first, gold_as_claims(second))
    assert report["grouping"] == {"precision": 0.5, "recall": 0.3333, "f1": 0.4, "tp": 1, "fp": 1, "fn": 2}
    assert report["per_claim"][0]["predicted_origins"] == 2
    assert (report["grade_exact"], report["grade_within_one"]) == (0.0, 1.0)


def test_claim_agreement_script_names_a_missing_file_without_a_traceback(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "eval" / "claim_agreement.py"
    done = subprocess.run([sys.executable, str(script), "eval/gold/seed-claims.jsonl", str(tmp_path / "none.jsonl")],
                          capture_output=True, text=True, cwd=script.parents[1])
    assert done.returncode == 1
    assert done.stderr.startswith("Error: ") and "none.jsonl" in done.stderr and "Traceback" not in done.stderr


def stated(article, text):
    """An on-record sentence with the mentions the mention finder gives it."""
    found = MentionFinder(REGISTRY).find(text, ["on_record"])
    return record(article, 0, text, ["on_record"], [m.to_dict() for m in found.values()])


@pytest.mark.parametrize("governor", [
    "The Moscow-installed governor of the Zaporizhzhia region, Viktor Lazarenko, wrote on Telegram that",
    "Viktor Lazarenko, the Moscow-installed governor of the Zaporizhzhia region, said",
    "The Russian-installed governor Viktor Lazarenko said",
])
def test_an_official_a_state_installed_is_one_origin_with_that_state(governor):
    # Round 31 user audit: the installed governor and Russia's defence ministry were two origins, graded strong.
    claim = origins_of([stated("a", f"{governor} {STATE_CLAIM}."),
                        stated("b", f"Russia's defence ministry said {STATE_CLAIM}.")])
    assert claim["profile"]["independent_origins"] == 1


def test_the_person_after_an_installed_official_is_not_installed():
    # Round 31 code review: the description ran past "and" to the next person.
    (found,) = attributions_of(["The Russian-installed governor Vladimir Saldo and Ukrainian lawmaker Ihor Kolykhaiev "
                                "said the bridge was hit."], REGISTRY)[0]
    assert found.office != "RUSSIA"


def test_an_office_holder_of_no_stated_country_speaks_for_the_claims_one_state():
    # Fixed miscounts: "Defence Minister Sergei Shoigu" and "Moscow", "government spokesman Claude Ntwali"
    # and "Rwanda's government" were two origins each.
    claim = origins_of([stated("a", f"Defence Minister Sergei Shoigu said {STATE_CLAIM}."),
                        stated("b", f"Moscow said {STATE_CLAIM}.")])
    assert claim["profile"]["independent_origins"] == 1
    assert claim["profile"]["origins"][0]["also_named"] == ["Defence Minister Sergei Shoigu"]  # shown, checkable
    assert origins_of([stated("a", f"Rwanda's government said {STATE_CLAIM}."),
                       stated("b", f"On Monday government spokesman Claude Ntwali said {STATE_CLAIM}."),
                       stated("c", f"The army's spokesman, Brig. Paul Rwarakabije, said {STATE_CLAIM}."),
                       stated("d", f"The army spokesman said {STATE_CLAIM}.")]
                      )["profile"]["independent_origins"] == 1


def test_a_spokesman_named_only_by_role_speaks_for_a_state_organ():
    text = f"The army spokesman said {STATE_CLAIM}."
    assert attribution._office(text, "The army spokesman", REGISTRY) == ("?", None, "The army spokesman")
    assert attribution._office(f"Uganda's army spokesman Felix Kulayigye said {STATE_CLAIM}.", "Felix Kulayigye",
                          REGISTRY) == ("UGANDA", None, "")
    assert attribution._office(f"Air force spokesman Yuriy Ihnat said {STATE_CLAIM}.", "Yuriy Ihnat",
                               REGISTRY) == ("?", None, "Air force")
    assert attribution._office(f"Jhon Pardo, a retired sergeant, said {STATE_CLAIM}.", "Jhon Pardo", REGISTRY) == \
        ("", None, "")


def test_only_names_are_listed_as_also_named():
    # Fixed display: unnamed speakers' fragments ("He", "which") were listed as other names of an origin.
    items = [claims.Attribution("on_record", speaker="moscow", speaker_name="Moscow"),
             claims.Attribution("on_record", speaker_name="which"),
             claims.Attribution("on_record", speaker_name="the army spokesman", office="?"),
             claims.Attribution("on_record", speaker="shoigu", speaker_name="Defence Minister Sergei Shoigu", office="?")]
    (origin,) = claims.claim_origins(items, REGISTRY, set())
    assert origin["also_named"] == ["the army spokesman", "Defence Minister Sergei Shoigu"]


def test_an_office_holder_is_not_given_a_state_when_the_claim_names_two():
    claim = origins_of([stated("a", f"Defence Minister Sergei Shoigu said {STATE_CLAIM}."),
                        stated("b", f"Moscow said {STATE_CLAIM}."), stated("c", f"Kyiv said {STATE_CLAIM}.")])
    assert claim["profile"]["independent_origins"] == 3


def test_an_organ_named_without_a_country_is_the_state_the_claim_names():
    # Fixed miscount: "the Prosecutor General's Office" and "Baku" were two origins.
    assert origins_of([stated("a", f"The Prosecutor General's Office said {STATE_CLAIM}."),
                       stated("b", f"Baku said {STATE_CLAIM}.")])["profile"]["independent_origins"] == 1
    # So does a foreign ministry (since round 24: on the development claims, three such pairs were one
    # origin in the gold and none two).
    assert origins_of([stated("a", f"The Foreign Ministry said {STATE_CLAIM}."),
                       stated("b", f"Moscow said {STATE_CLAIM}.")])["profile"]["independent_origins"] == 1


def test_a_seat_of_government_stands_for_its_state_as_a_capital_does():
    # Fixed miscount: "the White House" and "Washington" were two origins.
    assert origins_of([stated("a", f"The White House said {STATE_CLAIM}."),
                       stated("b", f"Washington said {STATE_CLAIM}.")])["profile"]["independent_origins"] == 1
    from annotator.claims.names import _state_of_name

    assert [_state_of_name(n) for n in ("the Elysee Palace", "The Élysée", "Downing Street", "London")] == [
        "FRANCE", "FRANCE", "BRITAIN", "BRITAIN"]


def test_a_source_that_releases_its_own_intercept_is_one_origin_with_it():
    # Fixed miscount: the SBU's published intercept and the SBU were two origins.
    released = record("a", 0, f"The Observatory published intercepted calls showing that {LEAK}.",
                      ["leaked_recording", "named_monitor"])
    repeated = record("b", 0, f"Intercepted calls show that {LEAK}, the Observatory said.",
                      ["leaked_recording", "named_monitor"])
    assert origins_of([released, repeated])["profile"]["independent_origins"] == 1
    leaked = record("a", 0, f"Recordings leaked to the Telegraph show that {LEAK}.", ["leaked_recording"])
    monitor = record("b", 0, f"The Observatory said {LEAK}.", ["named_monitor"])
    assert origins_of([leaked, monitor])["profile"]["independent_origins"] == 2


def test_an_intelligence_service_that_releases_intercepts_is_one_origin_with_them():
    # Round 31 user audit: "Ukraine's military intelligence agency published intercepted calls" counted
    # the calls and the agency as two origins, so one release graded a claim strong.
    released = record("a", 0, f"Ukraine's military intelligence agency published intercepted calls showing that {LEAK}.",
                      ["leaked_recording", "on_record"])
    claim = origins_of([released])
    assert [o["name"] for o in claim["profile"]["origins"]] == ["Ukraine's military intelligence agency (in a)"]
    repeated = record("b", 0, f"Intercepted calls show that {LEAK}.", ["leaked_recording"])
    assert origins_of([released, repeated])["profile"]["independent_origins"] == 1


@pytest.mark.parametrize("text, origins", [
    (f"An internal UN assessment seen by Radio Dabanga says {LEAK}.", 1),
    (f"Confidential UN documents seen by Reuters show {LEAK}.", 1),
    (f"A confidential report by UN experts, obtained by the Telegraph, says {LEAK}.", 1),
    (f"A leaked document drawn up by staff of the UN says {LEAK}.", 1),
    (f"Intercepted calls reviewed by UN investigators show {LEAK}.", 2),
    (f"Intercepted calls reviewed by UN investigators show {LEAK} and caused internal displacement.", 2),
    (f"UN investigators obtained confidential militia documents showing {LEAK}.", 2),
    (f"Leaked footage, which UN investigators classified as authentic, shows {LEAK} on its own.", 2)])
def test_a_leaked_internal_document_is_one_origin_with_its_author(text, origins):
    # Fixed miscount: "an internal UN assessment seen by a newspaper" counted the leak and the UN
    # as two independent origins, so one sentence graded a claim strong; a leak the UN only
    # reviewed or obtained stays an origin of its own.
    claim = origins_of([record("a", 0, text, ["leaked_recording", "un_figure"])])
    assert claim["profile"]["independent_origins"] == origins


@pytest.mark.parametrize("text, name", [
    (f"Recordings leaked to the Telegraph show {LEAK}.", "leaked recordings"),
    (f"A memo obtained by the Telegraph says {LEAK}.", "leaked documents"),
    (f"Leaked calls and a memo show {LEAK}.", "leaked recordings and documents"),
    (f"Leaked material shows {LEAK}.", "leaked material"),
    (f"Recordings leaked to the Telegraph show {LEAK}, according to reports.", "leaked recordings"),
    (f"A memo obtained by Radio Dabanga shows {LEAK}.", "leaked documents"),
    (f"Leaked footage shows {LEAK}, in direct breach of a ceasefire order.", "leaked recordings"),
    (f"The fighters can be heard saying {LEAK}.", "leaked recordings")])
def test_a_leak_origin_is_named_for_what_leaked(text, name):
    # Fixed display: a leaked spreadsheet or memo was named "leaked recordings".
    assert origins_of([record("a", 0, text, ["leaked_recording"])])["profile"]["origins"][0]["name"] == name


def test_a_leak_sentence_naming_no_material_has_the_article_s_last():
    article = attribution._Article("a")
    first, then = (claims.attributions(record("a", k, text, ["leaked_recording"]), REGISTRY, article)[0]
                   for k, text in enumerate([f"Recordings leaked to the Telegraph show {LEAK}.", f'"{LEAK}," one says.']))
    assert first.material == then.material == frozenset({"recordings"})


def test_an_unnamed_origin_is_named_for_its_type_in_plain_words():
    # Fixed display: "unnamed named monitor", "unnamed anonymous source".
    claim = origins_of([record("a", 0, f"The monitor said {LEAK}.", ["named_monitor"])])
    assert claim["profile"]["origins"][0]["name"] == "unnamed monitor (in a)"


@pytest.mark.parametrize("speaker, name", [
    ("The defence ministry", "The defence ministry (in a)"),
    ("The head of the district administration", "The head of the district administration (in a)"),
    ("He", "unnamed on-record source (in a)"),
])
def test_an_origin_identified_only_by_role_is_named_as_written(speaker, name):
    # Fixed display: "the ministry said" read "unnamed on-record source (a)", although the
    # taxonomy counts a role as identified (rule 8).
    claim = origins_of([stated("a", f"{speaker} said {STATE_CLAIM}.")])
    assert claim["profile"]["origins"][0]["name"] == name


REG_KREMLIN = Registry([Source("Kremlin", ("Kremlin", "the Kremlin"), "government", "pro_regime", "on_record")])


def test_a_description_refers_back_only_to_a_source_it_can_be():
    # Fixed: "according to the region's governor" was read as the Kremlin, the last source named.
    article = attribution._Article("a")
    for k, (text, label) in enumerate([("The Kremlin denies that the unit exists.", ["on_record"]),
                                       (f"{STATE_CLAIM}, according to the region's governor.", ["on_record"])]):
        found = claims.attributions(stated("a", text.capitalize()) | {"index": k, "labels": label}, REG_KREMLIN, article)
    assert found[0].source is None and found[0].speaker_name == "the region's governor"
    then = claims.attributions(stated("a", f"{STATE_CLAIM.capitalize()}, the Kremlin's spokesman said."),
                               REG_KREMLIN, article)
    assert then[0].source is not None and then[0].source.name == "Kremlin"


def test_a_speaker_quoted_according_to_an_outlet_is_relayed_by_it():
    # Fixed: "X said ..., according to TASS" made TASS a second origin beside X (and with a one-word
    # name, TASS was read as the speaker).
    tass = Registry([Source("TASS", ("TASS",), "news_agency", "pro_regime", "pro_regime_outlet")])
    found = claims.attributions(record("a", 0, f"Shoigu said {STATE_CLAIM}, according to TASS.",
                                       ["on_record", "pro_regime_outlet"]), tass, attribution._Article("a"))
    assert [(a.type, a.speaker_name, a.via) for a in found] == [("on_record", "Shoigu", ("TASS",))]
    listed = claims.attributions(record("a", 1, "The toll rose to 34, according to the Observatory and SANA.",
                                        ["named_monitor", "pro_regime_outlet"]), REGISTRY, attribution._Article("a"))
    assert sorted(a.type for a in listed) == ["named_monitor", "pro_regime_outlet"]  # two sources, not a relay


@pytest.mark.parametrize("text, speaker", [
    # Fixed: the place at the end of an apposition was read as the speaker.
    ("Dr. Yasser Abazeid, who runs the only field hospital still working in Daraa al-Balad, told SANA the "
     "hospital had no fuel.", "Dr. Yasser Abazeid"),
    # Fixed: the outlet's own description ("Russian state news agency") was read as the speaker.
    ("Russian state news agency SANA quoted the Defence Ministry as saying the depot was hit.", "the Defence Ministry"),
    ("Soleimani was quoted by SANA as saying the offensive would go on until the town fell.", "Soleimani"),
])
def test_the_speaker_an_outlet_quotes_is_the_origin(text, speaker):
    found = claims.attributions(record("a", 0, text, ["on_record", "pro_regime_outlet"]), REGISTRY,
                                attribution._Article("a"))
    assert [(a.speaker_name, a.via) for a in found] == [(speaker, ("SANA",))]


def test_an_air_force_or_navy_named_with_its_country_is_that_states_organ():
    # Fixed: "Ukraine's Air Force" named no state, so its spokesman joined the claim's other state;
    # then, the claim naming two states, he was an origin of his own beside his air force.
    assert names._state_of_name("Ukraine's Air Force") == names._state_of_name("the Ukrainian navy") == "UKRAINE"
    claim = origins_of([stated("a", f"Ukraine's Air Force said {STATE_CLAIM}."),
                        stated("b", f"Air force spokesman Yuriy Ihnat said {STATE_CLAIM}."),
                        stated("c", f"Russia's defence ministry said {STATE_CLAIM}.")])
    assert {o["name"]: o["also_named"] for o in claim["profile"]["origins"]} == \
        {"Ukraine's Air Force": ["Yuriy Ihnat"], "Russia's defence ministry": []}


def test_a_source_named_as_denying_the_claim_is_not_its_origin():
    # Fixed: "..., though Moscow has denied any involvement" listed Moscow as an origin of the strike.
    text = "Russian jets carried out the strike on the market in the town of Tal Sahra"
    claim = origins_of([stated("a", f"{text}, though Moscow has denied any involvement."),
                        record("b", 0, f"{text}, the Syrian Observatory for Human Rights said.", ["named_monitor"])])
    assert [o["name"] for o in claim["profile"]["origins"]] == ["Syrian Observatory for Human Rights"]
    assert claim["profile"]["disputed_by"] == ["Moscow"]
    assert "disputed" in claim["profile"]["flags"] and claim["explanation"].endswith("disputed by Moscow")
    # a denial that is the sentence's own claim keeps its source
    denial = origins_of([stated("a", "The Islamic Jihad movement, which is backed by Iran, denied that its rocket hit "
                                     "the hospital.")])
    assert denial["profile"]["independent_origins"] == 1 and denial["profile"]["disputed_by"] == []


@pytest.mark.parametrize("denial, denier", [
    ("though Lazarenko dismissed the recordings as a fabrication", "Lazarenko"),
    ("though Britain's Ministry of Defence denied it", "Britain's Ministry of Defence"),
    ("a figure the UFR disputes", "the UFR"),
])
def test_a_denier_the_model_gave_no_label_still_disputes_the_claim(denial, denier):
    """See also the test below: what the denier rejects must be the claim."""
    # Round 31 user audit: the sentence's one on-record label went to the claim's source, so the
    # denier named only in the disputing clause was lost and the claim showed no dispute.
    text = "Port officials said the air-defence systems had been moved to Crimea a week before the attack"
    claim = origins_of([record("a", 0, f"{text}, {denial}.", ["on_record"],
                               [{"label": "on_record", "text": "Port officials", "start": 0, "end": 14}])])
    assert claim["profile"]["disputed_by"] == [denier] and "disputed" in claim["profile"]["flags"]
    assert [o["name"] for o in claim["profile"]["origins"]] == ["Port officials"]


@pytest.mark.parametrize("clause, denier", [
    ("while Zelensky dismissed army chief Valery Zaluzhny", None),
    ("while Ukraine rejected Moscow's proposal for talks", None),
    ("though Nabiullina dismissed fears of a recession", None),
    ("though Moscow denied", "Moscow"),
    ("though Moscow has flatly denied any involvement", "Moscow"),
])
def test_a_clause_denying_something_else_does_not_dispute_the_claim(clause, denier):
    # Round 31 code review: any capitalised subject of "dismissed" became a denier of the claim.
    claim = origins_of([record("a", 0, f"The UN said the town had fallen, {clause}.", ["un_figure"])])
    assert claim["profile"]["disputed_by"] == ([denier] if denier else [])


def test_a_sentence_saying_the_claim_could_not_be_verified_hedges_it():
    # Fixed: "Middle East Eye could not independently verify the figure." was dropped as
    # speculation ("could"), so the claim before it was not flagged unverified.
    text = "at least 40 government soldiers were killed in the rebel attack on the Tal Sahra checkpoint"
    assert claim_problem("Middle East Eye could not independently verify the figure.", ["media_report"]) == \
        "verification note (hedges the sentence before)"
    assert claim_problem(f"Rebels said {text}, although this could not be independently verified.", []) is None
    rows = [record("a", 0, f"A security source said {text}.", ["anonymous_source"]),
            record("a", 1, "Middle East Eye could not independently verify the figure.", ["media_report"])]
    (claim,) = build_claims(rows, [Article("a", "a", "")], REGISTRY, embed=fake_embed)
    assert "unverified" in claim["profile"]["flags"]
    assert claim["score"] < origins_of(rows[:1])["score"]  # the hedge penalty applies too
    # a note on figures hedges only a sentence with one; one on something else is a claim of its own
    assert claim_problem("The Kremlin was unable to confirm that Putin would attend the summit.", []) is None
    other = [record("a", 0, f"A security source said {text.replace('at least 40', 'many')}.", ["anonymous_source"]),
             rows[1]]
    (claim,) = build_claims(other, [Article("a", "a", "")], REGISTRY, embed=fake_embed)
    assert "unverified" not in claim["profile"]["flags"]


def test_a_hedged_unnamed_source_folded_into_a_named_origin_does_not_weaken_it():
    # Fixed: residents' "reportedly" lowered the civil defence's own unhedged account.
    text = "a second strike hit the rescuers at the market in the town of Tal Sahra on Thursday"
    named = [record("a", 0, f"The Syrian Observatory for Human Rights said {text}.", ["named_monitor"])]
    claim = origins_of(named + [record("b", 0, f"Officials said {text}, reportedly killing two.", ["anonymous_source"])])
    assert claim["profile"]["independent_origins"] == 1
    assert claim["score"] == origins_of(named)["score"] and not claim["profile"]["origins"][0]["hedged"]
    assert "unverified" in claim["profile"]["flags"]  # the text still says it
    # an outlet relaying the origin does hedge it ("SANA claimed ...")
    told = [record("a", 0, f"Governor Vladimir Saldo told SANA that {text}.", ["on_record", "pro_regime_outlet"])]
    relayed = origins_of(told + [record("b", 0, f"SANA claimed that {text}.", ["pro_regime_outlet"])])
    assert relayed["profile"]["independent_origins"] == 1 and relayed["profile"]["origins"][0]["hedged"]
    assert relayed["score"] < origins_of(told)["score"]


def test_a_trailing_also_or_both_is_not_part_of_a_speakers_name():
    found = claims.attributions(stated("a", f"Kosovo's government also said {STATE_CLAIM}."), REGISTRY,
                                attribution._Article("a"))
    assert found[0].speaker_name == "Kosovo's government"


def test_a_spokesman_of_a_registered_source_is_that_source():
    text = f'"We counted them," the Observatory\'s legal adviser, Rami Abdel Rahman, said, adding that {STATE_CLAIM}.'
    found = claims.attributions(stated("a", text), REGISTRY, attribution._Article("a"))
    assert found[0].source.name == "Syrian Observatory for Human Rights"
    assert found[0].speaker_name == "Rami Abdel Rahman"


def test_a_title_and_a_name_with_a_particle_are_one_speaker():
    # Fixed miscount: "Col. Fadhl al-Marfadi" and "Col. al-Marfadi" were two origins, "Col" and "Fadhl".
    first = "Al-Qaeda planted the bomb on the valley road, the spokesman, Col. Fadhl al-Marfadi, said on Wednesday."
    second = '"Al-Qaeda planted the bomb on the valley road," said Col. al-Marfadi.'
    items = []
    for n, text in enumerate((first, second)):
        finder = MentionFinder(REGISTRY)
        row = record("ab"[n], 0, text, ["on_record"],
                     [m.to_dict() for m in finder.find(text, ["on_record"]).values()])
        items += claims.attributions(row, REGISTRY, attribution._Article("ab"[n]))
    assert [a.speaker_name for a in items] == ["Fadhl al-Marfadi", "Col. al-Marfadi"]
    assert len(claims.claim_origins(items, REGISTRY, set())) == 1


def test_a_named_spokesman_of_an_unregistered_group_is_that_group():
    # Fixed miscount: "TPNPB spokesman Titus Magai" and "the TPNPB" were two origins.
    assert attribution._affiliation(f"TPNPB spokesman Titus Magai said {STATE_CLAIM}.", "Titus Magai") == "TPNPB"
    assert attribution._affiliation(f"Alem Tsegaye, the head of Clearpath, said {STATE_CLAIM}.",
                                    "Alem Tsegaye") == "Clearpath"
    assert attribution._affiliation(f"Jhon Pardo, a retired sergeant, said {STATE_CLAIM}.", "Jhon Pardo") == ""
    claim = origins_of([stated("a", f"Titus Magai, a spokesman for the TPNPB, said {STATE_CLAIM}."),
                        stated("b", f"The TPNPB said {STATE_CLAIM}.")])
    assert claim["profile"]["independent_origins"] == 1
    # generic organs and a role's trailing clause are not a group's name
    assert attribution._affiliation(f"Maj. John Smith, a spokesman for the Government, said {STATE_CLAIM}.",
                                    "Maj. John Smith") == ""
    assert attribution._affiliation(f"Titus Magai, the Army's spokesman, said {STATE_CLAIM}.", "Titus Magai") == ""
    assert attribution._affiliation(f"Titus Magai, a commander of the TPNPB who accused the Army, said "
                                    f"{STATE_CLAIM}.", "Titus Magai") == "TPNPB"
    spokesman = claims.Attribution("on_record", speaker="magai", speaker_name="Titus Magai", affiliation="TPNPB")
    second = claims.Attribution("on_record", speaker="sambom", speaker_name="Sebby Sambom", affiliation="TPNPB")
    group = claims.Attribution("on_record", speaker="tpnpb", speaker_name="The TPNPB")
    other = claims.Attribution("on_record", speaker="wenda", speaker_name="Benny Wenda")
    assert len(claims.claim_origins([group, spokesman], REGISTRY, set())) == 1
    assert len(claims.claim_origins([spokesman, group, other], REGISTRY, set())) == 2
    assert len(claims.claim_origins([spokesman, second, group], REGISTRY, set())) == 1  # whatever the order
    army = claims.Attribution("on_record", speaker="army", speaker_name="The Army")
    arakan = claims.Attribution("on_record", speaker="naing", speaker_name="Khaing Thu Kha", affiliation="Arakan Army")
    assert len(claims.claim_origins([arakan, army], REGISTRY, set())) == 2


WIRE = ["Russian missiles struck the central market of the town of Kostiantynivka on Thursday morning.",
        "At least 17 people were killed and 42 wounded, the regional governor said on his Telegram channel.",
        "Rescue workers were still searching the rubble of the shopping centre late into the evening.",
        "The town lies about 20 kilometres from the front line in the eastern Donetsk region."]


def test_reprints_of_one_wire_story_are_named_in_the_explanation():
    # Fixed display: one AFP story in France 24 and Barron's read as two publishers' reports.
    rows = [record(a, k, t) for a in ("f24", "barrons") for k, t in enumerate(WIRE)]
    rows += [record("kyiv", 0, "Russian missiles struck the central market of Kostiantynivka on Thursday, "
                               "killing at least 17 people, officials said.", ["on_record"]),
             record("kyiv", 1, "The town has been shelled almost daily since the spring, residents say.")]
    assert claims.syndication.same_text(rows) == {"barrons": "f24"}
    articles = [Article(a, a, "", publisher=p) for a, p in (("f24", "France 24"), ("barrons", "Barron's"),
                                                           ("kyiv", "Kyiv Independent"))]
    built = build_claims(rows, articles, REGISTRY, embed=fake_embed)
    market = next(c for c in built if any(m["article"] == "kyiv" for m in c["mentions"]) and len(c["mentions"]) > 1)
    publishers = {p["name"]: p for p in market["profile"]["publishers"]}
    assert publishers["Barron's"]["same_text_as"] == "France 24" and "same_text_as" not in publishers["France 24"]
    assert "(France 24 and Barron's print the same text)" in market["explanation"]


def test_articles_sharing_a_quotation_or_two_are_not_reprints():
    rows = [record(a, k, t) for a in ("x", "y") for k, t in enumerate(WIRE[:2])]
    rows += [record("y", 2 + k, f"Completely different reporting sentence number {k} about another town entirely.")
             for k in range(4)]
    assert claims.syndication.same_text(rows) == {}


# ----- false positives an independent review found in this round's rules ------------------------

def test_a_source_of_the_main_clause_is_not_disputing_because_a_clause_disputes():
    text = "The strike on the market, which Moscow denied carrying out, killed 12 people, the Observatory said."
    found = claims.attributions(stated("a", text) | {"labels": ["named_monitor", "on_record"]}, REGISTRY,
                                attribution._Article("a"))
    assert {a.type: a.disputes for a in found} == {"named_monitor": False, "on_record": True}


def test_a_noun_after_a_registered_name_is_not_a_citation_verb():
    found = attribution._sources_in(record("a", 0, "Rebels shelled SANA posts in the city and ignored calls to "
                                                   "stop, the Observatory said."), REGISTRY)
    assert set(found) == {"named_monitor"}


@pytest.mark.parametrize("text, speaker", [
    ("Foreign Minister Sergei Lavrov said the figures cited in Western media were fabricated.",
     "Foreign Minister Sergei Lavrov"),
    ("Zelensky was dismissed as a puppet, Foreign Ministry spokeswoman Maria Zakharova said.", "Maria Zakharova"),
])
def test_the_speaker_is_not_a_participle_phrase_or_the_subject_of_a_passive(text, speaker):
    assert attribution._speaker({"text": text, "sources": []}, REGISTRY)[1] == speaker


def test_an_archive_in_the_claim_is_not_the_monitor():
    assert attribution._monitor("Files held at the National Archives show 40 people were killed, the Hauran "
                                "Monitoring Group said.") == ("hauran monitoring group", "Hauran Monitoring Group")


def test_a_bare_army_spokesman_does_not_join_a_named_army_of_two_states():
    claim = origins_of([stated("a", f"Russia's army said {STATE_CLAIM}."),
                        stated("b", f"Ukraine's foreign ministry said {STATE_CLAIM}."),
                        stated("c", f"Army spokesman Nazar Voloshyn said {STATE_CLAIM}.")])
    assert {o["name"]: o["also_named"] for o in claim["profile"]["origins"]}["Russia's army"] == []


def test_unnamed_sources_with_different_roles_are_not_named_for_one_of_them():
    claim = origins_of([stated("a", f"The health ministry said {STATE_CLAIM}."),
                        stated("b", f"The rebels said {STATE_CLAIM}.")])
    assert claim["profile"]["origins"][0]["name"] == "unnamed on-record source (in a, b)"


@pytest.mark.parametrize("text", [
    "Reporting by state media suggested 40 people were killed, the monitor said.",
    "Watch: the video shows fighters entering the town, the Observatory said.",
    "The UN said this report has been updated with new casualty figures from the north.",
    "The Pentagon has not confirmed that the drone was shot down over the Red Sea.",
])
def test_claims_that_look_like_furniture_or_notes_are_kept(text):
    assert claim_problem(text, ["named_monitor"]) is None


# ----- round 19: channels, reasons and notes -----------------------------------------------------

def test_a_reason_after_citing_is_not_a_speaker():
    text = "Russia launched the operation in February, citing the need to protect the people of Donbass."
    assert "need" not in attribution._speaker({"text": text, "sources": []}, REGISTRY)[1]
    cited = "The agency reported, citing Defence Minister Ali Haidar, that the town had fallen."
    assert attribution._speaker({"text": cited, "sources": []}, REGISTRY)[1] == "Defence Minister Ali Haidar"


def relayed(article, text):
    """An on-record sentence relayed by an outlet, with the mentions the mention finder gives it."""
    labels = ["on_record", "pro_regime_outlet"]
    found = MentionFinder(REGISTRY).find(text, labels)
    return record(article, 0, text, labels, [m.to_dict() for m in found.values()])


def test_an_official_heard_only_through_state_media_is_pro_regime_only():
    # Fixed: "Moscow-installed official Vladimir Saldo told RIA Novosti" was scored as an ordinary
    # on-record origin, with no flag, because Saldo is in no registry.
    rows = [relayed("a", f"Installed governor Vladimir Saldo told SANA that {STATE_CLAIM}."),
            relayed("b", f"Citing SANA, governor Vladimir Saldo claimed {STATE_CLAIM}.")]
    claim = origins_of(rows)
    assert "pro_regime_only" in claim["profile"]["flags"]
    assert claim["profile"]["origins"][0]["only_via_pro_regime"] is True
    direct = origins_of(rows + [stated("c", f"Governor Vladimir Saldo said {STATE_CLAIM}.")])
    assert "pro_regime_only" not in direct["profile"]["flags"]


def test_a_story_published_by_a_pro_regime_outlet_is_its_channel():
    articles = [Article("a", "a", "", publisher="SANA")]
    claim = origins_of([stated("a", f"The Defence Ministry said {STATE_CLAIM}.")], articles)
    assert "pro_regime_only" in claim["profile"]["flags"]


@pytest.mark.parametrize("text", [
    "Reuters could not independently verify either side's account.",
    "AFP was unable to verify both sides' versions.",
])
def test_notes_about_either_sides_account_are_not_claims(text):
    assert claim_problem(text, ["media_report"]) == "verification note (hedges the sentence before)"


@pytest.mark.parametrize("span, speaker", [
    ("deliveries", ""),                               # the mention finder's stray word
    ("an internal coalition memo seen by PPA", ""),  # the leak itself, not who speaks
    ("a navy document seen by Pravda Frontu", ""),
    ("a Human Rights Watch report", "a Human Rights Watch report"),
    ("a figure the Defence Ministry", ""),             # a reduced relative clause: still the figure
    ("on the sinking of the warship Cheonan", ""),     # a topic, not a speaker
    ("the military leadership has also", "the military leadership"),
    ("aid agencies", "aid agencies"),
    ("al-Shabaab", "al-Shabaab"),
])
def test_a_speaker_from_the_mention_span_must_name_a_source(span, speaker):
    text = "In the east, deliveries of air defence systems have been slow and more are needed."
    found = attribution._speaker({"text": text, "sources": [{"label": "on_record", "text": span}]}, REGISTRY)
    assert found[1] == speaker


def test_a_named_person_taking_a_stance_does_not_inherit_the_last_official():
    # Fixed: "Donetsk regional governor Vadym Filashkin rejected the Russian account." (no speaker
    # the regexes can read) was credited to the Russian ministry named two sentences before.
    article = attribution._Article("a")
    ministry = Source("Russian defence ministry", ("Russian defence ministry",), "government", "pro_regime",
                      "on_record", country="RU")
    registry = Registry([*REGISTRY.by_name.values(), ministry])
    first = "The Russian defence ministry said its forces had struck a deployment point."
    claims.attributions(record("a", 0, first, ["on_record"],
                               [MentionFinder(registry).find(first, ["on_record"])["on_record"].to_dict()]),
                        registry, article)
    found = claims.attributions(record("a", 1, "Donetsk regional governor Vadym Filashkin rejected the Russian "
                                              "account.", ["on_record"]), registry, article)
    assert [a.source for a in found] == [None]


def test_a_day_after_a_monitors_name_is_not_part_of_it():
    assert attribution._monitor("Eleven people were killed, the Hauran Documentation Archive on Saturday said.")[1] \
        == "Hauran Documentation Archive"


def test_a_note_on_the_claims_made_by_either_side_is_not_a_claim():
    assert claim_problem("Al Jazeera could not independently verify the claims made by either side.", []) \
        == "verification note (hedges the sentence before)"


def test_an_unregistered_organ_leans_as_its_states_registered_organs():
    ministry = Source("Russian defence ministry", ("Russian defence ministry",), "government", "pro_regime",
                      "on_record", country="RU")
    registry = Registry([*REGISTRY.by_name.values(), ministry])
    text = f"Russia said {STATE_CLAIM}."
    row = record("a", 0, text, ["on_record"], [m.to_dict() for m in MentionFinder(registry).find(text, ["on_record"]).values()])
    built = build_claims([row], [Article("a", "a", "")], registry, embed=fake_embed)
    assert built[0]["profile"]["origins"][0]["leaning"] == "pro_regime"
    assert "pro_regime_only" in built[0]["profile"]["flags"]


def test_a_description_of_the_monitor_is_the_monitor_not_a_second_speaker():
    # Fixed: "The Britain-based group said ..." after the Observatory was named counted the
    # description as an on-the-record origin beside the Observatory.
    article = attribution._Article("a")
    first = "Shelling killed 11 civilians, the Syrian Observatory for Human Rights said."
    finder = MentionFinder(REGISTRY)
    claims.attributions(record("a", 0, first, ["named_monitor"],
                               [m.to_dict() for m in finder.find(first, ["named_monitor"]).values()]), REGISTRY, article)
    text = "The Britain-based group said the shells were fired by the army's Fourth Division."
    found = claims.attributions(record("a", 1, text, ["named_monitor", "on_record"],
                                       [m.to_dict() for m in finder.find(text, ["named_monitor", "on_record"]).values()]),
                                REGISTRY, article)
    assert [(a.type, a.source.name if a.source else None) for a in found] == \
        [("named_monitor", "Syrian Observatory for Human Rights")]


def test_the_group_added_refers_back_to_an_unregistered_monitor():
    # Fixed: "..., the group added." after the Hauran Documentation Archive was named (no
    # mention span) left the monitor unnamed, so it joined another claim's Observatory.
    article = attribution._Article("a")
    first = "The Hauran Documentation Archive, a documentation group based in Irbid, said 11 civilians were killed."
    claims.attributions(record("a", 0, first, ["named_monitor"]), REGISTRY, article)
    found = claims.attributions(record("a", 1, "The shells were fired from positions near the silos, the group added.",
                                       ["named_monitor"]), REGISTRY, article)
    assert [a.speaker_name for a in found] == ["Hauran Documentation Archive"]


def test_a_named_officials_state_comes_from_an_apposition_or_an_earlier_sentence():
    # Fixed: "Maj. Wanjala said", after "KDF spokesman Maj. Peter Wanjala", and "Brig. Kirui, the
    # Kenyan sector commander," spoke for no state, so the Kenyan army counted as three origins.
    kdf = Source("Kenya Defence Forces", ("Kenya Defence Forces", "KDF"), "military", "unknown", "on_record", country="KE")
    registry = Registry([*REGISTRY.by_name.values(), kdf])
    assert attribution._office(f"Brig. Samuel Kirui, the Kenyan sector commander, said {STATE_CLAIM}.",
                               "Brig. Samuel Kirui", registry) == ("KENYA", None, "")
    assert attribution._office(f"Oleg Petrov, a Russian prisoner of war, said {STATE_CLAIM}.", "Oleg Petrov",
                               registry) == ("", None, "")
    article = attribution._Article("a")
    first = f"KDF spokesman Maj. Peter Wanjala said {STATE_CLAIM}."
    claims.attributions(record("a", 0, first, ["on_record"]), registry, article)
    later = claims.attributions(record("a", 1, "Maj. Wanjala said no Kenyan soldier had been killed.", ["on_record"]),
                                registry, article)
    assert [(a.speaker_name, a.source.name if a.source else None) for a in later] == \
        [("Maj. Wanjala", "Kenya Defence Forces")]


def test_organs_of_states_outside_the_grouping_table_are_one_origin():
    # Fixed: "Mexico's defence ministry" named no state the grouping table knows, so it and
    # "the Secretariat of National Defence" counted as two origins.
    assert names._state_of_name("Mexico's defence ministry") == "MEXICO"
    assert names._state_of_name("Sri Lanka's Defence Ministry") == "SRI_LANKA"
    assert origins_of([stated("a", f"Mexico's defence ministry said {STATE_CLAIM}."),
                       stated("b", f"The Secretariat of National Defence said {STATE_CLAIM}.")]
                      )["profile"]["independent_origins"] == 1


def test_a_states_side_and_its_old_federal_name_are_that_state():
    # Round 28: "the Russian side" beside Russia's defence ministry, and "the Yugoslav army" beside
    # "Belgrade", were two origins of one state.
    assert names._state_of_name("the Russian side") == "RUSSIA"
    assert names._state_of_name("The Yugoslav army") == names._state_of_name("Belgrade") == "SERBIA"
    assert origins_of([stated("a", f"The Yugoslav army said {STATE_CLAIM}."),
                       stated("b", f"Belgrade said {STATE_CLAIM}.")])["profile"]["independent_origins"] == 1


@pytest.mark.parametrize("text, state", [("the ISPR said", "PAKISTAN"), ("The RDF warned", "RWANDA"),
                                         ("MINUSCA said", None), ("the Federal Security Service said", "RUSSIA")])
def test_the_shipped_registry_knows_state_organs_named_without_their_country(text, state):
    # Fixed: "Pakistan says ..." and "..., the ISPR said" were two origins of one military.
    found = load_registry().find(text)
    assert found and names._source_state(found[0].source) == state


def test_the_general_staff_named_with_its_country_is_an_organ_of_that_state():
    # Fixed: "Ukraine's General Staff" named no state. A bare "the General Staff" is an organ of the
    # claim's one named state, as a bare "Ministry of Defence" is (round 27: right in every
    # development claim whose count this changed; it may be the other side's, tests/test_review_r27.py)
    assert names._state_of_name("Ukraine's General Staff") == "UKRAINE"
    assert names._state_of_name("South Korea's Joint Chiefs of Staff") == "SOUTH_KOREA"
    assert origins_of([stated("a", f"Ukraine's defence ministry said {STATE_CLAIM}."),
                       stated("b", f"The General Staff said {STATE_CLAIM}.")])["profile"]["independent_origins"] == 1


# Found by the round-20 review: rules that merged opposing sides or different people.
def test_councils_of_rival_governments_are_not_state_organs():
    assert names._state_of_name("Libya's Presidential Council") is None
    assert origins_of([stated("a", f"The Libyan National Army said {STATE_CLAIM}."),
                       stated("b", f"Libya's Presidential Council said {STATE_CLAIM}.")]
                      )["profile"]["independent_origins"] == 2


@pytest.mark.parametrize("apposition", ["a Syrian army officer who defected to the rebels", "a Russian mercenary chief",
                                        "a Syrian opposition official", "the Norwegian aid chief",
                                        "a senior Kurdish rebel commander", "a Russian officer taken prisoner"])
def test_an_apposition_gives_a_state_only_to_its_officials(apposition):
    assert attribution._office(f"Col. Ali Hamid, {apposition}, said {STATE_CLAIM}.", "Col. Ali Hamid",
                               REGISTRY) == ("", None, "")


def test_an_earlier_official_with_the_same_surname_lends_no_state_to_another_person():
    kdf = Source("Sudanese army", ("Sudanese army",), "military", "unknown", "on_record", country="SD")
    registry = Registry([*REGISTRY.by_name.values(), kdf])
    article = attribution._Article("a")
    claims.attributions(record("a", 0, f"Sudanese army spokesman Brig. Nabil Abdallah said {STATE_CLAIM}.",
                               ["on_record"]), registry, article)
    later = claims.attributions(record("a", 1, "Mohamed Abdallah, a member of the local resistance committee, said "
                                              "militiamen had looted the hospital.", ["on_record"]), registry, article)
    assert [(a.source, a.office) for a in later] == [(None, "")]


@pytest.mark.parametrize("text, found", [("The Sudan People's Liberation Army in Opposition said", ["SPLA-IO"]),  # no PLA
                                         ("Shabak community leaders said", []), ("a ZSU 23-4 gun", []),
                                         ("the PLA said", ["Chinese People's Liberation Army"])])
def test_new_registry_aliases_do_not_catch_other_entities(text, found):
    assert [m.source.name for m in load_registry().find(text)] == found


def test_a_speaker_after_an_opening_phrase_is_still_a_speaker():
    assert speaker._sourcelike("In his nightly video address Zelensky")
    assert speaker._sourcelike("About 40 aid agencies")


def test_a_conjunction_opening_the_sentence_is_not_part_of_the_speakers_name():
    # Fixed display: "Although John Nott" was an origin's name.
    (found,) = claims.attributions(stated("a", "Although John Nott told the Commons that the cruiser was closing on "
                                               "the task force, officers say it had turned back."),
                                   REGISTRY, attribution._Article("a"))
    assert found.speaker_name == "John Nott"


@pytest.mark.parametrize("text, name", [
    # Fixed: "Whatever Belgrade says" made Belgrade an origin of the writer's own assertion
    ("Whatever Belgrade says, men on the interior ministry's payroll were in the front line of the assault.", ""),
    # Fixed display: "Survivors who" was an origin's name
    ("Survivors who were later released told officials that at least 45 of the detainees had died.", "Survivors"),
    # Fixed display: "the reports" was read as the speech verb of "Eritrea's information ministry dismissed the"
    ("Eritrea's information ministry dismissed the reports as fabrications and said no soldier was deployed there.",
     "Eritrea's information ministry"),
])
def test_a_speaker_name_holds_neither_a_concession_nor_a_clause(text, name):
    found = claims.attributions(stated("a", text), REGISTRY, attribution._Article("a"))
    assert [a.speaker_name for a in found] == [name]


# Round 27: each fixed misreading as one regression.
def test_an_outlet_whose_report_is_dismissed_does_not_back_the_claim():
    text = f"Mismari dismissed a report by the Saudi-owned Al-Arabiya channel, saying {STATE_CLAIM}."
    found = MentionFinder(REGISTRY).find(text, ["media_report"])
    rows = [stated("a", f"The LNA said {STATE_CLAIM}."),
            record("b", 0, text, ["media_report"], [m.to_dict() for m in found.values()])]
    assert [o["name"] for o in origins_of(rows)["profile"]["origins"]] == ["The LNA"]


def test_a_department_named_without_a_country_is_the_named_states():
    assert origins_of([stated("a", f"The Philippine foreign ministry said {STATE_CLAIM}."),
                       stated("b", f"The Department of Foreign Affairs said {STATE_CLAIM}.")]
                      )["profile"]["independent_origins"] == 1


def test_a_spokesman_for_a_states_forces_speaks_for_that_state_by_any_form_of_his_name():
    rows = [stated("a", f"Ukraine's military said {STATE_CLAIM}."),
            stated("a", f"Col. Mykola Hrytsenko, a spokesman for Ukraine's eastern grouping of forces, said {STATE_CLAIM}."),
            stated("b", f"Hrytsenko said {STATE_CLAIM}.")]
    assert origins_of(rows)["profile"]["independent_origins"] == 1


def test_a_title_in_lower_case_before_a_name_is_a_state_office():
    # Fixed: "Ethiopia's communications minister Teklu Asmelash" spoke for no state
    assert origins_of([stated("a", f"Ethiopia's government said {STATE_CLAIM}."),
                       stated("b", f"Ethiopia's communications minister Teklu Asmelash said {STATE_CLAIM}.")]
                      )["profile"]["independent_origins"] == 1
    assert origins_of([stated("a", f"Ethiopia's government said {STATE_CLAIM}."),
                       stated("b", f"Former communications minister Teklu Asmelash said {STATE_CLAIM}.")]
                      )["profile"]["independent_origins"] == 2


def test_a_spokesman_of_the_body_a_description_refers_back_to_is_that_body():
    # Fixed: "Sidi Ahmed Belkhir, the Front's information secretary" was an origin beside the Front
    assert origins_of([stated("a", f"The Polisario Front said {STATE_CLAIM}."),
                       stated("a", f"Sidi Ahmed Belkhir, the Front's information secretary, said {STATE_CLAIM}.")]
                      )["profile"]["independent_origins"] == 1
    # but "the army's spokesman" may be a state's army, not the Arakan Army's
    assert origins_of([stated("a", f"The Arakan Army said {STATE_CLAIM}."),
                       stated("b", f"Maj. Gen. Zaw Min Tun, the army's spokesman, said {STATE_CLAIM}.")]
                      )["profile"]["independent_origins"] == 2


def test_a_source_claiming_is_its_own_account_not_a_hedge():
    # Round 28: "claimed" weakened the one origin that made the claim; on the development stories
    # the graders read "Al-Shabaab claimed the attack" as that group on record, not as a hedge.
    text = "the group's fighters attacked the army base at El Adde before dawn on Friday"
    plain = origins_of([record("a", 0, f"Al-Shabaab said {text}.", ["on_record"])])
    claimed = origins_of([record("a", 0, f"Al-Shabaab claimed {text}.", ["on_record"])])
    assert claimed["score"] == plain["score"] and not claimed["profile"]["origins"][0]["hedged"]
    assert "unverified" in claimed["profile"]["flags"]  # the text still says "claimed"
    hedged = origins_of([record("a", 0, f"Al-Shabaab said {text}, a claim that could not be independently verified.",
                                ["on_record"])])
    assert hedged["score"] < plain["score"]
    unevidenced = origins_of([record("a", 0, f"Al-Shabaab said, without offering evidence, that {text}.", ["on_record"])])
    assert unevidenced["score"] < plain["score"]


@pytest.mark.parametrize("note", ["adding that this had not yet been confirmed", "though this has yet to be verified"])
def test_a_speaker_saying_it_is_not_yet_confirmed_hedges_the_origin(note):
    # Round 31 user audit: "…, Sydorenko said, adding that this had not yet been confirmed" scored as firm.
    text = "The tanker was carrying artillery shells for the garrison in Crimea"
    plain = origins_of([record("a", 0, f"{text}, Oleh Sydorenko said.", ["on_record"])])
    hedged = origins_of([record("a", 0, f"{text}, Oleh Sydorenko said, {note}.", ["on_record"])])
    assert hedged["score"] < plain["score"] and hedged["profile"]["origins"][0]["hedged"]


def test_the_spokesman_is_the_spokesman_named_before_once_the_article_says_for_whom():
    # Round 31 user audit: "The spokesman said" two sentences after "Maj. Gen. X, spokesman of the Y,
    # said" was an unnamed spokesman; on the development stories 1,537 -> 1,540 origins right.
    read = attributions_of(["Major General Kyaw Thura Hlaing, spokesman of the State Security and Peace Commission, "
                            "said the operation had been launched after an attack on a post.",
                            "He said the air force targeted only the camp.",
                            "The spokesman said that reports of a bombed market were fabricated."], REGISTRY)
    assert (read[2][0].speaker_name, read[2][0].affiliation) == ("Major General Kyaw Thura Hlaing",
                                                                 "State Security and Peace Commission")
    # Round 31 code review: not another side's spokesman cited since, one only mentioned, nor a spokeswoman
    for before in (["Yuriy Ihnat, spokesman for Ukraine's air force, said 20 drones were shot down.",
                    "A Russian defence ministry spokesman said 30 drones were destroyed over Crimea."],
                   ["Ukrainian Foreign Minister Dmytro Kuleba said the Kremlin spokesman was lying about the strike."],
                   ["Natalia Humeniuk, spokeswoman for the southern command, said the port was hit."]):
        assert attributions_of([*before, "The spokesman said the attack had failed."], REGISTRY)[-1][0].speaker_name \
            == "The spokesman"
    # a spokesman the article never tied to a body stays some body's spokesman
    read = attributions_of(["Sheikh Ibrahim Qoorsheel, the spokesman, said the village was taken.",
                            "The spokesman said two trucks were seized."], REGISTRY)
    assert read[1][0].speaker_name == "The spokesman"


def test_a_director_described_with_a_clause_is_one_origin_with_his_charity():
    # Round 31 user audit: ", director of the medical charity X, which supports the hospital, said" gave no
    # speaker, and the charity's director and the charity were two origins.
    text = "the maternity wing of the hospital had been destroyed in the second strike"
    claim = origins_of([stated("a", f"Dr Samuel Oduya, director of the medical charity CareLine International, "
                                    f"which supports the hospital, said {text}."),
                        stated("b", f"The charity CareLine International said {text}.")])
    assert [(o["name"], o["also_named"]) for o in claim["profile"]["origins"]] == [
        ("Dr Samuel Oduya", ["CareLine International"])]


@pytest.mark.parametrize("cited", ["a report by Qatar-based broadcaster Al Jazeera", "a report by Al Jazeera"])
def test_an_outlets_report_is_no_on_record_speaker_beside_it(cited):
    # Round 31: "…, according to a report by Saudi-owned news channel X" read "a report by Saudi-owned news
    # channel" as an on-record speaker and counted it beside the outlet (seen in the demo on the seed
    # articles; the rule was checked on invented sentences and the development stories, where no count moved).
    text = f"An influential militant group has called for 50,000 infantrymen to be sent to the front, according to {cited}."
    read = attributions_of([text], load_registry(), ("on_record", "media_report"))[0]
    assert [(a.type, a.speaker_name, a.via) for a in read] == [("on_record", "", ("Al Jazeera",))]
    # a speaker the sentence names is still the origin the outlet relays
    read = attributions_of([f"Rebels said the army shelled the camp, according to {cited}."], load_registry(),
                           ("on_record", "media_report"))[0]
    assert [(a.type, a.speaker_name) for a in read] == [("on_record", "Rebels")]


@pytest.mark.parametrize("text, speaker", [
    ("Among the dead was a 16-year-old student, his uncle Abdul Mannan told Reuters.", "Abdul Mannan"),
    ("At least 31 people were killed, the township administrator Ko Min Htet told Reuters.", "Ko Min Htet"),
    ("Officials told Reuters the town fell.", None),  # no name: the model's label stands
    ("Syrian army officers told Reuters the town fell.", None),
])
def test_a_named_person_who_told_an_outlet_is_the_origin_it_relays(text, speaker):
    # Round 31 user audits: "…, his uncle Abdul Mannan told the Tribune" labelled only media report
    # made the outlet the origin; taxonomy rule 2 counts the speaker and the channel both.
    read = attributions_of([text], load_registry(), ("media_report",))[0]
    if speaker is None:
        assert [(a.type, a.source.name) for a in read] == [("media_report", "Reuters")]
    else:
        assert [(a.type, a.speaker_name, a.via) for a in read] == [("on_record", speaker, ("Reuters",))]


def test_who_released_an_intercept_in_the_passive_is_its_origin():
    # Round 31 user audit: "…, according to intercepted radio traffic released by Mozambique's defence
    # ministry" gave "leaked recordings" and no ministry (development: names 2,144 -> 2,146, counts unchanged).
    read = attributions_of(["Soldiers captured the market on 29 May, according to intercepted radio traffic released "
                            "by Mozambique's defence ministry."], load_registry(), ("leaked_recording", "on_record"))[0]
    speaker = next(a for a in read if a.type == "on_record")
    assert speaker.speaker_name == "Mozambique's defence ministry"
    assert next(a for a in read if a.type == "leaked_recording").released_by == speaker
    # not a person or a thing: "released by the rebels on Monday" names no organ
    read = attributions_of(["The video was released by a local journalist on Monday."], load_registry())[0]
    assert read[0].speaker_name != "a local journalist"


def test_an_outlet_the_registry_lacks_named_as_subject_is_no_back_reference():
    # Round 31 user audit: "Blue Nile Voice reported …" after "…, AFP reported." was read as AFP.
    read = attributions_of(["The shelling killed 12 people, AFP reported.",
                            "Blue Nile Voice reported on Sunday that the shelling began shortly after dawn.",
                            "The newspaper reported that 12 people had died."], load_registry(), ("media_report",))
    assert [[a.source.name if a.source else None for a in r] for r in read] == [
        ["Agence France-Presse"], [None], ["Agence France-Presse"]]


def test_it_refers_back_to_a_body_not_to_the_person_quoted_last():
    # Round 28: "it added" took the imam's son quoted before it as the committee's speaker.
    read = attributions_of(["The State Committee for National Security said a drone struck the mosque.",
                            '"They struck a house of God," said Sayfullo Rahimov, the imam\'s son.',
                            "Claims that Tajik artillery shelled the airport are a fabrication, it added."], REGISTRY)
    assert read[1][0].speaker_name == "Sayfullo Rahimov"
    assert read[2][0].speaker_name != "Sayfullo Rahimov"
    # "he said" still refers back to him
    read = attributions_of(['"They struck a house of God," said Sayfullo Rahimov, the imam\'s son.',
                            "The drone came at the hour of prayer, he said."], REGISTRY)
    assert read[1][0].speaker_name == "Sayfullo Rahimov"


def test_a_person_the_article_calls_the_groups_officer_speaks_for_the_group_named_before():
    # Round 28: "Joanne Liu, the group's international president" after MSF was an origin of her own.
    registry = load_registry()
    read = attributions_of(["MSF said an independent investigation of the strike on its hospital in Kunduz was needed.",
                            '"We cannot rely on an internal military investigation," said Joanne Liu, the group\'s '
                            "international president, demanding an independent investigation of the Kunduz strike."],
                           registry)
    assert read[1][0].affiliation == "Médecins Sans Frontières"
    assert len(claims.claim_origins([a for sentence in read for a in sentence], registry, set())) == 1


@pytest.mark.parametrize("name, group, affiliation, same", [
    ("Bangsamoro officials", {"bangsamoro"}, "Bangsamoro Transition Authority", True),  # round 28
    ("Union officials", {"union"}, "the African Union", False),
    ("Kenyan officials", {"kenyan"}, "Kenyan Defence Forces", False),
    ("National officials", {"national"}, "National Unity Government", False),
    ("Alliance officials", {"alliance"}, "Alliance of Patriots for a Free and Sovereign Congo", False),
])
def test_officials_named_by_a_groups_first_word_are_its_own(name, group, affiliation, same):
    from annotator.claims.origins import _officials_of
    assert bool(_officials_of(name, frozenset(group), affiliation)) is same


def test_a_registered_monitor_labelled_on_record_is_the_monitor_not_a_speaker_named_by_its_last_words():
    # Round 28's third review: "The Syrian Observatory for Human Rights said …", labelled on record,
    # gave a speaker "Human Rights", an origin apart from the monitor.
    registry = load_registry()
    (read,) = attributions_of(["The Syrian Observatory for Human Rights said 17 fighters were killed near Tal Rifaat."],
                              registry)
    assert read[0].source is not None and read[0].source.name == "Syrian Observatory for Human Rights"
    assert read[0].speaker_name == ""


def test_a_claim_says_which_citation_of_an_origin_cited_two_ways_counts(tmp_path):
    from annotator.claims import build_claims
    from annotator.readers import Article
    from annotator.registry import load_registry

    from .test_claims import fake_embed
    from .test_unnamed_apart import said

    text = "the army shelled the market in Kadugli on Sunday, killing at least twelve people"
    rows = [said("a", f"The UN said {text}.", ["un_figure"]),
            said("b", f"An internal UN report leaked to the Guardian says {text}.",
                 ["leaked_recording", "un_figure", "media_report"])]
    articles = [Article("a", "a", ""), Article("b", "b", "")]
    strongest = tmp_path / "strongest.toml"
    strongest.write_text('[combine]\nrepeat = "strongest"\n')
    (weakest,) = build_claims(rows, articles, load_registry(), embed=fake_embed)
    (best,) = build_claims(rows, articles, load_registry(), scoring_file=strongest, embed=fake_embed)
    (origin,) = weakest["profile"]["origins"]
    assert (origin["name"], origin["cited_as"]) == ("United Nations", ["un_figure", "leaked_recording"])
    assert "(cited as UN figure and leaked recording: scored at its weakest)" in weakest["explanation"]
    assert "scored at its strongest" in best["explanation"]
    assert (weakest["score"], best["score"]) == (50, 60)
