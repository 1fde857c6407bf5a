"""The evaluator, on gold written for the purpose: every figure checked by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from syria_talks import GoldFormatError
from syria_talks.cli import main
from syria_talks.evaluate import evaluate, evaluate_files, format_report, read_gold

TEXT = 'وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات كانت مفيدة. وأضاف: "سنواصل العمل".'


def _gold_record(**overrides: object) -> dict[str, object]:
    content = "المحادثات كانت مفيدة"
    quote = "سنواصل العمل"
    record: dict[str, object] = {
        "id": "a1",
        "statements": [
            {
                "speaker": "سيرغي لافروف",
                "speaker_aliases": ["لافروف"],
                "cue": "وقال",
                "mode": "indirect",
                "start": TEXT.index(content),
                "end": TEXT.index(content) + len(content),
                "negated": False,
            },
            {
                "speaker": "سيرغي لافروف",
                "speaker_aliases": [],
                "cue": "وأضاف",
                "mode": "direct",
                "start": TEXT.index(quote),
                "end": TEXT.index(quote) + len(quote),
                "negated": False,
            },
        ],
    }
    record.update(overrides)
    return record


def test_perfect_parse_scores_one_everywhere() -> None:
    report = evaluate([_gold_record()], lambda _: TEXT)
    overall = report.overall
    assert overall.gold == overall.predicted == 2
    assert overall.overlap == (1.0, 1.0, 1.0)
    assert overall.exact_span == (1.0, 1.0, 1.0)
    assert overall.who_said_what[2] == 1.0
    assert report.mode("direct").gold == 1


def test_wrong_speaker_counts_as_found_but_not_who_said_what() -> None:
    record = _gold_record()
    for s in record["statements"]:  # type: ignore[union-attr]
        s["speaker"] = "جون كيري"
        s["speaker_aliases"] = []
    report = evaluate([record], lambda _: TEXT)
    assert report.overall.overlap[2] == 1.0
    assert report.overall.who_said_what[2] == 0.0
    assert any("SPEAKER" in e for d in report.documents for e in d.errors)


def test_a_gold_statement_the_parser_misses_lowers_recall_only() -> None:
    record = _gold_record()
    extra = {"speaker": "X", "mode": "indirect", "start": 0, "end": 4, "cue": "وقال"}
    record["statements"] = [*record["statements"], extra]  # type: ignore[misc]
    report = evaluate([record], lambda _: TEXT)
    precision, recall, _ = report.overall.overlap
    assert precision == 1.0 and recall == pytest.approx(2 / 3)


def test_an_unreadable_document_is_reported_and_the_rest_scored() -> None:
    def read(doc_id: str) -> str:
        if doc_id == "gone":
            raise FileNotFoundError("gone.txt")
        return TEXT

    report = evaluate([_gold_record(id="gone"), _gold_record()], read)
    assert report.documents[0].failure is not None
    assert report.overall.gold == 4 and report.overall.predicted == 2
    assert "not scored" in format_report(report)


def test_gold_format_errors_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(_gold_record()) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"gold.jsonl:2"):
        read_gold(path)


def test_cli_evaluate_prints_overall_last(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text(json.dumps(_gold_record()) + "\n", encoding="utf-8")
    assert main(["evaluate", str(tmp_path / "gold.jsonl"), str(tmp_path / "texts")]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[-1].startswith("overall") and "who-said-what F1 1.000" in lines[-1]
    report = evaluate_files(tmp_path / "gold.jsonl", tmp_path / "texts")
    assert json.loads(format_report(report, as_json=True))["overall"]["who_said_what"]["f1"] == 1.0
