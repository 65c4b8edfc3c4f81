"""Misattributions found in round 41 (round 40's review leftovers, and audits on Myanmar, Cabo
Delgado, Borno and Cauca), each fixed and kept here as a one-sentence regression test."""

import pytest

from annotator.claims.cues import hedges
from annotator.claims.signals import leading_note
from annotator.registry import load_registry

from .articles import article_claims, attributions_of, one_claim_of


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("text, name", [
    ("The Syrian Observatory for Human Rights (SOHR) said 30 people were killed.", "Syrian Observatory for Human Rights"),
    ("Human Rights Watch (HRW) said 12 villagers were killed.", "Human Rights Watch"),
])
def test_a_registered_body_with_its_acronym_before_the_verb_is_that_body(registry, text, name):
    # Fixed: the acronym in parentheses hid the speech verb from the mention finder, so a monitor the
    # model labelled on-record became the speaker "The".
    (only,), = attributions_of([text], registry)
    assert only.source is not None and only.source.name == name


def test_an_unregistered_body_named_with_its_acronym_is_known_by_the_acronym(registry):
    # Fixed (with the above): "The Front for Change and Concord (FACT)" was "concord", and "The FACT
    # said" in the next sentence a second speaker
    first, second = attributions_of(["The Front for Change and Concord (FACT) said its fighters downed a helicopter.",
                                     "The FACT said the two crew members were captured."], registry)
    assert first[0].speaker == second[0].speaker == "fact"


def test_the_commission_also_said_refers_back_to_the_commission_named_before(registry):
    # Fixed: the back-reference took "also" for the second word of the body's name, so the EHRC's
    # second sentence was an unnamed UN figure.
    _, (second,) = attributions_of(["The Ethiopian Human Rights Commission (EHRC) said it was investigating.",
                                    "The commission also said 41 civilians were killed."], registry, ("un_figure",))
    assert second.type == "on_record" and second.source.name == "Ethiopian Human Rights Commission"


@pytest.mark.parametrize("text, labels, name", [
    ("The strike hit a shelter in Rafah — which was housing 300 displaced people, UNRWA said.", ("un_figure",), "UNRWA"),
    ("Soldiers shot 12 men in Werkit — who were fleeing the fighting, Human Rights Watch said.", ("on_record",),
     "Human Rights Watch"),
])
def test_a_source_after_an_unclosed_dashed_clause_and_a_comma_is_cited(registry, text, labels, name):
    # Fixed: the name counted as inside the dashed relative clause, which the comma had closed.
    (only,), = attributions_of([text], registry, labels)
    assert only.source is not None and only.source.name == name


def test_a_source_inside_a_dashed_relative_clause_is_still_not_the_speaker(registry):
    (only,), = attributions_of(["Soldiers — who Fano says executed 12 men — fired on the crowd, the army said."],
                               registry)
    assert only.source is None or only.source.name != "Fano"


@pytest.mark.parametrize("text, note", [
    ("Reuters could not verify the claim and the army said Hamas fighters had used the school.",
     "Reuters could not verify the claim"),
    ("Reuters could not independently verify the figures, but the ministry said 30 people were killed.",
     "Reuters could not independently verify the figures"),
    ("The footage could not be verified and the army said it showed militants.", "The footage could not be verified"),
])
def test_a_note_that_opens_a_claim_of_its_own_is_found(text, note):
    assert text[:leading_note(text)] == note


@pytest.mark.parametrize("text", [
    "Hamas said Israel could not verify the documents and the army said nothing.",
    "Reuters could not verify the claim.",
    "The army said it could not verify the claim and would investigate.",
])
def test_no_leading_note_where_the_sentence_is_one_or_another_speaker_doubts(text):
    assert leading_note(text) == 0


def test_a_note_then_a_claim_hedges_the_claim_before_and_not_its_own(registry):
    # Fixed: "Reuters could not verify the claim and the army said …" left the claim it doubts (the
    # Hamas office's) unhedged at 50 and flagged the army's own claim unverified instead.
    found = article_claims([
        (["on_record"], "The Hamas-run government media office said 30 people were killed in a strike on a school."),
        (["on_record"], "Reuters could not verify the claim and the army said Hamas fighters had used the school."),
    ], registry)
    assert "unverified" in found["r#0"]["profile"]["flags"] and found["r#0"]["score"] < 50
    assert "unverified" not in found["r#1"]["profile"]["flags"]
    assert not hedges("Reuters could not verify the claim and the army said Hamas fighters had used the school.")


