"""Claim metrics on the seed gold, aggregates only (run at most at the start and the end of a
tuning round: the seeds are never used to choose settings).

Run: ``python training/claims/seed_score.py``
"""

from annotator.claims import build_claims
from annotator.claims_eval import evaluate_claims, gold_label_records
from annotator.registry import load_registry

registry = load_registry()
sentences, articles = gold_label_records("eval/seeds", "eval/gold/seeds.jsonl", registry)
report = evaluate_claims("eval/gold/seed-claims.jsonl", build_claims(sentences, articles, registry))
g = report["grouping"]
print(f"grouping P {g['precision']:.3f} R {g['recall']:.3f} F1 {g['f1']:.3f} (tp {g['tp']} fp {g['fp']} fn {g['fn']}); "
      f"origin accuracy {report['origin_accuracy']:.3f}; grade exact {report['grade_exact']:.3f}, "
      f"within one {report['grade_within_one']:.3f}")
