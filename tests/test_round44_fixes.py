"""Misattributions found in round 44 (round 43's leftovers, and audits on Mindanao, Nagorno-Karabakh,
Kashmir and Gaza), each fixed and kept here as a one-sentence regression test."""

import pytest

from annotator.registry import load_registry

from annotator.claims import claim_problem
from annotator.segment import segment

from .articles import article_attributions, claims_of_articles


@pytest.fixture(scope="module")
def registry():
    return load_registry()


R = ["on_record"]
A = ["anonymous_source"]


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


@pytest.mark.parametrize("role", ["the mayor", "the district commissioner", "the town's mayor", "the police chief"])
def test_an_official_named_by_role_counts_apart_from_residents(registry, role):
    # Found in round 43's Iraqi Kurdistan audit: "…, the mayor said" was folded into "residents told AFP"
    # and scored as them (20, anonymous only); alone the mayor scored 50. Residents count apart from a
    # source described by its role, as from a named one.
    claim = max(claims_of_articles([[(A + ["media_report"], "Dozens of families have fled Kore Sor, residents told AFP.")],
                                    [(R, f"About 40 families have fled Kore Sor, {role} said.")]], registry),
                key=lambda c: len(c["mentions"]))
    assert claim["profile"]["independent_origins"] == 2
    assert "anonymous_only" not in claim["profile"]["flags"]
    assert any(o["name"].startswith(role) for o in claim["profile"]["origins"])


def test_an_official_of_the_body_named_by_role_is_scored_as_it(registry):
    # Development claims such as "baku-denies-hitting-civilians" scored 20 (weak): "The ministry said" and
    # "a ministry official said" were one origin, scored as the anonymous citation.
    claim = max(claims_of_articles([[(R, "Three soldiers were killed in the fighting, the ministry said.")],
                                    [(A, "Three soldiers were killed in the fighting, a ministry official said.")]], registry),
                key=lambda c: len(c["mentions"]))
    assert claim["profile"]["independent_origins"] == 1
    assert claim["grade"] == "moderate" and "anonymous_only" not in claim["profile"]["flags"]


@pytest.mark.parametrize("text", [
    "The Israeli military said there had been no sign in its surveillance footage of civilians near the school.",
    "Families had come to the school to sign up for food parcels when the strike hit.",
    "Western intelligence officials quoted by the Horn Security Brief newsletter said Kenyan forces led the assault.",
    '"We fled thirty years ago, and now its drones follow us here," said Gulistan Aksoy, a resident.',
    "The camp receives about 200 tonnes of flour per month, the World Food Programme said.",
])
def test_prose_with_a_prompt_s_words_is_no_page_furniture(text):
    # Found in round 44's Gaza audit: "no sign in …" and "to sign up for …" were dropped as page furniture,
    # with no problem reported; three development sentences were lost the same way.
    assert claim_problem(text, ["on_record"]) is None


@pytest.mark.parametrize("text", ["Sign up for our Asia security newsletter.", "Subscribe to our Telegram channel for daily updates.",
                                  "Lajm Daily on Telegram: follow us for updates from the north.",
                                  "Support independent journalism: donate to Novaya Volna today.",
                                  "Copyright 2024 The Herald. All rights reserved."])
def test_reader_prompts_are_page_furniture(text):
    assert claim_problem(text, []) == "page furniture"


@pytest.mark.parametrize("title", ["Atty.", "Engr.", "Fr.", "Pvt.", "Cdr."])
def test_an_honorific_before_a_name_ends_no_sentence(title):
    # Found in round 44's Mindanao audit: "CHR spokesperson Atty. Marites Bolinas said …" was cut at "Atty.",
    # so Bolinas was no longer the CHR's and counted as a second origin (75 strong).
    text = f"CHR spokesperson {title} Marites Bolinas said the commission had sent a team. It arrived on Monday."
    assert [s.text for s in segment(text)] == [text[:text.index(" It arrived")], "It arrived on Monday."]


@pytest.mark.parametrize("other", ["The Artsakh health ministry", "Nagorno-Karabakh's health ministry"])
def test_karabakh_and_artsakh_are_one_side(registry, other):
    # Found in round 44's Nagorno-Karabakh audit: "the Karabakh health ministry" (a wire) and "The Artsakh
    # health ministry" (Armenpress) were two origins (75 strong).
    claim = max(claims_of_articles([[(R, "A fuel depot exploded near Stepanakert, killing 68 people, the Karabakh health ministry said.")],
                                    [(R, f"{other} said the explosion near Stepanakert killed 68 people.")]], registry),
                key=lambda c: len(c["mentions"]))
    assert claim["profile"]["independent_origins"] == 1


@pytest.mark.parametrize("text, office", [
    ("Azerbaijan's foreign policy adviser Elchin Amirov said residents were leaving of their own will.", "AZERBAIJAN"),
    ("Russia's presidential aide Yuri Ushakov said talks were planned.", "RUSSIA"),
    ("Presidential Aide Ramil Sadigov said the measures had been completed.", "?"),
    ("The group's military adviser Ahmed Musa said the town fell.", ""),
])
def test_a_state_s_adviser_or_aide_holds_its_office(registry, text, office):
    # Found in round 44's Karabakh audit: "Azerbaijan's foreign policy adviser X" beside "Baku says" counted
    # as two origins (75 strong); an adviser of no state stays a person.
    (said,) = article_attributions([(R, text)], registry)
    assert said.office == office


