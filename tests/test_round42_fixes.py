"""Misattributions found in round 42 (round 41's leftovers, and audits on north-east Syria, Somalia,
Tripoli and Upper Nile), each fixed and kept here as a one-sentence regression test."""

import pytest

from annotator import claims
from annotator.claims import attribution, disputes
from annotator.claims.ranks import rank_office, ranked_officers
from annotator.claims.signals import verification_note
from annotator.registry import load_registry

from .articles import article_attributions as read, article_claims, one_claim_of


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_an_officer_named_by_rank_in_an_unattributed_sentence_is_an_officer_when_named_bare(registry):
    # Fixed (round 41's Borno audit, 75 strong): "The Director, Defence Media Operations, Maj.-Gen. Ibrahim
    # Dankaka, disclosed this" carries no label, so "Dankaka said" later was an origin apart from
    # Defence Headquarters, which the other article cites for the same claim.
    first = read([(["on_record"], "Defence Headquarters said the strike had targeted a logistics hub."),
                  ([], "The Director, Defence Media Operations, Maj.-Gen. Ibrahim Dankaka, disclosed this in Abuja."),
                  (["on_record"], "Dankaka said the air force had killed 40 insurgents and that no civilians were present.")],
                 registry, "a")
    second = read([(["on_record"], "The air force killed 40 insurgents and no civilians were present, "
                                   "Defence Headquarters said on Monday.")], registry, "b")
    dankaka = [a for a in first if a.speaker == "dankaka"]
    assert dankaka and dankaka[-1].office == "?"
    assert len(claims.claim_origins([dankaka[-1], *second], registry, set())) == 1


@pytest.mark.parametrize("text, name, office", [
    ("The Director, Defence Media Operations, Maj.-Gen. Ibrahim Dankaka, disclosed this.", "Maj.-Gen. Ibrahim Dankaka", "?"),
    ("Col. Assimi Diarra, announced the curfew on Monday.", "Col. Assimi Diarra", "?"),
    ("Col. Hamid Rahal, who defected in 2012, described the base.", "Col. Hamid Rahal", ""),
    ("Rebel commander Col. Ali Musa led the assault.", "Col. Ali Musa", ""),
])
def test_officers_by_rank_are_found_in_any_sentence_and_a_verb_after_the_comma_is_no_description(text, name, office):
    assert rank_office(text, name) == office
    assert ranked_officers(text) == ([(name, office)] if office else [])


def test_a_described_officer_is_still_not_learned():
    assert ranked_officers("Maj. Hamid Rahal, 45, who defected last year, said the base was empty.") == []


def test_the_kokang_group_is_the_mndaa(registry):
    # Fixed (round 41's Myanmar audit): "The Kokang group said" after the MNDAA was a second origin (75 strong).
    claim = one_claim_of([
        (["on_record"], "The Myanmar National Democratic Alliance Army (MNDAA) said 14 soldiers had surrendered."),
        (["on_record"], "The Kokang group said 14 soldiers had surrendered with their weapons.")], registry)
    assert claim["profile"]["independent_origins"] == 1


def test_the_mozambican_daily_noticias_is_the_state_daily(registry):
    # Fixed (round 41's review): only "the state-owned daily Notícias" was matched, so "the Mozambican
    # daily Notícias" was an independent outlet beside the government it speaks for (68).
    claim = one_claim_of([
        (["media_report"], "Insurgents killed at least 11 people in Macomia, the Mozambican daily Notícias reported."),
        (["on_record"], "Insurgents killed 11 people in Macomia, the government of Mozambique said.")], registry)
    assert claim["profile"]["independent_origins"] == 1
    assert not registry.find("Portugal's Diário de Notícias reported the attack.")


def test_the_state_run_newspaper_refers_back_to_the_state_outlet_named_before(registry):
    # Fixed: "The state-run newspaper said" after the Global New Light of Myanmar was an unnamed outlet.
    found = read([(["media_report"], "Jets bombed Let Yet Kone, killing 13 people, the Global New Light of Myanmar reported."),
                  (["media_report"], "The state-run newspaper said the air force had targeted a camp.")], registry)
    assert found[-1].source is not None and found[-1].source.name == found[0].source.name


def test_the_state_run_newspaper_is_no_independent_paper_named_before(registry):
    found = read([(["media_report"], "Jets bombed Let Yet Kone, killing 13 people, The Irrawaddy reported."),
                  (["media_report"], "The state-run newspaper said the air force had targeted a camp.")], registry)
    assert found[-1].source is None


# ---- north-east Syria audit ----

