"""Helpers for tests: the attributions of each sentence of one invented article, read as
``annotate`` reads it (the mention finder's spans, one article memory), and of review cases."""

import pytest

from annotator import claims
from annotator.claims import attribution
from annotator.mentions import MentionFinder


def attributions_of(texts, registry, labels=("on_record",)) -> list[list]:
    """Each sentence's attributions, every sentence given ``labels``."""
    finder, article, out = MentionFinder(registry), attribution._Article("x"), []
    for index, text in enumerate(texts):
        spans = [m.to_dict() for m in finder.find(text, list(labels)).values()]
        out.append(claims.attributions({"id": f"x#{index}", "article": "x", "index": index, "text": text,
                                        "labels": list(labels), "sources": spans}, registry, article))
    return out


def origins_of_case(case: dict, registry) -> int:
    """How many independent origins a review case's claim counts: its articles' sentences read as
    ``annotate`` reads them, each article with its own labels (or one list for all)."""
    labels = case.get("labels", ("on_record",))
    per_article = labels if isinstance(labels[0], (list, tuple)) else [labels] * len(case["articles"])
    found = [attributions_of(texts, registry, tuple(article_labels))
             for texts, article_labels in zip(case["articles"], per_article)]
    return len(claims.claim_origins([a for article in found for sentence in article for a in sentence], registry, set()))


def gapped(cases: list, gaps: set[int]) -> list:
    """Indices of review ``cases`` to parametrize a test with, those in ``gaps`` (read otherwise
    than the reviewer expected, each with its cause beside the set) marked strict xfail."""
    return [pytest.param(c, marks=pytest.mark.xfail(strict=True)) if c in gaps else c for c in range(len(cases))]
