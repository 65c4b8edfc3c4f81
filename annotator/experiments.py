"""Model comparison for eval/RESULTS.md: baselines and the default side by side on gold,
grouped k-fold cross-validation on the training data, and a learning curve.

Every model here is trained on the training data only; gold is only scored.
"""

from __future__ import annotations

import hashlib
import json
import platform
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from .calibration import to_matrix
from .data import Example, data_hash, model_inputs
from .evaluate import evaluate_model, metrics
from .jsonl import dumps, iter_jsonl

SUMMARY_KEYS = ("macro_f1", "micro_f1", "detection_f1", "exact_match")


def candidates(config: dict) -> dict:
    """Name -> factory of an unfitted classifier, for every baseline and the default configuration."""
    from .baselines import EmbeddingClassifier, RuleClassifier, TfidfClassifier
    from .transformer import TransformerClassifier

    sentence_only = {**config, "context": "none", "mark_sources": False}
    return {
        "rules: keywords + source registry": RuleClassifier,
        "TF-IDF (word + char n-grams) + logistic regression": TfidfClassifier,
        "frozen MiniLM embeddings + logistic regression": EmbeddingClassifier,
        "fine-tuned MiniLM, sentence only (Trainer)": lambda: TransformerClassifier(**sentence_only),
        "default: fine-tuned MiniLM + registry hints + previous sentence for back-references": lambda: TransformerClassifier(**config),
    }


def fit(make, examples: list[Example]):
    return make().fit(model_inputs(examples), to_matrix([e.labels for e in examples]))


def passage_keys(examples: list[Example]) -> list[str]:
    """The passage (article) each example belongs to; an example without one is its own passage."""
    return [e.article or e.id or str(i) for i, e in enumerate(examples)]


def group_folds(examples: list[Example], k: int, seed: int) -> list[np.ndarray]:
    """k folds of example indices with whole articles (passages) kept together."""
    keys = passage_keys(examples)
    groups = sorted(set(keys))
    order = np.random.default_rng(seed).permutation(len(groups))
    fold_of = {groups[g]: n % k for n, g in enumerate(order)}
    return [np.array([i for i, key in enumerate(keys) if fold_of[key] == f]) for f in range(k)]


def reads_registry(make) -> bool:
    """Whether the classifier ``make`` builds reads the source registry (rules, registry hints)."""
    from .baselines import RuleClassifier

    model = make()
    return isinstance(model, RuleClassifier) or bool(getattr(model, "mark_sources", False))


