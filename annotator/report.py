"""HTML review report: plain data first (:func:`report_data`), rendering second (:func:`render`).

The report is one self-contained file (``out/report.html``) that works from
``file://`` with no network. The template lives in ``templates/``:
``report.html`` (the page skeleton), ``report.css`` and ``report.js``, which
:func:`render` inlines. All article data travels as one JSON document in a
``<script type="application/json">`` block with ``<``, ``>``, ``&`` and
U+2028/U+2029 escaped, and the page's script builds the DOM from it with
``textContent``/``createElement`` only. A strict Content-Security-Policy
allows exactly the inline script and style by their SHA-256 hashes.

Shape of the data (``report_data``), compact where it repeats 15,000 times:

- ``labels``: taxonomy order, each ``{name, title, description, colour, threshold}``;
  elsewhere labels are referred to by their index in this list;
- ``articles``: ``{id, title, publisher, date, url, path, first, count,
  label_counts, unattributed[, acronyms]}``; the article's sentences are
  ``sentences[first:first + count]``; ``label_counts`` is a list in label order;
- ``sentences``: ``{article, index, text, labels, scores, sources[, para][, id]}``
  where ``article`` is an index into ``articles``, ``labels`` label indices,
  ``scores`` one probability per label, ``sources`` lists
  ``[label, start, end, source, kind, leaning]`` (offsets within the sentence, in
  UTF-16 units as JavaScript counts them),
  ``para`` marks the first sentence of a paragraph and ``id`` is present only
  when it differs from ``"<article id>#<index>"``;
- ``claims``: ordered by score, ``{id, text, score, grade, explanation, types,
  sources, publishers, independent_origins, origins, disputed_by, denied_in, flags, mentions}`` where
  ``types`` is a count per label and each mention (and each of ``denied_in``) is ``{sentence, article,
  text, labels}`` with sentence/article indices (-1 when not in the report);
- ``grades``, ``flags``: the values present, in display order; ``key``: a hash of
  the article ids and texts, naming the browser storage that keeps review corrections;
- an article's ``acronyms`` (present when it spells any out) are ``[acronym, full name]``
  pairs, exported with its corrections so a retrain sees the sentence as annotate did.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from datetime import datetime, timezone
from pathlib import Path

from .acronyms import definitions
from .jsonl import atomic_write_text
from .taxonomy import LABEL_INDEX, LABEL_NAMES, LABELS

TEMPLATES = Path(__file__).parent / "templates"
GRADE_ORDER = ("strong", "moderate", "weak", "unsourced")
FORMAT_VERSION = 1
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_PLACEHOLDER = re.compile(r"\{\{([A-Z_]+)\}\}")


# ----- data ------------------------------------------------------------------------------

def load_thresholds(model_dir: str | Path = "") -> list[float]:
    """Per-label decision thresholds from the model folder's config.json (0.5 for any that are missing)."""
    default = [0.5] * len(LABEL_NAMES)
    try:
        if not model_dir:
            from .models import default_model_dir

            model_dir = default_model_dir()
        config = json.loads((Path(model_dir) / "config.json").read_text(encoding="utf-8"))
        values = [float(v) for v in config["thresholds"]]
    except (OSError, ValueError, KeyError, TypeError):
        return default
    return values if len(values) == len(LABEL_NAMES) else default


def _text(value) -> str | None:
    """A metadata value as display text (None stays None)."""
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def _origin(value) -> str:
    """An origin as display text, with the state or side it was read as speaking for where its
    name does not say ("Defence Minister Sergei Shoigu (for Russia)"), the other names counted as
    it ("Moscow (also: Defence Minister Sergei Shoigu)") and whether it was heard only through
    pro-regime outlets."""
    also = value.get("also_named") if isinstance(value, dict) else None
    names = [str(n) for n in also if n] if isinstance(also, list) else []
    channel = isinstance(value, dict) and value.get("only_via_pro_regime") is True
    side = value.get("speaks_for") if isinstance(value, dict) else None
    shown = _name(value)
    said = isinstance(side, str) and any(w[:5].lower() in shown.lower() for w in side.split() if len(w) > 3)
    return (shown + (f" (for {side})" if isinstance(side, str) and side and not said else "")
            + (f" (also: {', '.join(names)})" if names else "")
            + (" (only through pro-regime outlets)" if channel else ""))


def _name(value) -> str:
    """An origin, flag or source given as a string or a record, as one display string."""
    if isinstance(value, dict):
        for key in ("name", "source", "origin", "flag", "text"):
            if value.get(key):
                return str(value[key])
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _label_indices(labels) -> list[int]:
    return sorted({LABEL_INDEX[name] for name in labels or () if name in LABEL_INDEX})


