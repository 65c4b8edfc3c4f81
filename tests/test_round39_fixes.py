"""Misattributions found in round 39 (round 38's leftovers, and audits on Yemen and the Sahel),
each fixed and kept here as a one-sentence regression test."""

import pytest

from annotator.claims.names import _source_state
from annotator.registry import Registry, Source, load_registry

from .articles import article_claims, attributions_of, claim_origins_of, one_claim_of


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("body, person", [
    ("The Nigerian Air Force said none of its aircraft was involved.",
     "“None of our aircraft was anywhere near Igabi,” Air Commodore Musa Adekola, the Air Force spokesman, said."),
    ("The Nigerian Army said none of its units was involved.",
     "Musa Adekola, the army spokesman, said none of its units was involved."),
])
def test_a_spokesman_apposed_to_a_bare_organ_speaks_for_the_body_named_before(registry, body, person):
    # Fixed: the spokesman was a person of his own beside the body he speaks for (two origins), where
    # "Air Force spokesman Musa Adekola said" was already one.
    (origin,) = claim_origins_of([body, person], registry)
    assert origin["speaks_for"] == "Nigeria"


def test_a_spokesman_apposed_to_a_bare_organ_joins_no_state_where_two_are_named(registry):
    # as "Army spokesman Musa Khan said" does not: whose army, the claim's two states leave open
    origins = claim_origins_of(["Pakistan's army said the drone was shot down.",
                                "India's foreign ministry said the drone was not shot down.",
                                "Musa Khan, the army spokesman, said the drone was shot down."], registry)
    assert [o["speaks_for"] for o in origins] == ["Pakistan", "India", None]


def test_syrias_civil_defence_is_one_origin_with_its_state(registry):
    # Kept (round 38 left it open; the review of round 39 showed why): "Syria's civil defence" is a state
    # agency since the White Helmets joined the new government in 2025, and was the regime's own before,
    # so it is one origin with "Syria's interior ministry"; read as the White Helmets, the two scored
    # strong 80. The White Helmets named as such stay apart.
    assert len(claim_origins_of(["Syria's civil defence said 12 people were killed in the explosion.",
                                 "Syria's interior ministry said 12 people were killed in the explosion."],
                                registry)) == 1
    assert len(claim_origins_of(["The White Helmets said 12 people were killed in the explosion.",
                                 "Syria's interior ministry said 12 people were killed in the explosion."],
                                registry)) == 2


def test_a_parent_given_with_extra_sources_is_followed():
    # Fixed: an outlet's parent was looked up in the shipped registry only, so a user's own
    # "--sources" entries for an outlet and the body that runs it did not make the outlet speak for it.
    registry = Registry([
        Source("Voix du Sahel", ("Voix du Sahel",), "outlet", "unknown", "media_report", parent="Sahel Council"),
        Source("Sahel Council", ("Sahel Council", "SLC"), "government", "unknown", "on_record", "ML",
               parent="Voix du Sahel"),  # a loop ends where it began
    ])
    assert _source_state(registry.get("Voix du Sahel")) == "MALI"
    assert registry.get("Voix du Sahel") == Source("Voix du Sahel", ("Voix du Sahel",), "outlet", "unknown",
                                                   "media_report", parent="Sahel Council")
    assert _source_state(load_registry().get("Sepah News")) == "IRAN"


def test_a_registered_source_can_be_left_out_of_the_models_hints(registry, tmp_path):
    # Sources registered after the shipped model was trained (hint = false) give its input no type hint,
    # so the model reads what it was trained on, while the claim rules read them.
    from annotator.errors import DataFileError
    from annotator.features import mark_sources
    from annotator.registry import load_sources

    text = "Al-Masirah aired what it said was an intercepted radio call, Reuters reported."
    assert [m.source.name for m in registry.find(text)] == ["Al-Masirah", "Reuters"]
    assert mark_sources(text, registry) == text.replace("Reuters", "Reuters (news outlet)")
    bad = tmp_path / "bad.toml"
    bad.write_text('[[source]]\nname = "X"\nkind = "outlet"\nleaning = "unknown"\nlabel = "media_report"\nhint = "no"\n')
    with pytest.raises(DataFileError, match="'hint' must be true or false"):
        load_sources(bad)


