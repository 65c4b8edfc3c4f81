"""``eval/score_denial_audit.py`` judges denial links against a hand key: right, wrong, missed."""

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _scorer():
    spec = importlib.util.spec_from_file_location("score_denial_audit", ROOT / "eval" / "score_denial_audit.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _claim(texts, denied=()):
    return {"mentions": [{"text": t} for t in texts], "profile": {"denied_in": [{"text": d} for d in denied]}}


def test_links_are_right_wrong_or_missed(tmp_path):
    claims = [_claim(["The army shelled the camp.", "Troops shelled  the camp on Monday."], ["Kigali denies it."]),
              _claim(["Forty people died."], ["The ministry rejected the figure.", "Oslo rejected the proposal."])]
    (tmp_path / "claims.jsonl").write_text("\n".join(json.dumps(c) for c in claims) + "\n", encoding="utf-8")
    key = {"denials": [
        {"id": "D1", "sentence": "Kigali denies it.", "targets": [{"sentence": "Troops shelled the camp on Monday."}]},
        {"id": "D2", "sentence": "The ministry rejected the figure.", "targets": [{"sentence": "The army shelled the camp."}]},
        {"id": "D3", "sentence": "Nobody linked this.", "targets": [{"sentence": "Forty people died."}]}],
        "lookalikes": [{"id": "L1", "sentence": "Oslo rejected the proposal."}, {"id": "L2", "sentence": "Denied entry."}]}
    result = _scorer().score(tmp_path, key)
    assert result["verdicts"] == {"D1": "right", "D2": "wrong", "D3": "missed"}
    assert result["lookalikes_linked"] == ["L1"]


def test_the_kept_audit_key_quotes_its_folder_verbatim():
    folder = ROOT / "eval" / "audits" / "r33-denials"
    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))
    texts = {p.name: " ".join(p.read_text(encoding="utf-8").split()) for p in (folder / "folder").glob("*.txt")}
    for item in key["denials"] + key["lookalikes"]:
        for quoted in [item] + item.get("targets", []) + item.get("acceptable_targets", []):
            assert " ".join(quoted["sentence"].split()) in texts[quoted["article"]], quoted["sentence"]
