"""Claims: group sentences that assert the same thing across articles and profile their sourcing.

Three steps, each in a module of its own, and :func:`build_claims` here, which runs them:

1. :mod:`.signals`: :func:`claim_problem` decides which sentences are claim mentions (checkable
   statements); each mention's :class:`Signature` holds what the guards read (figures, years,
   anchors, kinds of action of its :func:`proposition`, the sentence without its attribution).
2. :mod:`.vectors` and :mod:`.grouping`: :func:`group` joins mentions of one proposition.
   Similarity (:func:`similarity_vectors`) mixes the claim encoder's embedding
   (:func:`claim_embed`: MiniLM distilled to four layers and trained for claim matching on the
   development stories) with TF-IDF word overlap of the proposition; pairs merge most similar
   first with average linkage. Figures or years that disagree never merge; a shared figure, or a
   shared anchor (a named actor or place, demonyms folded: "Iranian", "Iran-backed", "Tehran" are
   all IRAN) together with a shared kind of action (attack, capture, kill, ...), lowers the
   similarity needed. Candidate pairs come from all pairs up to ``EXACT_LIMIT`` distinct
   sentences and from k-means cells above it (each sentence in its four nearest cells), so the
   cost grows about as n^1.5, not n^2. With the shipped pair scorer,
   :func:`annotator.claim_pairs.group_scored` groups instead, on the same vectors and signatures.
3. :mod:`.attribution`, :mod:`.names` and :mod:`.origins`: :func:`attributions` and
   :func:`claim_origins` resolve each mention's sources to independent origins, following relay
   chains to the deepest origin; :mod:`annotator.scoring` scores them.

The settings (:mod:`.settings`: ``SIMILARITY``, ``FIGURE_BONUS``, ``ANCHOR_BONUS``,
``LEXICAL_WEIGHT``, ``PROPOSITION_MIX``) are swept on the development stories
(``training/claims/stories/``) and checked on ``training/claims/dev-clusters.jsonl`` and
``dev-pairs.jsonl`` (all about other events than the seed articles), never on the seed gold;
``eval/gold/CLAIMS.md`` has the measurements.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path

import numpy as np

from ..acronyms import article_registry, definitions
from ..registry import Registry
from ..scoring import flags, grade, load_scoring, score
from ..taxonomy import BY_NAME, LABEL_NAMES
from .article import Attribution, _Article
from .attribution import attributions
from .cues import HEDGE, OUTLETS, hedges
from .disputes import denied_here
from .denials import LinkModel, denial, denial_links, denier, refers_back
from .grouping import PairFloor, candidate_pairs, group
from .origins import claim_origins, disputers, owned_outlet
from .syndication import same_text
from .settings import (ANCHOR_BONUS, EXACT_LIMIT, FIGURE_BONUS, LEXICAL_WEIGHT, MIN_WORDS, PRECISE_FIGURE_BONUS,
                       PROPOSITION_MIX, SIMILARITY, SKETCH_DIMS)
from .figures import figures, figures_agree, precise, shares_precise_figure
from .signals import (Signature, accused, actions, anchors, claim_problem, compatible, doers, leading_note,
                      needed_similarity, note_fits, note_hedges, note_on_both, note_on_material, note_on_two,
                      note_owner, note_reaches, proposition, signature, verification_note, years)
from .vectors import (claim_cores, claim_embed, claim_encoder_dir, dense_part, lexical_sketch, memo_embed,
                      similarity_vectors, small_claim_encoder_dir, stop_words)

__all__ = ["ANCHOR_BONUS", "EXACT_LIMIT", "FIGURE_BONUS", "HEDGE", "hedges", "LEXICAL_WEIGHT", "MIN_WORDS", "OUTLETS",
           "PRECISE_FIGURE_BONUS", "PROPOSITION_MIX", "SIMILARITY", "SKETCH_DIMS", "Attribution", "PairFloor",
           "Signature", "actions", "anchors", "attributions", "build_claims", "candidate_pairs", "claim_cores",
           "claim_embed", "claim_encoder_dir", "claim_origins", "claim_problem", "compatible", "figures",
           "figures_agree", "group", "lexical_sketch", "memo_embed", "needed_similarity", "precise", "proposition",
           "shares_precise_figure", "shipped_pair_model", "signature", "similarity_vectors",
           "small_claim_encoder_dir", "stop_words", "years"]


def _explain(origins: list[dict], carriers: list[dict], claim_flags: list[str], against: list[str],
             repeat: str = "weakest") -> str:
    """One line a reader can check against the profile; an origin cited as several types says
    whether it was scored at its weakest or strongest citation (``repeat`` of the scoring weights)."""
    named = [o["name"] + (f" via {', '.join(o['via'])}" if o["via"] else "")
             + (f" (cited as {' and '.join(_in_text(t) for t in o['cited_as'])}: scored at its {repeat})"
                if len(o["cited_as"]) > 1 else "") for o in origins]
    if not named:
        head = "No source named"
    else:
        listed = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
        head = f"{len(named)} independent origin{'s' if len(named) != 1 else ''}: {listed}"
    by_id = sum(c["by"] == "article id" for c in carriers)
    tail = f"; carried by {len(carriers)} publisher{'s' if len(carriers) != 1 else ''}"
    if by_id:
        tail += f" ({by_id} counted by article id: no publisher given)"
    reprints: dict[str, list[str]] = {}
    for c in carriers:
        if c.get("same_text_as"):
            reprints.setdefault(c["same_text_as"], [c["same_text_as"]]).append(c["name"])
    for names in reprints.values():
        tail += f" ({', '.join(names[:-1])} and {names[-1]} print the same text)"
    extra = [f.replace("_", " ") for f in claim_flags if f in ("anonymous_only", "pro_regime_only", "unverified")]
    if against:
        extra.append("disputed by " + ", ".join(against))
    return head + tail + (f"; {', '.join(extra)}" if extra else "")


def denying(sentence: dict, found: list[Attribution], registry: Registry, memory: dict) -> list[Attribution]:
    """Who denies in a denial sentence, as disputing attributions: its subject where it names
    someone ("Moscow dismissed the reports as propaganda", not the BBC of "…, which were first
    reported by the BBC"); for a pronoun or a bare description ("He denied it", "The ministry
    rejected …"), the sources read from the sentence that name someone (the article's memory
    resolves them), else the description, or nobody."""
    subject = denier(sentence["text"], registry, memory[sentence["article"]].carrier)
    if subject is not None and (subject.source is not None or _NAMED.search(subject.speaker_name)):
        return [subject]
    named = [replace(a, disputes=True) for a in found if not a.disputes and (a.source or a.speaker)
             and a.type not in OUTLETS]
    return named or ([subject] if subject is not None else [])


def denies_itself(denier: list[Attribution], claimed: list[Attribution], registry: Registry) -> bool:
    """Whether a denial's named source is one a mention cites as its own ("The spokesman denied
    that any civilians were killed" is not a denial of the junta's own "no civilians were harmed",
    nor is the Kremlin's denial one of the defence ministry's own claim): nobody denies what he says."""
    # a registered denier by its registered name only ("The military" read as Russia's ministry is
    # not Ukraine's military); an unresolved description ("The government denied") by nobody
    named = [replace(a, disputes=False, speaker="", speaker_name="", office="", affiliation="") if a.source is not None
             else replace(a, disputes=False) for a in denier
             if a.source is not None or a.speaker and _NAMED.search(a.speaker_name)]
    # (a state outlet's report is not its state's own word where that state denies it; an office of some
    # state, "Armed forces spokesman X", is not lent to the state that denies what he says)
    said = [replace(a, office="") if a.office == "?" else a for a in claimed
            if not a.disputes and (a.source is not None or a.speaker) and not owned_outlet(a)]
    if not named or not said:
        return False
    return len(claim_origins(said + named, registry, set())) == len(claim_origins(said, registry, set()))


_NEGATED = re.compile(r"\b(?:no|not|none|never|nor|neither|nothing|nobody)\b|n['’]t\b", re.I)
_NAMED = re.compile(r"(?<!^)\b[A-Z]|^(?!The\b|A\b|An\b|Its\b|Their\b|His\b|Her\b)[A-Z]")  # a name, not "The ministry"


def _in_text(label: str) -> str:
    """A label's title inside a sentence: "on record", "UN figure"."""
    title = BY_NAME[label].title
    return title if title[:2].isupper() else title[0].lower() + title[1:]