# ----- a Sahel audit (invented killings in a village in central Mali) -----

def test_a_body_apposed_to_the_armys_directorate_is_the_army(registry):
    # Fixed: "The DIRPA" and the army's spokesman were two origins of one army statement (strong 75).
    claim = one_claim_of([
        (["on_record"], "The DIRPA, the army's communications directorate, said the military prosecutor had opened "
                        "an investigation into the killings in Ndiobala."),
        (["on_record"], "Colonel Amadou Sangaré, the army's spokesman, said the military prosecutor had opened an "
                        "investigation into the killings in Ndiobala."),
    ], registry)
    assert len(claim["profile"]["origins"]) == 1 and claim["grade"] == "moderate"


def test_a_spokesman_introduced_without_a_statement_is_known_later(registry):
    # Fixed: "The army's spokesman, Colonel X, spoke to reporters" did not tie X to the army, so "X said"
    # later was a person of his own.
    found = attributions_of(["The army's spokesman, Colonel Amadou Sangaré, spoke to reporters on Friday.",
                             "Sangaré said the military prosecutor had opened an investigation."], registry)
    assert [(a.speaker_name, a.office) for a in found[1]] == [("Sangaré", "?")]


def test_a_note_that_says_who_rejects_the_recording_hedges_it_and_disputes_it(registry):
    # Fixed: "… could not independently verify the recording, which the army dismissed as 'a montage'" was a
    # claim of its own, and the leak before it stayed moderate 50 with no flag.
    found = article_claims([
        (["leaked_recording"], "In an audio recording leaked on social media and attributed to two Malian officers, "
                               "one man can be heard saying \"we did not leave anyone in that hamlet\"."),
        (["on_record"], "The Ledger could not independently verify the recording, which the army dismissed as "
                        "\"a montage fabricated by terrorist propaganda\"."),
    ], registry, "The Ledger")
    assert list(found) == ["r#0"]
    assert found["r#0"]["grade"] == "weak" and {"unverified", "disputed"} <= set(found["r#0"]["profile"]["flags"])


@pytest.mark.parametrize("text", [
    "In a statement read on state broadcaster ORTM, the general staff said its units had killed 31 terrorists.",
    "The army said on ORTM that its units had killed 31 terrorists.",
])
def test_an_outlet_that_carried_a_statement_is_its_channel(registry, text):
    # Fixed: the army's statement was scored at the weight of the outlet that aired it (weak 35).
    (origin,) = claim_origins_of([text], registry, ("on_record", "media_report"))
    assert origin["cited_as"] == ["on_record"] and origin["via"] == ["ORTM"]


def test_a_day_is_no_channel(registry):
    (found,) = attributions_of(["The army said on Tuesday that its units had killed 31 terrorists."], registry,
                               ("on_record", "media_report"))
    assert [a.type for a in found] == ["on_record", "media_report"]


def test_a_note_on_the_tolls_reaches_terrorists_neutralised(registry):
    # Fixed: "the tolls given by either side" flagged the residents' toll, not the army's "31 terrorists".
    found = article_claims([
        (["on_record"], "Mali's army said on Thursday it had neutralised 31 terrorists in Ndiobala."),
        (["anonymous_source"], "At least 21 civilians were killed, according to two residents who asked not to be named."),
        ([], "AFP could not independently verify the tolls given by either side."),
    ], registry, "AFP")
    assert all("unverified" in c["profile"]["flags"] for c in found.values())


@pytest.mark.parametrize("dateline", ["BAMAKO, March 12, 2026 (AFP) - ", "GAZA CITY (Reuters) - ",
                                      "KYIV, Ukraine (AP) — ", "BAMAKO, March 12 — "])
