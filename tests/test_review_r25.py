"""Round 25's three reviews of invented text, read as ``annotate`` reads it: which span and registered
source the mention finder gives an on-record sentence (``tests/review_r25a_cases.py``), and how many
independent origins a claim's mentions count (``tests/review_r25b_cases.py``; the third review,
of the round's later rules, ``tests/review_r25c_cases.py``)."""

import re

import pytest

from annotator.mentions import MentionFinder
from annotator.registry import load_registry

from .articles import gapped, origins_of_case
from .review_r25a_cases import CASES as SENTENCES
from .review_r25b_cases import CASES as SECOND
from .review_r25c_cases import CASES as THIRD

REGISTRY = load_registry()
CLAIMS = SECOND + THIRD
N = len(SECOND)

# Read wrongly after the round. A speaker whose verb the cues lack beside a name they cite ("The
# Kremlin dismissed a report by Human Rights Watch", "The Pentagon disputed figures from the Houthis",
# "The Houthis threatened more attacks after CENTCOM released footage"; round 40 reads a subject that
# rejects something, but not another source's report, whose author is the origin); a name in what was said
# that a verb or noun after it cites ("Israel said Hamas had claimed", "Russian defence ministry
# claims"); a subject whose apposition is long or holds commas ("The ICRC, the Geneva-based
# organisation that …, said"); a speaker whose age stands before "said", for whom the finder gives
# no span (round 27 reads "Maria Zakharova, the foreign ministry spokeswoman, said"); a registered name in a speaker's own description ("Relatives of hostages held by
# Hamas told"); a headline with its source last ("RSF accused of massacre in El Geneina - HRW").
SENTENCE_GAPS = {27, 51, 52, 91, 121, 124, 125, 134, 135, 136, 137, 138, 139, 140, 141, 142, 147, 148, 150,
                 151, 154, 175, 188, 204, 205, 208, 209, 210}
# Counted wrongly after the round: a group's officials named by a word of another group's name
# ("Alliance officials"); a UN mission read only as on-record; a registered name opening a which-
# clause ("which MSF says is overwhelmed"); acronym subjects with long
# names; an article's acronym that the registry knows as another source;
# spokesmen joined by neither name nor acronym ("Polisario commanders"); ministries named by where
# they sit ("the Ministry of Health in Juba") or by a portfolio beside another organ of their state
# ("Lebanon's army" and "the Ministry of Public Health": the other side's ministry is as often bare); an officer whose unit follows his age; unnamed sources beside named ones.
# Third review (numbered after the second's): a rebel army named like a state's ("Syrian National Army
# Spokesman X"); a countryless ministry beside two states' ministries of its portfolio, merged with
# both; "Army Spokesman X" where two states' armies speak; a government a state installed abroad read as that
# state's; a "by" agent outside the attributing clause ("The army, condemned by Amnesty over the
# killings, said"); an agency named with its acronym ("Turkey's emergency agency AFAD").
CLAIM_GAPS = {13, 23, 41, 61, 68, 72, 115, 132, 133, 143, 145, 148, 168, 169, 171,
              173} | {N + k for k in (22, 51, 53, 58, 63, 64, 103, 115, 136, 139, 141)}


def mention(text: str):
    found = MentionFinder(REGISTRY).find(text, ["on_record"]).get("on_record")
    return (found.text, found.source.name if found.source else None) if found else None


def _norm(span: str) -> str:
    return re.sub(r"[\s.,;:]+$", "", re.sub(r"^(?:the|a|an)\s+", "", span.strip(), flags=re.I))


def accepted(case: dict, got) -> bool:
    """Whether the span and source found are the reviewer's, or an alternative the reviewer allowed
    ("the Norwegian Refugee Council" for "Norwegian Refugee Council")."""
    expected = case["expected"]
    if expected is None or got is None:
        return expected is got
    allowed = [(span, expected[1]) for span in (expected[0], *case.get("ok_spans", ()))]
    allowed += [tuple(alt) for alt in case.get("alts", ())]
    return (_norm(got[0]), got[1]) in [(_norm(span), source) for span, source in allowed]


def origins(case: dict) -> int:
    return origins_of_case(case, REGISTRY)


@pytest.mark.parametrize("case", gapped(SENTENCES, SENTENCE_GAPS))
def test_an_on_record_sentence_cites_the_source_the_reviewer_expected(case):
    assert accepted(SENTENCES[case], mention(SENTENCES[case]["text"]))


@pytest.mark.parametrize("case", gapped(CLAIMS, CLAIM_GAPS))
def test_a_claim_counts_the_origins_the_reviewer_expected(case):
    assert origins(CLAIMS[case]) == CLAIMS[case]["origins"]
