"""Misattributions round 35's user audit found (a missile strike on an apartment block in an
invented Ukrainian city), each fixed and kept here as a one-sentence regression test."""

import pytest

from annotator import claims
from annotator.claims.offices import _monitor
from annotator.claims.wording import _outlet_named
from annotator.claims.cues import hedges
from annotator.registry import load_registry

from .articles import attributions_of


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_a_capital_that_denies_speaks_for_its_state(registry):
    # Fixed: "denies" was no speech verb, so the sentence named no source ("unnamed on-record source").
    [found] = attributions_of(["Moscow denies deliberately targeting civilians in the war it launched in 2022."], registry)
    assert [a.speaker_name for a in found] == ["Moscow"]
    [origin] = claims.claim_origins(found, registry, set())
    assert origin["leaning"] == "pro_regime"


def test_a_monitor_named_after_its_description_is_read_by_name(registry):
    # Fixed: "Sirius Lens" has no monitor word, so the group was an unnamed monitor that added no
    # origin beside the claim's named ones.
    text = ("Footage of the strike, geolocated by the open-source investigation group Sirius Lens, shows a "
            "missile hitting the residential block on Sadova Street.")
    assert _monitor(text) == ("sirius lens", "Sirius Lens")
    later = '"The impact point is unambiguous," Sirius Lens analyst Yevhen Moroz told reporters.'
    found = attributions_of([text, later], registry, ("named_monitor",))
    assert [a.speaker_name for sentence in found for a in sentence] == ["Sirius Lens", "Sirius Lens"]
    assert _monitor("The group said on Sunday that 12 civilians died.") is None
    assert _monitor("A monitoring group in Idlib said 12 civilians died.") is None


@pytest.mark.parametrize("text", [
    '"Claims by the Kiev regime about civilian casualties are a staged provocation," Dronov said.',
    "The militia's claims that its fighters protected civilians are baseless lies, the spokesman said.",
    "The ministry rejected the claims as fabrications.",
])
def test_claims_a_speaker_rejects_do_not_make_the_sentence_unverified(text):
    assert not hedges(text)


@pytest.mark.parametrize("text", [
    "SANA claimed the army took the town.",
    "The army reportedly took the town, claims the rebels reject.",
    "Rebel claims that the town fell could not be independently verified.",
])
def test_doubts_still_hedge(text):
    assert hedges(text)


def test_two_tolls_that_share_only_a_detail_do_not_merge():
    # Fixed: the governor's nine dead and the UN's seven verified deaths merged into one claim with
    # two independent origins (strong), because both counted "two children".
    governor = ("A Russian missile struck an apartment block in Veresnivsk on Tuesday, killing nine people, "
                "including two children, regional governor Taras Hnatiuk said.")
    un = ("The U.N. Human Rights Monitoring Mission in Ukraine said it had verified the deaths of at least seven "
          "civilians in Veresnivsk, including two children.")
    assert not claims.compatible(claims.signature(governor), claims.signature(un))
    # the same toll with other details still may, as may tolls told with far larger other counts
    same = "Nine people, two of them children, died when the missile hit the block, officials said."
    assert claims.compatible(claims.signature(governor), claims.signature(same))
    assert claims.compatible(claims.signature("The ministry said 61 people had been killed and 144 wounded."),
                             claims.signature("The fighting killed 61 people and damaged more than 500 homes."))


@pytest.mark.parametrize("text, name", [
    ("Burundi's state broadcaster RTNB reported that Burundian troops had withdrawn from the town.", "RTNB"),
    ("RTNB, the state broadcaster, said the road had reopened.", "RTNB"),
    ("The footage was first published on Saturday by Sudan Pulse, a news site run by Sudanese journalists in exile.",
     "Sudan Pulse"),
    ("The Belgrade weekly Nedeljni Pregled said on Wednesday it would publish the interview in full.", "Nedeljni Pregled"),
])
def test_an_outlet_the_registry_lacks_is_named_not_unnamed(registry, text, name):
    # Fixed (round 34's Congo audit, and 482 development sentences): "state broadcaster RTNB" was an
    # "unnamed news outlet", which adds no origin beside a claim's named ones.
    [found] = attributions_of([text], registry, ("media_report",))
    assert [a.speaker_name for a in found] == [name]


def test_what_is_not_an_outlet_name(registry):
    for text in ["The president announced it, proving his contempt for the lives of Arabs, the newspaper said.",
                 "The newspaper said on Monday that talks had stalled."]:
        [found] = attributions_of([text], registry, ("media_report",))
        assert [a.speaker_name for a in found] == [""]
    # the channel a cited speaker spoke on is no origin of its own
    text = "In a statement read out on the national television channel ORTM, the Malian government said the report was false."
    [found] = attributions_of([text], registry, ("on_record", "media_report"))
    assert "ORTM" not in [a.speaker_name for a in found]


