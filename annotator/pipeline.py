"""Annotate a folder: read, segment, classify, locate sources, group claims, write outputs.

Plain functions over plain data; the CLI only parses options and calls
:func:`annotate_folder`. Articles are classified in blocks that depend only on the
input, each checkpointed as it finishes (:mod:`annotator.checkpoint`), so a killed run
resumes where it stopped and every run over the same input and model writes the same bytes.
"""

from __future__ import annotations

import time
from collections import Counter
from functools import partial
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from .checkpoint import Checkpoint, block_hash
from .claims import claim_cores, claim_embed, claim_encoder_dir, memo_embed
from .errors import InputError
from .jsonl import write_jsonl
from .mentions import MentionFinder, dateline_end
from .models import check_model, default_model_dir, load_model
from .readers import Article, Problem, read_folder
from .registry import load_registry
from .scoring import load_scoring
from .segment import segment
from .taxonomy import LABEL_NAMES

Progress = Callable[[int], None]
BLOCK_SENTENCES = 512
OUTPUTS = ("annotations.jsonl", "articles.jsonl", "claims.jsonl", "problems.jsonl", "report.html")


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
    resume_note: str = ""
    blocks: int = 0
    reused_blocks: int = 0


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


class LazyModel:
    """The classifier of a run, loaded on first use: a run whose blocks are all cached never
    loads it. ``naive`` is the benchmark's reference: the transformers network in fp32, batches
    of 32 in input order."""

    def __init__(self, folder: Path, naive: bool = False):
        self.folder, self.naive, self._model = Path(folder), naive, None

    def get(self):
        if self._model is None:
            self._model = load_model(self.folder)
            if self.naive:
                self._model.set_inference(precision="fp32", batch_size=32, sort_batches=False, engine="transformers")
        return self._model

    def timings(self) -> dict[str, float]:
        return dict(getattr(self._model, "timings_", {}))

    def release(self) -> None:
        """Drop the classifier and the frozen claim encoder once every block is done, so claim
        grouping (the run's other big consumer of memory) does not hold them too."""
        from .transformer import release_frozen

        self._model = None
        release_frozen()


def segment_articles(articles: list[Article]) -> list[tuple[Article, list]]:
    """Each article with its sentences."""
    return [(article, segment(article.text)) for article in articles]


def blocks(segmented: list[tuple[Article, list]]) -> Iterator[list[tuple[Article, list]]]:
    """Consecutive articles in blocks of at least ``BLOCK_SENTENCES`` sentences (the last may hold fewer).

    A block is classified in one call, so which sentences share an encoder batch (which moves
    scores in the 8th decimal) depends on the input alone: never on a resume or an option.
    """
    block: list[tuple[Article, list]] = []
    count = 0
    for item in segmented:
        block.append(item)
        count += len(item[1])
        if count >= BLOCK_SENTENCES:
            yield block
            block, count = [], 0
    if block:
        yield block


def sentence_records(segmented: list[tuple[Article, list]], registry, model, timer: Timer | None = None) -> list[dict]:
    """One record per sentence of every article, with labels, probabilities and source mentions."""
    timer = timer or Timer({})
    from .features import with_context

    # a wire dateline ("PRISHTINA, 20 October 2025 (RTK) - ") is page furniture the model was not trained to
    # read past; the record keeps the sentence whole
    items = with_context([s.text[dateline_end(s.text, registry):] for _, sentences in segmented for s in sentences],
                         [article.id for article, sentences in segmented for _ in sentences])
    with timer("classify"):
        proba = model.predict_proba(items) if items else np.zeros((0, len(LABEL_NAMES)))
    decisions = model.decide(proba)
    records = []
    finder = MentionFinder(registry)
    row = 0
    with timer("sources"):
        for article, sentences in segmented:
            finder.new_article(items[row][2] if sentences else ())  # the acronyms the article defines
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