def hint_hash(examples: list[Example]) -> str:
    """A hash of the sources the registry finds in the examples' texts, as the models see them."""
    from .features import mark_sources
    from .registry import load_registry

    registry = load_registry()
    text = "\n".join(mark_sources(t, registry, defined) for t, _, defined in model_inputs(examples))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class FoldCache:
    """Scores of finished trainings in a JSONL file, one line each, so that ``annotator results``
    (each fine-tuned model is a CPU training) resumes where it stopped and does not retrain what
    its inputs have not changed: cross-validation folds (key: model name, data hash,
    configuration, k, seed, fold) and models scored on gold (the same plus the gold's hash and
    what was scored: the whole training set or a learning-curve share)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.entries = {e["key"]: e["metrics"] for _, e in iter_jsonl(self.path)} if self.path.exists() else {}

    @staticmethod
    def prefix(name: str, examples: list[Example], config: dict, k: int, seed: int, make=None) -> str:
        """The key of a run; a fold's key appends ``fold=N``. A model built by ``make`` that reads the
        source registry is also keyed by what the registry finds in the texts, so a changed registry
        or matcher retrains it."""
        settings = hashlib.sha256(json.dumps(config, sort_keys=True, default=str).encode()).hexdigest()[:16]
        hints = f" | hints {hint_hash(examples)}" if make is not None and reads_registry(make) else ""
        return f"{name} | data {data_hash(examples)} | config {settings}{hints} | k={k} seed={seed}"

    @staticmethod
    def gold_key(name: str, examples: list[Example], config: dict, gold: list[Example], what: str,
                 make=None) -> str:
        """The key of a model trained on ``examples`` (or the share named by ``what``) and scored on ``gold``."""
        hints = f" | hints {hint_hash(gold)}" if make is not None and reads_registry(make) else ""
        return f"{FoldCache.prefix(name, examples, config, 0, 0, make)} | gold {data_hash(gold)}{hints} | {what}"

    def get(self, key: str) -> dict | None:
        return self.entries.get(key)

    def put(self, key: str, result: dict) -> None:
        self.entries[key] = result
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as f:
            f.write(dumps({"key": key, "metrics": result}) + "\n")


def cross_validate(make, examples: list[Example], k: int = 5, seed: int = 0, log=None,
                   cache: FoldCache | None = None, name: str = "", config: dict | None = None) -> dict:
    """Mean and standard deviation of the summary metrics over k grouped folds; with ``cache``,
    folds already scored under the same name, data and ``config`` are read back, not retrained."""
    scores = {key: [] for key in SUMMARY_KEYS}
    prefix = FoldCache.prefix(name, examples, config or {}, k, seed, make) if cache else ""
    for n, fold in enumerate(group_folds(examples, k, seed), 1):
        slot = f"{prefix} fold={n}"
        result = cache.get(slot) if cache else None
        if result is None:
            held = set(fold.tolist())
            train = [e for i, e in enumerate(examples) if i not in held]
            test = [examples[i] for i in fold]
            model = fit(make, train)
            proba = model.predict_proba(model_inputs(test))
            full = metrics(to_matrix([e.labels for e in test]), model.decide(proba))
            result = {key: full[key] for key in SUMMARY_KEYS} | {"sentences": len(test)}
            if cache:
                cache.put(slot, result)
        for key in SUMMARY_KEYS:
            scores[key].append(result[key])
        if log:
            log(f"  fold {n}/{k}: macro-F1 {result['macro_f1']:.3f} on {result['sentences']} sentences")
    return {key: (float(np.mean(v)), float(np.std(v))) for key, v in scores.items()}


def learning_curve(make, examples: list[Example], gold: list[Example], fractions=(0.1, 0.25, 0.5, 1.0),
                   seed: int = 0, full_model=None, cache: FoldCache | None = None, name: str = "",
                   config: dict | None = None) -> list[dict]:
    """Gold macro-F1 against training-set size (random whole passages); ``full_model`` reuses a 100% fit;
    with ``cache``, shares already scored under the same name, data, ``config`` and gold are read back."""
    keys = passage_keys(examples)
    groups = sorted(set(keys))
    order = [groups[i] for i in np.random.default_rng(seed).permutation(len(groups))]
    def scored(model) -> dict:
        report = evaluate_model(model, gold)
        return {"macro_f1": report["macro_f1"], "detection_f1": report["detection_f1"]}

    points = []
    for fraction in fractions:
        keep = set(order[:max(1, int(round(fraction * len(order))))])
        subset = [e for e, key in zip(examples, keys) if key in keep]
        if fraction == 1.0 and full_model is not None:
            point = scored(full_model)
        else:
            slot = FoldCache.gold_key(name, examples, config or {}, gold, f"curve {fraction} seed={seed}", make)
            point = cache.get(slot) if cache else None
            if point is None:
                point = scored(fit(make, subset))
                if cache:
                    cache.put(slot, point)
        points.append({"fraction": fraction, "sentences": len(subset)} | point)
    return points


def curve_svg(points: list[dict], width: int = 480, height: int = 300) -> str:
    """A small SVG line chart of gold macro-F1 against training sentences."""
    pad = 50
    xs = [p["sentences"] for p in points]
    x_max = max(xs) or 1

    def x(v):
        return pad + (width - 2 * pad) * v / x_max

    def y(v):
        return height - pad - (height - 2 * pad) * v

    path = " ".join(f"{'M' if i == 0 else 'L'}{x(p['sentences']):.1f},{y(p['macro_f1']):.1f}"
                    for i, p in enumerate(points))
    dots = "".join(f'<circle cx="{x(p["sentences"]):.1f}" cy="{y(p["macro_f1"]):.1f}" r="4"/>'
                   f'<text x="{x(p["sentences"]):.1f}" y="{y(p["macro_f1"]) - 10:.1f}" text-anchor="middle">'
                   f'{p["macro_f1"]:.2f}</text>' for p in points)
    ticks = "".join(f'<text x="{pad - 8}" y="{y(v) + 4:.1f}" text-anchor="end">{v:.1f}</text>'
                    f'<line x1="{pad}" x2="{width - pad}" y1="{y(v):.1f}" y2="{y(v):.1f}" stroke="#ddd"/>'
                    for v in (0, 0.2, 0.4, 0.6, 0.8, 1.0))
    xticks = "".join(f'<text x="{x(v):.1f}" y="{height - pad + 18}" text-anchor="middle">{v}</text>' for v in xs)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'font-family="sans-serif" font-size="12"><rect width="100%" height="100%" fill="white"/>{ticks}'
            f'<path d="{path}" fill="none" stroke="#0072B2" stroke-width="2"/><g fill="#0072B2">{dots}</g>'
            f'{xticks}<text x="{width / 2}" y="{height - 10}" text-anchor="middle">training sentences</text>'
            f'<text x="14" y="{height / 2}" transform="rotate(-90 14 {height / 2})" text-anchor="middle">'
            f'macro-F1 on seed gold</text></svg>\n')


def environment() -> str:
    """Machine description for results files."""
    import os

    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
