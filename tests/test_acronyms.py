"""Acronyms an article spells out as something other than the registry's meaning: "the Armed
Forces of the Philippines (AFP)" makes a later "the AFP said" the military, not the wire agency.
Invented sentences, not from the training data, the development stories or the seeds."""

import numpy as np

from annotator import claims
from annotator.acronyms import article_registry, definitions
from annotator.baselines import RuleClassifier
from annotator.claims import attribution
from annotator.features import mark_sources, with_context
from annotator.mentions import MentionFinder
from annotator.registry import Registry, Source, load_registry
from annotator.taxonomy import LABEL_NAMES

REGISTRY = Registry([
    Source("Agence France-Presse", ("Agence France-Presse", "AFP"), "news_agency", "independent", "media_report"),
    Source("Armed Forces of the Philippines", ("Armed Forces of the Philippines",), "military", "unknown",
           "on_record", "PH"),
    Source("Malian Armed Forces", ("Malian Armed Forces", "FAMa", "Forces Armées Maliennes"), "military", "unknown", "on_record", "ML"),
])
DEFINING = "Troops cleared two more villages on Sunday, the Armed Forces of the Philippines (AFP) said."
LATER = "The AFP said 31 gunmen had been killed since the offensive began."


def test_an_acronym_is_defined_by_the_initials_of_the_name_before_it():
    assert definitions([DEFINING]) == (("AFP", "Armed Forces of the Philippines"),)
    assert definitions(["MANILA (AFP) - Troops cleared two villages."]) == ()  # a dateline defines nothing
    assert definitions(["the rebels (AFP) said"]) == ()


def test_a_redefined_acronym_names_the_articles_source():
    reader = article_registry(REGISTRY, definitions([DEFINING]))
    assert [m.source.name for m in reader.find(LATER)] == ["Armed Forces of the Philippines"]
    assert [m.source.name for m in REGISTRY.find(LATER)] == ["Agence France-Presse"]  # elsewhere, the agency


def test_an_acronym_the_registry_does_not_know_the_full_name_of_names_nothing():
    reader = article_registry(REGISTRY, definitions(["the Armed Forces Press (AFP) said"]))
    assert reader.find(LATER) == []


def test_a_spelling_of_the_registered_source_changes_nothing():
    defined = definitions(["the Forces Armées du Mali (FAMa) said"])
    assert defined == (("FAMa", "Forces Armées du Mali"),)
    assert article_registry(REGISTRY, defined) is REGISTRY


def test_items_carry_their_articles_definitions_and_hints_follow_them():
    items = with_context([DEFINING, LATER, LATER], ["a", "a", "b"])
    assert [d for _, _, d in items] == [(("AFP", "Armed Forces of the Philippines"),)] * 2 + [()]
    assert mark_sources(LATER, REGISTRY, items[1][2]) == LATER.replace("AFP", "AFP (named body)")
    assert mark_sources(LATER, REGISTRY, items[2][2]) == LATER.replace("AFP", "AFP (news outlet)")


def test_rules_read_the_redefined_acronym_as_an_on_record_source():
    rules = RuleClassifier(REGISTRY).fit([LATER], np.zeros((1, len(LABEL_NAMES))))
    later, elsewhere = rules.predict(with_context([DEFINING, LATER, LATER], ["a", "a", "b"]))[1:]
    assert {LABEL_NAMES[i] for i in np.flatnonzero(later)} == {"on_record"}
    assert {LABEL_NAMES[i] for i in np.flatnonzero(elsewhere)} == {"media_report"}


def test_the_mention_finder_reads_each_article_with_its_definitions():
    finder = MentionFinder(REGISTRY)
    finder.new_article(definitions([DEFINING]))
    assert finder.find(LATER, ["on_record"])["on_record"].source.name == "Armed Forces of the Philippines"
    finder.new_article()
    assert finder.find(LATER, ["media_report"])["media_report"].source.name == "Agence France-Presse"


def test_regression_claims_credit_the_military_not_the_wire_agency():
    # Fixed misattribution: in a Philippine story, the army's "the AFP said" was credited to Agence France-Presse.
    records = [{"id": f"a#{i}", "article": "a", "index": i, "text": t, "labels": ["on_record"], "sources": []}
               for i, t in enumerate([DEFINING, LATER])]
    readers = claims.article_readers(records, REGISTRY)
    article = attribution._Article("a")
    found = [a for r in records for a in claims.attributions(r, readers["a"], article)]
    assert {a.source.name for a in found if a.source} == {"Armed Forces of the Philippines"}


def test_regression_the_shipped_model_reads_the_redefined_acronym_as_on_record(default_model):
    items = with_context([DEFINING, LATER], ["a", "a"])
    labels = {LABEL_NAMES[i] for i in np.flatnonzero(default_model.predict(items)[1])}
    assert labels == {"on_record"}
    assert article_registry(load_registry(), items[1][2]) is not load_registry()


def test_a_datelines_capitals_define_nothing_and_a_dateline_stays_the_wire():
    assert definitions(["ISLAMABAD, Pakistan (AP) - Gunmen shot dead two policemen."]) == ()
    text = "ZAMBOANGA, Philippines (AFP) - Five gunmen were killed, the Armed Forces of the Philippines (AFP) said."
    reader = article_registry(REGISTRY, definitions([text]))
    assert [m.source.name for m in reader.find(text)] == ["Agence France-Presse"] + ["Armed Forces of the Philippines"] * 2


def test_words_many_names_hold_do_not_make_a_definition_the_registered_source():
    registry = load_registry()
    text = "Fighters of the Palestine Liberation Army (PLA) fought in Yarmouk."
    assert article_registry(registry, definitions([text])).find("A PLA officer said three were killed.") == []
    assert article_registry(registry, definitions(["The Kenyan Defence Forces (KDF) said it."])) is registry
