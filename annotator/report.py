"""HTML report: plain data first, rendering second (template in ``templates/``)."""

from __future__ import annotations

import html
from pathlib import Path

from .jsonl import atomic_write_text
from .taxonomy import LABELS


def write_report(path: Path, articles: list[dict], sentences: list[dict], claims: list[dict], model_dir: str = "") -> None:
    parts = ["<!doctype html><meta charset='utf-8'><title>annotator report</title><body>"]
    colours = {l.name: l.colour for l in LABELS}
    by_article = {}
    for s in sentences:
        by_article.setdefault(s["article"], []).append(s)
    for a in articles:
        parts.append(f"<h2>{html.escape(a['title'] or a['id'])}</h2>")
        for s in by_article.get(a["id"], []):
            colour = colours[s["labels"][0]] if s["labels"] else "#fff"
            parts.append(f"<p style='background:{colour}'>{html.escape(s['text'])} "
                         f"<small>{html.escape(', '.join(s['labels']))}</small></p>")
    atomic_write_text(path, "".join(parts))
