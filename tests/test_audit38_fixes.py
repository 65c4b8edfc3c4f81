"""Misattributions found in round 38 (left open by round 37's code review, and an Idlib audit),
each fixed and kept here as a one-sentence regression test."""

import pytest

from annotator.claims.signals import accused, blamed, compatible, signature
from annotator.registry import load_registry

from .articles import article_claims, one_claim_of
from .articles import claim_origins_of as origins_of


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def test_a_denial_that_blames_whom_the_claim_names_backs_it(registry):
    # Fixed: the army, which blames the RSF, read as disputing the UN's "the RSF carried out the killings".
    claim = one_claim_of([
        (["un_figure"], "The paramilitary Rapid Support Forces carried out the killings of at least 40 villagers "
                        "in Wad Ashar, the UN human rights office said."),
        (["on_record"], "The Sudanese army denied that its soldiers took part in the killings of 40 villagers in "
                        "Wad Ashar, blaming the Rapid Support Forces."),
    ], registry)
    assert claim["profile"]["disputed_by"] == []
    assert len(claim["profile"]["origins"]) == 2


def test_a_denial_that_blames_someone_else_still_disputes(registry):
    claim = one_claim_of([
        (["un_figure"], "The army carried out the killings of at least 40 villagers in Wad Ashar, the UN human "
                        "rights office said."),
        (["on_record"], "The Sudanese army denied that its soldiers took part in the killings of 40 villagers in "
                        "Wad Ashar, blaming the Rapid Support Forces."),
    ], registry)
    assert claim["profile"]["disputed_by"] == ["The Sudanese army"]


def test_the_kind_of_force_is_not_whose_it_is():
    # "Forces" was the one name the army's and the RSF's accounts shared, so they could group.
    assert not compatible(signature("The shells were fired by the Sudanese Armed Forces, the RSF said."),
                          signature("The shells were fired by the Rapid Support Forces, the army said."))
    assert accused("It denied any role, accusing the Rapid Support Forces.") == {"rapid", "support", "rsf"}
    assert blamed("Rockets were fired by government forces.") == frozenset()


# ----- an Idlib audit (an invented air strike on a market in Kafr Rumman) -----

def test_syrias_own_organs_are_pro_regime(registry):
    # Fixed: Damascus's foreign ministry and the Kremlin made a "strong" claim with no pro_regime_only
    # flag, as Syria's organs, unregistered, leaned "unknown" while its ally's leaned pro-regime.
    claim = one_claim_of([
        (["on_record"], "Syria's foreign ministry said the footage from the Kafr Rumman market had been staged by "
                        "the White Helmets."),
        (["on_record"], "A Kremlin spokesman said the footage from the Kafr Rumman market had been staged by the "
                        "White Helmets."),
    ], registry)
    assert "pro_regime_only" in claim["profile"]["flags"] and claim["grade"] != "strong"
    [army] = origins_of(["The Syrian army's general command said its aircraft had struck only weapons depots."],
                        registry)
    assert army["leaning"] == "pro_regime"


def test_the_oppositions_interim_government_is_not_syrias_state(registry):
    [origin] = origins_of(["The Syrian Interim Government's health minister said 20 people were killed."], registry)
    assert origin["speaks_for"] is None and origin["leaning"] != "pro_regime"


def test_a_head_described_by_the_body_he_heads_is_one_origin_with_it(registry):
    # Fixed: the civil defence and "Mahmoud Sweidan, who heads the civil defence centre" were two
    # origins of one toll (strong 75).
    claim = one_claim_of([
        (["on_record"], "Air strikes hit the market in Kafr Rumman on Tuesday, killing at least 19 civilians, the "
                        "Syria Civil Defence rescue service said."),
        (["on_record"], "At least 19 civilians were killed when air strikes hit the market in Kafr Rumman on "
                        "Tuesday, said Mahmoud Sweidan, who heads the civil defence centre in Kafr Rumman."),
    ], registry)
    assert len(claim["profile"]["origins"]) == 1


