"""Queries forgive the way people ask: English names, codes in any case, enum names; and a bad
value is an error that lists the valid ones."""

from __future__ import annotations

import datetime

import pytest

import syria_talks
from syria_talks import QueryError, StatementMode


@pytest.fixture(scope="module")
def article() -> syria_talks.Article:
    return syria_talks.load()


@pytest.mark.parametrize(
    ("name", "actor_id"),
    [
        ("Moscow", "state:RU"),
        ("Washington", "state:US"),
        ("US", "state:US"),
        ("usa", "state:US"),
        ("the United States", "state:US"),
        ("Russia", "state:RU"),
        ("Sergey Lavrov", "sergei-lavrov"),
        ("sergei lavrov", "sergei-lavrov"),
        ("Lavrov", "sergei-lavrov"),
        ("Russian Foreign Ministry", "mfa:RU"),
        ("Ministry of Foreign Affairs of Russia", "mfa:RU"),
        ("Ash Carter", "ashton-carter"),
        ("Ashton Carter", "ashton-carter"),
        ("State Department", "us-state-department"),
        ("Washington Post", "washington-post"),
        ("كارتر", "ashton-carter"),
        ("موسكو", "state:RU"),
    ],
)
def test_actor_is_found_by_any_common_name(
    article: syria_talks.Article, name: str, actor_id: str
) -> None:
    found = article.actor(name)
    assert found is not None, name
    assert found.id == actor_id


def test_an_unknown_name_is_none(article: syria_talks.Article) -> None:
    assert article.actor("Angela Merkel") is None
    assert article.actor("Paris") is None


def test_english_names_reach_actors_of_a_parsed_text() -> None:
    article = syria_talks.parse("وقال نائب وزير الخارجية الروسي سيرجي ريابكوف إن الحوار مستمر.")
    assert [s.cue for s in syria_talks.statements_where(article, speaker="Sergey Ryabkov")] == [
        "وقال"
    ]


def test_a_state_can_answer_for_its_officials(article: syria_talks.Article) -> None:
    assert syria_talks.statements_where(article, speaker="Russia") == ()
    russian = syria_talks.statements_where(article, speaker="Russia", include_officials=True)
    speakers = {s.speaker.id for s in russian if s.speaker}
    assert speakers == {"mfa:RU", "sergei-ryabkov"}  # not the news agency
    american = syria_talks.statements_where(
        article, speaker="الولايات المتحدة", include_officials=True
    )
    assert {s.speaker.id for s in american if s.speaker} == {
        "state:US",
        "ashton-carter",
        "john-kirby",
    }


def test_officials_of_a_state_absent_from_the_text_are_found_by_country_name() -> None:
    article = syria_talks.parse("وقال وزير الخارجية الروسي سيرغي لافروف إن الحوار مستمر.")
    assert article.actor("Russia") is None
    found = syria_talks.statements_where(article, speaker="Russia", include_officials=True)
    assert [s.speaker.id for s in found if s.speaker] == ["sergei-lavrov"]


@pytest.mark.parametrize("mode", ["direct", "DIRECT", "Direct", StatementMode.DIRECT])
def test_enum_filters_take_values_names_and_members(
    article: syria_talks.Article, mode: str | StatementMode
) -> None:
    found = syria_talks.statements_where(article, mode=mode)
    assert found and all(s.mode is StatementMode.DIRECT for s in found)


@pytest.mark.parametrize("country", ["US", "us", "United States", "USA"])
def test_country_filters_normalise(article: syria_talks.Article, country: str) -> None:
    found = syria_talks.statements_where(article, country=country)
    assert len(found) == 9
    assert {a.country for a in syria_talks.actors_where(article, country=country)} == {"US"}


@pytest.mark.parametrize(
    ("call", "listed"),
    [
        (lambda a: syria_talks.statements_where(a, mode="quoted"), "'direct', 'indirect'"),
        (lambda a: syria_talks.statements_where(a, stance="angry"), "'deny'"),
        (lambda a: syria_talks.actors_where(a, kind="people"), "'person'"),
        (lambda a: syria_talks.agreements_where(a, status="dead"), "'collapsed'"),
        (lambda a: syria_talks.statements_where(a, country="Narnia"), "ISO 3166"),
    ],
)
def test_a_bad_filter_value_lists_the_valid_ones(
    article: syria_talks.Article, call: object, listed: str
) -> None:
    with pytest.raises(QueryError, match=listed):
        call(article)  # type: ignore[operator]


def test_an_actor_that_is_not_a_name_is_a_clear_error(article: syria_talks.Article) -> None:
    # A tuple of names is a common slip: one speaker per call.
    with pytest.raises(QueryError, match="speaker must be an Actor or a name"):
        syria_talks.statements_where(article, speaker=("Lavrov", "Kerry"))  # type: ignore[arg-type]


def test_date_ranges_take_datetimes_as_their_day() -> None:
    article = syria_talks.parse(
        "وقال وزير الخارجية الروسي سيرغي لافروف أمس إن الحوار مستمر.",
        published=datetime.date(2016, 7, 4),
    )
    day = datetime.datetime(2016, 7, 3, 12, 30)
    assert len(syria_talks.statements_where(article, during=(day, day))) == 1
    with pytest.raises(QueryError, match=r"start must be a datetime\.date"):
        syria_talks.statements_where(article, during=("2016-07-03", day))  # type: ignore[arg-type]
