"""Denials: a sentence whose main clause has a source deny something ("Abu Dhabi denies that any of
its forces are in Abyan", "The ministry dismissed the reports as a lie", "Yerevan denies it"), and
the claim mention it denies, so that claim can say who disputes it.

A denial is a claim of its own (that the source denies). Its candidates are the earlier mentions of
its article and the mentions of other articles most alike to what it denies (:func:`link_candidates`);
a logistic model (:class:`LinkModel`, fitted by ``training/claims/train_denials.py``) scores each
from how alike they are, whether the candidate names the denier, how far back it is, and whether
the denial only refers back ("it", "the allegation"), and the best candidate above its threshold
is linked, leaving out any that cites the denier itself (nobody denies what he says).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import ModelError
from ..mentions import COLON_DATELINE
from .signals import _NAME_TOKEN, anchors

DEFAULT_LINKS = Path(__file__).resolve().parent.parent / "data" / "denial-links.json"
ACROSS = 10  # mentions of other articles a denial may deny, the most alike to what it denies (2, 5, 10 measured)
BEFORE = 30  # earlier mentions of its own article a denial may deny, the nearest

_VERB = (r"den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|disput(?:e|es|ed)|refute[ds]?|rebut(?:s|ted)?|"
         r"contest(?:s|ed)?|call(?:s|ed)?|describ(?:es|ed)|brand(?:s|ed)|label(?:s|led|ed)?")
_ANY_VERB = re.compile(r"\b(?:" + _VERB + r")\b", re.I)
# An opening phrase before the subject: "In a statement on Monday,", "Late on Tuesday,", "Speaking in Geneva,".
_OPENING = (rf"(?:{COLON_DATELINE})?"  # "QUETTA: "
            r"(?:(?:In|On|At|By|Late|Early|Later|Earlier|Meanwhile|However|But|Separately|For its part|In response|"
            r"Like|Unlike|After|Before|During|[A-Z][a-z]+ing)\b[^,]{0,60},\s*)?")
# The subject, then what may stand between it and its verb ("has flatly", "continues to"); never a
# negation or a modal ("has not denied", "could hardly deny").
_MAIN = re.compile(r"^" + _OPENING +
                   r"(?P<subject>(?!(?:Nobody|No|None|Neither|Few|Nothing|What|Where|When|How|Why|Whether|After|Before|"
                   r"While|As|If|Although|Though|Because|Since|Once|Until|Unless|Like|Unlike|On|In|At|During|Asked)\b)"
                   r"(?:the\s+)?[A-Z][^;:\"“”]{0,100}?)"
                   r",?\s+(?:(?:has|have|had|also|since|swiftly|flatly|strongly|angrily|repeatedly|always|previously|"
                   r"consistently|categorically|vehemently|firmly|publicly|quickly|immediately|later|again|so far|"
                   r"continues? to|continued to|at first|however,?|on \w+|in a statement,?)\s+)*"
                   r"(?P<verb>" + _VERB + r")\b(?P<object>.*)$", re.S)
# A subject that is none: a clause ("Officials say Moscow", "The denial came as Moscow"), a relative
# clause, or a lower-case continuation ("…a coup, a charge they").
_NOT_SUBJECT = re.compile(r"\b(?:which|who|whose|that|said|says|say|told|tells|reported|reports|according|believe[sd]?|"
                          r"think|thinks|claim|claims|claimed|came|comes|as|after|while|when|whether|if|because|"
                          r"although|though|since|before|until)\b|,\s*(?-i:[a-z])", re.I)
_ASIDE = re.compile(r",\s*(?:speaking|asked|writing|interviewed)\b[^,]*,?$|,\s*(?:speaking|asked|writing|interviewed)\b[^,]*,|"
                    # "Col. X, the SPLA-IO's spokesman,": his post, no clause of its own
                    r",\s*(?:the|a|an)\s+[^,]{1,60}?\b(?:spokes(?:man|woman|person)|commander|chief|head|leader|minister|"
                    r"director|official|representative)\s*,?$")
# A subject ending where no subject ends: "the contested strip", "Moscow did not", "The claim was",
# "The government's disputed figures".
_DANGLING = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|of|in|into|on|at|by|for|from|with|to|and|or|nor|been|be|"
                       r"being|was|were|is|are|not|never|hardly|did|does|do|could|can|cannot|would|will|may|might|"
                       r"should|must|neither)|n['’]t|['’]s?)$", re.I)
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
# What "deny", "dispute" and "contest" take when they deny a claim: a clause ("that …", "the talks
# had stalled"), an act ("carrying out the strike"), a part in something ("any involvement"); not
# "bail", "him entry", "the election", "600 seats".
_DENIED_FACT = re.compile(r"^\s+(?:that\b|(?:in\s+\w+\s+)?that\b|[a-z]+ing\b|(?:any|all|a|its|their|his|her|the)?\s*"
                          r"(?:[\w'’-]+\s+){0,2}?(?:involvement|responsibility|role|link|links|part|knowledge|wrongdoing|"
                          r"presence|connection|ties|participation|complicity|hand)\b|(?:the|its|their|any|a|an)\s+"
                          r"(?:[\w'’-]+\s+){0,4}?(?:had|has|have|was|were|is|are|would|could|did)\b)", re.I)
# "denied the burning", "deny the loss of the town", "denies any arrangement with …"; not a
# permission withheld ("denied the journalists entry").
_DENIED_EVENT = re.compile(r"^\s+(?:the|any|all)\s+[\w'’-]+", re.I)
_WITHHELD = re.compile(r"^(?:\s+[\w'’-]+){1,4}?\s+(?:entry|access|visas?|bail|permission|permits?|passage|a\s+hearing)\b", re.I)
_WHEN = re.compile(r"^\s+(?:on|in|at|this|last|late|early)\s+(?:an?\s+)?[\w-]+(?=\s+(?:that|an?|the|any|[a-z]+ing)\b)", re.I)
_FALSE = re.compile(r"\b(?:false|baseless|fabricat\w*|lies?|propaganda|fake|groundless|unfounded|untrue|disinformation|"
                    r"provocation|nonsense|absurd|slander\w*|smear|rumou?rs?|invention|fiction|fantasy|lying)\b", re.I)
_BACK = re.compile(r"^\W*$|^\s+(?:it|this|that|them|so)(?:\W*$|\s*[;.]|,\s*(?:saying|calling|insisting|adding|describing|"
                   r"claiming|arguing)\b|,\s*[^,]{0,60}\b(?:said|says|reported|reports|quoted|added)\W*$|\s+(?:as|all|outright|entirely|completely|too|either)\b)|^\s+(?:the|that|this|these|"
                   r"those|such)\s+(?:[\w'’-]+\s+){0,2}?(?:" + _CLAIM_NOUN + r")\b(?!\s+(?:that|of|by|from|in|about|on|to)\b)"
                   r"|^\s+(?:any|all)\s+(?:involvement|role|responsibility|part)\W*$", re.I)


def _main(text: str):
    """The match of a denial's main clause, with its subject checked, or None."""
    m = _MAIN.match(text.strip())
    subject = _ASIDE.sub("", m.group("subject")) if m else ""  # "The minister, speaking on state television,"
    if m is None or _NOT_SUBJECT.search(subject) or len(subject.split()) > 12 or _DANGLING.search(subject):
        return None
    return m


