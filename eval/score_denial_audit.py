"""Score the denial links of an ``annotate`` run against a hand key (a held-out audit folder).

    annotator annotate eval/audits/r33-denials/folder --out /tmp/denials
    python eval/score_denial_audit.py /tmp/denials eval/audits/r33-denials/key.json

The key lists each planned denial sentence with the sentences stating the claim it denies
(``targets``, and restatements in ``acceptable_targets``), and look-alikes that deny no claim. A
denial is right when a claim listing it under ``denied_in`` holds one of those sentences, wrong when
only other claims list it, missed when none does; a look-alike listed anywhere is a false link.
The folder and key of ``r33-denials`` were written by a helper before round 33 changed anything.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _norm(text: str) -> str:
    return " ".join(text.split())


def score(out: Path, key: dict) -> dict:
    """Per denial ``right``/``wrong``/``missed`` and the count of look-alikes linked."""
    claims = [json.loads(line) for line in (out / "claims.jsonl").read_text(encoding="utf-8").splitlines() if line]

    def denying(sentence: str) -> list[dict]:
        return [c for c in claims if any(_norm(d["text"]) == _norm(sentence) for d in c["profile"].get("denied_in", []))]

    verdicts = {}
    for d in key["denials"]:
        allowed = {_norm(t["sentence"]) for t in d["targets"] + d.get("acceptable_targets", [])}
        linked = denying(d["sentence"])
        if any(_norm(m["text"]) in allowed for c in linked for m in c["mentions"]):
            verdicts[d["id"]] = "right"
        else:
            verdicts[d["id"]] = "wrong" if linked else "missed"
    false_links = [x["id"] for x in key["lookalikes"] if denying(x["sentence"])]
    return {"verdicts": verdicts, "lookalikes_linked": false_links}


def main(argv: list[str]) -> None:
    if len(argv) != 2:
        sys.exit(__doc__)
    key = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    result = score(Path(argv[0]), key)
    cross = {d["id"]: d["cross_article"] for d in key["denials"]}
    for name, verdict in result["verdicts"].items():
        print(f"{name} {'other article' if cross[name] else 'same article'}: {verdict}")
    counts = {v: list(result["verdicts"].values()).count(v) for v in ("right", "wrong", "missed")}
    print(f"{counts['right']} right, {counts['wrong']} wrong, {counts['missed']} missed of {len(result['verdicts'])} "
          f"denials; look-alikes linked: {len(result['lookalikes_linked'])} of {len(key['lookalikes'])}")


if __name__ == "__main__":
    main(sys.argv[1:])
