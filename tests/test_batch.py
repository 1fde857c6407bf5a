"""parse_many and parse_bag: one outcome per input, in order, typed failures, the same JSON
whichever way a document is parsed."""

from __future__ import annotations

import datetime
import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import syria_talks
from syria_talks import batch
from syria_talks.batch import Failed, Parsed, outcome_line, parse_bag, parse_many, text_id
from syria_talks.export import to_json

LAVROV = "وقال وزير الخارجية الروسي سيرغي لافروف أمس إن الهدنة في حلب صامدة."
KERRY = "وقال وزير الخارجية الأمريكي جون كيري إن وقف إطلاق النار في إدلب هش."
DENIAL = "ونفت وزارة الخارجية الروسية أن تكون طائراتها قد قصفت إدلب."
SEPT_20 = datetime.date(2016, 9, 20)


def _corpus(size: int) -> list[tuple[str, str]]:
    # Distinct texts (the number is part of what is said), so an order mix-up cannot hide.
    sentences = itertools.cycle([LAVROV, KERRY, DENIAL])
    return [(f"doc-{i}", f"{next(sentences)} وقال كيري إن الجولة {i} انتهت.") for i in range(size)]


def test_every_input_gives_one_outcome_in_input_order() -> None:
    items: list[batch.Item] = [
        LAVROV,
        ("kerry", KERRY),
        ("empty", "  \n"),
        ("binary", "نص\x00ثنائي"),
        ("dated", LAVROV, "2016-09-20"),
        ("bad-date", LAVROV, "20/09/2016"),
    ]
    outcomes = list(parse_many(items))
    assert [o.doc_id for o in outcomes] == [
        text_id(LAVROV),
        "kerry",
        "empty",
        "binary",
        "dated",
        "bad-date",
    ]
    assert [o.ok for o in outcomes] == [True, True, False, False, True, False]
    failures = {o.doc_id: o.error for o in outcomes if isinstance(o, Failed)}
    assert failures == {
        "empty": "EmptyDocumentError",
        "binary": "BinaryDocumentError",
        "bad-date": "InputError",
    }
    dated = outcomes[4]
    assert isinstance(dated, Parsed)
    assert dated.article.statements[0].when is not None
    assert dated.article.statements[0].when.start == datetime.date(2016, 9, 19)  # أمس


def test_items_that_are_not_documents_are_failures_not_exceptions() -> None:
    outcomes = list(parse_many([b"bytes", ("id", 42), 7]))  # type: ignore[list-item]
    assert [(o.doc_id, o.ok) for o in outcomes] == [("#0", False), ("id", False), ("#2", False)]
    assert all(isinstance(o, Failed) and o.error == "InputError" for o in outcomes)


def test_the_default_publication_date_applies_where_an_item_gives_none() -> None:
    plain, own = parse_many([("a", LAVROV), ("b", LAVROV, "2016-01-02")], published=SEPT_20)
    assert isinstance(plain, Parsed) and isinstance(own, Parsed)
    assert plain.article.published == SEPT_20
    assert own.article.published == datetime.date(2016, 1, 2)


def test_a_document_over_the_size_limit_is_a_typed_failure_never_truncated(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(batch, "MAX_INPUT_CHARS", len(LAVROV) - 1)
    (outcome,) = parse_many([("long", LAVROV)])
    assert isinstance(outcome, Failed)
    assert outcome.error == "InputTooLargeError"
    assert f"{len(LAVROV)} characters" in outcome.message


def test_a_parser_bug_is_recorded_with_its_type_and_the_run_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from syria_talks.parsing import pipeline

    real = pipeline.parse

    def broken(text: str, **options: object) -> syria_talks.Article:
        if "كيري" in text:
            raise IndexError("a bug")
        return real(text, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "parse", broken)
    outcomes = list(parse_many([("l", LAVROV), ("k", KERRY), ("d", DENIAL)]))
    assert [o.ok for o in outcomes] == [True, False, True]
    assert isinstance(outcomes[1], Failed)
    assert outcomes[1].error == "IndexError"
    assert "parser bug" in outcomes[1].message


def test_bad_n_process_is_a_typed_error() -> None:
    with pytest.raises(syria_talks.InputError, match="n_process"):
        list(parse_many([LAVROV], n_process=0))


def test_items_are_read_lazily_so_memory_stays_flat() -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for i in itertools.count():
            pulled += 1
            yield f"{LAVROV} {i}"

    first_three = list(itertools.islice(parse_many(endless()), 3))
    assert len(first_three) == 3
    assert pulled == 3


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet='وقال لافروف إن كيري «»"\n\x00.،', max_size=60),
            st.sampled_from([LAVROV, KERRY, DENIAL, "", " "]),
        ),
        max_size=8,
    )
)
def test_inputs_equal_parsed_plus_failed(texts: list[str]) -> None:
    items = [(str(i), text) for i, text in enumerate(texts)]
    outcomes = list(parse_many(items))
    assert [o.doc_id for o in outcomes] == [doc_id for doc_id, _ in items]
    for (_, text), outcome in zip(items, outcomes, strict=True):
        assert outcome.ok == (bool(text.strip()) and "\x00" not in text)