def test_a_groups_spokesman_named_by_its_acronym_is_one_origin_with_the_group(registry):
    # Fixed (Myanmar audit, 75 strong): "PDF spokesman Ko Zeyar Lwin" and "The Kanbalu Township
    # People's Defence Force said" in another article were two origins.
    (claim,) = [one_claim_of([
        (["on_record"], "The Kanbalu Township People's Defence Force said on Tuesday that jets bombed the school. "),
        (["on_record"], "\"None of our fighters were in the village,\" PDF spokesman Ko Zeyar Lwin said."),
    ], registry)]
    assert claim["profile"]["independent_origins"] == 1


def test_a_long_named_subject_before_a_relative_clause_speaks(registry):
    # Fixed (Myanmar audit): six capitalised words were too many for the subject reader, so the
    # resistance group's toll was an unnamed speaker, folded into the junta's ministry in another article.
    (only,), = attributions_of([
        "The Kanbalu Township People's Defence Force, which operates under the National Unity Government's "
        "defence ministry, said on Tuesday that 27 people had been killed in Thit Yar Kone."], registry)
    assert only.speaker_name == "The Kanbalu Township People's Defence Force"
    claim = one_claim_of([
        (["on_record"], "The Kanbalu Township People's Defence Force, which operates under the National Unity "
                        "Government's defence ministry, said on Tuesday that 27 people had been killed in Thit Yar Kone."),
        (["on_record"], "Myanmar's Ministry of Information said 27 people had been killed in Thit Yar Kone.")], registry)
    assert claim["profile"]["independent_origins"] == 2


@pytest.mark.parametrize("first, role, labels", [
    ("A bomb struck the monastery school on Monday, the monastery's abbot, U Pyinnya Thiri, said.",
     "\"About 150 displaced people were staying in the school,\" the abbot said.", ("on_record",)),
    ("A bomb struck the monastery school on Monday, the monastery's abbot, U Pyinnya Thiri, said.",
     "Villagers cremated the dead on Tuesday in a field behind the monastery, the abbot said.", ("anonymous_source",)),
    ("A shell hit the school, Ahmed Saleh, the camp's director, said.",
     "\"About 150 people were staying in the school,\" the director said.", ("on_record",)),
])
def test_a_named_persons_role_alone_refers_back_to_that_person(registry, first, role, labels):
    # Fixed (Myanmar audit): "the abbot said" after "the monastery's abbot, U Pyinnya Thiri," was
    # dropped (on record) or an unnamed abbot (anonymous), so his claims lost their origin.
    found = article_claims([(["on_record"], first), (list(labels), role)], registry)
    (named,), (back,) = (found[k]["profile"]["origins"] for k in ("r#0", "r#1"))
    assert back["type"] == "on_record" and back["name"] == named["name"]


def test_a_role_no_one_was_named_in_stays_unnamed(registry):
    _, (back,) = attributions_of(["A shell hit the school, Ahmed Saleh, a farmer, said.",
                                  "Villagers fled, the director said."], registry, ("anonymous_source",))
    assert back.type == "anonymous_source"


@pytest.mark.parametrize("spokesman", [
    "Defence Headquarters spokesman Maj.-Gen. Ibrahim Dankaka said the strike followed credible intelligence.",
    "Amnesty's country director, Halima Yakubu, said the strike followed credible intelligence.",
])
def test_a_named_spokesman_or_director_is_one_origin_with_the_body(registry, spokesman):
    # Fixed (Borno audit, 75 strong each): the Nigerian press's rank "Maj.-Gen." hid whom the spokesman
    # speaks for; the bare possessive "Amnesty's" was not read as Amnesty International.
    body = ("The Defence Headquarters said the strike followed credible intelligence." if "Defence" in spokesman
            else "Amnesty International Nigeria said the strike followed credible intelligence.")
    claim = one_claim_of([(["on_record"], body), (["on_record"], spokesman)], registry)
    assert claim["profile"]["independent_origins"] == 1


def test_a_state_governments_authorities_relayed_by_the_un_are_one_origin_with_it(registry):
    # Fixed (Borno audit, 75 strong): "citing figures from the Borno state authorities" and "the Borno
    # State Government said" were two origins.
    claim = one_claim_of([
        (["un_figure"], "The United Nations resident coordinator in Nigeria said 41 people were killed in the air "
                        "strike on Kaulari, citing figures from the Borno state authorities."),
        (["on_record"], "The death toll from the air strike on Kaulari has risen to 41, the Borno State Government said.")],
        registry)
    assert claim["profile"]["independent_origins"] == 1


