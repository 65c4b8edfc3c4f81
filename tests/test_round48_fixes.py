"""Misattributions mended in round 48, from round 47's review gaps and round 48's audits, each kept here as
a one-sentence regression test: each case is a claim's articles and the origins the reviewer or auditor
counts for it."""

import pytest

from annotator.claims.names import _state_of_name, state_name
from annotator.claims.signals import blamed, compatible, proposition, signature
from annotator.registry import load_registry

from .articles import labelled_case, review_case_origins


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("articles, expect", [
    # a head of government's spokesman was an origin apart from the government's own organs
    ((["Israeli Prime Minister Benjamin Netanyahu ordered the strike on Khan Younis, his spokesman Omer Dostri "
       "said."], ["The Israeli military said it struck Khan Younis."]), 1),
    ((["Armenian Prime Minister Nikol Pashinyan condemned the shelling of Sotk, his spokeswoman Nazeli "
       "Baghdasaryan said."], ["Armenia's defence ministry said Azerbaijani forces shelled Sotk."]), 1),
    # a leader whose title names no state: some state's, lent to the one state the claim names
    ((["President Salva Kiir ordered troops to Nasir, his spokesman Ateny Wek Ateny said."],
      ["South Sudan's government said troops were sent to Nasir."]), 1),
    # an armed group's leader's spokesman is still no state's
    ((["Houthi leader Abdul-Malik al-Houthi ordered the attack on the ship, his spokesman Mohammed Abdulsalam "
       "said."], ["The US military said the ship was hit by a Houthi missile."]), 2),
])
def test_a_leaders_spokesman_speaks_for_the_leaders_state(registry, articles, expect):
    assert review_case_origins(labelled_case(*articles), registry) == expect


@pytest.mark.parametrize("name", ["Burkina Faso's army", "the Burkinabe military", "Ouagadougou"])
def test_burkina_faso_is_one_state_by_any_of_its_names(name):
    assert _state_of_name(name) == "BURKINA" and state_name("BURKINA") == "Burkina Faso"


def test_burkina_faso_and_burkinabe_are_one_origin(registry):
    case = labelled_case(["Burkina Faso's army said 50 jihadists were killed near Djibo."],
                         ["The Burkinabe military said 50 jihadists were killed near Djibo."])
    assert review_case_origins(case, registry) == 1


@pytest.mark.parametrize("a, b, shooters", [
    # states the grouping table lacks, read from the origins' table
    ("Thai troops opened fire on Cambodian positions near Preah Vihear.",
     "Cambodian troops fired at Thai positions near Preah Vihear.", ({"THAILAND"}, {"CAMBODIA"})),
    # "border guards" are a state's forces too
    ("Kyrgyz border guards opened fire on Tajik positions near Vorukh.",
     "Tajik forces fired on Kyrgyz positions near Vorukh.", ({"KYRGYZSTAN"}, {"TAJIKISTAN"})),
    # a target named only as "its positions"
    ("Azerbaijani forces opened fire on Armenian positions near Sotk, Yerevan said.",
     "Baku said Armenian units had fired on its positions near Sotk first.", ({"AZERBAIJAN"}, {"ARMENIA"})),
])
def test_two_sides_accounts_of_who_opened_fire_never_group(a, b, shooters):
    assert (set(blamed(proposition(a))), set(blamed(proposition(b)))) == shooters
    assert not compatible(signature(a), signature(b))


def test_one_sides_account_told_twice_still_groups():
    a = "Thai troops opened fire on Cambodian positions near Preah Vihear."
    b = "Thai soldiers fired on Cambodian positions near Preah Vihear on Monday."
    assert compatible(signature(a), signature(b))


@pytest.mark.parametrize("articles, expect", [
    # a teller named by a bare surname the article never gave in full
    (([(["media_report"], '"They killed 12 people in the raid," Chan told Radio Tamazuj.')],
      [(["on_record"], "Twic County Commissioner Akot Chan said 12 people were killed in the raid.")]), 1),
    # a teller with a dotted title
    (([(["on_record"], "Dr. Akot Chan, the county health director, said 12 people were killed in the raid."),
       (["media_report"], '"The clinic was looted," Dr. Chan told Radio Tamazuj.')],), 1),
    # "told Sudan Tribune": "Sudan" is part of the outlet's name, not a demonym before it
    (([(["on_record"], "Deng Ajak Kuol, a Ngok Dinka elder, said 12 people were killed in the raid."),
       (["media_report"], '"They came at night," Kuol told Sudan Tribune.')],), 1),
    # an outlet told by a state is no teller's channel
    (([(["media_report"], '"The border is closed," Moscow told RIA Novosti.')],
      [(["on_record"], "Russia's foreign ministry said the border was closed.")]), 1),
])
def test_a_named_teller_is_the_origin_the_outlet_relays(registry, articles, expect):
    assert review_case_origins({"articles": [list(a) for a in articles]}, registry) == expect


def test_cogat_in_title_case_is_the_israeli_body(registry):
    case = labelled_case(["Cogat, the Israeli defence ministry body that oversees aid, said 120 aid trucks entered Gaza."],
                         ["The Israeli military said 120 aid trucks entered Gaza."])
    assert [m.source.name for m in registry.find("Cogat said 120 trucks entered.")] == ["COGAT"]
    assert review_case_origins(case, registry) == 1