def _scores(scores, labels: list[int]) -> list[float]:
    if not isinstance(scores, dict):
        return [1.0 if j in labels else 0.0 for j in range(len(LABEL_NAMES))]
    return [round(float(scores.get(name) or 0.0), 3) for name in LABEL_NAMES]


def _utf16(text: str, offset: int) -> int:
    """A code-point offset into ``text`` as the UTF-16 offset JavaScript strings use."""
    return offset + sum(1 for ch in text[:offset] if ord(ch) > 0xFFFF)


def _sources(sources, text: str) -> list[list]:
    astral = any(ord(ch) > 0xFFFF for ch in text)
    out = []
    for s in sources or ():
        if s.get("label") not in LABEL_INDEX:
            continue
        start, end = int(s.get("start") or 0), int(s.get("end") or 0)
        if astral:
            start, end = _utf16(text, start), _utf16(text, end)
        out.append([LABEL_INDEX[s["label"]], start, end,
                    _text(s.get("source")), _text(s.get("kind")), _text(s.get("leaning"))])
    return out


def _ordered(values, order=()) -> list[str]:
    """Distinct values, those named in ``order`` first in that order, then the rest alphabetically."""
    seen = set(values)
    return [v for v in order if v in seen] + sorted(seen - set(order))


def report_data(articles: list[dict], sentences: list[dict], claims: list[dict],
                thresholds: list[float] | None = None, model_dir: str = "") -> dict:
    """Everything the page shows, as plain JSON-ready data (see the module docstring for the shape)."""
    if thresholds is None or len(thresholds) != len(LABEL_NAMES):
        thresholds = [0.5] * len(LABEL_NAMES)
    articles = list(articles)
    position = {a["id"]: i for i, a in enumerate(articles)}
    by_article: dict[str, list[dict]] = {}
    for s in sentences:
        if s["article"] not in position:  # a sentence of an article missing from articles.jsonl
            position[s["article"]] = len(articles)
            articles.append({"id": s["article"]})
        by_article.setdefault(s["article"], []).append(s)

    out_articles, out_sentences, sentence_position = [], [], {}
    for ai, article in enumerate(articles):
        rows = sorted(by_article.get(article["id"], []), key=lambda r: r.get("index", 0))
        text = article.get("text") or ""
        counts = [0] * len(LABEL_NAMES)
        unattributed = 0
        first = len(out_sentences)
        previous_end = None
        for row in rows:
            labels = _label_indices(row.get("labels"))
            for j in labels:
                counts[j] += 1
            unattributed += not labels
            sentence_text = row.get("text") or ""
            record = {"article": ai, "index": row.get("index", 0), "text": sentence_text,
                      "labels": labels, "scores": _scores(row.get("scores"), labels),
                      "sources": _sources(row.get("sources"), sentence_text)}
            start = row.get("start")
            if previous_end is not None and isinstance(start, int) and "\n" in text[previous_end:start]:
                record["para"] = 1
            previous_end = row.get("end")
            sid = row.get("id") or f"{article['id']}#{record['index']}"
            if sid != f"{article['id']}#{record['index']}":
                record["id"] = sid
            sentence_position[sid] = len(out_sentences)
            out_sentences.append(record)
        out_articles.append({
            "id": article["id"], "title": _text(article.get("title")), "publisher": _text(article.get("publisher")),
            "date": _text(article.get("date")), "url": _text(article.get("url")), "path": _text(article.get("path")),
            "first": first, "count": len(rows), "label_counts": counts, "unattributed": unattributed})
        defined = definitions(s["text"] for s in out_sentences[first:])
        if defined:  # exported corrections carry them, so a retrain reads the sentence as annotate did
            out_articles[-1]["acronyms"] = [list(pair) for pair in defined]

    out_claims = [_claim(c, position, sentence_position) for c in claims]
    out_claims.sort(key=lambda c: -c["score"] if isinstance(c["score"], (int, float)) else float("inf"))
    key = _store_key(out_articles, out_sentences)
    return {
        "format": FORMAT_VERSION,
        "generated": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "model": str(model_dir or ""),
        "key": key,
        "labels": [{"name": l.name, "title": l.title, "description": l.description, "colour": l.colour,
                    "threshold": round(float(t), 4)} for l, t in zip(LABELS, thresholds)],
        "articles": out_articles,
        "sentences": out_sentences,
        "claims": out_claims,
        "grades": _ordered((c["grade"] for c in out_claims if c["grade"]), GRADE_ORDER),
        "flags": _ordered(f for c in out_claims for f in c["flags"]),
    }


