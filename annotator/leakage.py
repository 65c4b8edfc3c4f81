"""Near-duplicate detection between training sentences and evaluation sentences.

Two measures, either of which flags a pair: word-trigram containment (how much
of the evaluation sentence's wording reappears) and character n-gram TF-IDF
cosine (catches light paraphrase and re-ordering).
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[\w']+")


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = [w.lower() for w in _WORD.findall(text)]
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def near_duplicates(train: list[str], held_out: list[str], containment: float = 0.5,
                    cosine: float = 0.8, min_words: int = 6) -> list[dict]:
    """Pairs (train, held-out) that share too much wording; held-out sentences under ``min_words`` are ignored."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    candidates = [h for h in held_out if len(_WORD.findall(h)) >= min_words]
    if not candidates or not train:
        return []
    vectoriser = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    vectoriser.fit(train + candidates)
    sims = (vectoriser.transform(candidates) @ vectoriser.transform(train).T).toarray()
    train_grams = [_trigrams(t) for t in train]
    found = []
    for i, held in enumerate(candidates):
        grams = _trigrams(held)
        for j in sims[i].argsort()[::-1][:20]:
            contained = len(grams & train_grams[j]) / len(grams) if grams else 0.0
            if sims[i, j] >= cosine or contained >= containment:
                found.append({"held_out": held, "train": train[j], "cosine": round(float(sims[i, j]), 3),
                              "containment": round(contained, 3)})
    return found


def max_similarity(train: list[str], held_out: list[str]) -> tuple[float, float]:
    """Highest cosine and containment seen over all pairs (for reporting the margin)."""
    found = near_duplicates(train, held_out, containment=0.0, cosine=0.0)
    return (max((f["cosine"] for f in found), default=0.0), max((f["containment"] for f in found), default=0.0))
