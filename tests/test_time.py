"""Time expressions: CLDR month names of every Arabic locale, relative phrases, statement times."""

from __future__ import annotations

import datetime

import pytest
from babel import Locale
from hypothesis import given
from hypothesis import strategies as st

import syria_talks
from syria_talks import Granularity
from syria_talks.lexicon import arabic_month_names, arabic_weekday_names
from syria_talks.parsing.dates import resolve_month

PUBLISHED = datetime.date(2016, 7, 4)  # a Monday
ARABIC_LOCALES = ["ar", "ar_SY", "ar_LB", "ar_IQ", "ar_EG", "ar_SA", "ar_DZ", "ar_TN", "ar_MA"]
EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _times(text: str, published: datetime.date | None = PUBLISHED) -> list[syria_talks.TimeRef]:
    return list(syria_talks.parse(text, published=published).times)


def test_month_names_come_from_cldr_for_every_regional_variant() -> None:
    names = arabic_month_names()
    assert names["شباط"] == 2 and names["فبراير"] == 2 and names["فيفري"] == 2
    assert names["تموز"] == 7 and names["يوليوز"] == 7 and names["جويليه"] == 7
    assert names["غشت"] == 8 and names["اب"] == 8
    assert len(set(names.values())) == 12
    assert set(arabic_weekday_names().values()) == set(range(7))


@given(
    date=st.dates(datetime.date(1990, 1, 1), datetime.date(2030, 12, 31)),
    locale=st.sampled_from(ARABIC_LOCALES),
    eastern=st.booleans(),
)
def test_any_date_written_with_any_cldr_month_name_parses_back(
    date: datetime.date, locale: str, eastern: bool
) -> None:
    month = Locale.parse(locale).months["format"]["wide"][date.month]
    text = f"وقال الوزير في {date.day} {month} {date.year} إن الاجتماع انتهى."
    if eastern:
        text = text.translate(EASTERN)
    times = _times(text, published=None)
    assert len(times) == 1
    ref = times[0]
    assert ref.granularity is Granularity.DAY
    assert ref.start == ref.end == date
    assert text[ref.span.start : ref.span.end] == ref.text


@given(date=st.dates(datetime.date(2000, 1, 1), datetime.date(2030, 12, 31)))
def test_the_combined_levantine_and_egyptian_form_is_one_date(date: datetime.date) -> None:
    levant = Locale.parse("ar_SY").months["format"]["wide"][date.month]
    egypt = Locale.parse("ar").months["format"]["wide"][date.month]
    text = f"وجرى ذلك في {date.day} {levant}/{egypt} {date.year}."
    (ref,) = _times(text, published=None)
    assert ref.start == date
    assert ref.text == f"{date.day} {levant}/{egypt} {date.year}"


RELATIVE = [
    ("أمس", Granularity.DAY, datetime.date(2016, 7, 3), datetime.date(2016, 7, 3)),
    ("اليوم", Granularity.DAY, PUBLISHED, PUBLISHED),
    ("غدا", Granularity.DAY, datetime.date(2016, 7, 5), datetime.date(2016, 7, 5)),
    ("الخميس الماضي", Granularity.DAY, datetime.date(2016, 6, 30), datetime.date(2016, 6, 30)),
    ("يوم الاثنين الماضي", Granularity.DAY, datetime.date(2016, 6, 27), datetime.date(2016, 6, 27)),
    ("الخميس المقبل", Granularity.DAY, datetime.date(2016, 7, 7), datetime.date(2016, 7, 7)),
    ("الأسبوع الماضي", Granularity.WEEK, datetime.date(2016, 6, 27), datetime.date(2016, 7, 3)),
    ("الأسبوع المقبل", Granularity.WEEK, datetime.date(2016, 7, 11), datetime.date(2016, 7, 17)),
    ("الشهر الماضي", Granularity.MONTH, datetime.date(2016, 6, 1), datetime.date(2016, 6, 30)),
    ("العام الماضي", Granularity.YEAR, datetime.date(2015, 1, 1), datetime.date(2015, 12, 31)),
    ("شباط الماضي", Granularity.MONTH, datetime.date(2016, 2, 1), datetime.date(2016, 2, 29)),
    ("تموز الماضي", Granularity.MONTH, datetime.date(2015, 7, 1), datetime.date(2015, 7, 31)),
    ("قبل أيام", Granularity.VAGUE, datetime.date(2016, 6, 27), datetime.date(2016, 7, 3)),
    ("قبل ثلاثة أيام", Granularity.DAY, datetime.date(2016, 7, 1), datetime.date(2016, 7, 1)),
    ("قبل يومين", Granularity.DAY, datetime.date(2016, 7, 2), datetime.date(2016, 7, 2)),
    ("مطلع الشهر", Granularity.VAGUE, datetime.date(2016, 7, 1), datetime.date(2016, 7, 10)),
    (
        "منتصف الشهر الماضي",
        Granularity.VAGUE,
        datetime.date(2016, 6, 11),
        datetime.date(2016, 6, 20),
    ),
    ("أواخر الشهر", Granularity.VAGUE, datetime.date(2016, 7, 21), datetime.date(2016, 7, 31)),
    ("عام 2014", Granularity.YEAR, datetime.date(2014, 1, 1), datetime.date(2014, 12, 31)),
]