def test_outcome_lines_embed_the_article_json_byte_for_byte() -> None:
    parsed, failed = parse_many([("ok", LAVROV), ("bad", "")])
    assert isinstance(parsed, Parsed)
    line = outcome_line(parsed)
    assert line == '{"source": "ok", "article": ' + to_json(parsed.article) + "}"
    assert json.loads(outcome_line(failed)) == {
        "source": "bad",
        "error": "EmptyDocumentError",
        "message": "the document is empty",
    }


def test_two_processes_give_the_same_outcomes_as_one() -> None:
    items = [*_corpus(40), ("empty", ""), *_corpus(3)]
    one = [outcome_line(o) for o in parse_many(items)]
    two = [outcome_line(o) for o in parse_many(items, n_process=2, chunk_size=4)]
    assert two == one
    assert len(one) == len(items)


def test_dask_on_a_local_cluster_of_two_processes_equals_sequential_parsing(
    tmp_path: Path,
) -> None:
    import dask.bag as db
    from distributed import Client, LocalCluster

    items = [*_corpus(24), ("empty", " ")]
    lines = tmp_path / "docs.jsonl"
    lines.write_text(
        "".join(
            json.dumps({"id": d, "text": t, "published": "2016-09-20"}, ensure_ascii=False) + "\n"
            for d, t in items
        ),
        encoding="utf-8",
    )
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster),
    ):
        assert len(cluster.workers) == 2
        from_tuples = parse_bag(db.from_sequence(items, npartitions=4)).compute()
        from_lines = parse_bag(db.read_text(str(lines), blocksize=2_000).map(json.loads)).compute()
    sequential = list(parse_many(items))
    assert [outcome_line(o) for o in from_tuples] == [outcome_line(o) for o in sequential]
    dated = list(parse_many(items, published=SEPT_20))
    assert [outcome_line(o) for o in from_lines] == [outcome_line(o) for o in dated]
    assert sum(not o.ok for o in from_lines) == 1


def test_the_json_is_identical_whichever_way_a_document_is_parsed(tmp_path: Path) -> None:
    """parse(), parse_many on 1 and 2 processes, Dask and the batch CLI: byte-identical JSON."""
    import dask
    import dask.bag as db

    from syria_talks.cli import main

    items = _corpus(6)
    expected = [to_json(syria_talks.parse(text)) for _, text in items]

    def jsons(outcomes: list[batch.Outcome]) -> list[str]:
        return [to_json(o.article) for o in outcomes if isinstance(o, Parsed)]

    assert jsons(list(parse_many(items))) == expected
    assert jsons(list(parse_many(items, n_process=2, chunk_size=2))) == expected
    with dask.config.set(scheduler="processes", num_workers=2):
        assert jsons(parse_bag(db.from_sequence(items, npartitions=3)).compute()) == expected
    for doc_id, text in items:
        (tmp_path / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(tmp_path), "--out", str(out)]) == 0
    written = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        source = json.loads(line)["source"]
        written[Path(source).stem] = line.split(', "article": ', 1)[1][:-1]
    assert [written[doc_id] for doc_id, _ in items] == expected


def test_records_without_a_text_field_are_failures_named_by_their_id() -> None:
    import dask

    records = [{"id": "a", "text": KERRY}, {"id": "b", "body": KERRY}, {"text": DENIAL}]
    import dask.bag as db

    with dask.config.set(scheduler="sync"):
        outcomes = parse_bag(db.from_sequence(records)).compute()
    assert [(o.doc_id, o.ok) for o in outcomes] == [
        ("a", True),
        ("b", False),
        (text_id(DENIAL), True),
    ]
    assert isinstance(outcomes[1], Failed)
    assert "no text field 'text'" in outcomes[1].message


def test_values_that_cannot_reach_a_worker_process_fail_their_document_only() -> None:
    unpicklable = (lambda: None,)  # neither a date nor a text, and no pickle either
    items = [("ok", KERRY), ("bad-date", KERRY, unpicklable), ("bad-text", unpicklable)]
    outcomes = list(parse_many(items, n_process=2))  # type: ignore[arg-type]
    assert [(o.doc_id, o.ok) for o in outcomes] == [
        ("ok", True),
        ("bad-date", False),
        ("bad-text", False),
    ]
