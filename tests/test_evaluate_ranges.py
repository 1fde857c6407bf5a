"""Scoring a slice of the gold by document id: the halves of a corpus, say."""

from __future__ import annotations

import pytest

from syria_talks import InputError
from syria_talks.evaluate import IdRange, evaluate, format_report

TEXT = "وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات كانت مفيدة."
CONTENT = "المحادثات كانت مفيدة"


def _record(doc_id: str, *, right: bool) -> dict[str, object]:
    start = TEXT.index(CONTENT)
    return {
        "id": doc_id,
        "statements": [
            {
                "speaker": "سيرغي لافروف" if right else "جون كيري",
                "mode": "indirect",
                "start": start,
                "end": start + len(CONTENT),
            }
        ],
    }


def test_an_id_range_is_inclusive_and_compares_strings() -> None:
    ids = IdRange.parse("001-020")
    assert "001" in ids
    assert "020" in ids
    assert "021" not in ids
    assert "000" not in ids
    assert 5 not in ids
    assert IdRange.parse("007") == IdRange(first="007", last="007")


@pytest.mark.parametrize("spec", ["", "-020", "001-"])
def test_a_malformed_range_is_an_input_error(spec: str) -> None:
    with pytest.raises(InputError, match="FIRST-LAST"):
        IdRange.parse(spec)


def test_each_range_is_scored_on_its_own_documents() -> None:
    records = [_record("001", right=True), _record("021", right=False)]
    report = evaluate(records, lambda _: TEXT)
    first, second = IdRange.parse("001-020"), IdRange.parse("021-040")
    assert report.overall.who_said_what[2] == 0.5
    assert report.within(first).overall.who_said_what[2] == 1.0
    assert report.within(second).overall.who_said_what[2] == 0.0
    text = format_report(report, ranges=[first, second])
    assert "ids 001-020: documents 1" in text
    assert "ids 021-040: documents 1" in text
    data = format_report(report, as_json=True, ranges=[first])
    assert '"001-020"' in data
