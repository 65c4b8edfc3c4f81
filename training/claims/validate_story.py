"""Check a story: four articles, gold member ids exist, no sentence in two claims, gold parses.
usage: python training/claims/validate_story.py <story> [<story> ...]"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from show_story import sentence_ids  # noqa: E402

from annotator.claims_eval import load_claim_gold  # noqa: E402
from annotator.errors import DataFileError  # noqa: E402

ROOT = Path(__file__).parent / "stories"
bad = 0
for story in sys.argv[1:]:
    problems = []
    articles, ids = sentence_ids(ROOT / story)
    if sorted(articles) != [f"{story}-{x}" for x in "abcd"]:
        problems.append(f"articles are {articles}, want {story}-a..d")
    try:
        gold = load_claim_gold(ROOT / f"{story}.claims.jsonl")
    except DataFileError as e:
        gold = []
        problems.append(f"gold does not parse: {e}")
    seen = {}
    for g in gold:
        for m in g["members"]:
            if m not in ids:
                problems.append(f"{g['claim']}: member {m} is not a sentence id")
            if m in seen:
                problems.append(f"{m} in two claims: {seen[m]} and {g['claim']}")
            seen[m] = g["claim"]
    if not (ROOT / f"{story}.notes.md").is_file():
        problems.append("notes file missing")
    sizes = sorted((len(g["members"]) for g in gold), reverse=True)
    print(f"{story}: {len(articles)} articles, {len(ids)} sentences, {len(gold)} claims, sizes {sizes}, "
          f"{sum(sizes)} member sentences" + ("" if not problems else "\n  " + "\n  ".join(problems)))
    bad += bool(problems)
sys.exit(1 if bad else 0)
