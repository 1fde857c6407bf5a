"""The corpus questions on Parquet through DuckDB: the same answers as the Corpus in memory, and
a million statement rows answered in SQL."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

import pyarrow
import pytest

import syria_talks
from syria_talks.batch import Parsed, parse_many
from syria_talks.corpus import Corpus
from syria_talks.export import TABLES, arrow_schema
from syria_talks.warehouse import Warehouse, write_parquet

ITEMS = [
    ("sep", "وقال وزير الخارجية الروسي سيرغي لافروف أمس إن الهدنة في حلب صامدة.", "2016-09-20"),
    (
        "oct",
        "وقال وزير الخارجية الأمريكي جون كيري أمس إن وقف إطلاق النار في إدلب هش. "
        "ونفت وزارة الخارجية الروسية أن تكون طائراتها قد قصفت إدلب.",
        "2016-10-05",
    ),
    (
        "nov",
        "وحذر لافروف أمس من أن انهيار وقف الأعمال العدائية سيعيد الحرب إلى إدلب.",
        "2016-11-12",
    ),
]


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Corpus, Warehouse]:
    documents = [(o.doc_id, o.article) for o in parse_many(ITEMS) if isinstance(o, Parsed)]
    folder = tmp_path_factory.mktemp("parquet")
    write_parquet(documents[:2], folder)
    write_parquet(documents[2:], folder, part="part-1")  # a later batch, beside the first
    return Corpus.from_articles(documents), Warehouse(folder)


def _keys(corpus_found: tuple[object, ...]) -> list[tuple[str, str]]:
    return [(f.doc_id, f.statement.cue) for f in corpus_found]  # type: ignore[attr-defined]


def _rows(table: object) -> list[tuple[str, str]]:
    return [(r["doc_id"], r["cue"]) for r in table.to_pylist()]  # type: ignore[attr-defined]


def test_the_tables_are_the_export_tables_keyed_by_doc_id(pair: tuple[Corpus, Warehouse]) -> None:
    _, warehouse = pair
    assert set(warehouse.tables) >= {"statements", "actors", "mentions", "agreements"}
    for table in ("statements", "mentions"):
        names = warehouse.sql(f"SELECT * FROM {table} LIMIT 0").schema.names
        assert names == [c.name for c in TABLES[table]]
    docs = warehouse.sql("SELECT DISTINCT doc_id FROM mentions ORDER BY doc_id").column(0)
    assert docs.to_pylist() == ["nov", "oct", "sep"]


OCTOBER_NOVEMBER = (datetime.date(2016, 10, 1), datetime.date(2016, 11, 30))


@pytest.mark.parametrize(
    ("filters", "selects"),
    [
        ({"speaker": "لافروف"}, True),
        ({"speaker": "Lavrov"}, True),
        ({"speaker": "Russia", "include_officials": True}, True),
        ({"speaker": "nobody at all"}, False),
        ({"country": "us"}, True),
        ({"stance": "DENY", "country": "Russia"}, True),
        ({"mode": "indirect", "negated": False}, True),
        ({"speaker_kind": "organization"}, True),
        ({"mentioning": "إدلب"}, True),
        ({"mentioning": "Lavrov"}, False),
        ({"mentioning": "إدلب", "country": "RU"}, True),
        ({"during": OCTOBER_NOVEMBER}, True),
        ({"during": OCTOBER_NOVEMBER, "speaker": "Lavrov"}, True),
        ({"during": (datetime.date(2016, 9, 19), datetime.date(2016, 9, 19))}, True),
        ({"during": (datetime.date(2016, 9, 20), datetime.date(2016, 10, 3))}, False),
    ],
)
def test_same_answers_as_the_corpus_in_memory(
    pair: tuple[Corpus, Warehouse], filters: dict[str, object], selects: bool
) -> None:
    corpus, warehouse = pair
    expected = _keys(corpus.statements_where(**filters))  # type: ignore[arg-type]
    answer = _rows(warehouse.statements_where(**filters))  # type: ignore[arg-type]
    # by date with a period, else by doc id then text order
    assert answer == (expected if "during" in filters else sorted(expected))
    assert bool(expected) is selects  # a row that selects nothing must say so


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (lambda w: w.statements_by("Lavrov"), lambda w: w.statements_where(speaker="Lavrov")),
        (
            lambda w: w.statements_by("Russia", include_officials=True),
            lambda w: w.statements_where(speaker="Russia", include_officials=True),
        ),
        (
            lambda w: w.statements_mentioning("إدلب"),
            lambda w: w.statements_where(mentioning="إدلب"),
        ),
        (
            lambda w: w.statements_between(*OCTOBER_NOVEMBER),
            lambda w: w.statements_where(during=OCTOBER_NOVEMBER),
        ),
    ],
)
def test_the_old_names_warn_and_answer_as_the_new_ones(
    pair: tuple[Corpus, Warehouse],
    old: Callable[[Warehouse], pyarrow.Table],
    new: Callable[[Warehouse], pyarrow.Table],
) -> None:
    _, warehouse = pair
    with pytest.warns(DeprecationWarning, match=r"^Warehouse\.statements_") as caught:
        answer = old(warehouse)
    assert Path(caught[0].filename).resolve() == Path(__file__).resolve()
    assert answer.num_rows and answer.equals(new(warehouse))


def test_agreements_where(pair: tuple[Corpus, Warehouse]) -> None:
    corpus, warehouse = pair
    every = [(d, a.id) for d, a in corpus.agreements_where()]
    assert every  # the truce of November at least
    rows = warehouse.agreements_where().to_pylist()
    assert [(r["doc_id"], r["id"]) for r in rows] == sorted(every)
    for status in ("collapsed", "PROPOSED", "signed"):
        in_memory = [(d, a.id) for d, a in corpus.agreements_where(status=status)]
        rows = warehouse.agreements_where(status=status).to_pylist()
        assert [(r["doc_id"], r["id"]) for r in rows] == sorted(in_memory)
    assert warehouse.agreements_where(party="Atlantis").num_rows == 0


def test_who_spoke_of_and_monthly_counts(pair: tuple[Corpus, Warehouse]) -> None:
    corpus, warehouse = pair
    speakers = warehouse.who_spoke_of("إدلب").column("speaker_id").to_pylist()
    assert sorted(speakers) == sorted(a.id for a in corpus.who_spoke_of("إدلب"))
    counts = warehouse.monthly_counts().to_pandas()
    expected = corpus.monthly_counts()
    assert counts[["month", "speaker_id", "statements"]].values.tolist() == (
        expected[["month", "speaker_id", "statements"]].astype(object).values.tolist()
    )


def test_bad_values_are_query_errors(pair: tuple[Corpus, Warehouse], tmp_path: Path) -> None:
    _, warehouse = pair
    with pytest.raises(syria_talks.QueryError, match="'direct'"):
        warehouse.statements_where(mode="whispered")
    with pytest.raises(syria_talks.QueryError, match="no statements"):
        Warehouse(tmp_path)


def test_a_million_statement_rows_are_answered_in_sql(tmp_path: Path) -> None:
    import duckdb

    rows = 1_200_000
    (tmp_path / "statements").mkdir()
    columns = {c.name for c in TABLES["statements"]}
    # One row in three is Lavrov's, spread over 24 months of 2015-2016; built by DuckDB itself.
    generated = f"""
        SELECT printf('doc-%07d', i // 10) AS doc_id, i % 10 AS "index",
          CASE i % 3 WHEN 0 THEN 'سيرغي لافروف' WHEN 1 THEN 'جون كيري'
            ELSE 'وزارة الخارجية الروسية' END AS speaker,
          CASE i % 3 WHEN 0 THEN 'Sergei Lavrov' WHEN 1 THEN 'John Kerry'
            ELSE 'Ministry of Foreign Affairs of Russia' END AS speaker_en,
          CASE i % 3 WHEN 0 THEN 'sergei-lavrov' WHEN 1 THEN 'john-kerry' ELSE 'mfa:RU' END
            AS speaker_id,
          CASE i % 3 WHEN 2 THEN 'organization' ELSE 'person' END AS speaker_kind,
          CASE i % 3 WHEN 1 THEN 'US' ELSE 'RU' END AS speaker_country,
          NULL::VARCHAR AS source, NULL::VARCHAR AS source_id, 'قال' AS cue,
          'indirect' AS mode, false AS negated, 'neutral' AS stance, NULL::VARCHAR AS channel,
          'الهدنة صامدة' AS content, 0::BIGINT AS start, 12::BIGINT AS "end",
          DATE '2015-01-01' + INTERVAL (i % 730) DAY AS "when",
          DATE '2015-01-01' + INTERVAL (i % 730) DAY AS when_end, 'أمس' AS when_text,
          NULL::DATE AS published
        FROM range({rows}) t(i)
    """
    connection = duckdb.connect()
    schema = arrow_schema("statements")
    table = connection.sql(generated).to_arrow_table().cast(schema)
    assert set(table.schema.names) == columns
    import pyarrow.parquet

    pyarrow.parquet.write_table(table, tmp_path / "statements" / "part-0.parquet")
    del table

    warehouse = Warehouse(tmp_path)  # no actors table: names resolve among the speakers
    lavrov = warehouse.statements_where(speaker="Lavrov")
    assert lavrov.num_rows == rows // 3
    assert set(lavrov.column("speaker_id").unique().to_pylist()) == {"sergei-lavrov"}
    russia = warehouse.statements_where(speaker="Russia", include_officials=True)
    assert russia.num_rows == 2 * rows // 3
    monthly = warehouse.monthly_counts()
    assert monthly.num_rows == 24 * 3
    assert sum(monthly.column("statements").to_pylist()) == rows
    first = monthly.slice(0, 3).to_pylist()
    assert [r["month"] for r in first] == ["2015-01"] * 3


def test_agreements_where_by_party_and_status(tmp_path: Path) -> None:
    from test_query_family import ARTICLE  # an article built by hand, with parties

    write_parquet([("built", ARTICLE)], tmp_path)
    warehouse = Warehouse(tmp_path)
    corpus = Corpus.from_articles([("built", ARTICLE)])
    for filters in ({"party": "US"}, {"party": "روسيا"}, {"party": "US", "status": "proposed"}):
        rows = warehouse.agreements_where(**filters).column("id").to_pylist()  # type: ignore[arg-type]
        assert rows == sorted(a.id for _, a in corpus.agreements_where(**filters))  # type: ignore[arg-type]
    assert warehouse.agreements_where(party="US").column("id").to_pylist() == [
        "cessation-of-hostilities",
        "munich",
    ]
    assert warehouse.agreements_where(party="Kerry").num_rows == 0
