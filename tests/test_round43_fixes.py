"""Misattributions found in round 43 (round 42's review gaps, and audits on Iraqi Kurdistan, Cameroon,
the Central African Republic and Balochistan), each fixed and kept here as a one-sentence regression test."""

import pytest

from annotator.registry import load_registry

from .articles import article_attributions, claims_of_articles, one_claim_of


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


def _origins(texts, registry) -> int:
    return one_claim_of(texts, registry)["profile"]["independent_origins"]


@pytest.mark.parametrize("organ", ["According to the CAR presidency, the army retook the Bokolo gold site from rebels.",
                                   "The DRC presidency said the army retook the Bokolo gold site from rebels."])
def test_a_state_named_by_its_acronym_is_that_state(registry, organ):
    # Fixed (round 43's CAR audit, 75 strong): "the CAR presidency" was an organ of no state, apart from
    # the government spokesman of the same state.
    state = "Central African" if "CAR" in organ else "Congolese"
    assert _origins([(R, f"{state} government spokesman Serge Ngbakoto said the army retook the Bokolo gold site from rebels."),
                     (R, organ)], registry) == 1


def test_a_car_bomb_names_no_state():
    from annotator.claims.names import _state_of_name
    assert _state_of_name("a car bomb") is None and _state_of_name("the car army") is None


@pytest.mark.parametrize("envoy", ["Russia's ambassador in Bangui, Pavel Orlov, said no Russian instructor had been at the site.",
                                   "Russian ambassador Pavel Orlov said no Russian instructor had been at the site.",
                                   "No Russian instructor had been at the site, said the Russian ambassador, Pavel Orlov."])
def test_a_state_s_ambassador_speaks_for_it(registry, envoy):
    # Fixed (round 43's CAR audit): the ambassador was a private person beside his embassy, so Russia's own
    # denial counted two origins (75 strong) and escaped the pro-regime cap.
    claim = one_claim_of([(R, "The Russian embassy said no Russian instructor had been at the site."), (R, envoy)], registry)
    assert claim["profile"]["independent_origins"] == 1
    assert "pro_regime_only" in claim["profile"]["flags"]


@pytest.mark.parametrize("text, name, office", [
    ("UN envoy Hans Grundberg said the talks had stalled.", "Hans Grundberg", ""),
    ("Former US ambassador Robert Ford said the talks had stalled.", "Robert Ford", ""),
    ("US Ambassador Linda Thomas-Greenfield said the talks had stalled.", "Linda Thomas-Greenfield", "USA"),
])
def test_an_envoy_of_no_state_or_a_former_one_holds_no_state_s_office(registry, text, name, office):
    from annotator.claims import attribution
    assert attribution._office(text, name, registry)[0] == office


@pytest.mark.parametrize("first, second", [
    # Fixed (round 43's CAR audit): the post before the name, with "of"
    ("The CPC rebel coalition denied having any fighters in the Bokolo area.",
     "The spokesman of the Coalition of Patriots for Change, Ibrahim Kamoun, denied that the coalition had any fighters "
     "in the Bokolo area."),
    # Fixed (round 43's Balochistan audit): a group named "… Army" is no state's army; "outlawed" is no word of its name
    ("In a later statement, the SRA said it had killed 40 soldiers in the convoy attack.",
     "The Sindhudesh Revolutionary Army's spokesman, Dostain Zehri, said its fighters had killed 40 soldiers in the convoy attack."),
    ("The outlawed Sindhudesh Revolutionary Army claimed the attack on the convoy.",
     "The Sindhudesh Revolutionary Army's spokesman, Dostain Zehri, said its fighters had carried out the attack on the convoy."),
    # Fixed (round 43's Balochistan audit): a name before a post in a body whose name ends in "s'"
    ("Pakistan Railways said all services to and from Quetta had been suspended.",
     "Imran Hayat, Pakistan Railways' divisional superintendent in Quetta, said all services had been suspended."),
])
def test_a_group_and_the_spokesman_it_is_given_are_one_origin(registry, first, second):
    assert _origins([(R, first), (R, second)], registry) == 1


