"""Round 45's three reviews, each of invented cases written by a helper before running them, and its minimal
cases of the defects it found: the grouping guard on what a shared figure counts (`tests/review_r45a_*.py`:
pairs of sentences that may or may not group, and claims counted as ``annotate`` counts them), speakers named
again (`tests/review_r45b_*.py`), and channels, speakers and the round's registered bodies
(`tests/review_r45c_*.py`). The regressions the reviews found were mended; every gap marked below was
counted so at the round's start too."""

import pytest

from annotator.claims.signals import compatible, signature
from annotator.registry import load_registry

from .articles import review_case_origins, review_params
from .review_r45a_cases import CASES as A_CASES
from .review_r45a_defects import CASES as A_DEFECTS
from .review_r45a_defects import PAIRS as A_DEFECT_PAIRS
from .review_r45a_pairs import PAIRS as A_PAIRS
from .review_r45b_cases import CASES as B_CASES
from .review_r45b_defects import CASES as B_DEFECTS
from .review_r45c_cases import CASES as C_CASES
from .review_r45c_defects import CASES as C_DEFECTS

REGISTRY = load_registry()

# Pairs the guard lets group though they are two claims (as at the round's start, which had no such guard):
# a span of time is left out, so "12 activists to five years" and "five activists to 12 years" are not told
# apart; nouns and peoples the tables lack ("Shaheds", "North Korean", "Tigrayan", "Thai"; "South Sudanese"
# read as Sudanese); kinds too coarse for "two hospitals" and "two schools", or "drones" and "warships";
# "rounds of talks" read as no count of anything. The share-versus-place control (A 52) is "40 percent of
# homes" beside "40 homes", which the guard does not tell apart either.
A_PAIR_GAPS = {52, 58, 62, 63, 64, 65, 66, 67, 69, 70}
A_DEFECT_PAIR_GAPS = {28, 32, 33, 34, 35, 36, 37, 38, 39}
# the same, end to end: "dismissed 12 officers" stays a count of people, and a time span swapped
A_GAPS = {4, 7}
A_DEFECT_GAPS = {6}
# Speakers named again, counted otherwise than the reviewer expected, as at the round's start: a witness
# whose first name is an official's, named again where the article gave no description of him (B 3, 4, 7, 9–12,
# 14, 63), which the start folded into the claim's named origin (since round 49, a person introduced with a
# description in a sentence citing no one is the next back-reference's: B 5); a statement, council, command, spokesman,
# lawyers or committees named in a sentence with no source label, which leaves the back-reference unresolved
# and folded into the claim's named origin (B 17–19, 23, 25, 29, 30, 35, 36, 39, 40, 42, 47); a unit named with
# a place holding "ez-" (B 32); the M23's spokesman named again as "the spokesman", read as a countryless
# organ and lent to Congo's army (B 48, 73; round 47 reads "al-Bukhaiti" named again as "Bukhaiti", B 51); a
# former aide or adviser set apart by an aside (B 52, 53, 56); a spokesman for "the Joint Forces" of Sudan in another
# article (B 57); a rights group that said "RSF fighters detained …" read as the RSF (B 74).
B_GAPS = {3, 4, 7, 9, 10, 11, 12, 14, 17, 18, 19, 23, 25, 29, 30, 32, 35, 36, 39, 40, 42, 47, 48, 52, 53, 56,
          57, 63, 73, 74}
B_DEFECT_GAPS = {10, 12, 13, 15, 17, 18}
# Channels and speakers, as at the round's start: a registered group's statement relayed by a monitor, where
# the group speaks beside the relay (C 2); an outlet's own correspondent folded
# into the speaker it carried elsewhere (C 26; defects 30); Lavrov read as Russia where the model missed the
# label (C 28); an unnamed local official on the record and the army (C 31, a label the taxonomy gives
# otherwise); the region that accuses someone of sheltering the PKK (C 45); Mai Kadra's elders (C 49; defects
# 33); other lawyers or councils named in the same sentence as the back-reference (C 50, 77, 78; defects 31,
# 32); OHCHR's investigators' draft (C 60; defects 34).
C_GAPS = {2, 26, 28, 31, 45, 49, 50, 60, 77, 78}
C_DEFECT_GAPS = {30, 31, 32, 33, 34}


@pytest.mark.parametrize("pairs, case", review_params(("a-pairs", A_PAIRS, A_PAIR_GAPS),
                                                       ("a-defects", A_DEFECT_PAIRS, A_DEFECT_PAIR_GAPS)))
def test_a_pair_of_mentions_may_group_only_where_the_reviewer_says_they_are_one_claim(pairs, case):
    pair = pairs[case]
    may = compatible(signature(pair["a"]), signature(pair["b"]))
    assert may if pair["same"] else not may


@pytest.mark.parametrize("cases, case", review_params(
    ("a", A_CASES, A_GAPS), ("a-defects", A_DEFECTS, A_DEFECT_GAPS), ("b", B_CASES, B_GAPS),
    ("b-defects", B_DEFECTS, B_DEFECT_GAPS), ("c", C_CASES, C_GAPS), ("c-defects", C_DEFECTS, C_DEFECT_GAPS)))
def test_a_review_case_counts_the_origins_the_reviewer_expected(cases, case):
    assert review_case_origins(cases[case], REGISTRY) == cases[case]["expect"]
