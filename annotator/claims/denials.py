"""Denials: a sentence whose main clause has a source deny something ("Abu Dhabi denies that any of
its forces are in Abyan", "The ministry dismissed the reports as a lie", "Yerevan denies it"), and
the claim mention it denies, so that claim can say who disputes it.

A denial is a claim of its own (that the source denies). Its candidates are the earlier mentions of
its article and the mentions of other articles most alike to what it denies (:func:`link_candidates`);
a logistic model (:class:`LinkModel`, fitted by ``training/claims/train_denials.py``) scores each
from how alike they are, whether the candidate names the denier, how far back it is, and whether
the denial only refers back ("it", "the allegation"), and the best candidate above its threshold
is linked.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import ModelError
from .signals import _NAME_TOKEN, anchors

DEFAULT_LINKS = Path(__file__).resolve().parent.parent / "data" / "denial-links.json"
ACROSS = 10  # mentions of other articles a denial may deny, the most alike to what it denies (2, 5, 10 measured)

_VERB = (r"den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|disput(?:es|ed)|refute[ds]?|rebut(?:s|ted)?|"
         r"contest(?:s|ed)?|call(?:s|ed)?|describ(?:es|ed)|brand(?:s|ed)|label(?:s|led|ed)?")
# The subject, then what may stand between it and its verb ("has flatly", "continues to").
_MAIN = re.compile(r"^(?:(?:In|On|At|By|Later|Earlier|Meanwhile|However|But|For its part|In response)\b[^,]{0,60},\s*)?"
                   r"(?P<subject>(?!(?:Nobody|No|None|Neither|Few|Nothing|What|Where|When|How|Why|Whether)\b)(?:the\s+)?[A-Z][^;:\"“”]{0,100}?)"
                   r",?\s+(?:(?:has|have|had|also|since|swiftly|flatly|strongly|angrily|repeatedly|always|previously|"
                   r"consistently|categorically|vehemently|firmly|publicly|quickly|immediately|later|again|so far|"
                   r"continues? to|continued to|at first|however,?|on \w+|in a statement,?|not)\s+)*"
                   r"(?P<verb>" + _VERB + r")\b(?P<object>.*)$", re.S)
_NOT_SUBJECT = re.compile(r"\b(?:which|who|whose|that|said|says|told|reported|reports|according)\b|,\s*(?-i:[a-z])", re.I)
_ASIDE = re.compile(r",\s*(?:speaking|asked|writing|interviewed)\b[^,]*,?$|,\s*(?:speaking|asked|writing|interviewed)\b[^,]*,")
_DANGLING = re.compile(r"\b(?:the|a|an|its|their|his|her|of|in|into|on|at|by|for|from|with|to|and|or|nor|been|be|being)$", re.I)  # "the contested strip"
_SPEECH = re.compile(r"^(?:call|describ|brand|label)", re.I)
# What a denial may deny: a claim, not a proposal ("rejected calls for a ceasefire", "the ultimatum").
_CLAIM_NOUN = (r"claims?|reports?|allegations?|accusations?|accounts?|charges?|suggestions?|assertions?|figures?|"
               r"tolls?|versions?|story|stories|footage|videos?|recordings?|images|photos|findings|numbers?|"
               r"estimates?|rumou?rs?|statements?|assessment|descriptions?")
_CLAIM_OBJECT = re.compile(r"^\s+(?:as\s+[^,]{1,60}?\s+)?(?:(?:the|these|those|such|any|all|that|this|its|their|his|her|"
                           r"[A-Z][\w'’-]*['’]s?)\s+)?(?:[\w'’-]+\s+){0,3}?(?:" + _CLAIM_NOUN + r")\b", re.I)
_PROPOSAL = re.compile(r"^\s+(?:the\s+|an?\s+|any\s+|all\s+)?(?:[\w'’-]+\s+){0,2}?(?:calls?|demands?|offers?|proposals?|plans?|"
                       r"ceasefire|truce|ultimatum|deal|requests?|appeals?|bids?|invitations?|resolution|talks|peace|"
                       r"terms|conditions|idea|notion|pressure|help|aid)\b", re.I)
_FALSE = re.compile(r"\b(?:false|baseless|fabricat\w*|lies?|propaganda|fake|groundless|unfounded|untrue|disinformation|"
                    r"provocation|nonsense|absurd|slander\w*|smear|rumou?rs?|invention|fiction|fantasy|lying)\b", re.I)
_BACK = re.compile(r"^\W*$|^\s+(?:it|this|that|them|so)(?:\W*$|\s*[,;.]|\s+(?:as|all|outright|entirely|completely|too|either)\b)|^\s+(?:the|that|this|these|"
                   r"those|such)\s+(?:[\w'’-]+\s+){0,2}?(?:" + _CLAIM_NOUN + r")\b(?!\s+(?:that|of|by|from|in|about|on|to)\b)"
                   r"|^\s+(?:any|all)\s+(?:involvement|role|responsibility|part)\W*$", re.I)


def denial(text: str) -> str | None:
    """What a sentence denying something in its main clause says after the verb ("that any of its
    forces are in Abyan", " the reports as a lie", " it."), or None when it is no such denial."""
    m = _MAIN.match(text.strip())
    subject = _ASIDE.sub("", m.group("subject")) if m else ""  # "The minister, speaking on state television,"
    if m is None or _NOT_SUBJECT.search(subject) or len(subject.split()) > 12 or _DANGLING.search(subject):
        return None
    verb, rest = m.group("verb"), m.group("object")
    if _SPEECH.match(verb):  # "called the mining accusation 'a fabrication'"
        return rest if _CLAIM_OBJECT.match(rest) and _FALSE.search(rest[:120]) else None
    if _PROPOSAL.match(rest):
        return None
    if verb[:3].lower() in ("rej", "dis") and not (_CLAIM_OBJECT.match(rest) or _BACK.match(rest) or _FALSE.match(rest.strip(" as"))
                                                   or rest.lstrip().lower().startswith(("that", "as "))):
        return None  # "rejected the 2016 peace deal", "dismissed the army chief"
    return rest


def refers_back(rest: str) -> bool:
    """Whether what a denial denies is named only by a back-reference ("it", "the allegation",
    "any involvement"), so it is the claim just before."""
    return bool(_BACK.match(rest))



FEATURES = ("similarity", "most_similar", "similarity_whole", "most_similar_whole", "denier_named", "no_denier_anchor",
            "target_denies", "target_attributed", "log_distance", "back_reference", "back_reference_nearest",
            "shared_anchor", "shared_anchors", "same_article")


def _actors(text: str) -> frozenset[str]:
    """The actors and places a text names (:func:`~.signals.anchors`, its first word included),
    with every state by any of its names (:func:`~.names._state_word`: "Tajik" and "Dushanbe" are
    both TAJIKISTAN)."""
    from .names import _state_word

    return anchors("x " + text) | {s for t in _NAME_TOKEN.findall(text) if (s := _state_word(t))}


def _subject(text: str) -> str:
    m = _MAIN.match(text.strip())
    return _ASIDE.sub("", m.group("subject")) if m else ""


def link_features(mentions: list[dict], k: int, candidates: list[int], embed) -> np.ndarray:
    """One row of :data:`FEATURES` per candidate ``j`` (an index into ``mentions``, earlier in the
    article than the denial ``k``): how similar what ``k`` denies is to ``j`` (``embed`` maps texts
    to L2-normalised vectors), whether ``j`` names the denier ("Kigali denies …" beside "Rwandan
    troops …"), whether ``j`` is itself a denial or cites a source, how far back it is, and whether
    ``k`` only refers back ("Yerevan denies it")."""
    text = mentions[k]["text"]
    rest = denial(text) or ""
    back = refers_back(rest)
    denier = _actors(_subject(text))
    said = anchors(rest)
    vectors = np.asarray(embed([rest.strip() or text, text] + [mentions[j]["text"] for j in candidates]))
    by_rest, by_whole = vectors[2:] @ vectors[0], vectors[2:] @ vectors[1]
    rows = []
    nearest = max((j for j in candidates if mentions[j]["article"] == mentions[k]["article"]), default=None)
    for i, j in enumerate(candidates):
        here = mentions[j]["article"] == mentions[k]["article"]
        target = anchors(mentions[j]["text"])
        actors = _actors(mentions[j]["text"])
        rows.append([by_rest[i] * (not back), float(i == by_rest.argmax() and not back), by_whole[i],
                     float(i == by_whole.argmax()), float(bool(denier & actors)), float(not denier),
                     float(denial(mentions[j]["text"]) is not None), float(bool(mentions[j].get("labels"))),
                     math.log(max(1, mentions[k].get("index", 0) - mentions[j].get("index", 0))) if here else 0.0, float(back),
                     float(back and j == nearest), float(bool(said & target)), float(len(said & target)), float(here)])
    return np.array(rows, dtype=float).reshape(len(candidates), len(FEATURES))


def link_candidates(mentions: list[dict], group_of: list, dense: np.ndarray | None = None, embed=None,
                    across: int = ACROSS) -> dict[int, list[int]]:
    """Each denial among ``mentions`` (sentences in article order) with the claim mentions it may
    deny: the earlier ones of its article, then the ``across`` of other articles whose rows of
    ``dense`` (L2-normalised embeddings of what each mention asserts, :func:`~.vectors.similarity_vectors`'
    dense part) are most like what it denies (``embed``: the same encoder), when given. Never a
    mention of its own group (``group_of[k]``); a sentence of group None (too short to be a claim)
    may deny but is never denied."""
    out, earlier = {}, {}
    codes = {a: i for i, a in enumerate(dict.fromkeys(m["article"] for m in mentions))}
    article = np.array([codes[m["article"]] for m in mentions], dtype=np.int64)
    claim = np.array([-1 if g is None else hash(g) for g in group_of], dtype=np.int64)
    for k, m in enumerate(mentions):
        before = earlier.setdefault(m["article"], [])
        rest = denial(m["text"])
        if rest is not None:
            others = [j for j in before if group_of[j] != group_of[k]]
            far = np.flatnonzero((article != article[k]) & (claim != claim[k]) & (claim != -1) if group_of[k] is not None
                                 else (article != article[k]) & (claim != -1))
            if dense is not None and across and len(far):
                query = np.asarray(embed([rest.strip() or m["text"]]), dtype=np.float32)[0]
                near = np.argsort(-(dense[far] @ query), kind="stable")[:across]
                others += [int(far[i]) for i in near]
            if others:
                out[k] = others
        if group_of[k] is not None:
            before.append(k)
    return out


@dataclass
class LinkModel:
    """Logistic regression over :data:`FEATURES`: a denial is linked to its most probable candidate
    when that probability is at least ``threshold``."""

    weights: np.ndarray
    bias: float
    threshold: float
    meta: dict

    def proba(self, features: np.ndarray) -> np.ndarray:
        """The probability that each row's candidate is what the denial denies."""
        return 1 / (1 + np.exp(-(features @ self.weights + self.bias)))

    def save(self, path: Path) -> None:
        """Write the model as JSON."""
        Path(path).write_text(json.dumps({"features": list(FEATURES), "weights": [round(float(w), 6) for w in self.weights],
                                          "bias": round(float(self.bias), 6), "threshold": self.threshold,
                                          **self.meta}, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path = DEFAULT_LINKS) -> "LinkModel":
        """Read a model written by :meth:`save`."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
            if tuple(data["features"]) != FEATURES:
                raise ValueError(f"features {data['features']} are not {list(FEATURES)}")
            meta = {k: v for k, v in data.items() if k not in ("features", "weights", "bias", "threshold")}
            return cls(np.array(data["weights"], dtype=float), float(data["bias"]), float(data["threshold"]), meta)
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise ModelError(f"cannot read the denial-link model {path}: {e}; retrain it with "
                             "`python training/claims/train_denials.py`") from e


def denial_links(mentions: list[dict], group_of: list, embed, model: LinkModel,
                 dense: np.ndarray | None = None) -> list[tuple[int, int]]:
    """(denial, denied) pairs of indices into ``mentions``: each denial linked to the candidate
    (:func:`link_candidates`) that ``model`` finds most probably denied."""
    links = []
    for k, candidates in link_candidates(mentions, group_of, dense, embed).items():
        p = model.proba(link_features(mentions, k, candidates, embed))
        if p.max() >= model.threshold:
            links.append((k, candidates[int(p.argmax())]))
    return links


def denier(text: str, registry, carrier: str = ""):
    """The source a denial's subject names ("Moscow", "The Tajik defence ministry", "Grey
    Lantern"), as a disputing :class:`~.attribution.Attribution`; None for a pronoun ("He denied
    …"), which only the article's memory resolves."""
    from .attribution import _PRONOUN, Attribution, _identity
    from .names import _state_of_name

    subject = _subject(text)
    if not subject or _PRONOUN.match(subject):
        return None
    start = text.find(subject)
    source = next((r.source for r in registry.find(text) if start <= r.start < start + len(subject)), None)
    if source is not None:
        return Attribution(source.label, source, carrier=carrier, disputes=True)
    return Attribution("on_record", None, _identity(subject) or " ".join(subject.lower().split()), subject,
                       carrier=carrier, office=_state_of_name(subject) or "", disputes=True)