def test_state_officials_a_un_figure_cites_are_unnamed_and_the_un_coordinator_no_resident(registry):
    # Fixed (Borno audit): "citing Borno state officials" was an on-record origin (50), and "the UN
    # resident coordinator" an unnamed resident beside it.
    (claim,) = article_claims([(["un_figure", "anonymous_source"],
                                "The United Nations resident coordinator in Nigeria said 41 people were killed in "
                                "the air strike on Kaulari, citing Borno state officials.")], registry).values()
    (origin,) = claim["profile"]["origins"]
    assert origin["type"] == "anonymous_source" and "Borno state officials" in origin["name"]
    assert claim["grade"] == "weak"


@pytest.mark.parametrize("body", ["The Ombudsman's Office", "The United Nations"])
def test_what_a_body_has_confirmed_by_a_speakers_word_is_the_speakers_claim(registry, body):
    # Fixed (Cauca audit, 75 and 80 strong): "The Ombudsman's Office has confirmed that …, the front
    # said" made the body the origin, which had confirmed nothing.
    (only,), = attributions_of([f"{body} has confirmed that army bombing killed three civilians in La Palmera, "
                                "the front said."], registry)
    assert only.source is None and only.speaker_name == "the front"


def test_what_a_body_has_confirmed_with_no_closing_speaker_is_its_own(registry):
    (only,), = attributions_of(["The United Nations has confirmed that army bombing killed three civilians."],
                               registry, ("un_figure",))
    assert only.source is not None and only.source.name == "United Nations"


def test_an_outlet_that_published_a_groups_statement_is_its_channel(registry):
    # Fixed (Cauca audit, 75 strong): "published by the outlet X" made X an on-record origin beside the group.
    claim = one_claim_of([
        (["on_record"], "The Yesid Carranza front said army bombing killed three civilians in La Palmera."),
        (["on_record", "media_report"], "A statement from the Yesid Carranza front, published by the outlet Agencia "
                                        "Resistencia Sur, accused the army of killing three civilians in La Palmera.")],
        registry)
    assert claim["profile"]["independent_origins"] == 1


@pytest.mark.parametrize("official", [
    "The Ombudsman's Office's delegate for Cauca, Luz Dary Campo, said",
    "Luz Dary Campo, the regional delegate of the Ombudsman's Office, said",
    "Luz Dary Campo, the representative of the Ombudsman's Office in Cauca, said",
    "Luz Dary Campo, the coordinator of the Ombudsman's Office in Cauca, said",
])
def test_a_bodys_named_delegate_or_representative_is_one_origin_with_it(registry, official):
    # Fixed (Cauca audit, 75 strong each): only a spokesman, head or director was read as speaking for the body.
    claim = one_claim_of([
        (["on_record"], f"{official} the number of displaced people had risen to 2,100."),
        (["on_record"], "The number of displaced people had risen to 2,100, the Ombudsman's Office said.")], registry)
    assert claim["profile"]["independent_origins"] == 1


def test_what_people_told_a_un_mission_is_theirs_through_it(registry):
    # Fixed (Cauca audit, 60, and 80 strong beside a named group): "The UN mission said community
    # leaders had told it that …" counted the UN as the origin.
    (claim,) = article_claims([(["un_figure"], "The UN Verification Mission in Colombia said community leaders in "
                                               "the area had told it that armed men ordered families to leave La Palmera.")],
                              registry).values()
    (origin,) = claim["profile"]["origins"]
    assert origin["type"] == "anonymous_source" and origin["via"] == ["United Nations"]


def test_a_persons_region_is_no_prefix_of_a_groups_alias(registry):
    # Kept (a development claim): "Dessalegn Worku, head of the Amhara region's peace and security
    # bureau" is not Fano, whose alias is "Amhara Fano"
    claim = one_claim_of([
        (["on_record"], "Fano said its fighters held the line east of the Atbara river."),
        (["on_record"], "Fighters held the line east of the Atbara river, Dessalegn Worku, head of the Amhara region's "
                        "peace and security bureau, said.")], registry)
    assert claim["profile"]["independent_origins"] == 2


def test_the_defence_ministry_is_no_foreign_defence_force_named_before(registry):
    # Fixed (Cabo Delgado audit, 78 strong): "The defence ministry denied that troops had left" read
    # back to the Rwanda Defence Force named earlier, which then counted as a backer of what it denied.
    _, (denial,) = attributions_of(["The Rwanda Defence Force has denied that any civilians were harmed.",
                                    "The defence ministry denied that troops had left Lumbeia."], registry)
    assert denial.source is None or denial.source.name != "Rwanda Defence Force"


