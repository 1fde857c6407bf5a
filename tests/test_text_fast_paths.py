"""The faster text layer against the plain versions it replaced: offset conversion, quote
pairing and sentence splitting give the same answers, on table texts and generated ones."""

from __future__ import annotations

import bisect
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from syria_talks.text import (
    NormalizedText,
    QuotePair,
    merged_intervals,
    normalize,
    pair_quotes,
    split_sentences,
)

# Letters, harakat (fatha, shadda, sukun, tanween), tatweel, a direction mark and the quote
# marks the pairing reads.
MARKED = st.sampled_from(list('ابتكلمنوي َُِّْـًٌٍ\u200f.؟\n"“”«»„'))


# --- offsets: the three look-ups to_original made, one per call, before they were one frame ---


def _original_index(view: NormalizedText, index: int) -> int:
    """The view index's original index, by the definition: the index-th character kept."""
    kept = [i for i, c in enumerate(view.original) if normalize(c)]
    return kept[index] if index < len(kept) else len(view.original)


def _to_original_by_definition(view: NormalizedText, start: int, end: int) -> tuple[int, int]:
    o_start = _original_index(view, start)
    if end <= start:
        return o_start, o_start
    o_end = _original_index(view, end - 1) + 1
    limit = _original_index(view, end)
    while o_end < limit and re.match("[\u064b-\u065f\u0670\u06d6-\u06ed]", view.original[o_end]):
        o_end += 1
    return o_start, o_end


@given(st.text(MARKED, max_size=40), st.integers(0, 45), st.integers(0, 45))
def test_a_view_span_converts_as_the_definition_says(text: str, a: int, b: int) -> None:
    view = NormalizedText(text)
    n = len(view.text)
    start, end = sorted((min(a, n), min(b, n)))
    assert view.to_original(start, end) == _to_original_by_definition(view, start, end)


@given(st.text(MARKED, max_size=40), st.integers(0, 45), st.integers(0, 45))
def test_an_end_before_the_start_reads_as_the_empty_span_at_the_start(
    text: str, a: int, b: int
) -> None:
    view = NormalizedText(text)
    n = len(view.text)
    end, start = sorted((min(a, n), min(b, n)))
    if view.deleted_nothing:
        assert view.to_original(start, end) == (start, end)  # as given: nothing to convert
    else:
        o_start, _ = _to_original_by_definition(view, start, start)
        assert view.to_original(start, end) == (o_start, o_start)


@pytest.mark.parametrize(
    ("text", "word", "written"),
    [
        ("قالَ الوزيرُ", "الوزير", "الوزيرُ"),  # the harakah on the last letter stays inside
        ("قالّ الوزيرّ", "الوزير", "الوزيرّ"),
        ("جاء الأمريكـــي", "الامريكي", "الأمريكـــي"),  # tatweel inside the word
        ("جاء الوزير", "الوزير", "الوزير"),  # nothing deleted: the same offsets
    ],
)
def test_a_word_maps_back_to_what_was_written(text: str, word: str, written: str) -> None:
    view = NormalizedText(text)
    start = view.text.index(word)
    o_start, o_end = view.to_original(start, start + len(word))
    assert text[o_start:o_end] == written


def test_only_a_view_that_deleted_nothing_says_so() -> None:
    assert NormalizedText("قال الوزير «نعم»").deleted_nothing
    assert not NormalizedText("قالَ الوزير").deleted_nothing
    assert not NormalizedText("الأمريكـي").deleted_nothing


# --- quote pairing: the loop before it found the ” and line breaks only when a “ asked ---


class _Open:
    def __init__(self, position: int, closer: str) -> None:
        self.position = position
        self.closer = closer
        self.dropped = False


