"""Fit the denial-link model (``annotator.claims.denials``) on the development stories (never the
seeds) and write it to ``annotator/data/denial-links.json``.

A denial in a sentence of its own ("Kigali denies that any of its soldiers were involved") is a
claim of its own; the model picks which mention it denies (an earlier one of its article, or one of
another article's most alike to what it denies), so that claim can list the denial. The answers are ``denial-links.jsonl``: for each gold claim of a story that
denies something, the gold claims of that story it disputes (labelled by four helpers from the
stories' claim files, one part each; see ``eval/gold/CLAIMS.md``, round 32).

Each story runs as ``annotate`` runs it: the shipped sentence model's labels, claim mentions grouped
by the shipped claim encoder and pair scorer. Every denial the rules find (``denial``) gives one
row of ``FEATURES`` per candidate (``link_candidates``, ``--across`` of other articles), labelled 1
when the denial's gold claim disputes the candidate's gold claim; denials outside any gold claim
are left out. A link is judged right when it joins a denial to a mention of a claim its gold
claim disputes; recall counts the (denial claim, disputed claim) pairs whose claims both have
claim mentions. ``--across`` 0 (its own article only), 2, 5 and 10 were compared on the held-out
halves; 10 is shipped (``eval/gold/CLAIMS.md``, round 32).

Links are scored as ``annotate`` makes them: never to a mention that cites the denier itself
(``denies_itself``); each held-out line is followed by the same without that rule.

1. Held out, both ways: fit on one half of the stories (``halves.json``), choose the probability
   threshold there (best F0.5 of links: a wrong "disputed by" costs a reader more than a missed
   one), score the other half.
2. The shipped model: fit on all stories, threshold chosen on all of them.

    python training/claims/train_denials.py            # writes annotator/data/denial-links.json
    python training/claims/train_denials.py --out FILE
    python training/claims/train_denials.py --agreement training/claims/denial-links.second.jsonl

``denial-links.second.jsonl`` is a second, independent labelling of a quarter of the stories (the
third part, by a fifth helper); ``--agreement`` prints how far the two agree there and exits.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).parent))
from story_score import STORIES, story_names  # noqa: E402
from story_score import halves as story_halves  # noqa: E402

from annotator.claims import (article_readers, attributions, claim_embed, claim_problem,  # noqa: E402
                              denies_itself, denying, group_mentions, memo_embed, shipped_pair_model)
from annotator.claims.article import _Article  # noqa: E402
from annotator.claims.vectors import dense_part  # noqa: E402
from annotator.claims.denials import ACROSS, DEFAULT_LINKS, FEATURES, LinkModel, link_candidates, link_features  # noqa: E402
from annotator.claims_eval import load_claim_gold  # noqa: E402
from annotator.claims_run import model_records  # noqa: E402
from annotator.models import default_model_dir, load_model  # noqa: E402
from annotator.registry import load_registry  # noqa: E402

HERE = Path(__file__).parent
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)


def story_rows(story: str, model, registry, pair_model, embed, answers: dict, across: int = ACROSS) -> dict:
    """The candidate rows of one story's denials and what scoring needs."""
    records, articles = model_records(STORIES / story, model, registry)
    publisher = {a.id: a.publisher or a.id for a in articles}
    readers, memory = article_readers(records, registry), {}
    found = {r["id"]: attributions(r, readers[r["article"]], memory.setdefault(r["article"], _Article(publisher[r["article"]])))
             for r in records}
    mentions = [r for r in records if claim_problem(r["text"], r.get("labels", [])) is None]
    gold_of = {m: g["claim"] for g in load_claim_gold(STORIES / f"{story}.claims.jsonl") for m in g["members"]}
    unique_of, vectors, groups = group_mentions(mentions, embed, pair_model)
    dense = dense_part(vectors)[unique_of]
    denials = []
    for k, candidates in link_candidates(mentions, [groups[u] for u in unique_of], dense, embed, across).items():
        claim = gold_of.get(mentions[k]["id"])
        if claim is None:
            continue
        disputed = answers.get((story, claim), set())
        labels = [float(gold_of.get(mentions[j]["id"]) in disputed) for j in candidates]
        denier = denying(mentions[k], found[mentions[k]["id"]], registry, memory)
        own = np.array([denies_itself(denier, found[mentions[j]["id"]], registry) for j in candidates])
        denials.append((link_features(mentions, k, candidates, embed, dense), np.array(labels),
                        [(claim, gold_of.get(mentions[j]["id"])) for j in candidates], own))
    where = {}
    for m in mentions:
        if m["id"] in gold_of:
            where.setdefault(gold_of[m["id"]], []).append((m["article"], m.get("index", 0)))
    reachable = {(claim, t) for (s, claim), targets in answers.items() if s == story for t in targets
                 if where.get(t) and where.get(claim)}
    return {"story": story, "denials": denials, "reachable": reachable}