def test_a_wire_dateline_is_no_part_of_the_first_sentence(registry, dateline):
    # Fixed: a dateline before "Mali's army said" hid the speaker ("unnamed on-record source").
    from annotator.mentions import MentionFinder

    text = dateline + "The army said on Thursday it had neutralised 31 terrorists."
    (mention,) = MentionFinder(registry).find(text, ["on_record"]).values()
    assert text[mention.start:mention.end] == "The army"
    (found,) = attributions_of([dateline + "Mali's army said on Thursday it had neutralised 31 terrorists."], registry)
    assert [a.speaker_name for a in found] == ["Mali's army"]
    (found,) = attributions_of([dateline + "The U.N. peacekeeping mission MINUSMA said 31 civilians were killed."],
                               registry, ("un_figure",))
    assert [a.source.name for a in found] == ["MINUSMA"]


# ----- a Yemen audit (an invented strike on a fuel depot and a market in Hodeidah) -----

@pytest.mark.parametrize("text", [
    "A draft report by the U.N. Panel of Experts on Yemen, seen by the Sentinel, says the depot stored missile parts.",
    "A leaked draft report by U.N. experts says the depot had been used to store missile parts.",
])
def test_a_leaked_draft_un_report_is_the_uns_own(registry, text):
    # Fixed: one sentence counted the leak and the UN as two origins (strong 80).
    assert len(claim_origins_of([text], registry, ("leaked_recording", "un_figure"))) == 1


def test_a_un_body_citing_a_ministry_named_before_with_its_side_relays_it(registry):
    # Fixed: "citing the health ministry", after "the Houthi-run health ministry", made OCHA and the
    # ministry two origins of one sentence (strong 80).
    (origin,) = claim_origins_of([
        "An air strike hit a market in Hodeidah, killing 17 people, the Houthi-run health ministry said.",
        "The United Nations humanitarian office OCHA, citing the health ministry, said two health workers were "
        "among the dead."], registry, ("on_record", "un_figure"))
    assert origin["via"] == ["OCHA"]


def test_a_un_body_that_relays_an_origin_in_one_article_relays_it_in_another(registry):
    # Fixed: "OCHA said two health workers were among the dead" in another article made OCHA a second origin.
    from annotator import claims

    wire = attributions_of([
        "An air strike hit a market in Hodeidah, killing 17 people, the Houthi-run health ministry said.",
        "The United Nations humanitarian office OCHA, citing the health ministry, said two health workers were "
        "among the dead."], registry, ("on_record", "un_figure"))[1]
    other = attributions_of(["OCHA said two health workers were among the dead."], registry, ("un_figure",))[0]
    (origin,) = claims.claim_origins(other + wire, registry, set())
    assert origin["via"] == ["OCHA"] and origin["also_named"] == ["OCHA"]


def test_a_spokesman_named_with_his_side_and_without_it_is_one_origin(registry):
    # Fixed: "Houthi health ministry spokesman Hamdan al-Qudaimi" (read as the Houthis) and "Ministry
    # spokesman Hamdan al-Qudaimi" in another article were two origins (strong 75).
    claim = one_claim_of([
        (["on_record"], "Houthi health ministry spokesman Hamdan al-Qudaimi said the fuel depot was a civilian "
                        "facility that supplied bakeries."),
        (["on_record"], "Ministry spokesman Hamdan al-Qudaimi said the fuel depot was a civilian facility that "
                        "supplied bakeries."),
    ], registry)
    assert len(claim["profile"]["origins"]) == 1 and claim["grade"] == "moderate"


def test_a_note_on_the_figures_halves_the_toll_one_sentence_up(registry):
    # Fixed: a note on "the casualty figures" after a sentence with none only flagged the toll before it.
    found = article_claims([
        (["on_record"], "An air strike hit a fuel depot in Hodeidah, killing at least 17 people, the Houthi-run "
                        "health ministry said on Thursday."),
        (["on_record"], "Houthi health ministry spokesman Hamdan al-Qudaimi said most of the dead were traders."),
        ([], "Reuters could not independently verify the casualty figures."),
    ], registry)
    assert found["r#0"]["grade"] == "weak" and found["r#0"]["profile"]["origins"][0]["hedged"]
    assert not found["r#1"]["profile"]["origins"][0]["hedged"]


