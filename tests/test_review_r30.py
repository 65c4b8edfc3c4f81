"""Round 30's review of invented sentences that open with an owner's organ and a speech or stance
verb, read as ``annotate`` reads an on-record sentence (`tests/review_r30_cases.py`)."""

import pytest

from annotator.registry import load_registry

from .articles import attributions_of, gapped
from .review_r30_cases import CASES

REGISTRY = load_registry()

# Read otherwise than the reviewer expected: an appeal with nothing said ("urged calm") is an act,
# as the speech cues read it (`_SAYS_THAT`), where the reviewer reads a speaker (38).
GAPS = {38}
# The registry's canonical name for the phrase as the reviewer wrote it.
CANONICAL = {56: "Rapid Support Forces"}


@pytest.mark.parametrize("case", gapped(CASES, GAPS))
def test_an_owners_organ_opening_the_sentence_is_read_as_the_reviewer_expected(case):
    text, expected, _why = CASES[case]
    (found,) = attributions_of([text], REGISTRY)[0]
    assert (found.speaker_name or (found.source.name if found.source else "")) == CANONICAL.get(case, expected)