def _representative(ks: list[int], unique_of: list[int], vectors: np.ndarray) -> int:
    """The mention most similar on average to the others (the first on ties)."""
    if len(ks) <= 2:
        return ks[0]
    sub = vectors[[unique_of[k] for k in ks]]
    return ks[int(np.argmax((sub @ sub.T).sum(1)))]


def shipped_pair_model(encoder: Path | None = None):
    """The pair scorer (:mod:`annotator.claim_pairs`) of the claim encoder ``encoder`` (default:
    the shipped one), or None."""
    from ..claim_pairs import PairModel

    folder = claim_encoder_dir(encoder)
    return PairModel.load(folder) if folder is not None else None


def article_readers(sentences: list[dict], registry: Registry) -> dict:
    """Each article id of ``sentences`` with the registry as that article reads it: with the
    acronyms it spells out (:mod:`annotator.acronyms`)."""
    texts_of: dict[str, list[str]] = {}
    for s in sentences:
        texts_of.setdefault(s["article"], []).append(s["text"])
    return {a: article_registry(registry, definitions(texts)) for a, texts in texts_of.items()}


def group_mentions(mentions: list[dict], embed, pair_model) -> tuple[list[int], np.ndarray, list[int]]:
    """Group claim mentions (in article order): for each mention the index of its text among the
    distinct texts, those texts' similarity vectors, and each distinct text's group, by
    ``pair_model`` (:func:`annotator.claim_pairs.group_scored`) or, if None, by similarity."""
    keys = [" ".join(m["text"].split()) for m in mentions]
    texts = list(dict.fromkeys(keys))
    position = {t: i for i, t in enumerate(texts)}
    unique_of = [position[k] for k in keys]
    vectors = similarity_vectors(texts, embed)
    signatures = [signature(t) for t in texts]
    if pair_model is None:
        return unique_of, vectors, list(group(vectors, signatures=signatures))
    from ..claim_pairs import Layout, group_scored

    first = {}
    for key, m in zip(keys, mentions):
        first.setdefault(key, m)
    layout = Layout.of([first[t]["article"] for t in texts], [first[t].get("index", 0) for t in texts], texts)
    return unique_of, vectors, list(group_scored(vectors, signatures, [len(t.split()) for t in texts], pair_model, layout))


