"""Sentence-level evaluation against a gold file: the metrics, confusions and errors.

Gold sentences are classified as given (never re-segmented).
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from .calibration import expected_calibration_error, to_matrix
from .data import Example
from .taxonomy import LABEL_NAMES


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def metrics(gold: np.ndarray, pred: np.ndarray) -> dict:
    """Per-label P/R/F1/support, micro and macro F1, detection F1 (any label vs none), exact match.

    Macro-F1 averages over labels with gold support or predictions (a label absent from both is skipped).
    """
    gold = np.asarray(gold).astype(bool)
    pred = np.asarray(pred).astype(bool)
    per_label = {}
    f1s = []
    for j, name in enumerate(LABEL_NAMES):
        tp = int((gold[:, j] & pred[:, j]).sum())
        fp = int((~gold[:, j] & pred[:, j]).sum())
        fn = int((gold[:, j] & ~pred[:, j]).sum())
        p, r, f = _prf(tp, fp, fn)
        per_label[name] = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                           "support": int(gold[:, j].sum())}
        if tp + fp + fn:
            f1s.append(f)
    tp = int((gold & pred).sum())
    fp = int((~gold & pred).sum())
    fn = int((gold & ~pred).sum())
    micro = _prf(tp, fp, fn)[2]
    g_any, p_any = gold.any(1), pred.any(1)
    detection = _prf(int((g_any & p_any).sum()), int((~g_any & p_any).sum()), int((g_any & ~p_any).sum()))[2]
    return {"n": int(len(gold)), "macro_f1": round(float(np.mean(f1s)) if f1s else 0.0, 4),
            "micro_f1": round(micro, 4), "detection_f1": round(detection, 4),
            "exact_match": round(float((gold == pred).all(1).mean()) if len(gold) else 0.0, 4),
            "per_label": per_label}


def confusions(gold: np.ndarray, pred: np.ndarray, top: int = 8) -> list[dict]:
    """Most frequent (missed gold label, spurious predicted label) pairs within a sentence;
    ``none`` stands in where one side has nothing."""
    counts: Counter = Counter()
    for g, p in zip(np.asarray(gold, bool), np.asarray(pred, bool)):
        missed = [LABEL_NAMES[j] for j in np.flatnonzero(g & ~p)] or ["none"]
        extra = [LABEL_NAMES[j] for j in np.flatnonzero(p & ~g)] or ["none"]
        for a in missed:
            for b in extra:
                if (a, b) != ("none", "none"):
                    counts[(a, b)] += 1
    return [{"gold": a, "predicted": b, "count": c} for (a, b), c in counts.most_common(top)]


def evaluate_predictions(examples: list[Example], proba: np.ndarray, pred: np.ndarray) -> dict:
    """The full report for precomputed probabilities and decisions."""
    gold = to_matrix([e.labels for e in examples])
    report = metrics(gold, pred)
    report["ece"] = round(expected_calibration_error(proba, gold), 4)
    report["confusions"] = confusions(gold, pred)
    report["errors"] = [
        {"id": e.id, "text": e.text, "gold": e.labels,
         "predicted": [LABEL_NAMES[j] for j in np.flatnonzero(pred[i])]}
        for i, e in enumerate(examples) if not (gold[i] == pred[i]).all()]
    return report


def evaluate_model(model, examples: list[Example]) -> dict:
    """Classify the gold sentences with ``model`` and report."""
    from .data import model_inputs

    proba = model.predict_proba(model_inputs(examples))
    return evaluate_predictions(examples, proba, model.decide(proba))


def prediction_records(examples: list[Example], proba: np.ndarray, pred: np.ndarray) -> list[dict]:
    """Every gold sentence with its predicted labels and probabilities, for independent re-scoring."""
    return [{**e.to_dict(), "predicted": [LABEL_NAMES[j] for j in np.flatnonzero(pred[i])],
             "scores": {name: round(float(proba[i, j]), 4) for j, name in enumerate(LABEL_NAMES)}}
            for i, e in enumerate(examples)]


def format_report(report: dict, title: str = "") -> str:
    """Human-readable report."""
    lines = [title] if title else []
    lines.append(f"{'label':<20}{'P':>7}{'R':>7}{'F1':>7}{'support':>9}")
    for name, m in report["per_label"].items():
        lines.append(f"{name:<20}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}{m['support']:>9}")
    lines.append(f"macro-F1 {report['macro_f1']:.3f}  micro-F1 {report['micro_f1']:.3f}  "
                 f"detection-F1 {report['detection_f1']:.3f}  exact match {report['exact_match']:.3f}  "
                 f"ECE {report.get('ece', float('nan')):.3f}  (n={report['n']})")
    if report.get("confusions"):
        lines.append("most confused (gold → predicted): " + "; ".join(
            f"{c['gold']} → {c['predicted']} ×{c['count']}" for c in report["confusions"]))
    if report.get("errors"):
        lines.append(f"wrong sentences ({len(report['errors'])}):")
        for err in report["errors"]:
            lines.append(f"  [{err['id'] or '-'}] gold={err['gold']} predicted={err['predicted']}  "
                         f"{err['text'][:110]}")
    return "\n".join(lines)