def test_a_un_bodys_representative_named_later_speaks_for_it(registry):
    # Fixed: "Solheim said …", after "The World Health Organization's representative in Yemen, Dr. Ingrid
    # Solheim, said", was a person apart from the WHO (strong 80 beside a WHO sentence).
    found = article_claims([
        (["un_figure"], "The World Health Organization's representative in Yemen, Dr. Ingrid Solheim, said al-Thawra "
                        "hospital received 58 wounded."),
        (["on_record"], "Solheim said the WHO had delivered trauma kits to three hospitals in Hodeidah.")], registry)
    assert [o["name"] for o in found["r#1"]["profile"]["origins"]] == ["United Nations (World Health Organization)"]


@pytest.mark.parametrize("release", [
    "Al-Masirah aired what it said was an intercepted radio call in which an American pilot reports secondary "
    "explosions near the market.",
    "Houthi-run Al-Masirah TV released what it said was an intercepted radio call in which an American pilot "
    "reports secondary explosions near the market.",
])
def test_a_recording_a_sides_outlet_released_is_that_sides(registry, release):
    # Fixed: an intercept the Houthis' channel aired was an independent leak beside the Houthi-run
    # ministry (strong 75).
    claim = one_claim_of([
        (["leaked_recording", "media_report"], release),
        (["on_record"], "The Houthi-run health ministry said an American pilot had reported secondary explosions "
                        "near the market."),
    ], registry)
    assert len(claim["profile"]["origins"]) == 1 and claim["grade"] == "moderate"


@pytest.mark.parametrize("text, doubt", [
    ("Hamas said Israel cannot authenticate the documents it released.", False),  # Hamas's claim, not a doubt
    ("The ministry said it could not confirm the toll.", True),
    ("Hamas said the video, which Reuters could not verify, was fabricated.", True),
])
def test_what_a_speaker_says_another_cannot_verify_is_no_doubt_of_the_writer(text, doubt):
    # Left open in round 38: "Hamas said Israel cannot authenticate …" hedged Hamas's own claim.
    from annotator.claims.cues import hedges

    assert hedges(text) is doubt


def test_a_body_that_expressed_concern_and_said_is_cited(registry):
    # Fixed: "The World Health Organization, in a statement carried by Saba, expressed concern … and said"
    # was an "unnamed UN source".
    (found,) = attributions_of(["The World Health Organization, in a statement carried by Saba, expressed concern "
                                "over the attack and said it had delivered trauma kits to hospitals in Hodeidah."],
                               registry, ("un_figure",))
    assert [(a.source.name, a.via) for a in found] == [("World Health Organization", ("Saba",))]


# ----- a code review of this round's rules -----

@pytest.mark.parametrize("outlet, body", [
    ((["media_report"], "Radio Okapi reported that 40 civilians were killed in Kiwanja."),
     (["un_figure"], "MONUSCO said 40 civilians were killed in Kiwanja.")),
    ((["media_report"], "The Global New Light of Myanmar said 12 terrorists were killed in the village."),
     (["on_record"], "Myanmar's junta said 12 terrorists were killed in the village.")),
])
def test_media_a_body_runs_are_its_own_voice_not_a_weaker_citation(registry, outlet, body):
    # Reviewed: Radio Okapi beside MONUSCO made two origins (strong 74); the junta's paper, now one origin
    # with the junta, dragged it down to its media weight (weak 35).
    claim = one_claim_of([outlet, body], registry)
    assert len(claim["profile"]["origins"]) == 1 and claim["grade"] == "moderate"
    assert claim["profile"]["origins"][0]["cited_as"] == [body[0][0]]


def test_a_name_within_a_description_before_a_stance_is_not_its_speaker(registry):
    # Reviewed: "… sent by the Russian defence ministry to Kursk condemned … and said" made the ministry speak.
    (found,) = attributions_of(["Mothers of conscripts sent by the Russian defence ministry to Kursk condemned the "
                                "deployment and said 40 of their sons were killed."], registry)
    assert [a.source for a in found] == [None]


