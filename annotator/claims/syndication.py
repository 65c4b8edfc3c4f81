"""Articles that carry the same text: one wire story reprinted by several publishers is one
report, however many mastheads carry it, and a reader counting "carried by 6 publishers" should
be told."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

MIN_WORDS = 8   # shorter sentences (datelines, "Read more", captions) are shared by chance
MIN_SHARED = 3  # so two articles that share a quotation or two are not copies
SHARE = 0.5     # of the shorter article's sentences: a regional paper edits some of the wire copy it reruns
_QUOTED = re.compile(r"[\"“”«»]")
MAX_HOLDERS = 200  # a sentence in more articles than this is boilerplate, and pairing them all is slow


def same_text(sentences: list[dict]) -> dict[str, str]:
    """Each article id that repeats an earlier article's text -> that article's id (the first of
    its family in input order); articles of their own are left out. ``sentences`` are claim
    mentions, so headlines and furniture, which many pages share, do not count. Two articles
    repeat each other when at least ``SHARE`` of the shorter one's distinct sentences of
    ``MIN_WORDS`` words or more (and at least ``MIN_SHARED``) appear word for word in the other;
    sentences holding a quotation are left out, since independent reports quote one statement alike.
    A sentence in more than ``MAX_HOLDERS`` articles is left out, so a story reprinted more often
    than that is not found."""
    texts: dict[str, set[str]] = defaultdict(set)
    for s in sentences:
        words = s["text"].split()
        if len(words) >= MIN_WORDS and not _QUOTED.search(s["text"]):  # independent reports quote one statement
            texts[s["article"]].add(" ".join(words).lower())
    holders: dict[str, list[str]] = defaultdict(list)
    for article, keys in texts.items():
        for key in keys:
            holders[key].append(article)
    shared: Counter = Counter()
    for articles in holders.values():
        if 1 < len(articles) <= MAX_HOLDERS:
            for i, a in enumerate(articles):
                for b in articles[i + 1:]:
                    shared[a, b] += 1
    order = {a: k for k, a in enumerate(dict.fromkeys(s["article"] for s in sentences))}
    parent = {a: a for a in texts}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for (a, b), n in sorted(shared.items(), key=lambda item: (order[item[0][0]], order[item[0][1]])):
        if n >= MIN_SHARED and n >= SHARE * min(len(texts[a]), len(texts[b])):
            ra, rb = sorted((find(a), find(b)), key=order.get)
            parent[rb] = ra
    return {a: root for a in texts if (root := find(a)) != a}
