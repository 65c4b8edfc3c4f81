"""The benchmark's building blocks: grouping at scale, the corpus maker and the report."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.bench import make_corpus, markdown
from annotator.claims_bench import grouping_scale, synthetic

DATA = Path(__file__).parent / "fixtures"


def test_synthetic_mentions_have_the_requested_count_and_claims():
    vectors, signatures, truth = synthetic(500)
    assert vectors.shape[0] == len(signatures) == len(truth) == 500
    assert 80 < len(set(truth.tolist())) < 500


@pytest.mark.parametrize("pair_model", [None, "similarity only"])
def test_grouping_scale_reports_each_size_and_the_growth(pair_model):
    from .test_claim_pairs import similarity_only

    lines = grouping_scale((300, 600), pair_model=similarity_only() if pair_model else None)
    assert any(line.strip().startswith("300 mentions") for line in lines)
    assert any(line.startswith("growth 300 -> 600") for line in lines)
    recall = float(lines[-1].rsplit(":", 1)[1])
    assert recall == 1.0  # below EXACT_LIMIT the search is exact


def corpus_lines(tmp_path, passages: int, articles: int, distinct: bool) -> tuple[int, list[str]]:
    """Make a corpus from ``passages`` three-sentence passages; its count and its lines."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "d.jsonl").write_text("".join(
        f'{{"id": "p{p}-{k}", "article": "p{p}", "text": "Sentence {k} of passage {p}.", "labels": []}}\n'
        for p in range(passages) for k in range(3)), encoding="utf-8")
    count = make_corpus(tmp_path / "corpus", articles, data, distinct=distinct)
    return count, [line for f in sorted((tmp_path / "corpus").glob("*.txt")) for line in f.read_text().splitlines()]


def test_distinct_corpus_never_repeats_a_sentence(tmp_path):
    count, lines = corpus_lines(tmp_path, passages=10, articles=12, distinct=True)
    assert count == len(lines) == len(set(lines))


def test_markdown_shows_every_run_and_the_grouping_lines():
    run = {"sentences": 10, "seconds": 2.0, "sentences_per_s": 5.0, "peak_rss_mb": 100.0, "stages": {"read": 0.1}}
    result = {"runs": {"naive": run, "fast": run, "fast, unchanged folder again": run,
                       "fast, smaller claim encoder": {**run, "sentences_per_s": 6.0},
                       "fast, large corpus (50,000+ sentences)": {**run, "articles": 3}},
              "speedup": 1.0, "rerun_speedup": 1.0, "cores": 2, "cpu": "x86_64", "flags": "avx2",
              "articles": 1, "load": (0.1, 0.2), "grouping": ["   10000 mentions:    1.00 s"]}
    text = markdown(result, "annotator bench", "today")
    assert "| fast, large corpus (50,000+ sentences) | 10 |" in text
    assert "Large corpus: 3 articles" in text
    assert "   10000 mentions:    1.00 s" in text
    assert "with `--claim-model models/claim-encoder-small`: 6 sentences/s, 120% of the default's rate" in text


def test_corpus_repeats_no_passage_until_the_data_runs_out(tmp_path):
    _, lines = corpus_lines(tmp_path, passages=40, articles=4, distinct=False)  # at most 32 of 40 passages
    assert len(lines) == len(set(lines)) >= 4 * 4 * 3


def test_first_runs_start_without_an_earlier_benchmarks_cache(tmp_path, monkeypatch):
    """Regression: a second `annotator bench` reused the first one's out-fast cache, so its
    "first" fast run was a cached re-run (8,707 sentences/s)."""
    from annotator import bench

    for out in ("out-naive", "out-fast", "out-large"):
        (tmp_path / out / ".partial").mkdir(parents=True)
    seen = []

    def fake_child(mode, corpus, out, model):
        seen.append((mode, out.name, (out / ".partial").exists()))
        (out / ".partial").mkdir(parents=True, exist_ok=True)  # what a real run leaves behind
        return {"mode": mode, "sentences": 10, "seconds": 1.0, "sentences_per_s": 10.0, "stages": {},
                "peak_rss_mb": 1.0}

    monkeypatch.setattr(bench, "run_child", fake_child)
    monkeypatch.setattr(bench, "make_corpus", lambda folder, n, data, seed=0, distinct=False: 10)
    monkeypatch.setattr(bench, "label_agreement", lambda a, b: {"same": 10, "total": 10})
    models = tmp_path / "models"
    monkeypatch.setattr("annotator.models.models_root", lambda: models)
    bench.benchmark(tmp_path, 1, tmp_path, None, log=lambda m: None, large=5)
    assert seen == [("naive", "out-naive", False), ("fast", "out-fast", False), ("fast", "out-fast", True),
                    ("fast", "out-large", False)]
    (models / "claim-encoder-small").mkdir(parents=True)
    (models / "claim-encoder-small" / "config.json").write_text("{}")
    (tmp_path / "out-fast-small" / ".partial").mkdir(parents=True)
    seen.clear()
    bench.benchmark(tmp_path, 1, tmp_path, None, log=lambda m: None)
    assert ("fast-small", "out-fast-small", False) in seen  # the smaller claim encoder, from an empty folder