def _cites(found: list, owner: str) -> bool:
    """Whether a mention's attributions name ``owner`` ("army", "houthis"), the word a possessive
    verification note names as whose claim it doubts."""
    return any(re.search(rf"\b{re.escape(owner)}\b", " ".join([a.speaker_name, a.office, a.affiliation, *(
        (a.source.name, *a.source.aliases) if a.source else ())]).lower()) for a in found)  # "ali" is not in "somalia"


def build_claims(sentences: list[dict], articles: list, registry: Registry,
                 scoring_file: Path | None = None, embed=None, pair_model="shipped",
                 denial_model="shipped") -> list[dict]:
    """Claim records from sentence records (see the module docstring), best sourced first
    (ties: more independent origins, more mentions, then earlier first mention).

    ``sentences`` must be in article order with each article's sentences in order (as
    ``annotate`` produces them). ``embed`` maps a list of texts to L2-normalised vectors
    (default: :func:`claim_embed`). Mentions are grouped by ``pair_model``'s probabilities
    (:func:`annotator.claim_pairs.group_scored`) when there is one (default: the shipped one
    when ``embed`` is the default too), else by similarity (:func:`group`). A denial in a sentence
    of its own is linked to the mention it denies by ``denial_model``
    (:class:`~.denials.LinkModel`; default: the shipped one; None: no links), whose claim then
    lists it under ``denied_in`` and its source under ``disputed_by``.
    """
    config = load_scoring(scoring_file)
    if isinstance(denial_model, str):
        denial_model = LinkModel.load()
    if isinstance(pair_model, str):
        pair_model = shipped_pair_model() if embed is None else None
    embed = embed or claim_embed
    meta = {a.id: a for a in articles}
    memory: dict[str, _Article] = {}
    readers = article_readers(sentences, registry)
    mentions, attrs, noted, last = [], [], set(), {}
    unnoted: dict[str, list[int]] = {}  # per article, its mentions since its last verification note
    linkable = []  # (mention index or None, sentence, its sources): the mentions and short denials, in order

    def note(text: str, s: dict, found: list) -> bool:
        """Hedge what a verification note ``text`` in ``s`` is about (see :func:`verification_note`);
        whether it hedged a claim just before it."""
        k, at = last[s["article"]], s.get("index", -1)  # "The footage could not be independently verified."
        if (owner := note_owner(text)) and not _cites(attrs[k], owner):
            # "The army's claim could not be …" after the army's sentence and Fano's: the army's, read
            # as if the note stood right after it
            k = next((j for j in reversed(unnoted.get(s["article"], [])) if mentions[j].get("index", -9) >= at - 3
                      and _cites(attrs[j], owner)), k)
            at = at if k == last[s["article"]] else mentions[k].get("index", -2) + 1
        hedging = mentions[k].get("index", -2) == at - 1 and note_hedges(
            text, mentions[k]["text"], mentions[k].get("labels", ()))
        if not hedging and mentions[k].get("index", -2) == at - 1:
            # a note on the tolls after a sentence with none: the toll it is about is the one in the
            # sentence before that ("…killing 17, the ministry said. Most of the dead were traders,
            # its spokesman said. Reuters could not verify the casualty figures.")
            toll = [j for j in unnoted.get(s["article"], []) if mentions[j].get("index") == at - 2
                    and note_reaches(text, mentions[j]["text"])]
            k, hedging = (toll[0], True) if toll else (k, False)
        if hedging:
            noted.add(k)
            # "…, which the army dismissed as a montage": who the note says rejects it disputes it
            attrs[k] = [replace(a, hedged=True) for a in attrs[k]] + [a for a in found if a.disputes]
            for j in unnoted.get(s["article"], []):  # "Neither claim could be independently verified."
                if mentions[j].get("index") == at - 2 and note_on_two(
                        text, mentions[k]["text"], mentions[j]["text"], mentions[j].get("labels", ())):
                    noted.add(j)
                    attrs[j] = [replace(a, hedged=True) for a in attrs[j]]
                elif j != k and j not in noted and mentions[j].get("index", -9) >= at - 3 and note_on_material(text) \
                        and any(a.type == "leaked_recording" for a in attrs[j]):
                    noted.add(j)  # "… could not verify the document": the leak two sentences back too
                    attrs[j] = [replace(a, hedged=True) for a in attrs[j]] + [a for a in found if a.disputes]
        # a note on the tolls flags the tolls further back too, but halves only the one it is about
        noted.update(j for j in unnoted.pop(s["article"], []) if note_reaches(text, mentions[j]["text"]))
        return hedging

    for s in sentences:
        article = meta.get(s["article"])
        publisher = article.publisher if article is not None else None
        found = attributions(s, readers[s["article"]],
                             memory.setdefault(s["article"], _Article(publisher or s["article"])))
        problem = claim_problem(s["text"], s.get("labels", []))
        if problem is None:
            if (opens := leading_note(s["text"])) and (not (
                    s["article"] in last and note_fits(s["text"][:opens], mentions[last[s["article"]]]["text"])
                    and note(s["text"][:opens] + ".", s, [])) or note_on_both(s["text"][:opens])):
                # "Reuters could not verify the death toll, but the ministry said at least 30 were killed",
                # with no claim before it that the note is about, or "… either toll, but …": its own doubt too
                found = [replace(a, hedged=True) for a in found]
                noted.add(len(mentions))
            last[s["article"]] = len(mentions)
            unnoted.setdefault(s["article"], []).append(len(mentions))
            linkable.append((len(mentions), s, found))
            mentions.append(s)
            attrs.append(found)
        elif problem.startswith("fewer than") and denial(s["text"]) is not None:  # "Yerevan denies it."
            linkable.append((None, s, found))
        elif verification_note(s["text"]) and s["article"] in last:
            note(s["text"], s, found)
    if not mentions:
        return []
    unique_of, vectors, groups = group_mentions(mentions, embed, pair_model)
    group_of = [groups[u] for u in unique_of]
    members: dict[int, list[int]] = {}
    for k, g in enumerate(group_of):
        members.setdefault(g, []).append(k)
    denied: dict[int, list[tuple[dict, list]]] = {}
    if denial_model is not None:
        link_groups = [None if k is None else group_of[k] for k, _, _ in linkable]
        dense = np.vstack([dense_part(vectors), np.zeros((1, vectors.shape[1] - SKETCH_DIMS), np.float32)])
        rows = dense[[unique_of[k] if k is not None else -1 for k, _, _ in linkable]]  # a short denial: zeros
        deniers: dict[int, list[Attribution]] = {}

        def own(d: int, c: int) -> bool:
            if d not in deniers:
                deniers[d] = denying(linkable[d][1], linkable[d][2], registry, memory)
            return denies_itself(deniers[d], linkable[c][2], registry)

        for d, target in denial_links([s for _, s, _ in linkable], link_groups, memo_embed(embed), denial_model, rows, own):
            denied.setdefault(link_groups[target], []).append(linkable[d][1:])
    copies = same_text(mentions)
    claims = [_claim(ks, mentions, attrs, _representative(ks, unique_of, vectors), memory, meta, registry, config,
                     copies, any(k in noted for k in ks), denied.get(g, [])) for g, ks in members.items()]
    order = sorted(range(len(claims)), key=lambda c: (-claims[c]["score"], -claims[c]["profile"]["independent_origins"],
                                                     -len(claims[c]["mentions"]), c))
    return [claims[c] for c in order]