@pytest.mark.parametrize("outlets", [
    ["State broadcaster TVM reported on Wednesday that the defence forces had regained full control of Lumbeia."],
    ["State broadcaster TVM reported on Wednesday that the defence forces had regained full control of Lumbeia.",
     "The state-owned daily Notícias reported that the defence forces had regained full control of Lumbeia."],
])
def test_mozambican_state_media_are_the_governments_voice(registry, outlets):
    # Fixed (Cabo Delgado audit, 68 and 79 strong): TVM and Notícias counted as origins apart from
    # the ministry whose line they carried.
    claim = one_claim_of([(["on_record"], "Mozambique's defence ministry said the defence forces had regained full "
                                          "control of Lumbeia by Wednesday morning.")]
                         + [(["media_report"], text) for text in outlets], registry)
    assert claim["profile"]["independent_origins"] == 1 and claim["score"] == 50


def test_a_state_outlet_cited_before_the_ministry_is_scored_as_the_ministry(registry):
    claim = one_claim_of([
        (["media_report"], "State broadcaster TVM reported that the defence forces had regained full control of Lumbeia."),
        (["on_record"], "The ministry said the defence forces had regained full control of Lumbeia.")], registry)
    (origin,) = claim["profile"]["origins"]
    assert origin["type"] == "on_record" and claim["score"] == 50


def test_a_claim_of_responsibility_relayed_by_a_monitor_is_not_halved(registry):
    # Fixed (Cabo Delgado audit, 25 weak): "IS claimed the attack, according to SITE" hedged the group's
    # own claim; the text still says "claimed", so the claim keeps its unverified flag.
    (claim,) = article_claims([(["on_record", "media_report"], "The Islamic State claimed the attack on Lumbeia, "
                                                               "according to the SITE Intelligence Group.")],
                              registry).values()
    assert claim["score"] == 50 and "unverified" in claim["profile"]["flags"]


def test_a_note_on_a_leaked_document_hedges_the_leak_two_sentences_back(registry):
    # Fixed (Borno audit): the note hedged and disputed only the detail just before it, and left the
    # leak's own claim moderate with no flags.
    found = article_claims([
        (["leaked_recording", "media_report"], "A Nigerian Air Force flight log leaked to the Sahel Observer shows that "
                                               "the jet was cleared to strike on the basis of a single informant's report."),
        (["leaked_recording"], "According to the log, the aircraft released two bombs over the village at 13:42."),
        (["on_record"], "The Sahel Observer could not independently verify the document, which the Defence "
                        "Headquarters dismissed as \"a forgery\"."),
    ], registry, publisher="Sahel Observer")
    assert {"unverified", "disputed"} <= set(found["r#0"]["profile"]["flags"])
    assert found["r#0"]["grade"] == "weak"


# ----- the round's two code reviews: each over-reach found, mended and kept here -----------------

@pytest.mark.parametrize("text", [
    "Amnesty International has documented 30 killings in Beni since January, the London-based rights group said.",
    "Amnesty International has documented 30 killings in Beni since January, its regional director Tigere Chagutah said.",
    "The army has confirmed that three soldiers died, a statement said.",
])
def test_a_bodys_own_deed_closed_on_itself_or_a_document_stays_its_own(registry, text):
    # Review: the closing description of the same body, or a document, was read as another speaker
    # (75 strong beside the body's own statement).
    (only,), = attributions_of([text], registry)
    assert only.speaker_name not in ("the London-based rights group", "a statement")
    assert "its regional director" not in only.speaker_name


@pytest.mark.parametrize("tail", ["said on Tuesday.", "said in a statement."])
def test_the_closing_side_may_say_when_or_how(registry, tail):
    (only,), = attributions_of([f"The Ombudsman's Office has confirmed that army bombing killed three civilians, "
                                f"the front {tail}"], registry)
    assert only.speaker_name == "the front"


@pytest.mark.parametrize("text, name", [
    ("The RSF — which, the UN says, has killed hundreds of civilians in El Fasher — said it had taken the town.", "UN"),
    ("Government troops — who, Fano says, executed 12 men in Werkit — withdrew from the town, the regional "
     "administration said.", "Fano"),
])
def test_a_name_inside_a_closed_dashed_aside_with_commas_is_no_source(registry, text, name):
    # Review: a comma inside a closed "— who, X says, … —" aside let X out as the speaker.
    found = attributions_of([text], registry, ("on_record", "un_figure"))[0]
    assert not any(a.source is not None and name in (a.source.name, *a.source.aliases) for a in found)


