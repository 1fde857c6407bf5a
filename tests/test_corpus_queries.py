"""Corpus: the questions of one article asked of many, one identity per actor across them;
loaded from the batch output without parsing again."""

from __future__ import annotations

import datetime
from collections.abc import Callable
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
    by_name = corpus.statements_where(speaker="Lavrov")
    assert _ids(by_name) == ["sep-aleppo", "oct-geneva", "nov-truce", "undated"]
    assert _ids(corpus.statements_where(speaker="سيرجي لافروف")) == _ids(by_name)
    lavrov = corpus.actor("لافروف")
    assert lavrov is not None and lavrov.id == "sergei-lavrov"
    assert _ids(corpus.statements_where(speaker=lavrov)) == _ids(by_name)
    assert corpus.statements_where(speaker="Nobody Atall") == ()


def test_a_state_answers_for_its_officials_across_articles(corpus: Corpus) -> None:
    russia = corpus.statements_where(speaker="Russia", include_officials=True)
    speakers = {f.statement.speaker.id for f in russia if f.statement.speaker}
    assert speakers == {"sergei-lavrov", "mfa:RU"}
    assert corpus.statements_where(speaker="Russia") == ()


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
    september = corpus.statements_where(
        during=(datetime.date(2016, 9, 1), datetime.date(2016, 9, 30))
    )
    assert _ids(september) == ["sep-aleppo"]
    assert september[0].date == datetime.date(2016, 9, 19)  # أمس, not the publication date
    autumn = corpus.statements_where(
        during=(datetime.date(2016, 10, 1), datetime.date(2016, 11, 30))
    )
    assert _ids(autumn) == ["oct-geneva", "oct-idlib", "oct-idlib", "nov-truce", "nov-truce"]


def test_statements_where_about_an_agreement_by_name_or_id(corpus: Corpus) -> None:
    by_name = corpus.statements_where(about="وقف الاعمال العدائية")  # spelling variant
    assert _ids(by_name) == ["nov-truce", "nov-truce"]
    assert corpus.statements_where(about="cessation-of-hostilities") == by_name
    collapsed = corpus.agreements_where(status="collapsed")
    assert [(d, a.id) for d, a in collapsed] == [("nov-truce", "cessation-of-hostilities")]


def test_who_spoke_of_a_place_phrase_across_articles(corpus: Corpus) -> None:
    assert [a.id for a in corpus.who_spoke_of("إدلب")] == ["john-kerry", "mfa:RU", "sergei-lavrov"]
    assert _ids(corpus.statements_where(mentioning="جنيف")) == ["oct-geneva", "undated"]


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
    assert _ids(loaded.statements_where(speaker="Kerry")) == ["oct-idlib"]


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


AUTUMN = (datetime.date(2016, 10, 1), datetime.date(2016, 11, 30))


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"speaker": "Lavrov", "during": AUTUMN}, ["oct-geneva", "nov-truce"]),
        ({"speaker": "Lavrov", "about": "وقف الأعمال العدائية"}, ["nov-truce"]),
        ({"about": "وقف الأعمال العدائية", "stance": "warn"}, ["nov-truce"]),
        ({"about": "no such agreement"}, []),
        ({"mentioning": "إدلب", "country": "US"}, ["oct-idlib"]),
        ({"mentioning": "إدلب", "country": "RU"}, ["oct-idlib", "nov-truce"]),
        ({"mentioning": "إدلب", "during": (datetime.date(2016, 10, 5),) * 2}, ["oct-idlib"] * 2),
        ({"speaker": "Russia", "include_officials": True, "negated": True}, ["oct-idlib"]),
        ({"speaker": "Lavrov", "negated": True}, []),
        # an undated statement counts on its article's date; the undated article never does
        ({"speaker": "Lavrov", "during": (datetime.date(2016, 10, 3),) * 2}, ["oct-geneva"]),
        ({"speaker": "Lavrov", "during": (datetime.date(2016, 10, 4),) * 2}, []),
    ],
)
def test_statements_where_combines_every_filter(
    corpus: Corpus, filters: dict[str, object], expected: list[str]
) -> None:
    assert _ids(corpus.statements_where(**filters)) == expected  # type: ignore[arg-type]


