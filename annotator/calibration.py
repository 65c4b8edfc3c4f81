"""What every classifier shares: a development split, per-label calibration and thresholds.

All of it is fitted on a development split carved from the *training* data,
never on gold. Calibration is per-label Platt scaling of the raw scores;
thresholds maximise F1 on the development split, shrunk toward 0.5 because
a few dozen positives per label make the raw optimum noisy.
"""

from __future__ import annotations

import numpy as np

from .taxonomy import LABEL_NAMES

THRESHOLD_GRID = np.round(np.arange(0.2, 0.81, 0.05), 2)


def dev_split(n: int, fraction: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Shuffled train/dev indices; ``fraction`` of the rows go to dev."""
    order = np.random.default_rng(seed).permutation(n)
    n_dev = int(round(n * fraction)) if fraction > 0 else 0
    return np.sort(order[n_dev:]), np.sort(order[:n_dev])


def to_matrix(label_lists: list[list[str]]) -> np.ndarray:
    """Binary indicator matrix (n, n_labels) in taxonomy order."""
    index = {name: i for i, name in enumerate(LABEL_NAMES)}
    y = np.zeros((len(label_lists), len(LABEL_NAMES)), dtype=np.int64)
    for row, labels in enumerate(label_lists):
        for name in labels:
            y[row, index[name]] = 1
    return y


def to_labels(matrix: np.ndarray) -> list[list[str]]:
    """Label-name lists from a boolean/indicator matrix."""
    return [[LABEL_NAMES[j] for j in np.flatnonzero(row)] for row in np.asarray(matrix)]


def _f1(y: np.ndarray, pred: np.ndarray) -> float:
    tp = float((y & pred).sum())
    denom = float(y.sum() + pred.sum())
    return 2 * tp / denom if denom else 1.0


class Calibrator:
    """Per-label Platt scaling: p = sigmoid(a * score + b), fitted by logistic regression."""

    def fit(self, scores: np.ndarray, y: np.ndarray) -> "Calibrator":
        from sklearn.linear_model import LogisticRegression

        self.coef_ = np.ones(scores.shape[1])
        self.intercept_ = np.zeros(scores.shape[1])
        for j in range(scores.shape[1]):
            if 0 < y[:, j].sum() < len(y):
                model = LogisticRegression(C=10.0).fit(scores[:, [j]], y[:, j])
                self.coef_[j] = model.coef_[0, 0]
                self.intercept_[j] = model.intercept_[0]
        return self

    def transform(self, scores: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-(scores * self.coef_ + self.intercept_)))


def fit_thresholds(proba: np.ndarray, y: np.ndarray, shrink: float = 0.5) -> np.ndarray:
    """Per-label threshold: the F1-best grid point on dev, moved ``shrink`` of the way back to 0.5."""
    thresholds = np.full(proba.shape[1], 0.5)
    for j in range(proba.shape[1]):
        if y[:, j].sum() == 0:
            continue
        scores = [_f1(y[:, j].astype(bool), proba[:, j] >= t) for t in THRESHOLD_GRID]
        best = float(THRESHOLD_GRID[int(np.argmax(scores))])
        thresholds[j] = round(0.5 + (best - 0.5) * (1 - shrink), 3)
    return thresholds


def expected_calibration_error(proba: np.ndarray, y: np.ndarray, bins: int = 10) -> float:
    """ECE over all (sentence, label) probabilities: mean |confidence - accuracy| weighted by bin size."""
    p = np.asarray(proba).ravel()
    t = np.asarray(y).ravel()
    edges = np.linspace(0, 1, bins + 1)
    which = np.clip(np.digitize(p, edges[1:-1]), 0, bins - 1)
    error = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            error += mask.mean() * abs(p[mask].mean() - t[mask].mean())
    return float(error)


class ClassifierBase:
    """Shared predict/threshold logic. Subclasses implement ``_fit_scores`` and ``_scores``
    over (sentence, context) pairs.

    ``predict_proba(texts)`` returns an (n, 7) array of calibrated probabilities in
    taxonomy order; ``predict(texts)`` the boolean decisions, for every backend.
    """

    dev_fraction = 0.15
    seed = 0

    def fit(self, texts, y: np.ndarray) -> "ClassifierBase":
        """Fit on sentences (strings, or (sentence, previous sentence) pairs) and an indicator matrix."""
        from .features import as_items

        texts = as_items(texts)
        y = np.asarray(y, dtype=np.int64)
        train_idx, dev_idx = dev_split(len(texts), self.dev_fraction, self.seed)
        self._fit_scores([texts[i] for i in train_idx], y[train_idx])
        self.calibrator_ = None
        self.thresholds_ = np.full(y.shape[1], 0.5)
        self.dev_metrics_ = {}
        if len(dev_idx):
            dev_texts = [texts[i] for i in dev_idx]
            raw = self._scores(dev_texts)
            self.calibrator_ = Calibrator().fit(raw, y[dev_idx])
            proba = self.calibrator_.transform(raw)
            self.thresholds_ = fit_thresholds(proba, y[dev_idx])
            from .evaluate import metrics

            dev_report = metrics(y[dev_idx], proba >= self.thresholds_)
            self.dev_metrics_ = {"dev_size": int(len(dev_idx)), "dev_macro_f1": dev_report["macro_f1"],
                                 "dev_detection_f1": dev_report["detection_f1"],
                                 "dev_ece": round(expected_calibration_error(proba, y[dev_idx]), 4),
                                 "dev_ece_uncalibrated": round(expected_calibration_error(
                                     self._uncalibrated(raw),
                                     y[dev_idx]), 4)}
        return self

    raw_is_logit = True

    def predict_proba(self, texts) -> np.ndarray:
        """Calibrated probabilities, shape (n, 7), taxonomy order."""
        from .features import as_items

        raw = self._scores(as_items(texts))
        if self.calibrator_ is not None:
            return self.calibrator_.transform(raw)
        return self._uncalibrated(raw)

    def _uncalibrated(self, raw: np.ndarray) -> np.ndarray:
        """Raw scores as probabilities: a sigmoid of logits, or scores already in [0, 1] clipped."""
        return 1 / (1 + np.exp(-raw)) if self.raw_is_logit else np.clip(raw, 0, 1)

    def predict(self, texts) -> np.ndarray:
        """Boolean decisions, shape (n, 7)."""
        return self.predict_proba(texts) >= self.thresholds_

    def decide(self, proba: np.ndarray) -> np.ndarray:
        """Decisions from probabilities already computed."""
        return np.asarray(proba) >= self.thresholds_
