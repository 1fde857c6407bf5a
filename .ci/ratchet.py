"""Fail when a score on the development corpus falls below the committed floor.

The floors live in .ci/score-floor.json: one block for the whole corpus ("overall") and one per
id range ("001-020"), so a gain on one half cannot hide a loss on the other. Raise them whenever
the scores rise. Without the corpus (a clean checkout with no ../shared) the check says it
skipped and passes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from syria_talks.evaluate import IdRange, Report, evaluate_files, format_report

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def _scores(report: Report) -> dict[str, float]:
    return {
        "who_said_what_f1": report.overall.who_said_what[2],
        "overlap_f1": report.overall.overlap[2],
        "exact_f1": report.overall.exact_span[2],
        "speaker_accuracy": report.overall.speaker_accuracy,
    }


def main() -> int:
    gold = CORPUS / "gold.jsonl"
    if not gold.is_file():
        print(f"score ratchet: skipped, no gold file at {gold}")
        return 0
    floors = json.loads((ROOT / ".ci" / "score-floor.json").read_text(encoding="utf-8"))
    ranges = [IdRange.parse(name) for name in floors if name != "overall"]
    report = evaluate_files(gold, CORPUS / "articles")
    print(format_report(report, ranges=ranges), end="")
    failed = []
    for name, floor in floors.items():
        part = report if name == "overall" else report.within(IdRange.parse(name))
        scores = _scores(part)
        failed += [
            f"{name} {key} {scores[key]:.4f} < floor {value:.3f}"
            for key, value in floor.items()
            if scores[key] < value
        ]
    if failed:
        print("score ratchet: FAILED: " + "; ".join(failed))
        return 1
    print(f"score ratchet: ok ({', '.join(floors)} at or above their floors)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
