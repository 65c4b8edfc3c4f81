"""Claim evaluation runs: end to end (the model's labels) and claims-stage only (gold labels)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from .claims import build_claims, claim_embed, claim_encoder_dir, shipped_pair_model, small_claim_encoder_dir
from .claims_eval import evaluate_claims, format_claims_report, gold_label_records
from .readers import read_folder
from .registry import load_registry

DEFAULT_ARTICLES = Path("eval/seeds")
DEFAULT_SENTENCE_GOLD = Path("eval/gold/seeds.jsonl")


def model_records(folder: Path, model, registry) -> tuple[list[dict], list]:
    """Sentence records for ``folder`` exactly as ``annotate`` produces them."""
    from .pipeline import segment_articles, sentence_records

    articles = read_folder(Path(folder)).articles
    return sentence_records(segment_articles(articles), registry, model), articles


def claim_results(claims_gold: Path, model, articles_dir: Path = DEFAULT_ARTICLES,
                  sentence_gold: Path = DEFAULT_SENTENCE_GOLD, scoring: Path | None = None,
                  claim_model: Path | None = None) -> dict:
    """Claim metrics with the model's labels and, for comparison, with the gold sentence labels,
    claims grouped by ``claim_model`` (default: the shipped claim encoder)."""
    registry = load_registry()
    grouping = {}
    if claim_model is not None:
        folder = claim_encoder_dir(claim_model)
        grouping = {"embed": partial(claim_embed, encoder=folder), "pair_model": shipped_pair_model(folder)}
    runs = {}
    if model is not None:
        records, articles = model_records(articles_dir, model, registry)
        runs["end to end (model labels)"] = evaluate_claims(
            claims_gold, build_claims(records, articles, registry, scoring_file=scoring, **grouping))
    if sentence_gold and Path(sentence_gold).exists():
        records, articles = gold_label_records(articles_dir, sentence_gold, registry)
        runs["claims stage only (gold sentence labels)"] = evaluate_claims(
            claims_gold, build_claims(records, articles, registry, scoring_file=scoring, **grouping))
    return runs


def format_runs(runs: dict) -> str:
    return "\n\n".join(f"{name}\n{format_claims_report(report)}" for name, report in runs.items())


def claims_markdown(claims_gold: Path, model) -> str:
    """The claims section of eval/RESULTS.md: claims grouped by the shipped claim encoder and, where
    it is there, by the smaller one (``annotate --claim-model models/claim-encoder-small``)."""
    encoders = [("models/claim-encoder (default, four layers)", None)]
    small = small_claim_encoder_dir()
    if small is not None:
        encoders.append(("models/claim-encoder-small (two layers)", small))
    lines = [f"## Claims on `{Path(claims_gold).name}`", "",
             "Grouping precision/recall/F1 over pairs of sentences placed in one claim; origin-count "
             "accuracy and grade agreement per gold claim (see `eval/gold/CLAIMS.md`).", "",
             "| claims grouped by | labels from | grouping P | grouping R | grouping F1 | origin-count accuracy | "
             "grade exact | grade within one |", "|---|---|---|---|---|---|---|---|"]
    for encoder, folder in encoders:
        for name, r in claim_results(claims_gold, model, claim_model=folder).items():
            g = r["grouping"]
            lines.append(f"| {encoder} | {name} | {g['precision']:.3f} | {g['recall']:.3f} | **{g['f1']:.3f}** | "
                         f"{r['origin_accuracy']:.3f} | {r['grade_exact']:.3f} | **{r['grade_within_one']:.3f}** |")
    return "\n".join(lines)