@pytest.mark.parametrize("text, outlet", [
    ("A statement read by General Abdoulaye Maiga on state television said 31 terrorists were killed.", None),
    ("Footage aired by Al Jazeera showed dozens of bodies in the street, the army said.", "Al Jazeera"),
])
def test_who_reads_a_statement_and_an_outlets_own_footage_are_no_channels(registry, text, outlet):
    (found,) = attributions_of([text], registry, ("on_record", "media_report"))
    assert [(a.type, a.source and a.source.name) for a in found if a.type == "media_report"] == [("media_report", outlet)]
    assert all(not a.via for a in found)


def test_a_un_bodys_own_count_stays_its_own(registry):
    # Reviewed: "OCHA said its own field team counted 17 bodies" was folded into the ministry OCHA relayed
    # in another article (strong 80 -> moderate 50).
    from annotator import claims

    wire = attributions_of([
        "An air strike hit a market in Hodeidah, killing 17 people, the Houthi-run health ministry said.",
        "The United Nations humanitarian office OCHA, citing the health ministry, said 17 people were killed."],
        registry, ("on_record", "un_figure"))[1]
    own = attributions_of(["OCHA said its own field team counted 17 bodies at the market."], registry, ("un_figure",))[0]
    assert len(claims.claim_origins(own + wire, registry, set())) == 2


def test_an_armed_wings_spokesman_is_not_some_states(registry):
    # Reviewed: "Abu Obeida, the armed wing's spokesman," was read as a state organ's spokesman and lent to Israel.
    assert len(claim_origins_of(["The Israeli military said the tunnel was destroyed.",
                                 "Abu Obeida, the armed wing's spokesman, said the tunnel was destroyed."], registry)) == 2


def test_quoted_words_are_no_verification_note():
    # Reviewed: a closing quote after the full stop made 'Peskov told reporters: "We cannot confirm these
    # reports."' a note that halved the claim before it.
    from annotator.claims.signals import verification_note

    assert not verification_note("Kremlin spokesman Dmitry Peskov told reporters: “We cannot confirm these reports.”")
    assert verification_note("The Ledger could not independently verify the recording, which the army dismissed as "
                             "“a montage”.")


@pytest.mark.parametrize("named, described", [
    ("Human Rights Watch said soldiers executed at least 38 men in Ndiobala.",
     "The New York-based group said soldiers executed at least 38 men in Ndiobala."),
    ("Amnesty International said soldiers executed 38 men.", "The London-based rights group said soldiers executed 38 men."),
    ("Amnesty International said soldiers executed 38 men.", "The rights group said soldiers executed 38 men."),
])
def test_a_group_described_by_where_it_is_based_is_the_one_named_before(registry, named, described):
    # Fixed (the Sahel audit's names): "The New York-based group" was a speaker of its own, so Human Rights
    # Watch and its description counted as two origins.
    (origin,) = claim_origins_of([named, described], registry)
    assert origin["leaning"] == "international"


def test_a_group_described_by_where_it_is_based_with_none_named_before_is_its_own(registry):
    assert [o["name"] for o in claim_origins_of(["Mali's army said soldiers executed 38 men.",
                                                 "The London-based rights group said soldiers executed 38 men."],
                                                registry)] == ["Mali's army", "The London-based rights group"]


def test_a_described_group_names_the_body_cited_before_in_a_claim_of_its_own(registry):
    (found,) = attributions_of(["Human Rights Watch said soldiers executed at least 38 men in Ndiobala.",
                                "The rights group said the killings may amount to war crimes."], registry)[1:]
    assert [a.source.name for a in found] == ["Human Rights Watch"]
    (found,) = attributions_of(["Human Rights Watch said soldiers executed at least 38 men in Ndiobala.",
                                "The group said it interviewed 27 people."], registry)[1:]
    assert [a.source for a in found] == [None]  # "the group" alone may be any group