@pytest.mark.parametrize("first, second", [
    ("The Army's Northern Command said troops and police had launched a search above Naranag.",
     "Troops and police had launched a search above Naranag, the Jammu and Kashmir Police said."),
    ("The Indian army said troops and police had launched a search above Naranag.",
     "Troops and police had launched a search above Naranag, Jammu and Kashmir Police chief Anil Bhatnagar said."),
    ("India's home ministry said troops and police had launched a search above Naranag.",
     "Troops and police had launched a search above Naranag, said the region's police chief, Nalini Kaul."),
    ("Two suspects were detained at a checkpoint in Isabela City, the Philippine National Police said.",
     "Col. Maria Santos, the provincial police director, said two suspects were detained at a checkpoint in Isabela City."),
    ("Two suspects were arrested at a checkpoint in Sultan Kudarat, the PNP said.",
     "Police Regional Office director Brig. Gen. Romeo Dalisay said two suspects were arrested at a checkpoint in Sultan Kudarat."),
    ("Two suspects were arrested at a checkpoint in Sultan Kudarat, the PNP said.",
     "Two suspects were arrested at a checkpoint in Sultan Kudarat, Police Regional Office-Bangsamoro Autonomous Region "
     "(PRO-BAR) director Brig. Gen. Romeo Dalisay said."),
    ("Six Russian peacekeepers were killed near Dashbulag, Russia's defence ministry said.",
     "The Russian peacekeeping contingent said six of its servicemen were killed near Dashbulag."),
])
def test_one_state_s_army_police_and_their_heads_are_one_origin(registry, first, second):
    # Found in round 44's Kashmir, Mindanao and Karabakh audits (75 strong each): the Indian army and the J&K
    # Police (India was not registered), "the Army's Northern Command", a police chief or director named by
    # a lower-case post, and a state's peacekeeping contingent were counted apart from their state.
    claim = max(claims_of_articles([[(R, first)], [(R, second)]], registry), key=lambda c: len(c["mentions"]))
    assert claim["profile"]["independent_origins"] == 1


@pytest.mark.parametrize("text", ["Ahmed Ali, a former police chief, said two men were held.",
                                  "Hamas police chief Mahmoud Salah said two men were held."])
def test_a_former_or_a_side_s_police_chief_is_no_state_s_office(registry, text):
    (said,) = article_attributions([(R, text)], registry)
    assert said.office in ("", "GAZA") and said.office != "?"


@pytest.mark.parametrize("texts, speaker", [
    (["Lumen Forensics, a visual investigations team, said it had found no sign, in videos of the strike, of the "
      "secondary explosions the Israeli military has described."], "Lumen Forensics"),
    (["The open-source group Earshot Lab said its review of footage from the school found none of the secondary "
      "detonations cited by the IDF."], "Earshot Lab"),
    (["Abu Shanab said the school held no fighters.", "He described the audio released by the Israeli army as a fabrication."],
     "Abu Shanab"),
])
def test_a_body_named_in_what_another_says_is_not_its_speaker(registry, texts, speaker):
    # Found in round 44's Gaza audit (78 and 75 strong in probes): a finding against the IDF's account, and a
    # Hamas official's rejection of its recording, were credited to the IDF named inside them.
    said = article_attributions([(R, t) for t in texts], registry)[-1]
    assert said.source is None and said.speaker_name == speaker


def test_a_side_s_media_office_is_that_side_s(registry):
    # Found in round 44's Gaza audit: "The Hamas-run government media office" and Hamas were two origins (75 strong).
    claim = max(claims_of_articles([[(R, "Hamas denied that any of its fighters had been present at the Al-Nour school.")],
                                    [(R, "The Hamas-run government media office denied that any armed men had been "
                                         "present at the Al-Nour school.")]], registry), key=lambda c: len(c["mentions"]))
    assert claim["profile"]["independent_origins"] == 1


@pytest.mark.parametrize("who", ["Ashraf al-Qudra, spokesman of the Hamas-run health ministry,",
                                 "Hatem Abu Shanab, director of the Hamas-run government media office,"])
def test_a_named_official_of_a_side_s_organ_set_after_his_name_speaks_for_it(registry, who):
    # Found in round 44's Gaza audit (probe p03/var2, 75 strong): a spokesman or director set after his name
    # with no article ("X, spokesman of the Hamas-run health ministry,") was counted apart from Hamas.
    claim = max(claims_of_articles([[(R, "Hamas said the recording released by the IDF was a forgery.")],
                                    [(R, f"{who} said the recording released by the IDF was a forgery.")]], registry),
                key=lambda c: len(c["mentions"]))
    assert claim["profile"]["independent_origins"] == 1
