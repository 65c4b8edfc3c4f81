"""Round 47's three reviews, each of invented cases written by a helper before running them, and its minimal
cases of the defects it found: names, speakers and their offices (`tests/review_r47a_*.py`), states, the
registry and sources read apart (`tests/review_r47b_*.py`), and leaks, relays, denials and the guard on two
sides' accounts of who opened fire (`tests/review_r47c_*.py`). The regressions the reviews found (33 cases
from 15 causes) were mended; every gap marked below is read as the cause beside it says."""

import pytest

from annotator.claims.signals import compatible, signature
from annotator.registry import load_registry

from .articles import review_case_origins, review_params
from .review_r47a_cases import CASES as A_CASES
from .review_r47a_defects import CASES as A_DEFECTS
from .review_r47b_cases import CASES as B_CASES
from .review_r47b_defects import CASES as B_DEFECTS
from .review_r47b_probes import CASES as B_PROBES
from .review_r47c_cases import CASES as C_CASES
from .review_r47c_defects import CASES as C_DEFECTS
from .review_r47c_pairs import PAIRS

REGISTRY = load_registry()

# Names: "Hassan" and "Hassani" (six letters shared) and "Moussa"/"Musa" (a vowel's spelling, not the
# transliteration rules) read as they are spelt (A 4, 7); "an army officer" with no rank (A 36); the Saudi Press Agency, no state's in the
# registry (A 50); an administrator's administration, no state's (USAID, Lubero; A 76, 78). (Round 48: "his
# spokesman" after a head of government whose title names the state, A 82, 84, 85 and defect 6, is his state's;
# a teller named by a bare surname or "Dr. Chan", or who "told Sudan Tribune", is read: A 21, 26, 27, defects 7, 8.)
A_GAPS = {4, 7, 36, 50, 76, 78}
A_DEFECT_GAPS: set[int] = set()
# States and the registry (round 48: "Burkinabe" and "Burkina Faso" are one key, B 21 and defect 7, and "Cogat" in
# title case is COGAT, B 53 and defect 8); a list of states opening
# with "The United States", "The UAE", a three-word state, a registered side or group, a bloc, a time phrase,
# or "both" (B 28, 34, 40, 41, 43-45; defects 5, 6; probes 9-11); a
# bloc's mission the model called the UN's, where the finder found no span for the new label, and KFOR (B 70,
# 76, 77; defect 4; probes 7, 8); an expert on "groups including Boko Haram" (B 93; defect 9); the WHO named
# without a UN word beside a side's ministry (probe 2); "… Army" a group's name (probe 15); a named
# neighbour beside an army (probe 19); bare "Petra" and Jordan's army (probe 26); the GNS's head described
# (probe 29). (Round 48: KFOR is registered, B 77.)
B_GAPS = {28, 34, 40, 41, 43, 44, 45, 70, 76, 93}
B_DEFECT_GAPS = {4, 5, 6, 9}
B_PROBE_GAPS = {2, 7, 8, 9, 10, 11, 15, 19, 26, 29}
# Leaks, relays and guards: a leak label on a sentence naming a military "post" or "report" (C 0; defect 5);
# "bugged conversations" in a headline (C 8); a recording a state agency published (C 17); an outlet described
# before its name, or passing a document on without "it had seen" (C 24, 25; defect 8); a bureau's leaked
# report and its own statement (C 28); another's leak that the police or army confirm, and intercepts an
# intelligence service published (C 40, 41, 43, 82); "The army released footage it said showed" read as the
# speaker (C 42; defect 7); Congo's army beside the M23 named as an actor (C 56); a governor relayed by the UN
# and his state's minister (C 63); "the ministry" after two ministries (C 66); two sides' accounts the guard
# "FARDC" and "Congolese" one agent (C 72). (Round 48: the guard reads Thai, "its positions" and "border
# guards", C 68 and defect 9.)
C_GAPS = {0, 8, 17, 24, 25, 28, 40, 41, 42, 43, 56, 63, 66, 72, 82}
C_DEFECT_GAPS = {5, 7, 8}
# Pairs: all kept apart since round 48 (Thai/Cambodian and Kyrgyz/Tajik through the origins' state table,
# "border guards", and "fired on its positions").
PAIR_GAPS: set[int] = set()


@pytest.mark.parametrize("cases, case", review_params(
    ("a", A_CASES, A_GAPS), ("a-defects", A_DEFECTS, A_DEFECT_GAPS), ("b", B_CASES, B_GAPS),
    ("b-defects", B_DEFECTS, B_DEFECT_GAPS), ("b-probes", B_PROBES, B_PROBE_GAPS), ("c", C_CASES, C_GAPS),
    ("c-defects", C_DEFECTS, C_DEFECT_GAPS)))
def test_a_review_case_counts_the_origins_the_reviewer_expected(cases, case):
    assert review_case_origins(cases[case], REGISTRY) == cases[case]["expect"]


@pytest.mark.parametrize("k", [pytest.param(k, marks=pytest.mark.xfail(strict=True)) if k in PAIR_GAPS else k
                               for k in range(len(PAIRS))])
def test_two_sides_accounts_of_who_fired_are_kept_apart_as_the_reviewer_expected(k):
    a, b, may_be_one = PAIRS[k]
    assert compatible(signature(a), signature(b)) is may_be_one