def test_the_official_said_after_an_unnamed_official_is_not_the_named_one(registry):
    # Review: "the official said" went to the last named official though an unnamed one was cited between.
    found = article_claims([
        (["on_record"], "A shell hit the market, Ahmed Saleh, a local official, said."),
        (["anonymous_source"], "A senior security official, who asked not to be named, said 12 people died."),
        (["anonymous_source"], "Most of the dead were traders, the official said."),
    ], registry)
    assert found["r#2"]["profile"]["origins"][0]["type"] == "anonymous_source"


@pytest.mark.parametrize("text", [
    "UNIFIL said the Israeli army had told them to move away from the border.",
    "OCHA said on Tuesday that local authorities had told it that 41 people were killed in Kaulari.",
])
def test_what_a_un_body_was_told_is_relayed_only_as_information_from_a_named_kind(registry, text):
    # Review: an order ("told them to move") was read as relayed information, and "on Tuesday that
    # local authorities" as a named source.
    (claim,) = article_claims([(["un_figure"], text)], registry).values()
    names = [o["name"] for o in claim["profile"]["origins"]]
    assert not any("Tuesday" in n or "Israeli army" in n for n in names)


def test_a_leading_note_that_hedges_no_claim_before_it_stays_the_sentences_own(registry):
    # Review: "Reuters could not verify the death toll, but the ministry said 30 were killed" after a
    # sentence with no toll lost its own hedge (50, where it was 25).
    found = article_claims([
        (["on_record"], "Israeli jets struck a school sheltering displaced families, residents said."),
        (["on_record"], "Reuters could not independently verify the death toll, but Gaza's health ministry said at least "
                        "30 people were killed."),
    ], registry)
    assert "unverified" in found["r#1"]["profile"]["flags"] and found["r#1"]["score"] < 50


def test_a_note_on_footage_does_not_hedge_a_toll_that_speaks_of_none(registry):
    found = article_claims([
        (["on_record"], "Gaza's health ministry said 30 people were killed in an Israeli strike on a school."),
        (["on_record"], "Reuters could not verify the footage and the Israeli army said it showed militants firing "
                        "rockets from the school yard."),
    ], registry)
    assert "unverified" not in found["r#0"]["profile"]["flags"] and "unverified" in found["r#1"]["profile"]["flags"]


def test_an_outlets_claimed_that_strikes_killed_still_hedges(registry):
    # Review: the responsibility exemption also caught "claimed the strikes killed 80 terrorists".
    (claim,) = article_claims([(["media_report"], "Nigerian state television claimed the air strikes killed 80 "
                                                  "terrorists near Lake Chad.")], registry).values()
    assert claim["profile"]["origins"][0]["hedged"]


@pytest.mark.parametrize("text, wrong", [
    ("Portugal's Diário de Notícias reported that insurgents had beheaded five villagers.", "Jornal Notícias"),
    ("Venezuela's Defensoría del Pueblo said 300 people had crossed the border.", "Colombian Ombudsman's Office"),
    ("Electromagnetic compatibility (EMC) tests showed the drone was jammed, the Ukrainian military said.",
     "Estado Mayor Central"),
])
def test_new_registry_names_do_not_match_their_namesakes(registry, text, wrong):
    assert wrong not in {m.source.name for m in registry.find(text)}


def test_local_authorities_are_no_local_government_named_elsewhere(registry):
    claim = one_claim_of([(["on_record"], "Local authorities said 12 people were killed in the shelling of Donetsk."),
                          (["on_record"], "The local government in Kharkiv said 12 people were killed in the shelling.")],
                         registry)
    assert claim["profile"]["independent_origins"] == 2


@pytest.mark.parametrize("text", [
    "Gaza's health ministry has recorded 40 deaths in the strike on Jabalia, its spokesman Ashraf al-Qudra said.",
    "OCHA has recorded 40 deaths in the strike on Jabalia, its head in Gaza Jonathan Whittall said.",
])
def test_its_spokesman_after_a_bodys_deed_speaks_for_that_body(registry, text):
    # Review (an older defect the new closing rule brought to light): "…, its spokesman X said" was a
    # second origin beside the body.
    body = "Gaza's health ministry" if "ministry" in text else "OCHA"
    claim = one_claim_of([(["on_record"] if "ministry" in text else ["un_figure"],
                           f"{body} said 40 people were killed in the strike on Jabalia."),
                          (["on_record"], text)], registry)
    assert claim["profile"]["independent_origins"] == 1