@lru_cache(maxsize=1 << 14)  # each sentence is asked about as a denial and again as a candidate
def denial(text: str) -> str | None:
    """What a sentence denying something in its main clause says after the verb ("that any of its
    forces are in Abyan", " the reports as a lie", " it."), or None when it is no such denial."""
    m = _main(text) if _ANY_VERB.search(text) else None  # most sentences hold no such verb: skip the clause parse
    if m is None:
        return None
    verb, rest = m.group("verb").lower(), m.group("object")
    said = _WHEN.sub("", rest, count=1)  # "denied on Tuesday that …", "denied in a communiqué that …"
    if _SPEECH.match(verb):  # "called the mining accusation 'a fabrication'"
        return rest if _CLAIM_OBJECT.match(said) and _FALSE.search(said[:120]) else None
    claimed = _CLAIM_OBJECT.match(said) or _BACK.match(said) or _FALSE.match(said.strip(" as"))
    if verb.startswith(("den", "disput", "contest")):  # "denied that …", "denies arming the M23", "the talks had stalled"
        event = verb.startswith("den") and _DENIED_EVENT.match(said) and not (_PROPOSAL.match(said) or _WITHHELD.match(said))
        return rest if claimed or _DENIED_FACT.match(said) or event else None
    if _PROPOSAL.match(said) or not (claimed or said.lstrip().lower().startswith(("that", "as "))):
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
    m = _main(text)
    return _ASIDE.sub("", m.group("subject")) if m else ""


