"""Misattributions mended in round 49, from round 48's open findings and round 49's audits, each kept here
as a one-sentence regression test: each case is a claim's articles and the origins the auditor counts."""

import pytest

from annotator.registry import load_registry

from .articles import labelled_case, review_case_origins


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("articles, expect", [
    # Mexico's "municipal president" is the town's mayor, named or not
    ((["The mayor of Aguililla, Ernesto Villaseñor Pulido, said 1,250 displaced people were sheltering."],
      ["The municipal president of Aguililla said 1,250 displaced people were receiving food."]), 1),
    ((["The municipal president of Aguililla, Ernesto Villaseñor Pulido, said 1,250 people were sheltering."],
      ["The mayor of Aguililla said 1,250 displaced people were receiving food."]), 1),
    # another town's mayor is another origin
    ((["The municipal president of Aguililla, Ernesto Villaseñor Pulido, said 1,250 people were sheltering."],
      ["The mayor of Tepalcatepec said 1,250 displaced people were receiving food."]), 2),
    # a leader's possessive spokesman speaks for the leader's state; a former leader's for none
    ((["Armenian Prime Minister Aram Petrosyan's spokesman, Narek Vardanyan, said Azerbaijani forces shelled Sotk."],
      ["Armenia's defence ministry said Azerbaijani forces shelled Sotk."]), 1),
    ((["Former Prime Minister Aram Petrosyan's spokesman, Narek Vardanyan, said Azerbaijani forces shelled Sotk."],
      ["Armenia's defence ministry said Azerbaijani forces shelled Sotk."]), 2),
    # an opposition leader's or a paramilitary commander's spokesman is no organ of the state
    ((["Kenyan opposition leader Odhiambo Were condemned the killing of nine protesters in Nairobi, his spokesman "
       "Kevin Otieno said."], ["Kenya's police said nine people died during the protests in Nairobi."]), 2),
    ((["Sudanese paramilitary commander Gen. Abdelrahim Juma ordered the assault on El Fasher's main market, his "
       "spokesman Faris Nour said."], ["Sudan's army said the RSF attacked El Fasher's main market."]), 2),
])
def test_an_audit_claim_counts_the_origins_its_auditor_keyed(registry, articles, expect):
    assert review_case_origins(labelled_case(*articles), registry) == expect
