"""Regenerate the report screenshots in docs/ from a generated report (headless Debian Chromium).

    annotator annotate eval/seeds --out out && python eval/screenshots.py            # out/report.html
    python eval/screenshots.py path/to/report.html --article 001_1abf897007a62d1b.txt

Writes docs/report-claims.png and docs/report-article.png (plus docs/report-overview.png and
docs/report-review.png). Without --article, the article with the most distinct labels is shown.
Needs ``pip install playwright`` and ``apt-get install -y chromium`` (not ``playwright install``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
BEST_ARTICLE = """() => {
  const data = JSON.parse(document.getElementById('report-data').textContent);
  const rank = (a) => [a.label_counts.filter(Boolean).length, a.count - a.unattributed, -a.count];
  let best = null;
  for (const a of data.articles) {
    if (!a.count || a.count > 60) continue;
    const r = rank(a);
    if (!best || r[0] > best.r[0] || (r[0] === best.r[0] && (r[1] > best.r[1] || (r[1] === best.r[1] && r[2] > best.r[2])))) best = { id: a.id, r };
  }
  return best ? best.id : (data.articles[0] || {}).id || null;
}"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report", nargs="?", type=Path, default=ROOT / "out" / "report.html")
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="Folder for the PNG files (default docs/).")
    parser.add_argument("--article", help="Article id for the article-view screenshot.")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=1000)
    args = parser.parse_args()
    if not args.report.is_file():
        print(f"error: {args.report} not found; generate it with `annotator annotate eval/seeds --out out`", file=sys.stderr)
        return 1
    if not Path(CHROMIUM).exists():
        print(f"error: {CHROMIUM} not found; apt-get install -y chromium", file=sys.stderr)
        return 1
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("error: pip install playwright", file=sys.stderr)
        return 1

    args.out.mkdir(parents=True, exist_ok=True)
    url = args.report.resolve().as_uri()
    written = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": args.width, "height": args.height}, device_scale_factor=1)
        page.goto(url)
        page.wait_for_selector("html[data-ready]")
        article = args.article or page.evaluate(BEST_ARTICLE)
        views = [("claims", "#view=claims"), ("article", f"#view=article&id={quote(article or '', safe='')}"),
                 ("overview", "#view=overview"), ("review", "#view=review")]
        for name, hash_ in views:
            page.goto(url + hash_)
            page.wait_for_selector("html[data-ready]")
            page.wait_for_function("h => location.hash === h", arg=hash_)
            page.mouse.move(0, 0)
            if name == "article" and page.locator("#reader .chip").count():
                page.locator("#reader .chip").first.hover()  # show a label's probability tooltip
            target = args.out / f"report-{name}.png"
            page.screenshot(path=str(target))
            written.append(target)
        browser.close()
    for target in written:
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
