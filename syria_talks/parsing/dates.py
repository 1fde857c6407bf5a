"""Stage: time expressions — dates, months, weekdays and relative phrases, resolved when the
publication date is known.

Month and weekday names come from Babel's CLDR data for every Arabic locale, so the Levantine
(شباط، آذار، تموز), Egyptian and Gulf (فبراير، مارس، يوليو), Maghrebi (فيفري، أفريل، جويلية) and
Moroccan (يوليوز، غشت، شتنبر) names are all known; the combined form "شباط/فبراير" is one date.
Everything else (أمس، الماضي، قبل أيام ...) is in ``data/time_words.json``.
"""

from __future__ import annotations

import calendar
import datetime
import re
from bisect import bisect_left
from collections.abc import Callable, Collection
from typing import NamedTuple

from syria_talks.lexicon import TimeWords
from syria_talks.model import Granularity
from syria_talks.parsing.claims import Claims
from syria_talks.parsing.document import Document
from syria_talks.shape import WordShape

__all__ = ["FoundTime", "find_times", "resolve_month"]

_YEAR = re.compile(r"(19|20)[0-9][0-9]")
_DAY = re.compile(r"[0-9]{1,2}")
_VAGUE_DAYS = 7  # "قبل أيام": within the last week
_MAX_COUNT_DIGITS = 6  # "قبل 999999 يوم" is already far outside the calendar
# Makes a FoundTime from its fields in C; the named tuple's own __new__ is Python code.
_new_time = tuple.__new__


class FoundTime(NamedTuple):
    """A time expression in view coordinates, with its dates when they could be resolved.

    A named tuple, made in C (``_new_time``): an attrs instance cost four times as much to make,
    and an article has a handful of times.
    """

    start: int
    end: int
    granularity: Granularity
    first: datetime.date | None = None
    last: datetime.date | None = None


def resolve_month(month: int, anchor: datetime.date, direction: int) -> tuple[int, int]:
    """(year, month) of a month named relative to ``anchor``.

    direction -1: the latest such month before the anchor's month ("شباط الماضي");
    +1: the next one after it ("آذار المقبل"); 0: the latest one up to and including it.
    """
    year = anchor.year
    if direction < 0:
        return (year, month) if month < anchor.month else (year - 1, month)
    if direction > 0:
        return (year, month) if month > anchor.month else (year + 1, month)
    return (year, month) if month <= anchor.month else (year - 1, month)


