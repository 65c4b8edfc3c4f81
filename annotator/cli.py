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
    resume: bool = typer.Option(False, "--resume", help="Continue a killed run into the same --out, "
                                                        "reusing the articles it finished."),
    cache: bool = typer.Option(True, "--cache/--no-cache",
                               help="Keep finished blocks in OUT/.partial and reuse unchanged ones next time."),
    batch_size: Optional[int] = typer.Option(None, "--batch-size", min=1, hidden=True,
                                             help="Ignored (kept so older scripts run): results never "
                                                  "depend on batching."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1,
                                          help="Encoder worker threads (default: one per core). Fewer leave "
                                               "cores free for other work; labels do not change."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar."),
    claim_model: Optional[Path] = typer.Option(None, "--claim-model",
                                               help="Claim-encoder folder that groups claims (default: "
                                                    "models/claim-encoder, four layers). "
                                                    "models/claim-encoder-small (two layers) runs about 8% faster "
                                                    "end to end and groups worse."),
):
    """Annotate every article: writes annotations.jsonl, articles.jsonl, claims.jsonl, problems.jsonl
    and report.html into --out, each atomically; finished articles are checkpointed in --out/.partial
    until the run ends. Exit code 0: every input read (some perhaps repaired); 2: some inputs were
    skipped (each listed with its reason in problems.jsonl); 1: an error (the message says how to fix it)."""
    from .pipeline import annotate_folder

    try:
        if not input.exists():
            raise AnnotatorError(f"input {input} does not exist; give a folder of articles or a file")
        if out.exists() and not out.is_dir():
            raise AnnotatorError(f"--out {out} is a file; give a folder")
        if blocking := next((p for p in out.parents if p.exists() and not p.is_dir()), None):
            raise AnnotatorError(f"--out {out} is inside {blocking}, which is a file; give a folder")
        factory = None
        if progress:
            from tqdm import tqdm

            def factory(total):
                return tqdm(total=total, unit="sent", desc="annotating", file=sys.stderr)
        summary = annotate_folder(input, out, model, sources, scoring, factory, resume, cache, workers=workers,
                                  claim_model=claim_model)
    except AnnotatorError as exc:
        fail(exc)
        return
    except OSError as exc:  # e.g. --out not writable, disk full
        fail(AnnotatorError(f"{exc.filename or out}: {exc.strerror or exc}; check the path, its permissions "
                            "and the free space"))
        return
    _print_summary(summary)
    skipped = [p for p in summary.problems if p.action == "skipped"]
    if skipped:
        raise typer.Exit(2)


SHOWN_PROBLEMS = 20


