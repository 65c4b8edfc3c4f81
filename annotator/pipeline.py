"""Annotate a folder: read, segment, classify, locate sources, group claims, write outputs.

Plain functions over plain data; the CLI only parses options and calls
:func:`annotate_folder`.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from .jsonl import write_jsonl
from .mentions import MentionFinder
from .models import default_model_dir, load_model
from .readers import Article, Problem, read_folder
from .registry import load_registry
from .segment import segment
from .taxonomy import LABEL_NAMES

Progress = Callable[[int], None]


@dataclass
class Summary:
    """What a run did: counts, problems and time per stage."""

    articles: int = 0
    sentences: int = 0
    claims: int = 0
    label_counts: Counter = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    outputs: dict[str, str] = field(default_factory=dict)


class Timer:
    def __init__(self, timings: dict[str, float]):
        self.timings = timings

    def __call__(self, stage: str):
        timer = self

        class _Stage:
            def __enter__(self):
                self.t = time.perf_counter()

            def __exit__(self, *exc):
                timer.timings[stage] = timer.timings.get(stage, 0.0) + time.perf_counter() - self.t

        return _Stage()


def segment_articles(articles: list[Article]) -> list[tuple[Article, list]]:
    """Each article with its sentences."""
    return [(article, segment(article.text)) for article in articles]


def sentence_records(segmented: list[tuple[Article, list]], registry, model, batch_size: int = 64,
                     progress: Progress | None = None, timer: Timer | None = None) -> list[dict]:
    """One record per sentence of every article, with labels, probabilities and source mentions."""
    timer = timer or Timer({})
    from .features import with_context

    items = with_context([s.text for _, sentences in segmented for s in sentences],
                         [article.id for article, sentences in segmented for _ in sentences])
    proba = np.zeros((0, len(LABEL_NAMES)))
    with timer("classify"):
        chunks = []
        step = max(batch_size * 8, 256)
        for i in range(0, len(items), step):
            chunks.append(model.predict_proba(items[i:i + step]))
            if progress:
                progress(len(items[i:i + step]))
        if chunks:
            proba = np.vstack(chunks)
    decisions = model.decide(proba) if len(items) else np.zeros((0, len(LABEL_NAMES)), bool)
    records = []
    finder = MentionFinder(registry)
    row = 0
    with timer("sources"):
        for article, sentences in segmented:
            finder.new_article()
            for index, sentence in enumerate(sentences):
                labels = [LABEL_NAMES[j] for j in np.flatnonzero(decisions[row])]
                mentions = finder.find(sentence.text, labels)
                records.append({
                    "id": f"{article.id}#{index}", "article": article.id, "index": index,
                    "start": sentence.start, "end": sentence.end, "text": sentence.text,
                    "labels": labels,
                    "scores": {name: round(float(proba[row, j]), 4) for j, name in enumerate(LABEL_NAMES)},
                    "sources": [mentions[label].to_dict() for label in labels if label in mentions],
                })
                row += 1
    return records


def article_records(articles: list[Article], sentences: list[dict]) -> list[dict]:
    """One record per article: metadata, sentence count and label counts."""
    by_article: dict[str, list[dict]] = {}
    for record in sentences:
        by_article.setdefault(record["article"], []).append(record)
    out = []
    for article in articles:
        rows = by_article.get(article.id, [])
        counts = Counter(label for r in rows for label in r["labels"])
        out.append({"id": article.id, "path": article.path, **article.metadata(),
                    "sentences": len(rows),
                    "label_counts": {name: counts.get(name, 0) for name in LABEL_NAMES},
                    "unattributed": sum(1 for r in rows if not r["labels"]),
                    "text": article.text})
    return out


def annotate_folder(input_path: Path, out_dir: Path, model_dir: Path | None = None,
                    sources_file: Path | None = None, scoring_file: Path | None = None,
                    batch_size: int = 64, progress_factory=None) -> Summary:
    """Annotate every article under ``input_path`` and write the outputs into ``out_dir``."""
    from .claims import build_claims
    from .report import write_report

    summary = Summary()
    timer = Timer(summary.timings)
    out_dir = Path(out_dir)
    with timer("read"):
        result = read_folder(Path(input_path))
    summary.problems = result.problems
    registry = load_registry(sources_file)
    model = load_model(model_dir or default_model_dir())
    articles = result.articles
    with timer("segment"):
        segmented = segment_articles(articles)
    bar = progress_factory(sum(len(s) for _, s in segmented)) if progress_factory else None
    sentences = sentence_records(segmented, registry, model, batch_size, bar.update if bar else None, timer)
    if bar is not None:
        bar.close()
    with timer("claims"):
        claims = build_claims(sentences, articles, registry, scoring_file=scoring_file)
    with timer("write"):
        out_dir.mkdir(parents=True, exist_ok=True)
        write_jsonl(out_dir / "annotations.jsonl", sentences)
        arts = article_records(articles, sentences)
        write_jsonl(out_dir / "articles.jsonl", arts)
        write_jsonl(out_dir / "claims.jsonl", claims)
        write_jsonl(out_dir / "problems.jsonl", [p.to_dict() for p in result.problems])
        write_report(out_dir / "report.html", arts, sentences, claims, model_dir=str(model_dir or ""))
    summary.articles = len(articles)
    summary.sentences = len(sentences)
    summary.claims = len(claims)
    summary.label_counts = Counter(label for r in sentences for label in r["labels"])
    summary.outputs = {name: str(out_dir / name) for name in
                       ("annotations.jsonl", "articles.jsonl", "claims.jsonl", "problems.jsonl", "report.html")}
    return summary


