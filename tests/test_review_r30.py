"""Round 30's reviews of invented sentences, read as ``annotate`` reads an on-record sentence: those
that open with an owner's organ and a speech or stance verb (`tests/review_r30_cases.py`), and those
that open with a role and the name that fills it (`tests/review_r30b_cases.py`)."""

import pytest

from annotator.registry import load_registry

from .articles import attributions_of, gapped
from .review_r30_cases import CASES
from .review_r30b_cases import CASES as ROLE_CASES

REGISTRY = load_registry()

# Read otherwise than the reviewer expected: an appeal with nothing said ("urged calm") is an act,
# as the speech cues read it (`_SAYS_THAT`), where the reviewer reads a speaker (38).
GAPS = {38}
# The registry's canonical name for the phrase as the reviewer wrote it.
CANONICAL = {56: "Rapid Support Forces", 47: "Libyan National Army"}  # Haftar is the LNA's since round 42


# The speech cue reads a name before "told" or "warned" without its rank: the same person.
ROLE_CANONICAL = {1: "Tomas Reyes", 23: "Abdi Farah Warsame"}


def _speaker_of(text: str) -> str:
    (found,) = attributions_of([text], REGISTRY)[0]
    return found.speaker_name or (found.source.name if found.source else "")


@pytest.mark.parametrize("case", gapped(CASES, GAPS))
def test_an_owners_organ_opening_the_sentence_is_read_as_the_reviewer_expected(case):
    text, expected, _why = CASES[case]
    assert _speaker_of(text) == CANONICAL.get(case, expected)


@pytest.mark.parametrize("case", range(len(ROLE_CASES)))
def test_the_name_after_a_role_is_read_as_the_reviewer_expected(case):
    text, expected, _why = ROLE_CASES[case]
    assert _speaker_of(text) == ROLE_CANONICAL.get(case, expected)
