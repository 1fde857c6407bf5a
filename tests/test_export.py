"""Exports for other tools, across many articles: records, JSON Lines, CSV, pandas, Arrow,
Parquet; and the JSON format checked against its shipped JSON Schema."""

from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path

import jsonschema
import pandas
import pyarrow
import pyarrow.parquet
import pytest

import syria_talks
from syria_talks.export import (
    FORMAT_VERSION,
    TABLES,
    arrow_schema,
    from_json,
    json_schema,
    records,
    statement_records,
    to_arrow,
    to_csv,
    to_dict,
    to_jsonl,
    to_pandas,
    to_parquet,
)

TABLE_NAMES = list(TABLES)


@pytest.fixture(scope="module")
def seed() -> syria_talks.Article:
    return syria_talks.load()


@pytest.fixture(scope="module")
def other() -> syria_talks.Article:
    return syria_talks.parse(
        "وقال وزير الخارجية الروسي سيرغي لافروف أمس في موسكو إن الحوار مستمر.",
        published=datetime.date(2016, 7, 4),
    )


@pytest.fixture(scope="module")
def empty() -> syria_talks.Article:
    return syria_talks.parse("no Arabic here at all")


def test_export_is_reachable_from_the_package() -> None:
    assert syria_talks.export.to_jsonl is to_jsonl


def test_jsonl_takes_one_article(seed: syria_talks.Article) -> None:
    lines = to_jsonl(seed).splitlines()
    assert len(lines) == len(seed.statements)
    assert len({json.loads(line)["doc_id"] for line in lines}) == 1


def test_jsonl_takes_articles_and_pairs(
    seed: syria_talks.Article, other: syria_talks.Article
) -> None:
    lines = to_jsonl([("seed", seed), other]).splitlines()
    assert len(lines) == len(seed.statements) + len(other.statements)
    rows = [json.loads(line) for line in lines]
    assert rows[0]["doc_id"] == "seed"
    assert rows[-1]["doc_id"] != "seed" and len(rows[-1]["doc_id"]) == 12
    assert rows[-1]["speaker_en"] == "Sergei Lavrov"
    assert rows[-1]["when"] == "2016-07-03"


def test_jsonl_rejects_what_is_not_an_article() -> None:
    with pytest.raises(TypeError, match="expected an Article"):
        to_jsonl(["text"])  # type: ignore[list-item]


def test_jsonl_of_nothing_is_empty() -> None:
    assert to_jsonl([]) == ""


def test_bare_articles_get_a_stable_doc_id(other: syria_talks.Article) -> None:
    again = syria_talks.parse(other.text, published=other.published)
    assert records(other)[0]["doc_id"] == records(again)[0]["doc_id"]


@pytest.mark.parametrize("what", TABLE_NAMES)
def test_every_table_has_a_doc_id_and_its_documented_columns(
    seed: syria_talks.Article, what: syria_talks.export.Table
) -> None:
    rows = records([("seed", seed)], what)
    assert rows, what
    assert all(list(row) == [c.name for c in TABLES[what]] for row in rows)
    assert {row["doc_id"] for row in rows} == {"seed"}


def test_unknown_table_lists_the_valid_ones(seed: syria_talks.Article) -> None:
    with pytest.raises(syria_talks.QueryError, match="'statements', 'actors'"):
        records(seed, "people")  # type: ignore[arg-type]


def test_tables_from_many_articles_concatenate(
    seed: syria_talks.Article, other: syria_talks.Article, empty: syria_talks.Article
) -> None:
    for what in TABLE_NAMES:
        tables = [to_arrow([(n, a)], what) for n, a in [("s", seed), ("o", other), ("e", empty)]]
        assert all(t.schema == arrow_schema(what) for t in tables)
        combined = pyarrow.concat_tables(tables)
        assert combined.num_rows == sum(t.num_rows for t in tables)


def test_empty_columns_are_typed_not_null(empty: syria_talks.Article) -> None:
    table = to_arrow(empty)
    assert table.num_rows == 0
    assert table.schema.field("when").type == pyarrow.date32()
    assert table.schema.field("negated").type == pyarrow.bool_()
    assert not any(pyarrow.types.is_null(f.type) for f in table.schema)


def test_arrow_table_matches_the_records(seed: syria_talks.Article) -> None:
    table = to_arrow(seed)
    assert table.num_rows == len(seed.statements)
    assert table.column("content").to_pylist() == [s.content for s in seed.statements]


def test_parquet_round_trips(
    tmp_path: Path, seed: syria_talks.Article, other: syria_talks.Article
) -> None:
    path = tmp_path / "statements.parquet"
    to_parquet([("seed", seed), ("other", other)], path)
    back = pyarrow.parquet.read_table(path)
    assert back.schema.equals(arrow_schema("statements"))
    assert back.column("when").to_pylist()[-1] == datetime.date(2016, 7, 3)


def test_pandas_frame_matches_the_records(seed: syria_talks.Article) -> None:
    frame = to_pandas(seed)
    assert isinstance(frame, pandas.DataFrame)
    assert len(frame) == len(seed.statements)
    assert list(frame.columns) == [c.name for c in TABLES["statements"]]
    assert frame.loc[frame["speaker_en"] == "John Kirby", "negated"].tolist() == [False, True]


def test_pandas_frame_of_nothing_has_the_columns(empty: syria_talks.Article) -> None:
    frame = to_pandas(empty, "actors")
    assert frame.empty and list(frame.columns) == [c.name for c in TABLES["actors"]]


def test_csv_opens_as_a_table(seed: syria_talks.Article) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv([("seed", seed)], "actors"))))
    assert len(rows) == len(seed.actors)
    carter = next(r for r in rows if r["id"] == "ashton-carter")
    assert carter["statements"] == "4" and carter["country"] == "US"


def test_statement_records_is_deprecated(seed: syria_talks.Article) -> None:
    with pytest.warns(DeprecationWarning, match="records"):
        rows = statement_records(seed, doc_id="seed")
    assert rows == records([("seed", seed)])


@pytest.mark.parametrize("which", ["seed", "other", "empty"])
def test_json_output_satisfies_the_shipped_schema(
    which: str, request: pytest.FixtureRequest
) -> None:
    article = request.getfixturevalue(which)
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(to_dict(article), schema)
    assert schema["properties"]["format"]["const"] == FORMAT_VERSION


def test_schema_rejects_what_is_not_an_article(seed: syria_talks.Article) -> None:
    broken = to_dict(seed)
    broken["statements"][0]["mode"] = "shouted"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, json_schema())


def test_json_round_trips(other: syria_talks.Article) -> None:
    assert from_json(syria_talks.export.to_json(other)) == other


def test_unknown_format_version_is_a_clear_error(seed: syria_talks.Article) -> None:
    data = to_dict(seed)
    data["format"] = 99
    with pytest.raises(syria_talks.SerializationError, match="format"):
        from_json(json.dumps(data))