def _month_span(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    return datetime.date(year, month, 1), datetime.date(
        year, month, calendar.monthrange(year, month)[1]
    )


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _valid_day(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


class _Times:
    def __init__(self, doc: Document, words: TimeWords) -> None:
        self.doc = doc
        self.text = doc.text
        self.shape = doc.shape
        # The columns, for the helpers every pass calls: no Tokens method call per look-up.
        self.token_words = doc.tokens.words
        self.token_starts = doc.tokens.starts
        self.token_ends = doc.tokens.ends
        self.count = len(self.token_words)
        self.anchor = doc.published
        self.months = doc.lexicon.month_matcher
        self.weekdays = doc.lexicon.weekday_matcher
        self.words = words
        self.past = words.past
        self.future = words.future
        self.current = words.current
        self.found: list[FoundTime] = []
        self.claims = Claims(len(self.text))
        # Words that may carry a و/ف/ب in front, which is not part of the time expression.
        self.leading = words.leading
        # The only tokens that can start a relative expression; the passes below visit these.
        # The lexicon's scan of the words finds them (Lexicon.time_triggers). Their indexes
        # only: the passes read the columns, no Token is made for them.
        starts = self.token_starts
        self.triggers = [
            bisect_left(starts, m.start) for m in doc.matches(doc.lexicon.time_triggers)
        ]

    # -- helpers --------------------------------------------------------------------------
    def _word(self, i: int) -> str:
        return self.token_words[i] if 0 <= i < self.count else ""

    def _adjacent(self, i: int, j: int, allowed: str = " ") -> bool:
        """Tokens i and j are next to each other with only ``allowed`` characters between."""
        if not (0 <= i < self.count and 0 <= j < self.count):
            return False
        gap = self.text[self.token_ends[i] : self.token_starts[j]]
        return not gap.strip(allowed)  # nothing left when every character is allowed

    def _direction(self, i: int) -> int | None:
        word = self._word(i)
        if word in self.past:
            return -1
        if word in self.future:
            return 1
        if word in self.current:
            return 0
        return None

    def _add(
        self,
        start: int,
        end: int,
        granularity: Granularity,
        dates: tuple[datetime.date, datetime.date] | None,
    ) -> None:
        if not self.claims.free(start, end):
            return
        i = self.doc.token_containing(start)
        if i is not None:
            word = self.token_words[i]
            # A leading time word with a و/ف/ب glued on: what _bare() finds, in the order that
            # rejects most words at the first test.
            leading = self.leading
            if (
                word[1:] in leading
                and word not in leading
                and self.shape.without_proclitic(word) != word
            ):
                start += 1
        self.claims.take(start, end)
        first, last = dates if dates is not None else (None, None)
        self.found.append(_new_time(FoundTime, (start, end, granularity, first, last)))

    def _resolved(
        self, compute: Callable[[datetime.date], tuple[datetime.date, datetime.date] | None]
    ) -> tuple[datetime.date, datetime.date] | None:
        if self.anchor is None:
            return None
        try:
            return compute(self.anchor)
        except (OverflowError, ValueError):
            # Date arithmetic left datetime's years 1-9999 ("قبل 3000 عام" in 2016, "غدا" on
            # 31/12/9999): the expression is still found, its dates are unknown.
            return None

    # -- patterns -------------------------------------------------------------------------
    def _month_at(self, i: int) -> tuple[int, int] | None:
        """A month name at token i, possibly "شباط/فبراير": (month, index of its last token)."""
        if i >= self.count:
            return None
        m = self.months.match_at(self.text, self.token_starts[i])
        if m is None:
            return None
        last = self.doc.token_before(m.end)
        # The combined form names one month twice: شباط/فبراير, نوفمبر/ تشرين الثاني.
        if self._adjacent(last, last + 1, " /"):
            gap = self.text[self.token_ends[last] : self.token_starts[last + 1]]
            other = self.months.match_at(self.text, self.token_starts[last + 1])
            if "/" in gap and other is not None and other.value == m.value:
                last = self.doc.token_before(other.end)
        return m.value, last

    def dates(self) -> None:
        """[day] MONTH[/MONTH] [year | الماضي | المقبل], and a year after عام."""
        for found in self.doc.matches(self.months):
            token = self.doc.token_containing(found.start)
            if token is None or self.claims.taken(found.start):
                continue
            k = token
            i = k
            day = None
            if _DAY.fullmatch(self._word(k - 1)) and self._adjacent(k - 1, k):
                day, i = int(self._word(k - 1)), k - 1
            month = self._month_at(k)
            if month is None:
                continue
            number, last = month
            year = None
            direction = None
            if _YEAR.fullmatch(self._word(last + 1)) and self._adjacent(last, last + 1):
                year, last = int(self._word(last + 1)), last + 1
            elif self._direction(last + 1) is not None and self._adjacent(last, last + 1):
                direction, last = self._direction(last + 1), last + 1
            elif day is None and not self._month_context(k):
                continue  # a bare "آب" or "ماي" is more often not a month
            start, end = self.token_starts[i], self.token_ends[last]
            granularity = Granularity.DAY if day is not None else Granularity.MONTH

            def compute(
                anchor: datetime.date,
                day: int | None = day,
                year: int | None = year,
                direction: int | None = direction,
                number: int = number,
            ) -> tuple[datetime.date, datetime.date] | None:
                y, mo = (
                    (year, number)
                    if year is not None
                    else resolve_month(number, anchor, direction or 0)
                )
                if day is not None:
                    date = _valid_day(y, mo, day)
                    return (date, date) if date else None
                return _month_span(y, mo)

            if year is not None:
                dates = compute(datetime.date(year, 12, 31))
            else:
                dates = self._resolved(compute)
            self._add(start, end, granularity, dates)

    def _month_context(self, i: int) -> bool:
        # Words before a bare month name that make it a month: في شباط، منذ آذار، شهر آب.
        return _bare(self.shape, self._word(i - 1), self.words.month_context) is not None

    def years(self) -> None:
        # The words _bare() accepts, so that the tokens are tested by one set lookup each.
        year_words = self.shape.with_proclitics(self.words.year_words)
        last = self.count - 1
        words = self.token_words
        # The year words are among the triggers: no pass of their own over the tokens.
        for i in [i for i in self.triggers if i < last and words[i] in year_words]:
            if _YEAR.fullmatch(self._word(i + 1)) and self._adjacent(i, i + 1):
                year = int(self._word(i + 1))
                self._add(
                    self.token_starts[i],
                    self.token_ends[i + 1],
                    Granularity.YEAR,
                    (datetime.date(year, 1, 1), datetime.date(year, 12, 31)),
                )

    def weekdays_(self) -> None:
        day_words = self.words.day_word
        for m in self.doc.matches(self.weekdays):
            i = self.doc.token_before(m.end)
            start = m.start
            if _bare(self.shape, self._word(i - 1), day_words) and self._adjacent(i - 1, i):
                start = self.token_starts[i - 1]
            direction = self._direction(i + 1) if self._adjacent(i, i + 1) else None
            end = self.token_ends[i + 1] if direction is not None else m.end
            weekday = m.value

            def compute(
                anchor: datetime.date, weekday: int = weekday, direction: int | None = direction
            ) -> tuple[datetime.date, datetime.date]:
                if direction is not None and direction > 0:
                    delta = (weekday - anchor.weekday()) % 7 or 7
                    date = anchor + datetime.timedelta(days=delta)
                else:
                    delta = (anchor.weekday() - weekday) % 7
                    if direction is not None and direction < 0 and delta == 0:
                        delta = 7
                    date = anchor - datetime.timedelta(days=delta)
                return date, date

            self._add(start, end, Granularity.DAY, self._resolved(compute))

    def day_offsets(self) -> None:
        for m in self.doc.matches(self.words.day_offset_matcher):

            def compute(
                anchor: datetime.date, offset: int = m.value
            ) -> tuple[datetime.date, datetime.date]:
                date = anchor + datetime.timedelta(days=offset)
                return date, date

            self._add(m.start, m.end, Granularity.DAY, self._resolved(compute))

    def find_all(self) -> list[FoundTime]:
        """Every pass in the order its readings take precedence, the times in text order."""
        self.relative_units()
        self.dates()
        self.years()
        self.ago()
        self.day_offsets()
        self.weekdays_()
        return sorted(self.found, key=lambda t: t.start)

    def relative_units(self) -> None:
        """الأسبوع الماضي، الشهر المقبل، العام الماضي, and مطلع/منتصف/أواخر الشهر."""
        units = self.words.relative_units
        parts = self.words.month_parts
        words, starts, ends = self.token_words, self.token_starts, self.token_ends
        for i in self.triggers:
            if words[i] not in units:
                continue
            unit = units[words[i]]
            direction = self._direction(i + 1) if self._adjacent(i, i + 1) else None
            start, end = starts[i], ends[i]
            if direction is not None:
                end = ends[i + 1]
            part_word = _bare(self.shape, self._word(i - 1), parts) if unit == "month" else None
            part = parts[part_word] if part_word and self._adjacent(i - 1, i) else None
            if part is not None:
                start = starts[i - 1]
            if direction is None and part is None:
                continue
            granularity = Granularity.VAGUE if part is not None else _GRANULARITY[unit]
            self._add(
                start, end, granularity, self._resolved(_relative(unit, direction or 0, part))
            )
        for i in self.triggers:
            part_word = _bare(self.shape, words[i], parts)
            part = parts[part_word] if part_word else None
            month = self._month_at(i + 1) if part is not None and self._adjacent(i, i + 1) else None
            if part is None or month is None or self.claims.taken(starts[i]):
                continue
            number, last = month
            direction = self._direction(last + 1) if self._adjacent(last, last + 1) else None
            if direction is not None:
                last += 1
            lo, hi = part

            def compute(
                anchor: datetime.date,
                number: int = number,
                direction: int | None = direction,
                lo: int = lo,
                hi: int = hi,
            ) -> tuple[datetime.date, datetime.date]:
                y, mo = resolve_month(number, anchor, direction or 0)
                end_day = min(hi, calendar.monthrange(y, mo)[1])
                return datetime.date(y, mo, lo), datetime.date(y, mo, end_day)

            self._add(starts[i], ends[last], Granularity.VAGUE, self._resolved(compute))

    def ago(self) -> None:
        """قبل أيام، قبل ثلاثة أيام، قبل يومين، منذ أسبوعين."""
        ago = self.words.ago
        numbers = self.words.numbers
        units = self.words.units
        few = self.words.few
        words, starts, ends = self.token_words, self.token_starts, self.token_ends
        for i in self.triggers:
            if _bare(self.shape, words[i], ago) is None:
                continue
            if not self._adjacent(i, i + 1):
                continue
            word = self._word(i + 1)
            count: int | None = None
            last = i + 1
            digits = _is_count(word)
            if digits or (word in numbers and word not in units):
                count = int(word) if digits else numbers[word]
                last = i + 2
                if not self._adjacent(i + 1, last):
                    continue
            unit_word = self._word(last)
            if unit_word not in units:
                continue
            if count is None and unit_word in numbers:  # يومين، أسبوعين: the dual counts
                count = numbers[unit_word]
            unit = units[unit_word]
            if count is None and unit_word not in few:
                count = 1
            granularity = Granularity.VAGUE if count is None else _GRANULARITY[unit]
            self._add(starts[i], ends[last], granularity, self._resolved(_ago(unit, count)))


_GRANULARITY = {
    "day": Granularity.DAY,
    "week": Granularity.WEEK,
    "month": Granularity.MONTH,
    "year": Granularity.YEAR,
}


def _relative(
    unit: str, direction: int, part: tuple[int, int] | None
) -> Callable[[datetime.date], tuple[datetime.date, datetime.date]]:
    def compute(anchor: datetime.date) -> tuple[datetime.date, datetime.date]:
        if unit == "week":
            monday = (
                anchor
                - datetime.timedelta(days=anchor.weekday())
                + datetime.timedelta(weeks=direction)
            )
            return monday, monday + datetime.timedelta(days=6)
        if unit == "month":
            y, mo = _shift_month(anchor.year, anchor.month, direction)
            first, last = _month_span(y, mo)
            if part is not None:
                lo, hi = part
                return first.replace(day=lo), last.replace(day=min(hi, last.day))
            return first, last
        year = anchor.year + direction
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)

    return compute


def _ago(
    unit: str, count: int | None
) -> Callable[[datetime.date], tuple[datetime.date, datetime.date]]:
    def compute(anchor: datetime.date) -> tuple[datetime.date, datetime.date]:
        if count is None:  # "قبل أيام": a few units ago, up to the day before
            span = {"day": _VAGUE_DAYS, "week": 28, "month": 180, "year": 3650}[unit]
            return anchor - datetime.timedelta(days=span), anchor - datetime.timedelta(days=1)
        if unit == "day":
            date = anchor - datetime.timedelta(days=count)
            return date, date
        if unit == "week":
            date = anchor - datetime.timedelta(weeks=count)
            return date - datetime.timedelta(days=date.weekday()), date + datetime.timedelta(
                days=6 - date.weekday()
            )
        if unit == "month":
            y, mo = _shift_month(anchor.year, anchor.month, -count)
            return _month_span(y, mo)
        year = anchor.year - count
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)

    return compute


def _is_count(word: str) -> bool:
    # ASCII digits only: str.isdigit() accepts "²", which int() refuses.
    return 0 < len(word) <= _MAX_COUNT_DIGITS and word.isascii() and word.isdigit()


def _bare(shape: WordShape, word: str, words: Collection[str]) -> str | None:
    """``word`` or ``word`` without its و/ف/ب proclitic, whichever is in ``words``."""
    if word in words:
        return word
    bare = shape.without_proclitic(word)
    return bare if bare != word and bare in words else None


def find_times(doc: Document) -> list[FoundTime]:
    """All time expressions in text order (longest readings first, no overlaps)."""
    return _Times(doc, doc.lexicon.time_words).find_all()