@pytest.mark.parametrize("person", [
    "Rojhat Baran, head of the SDF media office, told ANHA that a drone struck a car.",
    "Zana Baran, the SDF spokesman, said a drone struck a car.",
    "Zana Baran, the Syrian Democratic Forces spokesman, said a drone struck a car.",
])
def test_a_named_head_or_spokesman_of_a_body_is_that_body_when_named_bare_later(registry, person):
    # Fixed (75 strong): "Baran said" later was an origin apart from the SDF his first sentence named.
    first = read([(["on_record", "media_report"] if "ANHA" in person else ["on_record"], person),
                  (["on_record"], "Baran said the car was carrying a municipal worker and his brother.")], registry)
    assert first[-1].source is not None and first[-1].source.name == "Syrian Democratic Forces"


def test_a_name_before_a_post_needs_the_post(registry):
    found = read([(["on_record"], "Zana Dilovan, the SDF, said a drone struck a car."),
                  (["on_record"], "Dilovan said the car was empty.")], registry)
    assert found[-1].source is None


@pytest.mark.parametrize("texts", [
    ["A drone strike killed nine people in Tel Zirka, the health authority of the region's Kurdish-led administration said.",
     "Nine people were killed in Tel Zirka, Dr. Berivan Osê, co-chair of the AANES Health Authority, told ANHA."],
    ["The Health Authority of the Autonomous Administration of North and East Syria said a drone strike killed nine people.",
     "Nine people were killed in a drone strike on Derik, said Rezan Hemo, head of the Health Authority of the "
     "Autonomous Administration of North and East Syria."],
    ["The Syrian Democratic Forces said nine civilians were killed in the drone strike on Tel Zirka.",
     "The Autonomous Administration of North and East Syria said nine civilians were killed in the strike."],
])
def test_the_kurdish_led_administration_its_health_authority_and_heads_are_one_side_with_the_sdf(registry, texts):
    # Fixed (75 strong): the co-chair or head of the administration's health authority counted apart
    # from it, and the administration apart from the SDF, its armed force (one side, as Hamas's ministries).
    claim = one_claim_of([(["on_record", "media_report"] if "ANHA" in t else ["on_record"], t) for t in texts], registry)
    assert claim["profile"]["independent_origins"] == 1


def test_north_and_east_syria_is_no_organ_of_damascus(registry):
    # Fixed: "…of North and East Syria" read as "East Syria", merged with Syria's ministry as pro-regime.
    claim = one_claim_of([
        (["on_record"], "The Health Authority of the Autonomous Administration of North and East Syria said nine "
                        "civilians were killed in the drone strike on Tel Zirka."),
        (["on_record"], "Syria's health ministry said nine civilians were killed in the drone strike on Tel Zirka.")],
        registry)
    assert claim["profile"]["independent_origins"] == 2 and "pro_regime_only" not in claim["profile"]["flags"]


def test_the_authority_refers_back_to_the_registered_body_it_is_part_of(registry):
    # Fixed (with the registration above): "The Authority said" after "the Health Authority of the
    # AANES" was a speaker of its own, a second origin beside the administration.
    found = read([(["on_record"], "Nine civilians were killed, the Health Authority of the Autonomous Administration "
                                  "of North and East Syria (AANES) announced."),
                  (["on_record"], "The Authority said 14 other people were wounded.")], registry)
    assert found[-1].source is not None and found[-1].source.name == "Autonomous Administration of North and East Syria"


@pytest.mark.parametrize("un", [
    "The UN humanitarian office said at least nine civilians had been killed in Tel Zirka, according to figures "
    "from the Kurdish-led administration's health authority.",
    "OCHA said nine civilians had been killed in Tel Zirka, according to the Autonomous Administration of North and "
    "East Syria.",
])
def test_a_un_body_closing_on_according_to_a_body_relays_it(registry, un):
    # Fixed (80 strong): the UN body was an origin of its own beside the authority it relays.
    claim = one_claim_of([(["un_figure"], un),
                          (["on_record"], "The Kurdish-led administration said nine civilians had been killed.")],
                         registry)
    (origin,) = claim["profile"]["origins"]
    assert origin["via"] == ["OCHA"]


@pytest.mark.parametrize("text", [
    "The UN said 30 people were killed in the strike, according to Reuters.",
    "The UN said 30 people were killed in the strike, according to The Kabul Times.",
])
def test_a_un_figure_according_to_an_outlet_stays_the_uns(registry, text):
    (only,) = read([(["un_figure"], text)], registry)
    assert only.type == "un_figure" and only.source is not None


