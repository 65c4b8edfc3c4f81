"""Agreement between two independent labellings of the same articles' claims (gold-file format):
grouping P/R/F1 of the second against the first over sentence pairs, origin-count agreement and
grade agreement, per claim of the first. Pairwise F1 is symmetric, so it does not matter which is
first.

    python eval/claim_agreement.py eval/gold/seed-claims.jsonl \\
        eval/gold/annotations/seed-claims.annotator-b.jsonl
"""

import argparse
import sys
from pathlib import Path

from annotator.claims_eval import evaluate_claims, format_claims_report, gold_as_claims
from annotator.errors import AnnotatorError


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("first", type=Path, help="claim gold file (the reference)")
    parser.add_argument("second", type=Path, help="an independent labelling in the same format")
    args = parser.parse_args(argv)
    try:
        print(format_claims_report(evaluate_claims(args.first, gold_as_claims(args.second))))
    except AnnotatorError as exc:
        raise SystemExit(f"Error: {exc}") from None


if __name__ == "__main__":
    main(sys.argv[1:])
