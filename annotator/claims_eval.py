"""Claim-level evaluation: grouping, origin counts and grades against a claim gold file,
and the sweeps on development data (``training/claims/``, other events than the seeds) that
chose the grouping settings of :mod:`annotator.claims`.

Gold format (``eval/gold/seed-claims.jsonl``), one claim per line::

    {"claim": "un-358k", "members": ["000_b18c05ecd835a501#3", "000_b18c05ecd835a501#20"],
     "types": ["un_figure"], "origins": ["United Nations"], "grade": "moderate", "note": "..."}

Only claims with two or more member sentences are listed; every other sentence of the gold's
articles is a claim of its own.
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import numpy as np

from .errors import DataFileError
from .jsonl import iter_jsonl
from .scoring import GRADES
from .taxonomy import LABEL_INDEX


def load_claim_gold(path: Path) -> list[dict]:
    """Parse and validate a claim gold file; problems raise DataFileError naming the line."""
    gold, seen = [], set()
    for number, record in iter_jsonl(path):
        members = record.get("members")
        if not isinstance(record.get("claim"), str) or record["claim"] in seen:
            raise DataFileError(path, "each claim needs a unique string 'claim' id", number)
        if not isinstance(members, list) or len(members) < 2 or not all(
                isinstance(m, str) and "#" in m for m in members):
            raise DataFileError(path, "'members' must list two or more sentence ids like '<article>#<index>'", number)
        if record.get("grade") not in GRADES:
            raise DataFileError(path, f"'grade' must be one of {', '.join(GRADES)}", number)
        if not isinstance(record.get("origins"), list) or not all(isinstance(o, str) for o in record["origins"]):
            raise DataFileError(path, "'origins' must be a list of origin names ([] if unattributed)", number)
        bad = [t for t in record.get("types", []) if t not in LABEL_INDEX]
        if bad:
            raise DataFileError(path, f"unknown attribution types {bad}; use {', '.join(LABEL_INDEX)}", number)
        seen.add(record["claim"])
        gold.append(record)
    return gold


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4), "tp": tp, "fp": fp, "fn": fn}


def _pairs(groups) -> set[tuple[str, str]]:
    return {pair for g in groups for pair in combinations(sorted(g), 2)}


def evaluate_claims(gold_path: Path, claims: list[dict]) -> dict:
    """Compare predicted claims (``build_claims`` output) with the gold file.

    - grouping: precision/recall/F1 over pairs of sentences put in one claim, counting every
      predicted pair whose sentences both lie in the gold's articles;
    - per gold claim, the predicted claim holding most of its members (earliest on ties) gives
      the origin count (``profile.independent_origins`` vs ``len(origins)``) and the grade
      (exact, and within one step of unsourced < weak < moderate < strong).
    """
    gold = load_claim_gold(gold_path)
    articles = {m.split("#")[0] for g in gold for m in g["members"]}
    predicted = [[m["sentence_id"] for m in c["mentions"] if m["article"] in articles] for c in claims]
    gold_pairs, pred_pairs = _pairs(g["members"] for g in gold), _pairs(predicted)
    claim_of = {sid: n for n, ids in enumerate(predicted) for sid in ids}
    rows = []
    for g in gold:
        hits = [claim_of[m] for m in g["members"] if m in claim_of]
        match = min(set(hits), key=lambda n: (-hits.count(n), n)) if hits else None
        claim = claims[match] if match is not None else None
        got_grade = claim["grade"] if claim else "unsourced"
        distance = abs(GRADES.index(got_grade) - GRADES.index(g["grade"]))
        rows.append({"claim": g["claim"], "members": len(g["members"]),
                     "found": sum(1 for m in g["members"] if claim_of.get(m) == match) if claim else 0,
                     "origins": len(g["origins"]),
                     "predicted_origins": claim["profile"]["independent_origins"] if claim else None,
                     "grade": g["grade"], "predicted_grade": got_grade if claim else None,
                     "grade_distance": distance, "explanation": claim["explanation"] if claim else ""})
    n = len(rows) or 1
    return {"gold_claims": len(gold), "articles": len(articles),
            "grouping": _prf(len(gold_pairs & pred_pairs), len(pred_pairs - gold_pairs), len(gold_pairs - pred_pairs)),
            "origin_accuracy": round(sum(r["origins"] == r["predicted_origins"] for r in rows) / n, 4),
            "grade_exact": round(sum(r["grade_distance"] == 0 for r in rows) / n, 4),
            "grade_within_one": round(sum(r["grade_distance"] <= 1 for r in rows) / n, 4),
            "per_claim": rows}


def gold_as_claims(path: Path) -> list[dict]:
    """A claim gold file in :func:`evaluate_claims`'s predicted-claims shape, so a second,
    independent labelling can be scored against the first (inter-annotator agreement)."""
    return [{"mentions": [{"sentence_id": m, "article": m.split("#")[0]} for m in g["members"]],
             "profile": {"independent_origins": len(g["origins"])}, "grade": g["grade"],
             "explanation": g.get("note", "")} for g in load_claim_gold(path)]


def format_claims_report(report: dict) -> str:
    """Human-readable claim evaluation."""
    g = report["grouping"]
    lines = [f"claim grouping over sentence pairs: P {g['precision']:.3f}  R {g['recall']:.3f}  "
             f"F1 {g['f1']:.3f}  (tp {g['tp']}, fp {g['fp']}, fn {g['fn']}; "
             f"{report['gold_claims']} gold claims in {report['articles']} articles)",
             f"origin-count accuracy {report['origin_accuracy']:.3f}  grade agreement exact "
             f"{report['grade_exact']:.3f}, within one grade {report['grade_within_one']:.3f}",
             f"{'claim':<22}{'found':>7}{'origins':>9}{'grade':>22}"]
    for r in report["per_claim"]:
        origins = f"{r['predicted_origins'] if r['predicted_origins'] is not None else '-'}/{r['origins']}"
        grades = f"{r['predicted_grade'] or '-'}/{r['grade']}"
        lines.append(f"{r['claim']:<22}{r['found']:>4}/{r['members']:<2}{origins:>9}{grades:>22}")
    return "\n".join(lines)


def gold_label_records(folder: Path, gold_sentences: Path, registry) -> tuple[list[dict], list]:
    """Sentence records and articles for ``folder`` in the format ``annotate`` writes, but with the
    gold sentence labels (matched by text) in place of the classifier's, so claim metrics
    measure the claims stage alone. Sentences missing from the gold get no labels."""
    from .acronyms import definitions
    from .data import load_examples
    from .mentions import MentionFinder
    from .readers import read_folder
    from .segment import segment

    gold = {" ".join(e.text.split()): e.labels for e in load_examples(gold_sentences)}
    articles = read_folder(Path(folder)).articles
    finder = MentionFinder(registry)
    records = []
    for article in articles:
        sentences = segment(article.text)
        finder.new_article(definitions([s.text for s in sentences]))  # as annotate reads it
        for index, sentence in enumerate(sentences):
            labels = gold.get(" ".join(sentence.text.split()), [])
            mentions = finder.find(sentence.text, labels)
            records.append({"id": f"{article.id}#{index}", "article": article.id, "index": index,
                            "start": sentence.start, "end": sentence.end, "text": sentence.text,
                            "labels": labels,
                            "sources": [mentions[label].to_dict() for label in labels if label in mentions]})
    return records, articles


def load_dev_clusters(path: Path) -> dict[str, tuple[list[str], list[str]]]:
    """Per event, its sentences and a claim key for each: a cluster's ``claim`` id for its
    ``members``, a key of its own for each of the ``distractors`` (see
    ``training/claims/README.md``)."""
    events: dict[str, tuple[list[str], list[str]]] = {}
    for number, record in iter_jsonl(path):
        texts, keys = events.setdefault(record["event"], ([], []))
        for text in record.get("members", []):
            texts.append(text)
            keys.append(record["claim"])
        for k, text in enumerate(record.get("distractors", [])):
            texts.append(text)
            keys.append(f"line{number}-{k}")
    return events


def _settings(overrides: dict) -> dict:
    from . import claims

    return {"threshold": claims.SIMILARITY, "figure_bonus": claims.FIGURE_BONUS, "anchor_bonus": claims.ANCHOR_BONUS,
            "lexical_weight": claims.LEXICAL_WEIGHT, "proposition_mix": claims.PROPOSITION_MIX, **overrides}


def _group_texts(texts: list[str], embed, thresholds, settings: dict) -> list[list[int]]:
    """Group labels of ``texts`` (one corpus) at each threshold."""
    from .claims import group, signature, similarity_vectors

    vectors = similarity_vectors(texts, embed, settings["lexical_weight"], settings["proposition_mix"])
    signatures = [signature(t) for t in texts]
    return [group(vectors, None, float(t), settings["figure_bonus"], signatures, settings["anchor_bonus"])
            for t in thresholds]


def sweep_dev(clusters_path: Path, pairs_path: Path, embed=None, thresholds=None, events=None,
              **overrides) -> list[dict]:
    """Pairwise precision/recall/F1 of :func:`annotator.claims.group` on both development sets at
    each threshold (other settings: the module's, or ``overrides``).

    - clusters (``dev-clusters.jsonl``): each event's sentences are grouped as one corpus, like
      a folder of articles on one story; every pair of sentences of an event is scored (same
      claim or not), counts pooled over events;
    - pairs (``dev-pairs.jsonl``): all sentences grouped together, each labelled pair scored.

    ``mean_f1`` is the average of the two F1s: the clusters reward finding restated
    propositions, the pairs punish merging same-topic sentences that say different things.
    ``events`` limits the clusters to those events (for held-out checks).
    """
    if embed is None:
        from .transformer import embed_texts as embed
    from .claims import memo_embed

    embed = memo_embed(embed)
    settings = _settings(overrides)
    thresholds = list(thresholds if thresholds is not None else np.round(np.arange(0.35, 0.651, 0.025), 3))
    counts = np.zeros((len(thresholds), 3), dtype=np.int64)
    for event, (texts, keys) in load_dev_clusters(clusters_path).items():
        if events is not None and event not in events:
            continue
        for row, labels in enumerate(_group_texts(texts, embed, thresholds, settings)):
            for a, b in combinations(range(len(texts)), 2):
                said, same = labels[a] == labels[b], keys[a] == keys[b]
                counts[row] += (said and same, said and not same, same and not said)
    pairs = [record for _, record in iter_jsonl(pairs_path)]
    texts = list(dict.fromkeys(t for p in pairs for t in (p["a"], p["b"])))
    index = {t: i for i, t in enumerate(texts)}
    rows = []
    for row, labels in enumerate(_group_texts(texts, embed, thresholds, settings)):
        said = [labels[index[p["a"]]] == labels[index[p["b"]]] for p in pairs]
        clusters = _prf(*counts[row].tolist())
        labelled = _prf(sum(s and p["same"] for s, p in zip(said, pairs)),
                        sum(s and not p["same"] for s, p in zip(said, pairs)),
                        sum(not s and p["same"] for s, p in zip(said, pairs)))
        rows.append({**settings, "threshold": float(thresholds[row]), "clusters": clusters, "pairs": labelled,
                     "mean_f1": round((clusters["f1"] + labelled["f1"]) / 2, 4)})
    return rows


def sweep_thresholds(dev_path: Path, embed=None, thresholds=None, figure_bonus: float | None = None) -> list[dict]:
    """Pair precision/recall/F1 of :func:`annotator.claims.group` on the development pairs alone
    (``training/claims/dev-pairs.jsonl``: {"a", "b", "same"}) at each threshold; all their
    sentences are grouped together, as one corpus, and each labelled pair is scored."""
    from .claims import group, signature, similarity_vectors

    if embed is None:
        from .transformer import embed_texts as embed
    settings = _settings({} if figure_bonus is None else {"figure_bonus": figure_bonus})
    pairs = [record for _, record in iter_jsonl(dev_path)]
    texts = list(dict.fromkeys(t for p in pairs for t in (p["a"], p["b"])))
    index = {t: i for i, t in enumerate(texts)}
    vectors = similarity_vectors(texts, embed)
    signatures = [signature(t) for t in texts]
    rows = []
    for t in thresholds if thresholds is not None else np.round(np.arange(0.35, 0.801, 0.025), 3):
        labels = group(vectors, None, float(t), settings["figure_bonus"], signatures, settings["anchor_bonus"])
        said = [labels[index[p["a"]]] == labels[index[p["b"]]] for p in pairs]
        tp = sum(s and p["same"] for s, p in zip(said, pairs))
        fp = sum(s and not p["same"] for s, p in zip(said, pairs))
        fn = sum(not s and p["same"] for s, p in zip(said, pairs))
        rows.append({"threshold": float(t), "figure_bonus": settings["figure_bonus"], **_prf(tp, fp, fn)})
    return rows


def choose_threshold(rows: list[dict], tolerance: float = 0.01, key: str = "f1") -> float:
    """The highest threshold whose dev score ``key`` (``f1`` of :func:`sweep_thresholds`,
    ``mean_f1`` of :func:`sweep_dev`), averaged with its two neighbours (one dev pair moves F1 by
    about 0.01), is within ``tolerance`` of the best average. Highest, because grouping is
    transitive: a false merge costs more than a missed one."""
    smooth = smoothed(rows, key)
    return max(r["threshold"] for r, s in zip(rows, smooth) if s >= smooth.max() - tolerance)


def smoothed(rows: list[dict], key: str = "f1") -> np.ndarray:
    """Each row's ``key`` averaged with its two neighbours (edges repeated)."""
    values = np.array([r[key] for r in rows])
    return np.convolve(np.pad(values, 1, mode="edge"), np.ones(3) / 3, mode="valid")