# ---- Somalia audit ----

@pytest.mark.parametrize("text, office", [
    ("Somali army commander Barre said Yare was among those killed.", "SOMALIA"),
    ("Somali army commander Maj. Gen. Abdullahi Cali Barre said 13 fighters had died.", "SOMALIA"),
    ("Kenyan police spokesman Bruno Shioso said the attackers fled.", "KENYA"),
    ("Rebel army commander Barre said Yare was among those killed.", ""),
])
def test_a_states_organ_and_post_before_a_name_give_the_state(registry, text, office):
    # Fixed (75 strong): "Somali army commander Barre" spoke for no state, so he and Somalia's
    # information minister were two origins.
    (only,) = read([(["on_record"], text)], registry)
    assert only.office == office


@pytest.mark.parametrize("texts", [
    ["NAIROBI (Reuters) - Army spokesman Lul Ruai Koang said 31 fighters were killed near Nasir.",
     "South Sudan's army said 31 fighters were killed near Nasir."],
    ["Russian missiles hit Kharkiv overnight, killing four people, Governor Oleh Syniehubov said.",
     "Ukraine's emergency service said four people were killed in Kharkiv."],
])
def test_an_office_holder_of_no_stated_country_joins_the_claims_one_state(registry, texts):
    # Kept (round 42's second review): reading such an official as the one state his article names
    # made the wire's dateline (Nairobi) or the attacker (Russia) his state; the rule was withdrawn.
    claim = one_claim_of([(["on_record"], t) for t in texts], registry)
    assert claim["profile"]["independent_origins"] == 1


def test_a_description_that_fits_no_source_named_before_is_not_it(registry):
    # Fixed (with the LNA registered): "according to the city's hospital" after "The LNA did not
    # respond …" was the LNA's word.
    found = read([([], "The LNA did not respond to requests for comment on the convoys."),
                  (["on_record"], "The strike killed 11 people in the Shiha district, according to the city's hospital.")],
                 registry)
    assert found[-1].source is None


# ---- Tripoli audit ----

@pytest.mark.parametrize("texts", [
    ["The General Command of the Libyan Arab Armed Forces said none of its drones had flown over Tripoli.",
     "LNA spokesman Ahmed al-Mismari said none of its drones had flown over Tripoli."],
    ["Haftar's spokesman said none of the army's drones had flown over Tripoli.",
     "The Libyan National Army said none of its drones had flown over Tripoli."],
    ["Libya's Presidential Council announced a ceasefire that took effect at 4 pm on Wednesday.",
     "The GNU's Defence Ministry said a truce had taken effect at 4 pm on Wednesday."],
])
def test_one_libyan_sides_bodies_and_spokesmen_are_one_origin(registry, texts):
    # Fixed (88 and 75 strong): the LNA's official name, its commander's and its spokesman counted apart;
    # the Presidential Council and the GNU's ministry counted apart.
    claim = one_claim_of([(["on_record"], t) for t in texts], registry)
    assert claim["profile"]["independent_origins"] == 1


def test_libyas_state_and_the_lna_are_two_sides(registry):
    # Fixed: the LNA, unregistered, read as Libya's army and merged with the Tripoli interior ministry.
    claim = one_claim_of([(["on_record"], "Libya's interior ministry said rockets had hit a plane at Mitiga airport."),
                          (["on_record"], "The Libyan National Army said rockets had hit a plane at Mitiga airport.")],
                         registry)
    assert claim["profile"]["independent_origins"] == 2


def test_libya_al_hadath_is_the_lnas_channel_not_the_saudi_al_hadath(registry):
    assert [m.source.name for m in registry.find("Speaking to Libya al-Hadath TV, the spokesman said.")] == ["Libya al-Hadath"]
    assert [m.source.name for m in registry.find("Al-Hadath TV reported the strike.")] == ["Al-Hadath"]


@pytest.mark.parametrize("second", [
    "Major General Ahmed al-Mismari, the official spokesman of the General Command, told a news conference that "
    "the army did not target any shelter.",
    "\"These missiles were never in our hands,\" the army's spokesman, Maj. Gen. Faraj al-Shaheibi, told Barqa Today.",
])
def test_an_officer_set_in_a_body_the_article_named_before_speaks_for_it(registry, second):
    # Fixed (dev, with the LNA registered): the officer, of "some state's forces", was counted apart from the LNA.
    found = read([(["on_record"], "The General Command of the Libyan National Army said its air force struck a depot."),
                  (["on_record"], second)], registry)
    assert found[-1].source is not None and found[-1].source.name == "Libyan National Army"