@pytest.mark.parametrize("introduced, later", [
    # Fixed (round 43's Cameroon audit, 75 strong): named after a phrase of where he said it
    ("In a post on Facebook, Ebenezer Tanjong, spokesman of the Ambazonia Liberation Council (ALC), said fighters had "
     "attacked the patrol.", "In a later post, Tanjong said 23 civilians had been killed."),
    # Fixed (round 43's Cameroon audit, 75 strong): a post in the body named by its kind
    ("Human Rights Watch has documented the killing of nine civilians, the group's Central Africa researcher, "
     "Clementine Ndoye, said on Thursday.", "Twenty-three civilians had been killed, Ndoye said."),
    # Fixed (round 43's Balochistan audit, 75 strong): named by rank in the registered body's post
    ("Lt. Gen. Khalid Mehmood Awan, director general of Inter-Services Public Relations, told a news conference that "
     "the area had been cleared.", "Awan said 23 civilians had been killed."),
])
def test_a_body_s_spokesman_named_bare_later_is_still_the_body(registry, introduced, later):
    body = {"Tanjong": "The Ambazonia Liberation Council said 23 civilians had been killed.",
            "Ndoye": "Human Rights Watch said 23 civilians had been killed.",
            "Awan": "The ISPR said 23 civilians had been killed."}[later.split(" said")[0].split()[-1]]
    built = claims_of_articles([[(R, introduced), (R, later)], [(R, body)]], registry)
    claim = max(built, key=lambda c: len(c["mentions"]))
    assert claim["profile"]["independent_origins"] == 1


def test_state_media_of_pakistan_relay_its_government(registry):
    # Fixed (round 43's Balochistan audit, 79 strong): PTV and APP, unregistered, were two origins beside
    # the Prime Minister's Office; "the Associated Press of Pakistan" was the US Associated Press.
    M = ["media_report"]
    assert _origins([(M, "State-run PTV reported that the prime minister had announced compensation of 1.5 million rupees."),
                     (R, "According to a statement from the Prime Minister's Office, the prime minister announced "
                         "compensation of 1.5 million rupees."),
                     (M, "The Associated Press of Pakistan reported that the prime minister had announced compensation "
                         "of 1.5 million rupees.")], registry) == 1


def test_a_watchdog_named_for_what_it_watches_is_no_part_of_it(registry):
    # Fixed (round 43's CAR audit): "All Eyes on Wagner" was the Wagner Group, flagged pro-regime only.
    claim = one_claim_of([(["named_monitor"], "All Eyes on Wagner has said the site lies inside a Russia-linked concession.")],
                         registry)
    assert [o["name"] for o in claim["profile"]["origins"]] == ["All Eyes on Wagner"]
    assert "pro_regime_only" not in claim["profile"]["flags"]


def test_the_army_after_a_registered_armed_group_is_not_the_group(registry):
    # Found with the Baloch Liberation Army registered (round 43): "The army said" after "The BLA … claimed
    # responsibility" was read back as the BLA, which has "Army" in its name.
    first, army = article_attributions([(R, "The BLA claimed responsibility for the attack."),
                                        (R, "The army said 346 hostages had been freed.")], registry)
    assert first.source.name == "Baloch Liberation Army"
    assert army.source is None and army.speaker_name == "The army"


def test_an_acronym_of_a_hyphenated_name_after_a_place_s_is_that_body(registry):
    # Fixed (round 43's Iraqi Kurdistan audit, 88 strong): "The CTD" and "The Kurdistan Region's Counter-Terrorism
    # Directorate" were two origins; the hyphenated word gave one initial.
    built = claims_of_articles([[(R, "A drone struck the village, the region's Counter-Terrorism Directorate (CTD) said."),
                                 (R, "The CTD said the drone fired two missiles at a house in the village.")],
                                [(R, "The Kurdistan Region's Counter-Terrorism Directorate said the drone fired two missiles "
                                     "at a house in the village.")]], registry)
    assert max(c["profile"]["independent_origins"] for c in built) == 1


U = ["un_figure"]


@pytest.mark.parametrize("relay, source", [
    # Fixed (round 43's Iraqi Kurdistan audit, 80 strong): the UN and the body whose figures it relays were two origins
    ("UNAMI said preliminary information from Duhok's health directorate indicated that at least six civilians had "
     "been killed.", "Duhok's health directorate said at least six civilians had been killed."),
    ("OCHA said figures from the North Kivu provincial health division showed that at least six civilians had been killed.",
     "The North Kivu provincial health division said at least six civilians had been killed."),
])
def test_a_un_body_relaying_a_named_body_s_figures_is_its_channel(registry, relay, source):
    claim = one_claim_of([(U, relay), (R, source)], registry)
    assert claim["profile"]["independent_origins"] == 1
    assert claim["profile"]["origins"][0]["type"] == "on_record"


@pytest.mark.parametrize("relay", [
    "The UN mission said residents had told its human rights officers that the attackers spoke Russian.",
    "MINUSCA said witnesses had told its investigators that the gunmen spoke Russian.",
    "MINUSCA said witnesses had told the mission's investigators that the gunmen spoke Russian.",
])
def test_people_who_told_a_un_mission_s_staff_are_relayed_not_the_un(registry, relay):
    # Fixed (round 43's CAR audit): only "had told it that" was a relay; the witnesses became a UN finding (60).
    claim = one_claim_of([(U, relay)], registry)
    assert claim["profile"]["origins"][0]["type"] == "anonymous_source"


@pytest.mark.parametrize("outlet", ["Turkey's state-run Anadolu Agency reported that the strikes had destroyed caves used by the PKK.",
                                    "Turkish state broadcaster TRT reported that the strikes had destroyed caves used by the PKK."])
