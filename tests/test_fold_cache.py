"""Cross-validation folds are cached so an interrupted results run resumes without retraining."""

from annotator.baselines import RuleClassifier
from annotator.data import Example
from annotator.experiments import FoldCache, cross_validate

EXAMPLES = [Example(id=f"{a}-{i}", text=text, labels=labels, article=f"art{a}")
            for a in range(5)
            for i, (text, labels) in enumerate([
                ("The UN said 300 people fled.", ["un_figure"]),
                ("Shelling hit the town on Monday.", []),
                ("A source who asked not to be named said troops had arrived.", ["anonymous_source"]),
            ])]


def counting_factory():
    """A rules-classifier factory and the list that grows by one per fit."""
    fits = []

    def make():
        fits.append(1)
        return RuleClassifier()

    return make, fits


def test_folds_are_read_back_not_refitted(tmp_path):
    make, fits = counting_factory()
    path = tmp_path / "folds.jsonl"
    first = cross_validate(make, EXAMPLES, k=5, cache=FoldCache(path), name="rules", config={"a": 1})
    assert len(fits) == 5 and len(path.read_text().splitlines()) == 5
    again = cross_validate(make, EXAMPLES, k=5, cache=FoldCache(path), name="rules", config={"a": 1})
    assert len(fits) == 5 and again == first


def test_a_changed_configuration_or_dataset_is_not_reused(tmp_path):
    make, fits = counting_factory()
    path = tmp_path / "folds.jsonl"
    cross_validate(make, EXAMPLES, k=5, cache=FoldCache(path), name="rules", config={"a": 1})
    cross_validate(make, EXAMPLES, k=5, cache=FoldCache(path), name="rules", config={"a": 2})
    cross_validate(make, EXAMPLES[:-1], k=5, cache=FoldCache(path), name="rules", config={"a": 1})
    assert len(fits) == 15
