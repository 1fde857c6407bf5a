"""Exports for other tools: JSON Lines records, pandas and Arrow tables."""

from __future__ import annotations

import json

import pandas
import pyarrow

import syria_talks
from syria_talks.export import statement_records, to_arrow, to_jsonl, to_pandas


def test_jsonl_has_one_record_per_statement_per_document() -> None:
    seed = syria_talks.load()
    other = syria_talks.parse("وقال لافروف إن الحوار مستمر.")
    lines = to_jsonl([("seed", seed), ("other", other)]).splitlines()
    assert len(lines) == len(seed.statements) + len(other.statements)
    records = [json.loads(line) for line in lines]
    assert {r["doc_id"] for r in records} == {"seed", "other"}
    assert records[-1]["speaker_en"] == "Sergei Lavrov"


def test_jsonl_of_nothing_is_empty() -> None:
    assert to_jsonl([]) == ""


def test_pandas_frame_matches_the_records() -> None:
    article = syria_talks.load()
    frame = to_pandas(article)
    assert isinstance(frame, pandas.DataFrame)
    assert len(frame) == len(article.statements)
    assert list(frame.columns) == list(statement_records(article)[0])
    assert frame.loc[frame["speaker_en"] == "John Kirby", "negated"].tolist() == [False, True]


def test_arrow_table_matches_the_records() -> None:
    article = syria_talks.load()
    table = to_arrow(article)
    assert isinstance(table, pyarrow.Table)
    assert table.num_rows == len(article.statements)
    assert table.column("content").to_pylist() == [s.content for s in article.statements]
