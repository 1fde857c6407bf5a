"""Fail when who-said-what F1 on the development corpus falls below the committed floor.

The floor lives in .ci/score-floor.json; raise it whenever the score rises. Without the corpus
(a clean checkout with no ../shared) the check says it skipped and passes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from syria_talks.evaluate import evaluate_files, format_report

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def main() -> int:
    gold = CORPUS / "gold.jsonl"
    if not gold.is_file():
        print(f"score ratchet: skipped, no gold file at {gold}")
        return 0
    floor = json.loads((ROOT / ".ci" / "score-floor.json").read_text(encoding="utf-8"))
    report = evaluate_files(gold, CORPUS / "articles")
    print(format_report(report), end="")
    scores = {
        "who_said_what_f1": report.overall.who_said_what[2],
        "overlap_f1": report.overall.overlap[2],
        "exact_f1": report.overall.exact_span[2],
    }
    failed = [f"{k} {scores[k]:.3f} < floor {v:.3f}" for k, v in floor.items() if scores[k] < v]
    if failed:
        print("score ratchet: FAILED: " + "; ".join(failed))
        return 1
    print("score ratchet: ok (" + ", ".join(f"{k} >= {v}" for k, v in floor.items()) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