def _store_key(articles: list[dict], sentences: list[dict]) -> str:
    """Names the browser storage of this report's corrections. It hashes each article's id *and*
    text, because every report opened from ``file://`` shares one storage: two folders whose
    files have the same names must not share (or overwrite) each other's corrections."""
    digest = hashlib.sha256()
    for article in sorted(articles, key=lambda a: a["id"]):
        digest.update(article["id"].encode("utf-8") + b"\x1f")
        for s in sentences[article["first"]:article["first"] + article["count"]]:
            digest.update(s["text"].encode("utf-8") + b"\x1e")
        digest.update(b"\x1d")
    return digest.hexdigest()[:16]


def _claim(claim: dict, article_position: dict, sentence_position: dict) -> dict:
    profile = claim.get("profile") or {}
    mentions = [_mention(m, article_position, sentence_position) for m in claim.get("mentions") or ()]
    types = profile.get("type_counts") or {}
    score = claim.get("score")
    return {
        "id": _text(claim.get("claim_id")) or "",
        "text": _text(claim.get("text")) or "",
        "score": score if isinstance(score, (int, float)) else None,
        "grade": _text(claim.get("grade")),
        "explanation": _text(claim.get("explanation")) or "",
        "types": [int(types.get(name) or 0) for name in LABEL_NAMES],
        "sources": [{"name": _name(s), "kind": _text(s.get("kind")) if isinstance(s, dict) else None,
                     "leaning": _text(s.get("leaning")) if isinstance(s, dict) else None}
                    for s in profile.get("sources") or ()],
        "publishers": [_name(p) for p in profile.get("publishers") or ()],
        "independent_origins": profile.get("independent_origins"),
        "origins": [_origin(o) for o in profile.get("origins") or ()],
        "disputed_by": [_name(d) for d in profile.get("disputed_by") or ()],
        "denied_in": [_mention(m, article_position, sentence_position) for m in profile.get("denied_in") or ()
                      if isinstance(m, dict)],
        "flags": [_name(f) for f in profile.get("flags") or ()],
        "mentions": mentions,
    }


def _mention(m: dict, article_position: dict, sentence_position: dict) -> dict:
    """A sentence of a claim record, by its place in the report's sentences; its text only when
    the report does not hold it."""
    sentence = sentence_position.get(m.get("sentence_id"), -1)
    out = {"sentence": sentence, "article": article_position.get(m.get("article"), -1),
           "labels": _label_indices(m.get("labels"))}
    if sentence < 0:
        out["text"] = _text(m.get("text")) or ""
    return out


# ----- rendering ---------------------------------------------------------------------------

def json_for_html(data) -> str:
    """JSON safe inside a ``<script type="application/json">`` element: no ``</script>``, no
    ``<!--``, no raw line/paragraph separators."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _JSON_ESCAPES[m.group()], text)


def csp_hash(source: str) -> str:
    """The CSP source expression allowing exactly this inline script or style."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _label_css() -> str:
    """One class per label setting its colour, a light tint and a readable text colour on it."""
    rules = []
    for label in LABELS:
        r, g, b = (int(label.colour[i:i + 2], 16) for i in (1, 3, 5))
        foreground = "#000" if 0.299 * r + 0.587 * g + 0.114 * b > 140 else "#fff"
        rules.append(f".lab-{label.name}{{--c:{label.colour};--t:{label.colour}38;--fg:{foreground}}}")
    return "\n".join(rules)


def render(data: dict) -> str:
    """The report page for ``data`` (from :func:`report_data`)."""
    style = (TEMPLATES / "report.css").read_text(encoding="utf-8") + "\n" + _label_css() + "\n"
    script = (TEMPLATES / "report.js").read_text(encoding="utf-8")
    if "</script" in script.lower() or "</style" in style.lower():
        raise ValueError("templates must not close their own <script>/<style> element")
    csp = "; ".join([
        "default-src 'none'", f"script-src {csp_hash(script)}", f"style-src {csp_hash(style)}",
        "img-src data:", "base-uri 'none'", "form-action 'none'"])
    title = f"annotator report: {len(data['articles'])} articles, {len(data['claims'])} claims"
    values = {"CSP": html.escape(csp, quote=False), "TITLE": html.escape(title), "STYLE": style, "SCRIPT": script,
              "DATA": json_for_html(data)}
    template = (TEMPLATES / "report.html").read_text(encoding="utf-8")
    # One pass: replaced values are never scanned again, so data cannot inject a placeholder.
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def write_report(path: Path, articles: list[dict], sentences: list[dict], claims: list[dict],
                 model_dir: str = "") -> None:
    """Write the HTML review report for one annotation run (atomically)."""
    data = report_data(articles, sentences, claims, load_thresholds(model_dir), model_dir)
    atomic_write_text(Path(path), render(data))