def test_a_speaker_after_a_quote_is_not_the_place_in_his_description(registry):
    # Fixed: read as said by "Kafr Rumman".
    [origin] = origins_of(['"The jets struck the market twice," Mahmoud Sweidan, who heads the civil defence '
                           'centre in Kafr Rumman, told Reuters by phone.'], registry)
    assert origin["name"] == "Mahmoud Sweidan"


@pytest.mark.parametrize("text, name", [
    ("The Foreign and Expatriates Ministry said the reports were lies.", "Foreign and Expatriates Ministry"),
    ("The Ministry of Labour and Social Affairs said 20 were killed.", "Ministry of Labour and Social Affairs"),
])
def test_a_portfolio_joined_by_and_is_part_of_the_name(registry, text, name):
    # Fixed: read as "Expatriates Ministry" and "Social Affairs".
    [origin] = origins_of([text], registry)
    assert origin["name"] == name


def test_a_note_on_the_tolls_flags_the_tolls_before_it(registry):
    # Fixed: "The toll could not be independently verified by AFP." flagged the line just before it (how
    # many children) but not the toll two lines up that it is about.
    texts = ["The United Nations raised the death toll from the air strikes on the market to 24 civilians, citing "
             "the Idlib health directorate.",
             "Some 300,000 people have fled the area since December, the United Nations said.",
             "Among the dead were eight children and three women, the UN humanitarian office OCHA said.",
             "The toll could not be independently verified by AFP."]
    found = article_claims([(["un_figure"] if k < 3 else [], t) for k, t in enumerate(texts)], registry, "AFP")
    assert {k for k, c in found.items() if "unverified" in c["profile"]["flags"]} == {"r#0", "r#2"}  # not the displacement
    # only the line the note follows is halved: a reprint's note does not halve the original's toll
    assert {k for k, c in found.items() if c["profile"]["origins"][0]["hedged"]} == {"r#2"}


def test_an_outlet_run_by_a_registered_organ_speaks_for_its_state(registry):
    # Left open since round 36: Sepah News, the IRGC's outlet, was an origin apart from Iran's ministries.
    assert len(origins_of(["Iran's foreign ministry said the drones had struck the base.",
                           "Sepah News said the drones had struck the base."], registry,
                          ("on_record", "pro_regime_outlet"))) == 1


# ----- mends from round 38's code review -----

@pytest.mark.parametrize("claimed, denied", [
    ("A Russian missile struck the Okhmatdyt children's hospital in Kyiv on Monday, killing two people, Ukraine's "
     "air force said.",
     "Russia's defence ministry denied that a Russian missile struck the Okhmatdyt children's hospital in Kyiv on "
     "Monday, killing two people, blaming Ukrainian air defences."),
    ("RSF fighters attacked the Zamzam camp near El Fasher, killing at least 100 people, the UN said.",
     "The Rapid Support Forces denied attacking the Zamzam camp near El Fasher, accusing the UN of repeating army "
     "propaganda."),
    ("Russian troops killed 20 civilians in Bucha, Ukraine's prosecutor general said.",
     "Russia denied that its troops killed civilians in Bucha, accusing Ukraine of staging the scene."),
    ("Wagner mercenaries and Malian soldiers killed 500 civilians in Moura, the UN human rights office said.",
     "Russia denied that Wagner fighters took part in the killings of 500 civilians in Moura, blaming the Malian army."),
])
def test_a_denial_blaming_someone_the_claim_names_but_not_as_its_doer_still_disputes(registry, claimed, denied):
    claim = one_claim_of([(["on_record", "un_figure"], claimed), (["on_record"], denied)], registry)
    assert claim["profile"]["disputed_by"] and claim["grade"] != "strong"


