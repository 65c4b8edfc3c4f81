"""Claims: group sentences that assert the same thing across articles and profile their sourcing.

(First version: every checkable sentence is its own claim; grouping arrives with the claims issue.)
"""

from __future__ import annotations


def build_claims(sentences: list[dict], articles, registry, scoring_file=None) -> list[dict]:
    return []
