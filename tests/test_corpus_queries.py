"""Corpus: the questions of one article asked of many, one identity per actor across them;
loaded from the batch output without parsing again."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import syria_talks
from syria_talks.batch import outcome_line, parse_many
from syria_talks.corpus import Corpus

# Two spellings of Lavrov's first name, in two articles: one identity.
LAVROV_ALEPPO = "وقال وزير الخارجية الروسي سيرغي لافروف أمس إن الهدنة في حلب صامدة."
LAVROV_GENEVA = "وقال سيرجي لافروف إن المفاوضات في جنيف ستستأنف الشهر المقبل."
KERRY_IDLIB = "وقال وزير الخارجية الأمريكي جون كيري إن وقف إطلاق النار في إدلب هش."
MFA_DENIAL = "ونفت وزارة الخارجية الروسية أن تكون طائراتها قد قصفت إدلب."
KIRBY_TRUCE = (
    "وقال المتحدث باسم وزارة الخارجية الأمريكية جون كيربي إن اتفاق وقف الأعمال العدائية "
    "انهار في حلب."
)
LAVROV_WARNS = "وحذر لافروف من أن انهيار وقف الأعمال العدائية سيعيد الحرب إلى إدلب."

ITEMS = [
    ("sep-aleppo", LAVROV_ALEPPO, "2016-09-20"),
    ("oct-geneva", LAVROV_GENEVA, "2016-10-03"),
    ("oct-idlib", f"{KERRY_IDLIB} {MFA_DENIAL}", "2016-10-05"),
    ("nov-truce", f"{KIRBY_TRUCE} {LAVROV_WARNS}", "2016-11-12"),
    ("undated", LAVROV_GENEVA, None),
]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus.from_outcomes(parse_many(ITEMS))


def _ids(found: tuple[object, ...]) -> list[str]:
    return [f.doc_id for f in found]  # type: ignore[attr-defined]


def test_one_identity_across_articles_whatever_the_spelling(corpus: Corpus) -> None:
    by_name = corpus.statements_by("Lavrov")
    assert _ids(by_name) == ["sep-aleppo", "oct-geneva", "nov-truce", "undated"]
    assert _ids(corpus.statements_by("سيرجي لافروف")) == _ids(by_name)
    lavrov = corpus.actor("لافروف")
    assert lavrov is not None and lavrov.id == "sergei-lavrov"
    assert _ids(corpus.statements_by(lavrov)) == _ids(by_name)
    assert corpus.statements_by("Nobody Atall") == ()


def test_a_state_answers_for_its_officials_across_articles(corpus: Corpus) -> None:
    russia = corpus.statements_by("Russia", include_officials=True)
    speakers = {f.statement.speaker.id for f in russia if f.statement.speaker}
    assert speakers == {"sergei-lavrov", "mfa:RU"}
    assert corpus.statements_by("Russia") == ()


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"country": "US"}, ["oct-idlib", "nov-truce"]),
        ({"country": "Russia", "stance": "deny"}, ["oct-idlib"]),
        ({"stance": "warn"}, ["nov-truce"]),
        ({"mode": "DIRECT"}, []),
        ({"speaker_kind": "organization"}, ["oct-idlib"]),
    ],
)
def test_statements_where(corpus: Corpus, filters: dict[str, str], expected: list[str]) -> None:
    assert _ids(corpus.statements_where(**filters)) == expected  # type: ignore[arg-type]


def test_bad_filter_values_are_query_errors_even_with_no_articles() -> None:
    with pytest.raises(syria_talks.QueryError, match="'direct'"):
        Corpus(documents=()).statements_where(mode="shouted")
    with pytest.raises(syria_talks.QueryError, match="country"):
        Corpus(documents=()).statements_where(country="Atlantis")


def test_date_range_uses_the_resolved_time_else_the_publication_date(corpus: Corpus) -> None:
    september = corpus.statements_between(datetime.date(2016, 9, 1), datetime.date(2016, 9, 30))
    assert _ids(september) == ["sep-aleppo"]
    assert september[0].date == datetime.date(2016, 9, 19)  # أمس, not the publication date
    autumn = corpus.statements_between(datetime.date(2016, 10, 1), datetime.date(2016, 11, 30))
    assert _ids(autumn) == ["oct-geneva", "oct-idlib", "oct-idlib", "nov-truce", "nov-truce"]


def test_statements_about_an_agreement_by_name_or_id(corpus: Corpus) -> None:
    by_name = corpus.statements_about("وقف الاعمال العدائية")  # spelling variant
    assert _ids(by_name) == ["nov-truce", "nov-truce"]
    assert corpus.statements_about("cessation-of-hostilities") == by_name
    collapsed = corpus.agreements_with_status("collapsed")
    assert [(d, a.id) for d, a in collapsed] == [("nov-truce", "cessation-of-hostilities")]


def test_who_spoke_of_a_place_phrase_across_articles(corpus: Corpus) -> None:
    assert [a.id for a in corpus.who_spoke_of("إدلب")] == ["john-kerry", "mfa:RU", "sergei-lavrov"]
    assert _ids(corpus.statements_mentioning("جنيف")) == ["oct-geneva", "undated"]


def test_timeline_is_in_date_order_with_undated_entries_last(corpus: Corpus) -> None:
    timeline = corpus.timeline()
    dates = [e.date for e in timeline if e.date is not None]
    assert dates == sorted(dates)
    assert dates[0] == datetime.date(2016, 9, 19)
    assert timeline[-1].doc_id == "undated" and timeline[-1].date is None


def test_monthly_counts_by_actor(corpus: Corpus) -> None:
    frame = corpus.monthly_counts()
    rows = [tuple(r) for r in frame[["month", "speaker_id", "statements"]].itertuples(index=False)]
    assert rows == [
        ("2016-09", "sergei-lavrov", 1),
        ("2016-10", "john-kerry", 1),
        ("2016-10", "mfa:RU", 1),
        ("2016-10", "sergei-lavrov", 1),
        ("2016-11", "john-kirby", 1),
        ("2016-11", "sergei-lavrov", 1),
    ]
    assert str(frame["statements"].dtype) == "Int64"


def test_loading_the_batch_output_does_not_parse_again(
    corpus: Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text("".join(outcome_line(o) + "\n" for o in parse_many(ITEMS)), encoding="utf-8")

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("the corpus parsed a text again")

    from syria_talks.parsing import pipeline

    monkeypatch.setattr(pipeline, "parse", no_parsing)
    monkeypatch.setattr(pipeline, "find_statements", no_parsing)
    loaded = Corpus.from_jsonl(path)
    assert loaded == corpus
    assert _ids(loaded.statements_by("Kerry")) == ["oct-idlib"]


def test_a_line_that_is_not_batch_output_is_a_serialization_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"source": "a", "error": "InputError", "message": "x"}\n', encoding="utf-8")
    with pytest.raises(syria_talks.SerializationError, match=r"bad.jsonl:1"):
        Corpus.from_jsonl(path)


def test_a_corpus_of_articles_given_alone_names_them_by_their_text() -> None:
    article = syria_talks.parse(KERRY_IDLIB)
    corpus = Corpus.from_articles(article)
    assert len(corpus) == 1
    assert corpus.article(corpus.documents[0].doc_id) == article
