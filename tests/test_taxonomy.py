"""The label list in code is the contract's, spelled exactly."""

import re

import pytest

from annotator.taxonomy import LABEL_NAMES, LABELS

from .conftest import ROOT

CONTRACT = ROOT.parent / "shared" / "attribution-taxonomy.md"


def test_labels_match_the_shared_taxonomy():
    if not CONTRACT.exists():
        pytest.skip("shared/attribution-taxonomy.md not beside the checkout")
    table = re.findall(r"^\| `([a-z_]+)` \|", CONTRACT.read_text(encoding="utf-8"), re.M)
    assert tuple(table) == LABEL_NAMES


def test_colours_are_distinct_hex():
    colours = [label.colour for label in LABELS]
    assert len(set(colours)) == len(colours)
    assert all(re.fullmatch(r"#[0-9A-F]{6}", c) for c in colours)
