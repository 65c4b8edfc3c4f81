"""Misattributions two user audits of round 33 found (a massacre in Mali, a hospital strike in
Yemen; invented folders), each fixed and kept here as a one-sentence regression test."""

import pytest

from annotator import claims
from annotator.claims import attribution
from annotator.claims.signals import note_hedges, verification_note
from annotator.claims.titles import unregistered_paper
from annotator.mentions import MentionFinder
from annotator.positions import cited_at
from annotator.registry import load_registry

from .articles import attributions_of


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def _published(texts, registry, labels, publisher):
    """Attributions of an article ``publisher`` published, every sentence given ``labels``."""
    finder, article, out = MentionFinder(registry), attribution._Article(publisher), []
    for index, text in enumerate(texts):
        spans = [m.to_dict() for m in finder.find(text, list(labels)).values()]
        out.append(claims.attributions({"id": f"x#{index}", "article": "x", "index": index, "text": text,
                                        "labels": list(labels), "sources": spans}, registry, article))
    return out


def test_a_name_in_what_a_spokesman_said_is_not_the_speaker(registry):
    # Fixed: the Houthis, whose workshop the coalition says it struck, were the origin.
    text = ("The spokesman of the Saudi-led coalition, Col. Mansour al-Otaibi, said the strike targeted a "
            "Houthi drone workshop in a building next to the hospital.")
    assert not cited_at(text, text.index("Houthi"), text.index("Houthi") + 6)
    [found] = attributions_of([text], registry)
    assert [(a.source, a.speaker) for a in found] == [(None, "al-otaibi")]


def test_an_inverted_speaker_after_said_is_still_cited():
    text = "Seventeen people were killed, said the Houthi-run health ministry."
    assert cited_at(text, text.index("Houthi"), text.index("Houthi") + 6)


def test_an_unregistered_paper_without_the_is_not_the_last_outlet_named(registry):
    # Fixed: "…, Sahel Dispatch reported" read as AFP, which the article had cited before.
    text = "In one exchange, a voice orders that the men be taken to the river, Sahel Dispatch reported."
    assert unregistered_paper(text, registry.find(text), cited_at) == "Sahel Dispatch"
    found = attributions_of(["A local official told AFP that 40 people were killed.", text], registry,
                            ("leaked_recording", "media_report"))
    assert found[1][0].via == ()
    assert unregistered_paper("Kenya National police said 12 died.", [], cited_at) == ""
