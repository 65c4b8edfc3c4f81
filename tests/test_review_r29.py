"""Round 29's review of invented text, read as ``annotate`` reads it: the described person who
speaks where the mention finder's cue words, made for names, find none, before an aside of
anonymity, as the subject that opens the sentence, or after an inverted speech verb
(`tests/review_r29_cases.py`)."""

import pytest

from annotator.mentions import MentionFinder
from annotator.registry import load_registry

from .articles import gapped
from .review_r29_cases import SENTENCES

REGISTRY = load_registry()

# Read otherwise than the reviewer expected after the round. A person noun outside the kinds a
# speaker without an aside must be of ("a former militia member") (23); a defining clause after an
# inverted "recalled a schoolteacher" (37); a clause before the subject other than a short place
# phrase ("After the ceasefire collapsed,") (26); a cue noun ending the description wins over the description the aside
# gives ("officer") (9); the on-record cue's reading of the clause after "said" or of a subject
# that is a clause, kept from round 28 ("the fighters spoke Hassaniya and Tamasheq", "a volunteer
# who evacuates the", "Shops in Mutsamudu reopened", "Local officials in Maguindanao dismissed the
# report and") (12, 29, 43, 47); the sentence's subject read as its speaker where the speaker
# stands in a later clause ("Residents returned … after the army said") (58).
SENTENCE_GAPS = {9, 12, 23, 26, 29, 37, 43, 47, 58}


@pytest.mark.parametrize("case", gapped(SENTENCES, SENTENCE_GAPS))
def test_a_sentence_names_the_described_speaker_the_reviewer_expected(case):
    found = MentionFinder(REGISTRY).find(SENTENCES[case]["text"], ["anonymous_source"]).get("anonymous_source")
    assert (found.text if found else None) == SENTENCES[case]["span"]