def test_during_sorts_by_date_and_the_other_filters_keep_corpus_order() -> None:
    later_first = Corpus.from_outcomes(parse_many([ITEMS[3], ITEMS[0]]))
    assert _ids(later_first.statements_where(speaker="Lavrov")) == ["nov-truce", "sep-aleppo"]
    year = (datetime.date(2016, 1, 1), datetime.date(2016, 12, 31))
    dated = later_first.statements_where(speaker="Lavrov", during=year)
    assert _ids(dated) == ["sep-aleppo", "nov-truce"]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (
            {},
            [
                ("sep-aleppo", "agreement:الهدنه"),
                ("oct-idlib", "ceasefire"),
                ("nov-truce", "cessation-of-hostilities"),
            ],
        ),
        ({"status": "collapsed"}, [("nov-truce", "cessation-of-hostilities")]),
        ({"status": "unknown"}, [("sep-aleppo", "agreement:الهدنه"), ("oct-idlib", "ceasefire")]),
        # its collapse is undated: no period holds it
        ({"during": (datetime.date(2016, 1, 1), datetime.date(2016, 12, 31))}, []),
        ({"status": "signed"}, []),
        ({"party": "Atlantis"}, []),
    ],
)
def test_agreements_where(
    corpus: Corpus, filters: dict[str, object], expected: list[tuple[str, str]]
) -> None:
    found = corpus.agreements_where(**filters)  # type: ignore[arg-type]
    assert [(doc_id, a.id) for doc_id, a in found] == expected


def test_actors_where_across_articles(corpus: Corpus) -> None:
    russians = corpus.actors_where(country="Russia")
    assert {a.id for a in russians} >= {"sergei-lavrov", "mfa:RU"}
    assert all(a.country == "RU" for a in russians)
    people = [a.id for a in corpus.actors_where(kind="person", country="US")]
    assert people == ["john-kerry", "john-kirby"]  # each once, as first seen
    with pytest.raises(syria_talks.QueryError, match="kind='nation'"):
        corpus.actors_where(kind="nation")


def test_include_officials_needs_a_speaker(corpus: Corpus) -> None:
    with pytest.raises(syria_talks.QueryError, match="needs a speaker"):
        corpus.statements_where(include_officials=True)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (lambda c: c.statements_by("Lavrov"), lambda c: c.statements_where(speaker="Lavrov")),
        (
            lambda c: c.statements_by("Russia", include_officials=True),
            lambda c: c.statements_where(speaker="Russia", include_officials=True),
        ),
        (
            lambda c: c.statements_mentioning("إدلب"),
            lambda c: c.statements_where(mentioning="إدلب"),
        ),
        (
            lambda c: c.statements_about("وقف الأعمال العدائية"),
            lambda c: c.statements_where(about="وقف الأعمال العدائية"),
        ),
        (lambda c: c.statements_between(*AUTUMN), lambda c: c.statements_where(during=AUTUMN)),
        (
            lambda c: c.agreements_with_status("collapsed"),
            lambda c: c.agreements_where(status="collapsed"),
        ),
    ],
)
def test_the_old_names_warn_at_the_callers_line_and_answer_as_the_new_ones(
    corpus: Corpus, old: Callable[[Corpus], object], new: Callable[[Corpus], object]
) -> None:
    with pytest.warns(DeprecationWarning, match=r"^Corpus\.\w+\(.*is deprecated") as caught:
        answer = old(corpus)
    assert len(caught) == 1
    assert Path(caught[0].filename).resolve() == Path(__file__).resolve()
    assert answer and answer == new(corpus)


def test_every_value_is_checked_before_an_unknown_agreement_answers_nothing(
    corpus: Corpus,
) -> None:
    with pytest.raises(syria_talks.QueryError, match="during must be"):
        corpus.statements_where(about="no such agreement", during="2016")  # type: ignore[arg-type]
    with pytest.raises(syria_talks.QueryError, match="mode="):
        corpus.statements_where(about="no such agreement", mode="sung")