@pytest.mark.parametrize("described, other, label", [
    ("Adam Rijal, who heads the state human rights office in North Darfur, said at least 460 patients were killed "
     "at the Saudi hospital in El Fasher.",
     "At least 460 patients were killed at the Saudi hospital in El Fasher, the UN human rights office said.",
     "un_figure"),
    ("Khaled Ahmed, who runs a local news agency in Idlib, said the strike killed 12 people in Maarat Misrin.",
     "The strike killed 12 people in Maarat Misrin, Reuters reported.", "media_report"),
    ("Ali Ahmed, who heads the state civil defence directorate in Latakia, said the strike killed 12 people.",
     "The strike killed 12 people, the Syrian Civil Defence said.", "on_record"),
])
def test_a_body_described_with_words_of_its_own_is_not_a_registered_one(registry, described, other, label):
    claim = one_claim_of([(["on_record"], described), ([label], other)], registry)
    assert len(claim["profile"]["origins"]) == 2


def test_the_oppositions_army_is_not_pro_regime(registry):
    [origin] = origins_of(["The Syrian National Army said Kurdish militants fired the rockets that killed five "
                           "civilians in Azaz."], registry)
    assert origin["leaning"] != "pro_regime"
    assert len(origins_of(["Bangladesh's Interim Government said 300 people were killed in the uprising.",
                           "Bangladesh's home ministry said 300 people were killed in the uprising."], registry)) == 1


def test_a_group_after_a_portfolio_and_and_is_its_own_name(registry):
    assert len(origins_of(["Gaza's health ministry said cholera had killed 20 people in Khan Younis.",
                           "The Ministry of Health and Medecins du Monde said cholera had killed 20 people in Khan "
                           "Younis."], registry)) == 2


def test_a_side_named_only_by_its_kind_still_says_who_fired():
    assert not compatible(signature("The mortar rounds were fired by the Army, an M23 spokesman said."),
                          signature("The mortar rounds were fired by M23 rebels, the army said."))


def test_a_note_on_one_sides_figures_does_not_reach_back(registry):
    texts = ["Russian missile strikes killed 14 civilians in Kharkiv on Monday, regional governor Oleh Syniehubov said.",
             "Russia's defence ministry said its forces killed 300 Ukrainian soldiers near Kupiansk in the past day.",
             "Reuters could not independently verify the Russian figures."]
    found = article_claims([(["on_record"] if k < 2 else [], t) for k, t in enumerate(texts)], registry)
    assert {k for k, c in found.items() if "unverified" in c["profile"]["flags"]} == {"r#1"}


# ----- a Gaza audit (an invented strike on a school used as a shelter) -----

def test_a_un_body_citing_the_ministry_named_before_relays_it(registry):
    # Fixed: OCHA "citing the ministry" was a second origin beside the ministry (strong 80).
    assert len(origins_of([
        "The death toll from an Israeli strike on a Gaza City school rose to 38, the health ministry in the Hamas-run "
        "territory said.",
        "The UN Office for the Coordination of Humanitarian Affairs said 38 people had been killed, citing the ministry.",
    ], registry, ("on_record", "un_figure"))) == 1


def test_an_outlet_a_statement_is_passed_on_by_is_its_channel(registry):
    # Fixed: "According to Haaretz, the Israeli military said …" made Haaretz an origin beside the army.
    [origin] = origins_of(["According to Haaretz, the Israeli military said seven operatives were killed in the "
                           "strike on the school."], registry, ("on_record", "media_report"))
    assert origin["name"] == "Israel Defense Forces" and origin["via"] == ["Haaretz"]


def test_who_released_what_a_speaker_speaks_of_is_not_the_speaker(registry):
    # Fixed: the IDF, named in what the media office said, was read as its speaker (strong 75 with Hamas).
    [origin] = origins_of(["The Gaza government media office, which is run by Hamas, said in a statement that the "
                           "recording released by the Israeli military was fabricated by Israeli intelligence."],
                          registry)
    assert origin["name"] == "Hamas"


def test_a_ministry_spokesman_speaks_for_the_ministry_named_before(registry):
    # Fixed: "Ministry spokesman Fadi Awadallah" was an origin apart from the Hamas-run ministry (strong 75).
    assert len(origins_of([
        "The death toll from an Israeli strike on a Gaza City school rose to 38, the health ministry in the Hamas-run "
        "territory said.",
        "Ministry spokesman Fadi Awadallah said 38 people had been killed in the strike on the school.",
        "Gaza health ministry spokesman Fadi Awadallah said the death toll had risen to 38.",
    ], registry)) == 1


