"""Command line: parses options and calls library functions. Errors print ``Error: …`` and exit 1."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from . import __version__
from .errors import AnnotatorError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Tag news sentences by attribution type and score how well each claim is sourced.")
STATE = {"debug": False}


def fail(exc: BaseException) -> None:
    """Print a user-facing error and exit 1 (with the traceback only under --debug)."""
    if STATE["debug"]:
        raise exc
    typer.echo(f"Error: {exc}", err=True)
    raise typer.Exit(1)


def _version(value: bool):
    if value:
        typer.echo(f"annotator {__version__}")
        raise typer.Exit()


@app.callback()
def main(debug: bool = typer.Option(False, "--debug", help="Show full tracebacks on errors."),
         version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Print the version and exit.")):
    """annotator: attribution tagging and claim sourcing for news articles."""
    STATE["debug"] = debug


@app.command()
def annotate(
    input: Path = typer.Argument(..., help="Folder of articles (.txt, .md, .html, .jsonl), searched recursively, or one file."),
    out: Path = typer.Option(Path("out"), "--out", "-o", help="Folder for the outputs."),
    model: Optional[Path] = typer.Option(None, "--model", "-m", help="Model folder (default: models/default)."),
    sources: Optional[Path] = typer.Option(None, "--sources", help="Extra source-registry TOML file."),
    scoring: Optional[Path] = typer.Option(None, "--scoring", help="Scoring-weights TOML file."),
    batch_size: int = typer.Option(64, "--batch-size", min=1, help="Sentences per encoder batch."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar."),
):
    """Annotate every article: writes annotations.jsonl, articles.jsonl, claims.jsonl, problems.jsonl
    and report.html into --out. Exit code 0: all inputs read; 2: some inputs were skipped (see problems.jsonl)."""
    from .pipeline import annotate_folder

    try:
        if not input.exists():
            raise AnnotatorError(f"input {input} does not exist; give a folder of articles or a file")
        if out.exists() and not out.is_dir():
            raise AnnotatorError(f"--out {out} is a file; give a folder")
        factory = None
        if progress:
            from tqdm import tqdm

            def factory(total):
                return tqdm(total=total, unit="sent", desc="annotating", file=sys.stderr)
        summary = annotate_folder(input, out, model, sources, scoring, batch_size, factory)
    except AnnotatorError as exc:
        fail(exc)
        return
    _print_summary(summary)
    skipped = [p for p in summary.problems if p.action == "skipped"]
    if skipped:
        raise typer.Exit(2)


def _print_summary(summary) -> None:
    from .taxonomy import LABEL_NAMES

    typer.echo(f"\n{summary.articles} articles, {summary.sentences} sentences, {summary.claims} claims")
    width = max(len(n) for n in LABEL_NAMES)
    for name in LABEL_NAMES:
        typer.echo(f"  {name:<{width}}  {summary.label_counts.get(name, 0):>6}")
    if summary.problems:
        typer.echo(f"{len(summary.problems)} input problem(s) (also in problems.jsonl):")
        for p in summary.problems[:20]:
            where = f" line {p.line}" if p.line else ""
            typer.echo(f"  {p.action}: {p.path}{where}: {p.reason}")
    total = sum(summary.timings.values())
    rate = summary.sentences / total if total else 0
    typer.echo(f"time {total:.1f}s ({rate:.0f} sentences/s): " +
               ", ".join(f"{k} {v:.2f}s" for k, v in summary.timings.items()))
    typer.echo("outputs: " + ", ".join(summary.outputs.values()))


@app.command()
def train(
    data: List[Path] = typer.Option([Path("training/data")], "--data", "-d",
                                    help="Labelled JSONL files or folders (gold-file format). Repeatable."),
    out: Path = typer.Option(Path("models/default"), "--out", "-o", help="Model folder to write."),
    config: Optional[Path] = typer.Option(None, "--config", help="Hyper-parameter TOML (default training/config.toml)."),
    seed: Optional[int] = typer.Option(None, "--seed", help="Random seed (overrides the config)."),
    gold: List[Path] = typer.Option([], "--gold", help="Gold files to score the new model on (reported only)."),
):
    """Train the attribution classifier and write a model folder (weights, labels, arguments, metrics, card)."""
    from .train import load_config, train_model

    try:
        metrics = train_model(data, out, load_config(config), seed, gold)
    except AnnotatorError as exc:
        fail(exc)
        return
    typer.echo(f"model written to {out} ({metrics['train_sentences']} sentences, data {metrics['data_hash']})")
    for name, m in metrics["gold"].items():
        typer.echo(f"  {name}: macro-F1 {m['macro_f1']:.3f}, detection-F1 {m['detection_f1']:.3f}")


@app.command("eval")
def eval_(
    gold: Path = typer.Option(..., "--gold", "-g", help="Gold JSONL file (taxonomy gold-file format)."),
    model: Optional[Path] = typer.Option(None, "--model", "-m", help="Model folder (default: models/default)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of the table."),
    predictions: Optional[Path] = typer.Option(None, "--predictions", help="Also write every gold sentence with predictions (JSONL)."),
):
    """Evaluate a model on a gold file: per-label P/R/F1, micro/macro/detection F1, exact match, confusions, errors."""
    from .data import load_examples, model_inputs
    from .evaluate import evaluate_predictions, format_report, prediction_records
    from .jsonl import write_jsonl
    from .models import default_model_dir, load_model

    try:
        examples = load_examples(gold)
        clf = load_model(model or default_model_dir())
        proba = clf.predict_proba(model_inputs(examples))
        pred = clf.decide(proba)
        report = evaluate_predictions(examples, proba, pred)
        if predictions:
            write_jsonl(predictions, prediction_records(examples, proba, pred))
    except AnnotatorError as exc:
        fail(exc)
        return
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False))
    else:
        typer.echo(format_report(report, f"{gold} with {model or default_model_dir()}"))


def run() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("Interrupted.", err=True)
        sys.exit(130)


if __name__ == "__main__":
    run()
