"""Misattributions found in round 36 (left open by round 35's Ukraine audit, and a Myanmar audit),
each fixed and kept here as a one-sentence regression test."""

import pytest

from annotator import claims
from annotator.registry import load_registry

from .articles import attributions_of


@pytest.fixture(scope="module")
def registry():
    return load_registry()


MINISTRY = ("The Russian armed forces struck a military-industrial facility in the city, "
            "the Russian Defense Ministry said on Tuesday.")


@pytest.mark.parametrize("later", [
    "The ministry stressed that the Russian armed forces do not strike civilian targets.",
    "According to the ministry, Russian forces also struck fuel depots in 141 areas.",
    "The strikes answer attacks on Russian civilian facilities, the Defense Ministry has repeatedly stated.",
])
def test_the_ministry_named_again_after_its_spokesman_spoke_is_the_ministry(registry, later):
    # Fixed: once a named spokesman had spoken, "the ministry" no longer referred back to the
    # registered ministry and counted as an origin of its own, without its pro-regime leaning.
    spokesman = '"All designated targets have been hit," Lieutenant General Pavel Dronov told reporters.'
    found = attributions_of([MINISTRY, spokesman, later], registry)
    assert found[2][0].source is not None and found[2][0].source.name == "Russian defence ministry"


def test_a_ministry_spokesman_speaks_for_the_ministry_the_article_named(registry):
    # Fixed: "ministry spokesman Lt. Gen. Pavel Dronov" was an origin of his own beside the ministry.
    found = attributions_of([
        MINISTRY,
        '"The goal of the strike has been achieved," ministry spokesman Lieutenant General Pavel Dronov told reporters.',
        "Any damage to residential buildings was caused by falling fragments of Ukrainian air defense missiles, Dronov said.",
    ], registry)
    assert [sentence[0].source.name for sentence in found] == ["Russian defence ministry"] * 3
    origins = claims.claim_origins([a for sentence in found for a in sentence], registry, set())
    assert len(origins) == 1 and origins[0]["leaning"] == "pro_regime"


def test_a_ministry_of_another_portfolio_is_not_the_one_named_before(registry):
    found = attributions_of([MINISTRY, "Pavel Dronov said the strike hit its target.",
                             "The health ministry said 14 people were wounded."], registry)
    assert found[2][0].source is None or found[2][0].source.name != "Russian defence ministry"


def test_the_lead_of_a_clause_is_not_part_of_the_speaker_name(registry):
    # Fixed: "in fighting that Moscow says killed 12 of its peacekeepers" was read as a speaker named
    # "in fighting that Moscow", which is no state, so it counted apart from Russia's ministry.
    text = ("Georgian troops overran part of the base of the Russian peacekeeping battalion, in fighting "
            "that Moscow says killed 12 of its peacekeepers.")
    [[found]] = attributions_of([text], registry)
    assert found.speaker_name == "Moscow"


# ----- round 36's Myanmar audit (an invented airstrike on a monastery school in Sagaing) -----

def test_an_age_range_is_no_toll():
    # Fixed: "aged between six and 14" shared 14 with "21 people, including 14 children", so the
    # monitor's sentence merged into the toll of 21 and its origin counted as corroborating it.
    toll = "The airstrike killed 21 people, including 14 children, said Ko Min Htet, a resistance spokesman."
    ages = "According to the AAPP, most of the victims were aged between six and 14."
    assert claims.figures(ages) == frozenset()
    assert claims.figures("children between the ages of six and 14 died") == frozenset()
    assert claims.figures("a boy aged 12 and 30 others were killed") == frozenset({30.0})
    assert claims.figures(toll) == frozenset({21.0, 14.0})


@pytest.mark.parametrize("text", [
    "Myanmar Now contacted the junta spokesman for comment but had not received a reply by the time of publication.",
    "The Mekong Herald was unable to reach the junta for comment.",
])
def test_an_unanswered_request_for_comment_is_no_claim(text):
    assert claims.claim_problem(text, []) == "no comment (how the reporting was done)"


