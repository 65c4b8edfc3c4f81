"""Round 44's review of the round's rules on sources described by their role alone, page furniture, "the
forces" and honorifics: invented cases written by a helper before running them (`tests/review_r44a_cases.py`),
and its minimal cases of the defects it found (`tests/review_r44a_defects.py`), counted as ``annotate``
counts them. The regressions the review found were mended; what is left is marked below."""

import pytest

from annotator.registry import load_registry

from .articles import gapped, review_case_origins
from .review_r44a_cases import CASES
from .review_r44a_defects import CASES as DEFECTS

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
