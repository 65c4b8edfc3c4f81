"""No training sentence copies or paraphrases a seed sentence."""

from annotator.data import data_files, load_many
from annotator.leakage import near_duplicates
from annotator.segment import segment

from .conftest import ROOT, SEEDS


def seed_sentences():
    return [s.text for path in sorted(SEEDS.glob("*.txt")) for s in segment(path.read_text(encoding="utf-8"))]


def test_training_data_has_no_seed_near_duplicates():
    """Also the sentences held back from training (``training/held-back``), which a later model may use."""
    train = [e.text for folder in ("data", "held-back") for e in load_many(data_files(ROOT / "training" / folder))]
    seeds = seed_sentences()
    assert len(seeds) > 100 and len(train) > 1200
    assert near_duplicates(train, seeds) == []


def test_detector_catches_copies_and_light_paraphrase():
    seed = "Since December 1, some 358,000 Syrians have been displaced from their homes in Idlib, the UN said."
    copied = "Some 358,000 Syrians have been displaced from their homes in Idlib since December 1, the UN said."
    unrelated = "The camp held more than 68,000 people at its peak, most of them children, officials said."
    found = near_duplicates([copied, unrelated], [seed])
    assert [f["train"] for f in found] == [copied]


def test_claim_development_stories_have_no_seed_near_duplicates():
    stories = [s.text for path in sorted((ROOT / "training" / "claims" / "stories").glob("*/*.txt"))
               for s in segment(path.read_text(encoding="utf-8"))]
    assert len(stories) > 6000
    assert near_duplicates(stories, seed_sentences()) == []