def test_the_outlet_that_received_a_leak_is_its_channel(registry):
    texts = ["A withdrawal order, first posted by the RSF-aligned site Sudan Horizon, tells units to fall back.",
             "Sudan Horizon said the order had been handed to it by an officer."]
    first = attributions_of(texts[:1], registry, ("leaked_recording", "media_report"))[0]
    second = attributions_of(texts[1:], registry, ("media_report",))[0]
    assert first[0].via == ("Sudan Horizon",)
    recipients = {"Sudan Horizon"}
    assert len(claims.claim_origins(first + second, registry, recipients)) == 1


def test_a_reprint_with_some_sentences_edited_is_still_a_reprint():
    # Fixed: a paper that reran a wire story with 6 of its 13 sentences edited was a publisher of its
    # own ("carried by 3 publishers"); half the shorter article's sentences word for word now make a copy.
    from .test_claims import WIRE, record

    extra = ["Power was cut to about 40,000 homes after the substation nearby was hit by a second missile.",
             "Officials said emergency crews had restored electricity to most hospitals by the evening.",
             "The governor declared two days of mourning across the whole of the region on Friday."]
    wire = [record("wire", k, t) for k, t in enumerate(WIRE + extra)]
    edited = [record("paper", k, t if k < 4 else "Local officials said that " + t[0].lower() + t[1:])
              for k, t in enumerate(WIRE + extra)]
    assert claims.syndication.same_text(wire + edited) == {"paper": "wire"}
    other = [record("other", k, t if k < 3 else f"An independent report's own sentence number {k} on other events.")
             for k, t in enumerate(WIRE + extra)]
    assert claims.syndication.same_text(wire + other) == {}


# ----- false positives round 35's code review found in the rules above ---------------------------

def test_a_fighting_group_named_after_group_is_no_monitor(registry):
    texts = ["The Syrian Observatory for Human Rights said 14 people were killed.",
             "The monitor said fighters from the jihadist group Hayat Tahrir al-Sham had withdrawn from the town."]
    assert _monitor(texts[1]) is None
    found = attributions_of(texts, registry, ("named_monitor",))
    assert found[1][0].source is not None and found[1][0].source.name == "Syrian Observatory for Human Rights"


@pytest.mark.parametrize("text", [
    "In Kharkiv, the channel, which is close to the army, showed footage of the strike.",
    "Speaking in Odesa, the newspaper's editor described the scene.",
    "Olena Petrenko, a newspaper columnist in Kyiv, wrote that the strike was deliberate.",
    "Ahmed Hassan, the channel's Gaza correspondent, reported heavy shelling.",
    "Ships in the Red Sea, the busy shipping channel Egypt relies on, were hit.",
    "The pope used his weekly Angelus prayer to call for peace.",
    "He mentioned it at his daily Situation Room briefing.",
    "Russia's Black Sea Fleet, the broadcaster's sources say, lost two ships.",
    "Ships transiting the channel Bab al-Mandab were attacked.",
])
def test_places_people_and_adjectives_are_no_outlet_names(registry, text):
    assert _outlet_named(text, "", registry) is None


def test_who_denies_is_no_speaker():
    registry = load_registry()
    text = "The commander, who denies ordering the killings, was arrested in Goma, the prosecutor's office said."
    [found] = attributions_of([text], registry)
    assert [a.speaker_name for a in found] == ["the prosecutor's office"]


@pytest.mark.parametrize("text", [
    "Russia claims the footage from Bucha is fake.",
    "Moscow claims the Bucha images are a staged provocation by Kyiv.",
    "Hamas denied involvement but claimed that Israeli forces had killed 20 civilians.",
    "The rebels dismissed the offer and claimed to have captured 50 soldiers.",
])
def test_a_speakers_own_claim_still_hedges(text):
    assert hedges(text)


def test_reports_quoting_one_statement_are_not_reprints():
    from .test_claims import record

    statement = ['"The strike hit a military facility used by the enemy," the ministry said in its statement.',
                 '"All our targets were legitimate military objects," the statement added on Tuesday evening.',
                 '"We will continue the operation until its goals are met," the ministry spokesman said.']
    afp = [record("afp", k, t) for k, t in enumerate(statement + [
        "Russian missiles struck the city overnight, killing four people according to local officials.",
        "AFP journalists saw rescuers pulling bodies from the rubble of a five-storey building."])]
    kyiv = [record("kyiv", k, t) for k, t in enumerate(statement + [
        "The attack came hours after the president returned from talks with European leaders.",
        "Residents said the air-raid sirens sounded only minutes before the first explosions."])]
    assert claims.syndication.same_text(afp + kyiv) == {}