@pytest.mark.parametrize(
    ("phrase", "granularity", "start", "end"), RELATIVE, ids=[r[0] for r in RELATIVE]
)
def test_relative_expressions_resolve_against_the_publication_date(
    phrase: str, granularity: Granularity, start: datetime.date, end: datetime.date
) -> None:
    (ref,) = _times(f"وقال المسؤول {phrase} إن المفاوضات مستمرة.")
    assert ref.text == phrase
    assert ref.granularity is granularity
    assert (ref.start, ref.end) == (start, end)


@pytest.mark.parametrize("phrase", ["أمس", "الخميس الماضي", "قبل أيام", "شباط الماضي"])
def test_without_a_publication_date_relative_times_stay_unresolved(phrase: str) -> None:
    (ref,) = _times(f"وقال المسؤول {phrase} إن المفاوضات مستمرة.", published=None)
    assert ref.text == phrase
    assert ref.start is None and ref.end is None


def test_a_bare_ambiguous_month_word_is_not_a_date() -> None:
    assert _times("وقال إن الأب والابن غادرا.") == []


@pytest.mark.parametrize(
    ("anchor", "month", "direction", "expected"),
    [
        (PUBLISHED, 2, -1, (2016, 2)),
        (PUBLISHED, 7, -1, (2015, 7)),
        (PUBLISHED, 7, 0, (2016, 7)),
        (PUBLISHED, 8, 0, (2015, 8)),
        (PUBLISHED, 3, 1, (2017, 3)),
        (PUBLISHED, 9, 1, (2016, 9)),
    ],
)
def test_resolve_month(
    anchor: datetime.date, month: int, direction: int, expected: tuple[int, int]
) -> None:
    assert resolve_month(month, anchor, direction) == expected


@pytest.fixture(scope="module")
def seed() -> syria_talks.Article:
    return syria_talks.parse(syria_talks.bundled_text(), published=PUBLISHED)


def test_ryabkov_spoke_last_thursday(seed: syria_talks.Article) -> None:
    ryabkov = syria_talks.statements_where(seed, speaker="Ryabkov")
    assert ryabkov[0].when is not None
    assert ryabkov[0].when.text == "يوم الخميس الماضي"
    assert ryabkov[0].when.start == datetime.date(2016, 6, 30)


def test_washington_spoke_a_few_days_ago(seed: syria_talks.Article) -> None:
    (us,) = syria_talks.statements_where(seed, speaker="الولايات المتحدة")
    assert us.when is not None and us.when.granularity is Granularity.VAGUE
    assert us.when.end == datetime.date(2016, 7, 3)


def test_the_truce_was_signed_in_february_2016(seed: syria_talks.Article) -> None:
    truce = next(a for a in seed.agreements if a.id == "cessation-of-hostilities")
    signed = next(e for e in truce.events if e.status is syria_talks.AgreementStatus.SIGNED)
    assert signed.when is not None
    assert (signed.when.start, signed.when.end) == (
        datetime.date(2016, 2, 1),
        datetime.date(2016, 2, 29),
    )
    february = (datetime.date(2016, 2, 1), datetime.date(2016, 2, 29))
    assert syria_talks.agreements_where(seed, during=february) == (truce,)


def test_timeline_orders_dated_entries_first(seed: syria_talks.Article) -> None:
    timeline = seed.timeline()
    dated = [e.when.start for e in timeline if e.when is not None and e.when.start is not None]
    assert dated == sorted(dated)
    assert dated[0] == datetime.date(2016, 2, 1)
    assert len(timeline) == len(seed.statements) + sum(len(a.events) for a in seed.agreements)
    assert syria_talks.statements_where(seed, during=(datetime.date(2016, 6, 30),) * 2)


def test_proposal_names_who_proposed(seed: syria_talks.Article) -> None:
    military = next(a for a in seed.agreements if a.id == "military-cooperation")
    actors = {e.actor_id for e in military.events if e.actor_id}
    assert "barack-obama" in actors
    assert all(seed.actor_by_id(a) is not None for a in actors)