def link_features(mentions: list[dict], k: int, candidates: list[int], embed, dense: np.ndarray | None = None) -> np.ndarray:
    """One row of :data:`FEATURES` per candidate ``j`` (an index into ``mentions``): how similar
    what ``k`` denies is to ``j`` (``embed`` maps texts to L2-normalised vectors; the candidates'
    are their rows of ``dense`` when given, as for :func:`link_candidates`), whether ``j`` names the
    denier ("Kigali denies …" beside "Rwandan troops …"), whether ``j`` is itself a denial or cites
    a source, how far back it is, and whether ``k`` only refers back ("Yerevan denies it")."""
    text = mentions[k]["text"]
    rest = denial(text) or ""
    back = refers_back(rest)
    denier = _actors(_subject(text))
    said = anchors(rest)
    own = np.asarray(embed([rest.strip() or text, text]), dtype=np.float32)
    if dense is None:
        targets = np.asarray(embed([mentions[j]["text"] for j in candidates]), dtype=np.float32)
    else:  # what each candidate asserts, already embedded for grouping: no second encoder pass
        targets = dense[candidates]
    by_rest, by_whole = targets @ own[0], targets @ own[1]
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
    deny: the earlier ones of its article (the last ``BEFORE``), then the ``across`` of other
    articles whose rows of ``dense`` (L2-normalised embeddings of what each mention asserts:
    :func:`~.vectors.dense_part`) are most like what it denies (``embed``: the same encoder), when
    given. Never a mention of its own group (``group_of[k]``); a sentence of group None (too short
    to be a claim) may deny but is never denied."""
    out, earlier = {}, {}
    for k, m in enumerate(mentions):
        before = earlier.setdefault(m["article"], [])
        if denial(m["text"]) is not None:
            out[k] = [j for j in before if group_of[j] != group_of[k]][-BEFORE:]
        if group_of[k] is not None:
            before.append(k)
    if dense is not None and across and out:
        _add_across(out, mentions, group_of, dense, embed, across)
    return {k: js for k, js in out.items() if js}


def _add_across(out: dict, mentions: list[dict], group_of: list, dense: np.ndarray, embed, across: int) -> None:
    """Append to each denial's candidates in ``out`` the ``across`` mentions of other articles most
    like what it denies: one encoder batch for the denials, one matrix product per block of them."""
    codes = {a: i for i, a in enumerate(dict.fromkeys(m["article"] for m in mentions))}
    article = np.array([codes[m["article"]] for m in mentions], dtype=np.int64)
    claim = np.array([-1 if g is None else g for g in group_of], dtype=np.int64)
    eligible = np.flatnonzero(claim != -1)
    if not len(eligible):
        return
    denials = list(out)
    queries = np.asarray(embed([denial(mentions[k]["text"]).strip() or mentions[k]["text"] for k in denials]),
                         dtype=np.float32)
    pool = dense[eligible].astype(np.float32)
    article, claim = article[eligible], claim[eligible]  # what each pooled mention is, beside the denials' own
    own_article = {k: codes[mentions[k]["article"]] for k in denials}
    own_claim = {k: -1 if group_of[k] is None else group_of[k] for k in denials}
    for start in range(0, len(denials), 256):  # a block of 256 denials by 50,000 mentions is 51 MB
        block = denials[start:start + 256]
        scores = queries[start:start + len(block)] @ pool.T
        for row, k in enumerate(block):
            mask = (article == own_article[k]) | (claim == own_claim[k])
            scores[row, mask] = -np.inf
            allowed = int((~mask).sum())
            if not allowed:
                continue
            take = min(across, allowed)
            top = np.argpartition(-scores[row], take - 1)[:take]
            top = top[np.argsort(-scores[row, top], kind="stable")]
            out[k] = out[k] + [int(eligible[i]) for i in top]


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
                 dense: np.ndarray | None = None, own=None) -> list[tuple[int, int]]:
    """(denial, denied) pairs of indices into ``mentions``: each denial linked to the candidate
    (:func:`link_candidates`) that ``model`` finds most probably denied, leaving out those where
    ``own(denial, candidate)`` says the denier is a source the candidate cites (nobody denies what
    he says). ``embed`` should remember what it encoded (:func:`~.vectors.memo_embed`): the
    denials are encoded once, together."""
    links = []
    found = link_candidates(mentions, group_of, dense, embed)
    if found:  # one encoder batch; ``embed`` keeps them
        embed([t for k in found for t in (denial(mentions[k]["text"]).strip() or mentions[k]["text"], mentions[k]["text"])])
    for k, candidates in found.items():
        p = model.proba(link_features(mentions, k, candidates, embed, dense))
        if own is not None:
            p = np.where([own(k, j) for j in candidates], 0.0, p)
        if p.max() >= model.threshold:
            links.append((k, candidates[int(p.argmax())]))
    return links


def denier(text: str, registry, carrier: str = ""):
    """The source a denial's subject names ("Moscow", "The Tajik defence ministry", "Grey
    Lantern"), as a disputing :class:`~.article.Attribution`; None for a pronoun ("He denied
    …"), which only the article's memory resolves."""
    from ..mentions import dateline_end
    from .article import Attribution
    from .posts import _PRONOUN
    from .speaker import _identity
    from .names import _state_of_name

    text = text[dateline_end(text, registry):]  # "ANKARA (AFP) - Turkey's defence ministry denied …": not AFP
    subject = _subject(text)
    if not subject or _PRONOUN.match(subject):
        return None
    start = text.find(subject)
    source = next((r.source for r in registry.find(text) if start <= r.start < start + len(subject)), None)
    if source is not None:
        return Attribution(source.label, source, carrier=carrier, disputes=True)
    return Attribution("on_record", None, _identity(subject) or " ".join(subject.lower().split()), subject,
                       carrier=carrier, office=_state_of_name(subject) or "", disputes=True)
