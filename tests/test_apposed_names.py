"""A speaker described first and named after a comma ("according to the governor of Nabatieh
province, Hassan Moussawi") is that person, so a later "Moussawi said" is the same origin."""

import pytest

from annotator.claims import attribution
from annotator.registry import Registry

from .articles import attributions_of

REGISTRY = Registry([])


def speakers(*texts):
    """(name, office) of the on-record speaker of each sentence of one article, spans as annotate finds them."""
    return [[(a.speaker_name, a.office) for a in found] for found in attributions_of(texts, REGISTRY)]


@pytest.mark.parametrize("text, name", [
    ("The strike hit the town hall, according to the governor of Nabatieh province, Hassan Moussawi.",
     "Hassan Moussawi"),
    ("The town was shelled overnight, according to the region's governor, Serhiy Haidai.", "Serhiy Haidai"),
    ("Forty died, according to the district head, Alhaji Bello Isah Dallatu.", "Alhaji Bello Isah Dallatu"),
    # Fixed miscount (round 26): the office, owned by a place, and its holder were two origins
    ("At least 200 people were killed, according to Artsakh's human rights defender, Gegham Stepanyan, who said "
     "400 others were wounded.", "Gegham Stepanyan"),
])
def test_regression_the_person_named_after_a_described_speaker_speaks(text, name):
    # Fixed miscount: "the governor of Nabatieh province" and a later "Moussawi" were two origins.
    assert speakers(text)[0][0][0] == name


def test_the_named_person_and_his_surname_later_are_one_speaker():
    first, later = speakers("The strike hit the town hall, according to the governor of Nabatieh province, "
                            "Hassan Moussawi.", "The council was in session, Moussawi said.")
    assert attribution._identity(first[0][0]) == attribution._identity(later[0][0]) == "moussawi"


def test_a_spokesman_named_after_the_comma_keeps_the_spokesmans_office():
    # "the spokesman" is some state's organ ("?"), which the claim's one named state may take.
    assert speakers("Troops crossed the line, said the spokesman, Senior Colonel Luo Jianhua.")[0] == \
        [("Senior Colonel Luo Jianhua", "?")]


@pytest.mark.parametrize("text, name", [
    ("Two people died, according to the residents, Ali Hassan and Omar Said.", "the residents"),  # a list
    ("Two people died, according to the region's governor, Kharkiv.", "the region's governor"),  # one word: a place
])
def test_no_person_is_read_where_none_is_apposed(text, name):
    assert speakers(text)[0] == [(name, "")]


def test_regression_a_head_of_a_body_named_in_lower_case_is_that_body():
    # Fixed miscount (round-18 relay audit): "Roman Mrochko, head of the Kherson city military
    # administration" and "the Kherson City Military Administration" were two origins.
    from annotator.claims.origins import claim_origins

    articles = ["Roman Mrochko, head of the Kherson city military administration, said 43 buildings were damaged.",
                "According to the Kherson City Military Administration, 43 buildings were damaged."]
    items = [a for text in articles for a in attributions_of([text], REGISTRY)[0]]  # one article each
    assert [o["name"] for o in claim_origins(items, REGISTRY, set())] == ["Roman Mrochko"]