def test_turkey_s_state_agency_and_broadcaster_speak_for_its_government(registry, outlet):
    # Fixed (round 43's Iraqi Kurdistan audit, 74 strong with an anonymous official): Anadolu was an origin
    # beside the defence ministry it relays.
    assert _origins([(["media_report"], outlet),
                     (R, "Turkey's defence ministry said the strikes had destroyed caves used by the PKK.")], registry) == 1


def test_a_denial_s_dateline_is_not_its_denier(registry):
    from annotator.claims.denials import denier
    found = denier("ANKARA (AFP) - Turkey's defence ministry denied that civilians had been killed.", registry)
    assert found.source is not None and found.source.name == "Turkish defence ministry"


def test_a_south_asian_dateline_is_no_part_of_the_speaker():
    from annotator.mentions import DATELINE
    assert DATELINE.match("QUETTA: Passengers freed from the train described hours of terror.").end() == len("QUETTA: ")
    assert DATELINE.match("RAWALPINDI (APP): The military said the operation had ended.").end() == len("RAWALPINDI (APP): ")
    assert DATELINE.match("UN: aid is blocked") is None


@pytest.mark.parametrize("labels, text", [
    (["named_monitor", "on_record"], "The Centre for Human Rights and Democracy in Africa (CHRDA), a Buea-based group that "
                                     "documents abuses, said at least 11 civilians were killed."),
    (["on_record"], "The Centre for Human Rights and Democracy in Africa, a Buea-based group that documents abuses, said "
                    "at least 11 civilians were killed."),
])
def test_a_description_set_after_a_registered_body_is_that_body(registry, labels, text):
    # Fixed (round 43's Cameroon audit, 78 strong from one sentence): "a Buea-based group that" was a second origin.
    claim = one_claim_of([(labels, text)], registry)
    assert [o["name"] for o in claim["profile"]["origins"]] == ["Centre for Human Rights and Democracy in Africa"]


def test_he_said_after_a_speaker_who_played_an_intercept_is_the_speaker_not_the_leak(registry):
    # Fixed (round 43's Balochistan audit, 75 strong): the model gave "He said …" the leak label of the sentence
    # before, which made an invented leak a second origin beside the military's own accusation.
    found = article_attributions([
        (R, "Lt. Gen. Awan said the attack was carried out by terrorists of the proscribed BLA."),
        (["leaked_recording", "on_record"], "He said the terrorists stayed in contact with handlers, and played what he "
                                            "said was an intercepted call between an attacker and a handler."),
        (["leaked_recording"], "He said the attack had been planned and sponsored by India.")], registry)
    assert [a.type for a in found][-1] == "on_record" and found[-1].speaker == "awan"


def test_a_voice_in_a_recording_that_says_stays_the_leak(registry):
    found = article_attributions([
        (R, "Lt. Gen. Awan said the attack was carried out by terrorists of the proscribed BLA."),
        (["leaked_recording"], "In the intercepted call, a handler tells the attacker to kill the hostages."),
        (["leaked_recording"], "He says the train must not reach Quetta.")], registry)
    assert found[-1].type == "leaked_recording"


@pytest.mark.parametrize("text, sides", [
    ("Turkey's defence ministry denied that civilians had been killed in the operation.", {"civilians"}),
    ("The HPG denied that any of its guerrillas had lost their lives in the Turkish air raids.", {"fighters"}),
    ("The strike killed 12 militants.", {"fighters"}),
    ("Nine civilians and two soldiers were killed.", set()),
    ("Twenty-one hostages were killed by the militants before troops stormed the train.", set()),
    ("Militants killed 40 people in the village.", set()),
])
def test_whose_deaths_a_sentence_reports(text, sides):
    from annotator.claims.signals import victims
    assert victims(text) == sides


def test_two_sides_denying_different_deaths_are_two_claims():
    # Fixed (round 43's Iraqi Kurdistan audit, 75 strong): Turkey's denial that civilians died was grouped with
    # the HPG's that its fighters died, as one claim with two origins.
    from annotator.claims.signals import compatible, signature
    assert not compatible(signature("Turkey's defence ministry denied that civilians had been killed in the raids."),
                          signature("The HPG denied that any of its guerrillas had lost their lives in the raids."))
    assert compatible(signature("Nine civilians were killed in the raids, the governor said."),
                      signature("The raids killed nine civilians, residents said."))


def test_a_province_s_government_spokeswoman_is_some_state_s(registry):
    # Found by this round's audit rerun: the "… Army" rule had read "Balochistan government" as a group's name.
    from annotator.claims import attribution
    assert attribution._office("Balochistan government spokeswoman Saima Jamaldini told reporters the siege was over.",
                               "Saima Jamaldini", registry)[0] == "?"