def _visible(text: str) -> str:
    """``text`` with control characters escaped, so a hostile file name cannot drive the terminal."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _print_problems(problems) -> None:
    """How many inputs were skipped and repaired, and the first ``SHOWN_PROBLEMS`` of them."""
    skipped = sum(p.action == "skipped" for p in problems)
    typer.echo(f"{len(problems)} input problem(s): {skipped} skipped, {len(problems) - skipped} repaired "
               "(all in problems.jsonl):")
    for p in problems[:SHOWN_PROBLEMS]:
        where = f" line {p.line}" if p.line else ""
        typer.echo(_visible(f"  {p.action}: {p.path}{where}: {p.reason}"))
    if len(problems) > SHOWN_PROBLEMS:
        typer.echo(f"  … and {len(problems) - SHOWN_PROBLEMS} more in problems.jsonl")


def _print_summary(summary) -> None:
    from .taxonomy import LABEL_NAMES

    typer.echo(f"\n{summary.articles} articles, {summary.sentences} sentences, {summary.claims} claims")
    width = max(len(n) for n in LABEL_NAMES)
    for name in LABEL_NAMES:
        typer.echo(f"  {name:<{width}}  {summary.label_counts.get(name, 0):>6}")
    if summary.resume_note:
        typer.echo(f"resume: {summary.resume_note}; reused {summary.reused_blocks} of {summary.blocks} "
                   "blocks of articles")
    elif summary.reused_blocks:
        typer.echo(f"cache: reused {summary.reused_blocks} of {summary.blocks} unchanged blocks of articles")
    if summary.problems:
        _print_problems(summary.problems)
    total = sum(v for k, v in summary.timings.items() if ": " not in k)  # "classify: encode" is part of "classify"
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


@app.command()
def results(
    out: Path = typer.Option(Path("eval/RESULTS.md"), "--out", "-o", help="Markdown file to write."),
    data: Path = typer.Option(Path("training/data"), "--data", help="Training data folder."),
    gold: List[Path] = typer.Option([Path("eval/gold/seeds.jsonl")], "--gold", help="Gold files (repeatable)."),
    model: Optional[Path] = typer.Option(None, "--model", "-m", help="The shipped model to report (default: models/default)."),
    config: Optional[Path] = typer.Option(None, "--config", help="Hyper-parameters of the default configuration."),
    folds: int = typer.Option(5, "--folds", min=0, help="Cross-validation folds (0 skips cross-validation)."),
    ablation: bool = typer.Option(True, "--ablation/--no-ablation",
                                  help="Also train the sentence-only fine-tuned encoder (one more CPU training)."),
    cv: str = typer.Option("all", "--cv", help="Which models to cross-validate: 'all'; 'default' (the baselines "
                                               "and the default, not the sentence-only ablation); or 'baselines' "
                                               "(skips the fine-tuned encoders, the slow part on CPU)."),
    claims_gold: Optional[Path] = typer.Option(Path("eval/gold/seed-claims.jsonl"), "--claims-gold",
                                               help="Claim gold file for the claims section."),
    fold_cache: Optional[Path] = typer.Option(Path("eval/cv-folds.jsonl"), "--fold-cache",
                                              help="Scores of finished trainings (cross-validation folds, baselines "
                                                   "on gold, learning-curve shares), reused while model, data, "
                                                   "configuration, gold and (for models that read the source "
                                                   "registry) what it finds are unchanged, so an interrupted run "
                                                   "resumes and a rerun after a claim-model change retrains nothing. "
                                                   "Delete it after changing model code."),
):
    """Regenerate eval/RESULTS.md: every baseline and the default on gold, k-fold cross-validation,
    learning curve (eval/learning-curve.svg) and claim grouping. Tens of minutes on CPU the first
    time; seconds when --fold-cache already holds the trainings for this data, configuration, registry
    and gold."""
    from .models import default_model_dir, load_model
    from .results import build_results, write_results
    from .train import load_config

    try:
        choices = {"all": ("baselines", "fine-tuned", "default"), "default": ("baselines", "default"),
                   "baselines": ("baselines",)}
        if cv not in choices:
            raise AnnotatorError(f"--cv must be one of {', '.join(choices)}, not '{cv}'")
        cv_models = choices[cv]
        shipped = load_model(model or default_model_dir())
        claims_section = _claims_section(claims_gold, shipped) if claims_gold and claims_gold.exists() else ""
        markdown, svg = build_results(data, gold, load_config(config), shipped, folds, cv_models=cv_models,
                                      log=lambda m: typer.echo(m, err=True), claims_section=claims_section,
                                      ablation=ablation, command=" ".join(["annotator", *sys.argv[1:]]),
                                      fold_cache=fold_cache)
        write_results(out, markdown, svg)
    except AnnotatorError as exc:
        fail(exc)
        return
    typer.echo(f"wrote {out} and {out.parent / 'learning-curve.svg'}")


def _claims_section(claims_gold: Path, model) -> str:
    from .claims_run import claims_markdown

    return claims_markdown(claims_gold, model)


@app.command("eval-claims")
def eval_claims(
    gold: Path = typer.Option(Path("eval/gold/seed-claims.jsonl"), "--gold", "-g", help="Claim gold JSONL file."),
    articles: Path = typer.Option(Path("eval/seeds"), "--articles", help="The articles the claim gold is about."),
    sentence_gold: Optional[Path] = typer.Option(Path("eval/gold/seeds.jsonl"), "--sentence-gold",
                                                 help="Sentence gold for the claims-stage-only run."),
    model: Optional[Path] = typer.Option(None, "--model", "-m", help="Model folder (default: models/default)."),
    scoring: Optional[Path] = typer.Option(None, "--scoring", help="Scoring-weights TOML file."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    claim_model: Optional[Path] = typer.Option(None, "--claim-model",
                                               help="Claim-encoder folder that groups claims (default: "
                                                    "models/claim-encoder)."),
):
    """Evaluate claims: grouping P/R/F1 over mention pairs, origin-count accuracy and grade agreement,
    end to end and with gold sentence labels."""
    from .claims_run import claim_results, format_runs
    from .models import default_model_dir, load_model

    try:
        runs = claim_results(gold, load_model(model or default_model_dir()), articles, sentence_gold, scoring,
                             claim_model)
    except AnnotatorError as exc:
        fail(exc)
        return
    typer.echo(json.dumps(runs, ensure_ascii=False) if as_json else format_runs(runs))


@app.command()
def retrain(
    corrections: List[Path] = typer.Argument(..., help="Corrections JSONL files exported from the report (gold-file format)."),
    data: Path = typer.Option(Path("training/data"), "--data", help="Training data folder the corrections join "
                              "(relative to the current folder)."),
    models_dir: Optional[Path] = typer.Option(None, "--models-dir", help="Models folder (default: models/)."),
    gold: List[Path] = typer.Option([Path("eval/gold/seeds.jsonl")], "--gold", help="Gold files guarding against "
                                    "regressions (relative to the current folder)."),
    config: Optional[Path] = typer.Option(None, "--config", help="Hyper-parameter TOML (default training/config.toml)."),
    tolerance: float = typer.Option(0.01, "--tolerance", min=0.0, help="Smallest macro-F1 drop on a gold set that "
                                    "keeps the new model out of default (if the gold shows the drop is not chance)."),
    force: bool = typer.Option(False, "--force", help="Promote the new model even if it regresses."),
):
    """Merge reviewer corrections into the training data, retrain, compare old and new models on gold,
    and promote the new one to default unless it regresses (previous versions are kept).

    Run it from the project folder: --data and --gold are read relative to the current folder.
    It regresses when its macro-F1 on a gold set is lower by more than --tolerance and a paired
    bootstrap of that set's sentences puts the whole 95% interval of the difference below zero.
    Data and configuration a model was already trained on are not trained on again (with --force, a
    kept model is promoted as it is and the default's data is trained again). Exit code 0:
    promoted; 2: trained and kept out of default (it regresses); 1: an error.
    """
    from .models import models_root
    from .retrain import retrain as run_retrain
    from .train import load_config

    try:
        result = run_retrain(corrections, data, models_dir or models_root(), gold, load_config(config),
                             tolerance, force, log=lambda m: typer.echo(m, err=True))
    except AnnotatorError as exc:
        fail(exc)
        return
    for name, c in result["comparison"].items():
        old = c["old"]
        if old:
            low, high = c["interval"]
            typer.echo(f"{name}: macro-F1 old {old['macro_f1']:.3f} → new {c['new']['macro_f1']:.3f} "
                       f"(new − old {c['new']['macro_f1'] - old['macro_f1']:+.3f}; 95% interval {low:+.3f} to {high:+.3f})")
        else:
            typer.echo(f"{name}: macro-F1 new {c['new']['macro_f1']:.3f}")
        for label, m in c["new"]["per_label"].items():
            before = f"{old['per_label'][label]['f1']:.3f}" if old else "-"
            typer.echo(f"  {label:<20} {before} → {m['f1']:.3f}")
    if result["promoted"]:
        typer.echo(f"promoted {result['path']} to default")
        return
    typer.echo(f"kept the current default: the new model regresses on {', '.join(result['regressed_on'])} "
               f"(a drop of more than {tolerance} that the gold shows is not chance). It is saved at "
               f"{result['path']}; run again with --force to promote it.")
    raise typer.Exit(2)


@app.command()
def models(models_dir: Optional[Path] = typer.Option(None, "--models-dir", help="Models folder (default: models/)."),
           promote: Optional[str] = typer.Option(None, "--promote", metavar="VERSION",
                                                 help="Make this kept version the default (to roll back a retrain); "
                                                      "the current default is kept as a version.")):
    """List the default model and kept versions with date, training-data hash and gold macro-F1;
    with --promote, make a kept version the default first."""
    from .models import models_root
    from .retrain import list_models, promote_version

    root = models_dir or models_root()
    if promote:
        try:
            promote_version(root, promote)
        except AnnotatorError as exc:
            fail(exc)
            return
        typer.echo(f"promoted {promote} to default")
    found = list_models(root)
    if not found:
        typer.echo("no models found; run `annotator train`")
    for m in found:
        gold = ", ".join(f"{k} {v:.3f}" for k, v in m["gold"].items() if v is not None) or "no gold scores"
        typer.echo(f"{'*' if m['default'] else ' '} {m['name']:<24} {m['trained_at'] or '?':<21} "
                   f"data {m['data_hash'] or '?'}  {m['train_sentences'] or '?'} sentences  {gold}")


@app.command()
def bench(
    articles: int = typer.Option(100, "--articles", "-n", min=1, help="Articles in the corpus (about 38 sentences each)."),
    workdir: Path = typer.Option(Path("out/bench"), "--workdir", help="Folder for the corpus and outputs."),
    data: Path = typer.Option(Path("training/data"), "--data", help="Training data the corpus is assembled from."),
    model: Optional[Path] = typer.Option(None, "--model", "-m", help="Model folder (default: models/default)."),
    out: Path = typer.Option(Path("eval/BENCHMARKS.md"), "--out", "-o", help="Markdown file to write."),
    gold: Optional[Path] = typer.Option(Path("eval/gold/seeds.jsonl"), "--gold",
                                        help="Gold file scored at fp32 and at the fast precision."),
    large: int = typer.Option(0, "--large", min=0, help="Also run the fast pipeline alone on a corpus of this "
                                                        "many sentences (e.g. 50000) for its rate and peak RSS."),
    grouping: bool = typer.Option(True, "--grouping/--no-grouping",
                                  help="Also time claim grouping alone at 10,000 and 100,000 synthetic mentions."),
):
    """Benchmark the full annotate pipeline against a naive reference in the same run (sentences/s,
    time per stage, peak RSS, re-run on the unchanged folder) and write eval/BENCHMARKS.md."""
    from .bench import benchmark, markdown
    from .experiments import now
    from .jsonl import atomic_write_text

    try:
        result = benchmark(workdir, articles, data, str(model) if model else None,
                           log=lambda m: typer.echo(m, err=True), gold=gold, large=large,
                           grouping=(10_000, 100_000) if grouping else ())
    except (AnnotatorError, RuntimeError) as exc:
        fail(exc)
        return
    command = (f"annotator bench --articles {articles}" + (f" --large {large}" if large else "")
               + ("" if grouping else " --no-grouping"))
    text = markdown(result, command, now())
    atomic_write_text(out, text)
    typer.echo(text)


def run() -> None:
    """Console-script entry point. A mistyped option or argument exits 1 like every other error,
    since 2 tells a script that ``annotate`` skipped some inputs."""
    import importlib

    # typer re-exports the click it runs on (its own copy since 0.22), and raises that one's errors
    errors = importlib.import_module(typer.BadParameter.__module__)
    no_args = getattr(errors, "NoArgsIsHelpError", ())
    try:
        code = app(standalone_mode=False)
    except no_args as exc:
        exc.show()
        code = 0
    except errors.ClickException as exc:
        _show(exc)
        code = 1 if isinstance(exc, errors.UsageError) else exc.exit_code
    except (KeyboardInterrupt, typer.Abort):
        typer.echo("Interrupted.", err=True)
        code = 130
    sys.exit(code if isinstance(code, int) else 0)


def _show(exc: Exception) -> None:
    """A usage error as typer shows it (boxed, with rich), else as click does."""
    try:
        from typer import rich_utils
        rich_utils.rich_format_error(exc)
    except ImportError:
        exc.show()


if __name__ == "__main__":
    run()
