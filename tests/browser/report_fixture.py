"""A small hand-written annotation run (articles, sentences, claims) for the report tests.

Four articles in the shape ``annotator annotate`` writes, one of them hostile
(markup and script in its title, publisher, URL and text). Run as a script to
write the fixture report for screenshots::

    python tests/browser/report_fixture.py out/fixture/report.html
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

LABELS = ("leaked_recording", "named_monitor", "anonymous_source", "pro_regime_outlet", "un_figure",
          "on_record", "media_report")
THRESHOLDS = [0.5, 0.45, 0.55, 0.5, 0.5, 0.4, 0.5]
HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_IMG = "<img src=x onerror=alert(2)>"

# (article id, title, publisher, date, url, paragraphs of (sentence, {label: probability}, [(label, mention, source, kind, leaning)]))
ARTICLES = [
    ("000_leaks.txt", "Leaked recordings reveal Iranian militias leading regime assault on Idlib", "The Telegraph",
     "2020-01-27", "https://www.telegraph.co.uk/news/2020/01/27/leaked-recordings/", [
         [("Leaked recordings reveal Iranian militias leading regime assault on Idlib",
           {"leaked_recording": 0.91}, [("leaked_recording", "Leaked recordings", None, None, None)])],
         [("Iranian soldiers and Afghan mercenaries oversee military operations in Idlib, despite having promised "
           "that they would not take part in the fight, a Telegraph exclusive reports.",
           {"media_report": 0.83, "leaked_recording": 0.31}, [("media_report", "a Telegraph exclusive", "The Telegraph", "outlet", "independent")]),
          ("Soleimani's Quds Force is thought to still be operating in Idlib on his instructions.",
           {"anonymous_source": 0.41}, []),
          ("The intercepted radio transmissions contain messages between members of the Fatemiyoun Division.",
           {"leaked_recording": 0.54}, [("leaked_recording", "intercepted radio transmissions", None, None, None)])],
         [("\"They can't defend it, even with the whole battalion,\" one fighter says.",
           {"leaked_recording": 0.47, "on_record": 0.33}, []),
          ("\"Iranian militias seem to deliberately hide their presence in Idlib,\" said Abu Hamza Kirnazi, a field "
           "commander in the National Front for Liberation.",
           {"on_record": 0.88}, [("on_record", "Abu Hamza Kirnazi", "Abu Hamza Kirnazi", "armed_group", "opposition")]),
          ("Between 15 and 19 January, more than 38,000 people fled violence in western Aleppo, according to the "
           "United Nations.",
           {"un_figure": 0.95}, [("un_figure", "the United Nations", "United Nations", "un_body", "international")])],
     ]),
    ("001_maaret.txt", "Syria regime forces set to enter key rebel hub", "AFP", "2020-01-28",
     "https://www.afp.com/en/news/syria-maaret", [
         [("Syria regime forces set to enter key rebel hub", {}, [])],
         [("Regime forces have increased their attacks on southern Idlib since December, displacing more than "
           "358,000 people, according to the United Nations.",
           {"un_figure": 0.97}, [("un_figure", "the United Nations", "United Nations", "un_body", "international")]),
          ("Maaret al-Numan is one of the largest urban centres in Idlib, the monitor said.",
           {"named_monitor": 0.49}, [("named_monitor", "the monitor", "Syrian Observatory for Human Rights", "monitor", "opposition")]),
          ("They have also cut the M5 highway, according to the Observatory and the pro-government Al-Watan newspaper.",
           {"named_monitor": 0.81, "pro_regime_outlet": 0.52},
           [("named_monitor", "the Observatory", "Syrian Observatory for Human Rights", "monitor", "opposition"),
            ("pro_regime_outlet", "the pro-government Al-Watan newspaper", "Al-Watan", "outlet", "pro_regime")])],
         [("As-Safir reported that \"the mobilization in northern Syria is unprecedented.\"",
           {"pro_regime_outlet": 0.58}, [("pro_regime_outlet", "As-Safir", "As-Safir", "outlet", "pro_regime")]),
          ("The deserted city is a strategic prize lying on the M5 motorway.", {"anonymous_source": 0.08}, [])],
     ]),
    ("002_sources.txt", "Opposition activists describe wretched conditions in Idlib", "Middle East Eye", "2020-01-29",
     None, [
         [("\"Conditions on the ground are wretched for the rebels,\" said an opposition activist who asked to be "
           "identified by his first name.",
           {"anonymous_source": 0.62, "on_record": 0.44}, [("anonymous_source", "an opposition activist", None, None, None)]),
          ("A military source told SANA that army units had entered the town.",
           {"anonymous_source": 0.71, "pro_regime_outlet": 0.77},
           [("anonymous_source", "A military source", None, None, None),
            ("pro_regime_outlet", "SANA", "SANA", "news_agency", "pro_regime")]),
          ("Last week, Russia's Foreign Minister Sergey Lavrov said the main military operations had ended.",
           {"on_record": 0.93}, [("on_record", "Sergey Lavrov", "Sergey Lavrov", "government", "pro_regime")]),
          ("Skip to main content", {}, [])],
     ]),
    ("003_hostile.html", HOSTILE_SCRIPT + " Hostile title & <b>bold</b>", "<b>Evil</b> & Co \u2028press",
     "2020-02-01", "javascript:alert(4)", [
         [(f"This article contains {HOSTILE_SCRIPT} and {HOSTILE_IMG} as plain text.", {"on_record": 0.46},
           [("on_record", HOSTILE_IMG, "<svg onload=alert(5)>", "other", "unknown")]),
          ("A closing tag </script><script>alert(3)</script> and a comment <!-- here --> stay text.", {}, []),
          ("Line\u2028separator and paragraph\u2029separator characters survive.", {"media_report": 0.2}, [])],
     ]),
]

CLAIMS = [
    {"claim_id": "c1", "text": "More than 358,000 people have been displaced from southern Idlib since December.",
     "sentence_ids": ["001_maaret.txt#1"], "labels": [["un_figure"]], "score": 78, "grade": "strong",
     "explanation": "1 independent origin: UN (OCHA figures); carried by 1 publisher",
     "profile": {"type_counts": {"un_figure": 1}, "sources": [{"name": "United Nations", "kind": "un_body", "leaning": "international"}],
                 "publishers": ["AFP"], "independent_origins": 1, "origins": ["United Nations"], "flags": []}},
    {"claim_id": "c2", "text": "Iranian-backed militias are fighting in Idlib.",
     "sentence_ids": ["000_leaks.txt#1", "000_leaks.txt#3", "000_leaks.txt#5"],
     "labels": [["media_report"], ["leaked_recording"], ["on_record"]], "score": 55, "grade": "moderate",
     "explanation": "2 independent origins: leaked recordings (via The Telegraph) and an NFL commander; carried by 1 publisher",
     "profile": {"type_counts": {"leaked_recording": 1, "media_report": 1, "on_record": 1},
                 "sources": [{"name": "The Telegraph", "kind": "outlet", "leaning": "independent"},
                             {"name": "Abu Hamza Kirnazi", "kind": "armed_group", "leaning": "opposition"}],
                 "publishers": ["The Telegraph"], "independent_origins": 2,
                 "origins": ["leaked recordings", "Abu Hamza Kirnazi"], "flags": []}},
    {"claim_id": "c3", "text": "Army units have entered the town.", "sentence_ids": ["002_sources.txt#1"],
     "labels": [["anonymous_source", "pro_regime_outlet"]], "score": 22, "grade": "weak",
     "explanation": "1 origin: an anonymous military source, relayed by SANA (pro-regime)",
     "profile": {"type_counts": {"anonymous_source": 1, "pro_regime_outlet": 1},
                 "sources": [{"name": "SANA", "kind": "news_agency", "leaning": "pro_regime"}],
                 "publishers": ["Middle East Eye"], "independent_origins": 1, "origins": ["SANA"],
                 "flags": ["single_source", "pro_regime_only"]}},
    {"claim_id": "c4", "text": f"Hostile claim {HOSTILE_SCRIPT} {HOSTILE_IMG}", "sentence_ids": ["003_hostile.html#0"],
     "labels": [["on_record"]], "score": 5, "grade": "unsourced",
     "explanation": f"Explanation with {HOSTILE_IMG}",
     "profile": {"type_counts": {}, "sources": [{"name": "<svg onload=alert(5)>", "kind": "other", "leaning": "unknown"}],
                 "publishers": ["<b>Evil</b> & Co"], "independent_origins": 0, "origins": [],
                 "disputed_by": [f"Moscow {HOSTILE_IMG}"], "flags": ["unattributed", "unverified", "disputed"],
                 "denied_in": [{"article": "003_hostile.html", "sentence_id": "003_hostile.html#0", "text": "(in the report)"},
                               {"article": "gone", "sentence_id": "gone#3", "text": f"Moscow denied it {HOSTILE_IMG}"}]}},
]


def records(with_claims: bool = True) -> tuple[list[dict], list[dict], list[dict]]:
    """(articles, sentences, claims) rows as ``annotator annotate`` writes them."""
    articles, sentences = [], []
    for article_id, title, publisher, date, url, paragraphs in ARTICLES:
        text, rows = "", []
        for p, paragraph in enumerate(paragraphs):
            if p:
                text += "\n\n"
            for k, (sentence, scores, mentions) in enumerate(paragraph):
                if k:
                    text += " "
                start = len(text)
                text += sentence
                labels = [name for name, t in zip(LABELS, THRESHOLDS) if scores.get(name, 0.0) >= t]
                sources = []
                for label, mention, source, kind, leaning in mentions:
                    at = sentence.index(mention)
                    record = {"label": label, "text": mention, "start": at, "end": at + len(mention), "source": source}
                    if source:
                        record.update(kind=kind, leaning=leaning)
                    sources.append(record)
                index = len(rows)
                rows.append({"id": f"{article_id}#{index}", "article": article_id, "index": index, "start": start,
                             "end": len(text), "text": sentence, "labels": labels,
                             "scores": {name: scores.get(name, 0.01) for name in LABELS}, "sources": sources})
        counts = {name: sum(name in r["labels"] for r in rows) for name in LABELS}
        articles.append({"id": article_id, "path": f"corpus/{article_id}", "title": title, "publisher": publisher,
                         "date": date, "url": url, "sentences": len(rows), "label_counts": counts,
                         "unattributed": sum(not r["labels"] for r in rows), "text": text})
        sentences.extend(rows)
    by_id = {s["id"]: s for s in sentences}
    claims = []
    for c in CLAIMS if with_claims else ():
        mentions = [{"article": sid.split("#")[0], "sentence_id": sid, "text": by_id[sid]["text"], "labels": labels}
                    for sid, labels in zip(c["sentence_ids"], c["labels"])]
        claims.append({"claim_id": c["claim_id"], "text": c["text"], "mentions": mentions, "profile": c["profile"],
                       "score": c["score"], "grade": c["grade"], "explanation": c["explanation"]})
    return articles, sentences, claims


def write_model_config(folder: Path) -> Path:
    """A model folder holding only config.json with the fixture's thresholds."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text(json.dumps({"labels": list(LABELS), "thresholds": THRESHOLDS}), encoding="utf-8")
    return folder


def write_fixture_report(path: Path, with_claims: bool = True) -> Path:
    from annotator.report import write_report

    path = Path(path)
    model = write_model_config(path.parent / "model")
    write_report(path, *records(with_claims), model_dir=str(model))
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "out/fixture/report.html")
    print(write_fixture_report(target))