@pytest.mark.parametrize("text", [
    "Aid agencies were unable to reach 40,000 people cut off by the fighting, the UN said.",
    "The ministry had not received any reports of casualties, a spokesman said.",
    # round 36's code review: what a source says went unanswered
    "Ukraine has not received a response from Russia to its proposal for a 30-day ceasefire, Zelensky said.",
    "Families of the 200 detainees had not received any response from the military, HRW said.",
])
def test_what_a_source_could_not_reach_is_still_a_claim(text):
    assert claims.claim_problem(text, ["on_record"]) is None


def test_a_hyphenated_rank_makes_an_officer_of_the_state_named_beside_him(registry):
    # Fixed: "Maj-Gen" (the house style of Myanmar's and Britain's papers) was no rank, so the junta's
    # spokesman counted apart from "Myanmar's military government".
    found = attributions_of([
        "Maj-Gen Aung Zaw Lin said the air force had struck a training camp of the resistance.",
        "Myanmar's military government said the air force had struck a training camp of the resistance.",
    ], registry)
    assert len(claims.claim_origins([a for s in found for a in s], registry, set())) == 1


# What a user covering Myanmar or Yemen registers with ``--sources`` (the shipped registry waits for
# the sentence model's next retraining: its hints would change the model's input on 19 training sentences).
STATE_MEDIA = """
[[source]]
name = "MRTV"
aliases = ["MRTV", "Myanma Radio and Television"]
kind = "state_media"
leaning = "unknown"
label = "media_report"
country = "MM"
parent = "Tatmadaw"

[[source]]
name = "Al-Masirah"
aliases = ["Al-Masirah", "Al-Masirah TV"]
kind = "outlet"
leaning = "unknown"
label = "media_report"
country = "YE"
parent = "Houthis"
"""


def test_state_media_speak_for_whoever_runs_them(tmp_path):
    # Fixed: a registered outlet whose parent is a state organ or a side counted as independent press
    # beside it ("State broadcaster MRTV" beside the Tatmadaw, Al-Masirah beside the Houthis).
    (tmp_path / "sources.toml").write_text(STATE_MEDIA, encoding="utf-8")
    registry = load_registry(tmp_path / "sources.toml")
    [army] = attributions_of(["The Tatmadaw said the air force had struck a training camp of the resistance."], registry)
    [outlet] = attributions_of(["State broadcaster MRTV said the air force had struck a training camp."], registry,
                               ("media_report",))
    assert [a.source.name for a in outlet] == ["MRTV"]
    assert len(claims.claim_origins(army + outlet, registry, set())) == 1
    [masirah] = attributions_of(["Houthi-run Al-Masirah TV reported that a coalition air strike killed nine civilians."],
                                registry, ("media_report",))
    [houthis] = attributions_of(["Houthi media claimed that a coalition air strike had killed nine civilians."], registry)
    assert len(claims.claim_origins(masirah + houthis, registry, set())) == 1


def test_a_spokesman_for_a_township_unit_speaks_for_the_group_named_after(registry):
    # Fixed: "he said" after "Ko Min Htet, a spokesman for the Ye-U township People's Defence Force"
    # and "according to the local People's Defence Force" counted two origins (a wrong strong grade).
    found = attributions_of([
        "An airstrike killed 21 people, said Ko Min Htet, a spokesman for the Ye-U township People's Defence Force.",
        "At least 32 other people were wounded, he said.",
        "Another 32 people were wounded, according to the local People's Defence Force, the NUG's armed wing.",
    ], registry)
    assert found[0][0].affiliation.startswith("Ye-U township People's Defence Force")
    assert len(claims.claim_origins(found[1] + found[2], registry, set())) == 1
    # another township's unit is not his
    other = attributions_of(["Another 32 people were wounded, according to the Kale township People's Defence Force."],
                            registry)
    assert len(claims.claim_origins(found[1] + other[0], registry, set())) == 2


