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


def claim_origins_of(texts, registry, labels=("on_record",)) -> list[dict]:
    """The origins of sentences read as one article, every sentence given ``labels``."""
    found = attributions_of(texts, registry, labels)
    return claims.claim_origins([a for sentence in found for a in sentence], registry, set())


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


def labelled_case(*articles, labels=("on_record",)) -> dict:
    """A review case of articles given as lists of sentences, every sentence with ``labels``."""
    return {"articles": [[(list(labels), text) for text in texts] for texts in articles]}


def review_params(*sets) -> list:
    """(cases, index) for every case of each (name, cases, gaps), those in gaps marked strict xfail."""
    return [pytest.param(cases, k, id=f"{name}-{k}", marks=[pytest.mark.xfail(strict=True)] if k in gaps else [])
            for name, cases, gaps in sets for k in range(len(cases))]


def article_attributions(article: list[tuple[list[str], str]], registry, name: str = "x") -> list:
    """Every attribution of one article's sentences ``(labels, text)``, each with its own labels, read
    in order."""
    finder, memory, out = MentionFinder(registry), attribution._Article(name), []
    for index, (labels, text) in enumerate(article):
        spans = [m.to_dict() for m in finder.find(text, list(labels)).values()]
        out += claims.attributions({"id": f"{name}#{index}", "article": name, "index": index, "text": text,
                                    "labels": list(labels), "sources": spans}, registry, memory)
    return out


def claims_of_articles(articles: list[list[tuple[list[str], str]]], registry, publishers: list[str] | None = None) -> list[dict]:
    """The claims ``build_claims`` makes of several articles' sentences ``(labels, text)``, every
    claim sentence grouped with every other whatever it says (every sentence has the same vector),
    each article published by the one of ``publishers`` at its place (default: none)."""
    import numpy as np

    from annotator.readers import Article

    finder, rows = MentionFinder(registry), []
    for a, article in enumerate(articles):
        for k, (labels, text) in enumerate(article):
            rows.append({"id": f"a{a}#{k}", "article": f"a{a}", "index": k, "labels": list(labels), "text": text,
                         "sources": [m.to_dict() for m in finder.find(text, list(labels)).values()]})
    return claims.build_claims(rows, [Article(f"a{a}", f"a{a}", "", publisher=publishers[a] if publishers else None)
                                      for a in range(len(articles))], registry,
                               embed=lambda t: np.ones((len(t), 8), dtype=np.float32) / np.sqrt(8), denial_model=None)


def review_case_origins(case: dict, registry) -> int:
    """How many independent origins a review case counts: its articles' sentences ``(labels, text)``
    built into claims (published by its ``publishers``, if it names them), the claim with the most mentions."""
    built = claims_of_articles(case["articles"], registry, case.get("publishers"))
    return max(built, key=lambda c: len(c["mentions"]))["profile"]["independent_origins"]


def one_claim_of(texts: list[tuple[list[str], str]], registry) -> dict:
    """The one claim ``build_claims`` makes of sentences ``(labels, text)``, each in an article of
    its own, grouped whatever they say (every sentence has the same vector)."""
    (claim,) = claims_of_articles([[sentence] for sentence in texts], registry)
    return claim


def article_claims(texts: list[tuple[list[str], str]], registry, publisher: str = "Reuters") -> dict[str, dict]:
    """The claims ``build_claims`` makes of one article's sentences ``(labels, text)``, none grouped
    with another (each has a vector of its own), by the id of their one mention ("r#0", "r#1", …)."""
    import numpy as np

    from annotator.readers import Article

    finder = MentionFinder(registry)
    rows = [{"id": f"r#{k}", "article": "r", "index": k, "text": text, "labels": list(labels),
             "sources": [m.to_dict() for m in finder.find(text, list(labels)).values()]}
            for k, (labels, text) in enumerate(texts)]
    found = claims.build_claims(rows, [Article("r", "r", publisher)], registry,
                                embed=lambda t: np.eye(len(t), 8, dtype=np.float32), denial_model=None)
    return {c["mentions"][0]["sentence_id"]: c for c in found}