def test_a_recording_a_party_released_is_its_own(registry):
    # Fixed: "The military also released what it said was an intercepted phone call" was an independent leak.
    assert len(origins_of([
        "IDF spokesman Lt. Col. Nadav Erez said the strike killed at least seven operatives.",
        "The military also released what it said was an intercepted phone call in which two Hamas operatives discuss "
        "moving equipment into the school's basement.",
    ], registry, ("leaked_recording", "on_record"))) == 1


def test_could_not_authenticate_is_a_hedge():
    from annotator.claims import hedges
    from annotator.claims.signals import verification_note
    assert verification_note("Northline could not independently authenticate the recording.")
    assert hedges("The recording, which could not be authenticated, shows two men talking.")


@pytest.mark.parametrize("text, counted", [
    ("Nabil Qudaih said rescuers had pulled 27 bodies from the rubble of the school.", True),
    ("Samira Hamdouna, 41, who had been sheltering with her three children, said the ceiling collapsed.", False),
    ("Some 300,000 people have fled the area since December.", False),
    # from the second code review
    ("The strike killed nearly 40 people in the market.", True),
    ("Twenty civilians were killed in the shelling.", True),
    ("The army deployed 5,000 soldiers to the area.", False),
    ("Ukraine said it had captured 12 Russian soldiers.", False),
    ("Some 40 children were evacuated from the hospital.", False),
])
@pytest.mark.parametrize("note", ["Reuters could not independently verify the casualty figures.",
                                  "The toll could not be independently verified."])
def test_a_note_on_the_tolls_reaches_counts_of_the_dead_or_wounded_only(note, text, counted):
    from annotator.claims.signals import note_reaches
    assert note_reaches(note, text) is counted


# ----- mends from the second code review of round 38 -----

@pytest.mark.parametrize("texts, labels, name", [
    (["Hodeidah port, which is controlled by the Houthis, was struck by US jets overnight, the Pentagon said."],
     ("on_record",), "Pentagon"),
    (["Local officials said 40 people had died, citing a tally released by OCHA."], ("on_record", "un_figure"),
     "United Nations (OCHA)"),
    (["The death toll rose to 38, the health ministry in the Hamas-run territory said.",
      "Foreign Ministry spokesman Oren Marmorstein said 38 people were killed by a misfired rocket."],
     ("on_record",), "Oren Marmorstein"),
    (["According to Al Jazeera, 20 people died and the Israeli army said it had targeted militants."],
     ("on_record", "media_report"), "Al Jazeera"),
    (["The exiled National Unity Government released what it said was footage of the strike."],
     ("on_record", "leaked_recording"), "The exiled National Unity Government"),
])
def test_the_gaza_rules_leave_other_sources_as_they_were(registry, texts, labels, name):
    assert name in [o["name"] for o in origins_of(texts, registry, labels)]


def test_a_statement_published_by_an_outlet_is_still_relayed_by_it(registry):
    [origin] = origins_of(["The army said in a statement published by SANA that it had repelled the attack."],
                          registry, ("on_record", "pro_regime_outlet"))
    assert origin["via"] == ["SANA"]


@pytest.mark.parametrize("texts, count", [
    # Fixed: Gaza's civil defence was an origin apart from the Hamas-run health ministry (strong 75).
    (["The strike killed 38 people, the health ministry in the Hamas-run territory said.",
      "Gaza's civil defence agency said 38 people were killed in the strike."], 1),
    (["The Saudi health ministry said 12 people were injured by the debris.",
      "The Saudi civil defence said 12 people were injured by the debris."], 1),
])
def test_a_states_civil_defence_is_its_organ_but_syrias(registry, texts, count):
    assert len(origins_of(texts, registry)) == count
    # Syria's civil defence is the opposition's White Helmets, no organ of Damascus
    [origin] = origins_of(["Syria's civil defence said 19 civilians were killed in Kafr Rumman."], registry)
    assert origin["speaks_for"] is None and origin["leaning"] != "pro_regime"
