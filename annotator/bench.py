"""Throughput benchmark: the full annotate pipeline against a naive reference, in one run.

Each configuration runs in its own subprocess so its peak memory (RSS) is its own.
The corpus is assembled from training passages (never from the seeds), so
sentence lengths are those of real wire copy.
"""

from __future__ import annotations

import json
import os
import platform
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

from .data import data_files, load_many

MODES = {
    "naive": "classifier (six layers) and claim encoder (four layers, `models/claim-encoder`) as transformers "
             "BertModel in fp32, sentences in input order, "
             "batches of 32, no cache",
    "fast": "the same weights in plain torch (fused QKV, oneDNN linear with fused GELU where the torch build has "
            "it, `annotator/fastbert.py`; transformers never imported), bf16 where the CPU has native bf16 (else "
            "fp32), blocks of 512 sentences encoded in batches of 64 sorted by token count and padded to a "
            "multiple of 8 tokens, the batches run on one single-thread worker per core, content-hash cache of "
            "sentence records, claim vectors and grouped claims, models released before claim grouping",
    "fast, smaller claim encoder": "fast, with `--claim-model models/claim-encoder-small` (two layers), run "
                                  "after the fast run on the same corpus into its own folder",
}


def make_corpus(folder: Path, n_articles: int, data_dir: Path, seed: int = 0, distinct: bool = False) -> int:
    """Write ``n_articles`` .txt articles of 4–8 training passages each; return the sentence count.

    Passages are dealt from a shuffled deck, reshuffled only when it runs out, so no passage
    repeats until every one has been used: a corpus smaller than the training data has no
    duplicate sentences for the pipeline's per-block de-duplication to skip. With ``distinct``,
    every sentence also opens with a tag naming its article ("ref00012"), so even a corpus larger
    than the training data costs the memory and grouping work of real, distinct sentences."""
    passages: dict[str, list[str]] = {}
    for example in load_many(data_files(data_dir)):
        passages.setdefault(example.article or example.id or example.text, []).append(example.text)
    keys = sorted(passages)
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    deck: list[str] = []
    total = 0
    for i in range(n_articles):
        chosen: list[str] = []
        for _ in range(min(rng.randint(4, 8), len(keys))):
            if not deck:
                deck = rng.sample(keys, len(keys))
            spare = [key for key in deck if key not in chosen]  # never one passage twice in an article
            key = spare[-1] if spare else rng.choice([k for k in keys if k not in chosen])
            if key in deck:
                deck.remove(key)
            chosen.append(key)
        lines = [f"ref{i:05d} {sentence}" if distinct else sentence for key in chosen for sentence in passages[key]]
        total += len(lines)
        (folder / f"article-{i:05d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return total


def cpu_model() -> str:
    """The CPU's model name: speeds measured on different models are not comparable."""
    try:
        line = next(line for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name"))
    except (OSError, StopIteration):
        return platform.processor() or "unknown model"
    return " ".join(line.split(":", 1)[1].split())


def cpu_flags() -> str:
    try:
        flags = next(line for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("flags"))
    except (OSError, StopIteration):
        return "unknown"
    wanted = ("avx2", "avx512f", "avx512_bf16", "avx512_vnni", "amx_bf16", "amx_int8", "avx_vnni")
    return " ".join(f for f in flags.split() if f in wanted) or "none of " + ", ".join(wanted)


def child(mode: str, corpus: Path, out: Path, model: str | None) -> dict:
    """Run one configuration in this process and return its figures (called in a subprocess)."""
    import resource

    from .claims import small_claim_encoder_dir
    from .pipeline import annotate_folder

    claim_model = small_claim_encoder_dir() if mode == "fast-small" else None
    start = time.perf_counter()
    summary = annotate_folder(corpus, out, Path(model) if model else None, naive=(mode == "naive"),
                              claim_model=claim_model)
    wall = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"mode": mode, "sentences": summary.sentences, "seconds": wall,
            "sentences_per_s": summary.sentences / wall if wall else 0.0,
            "stages": summary.timings, "peak_rss_mb": peak_kb / 1024}


def run_child(mode: str, corpus: Path, out: Path, model: str | None) -> dict:
    cmd = [sys.executable, "-m", "annotator.bench", mode, str(corpus), str(out), model or ""]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"benchmark child {mode} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def label_agreement(reference: Path, fast: Path) -> dict:
    """Share of sentences whose label sets are identical in two annotate outputs of one corpus."""
    from .jsonl import iter_jsonl

    a = {r["id"]: r["labels"] for _, r in iter_jsonl(Path(reference) / "annotations.jsonl")}
    b = {r["id"]: r["labels"] for _, r in iter_jsonl(Path(fast) / "annotations.jsonl")}
    same = sum(a[k] == b.get(k) for k in a)
    return {"sentences": len(a), "same": same, "ratio": same / len(a) if a else 1.0}


def gold_by_precision(model: str | None, gold: Path | None) -> dict:
    """Macro-F1 on a gold file at fp32 and at the fast path's precision, and their label agreement."""
    if gold is None or not Path(gold).is_file():
        return {}
    from .data import model_inputs
    from .evaluate import evaluate_predictions
    from .models import default_model_dir, load_model

    examples = load_many([Path(gold)])
    classifier = load_model(Path(model) if model else default_model_dir())
    out = {}
    for precision, engine in (("fp32", "transformers"), ("auto", "fast")):
        proba = classifier.set_inference(precision=precision, engine=engine).predict_proba(model_inputs(examples))
        pred = classifier.decide(proba)
        out[precision] = (evaluate_predictions(examples, proba, pred)["macro_f1"], pred)
    return {"file": str(gold), "n": len(examples), "fast_precision": classifier._precision(),
            "fp32_macro_f1": out["fp32"][0], "fast_macro_f1": out["auto"][0],
            "agreement": float((out["fp32"][1] == out["auto"][1]).all(1).mean())}


def large_run(workdir: Path, sentences: int, data_dir: Path, model: str | None, log=print) -> dict:
    """The fast pipeline alone on a corpus of at least ``sentences`` distinct sentences: its rate
    and peak RSS (the naive reference would take too long at this size)."""
    corpus = workdir / "corpus-large"
    per_article = 38  # about what 4-8 training passages hold
    n_articles = max(1, -(-sentences // per_article))
    count = make_corpus(corpus, n_articles, data_dir, seed=1, distinct=True)
    while count < sentences:
        n_articles += max(1, -(-(sentences - count) // per_article))
        count = make_corpus(corpus, n_articles, data_dir, seed=1, distinct=True)
    log(f"large corpus: {n_articles} articles, {count} distinct-tagged sentences; running fast …")
    shutil.rmtree(workdir / "out-large", ignore_errors=True)  # an earlier bench's cache would be reused
    result = run_child("fast", corpus, workdir / "out-large", model)
    return {**result, "articles": n_articles}


def benchmark(workdir: Path, n_articles: int, data_dir: Path, model: str | None, log=print,
              gold: Path | None = None, large: int = 0, grouping: tuple[int, ...] = ()) -> dict:
    """Naive, fast, and fast again on the unchanged folder (cache), with ratios, label agreement
    of fast against naive, and macro-F1 on ``gold`` at both precisions; where
    ``models/claim-encoder-small`` is there, the fast path with it too; with ``large``, also the
    fast pipeline alone on a corpus of that many sentences (:func:`large_run`); with ``grouping``,
    claim grouping timed at those numbers of synthetic mentions (:mod:`annotator.claims_bench`)."""
    corpus = workdir / "corpus"
    load_before = os.getloadavg()[0]
    sentences = make_corpus(corpus, n_articles, data_dir)
    log(f"corpus: {n_articles} articles, {sentences} sentences in {corpus}")
    runs = {}
    for out in ("out-naive", "out-fast", "out-fast-small"):  # first runs start empty: no earlier bench's cache
        shutil.rmtree(workdir / out, ignore_errors=True)
    plan = [("naive", "naive", "out-naive"), ("fast", "fast", "out-fast"),
            ("fast, unchanged folder again", "fast", "out-fast")]
    from .claims import small_claim_encoder_dir

    if small_claim_encoder_dir() is not None:
        plan.append(("fast, smaller claim encoder", "fast-small", "out-fast-small"))
    for name, mode, out in plan:
        log(f"running {name} …")
        runs[name] = run_child(mode, corpus, workdir / out, model)
    naive, fast, again = runs["naive"], runs["fast"], runs["fast, unchanged folder again"]
    log("checking accuracy: fast labels against the fp32 reference …")
    agreement = label_agreement(workdir / "out-naive", workdir / "out-fast")
    gold_figures = gold_by_precision(model, gold)
    if large:
        runs[f"fast, large corpus ({large:,}+ sentences)"] = large_run(workdir, large, data_dir, model, log)
    scale = []
    if grouping:
        from .claims_bench import grouping_scale

        scale = grouping_scale(tuple(grouping), log)
    return {"runs": runs, "grouping": scale, "speedup": fast["sentences_per_s"] / naive["sentences_per_s"],
            "agreement": agreement, "gold": gold_figures,
            "rerun_speedup": fast["seconds"] / again["seconds"], "cores": os.cpu_count(),
            "cpu": f"{platform.machine()} ({cpu_model()})", "flags": cpu_flags(), "articles": n_articles,
            "load": (load_before, os.getloadavg()[0])}


def markdown(result: dict, command: str, date: str) -> str:
    """eval/BENCHMARKS.md."""
    stages = sorted({s for r in result["runs"].values() for s in r["stages"]})
    lines = ["# Benchmarks", "", f"Regenerated by `{command}` on {date}.", "",
             f"Machine: {result['cores']} cores, {result['cpu']}, CPU flags: {result['flags']}.", "",
             f"Corpus: {result['articles']} articles assembled from training passages, none repeated "
             "while unused ones remain." + "".join(
                 f" Large corpus: {r['articles']} articles of the same passages, each sentence tagged with its "
                 "article so that no text repeats." for r in result["runs"].values() if "articles" in r), "",
             f"1-minute load average before / after: {result['load'][0]:.1f} / {result['load'][1]:.1f} "
             f"(above {result['cores']} means other work shared the cores and the figures are low).", "",
             "| run | sentences | seconds | sentences/s | peak RSS (MB) | " + " | ".join(stages) + " |",
             "|---|---|---|---|---|" + "---|" * len(stages)]
    for name, r in result["runs"].items():
        lines.append(f"| {name} | {r['sentences']} | {r['seconds']:.1f} | {r['sentences_per_s']:.0f} | "
                     f"{r['peak_rss_mb']:.0f} | " + " | ".join(f"{r['stages'].get(s, 0):.2f}" for s in stages) + " |")
    lines += ["", f"- fast vs naive, same run: **{result['speedup']:.2f}×**",
              f"- re-annotating the unchanged folder: **{result['rerun_speedup']:.1f}×** faster than the first run"]
    smaller = result["runs"].get("fast, smaller claim encoder")
    if smaller:
        rate = smaller["sentences_per_s"] / result["runs"]["fast"]["sentences_per_s"]
        lines.append(f"- with `--claim-model models/claim-encoder-small`: {smaller['sentences_per_s']:.0f} sentences/s, "
                     f"{rate:.0%} of the default's rate in the same run")
    agree, gold = result.get("agreement"), result.get("gold")
    if agree:
        lines.append(f"- labels of the fast run identical to the naive fp32 run on **{agree['ratio']:.2%}** of "
                     f"sentences ({agree['same']} of {agree['sentences']})")
    if gold:
        lines.append(f"- `{gold['file']}` ({gold['n']} sentences): macro-F1 {gold['fp32_macro_f1']:.3f} at fp32, "
                     f"{gold['fast_macro_f1']:.3f} at {gold['fast_precision']}; identical labels on "
                     f"{gold['agreement']:.2%} of sentences")
    if result.get("grouping"):
        lines += ["", "Claim grouping alone, synthetic mentions (`annotator.claims_bench`):", "", "```",
                  *result["grouping"], "```"]
    lines += ["", "Modes: " + "; ".join(f"**{k}**: {v}" for k, v in MODES.items()), ""]
    return "\n".join(lines)


if __name__ == "__main__":
    mode, corpus, out, model = sys.argv[1:5]
    print(json.dumps(child(mode, Path(corpus), Path(out), model or None)))
