"""Finished trainings are cached so a results run resumes, and reruns, without retraining."""

from annotator.baselines import RuleClassifier
from annotator.data import Example
from annotator.experiments import FoldCache, cross_validate, learning_curve
from annotator.jsonl import dumps

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

    class Counting(RuleClassifier):
        def fit(self, texts, y):
            fits.append(1)
            return super().fit(texts, y)

    return Counting, fits


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


def test_a_changed_registry_match_retrains_models_that_read_it(tmp_path, monkeypatch):
    """Rules and hinted models see what the registry finds: a changed registry or matcher must
    not read back scores computed with the old one."""
    make, fits = counting_factory()
    path = tmp_path / "folds.jsonl"
    cross_validate(make, EXAMPLES, k=5, cache=FoldCache(path), name="rules", config={"a": 1})
    monkeypatch.setattr("annotator.features.mark_sources", lambda text, registry, defined=(): text + " (monitor)")
    cross_validate(make, EXAMPLES, k=5, cache=FoldCache(path), name="rules", config={"a": 1})
    assert len(fits) == 10


def test_learning_curve_shares_are_read_back_not_refitted(tmp_path):
    make, fits = counting_factory()
    path = tmp_path / "cache.jsonl"
    gold = EXAMPLES[:3]
    first = learning_curve(make, EXAMPLES, gold, fractions=(0.4, 0.6), cache=FoldCache(path), name="rules",
                           config={"a": 1})
    again = learning_curve(make, EXAMPLES, gold, fractions=(0.4, 0.6), cache=FoldCache(path), name="rules",
                           config={"a": 1})
    other_gold = learning_curve(make, EXAMPLES, gold[:2], fractions=(0.4,), cache=FoldCache(path),
                                name="rules", config={"a": 1})
    assert len(fits) == 3 and again == first and other_gold[0]["sentences"] == first[0]["sentences"]


def test_results_reads_back_baseline_gold_scores(tmp_path, monkeypatch):
    """A second results run with unchanged data, configuration and gold trains no baseline again."""
    from annotator import experiments, results

    data = tmp_path / "data"
    data.mkdir()
    (data / "train.jsonl").write_text("".join(
        dumps({"id": e.id, "text": e.text, "labels": e.labels, "article": e.article}) + "\n" for e in EXAMPLES))
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(dumps({"id": e.id, "text": e.text, "labels": e.labels}) + "\n" for e in EXAMPLES[:3]))
    make, fits = counting_factory()
    monkeypatch.setattr(results, "candidates", lambda config: {"rules": make, "default": make})
    shipped = experiments.fit(RuleClassifier, EXAMPLES)
    cache = tmp_path / "cache.jsonl"
    first, _ = results.build_results(data, [gold], {}, shipped, folds=0, log=lambda m: None, fold_cache=cache)
    trained = len(fits)
    again, _ = results.build_results(data, [gold], {}, shipped, folds=0, log=lambda m: None, fold_cache=cache)
    assert trained == 4 and len(fits) == trained
    assert first.split("\n", 3)[3] == again.split("\n", 3)[3]
