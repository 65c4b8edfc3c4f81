"""Misattributions found in round 43 (round 42's review gaps, and audits on Iraqi Kurdistan, Cameroon,
the Central African Republic and Balochistan), each fixed and kept here as a one-sentence regression test."""

import pytest

from annotator.registry import load_registry

from .articles import one_claim_of


@pytest.fixture(scope="module")
def registry():
    return load_registry()


R = ["on_record"]


@pytest.mark.parametrize("former", [
    "Talal Silo, the SDF's former spokesman, said a Turkish drone killed four fighters near Kobani.",
    "A Turkish drone killed four fighters near Kobani, the SDF's former spokesman, Talal Silo, said.",
    "A Turkish drone killed four fighters near Kobani, said Talal Silo, a former commander of the SDF.",
    "A Turkish drone killed four fighters near Kobani, former SDF spokesman Talal Silo said.",
])
def test_a_body_s_former_spokesman_is_no_voice_of_the_body(registry, former):
    # Fixed (round 42's review, 50 for a claim two people stand behind): "the SDF's former spokesman"
    # was the SDF itself, so he and the SDF were one origin.
    claim = one_claim_of([(R, former), (R, "The Syrian Democratic Forces said a Turkish drone killed four fighters near Kobani.")],
                         registry)
    assert claim["profile"]["independent_origins"] == 2


@pytest.mark.parametrize("serving", [
    "Farhad Shami, the SDF's spokesman, said a Turkish drone killed four fighters near Kobani.",
    "A Turkish drone killed four fighters near Kobani, SDF spokesman Farhad Shami said.",
    "The SDF said a Turkish drone killed four fighters near Kobani, including a former commander of the group.",
])
def test_a_serving_spokesman_and_a_body_naming_its_former_men_still_speak_for_it(registry, serving):
    claim = one_claim_of([(R, serving), (R, "The Syrian Democratic Forces said a Turkish drone killed four fighters near Kobani.")],
                         registry)
    assert claim["profile"]["independent_origins"] == 1


def test_a_former_commander_of_a_state_army_is_not_the_state(registry):
    # Fixed (round 42's review): "A former commander of the Somali National Army, Gen. X," was Somalia's
    # officer, one origin with Somalia's government.
    claim = one_claim_of([(R, "A former commander of the Somali National Army, Gen. Indha Adde, said 13 militants were killed in Jilib."),
                          (R, "Somalia's government said 13 militants were killed in Jilib.")], registry)
    assert claim["profile"]["independent_origins"] == 2