def test_a_denial_is_not_linked_to_its_own_sides_claim(registry):
    # Fixed: the junta spokesman's "denied that any students or civilians were killed" was linked to the
    # junta's own account on MRTV ("no civilians had been harmed"), so that claim read "disputed by" the
    # junta; round 35's Kremlin denial was linked to the Russian defence ministry's own claim.
    [denier] = attributions_of(["Maj-Gen Aung Zaw Lin denied that any students or civilians were killed."], registry)
    [own] = attributions_of(["Myanmar's military government said no civilians had been harmed in the operation."],
                            registry)
    [other] = attributions_of(["The strike killed 21 people, said Ko Min Htet, a resistance spokesman."], registry)
    assert claims.denies_itself(denier, own, registry)
    assert not claims.denies_itself(denier, other, registry)
    [kremlin] = attributions_of(["The Kremlin denied that Russian forces had targeted civilians."], registry)
    [ministry] = attributions_of([MINISTRY], registry)
    assert claims.denies_itself(kremlin, ministry, registry)
    [unnamed] = attributions_of(["Residents dismissed the claim as a lie."], registry, ("anonymous_source",))
    assert not claims.denies_itself(unnamed, own, registry)


def test_a_person_named_after_a_post_in_a_registered_body_is_that_body_in_any_article(registry):
    # Fixed (a development story; found when the round registered ASEAN and others): "the African
    # Union special representative Kwame Osei" was the AU alone, so "Kwame Osei" in another article
    # counted as a second origin.
    [first] = attributions_of(["Hamas spokesman Hazem Qassem said the strike killed 12 people."], registry)
    [second] = attributions_of(["Hazem Qassem said on Tuesday that 12 people had died in the strike."], registry)
    assert first[0].source.name == "Hamas" and first[0].speaker_name == "Hazem Qassem"
    assert len(claims.claim_origins(first + second, registry, set())) == 1


# ----- mends from round 36's code review -----

def test_a_denial_by_the_other_side_is_still_a_denial(registry):
    [claim] = attributions_of(["Ukraine's military said Russian forces shelled a school in Kharkiv, killing 12 children."],
                              registry)
    denial = attributions_of(["The school was a military target, according to Russia's defence ministry.",
                              "The military denied targeting civilians."], registry)
    assert not claims.denies_itself(denial[1], claim, registry)
    [bare] = attributions_of(["The government denied the accusation."], registry)
    assert not claims.denies_itself(bare, claim, registry)


@pytest.mark.parametrize("texts", [
    ["The Israeli army said it struck 12 targets.", "Lebanon's army said two soldiers were killed.",
     "The army said the strikes hit a checkpoint."],
    ["Russia's defence ministry said it shot down 40 drones.", "Ukraine's defence ministry said Russia fired 12 missiles.",
     "Ministry spokesman Dmytro Lazutkin said five were intercepted.", "The ministry said the strikes continued."],
])
def test_a_description_refers_to_the_body_last_named_with_its_word(registry, texts):
    found = attributions_of(texts, registry)
    assert all(a.source is None for sentence in found[2:] for a in sentence)


def test_a_clause_that_names_people_keeps_them_as_the_speaker(registry):
    [[found]] = attributions_of(["But officials in areas that Russia controls said the vote went ahead."], registry)
    assert found.speaker_name != "Russia controls"


@pytest.mark.parametrize("text", [
    "Israeli strikes killed Hamas commander Ahmed Ghandour and 12 others, Hamas said.",
    "Hezbollah chief Hassan Nasrallah's body was recovered from the rubble, Hezbollah said.",
    "Hamas spokesman Hazem Qassem Monday accused Israel of killing 12 people.",
])
def test_no_person_is_read_where_none_speaks_after_the_post(registry, text):
    [[found]] = attributions_of([text], registry)
    assert found.speaker_name in ("", "Hazem Qassem")
    assert found.speaker != "monday"
