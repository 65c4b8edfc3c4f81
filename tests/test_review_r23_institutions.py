"""Round 23's review of institution names read whole (tests/review_r23b_cases.py, invented
sentences): who each sentence is read as said by, and for some articles how many independent
origins they make. Those marked as gaps are known faults, nearly all older than the round."""

import re
from itertools import permutations

import pytest

from annotator.claims import claim_origins
from annotator.registry import load_registry

from .articles import attributions_of
from .review_r23b_cases import CASES


def read(case):
    """The names each sentence of a case's article is read as citing, and the article's origin count."""
    registry = load_registry()
    found = attributions_of(case["article"], registry, case.get("labels", ("on_record",)))
    names = [[a.source.name if a.source else a.speaker_name for a in sentence] for sentence in found]
    return names, len(claim_origins([a for sentence in found for a in sentence], registry, set()))


def _norm(name: str) -> str:
    return re.sub(r"[\s.,;:]+$", "", re.sub(r"^\W*(?:the|a|an)\s+", "", name.strip(), flags=re.I)).lower()


def matches(expected: list[str], got: list[str]) -> bool:
    """Whether the names read are the expected ones (each expected entry lists alternatives with " | ")."""
    got = sorted(_norm(g) for g in got if g and _norm(g))
    alternatives = [{_norm(a) for a in e.split(" | ")} for e in expected]
    return len(got) == len(expected) and any(all(g in a for g, a in zip(p, alternatives)) for p in permutations(got))


READINGS = {}


def reading(case: int):
    if case not in READINGS:
        READINGS[case] = read(CASES[case])
    return READINGS[case]


# Read wrongly by the rules before and after this round (the review's "older limits"): "and"
# inside a name, a place after the name read as the speaker, people
# of a place read as the place, titles and heads the list lacks, "The army said" with a speech verb
# kept as a description, only one on-record name read per sentence, and a phrase glued before a
# speaker with no comma; also readings the round changed but did not make right.
GAPS = {(6, 0), (8, 0), (41, 0), (55, 0), (58, 0), (62, 0), (63, 0), (64, 0), (67, 0), (69, 0),
        (70, 0), (71, 0), (77, 0), (89, 0), (90, 0), (91, 0), (92, 0), (93, 0), (94, 0), (97, 0), (98, 0),
        (101, 0), (118, 0), (119, 0), (121, 0), (123, 1), (125, 1), (126, 1), (128, 1), (129, 1), (130, 2),
        (131, 1), (135, 1), (137, 2), (139, 1), (140, 1), (142, 1), (143, 1), (144, 0), (144, 1), (145, 0),
        (145, 1), (146, 1), (148, 0), (149, 1), (152, 1), (159, 0), (160, 0),
        (161, 0), (162, 0), (164, 0), (165, 0), (166, 0), (167, 0), (177, 0), (179, 1), (180, 1),
        (181, 1), (182, 0), (183, 0), (184, 1), (188, 1), (190, 1)}
SENTENCES = [(c, s) for c, case in enumerate(CASES) for s in range(len(case["article"]))]


@pytest.mark.parametrize("case, sentence", [
    pytest.param(c, s, marks=pytest.mark.xfail(strict=True, reason="known gap")) if (c, s) in GAPS else (c, s)
    for c, s in SENTENCES])
def test_a_sentence_is_read_as_said_by_whom_the_reviewer_expected(case, sentence):
    assert matches(CASES[case]["expected"][sentence], reading(case)[0][sentence])


@pytest.mark.parametrize("case", [c for c, case in enumerate(CASES) if "origins" in case])
def test_an_articles_sources_count_as_the_reviewer_expected(case):
    assert reading(case)[1] == CASES[case]["origins"]