def classify(segmented: list[tuple[Article, list]], registry, model: LazyModel, checkpoint: Checkpoint,
             progress: Progress | None = None, timer: Timer | None = None,
             claim_vectors: dict | None = None, claim_model: Path | None = None) -> list[dict]:
    """Sentence records of every article, block by block: a block finished by an earlier
    (killed) run comes from the checkpoint, any other is classified and then checkpointed.
    The claim-grouping embedding of each block's claim mentions is cached the same way and
    collected into ``claim_vectors`` (text -> vector), by ``claim_model`` (default: the shipped
    claim encoder)."""
    claim_vectors = {} if claim_vectors is None else claim_vectors
    todo = [(block_hash(checkpoint.key, block), block) for block in blocks(segmented)]
    checkpoint.start([name for name, _ in todo])
    timer = timer or Timer({})
    records: list[dict] = []
    for name, block in todo:
        count = sum(len(sentences) for _, sentences in block)
        done = checkpoint.load(name, count)
        if done is None:
            done = sentence_records(block, registry, model.get(), timer)
            checkpoint.save(name, done)
        cores = claim_cores(done)
        vectors = checkpoint.load_vectors(name, cores)
        if vectors is None:
            with timer("embed claims"):
                vectors = claim_embed(cores, naive=model.naive, encoder=claim_model)
            checkpoint.save_vectors(name, vectors, cores)
        claim_vectors.update(zip(cores, vectors))
        records.extend(done)
        if progress:
            progress(count)
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
                    progress_factory=None, resume: bool = False, cache: bool = True,
                    naive: bool = False, workers: int | None = None, claim_model: Path | None = None) -> Summary:
    """Annotate every article under ``input_path`` and write the outputs into ``out_dir``.

    With ``resume``, blocks finished by an earlier run into the same ``out_dir`` are reused.
    With ``cache`` (the default) finished blocks are kept in ``out_dir/.partial`` and reused by
    the next run into the same folder when their articles, model and registry are unchanged,
    so re-annotating a folder only classifies new or changed articles. ``naive`` is the
    benchmark's reference: no cache, batches of 32 in input order. ``workers`` sets how many
    encoder batches run at once, each on one CPU thread (default: torch's thread count, every
    core). ``claim_model`` is the claim-encoder folder claims are grouped with (default: the
    shipped ``models/claim-encoder``).
    """
    summary = Summary()
    timer = Timer(summary.timings)
    out_dir = Path(out_dir)
    with timer("read"):
        result = read_folder(Path(input_path), exclude=out_dir)
    if not result.articles and not result.problems:
        raise InputError(f"no articles in {input_path}: annotate reads .txt, .md, .markdown, .html, .htm and "
                         ".jsonl files, in subfolders too; check the path")
    summary.problems = result.problems
    registry = load_registry(sources_file)
    scoring = load_scoring(scoring_file)  # a bad scoring file fails now, not after the classification
    model_path = Path(model_dir or default_model_dir())
    check_model(model_path)
    if claim_model is not None:
        claim_model = claim_encoder_dir(claim_model)  # a wrong folder fails now, not after the classification
    if workers:
        import torch

        torch.set_num_threads(workers)
    model = LazyModel(model_path, naive)
    cache = cache and not naive
    articles = result.articles
    with timer("segment"):
        segmented = segment_articles(articles)
    checkpoint = Checkpoint(out_dir, model_path, sources_file, resume or cache, claim_model)
    bar = progress_factory(sum(len(s) for _, s in segmented)) if progress_factory else None
    vectors: dict = {}
    sentences = classify(segmented, registry, model, checkpoint, bar.update if bar else None, timer, vectors,
                         claim_model)
    if bar is not None:
        bar.close()
    for stage, seconds in model.timings().items():  # the parts of "classify"
        summary.timings[f"classify: {stage}"] = seconds
    model.release()
    summary.resume_note = checkpoint.note if resume else ""
    summary.blocks, summary.reused_blocks = checkpoint.blocks, checkpoint.reused
    claims = None
    if cache:
        name = checkpoint.claims_hash(articles, scoring)
        with timer("claims"):
            claims = checkpoint.load_claims(name)
    built = write_outputs(out_dir, articles, sentences, registry, summary, scoring_file, str(model_dir or ""),
                          memo_embed(partial(claim_embed, naive=naive, encoder=claim_model), vectors), claims,
                          claim_model)
    if cache and claims is None:
        checkpoint.save_claims(name, built)
    if cache:
        checkpoint.prune()
    else:
        checkpoint.remove()
    return summary


def write_outputs(out_dir: Path, articles: list[Article], sentences: list[dict], registry, summary: Summary,
                  scoring_file: Path | None, model_dir: str, embed=None, claims: list[dict] | None = None,
                  claim_model: Path | None = None) -> list[dict]:
    """Group claims (unless ``claims`` are given, from the cache) and write every output file
    (each atomically); fill in the summary's counts. ``embed`` is claim grouping's encoder,
    ``claim_model`` (default: the shipped claim encoder, uncached), whose pair scorer groups.
    Returns the claims."""
    from .claims import build_claims, shipped_pair_model
    from .report import write_report

    timer = Timer(summary.timings)
    if claims is None:
        with timer("claims"):
            claims = build_claims(sentences, articles, registry, scoring_file=scoring_file, embed=embed,
                                  pair_model=shipped_pair_model(claim_model))
    with timer("write"):
        arts = article_records(articles, sentences)
        write_jsonl(out_dir / "annotations.jsonl", sentences)
        write_jsonl(out_dir / "articles.jsonl", arts)
        write_jsonl(out_dir / "claims.jsonl", claims)
        write_jsonl(out_dir / "problems.jsonl", [p.to_dict() for p in summary.problems])
        write_report(out_dir / "report.html", arts, sentences, claims, model_dir=model_dir)
    summary.articles = len(articles)
    summary.sentences = len(sentences)
    summary.claims = len(claims)
    summary.label_counts = Counter(label for r in sentences for label in r["labels"])
    summary.outputs = {name: str(out_dir / name) for name in OUTPUTS}
    return claims
