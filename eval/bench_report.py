"""Time and size of the HTML report for a synthetic corpus (default: 500 articles, 15,000 sentences).

    python eval/bench_report.py                      # 500 articles x 30 sentences, 2,000 claims
    python eval/bench_report.py --articles 50        # smaller
    python eval/bench_report.py --browser            # also time loading and filtering in headless Chromium

Prints seconds and megabytes; asserts nothing (the numbers depend on the machine).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from annotator.report import render, report_data, write_report
from annotator.scoring import FLAGS
from annotator.taxonomy import LABEL_NAMES

WORDS = ("regime forces rebels city province displaced people strikes monitor civilians killed government "
         "northern southern offensive town highway villages fighters militia observers airstrikes aid convoy "
         "border camps thousands hundreds week reported said according statement agency source officials").split()
SOURCES = [("named_monitor", "the Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights", "monitor", "opposition"),
           ("pro_regime_outlet", "SANA", "SANA", "news_agency", "pro_regime"),
           ("un_figure", "the United Nations", "United Nations", "un_body", "international"),
           ("media_report", "Reuters", "Reuters", "news_agency", "independent"),
           ("on_record", "the army's spokesman", None, None, None),
           ("anonymous_source", "a military source", None, None, None),
           ("leaked_recording", "leaked recordings", None, None, None)]
PUBLISHERS = ["AFP", "Reuters", "Al Jazeera", "The Telegraph", "SANA", "Middle East Eye", "BBC", "The National"]
GRADES = ["strong", "moderate", "weak", "unsourced"]


def synthetic(n_articles: int = 500, per_article: int = 30, n_claims: int = 2000, seed: int = 0):
    """(articles, sentences, claims) shaped like ``annotator annotate`` output."""
    rng = random.Random(seed)
    articles, sentences = [], []
    for a in range(n_articles):
        article_id = f"{a:04d}_{rng.getrandbits(40):010x}.txt"
        text, rows = "", []
        for i in range(per_article):
            if i:
                text += "\n\n" if rng.random() < 0.25 else " "
            body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 35))).capitalize()
            scores = {name: round(rng.betavariate(0.4, 3), 4) for name in LABEL_NAMES}
            sources = []
            if rng.random() < 0.45:
                label, mention, source, kind, leaning = rng.choice(SOURCES)
                scores[label] = round(rng.uniform(0.35, 0.99), 4)
                body = f"{body}, {mention} said"
                start = body.index(mention)
                record = {"label": label, "text": mention, "start": start, "end": start + len(mention), "source": source}
                if source:
                    record.update(kind=kind, leaning=leaning)
                sources.append(record)
            body += "."
            labels = [name for name in LABEL_NAMES if scores[name] >= 0.5]
            sources = [s for s in sources if s["label"] in labels]
            start = len(text)
            text += body
            rows.append({"id": f"{article_id}#{i}", "article": article_id, "index": i, "start": start, "end": len(text),
                         "text": body, "labels": labels, "scores": scores, "sources": sources})
        articles.append({"id": article_id, "path": f"corpus/{article_id}", "title": rows[0]["text"][:70],
                         "publisher": rng.choice(PUBLISHERS), "date": f"2020-01-{1 + a % 28:02d}",
                         "url": f"https://example.org/{a}", "sentences": len(rows),
                         "label_counts": {n: sum(n in r["labels"] for r in rows) for n in LABEL_NAMES},
                         "unattributed": sum(not r["labels"] for r in rows), "text": text})
        sentences.extend(rows)
    claims = []
    for c in range(n_claims):
        members = rng.sample(sentences, rng.randint(1, 4))
        score = round(rng.uniform(0, 100), 1)
        claims.append({"claim_id": f"c{c}", "text": members[0]["text"],
                       "mentions": [{"article": s["article"], "sentence_id": s["id"], "text": s["text"], "labels": s["labels"]}
                                    for s in members],
                       "profile": {"type_counts": {n: sum(n in s["labels"] for s in members) for n in LABEL_NAMES},
                                   "sources": [{"name": "SANA", "kind": "news_agency", "leaning": "pro_regime"}],
                                   "publishers": sorted({rng.choice(PUBLISHERS) for _ in members}),
                                   "independent_origins": rng.randint(0, 3), "origins": ["SANA"],
                                   "flags": rng.sample(list(FLAGS), rng.randint(0, 2))},
                       "score": score, "grade": GRADES[min(3, int((100 - score) // 25))],
                       "explanation": f"{len(members)} mentions"})
    return articles, sentences, claims


def browser_timings(path: Path) -> None:
    """Open the report in headless Chromium and time the first render and a label filter."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("browser: playwright is not installed")
        return
    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        t = time.perf_counter()
        page.goto(path.resolve().as_uri())
        page.wait_for_selector("html[data-ready]")
        print(f"browser: first render (claims view) {time.perf_counter() - t:.2f} s")
        for name, hash_ in [("articles view", "#view=articles"), ("filter articles by label", "#view=articles&label=un_figure"),
                            ("search all articles", "#view=articles&q=regime+forces"), ("review queue (15k sentences)", "#view=review"),
                            ("overview", "#view=overview"), ("claims filtered by grade", "#view=claims&grade=weak")]:
            t = time.perf_counter()
            page.evaluate("h => { location.hash = h; }", hash_)
            page.wait_for_function("h => location.hash === h && document.querySelector('#main').childElementCount > 0", arg=hash_)
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => r()))")
            print(f"browser: {name} {time.perf_counter() - t:.2f} s")
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--sentences-per-article", type=int, default=30)
    parser.add_argument("--claims", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=None, help="Where to write the report (default: a temporary folder).")
    parser.add_argument("--browser", action="store_true", help="Also time the page in headless Chromium.")
    args = parser.parse_args()
    articles, sentences, claims = synthetic(args.articles, args.sentences_per_article, args.claims)
    print(f"corpus: {len(articles)} articles, {len(sentences)} sentences, {len(claims)} claims")
    with tempfile.TemporaryDirectory() as tmp:
        path = args.out or Path(tmp) / "report.html"
        t = time.perf_counter()
        data = report_data(articles, sentences, claims)
        t_data = time.perf_counter() - t
        t = time.perf_counter()
        render(data)
        t_render = time.perf_counter() - t
        t = time.perf_counter()
        write_report(path, articles, sentences, claims)
        t_total = time.perf_counter() - t
        size = path.stat().st_size
        print(f"report_data {t_data:.2f} s, render {t_render:.2f} s, write_report total {t_total:.2f} s")
        print(f"report size {size / 1e6:.1f} MB ({size / max(1, len(sentences)):.0f} bytes per sentence)")
        if args.browser:
            browser_timings(path)


if __name__ == "__main__":
    sys.exit(main())