def _denials_disputing(ks: list[int], mentions: list[dict], attrs: list, registry: Registry) -> list[Attribution]:
    """The attributions of a claim's mentions ``ks``, where it groups denials of what they name
    ("denied that the movement's fighters had fired", not "denied the accusation", which may go on
    to answer with a claim of its own) with mentions that do not deny: the deniers dispute it,
    unless the others say it too ("none had been shot down"), the denier is their own side, or it
    blames whom they name (a denial "blaming the RSF" backs "the RSF carried out the killings")."""
    denying = [(rest := denial(mentions[k]["text"])) is not None and not refers_back(rest) for k in ks]
    saying = [doers(mentions[k]["text"]) for k, d in zip(ks, denying) if not d]
    # "The army denied its soldiers took part, blaming the RSF" backs "the RSF carried out the killings"
    denying = [d and not ((blames := accused(mentions[k]["text"])) and all(n and n <= blames for n in saying))
               for k, d in zip(ks, denying)]
    items = [a for k in ks for a in attrs[k]]
    if all(denying) or not any(denying) or all(_NEGATED.search(mentions[k]["text"]) for k, d in zip(ks, denying) if not d):
        return items
    said = [a for k, d in zip(ks, denying) if not d for a in attrs[k] if not a.disputes]  # not "…, a charge the SPLA-IO denies"
    changed = {k: denied_here(mentions[k]["text"], attrs[k], registry) for k, d in zip(ks, denying) if d}
    if any(denies_itself([a for a in found if a.disputes], said, registry) for found in changed.values()):
        return items
    return [a for k in ks for a in changed.get(k, attrs[k])]