def fit(rows: list[dict]) -> LogisticRegression:
    X = np.vstack([f for r in rows for f, *_ in r["denials"]])
    y = np.concatenate([labels for r in rows for _, labels, *_ in r["denials"]])
    return LogisticRegression(C=1.0, max_iter=5000).fit(X, y)


def score(model: LogisticRegression, rows: list[dict], threshold: float, own_side: bool = True) -> dict:
    """Links right and wrong, their precision, and the recall of reachable (denial claim, disputed
    claim) pairs; with ``own_side``, as ``annotate`` links: never to a mention citing the denier."""
    right = wrong = 0
    found = set()
    for r in rows:
        for features, labels, pairs, own in r["denials"]:
            p = model.predict_proba(features)[:, 1]
            if own_side:
                p = np.where(own, 0.0, p)
            best = int(p.argmax())
            if p[best] >= threshold:
                right += int(labels[best] == 1)
                wrong += int(labels[best] == 0)
                found.add((r["story"], *pairs[best]))
    reachable = sum(len(r["reachable"]) for r in rows)
    hit = sum(len({(c, t) for s, c, t in found if s == r["story"]} & r["reachable"]) for r in rows)
    precision = right / max(1, right + wrong)
    recall = hit / max(1, reachable)
    f05 = 1.25 * precision * recall / max(1e-9, 0.25 * precision + recall)
    return {"right": right, "wrong": wrong, "precision": round(precision, 3), "recall": round(recall, 3),
            "f0.5": round(f05, 3), "reachable": reachable}


def choose(model: LogisticRegression, rows: list[dict], own_side: bool = True) -> float:
    return max(THRESHOLDS, key=lambda t: (score(model, rows, t, own_side)["f0.5"], t))


def choose_and_score(model: LogisticRegression, train: list[dict], test: list[dict]) -> dict:
    """Held-out figures without the own-side rule (round 32's linker), to compare."""
    threshold = choose(model, train, own_side=False)
    return {"threshold": threshold, **score(model, test, threshold, own_side=False)}


def read_answers(path: Path) -> dict:
    """(story, denial claim) -> the claims it disputes."""
    answers = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            answers[(row["story"], row["denial"])] = set(row["disputes"])
    return answers


def agreement(first: dict, second: dict) -> None:
    """F1 of the denial claims and of the (denial, disputed) pairs, on the stories ``second`` covers."""
    stories = {s for s, _ in second}
    first = {k: v for k, v in first.items() if k[0] in stories}
    for what, a, b in (("denial claims", set(first), set(second)),
                       ("(denial, disputed claim) pairs", {(*k, t) for k, v in first.items() for t in v},
                        {(*k, t) for k, v in second.items() for t in v})):
        print(f"{what}: {len(a & b)} in both, {len(a)} and {len(b)} in each, F1 {2 * len(a & b) / max(1, len(a) + len(b)):.3f}")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_LINKS, help="where to write the model")
    parser.add_argument("--links", type=Path, default=HERE / "denial-links.jsonl", help="the answers")
    parser.add_argument("--across", type=int, default=ACROSS, help="mentions of other articles each denial may deny")
    parser.add_argument("--agreement", type=Path, default=None, help="a second labelling: print agreement and exit")
    args = parser.parse_args(argv)
    answers = read_answers(args.links)
    if args.agreement is not None:
        agreement(answers, read_answers(args.agreement))
        return
    model, registry, pair_model = load_model(default_model_dir()), load_registry(), shipped_pair_model()
    embed = memo_embed(claim_embed)
    rows = {s: story_rows(s, model, registry, pair_model, embed, answers, args.across) for s in story_names()}
    halves = {name: [rows[s] for s in stories] for name, stories in zip(("first", "second"), story_halves(list(rows)))}
    held_out = {}
    for train, test in (("first", "second"), ("second", "first")):
        m = fit(halves[train])
        threshold = choose(m, halves[train])
        held_out[test] = {"threshold": threshold, **score(m, halves[test], threshold)}
        print(f"fit on the {train} half (threshold {threshold}), {test} half: {held_out[test]}")
        without = choose_and_score(m, halves[train], halves[test])
        print(f"    the same, linking to mentions that cite the denier too: {without}")
    everything = list(rows.values())
    final = fit(everything)
    threshold = choose(final, everything)
    on_all = score(final, everything, threshold)
    print(f"shipped: threshold {threshold}, on all stories (seen in fitting): {on_all}")
    print("weights:", dict(zip(FEATURES, np.round(final.coef_[0], 3))), "bias", round(float(final.intercept_[0]), 3))
    LinkModel(final.coef_[0], float(final.intercept_[0]), threshold, {
        "trained_on": f"{len(everything)} development stories, {len(answers)} gold denial claims "
                      f"({args.links.name}), {sum(len(r['denials']) for r in everything)} denials found in gold claims",
        "held_out": held_out, "command": "python training/claims/train_denials.py"}).save(args.out)
    print("wrote", args.out)


if __name__ == "__main__":
    main(sys.argv[1:])