# ---- Upper Nile and Somalia audits: leaks, relays, heads of mission ----

@pytest.mark.parametrize("leak, said", [
    ("An internal SSPDF memo, leaked to reporters, shows the army ordered two battalions moved to Nasir by barge.",
     "Army spokesman Garang Majok Thon said two battalions had been moved to Nasir by barge."),
    ("A memo signed by a senior SSPDF commander and seen by Sobat Post ordered two battalions moved to Nasir by barge.",
     "The SSPDF said two battalions had been moved to Nasir by barge."),
    ("A leaked US Africa Command memo, first published by The Meridian Post, says the strike killed 11 fighters.",
     "US Africa Command (AFRICOM) said in a statement that its strike killed 11 fighters."),
    ("A confidential casualty review by AFRICOM, obtained by The Meridian Post, found that the strike killed 11 fighters.",
     "US Africa Command said in a statement that its strike killed 11 fighters."),
])
def test_a_bodys_own_leaked_document_is_one_origin_with_it(registry, leak, said):
    # Fixed (75 strong): the army's or AFRICOM's own memo and its spokesman or statement were two origins.
    claim = one_claim_of([(["leaked_recording", "media_report"], leak), (["on_record"], said)], registry)
    assert claim["profile"]["independent_origins"] == 1


def test_an_intelligence_agencys_leaked_document_stays_apart(registry):
    assert attribution._document_owner("A leaked CIA memo says the strike killed 11 fighters.",
                                       registry.find("A leaked CIA memo says the strike killed 11 fighters."), "x") is None


@pytest.mark.parametrize("cited, relayed", [
    ("South Sudan's Relief and Rehabilitation Commission", True),
    ("Ethiopia's Water and Energy Bureau", True),
    ("local authorities and IOM", False),
    ("the Health Ministry and UNICEF", False),
])
def test_a_name_holding_and_is_one_source_a_list_is_not(cited, relayed):
    # Fixed (80 strong): "OCHA, citing South Sudan's Relief and Rehabilitation Commission," was read as two
    # sources, so OCHA stayed an origin beside the commission.
    assert disputes._listed(cited) is not relayed


def test_a_un_body_citing_a_commission_named_with_and_relays_it(registry):
    claim = one_claim_of([
        (["un_figure", "on_record"], "The UN Office for the Coordination of Humanitarian Affairs (OCHA), citing South "
                                     "Sudan's Relief and Rehabilitation Commission, said about 18,000 people had fled."),
        (["un_figure"], "According to OCHA, some 18,000 people had fled.")], registry)
    assert claim["profile"]["independent_origins"] == 1


@pytest.mark.parametrize("head", [
    "MSF's head of mission in South Sudan, Elodie Marchand, said shelling damaged the health post.",
    "The ICRC's head of delegation in South Sudan, Pierre Dufour, said shelling damaged the health post.",
])
def test_a_head_of_mission_set_in_a_place_speaks_for_the_body(registry, head):
    # Fixed (75 strong twice): "head of mission in South Sudan" was no post of the NGO's.
    body = "Medecins Sans Frontieres (MSF)" if "MSF" in head else "The International Committee of the Red Cross (ICRC)"
    claim = one_claim_of([(["on_record"], f"{body} said shelling damaged its health post."), (["on_record"], head)],
                         registry)
    assert claim["profile"]["independent_origins"] == 1


@pytest.mark.parametrize("outlet, said", [
    ("UN-run Radio Miraya reported that peacekeepers had evacuated 40 wounded civilians.",
     "UNMISS said peacekeepers evacuated 40 wounded civilians."),
    ("State broadcaster SSBC quoted army spokesman Brig. Gen. Garang Majok Thon as saying troops killed 31 fighters.",
     "Speaking to SSBC in Juba, SSPDF spokesman Brigadier General Garang Majok Thon said the forces killed 31 fighters."),
])
def test_a_bodys_own_outlet_is_its_voice(registry, outlet, said):
    # Fixed (74 and 75 strong): the UN mission's radio and the state broadcaster were origins of their own.
    claim = one_claim_of([(["media_report"] if "Miraya" in outlet else ["on_record", "media_report"], outlet),
                          (["un_figure"] if "UNMISS" in said else ["on_record", "media_report"], said)], registry)
    assert claim["profile"]["independent_origins"] == 1


# ---- Somalia audit: datelines, researchers, notes ----

