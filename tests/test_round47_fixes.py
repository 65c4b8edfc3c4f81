"""Misattributions mended in round 47, from round 46's review gaps and round 47's audits, each kept here as
a one-sentence regression test: each case is a claim's articles and the origins the reviewer or auditor
counts for it."""

import pytest

from annotator.claims.names import _state_of_name
from annotator.registry import load_registry

from .articles import review_case_origins


@pytest.fixture(scope="module")
def registry():
    return load_registry()


R = ["on_record"]


def _case(*articles, labels=R):
    return {"articles": [[(labels, text) for text in texts] for texts in articles]}


@pytest.mark.parametrize("name, state", [
    ("Jordan", "JORDAN"), ("the Netherlands", "NETHERLANDS"), ("the Dutch foreign ministry", "NETHERLANDS"),
    ("Ireland's Minister for Foreign Affairs", "IRELAND"), ("Saudi Arabia", "SAUDI"), ("Swiss authorities", "SWITZERLAND"),
    ("the Jordan Valley", None), ("Michael Jordan", None), ("Sofia Rossi", None),
])
def test_the_state_table_holds_states_it_lacked(name, state):
    assert _state_of_name(name) == state


@pytest.mark.parametrize("articles, expect", [
    # states that each condemn were one origin, or none, where the table lacked one or the list held three
    ((["Egypt and Jordan condemned the strike on the school in Gaza City."],), 2),
    ((["Germany and the Netherlands condemned the attack on the aid convoy."],), 2),
    ((["Britain, France and Germany condemned the attack on the aid convoy."],), 3),
    ((["Sudan and South Sudan welcomed the Abyei deal."],), 2),
    # one state of two names, then, and its own foreign ministry
    ((["Serbia and Montenegro condemned the attack on the border post, the foreign ministry in Belgrade said."],), 1),
    # a state named twice in the list is one
    ((["Egypt and Egypt's foreign ministry condemned the strike."],), 1),
    # an analyst who studies an armed group was folded into it
    ((["Boko Haram claimed the killing of 40 farmers in Zabarmari in a video."],
      ["The killing of 40 farmers in Zabarmari was carried out by the Shekau faction, Boko Haram researcher Vincent "
       "Foucher said."]), 2),
    ((["The M23 said it had taken Sake."],
      ["Jason Stearns, an M23 researcher at Simon Fraser University, said the rebels took Sake on Wednesday."]), 2),
    ((["Hezbollah said it fired 40 rockets at Kiryat Shmona."],
      ["Amal Saad, an expert on Hezbollah at Cardiff University, said the group fired 40 rockets at Kiryat Shmona."]), 2),
    # its own people still speak for it
    ((["The M23 said it had taken Sake."], ["M23 spokesman Lawrence Kanyuka said the rebels took Sake on Wednesday."]), 1),
    # a researcher of a rights group is the group's
    ((["Human Rights Watch said soldiers killed 12 men in Moura."],
      ["Human Rights Watch researcher Ilaria Allegrozzi said soldiers killed 12 men in Moura."]), 1),
])
def test_a_claim_counts_the_origins_the_reviewer_expects(registry, articles, expect):
    assert review_case_origins(_case(*articles), registry) == expect