def test_a_bare_plural_speaker_after_a_registered_actor_speaks(registry):
    # Review: "ISWAP fighters killed 12 villagers, police said" lost the police to an unnamed speaker.
    (only,), = attributions_of(["ISWAP fighters killed 12 villagers in Marte on Sunday, police said."], registry)
    assert only.speaker_name == "police"


# ----- the second-pass review of the mends ------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The army said it had retaken Werkit on Tuesday — which, Human Rights Watch says, was the scene of a massacre "
     "in 2023.", "Human Rights Watch"),
])
def test_a_name_in_a_dashed_aside_that_runs_to_the_end_is_no_source(registry, text, name):
    found = attributions_of([text], registry)[0]
    assert not any(a.source is not None and a.source.name == name for a in found)


def test_its_director_after_another_bodys_deed_is_not_that_bodys(registry):
    # Second review: "The Israeli military has raided the hospital, its director X said" made X the army's.
    (only,), = attributions_of(["The Israeli military has raided the Kamal Adwan hospital in northern Gaza on Friday, "
                                "its director Hussam Abu Safiya said."], registry)
    assert only.office == "" and only.affiliation == ""


def test_the_closing_speaker_that_is_the_subject_again_keeps_the_subject(registry):
    # Second review: "The Nigerian army has confirmed …, the army said in a statement" read "the army"
    # apart, which then folded into the enemy's claim.
    claim = one_claim_of([
        (["on_record"], "ISWAP said its fighters killed 20 soldiers near Marte on Sunday."),
        (["on_record"], "The Nigerian army has confirmed that 20 soldiers were killed near Marte on Sunday, the army "
                        "said in a statement.")], registry)
    assert claim["profile"]["independent_origins"] == 2


def test_another_citys_governor_is_not_the_governor_named_before(registry):
    found = article_claims([
        (["on_record"], "Shelling hit Kharkiv overnight, the regional governor, Oleh Syniehubov, said."),
        (["on_record"], "In Kherson, two people were killed by a drone, the governor said."),
    ], registry)
    assert found["r#1"]["profile"]["origins"][0]["name"] != "Oleh Syniehubov"


def test_an_order_told_to_a_un_agency_is_not_relayed_information(registry):
    (only,) = attributions_of(["UNRWA said the Israeli military had told it that it must evacuate its school in "
                               "Rafah."], registry, ("un_figure",))[0]
    assert only.type == "un_figure" and only.source is not None


def test_a_note_on_either_toll_hedges_the_toll_after_it_too(registry):
    found = article_claims([
        (["on_record"], "The rebel-run health directorate said 30 people were killed in the strike on Maaret al-Numan."),
        (["named_monitor"], "Reuters could not independently verify either toll, but the Syrian Observatory for Human "
                            "Rights said 41 people were killed."),
    ], registry)
    assert all("unverified" in found[k]["profile"]["flags"] for k in ("r#0", "r#1"))


def test_rival_administrations_of_one_place_stay_apart(registry):
    claim = one_claim_of([(["on_record"], "Kherson authorities said 12 people were killed in the shelling."),
                          (["on_record"], "The Russian-installed government in Kherson said 12 people were killed in "
                                          "the shelling.")], registry)
    assert claim["profile"]["independent_origins"] == 2


@pytest.mark.parametrize("outlet", [
    "State broadcaster TVM reported that soldiers had executed five villagers in Mocímboa da Praia.",
    "The Ethiopian News Agency reported that soldiers had executed five villagers in Mocímboa da Praia.",
])
def test_a_state_outlets_report_its_government_denies_is_disputed_not_backed(registry, outlet):
    # Second review (older for ENA): the government's denial was read as denying its own word, so the
    # government counted as a backer through its outlet.
    government = "The Mozambican government" if "TVM" in outlet else "The Ethiopian government"
    claim = one_claim_of([
        (["media_report"], outlet),
        (["on_record"], "Amnesty International said soldiers had executed five villagers in Mocímboa da Praia."),
        (["on_record"], f"{government} denied that soldiers had executed five villagers in Mocímboa da Praia.")],
        registry)
    assert "disputed" in claim["profile"]["flags"] and claim["grade"] != "strong"