def test_a_state_agencys_dateline_is_no_part_of_the_subject(registry):
    # Fixed: "Mogadishu (SONNA) - The Federal Government of Somalia has announced …" was an unnamed source.
    (only,) = read([(["on_record"], "Mogadishu (SONNA) - The Federal Government of Somalia has announced that a joint "
                                    "operation killed senior al-Shabaab leaders.")], registry)
    assert only.speaker_name == "The Federal Government of Somalia"


@pytest.mark.parametrize("text, body", [
    ("\"These were farmers, not fighters,\" said Cabdi Xasan Geedi, Human Rights Watch's Somalia researcher.",
     "Human Rights Watch"),
    ("\"These were farmers,\" said Leila Farah, Amnesty International's Somalia researcher.", "Amnesty International"),
])
def test_a_bodys_researcher_named_first_speaks_for_it(registry, text, body):
    # Fixed (75 strong in a probe): the researcher was an origin apart from the body.
    (only,) = read([(["on_record"], text)], registry)
    assert only.source is not None and only.source.name == body


@pytest.mark.parametrize("note", [
    "AFP could not independently verify the accounts from the village, which lies in an area largely controlled by al-Shabaab.",
    "The Meridian Post could not independently verify the memo's authenticity, and AFRICOM declined to comment on it.",
    "The commissioner's figure could not be independently verified.",
    "Nuur's figure could not be independently verified.",
])
def test_notes_with_a_where_or_why_clause_or_a_named_figure_are_notes(note):
    # Fixed (four claims moderate, not weak): these notes were read as claims of their own.
    assert verification_note(note)


def test_a_note_with_a_where_clause_hedges_the_accounts_before_it(registry):
    found = article_claims([
        (["anonymous_source"], "Residents reached by telephone said civilians were among the dead, including a woman."),
        ([], "AFP could not independently verify the accounts from the village, which lies in an area largely "
             "controlled by al-Shabaab.")], registry)
    assert "unverified" in found["r#0"]["profile"]["flags"] and found["r#0"]["score"] == 10


def test_a_claim_after_and_is_still_a_claim():
    assert not verification_note("Reuters could not verify the figures, and the Observatory puts the toll at 350.")


# ---- found re-running the audit folders after the fixes above ----

def test_a_spokesmans_denial_grouped_with_the_claim_disputes_it(registry):
    # Fixed (Upper Nile folder, 75 strong once the SPLA-IO was registered): "Col. Nyang denied that the
    # SPLA-IO had armed the White Army" made the SPLA-IO, named after his verb, an origin of the charge.
    found = read([(["on_record"], "SPLA-IO spokesman Col. Lam Paul Nyang said the army had shelled Tor-Kuoth."),
                  (["on_record"], "Col. Nyang denied that the SPLA-IO had armed the White Army.")], registry)
    assert claims.denied_here("Col. Nyang denied that the SPLA-IO had armed the White Army.", [found[-1]],
                              registry)[0].disputes


def test_a_countryless_ministry_joins_a_registered_government(registry):
    # Fixed (Tripoli folder, 80 strong once the GNU was registered): "The Health Ministry said" was an
    # origin apart from "The health ministry of the Tripoli-based Government of National Unity (GNU)".
    claim = one_claim_of([
        (["on_record"], "The health ministry of the Tripoli-based Government of National Unity (GNU) said 23 people "
                        "had been killed."),
        (["on_record"], "The Health Ministry said 23 people had been killed in the clashes.")], registry)
    assert claim["profile"]["independent_origins"] == 1


def test_a_role_owner_is_read_within_its_clause(registry):
    # Fixed: "Speaking to Libya al-Hadath TV, the Army's spokesman, X," read the outlet before the comma
    # as the spokesman's owner (the Saudi-owned Al-Hadath).
    found = read([(["on_record", "media_report"], "Speaking to Libya al-Hadath TV, the Army's spokesman, Major General "
                                                  "Ahmed al-Mismari, said no aircraft had taken off.")], registry)
    assert all(a.source is None or a.source.name != "Al-Hadath" for a in found)


def test_an_officer_set_as_commander_of_a_states_army_is_that_states(registry):
    # Fixed (Somalia folder, 75 strong after the article-state rule was withdrawn): "The commander of the
    # Somali National Army (SNA), Maj. Gen. X," spoke for no state, so he and "Minister Warsame" were two.
    (only,) = read([(["on_record"], "The commander of the Somali National Army (SNA), Maj. Gen. Abdullahi Cali Barre, "
                                    "said 13 al-Shabaab fighters had died.")], registry)
    assert only.office == "SOMALIA"
