"""Origin counting alone, on the development stories (never the seeds): each gold claim's members
(gold grouping, so grouping errors do not count) are given the shipped model's sentence labels and
the shipped registry, and ``claims.claim_origins`` counts their independent origins, compared with
the gold's ``origins``. Also: how many of the gold claims' attribution ``types`` the model gives
to at least one member (origins of a type no member carries cannot be counted), and how many
types it gives that the gold claim lacks.

    python training/claims/origin_score.py            # accuracy and the spread of count errors
    python training/claims/origin_score.py --show 10  # also ten claims it miscounts
    python training/claims/origin_score.py --model FOLDER  # another sentence model's labels
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from story_score import STORIES, story_names  # noqa: E402

from annotator import claims, scoring  # noqa: E402
from annotator.claims_eval import load_claim_gold  # noqa: E402
from annotator.claims_run import model_records  # noqa: E402
from annotator.models import default_model_dir, load_model  # noqa: E402
from annotator.registry import load_registry  # noqa: E402


def story_origins(story: str, model, registry) -> list[tuple[dict, list[dict], set[str], bool]]:
    """Each gold claim of ``story`` with the origins counted for its members, the labels the
    model gave them and whether a member hedges."""
    records, articles = model_records(STORIES / story, model, registry)
    publisher = {a.id: a.publisher for a in articles}
    memory: dict[str, claims.article._Article] = {}
    readers = claims.article_readers(records, registry)
    found = {r["id"]: claims.attributions(r, readers[r["article"]], memory.setdefault(
        r["article"], claims.article._Article(publisher.get(r["article"]) or r["article"]))) for r in records}
    labels = {r["id"]: r["labels"] for r in records}
    texts = {r["id"]: r["text"] for r in records}
    out = []
    for gold in load_claim_gold(STORIES / f"{story}.claims.jsonl"):
        items = [a for m in gold["members"] for a in found.get(m, [])]
        recipients = {v for m in gold["members"] for v in memory[m.split("#")[0]].recipients}
        given = {label for m in gold["members"] for label in labels.get(m, [])}
        hedged = any(claims.hedges(texts.get(m, "")) for m in gold["members"])
        out.append((gold, claims.claim_origins(items, registry, recipients), given, hedged))
    return out


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print this many miscounted claims")
    parser.add_argument("--model", type=Path, default=None, help="sentence model folder (default: the shipped one)")
    parser.add_argument("--scoring", type=Path, default=None, help="scoring weights TOML (default: the shipped ones)")
    args = parser.parse_args(argv)
    model, registry = load_model(args.model or default_model_dir()), load_registry()
    rows = [row for story in story_names() for row in story_origins(story, model, registry)]
    errors = Counter(len(got) - len(gold["origins"]) for gold, got, *_ in rows)
    mean_error = sum(abs(k) * n for k, n in errors.items()) / len(rows)
    print(f"origin-count accuracy with gold grouping: {errors[0]}/{len(rows)} = {errors[0] / len(rows):.3f}; "
          f"mean absolute error {mean_error:.3f}; counted minus gold: {dict(sorted(errors.items()))}")
    wanted = Counter(t for gold, *_ in rows for t in gold.get("types", []))
    found = Counter(t for gold, _, given, _ in rows for t in gold.get("types", []) if t in given)
    print(f"gold claim types the model gives at least one member: {sum(found.values())}/{sum(wanted.values())} = "
          f"{sum(found.values()) / max(1, sum(wanted.values())):.3f}; by type: "
          + ", ".join(f"{t} {found[t]}/{n}" for t, n in sorted(wanted.items())))
    extra = Counter(t for gold, _, given, _ in rows for t in given if t not in gold.get("types", []))
    print(f"types given to some member that the gold claim lacks: {sum(extra.values())}; by type: "
          + ", ".join(f"{t} {n}" for t, n in sorted(extra.items())))
    _grades(rows, args.scoring)
    named = sum(_named_alike(gold["origins"], got) for gold, got, *_ in rows)
    print(f"gold origins matched by a counted origin that shares a name word: {named}/"
          f"{sum(len(gold['origins']) for gold, *_ in rows)}")
    for gold, got, *_ in [r for r in rows if len(r[1]) != len(r[0]["origins"])][:args.show]:
        print(f"{gold['claim']}: gold {gold['origins']}; counted {[o['name'] for o in got]}")


_FILLER = frozenset("the and for via its his her their from with unnamed source sources".split())


def _name_words(text: str) -> set[str]:
    """Content words of an origin's name, cut to five letters so "Israel" meets "Israeli"."""
    return {w[:5] for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 and w not in _FILLER}


def _named_alike(gold: list[str], got: list[dict]) -> int:
    """How many gold origins a distinct counted origin shares a content word with (its name, the
    other names it was counted under, its channels). A rough check of identity, which the count
    alone misses: the health ministry's figure credited to the army counts one origin either way."""
    pool = [_name_words(" ".join([o["name"], *o.get("also_named", []), *o.get("via", [])])) for o in got]
    hits = 0
    for origin in gold:
        words = _name_words(origin)
        match = next((i for i, p in enumerate(pool) if p & words), None)
        if match is not None:
            hits += 1
            pool.pop(match)
    return hits


def _grades(rows, scoring_file: Path | None = None) -> None:
    """Grade agreement with the gold grades, and the flags of each computed grade."""
    config = scoring.load_scoring(scoring_file)
    hits = near = 0
    confusion: Counter = Counter()
    for gold, got, _, hedged in rows:
        scored = [o for origin in got for o in origin["_scored"]]
        value = scoring.score(scored, config)
        mine = scoring.grade(value, config)
        distance = abs(scoring.GRADES.index(mine) - scoring.GRADES.index(gold["grade"]))
        hits += distance == 0
        near += distance <= 1
        confusion[(gold["grade"], mine)] += 1
    print(f"grade agreement with gold grouping: exact {hits}/{len(rows)} = {hits / len(rows):.3f}; within one "
          f"{near}/{len(rows)} = {near / len(rows):.3f}; (gold, computed): "
          + ", ".join(f"{g}->{m} {n}" for (g, m), n in sorted(confusion.items()) if g != m))


if __name__ == "__main__":
    main(sys.argv[1:])
