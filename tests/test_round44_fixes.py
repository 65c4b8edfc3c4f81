"""Misattributions found in round 44 (round 43's leftovers, and audits on Mindanao, Nagorno-Karabakh,
Kashmir and Gaza), each fixed and kept here as a one-sentence regression test."""

import pytest

from annotator.registry import load_registry

from .articles import article_attributions


@pytest.fixture(scope="module")
def registry():
    return load_registry()


R = ["on_record"]


def test_the_forces_after_a_group_named_forces_is_that_group(registry):
    # Round 43 left "the forces" read as a state's forces beside an armed group in one reader only; "the
    # army" stays a state's, since the BLA's enemy has one.
    forces = article_attributions([(R, "The Rapid Support Forces said its fighters had taken the town."),
                                   (R, "Its adviser Ali Ahmed told reporters the town was calm."),
                                   (R, "The forces said 40 soldiers had surrendered.")], registry)[-1]
    army = article_attributions([(R, "The Baloch Liberation Army said its fighters had taken the train."),
                                 (R, "Its spokesman Jeeyand Baloch told reporters the train was held."),
                                 (R, "The army said 40 soldiers had surrendered.")], registry)[-1]
    assert forces.source.name == "Rapid Support Forces"
    assert army.source is None and army.speaker_name == "The army"
