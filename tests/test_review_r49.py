"""Round 49's two reviews, each of invented cases written by a helper before running them, and its minimal
cases of the defects it found: who a speaker speaks for (a possessive or opposition leader's spokesman, titles
run into names, persons "of" bodies, an acronym an article defined, ages; `tests/review_r49a_*.py`) and states,
sides, relays and who fired (de facto authorities, a presidency beside an armed group, a state agency's own
report, returned fire; `tests/review_r49b_*.py`). The 13 regressions they found (from 10 causes: a former
minister's run-in title, a state's name opening a body's name, a person "of" a bare ministry, "North Ossetian"
read as South Ossetia, a bare KGB lent to another state, a presidency beside an unrecognised state, a state
agency lending its state to named officials, Kabar and Khovar as origins of their own, an outlet's own finding
read as a relay, returned fire against the same side's account) were mended; every gap below is read as its
cause says."""

import pytest

from annotator.claims.signals import compatible, signature
from annotator.registry import load_registry

from .articles import review_case_origins, review_params
from .review_r49a_cases import CASES as A_CASES
from .review_r49a_defects import CASES as A_DEFECTS
from .review_r49a_probes import CASES as A_PROBES
from .review_r49b_cases import CASES as B_CASES
from .review_r49b_defects import CASES as B_DEFECTS
from .review_r49b_fire_pairs import PAIRS as FIRE_PAIRS

REGISTRY = load_registry()

# Speakers: an army chief's spokesman ("…, his spokesman") of an officer named by rank alone, and "According to
# General X" beside the state's ministry (A 26, 57; defect 19); an officer "of" a regional police department, a
# named army division or a side's ministry (A 33, 35, 41; defects 17, 18); "X, 46, the prime minister," (A 63;
# defect 14); a possessive aide or adviser (A 72; defect 20); an acronym an article defined in a sentence citing
# no one, "the Kyrgyz GKNB" and "Chairman of the Kyrgyz GKNB X" (A 74, 76; defects 13, 15, 16; probe 9); a wire's
# relay labelled media_report alone (A 95). A 51's expectation was the reviewer's slip: its third sentence is the
# other side's account, which now reads as a claim of its own.
A_GAPS = {26, 33, 35, 41, 51, 57, 63, 72, 74, 76, 95}
A_DEFECT_GAPS = {13, 14, 15, 16, 17, 18, 19, 20}
A_PROBE_GAPS = {9}
# States and relays: "North Ossetia's police chief X", "Ossetian authorities" in a Vladikavkaz story and "the
# health ministry of North Ossetia-Alania" (B 2, 3, 50); "Zelensky" and "The President's Office" (B 9); "Spokeswoman
# Maria Zakharova", a title of no organ, never lent to Russia (B 13, 55, 73; defects 9, 15; the South Ossetian
# ministry now stands apart from Russia's, so B 73 counts three); "a breakaway Houthi faction" (B 21); a publisher
# named otherwise than the outlet cited ("TASS Russian News Agency", "Kyrgyz state news agency Kabar"; B 33, 35;
# defects 12, 16); a bare "The government" or "The defence ministry" folded into the ELN (B 38, 39; defect 11);
# the Tbilisi-based Abkhaz government-in-exile (B 49); "Foreign Minister Zaur Bagayev" with no state written (B
# 52); "Tskhinvali's de facto leader X" (B 56).
B_GAPS = {2, 3, 9, 13, 21, 33, 35, 38, 39, 49, 50, 52, 55, 56, 73}
B_DEFECT_GAPS = {9, 11, 12, 15, 16}
# Who fired: "its border guards", whose state only the speaker names (12); a rejected report's shooter read as the
# sentence's (18, which the reviewer marked debatable).
FIRE_GAPS = {12, 18}


@pytest.mark.parametrize("cases, case", review_params(
    ("a", A_CASES, A_GAPS), ("a-defects", A_DEFECTS, A_DEFECT_GAPS), ("a-probes", A_PROBES, A_PROBE_GAPS),
    ("b", B_CASES, B_GAPS), ("b-defects", B_DEFECTS, B_DEFECT_GAPS)))
def test_a_review_case_counts_the_origins_the_reviewer_expected(cases, case):
    assert review_case_origins(cases[case], REGISTRY) == cases[case]["expect"]


@pytest.mark.parametrize("pair", [pytest.param(k, marks=[pytest.mark.xfail(strict=True)] if k in FIRE_GAPS else [])
                                  for k in range(len(FIRE_PAIRS))])
def test_two_accounts_of_who_fired_group_as_the_reviewer_expected(pair):
    a, b, expected, _ = FIRE_PAIRS[pair]
    assert compatible(signature(a), signature(b)) == expected