def _claim(ks, mentions, attrs, rep, memory, meta, registry, config, copies: dict, noted: bool = False,
           denials: list[tuple[dict, list]] = ()) -> dict:
    """One claim record from the indices ``ks`` of its mentions (``copies``: :func:`same_text`;
    ``noted``: a sentence after one of them says it could not be verified; ``denials``: the
    sentences, with their sources, that deny it in sentences of their own)."""
    rows = [mentions[k] for k in ks]
    carriers, family = [], {}
    for r in rows:
        article = meta.get(r["article"])
        entry = ({"name": article.publisher, "by": "publisher"} if article is not None and article.publisher
                 else {"name": r["article"], "by": "article id"})
        if any(c["name"] == entry["name"] for c in carriers):
            continue
        first = family.setdefault(copies.get(r["article"], r["article"]), entry["name"])
        if first != entry["name"]:
            entry["same_text_as"] = first
        carriers.append(entry)
    recipients = {v for r in rows for v in memory[r["article"]].recipients}
    items = _denials_disputing(ks, mentions, attrs, registry)
    origins = claim_origins(items, registry, recipients)
    against = disputers(items + [a for s, found in denials for a in denying(s, found, registry, memory)], registry)
    scored = [o for origin in origins for o in origin.pop("_scored")]
    value = score(scored, config)
    claim_flags = flags(scored, noted or any(hedges(r["text"]) for r in rows), bool(against or denials), config)
    counts = {name: sum(name in r["labels"] for r in rows) for name in LABEL_NAMES}
    counts["unattributed"] = sum(not r["labels"] for r in rows)
    named: dict[str, dict] = {}
    for a in (a for k in ks for a in attrs[k]):
        for source in ([a.source] if a.source else []) + [registry.get(v) for v in a.via]:
            if source is not None:
                named.setdefault(source.name, {"name": source.name, "kind": source.kind, "leaning": source.leaning})
    ids = sorted(r["id"] for r in rows)
    return {
        "claim_id": "claim-" + hashlib.sha1("\n".join(ids).encode()).hexdigest()[:12],
        "text": mentions[rep]["text"],
        "mentions": [{"article": r["article"], "sentence_id": r["id"], "text": r["text"], "labels": r["labels"]}
                     for r in rows],
        "profile": {"type_counts": counts, "sources": list(named.values()), "publishers": carriers,
                    "independent_origins": len(origins), "origins": origins, "disputed_by": against,
                    "denied_in": [{"article": s["article"], "sentence_id": s["id"], "text": s["text"],
                                   "labels": s.get("labels", [])} for s, _ in denials],
                    "flags": claim_flags},
        "score": value,
        "grade": grade(value, config),
        "explanation": _explain(origins, carriers, claim_flags, against, config.repeat),
    }
