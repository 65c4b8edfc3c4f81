"""Institution names read whole ("the Serbian Ministry of Internal Affairs said" is said by the
ministry, not by "Internal Affairs"). Invented sentences, not from the training data, the
development stories or the seeds."""

import pytest

from annotator.claims import claim_origins
from annotator.claims.institutions import whole_name
from annotator.registry import Registry, Source

from .articles import attributions_of

REGISTRY = Registry([Source("Libyan National Army", ("Libyan National Army", "LNA"), "armed_group", "unknown",
                            "on_record", "LY")])


def speakers(*texts, registry=REGISTRY):
    """The on-record speaker each sentence of one article is read as (registry name or name as written)."""
    return [next((a.source.name if a.source else a.speaker_name for a in found), None)
            for found in attributions_of(texts, registry)]


@pytest.mark.parametrize("text, name", [
    ("Two policemen were wounded in the ambush, the Serbian Ministry of Internal Affairs said.",
     "Serbian Ministry of Internal Affairs"),
    ("The border post was never abandoned, the State Committee for National Security said.",
     "State Committee for National Security"),
    ("Al-Qaeda in the Islamic Maghreb said in a statement that its fighters had laid the mines.",
     "Al-Qaeda in the Islamic Maghreb"),
    ("Nine hundred families reached the camp on Friday, the Executive Unit for Displaced Persons said.",
     "Executive Unit for Displaced Persons"),
    ("About 41,000 people were moved to safety, the Committee for Emergency Situations said.",
     "Committee for Emergency Situations"),
    ("The deal was signed in Doha, the Minister of Foreign Affairs said.", "Minister of Foreign Affairs"),
    ("The Ministry of Humanitarian Affairs estimates that more than 9,000 people have fled since May.",
     "Ministry of Humanitarian Affairs"),
])
def test_regression_an_institution_is_named_whole(text, name):
    # Fixed misattribution: origins were named "Internal Affairs", "National Security", "Islamic Maghreb".
    assert speakers(text) == [name]


def test_a_title_heads_a_name_only_with_a_portfolio_and_never_over_a_person():
    assert speakers("Secretary General of the Arab League Ahmed Aboul Gheit said the summit would go ahead.",
                    registry=Registry([])) == ["Arab League Ahmed Aboul Gheit"]
    assert speakers("Speaking to the Assembly of Kosovo Prime Minister Albin Kurti said the border was shut.",
                    registry=Registry([]))[0] != "Assembly of Kosovo Prime Minister Albin Kurti"


def test_people_of_a_place_are_not_an_institution_of_it():
    assert speakers("Residents of Kalma Camp said the shelling lasted all night.") != ["Residents of Kalma Camp"]
    assert speakers("Fighters of the Sudan Liberation Army said they held the road.") != \
        ["Fighters of the Sudan Liberation Army"]


def test_whole_name_goes_back_over_chained_institutions():
    text = "the Main Staff of the Army of Republika Srpska said"
    assert whole_name(text, text.index("Republika"), "Republika Srpska") == "Main Staff of the Army of Republika Srpska"
    assert whole_name("the people of Republika Srpska", 14, "Republika Srpska") == "Republika Srpska"


def test_a_registered_source_at_the_end_of_an_institution_name_stays_the_source():
    assert speakers("The General Command of the LNA said the airport was closed.") == ["Libyan National Army"]


def test_the_army_later_refers_back_to_a_command_of_an_army():
    found = speakers("The General Command of the Eastern Army said its jets struck a depot near Tarhuna.",
                     "The army acknowledged on Sunday that its units had left the town.",
                     registry=Registry([]))
    assert found == ["General Command of the Eastern Army"] * 2


def test_a_secretariat_with_no_country_is_the_claims_one_state():
    found = attributions_of(["Mexico's defence ministry said troops had killed 19 gunmen.",
                             "Troops killed 19 gunmen, the Secretariat of National Defence said."], Registry([]))
    assert len(claim_origins([a for sentence in found for a in sentence], Registry([]), set())) == 1


@pytest.mark.parametrize("text, name", [
    ("The Coastal Command yesterday categorically rejected claims that it fired on the fishing boats.",
     "The Coastal Command"),
    ("The Harbour Authority flatly denied that the cargo had been unloaded.", "The Harbour Authority"),
    ("The National Assembly said the vote would go ahead.", "The National Assembly"),
])
def test_regression_how_and_when_a_source_spoke_is_not_its_name(text, name):
    # Fixed misattribution: origins were named "The Army yesterday categorically rejected".
    assert speakers(text, registry=Registry([])) == [name]