def _pair_quotes_before(text: str) -> list[tuple[int, int]]:
    openers = {"“": "”", "«": "»", "„": "“"}
    reversed_ = {"”": "“", "»": "«"}
    pairs: list[tuple[int, int]] = []
    stack: list[_Open] = []
    by_closer: dict[str, list[_Open]] = {}
    line_start = 0
    closers = [m.start() for m in re.finditer("”", text)]
    breaks = [m.start() for m in re.finditer("\n", text)]

    def innermost(candidates: list[_Open] | None) -> _Open | None:
        while candidates:
            if not candidates[-1].dropped:
                return candidates[-1]
            candidates.pop()
        return None

    def closer_follows(pos: int) -> bool:
        i = bisect.bisect_right(closers, pos)
        if i == len(closers):
            return False
        j = bisect.bisect_right(breaks, pos)
        return j == len(breaks) or closers[i] < breaks[j]

    def same_mark_closes() -> _Open | None:
        while stack and stack[-1].dropped:
            stack.pop()
        if stack and stack[-1].closer == "”" and stack[-1].position >= line_start:
            return stack[-1]
        return None

    for m in re.finditer('["“”«»„]|\n', text):
        mark, pos = m.group(), m.start()
        if mark == "\n":
            for straight in by_closer.pop('"', ()):
                straight.dropped = True
            line_start = pos + 1
            continue
        opener = innermost(by_closer.get(mark))
        if opener is None and mark == "“" and not closer_follows(pos):
            opener = same_mark_closes()
        if opener is not None:
            while stack:
                inner = stack.pop()
                inner.dropped = True
                if inner is opener:
                    break
            pairs.append((opener.position, pos))
            continue
        closer = '"' if mark == '"' else openers.get(mark) or reversed_.get(mark)
        if closer is not None:
            opened = _Open(pos, closer)
            stack.append(opened)
            by_closer.setdefault(closer, []).append(opened)
    return sorted(pairs, key=lambda p: p[0])


QUOTES = st.sampled_from(list('ب "“”«»„\n'))


@given(st.text(QUOTES, max_size=60))
def test_quote_pairs_are_the_ones_the_plain_loop_finds(text: str) -> None:
    assert [(p.open, p.close) for p in pair_quotes(text)] == _pair_quotes_before(text)


@given(st.text(MARKED, max_size=60))
def test_quote_pairs_of_the_view_are_the_originals_moved_to_the_view(text: str) -> None:
    view = NormalizedText(text)
    moved = [
        QuotePair(open=view.view_index(p.open), close=view.view_index(p.close))
        for p in pair_quotes(text)
    ]
    assert view.quote_pairs() == moved


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("قال “نعم” ثم «لا»", ["نعم", "لا"]),
        ("قال “نعم “ثم” قال” ثم", ["نعم “ثم” قال", "ثم"]),  # a ” further on the line: “ nests
        ("قال “نعم“ ثم", ["نعم"]),  # no ” on the line: the same mark closes
        ("قال “نعم\nثم“ لا", []),  # ... but only on its own line
        ('قال "نعم\nثم" لا', []),  # a straight quote never crosses a line
        ("قال «نعم\nثم» لا", ["نعم\nثم"]),  # an angle quote does
    ],
)
def test_quote_pairs_table(text: str, quoted: list[str]) -> None:
    assert [text[p.open + 1 : p.close] for p in pair_quotes(text)] == quoted


# --- sentences: the one-pattern split against the mark-by-mark loop it replaced ---


def _sentences_before(text: str, quotes: list[QuotePair]) -> list[tuple[int, int]]:
    inside = merged_intervals(quotes)
    spans: list[tuple[int, int]] = []
    start = run_end = 0
    for m in re.finditer(r"[.!?؟\n]", text):
        mark = m.start()
        if mark < run_end:
            continue
        if text[mark] == "\n":
            end = mark + 1
        else:
            run = re.compile(r"[.!?؟]+").match(text, mark)
            assert run is not None
            end = run_end = run.end()
            after = text[end : end + 1]
            if after and not after.isspace() and after not in "\"')]":
                continue
            i = bisect.bisect_left(inside, (mark, -1)) - 1
            if i >= 0 and inside[i][0] < mark < inside[i][1]:
                continue
        if end > start and text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


SENTENCE_TEXT = st.sampled_from(list(".!?؟ \n\xa0\"“”«»)'بَـ"))


@given(st.text(SENTENCE_TEXT, max_size=70))
def test_sentences_are_the_ones_the_mark_by_mark_loop_finds(text: str) -> None:
    view = NormalizedText(text)
    quotes = view.quote_pairs()
    expected = _sentences_before(view.text, quotes)
    assert view.sentences(quotes) == expected
    assert split_sentences(view.text, merged_intervals(quotes)) == expected


def test_a_stop_inside_a_quotation_that_opened_in_an_earlier_sentence_ends_nothing() -> None:
    text = 'قال الوزير. ثم أضاف "لن نقبل. ولن نوقع". وانتهى.'
    view = NormalizedText(text)
    pieces = [view.text[s:e] for s, e in view.sentences(view.quote_pairs())]
    assert pieces == ["قال الوزير.", ' ثم اضاف "لن نقبل. ولن نوقع".', " وانتهي."]
