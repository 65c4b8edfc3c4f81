"""The development stories' halves stay put when stories are added, so an earlier round's fold
encoders remain a baseline on the same held-out halves (``training/claims/story_score.py``)."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "training" / "claims"))
import story_score  # noqa: E402


def test_listed_stories_keep_their_half_and_new_ones_balance(tmp_path, monkeypatch):
    monkeypatch.setattr(story_score, "HALVES", tmp_path / "halves.json")
    story_score.record_halves((["a", "c", "e"], ["b", "d"]))
    first, second = story_score.halves(["a", "b", "c", "d", "e", "aa", "zz", "mm"])
    assert set(first) >= {"a", "c", "e"} and set(second) >= {"b", "d"}
    assert (len(first), len(second)) == (4, 4)
    assert second == ["aa", "b", "d", "zz"] and first == ["a", "c", "e", "mm"]


def test_without_a_record_stories_alternate(tmp_path, monkeypatch):
    monkeypatch.setattr(story_score, "HALVES", tmp_path / "missing.json")
    assert story_score.halves(["d", "a", "c", "b"]) == (["a", "c"], ["b", "d"])


def test_the_shipped_record_covers_every_story():
    listed = json.loads(story_score.HALVES.read_text(encoding="utf-8"))
    assert set(story_score.story_names()) == set(listed["first"]) | set(listed["second"])
    assert not set(listed["first"]) & set(listed["second"])
