"""Round 44's three reviews, each of invented cases written by a helper before running them, and its minimal
cases of the defects it found, counted as ``annotate`` counts them: the round's rules on sources described
by their role alone, page furniture, "the forces" and honorifics (`tests/review_r44a_*.py`), and on states'
organs, offices and who is the speaker (`tests/review_r44b_*.py`), and on the last rules on who speaks in a
sentence (`tests/review_r44c_*.py`). The regressions the reviews found were
mended, except those marked below with their cause."""

import pytest

from annotator.registry import load_registry

from .articles import gapped, review_case_origins
from .review_r44a_cases import CASES
from .review_r44a_defects import CASES as DEFECTS
from .review_r44b_cases import CASES as B_CASES
from .review_r44b_cases2 import CASES as B_CASES2
from .review_r44b_cases3 import CASES as B_CASES3
from .review_r44b_defects import CASES as B_DEFECTS
from .review_r44c_cases import CASES as C_CASES
from .review_r44c_defects import CASES as C_DEFECTS

REGISTRY = load_registry()

# Counted otherwise than the reviewer expects, each left with its cause (all were so counted at the
# round's start too):
GAPS = {
    9, 10,  # two roles of two bodies (a mayor and a hospital director) are one origin, as two roles of one body are
    41, 42, 43, 44,  # "the army" and "the rebels" (or a rebel commander) are given no side, so they fold together
    45, 46, 47, 48,  # another state's officials beside a role of no stated state fold into it
    49, 50, 51, 52, 58, 67,  # a role folds into the claim's named origin (the joint forces into the RSF)
    60,  # a former fighter, no kind counted apart, folds into the district commissioner
}
DEFECT_GAPS = {
    11, 12,  # as cases 49–58
    13,  # as cases 41–44
    14, 15,  # as cases 45–48; "Ukraine's regional governor" is read as some state's
    20,  # as case 10
}


@pytest.mark.parametrize("case", gapped(CASES, GAPS))
def test_a_review_case_counts_the_origins_the_reviewer_expected(case):
    assert review_case_origins(CASES[case], REGISTRY) == CASES[case]["expect"]


@pytest.mark.parametrize("case", gapped(DEFECTS, DEFECT_GAPS))
def test_a_minimal_defect_case_counts_the_right_origins(case):
    assert review_case_origins(DEFECTS[case], REGISTRY) == DEFECTS[case]["expect"]


# The second review. Kept as the README's rule for a post that names no state, which joins the claim's one
# named state (a same-state official counted apart gave 75 strong in three audits): a region's police
# commissioner, a presidential aide, an Inspector General of Police or "the Army's Northern Command" whose
# sentence names no state is lent to the claim's one state, even the other side's (B 56, 62, 65; B2 11, 12;
# defects 2, 7, 9, 10, 11; B 65 is mended since a registered armed group named in the sentence, Hezbollah,
# keeps the post apart, and B 33, "Presidential Aide X" beside a sentence naming Armenia, is kept apart as the
# third review asked, where "Presidential aide X" already was). Old gaps, so counted at the round's start too: a bare "PTI", the party or the
# agency (B 3, 10; B2 8, 9); "the army's Northern Command" in lower case and India's CRPF, no organ words
# (B 5, 9); a place's police chief ("Kashmir police chief X", "Balochistan's police chief X": B 8, 50); a
# countryless office holder in a claim that names two states (B 15; B2 13, 20); a contingent or peacekeepers
# "in Karabakh" or "of the African Union force", and a bare "peacekeeping contingent" (B 37, 38, 39, 44; B2
# 17); the Karabakh side word inside Azerbaijan's own "Karabakh police" (B 36; B3 2); "AFP spokesperson Col.
# X" read as the wire (B3 1); Jamaica's "PNP" as the Philippine police (B2 7); a bare "government media
# office" or a group's adviser lent to the one state (B 61, 63); a police tally or ministry toll in a clause
# the body ends ("a tally the police released.": B 71, 72, 73); "a statement released by the army said"
# (B 77); who disputes a video or figure (B 69, 70); Gaza's police chief beside Hamas alone (B3 4).
B_GAPS = {3, 5, 8, 9, 10, 15, 33, 36, 37, 38, 39, 44, 50, 56, 61, 62, 63, 69, 70, 71, 72, 73, 77}
B2_GAPS = {7, 8, 9, 11, 12, 13, 17, 20}
B3_GAPS = {1, 2, 4}
B_DEFECT_GAPS = {2, 7, 9, 10, 11, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29}
# The third review: its regressions were mended; these were so counted at the round's start too. A stance
# or relay the readers miss ("carried live by", two bodies that condemn together, a relative clause that goes
# on after its verb, "alleged by", a role folded into the WHO, "called the footage released by Hamas a
# fabrication" with no "as": C 16, 28, 39, 55, 56, 60); the body whose footage another examines or whose
# account an outlet reports (C 30, 49); a post of no stated state kept apart where its sentence names the
# attacker or a place (C 64, 66, 67, 68, 70, 72, 73, 74), and the minimal cases of all these (defects 19–35).
C_GAPS = {16, 28, 30, 39, 49, 55, 56, 60, 64, 66, 67, 68, 70, 72, 73, 74}
C_DEFECT_GAPS = set(range(19, 36))
SECOND = [(B_CASES, B_GAPS), (B_CASES2, B2_GAPS), (B_CASES3, B3_GAPS), (B_DEFECTS, B_DEFECT_GAPS),
          (C_CASES, C_GAPS), (C_DEFECTS, C_DEFECT_GAPS)]


@pytest.mark.parametrize("part, case", [
    pytest.param(p, c, marks=pytest.mark.xfail(strict=True)) if c in gaps else (p, c)
    for p, (cases, gaps) in enumerate(SECOND) for c in range(len(cases))])
def test_a_second_review_case_counts_the_origins_the_reviewer_expected(part, case):
    cases = SECOND[part][0]
    assert review_case_origins(cases[case], REGISTRY) == cases[case]["expect"]
