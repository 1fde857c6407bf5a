"""Claims are taken through a memoryview of their bytes (a faster slice assignment than the
bytearray's): whatever spans of the text are taken, in any order, a span is free exactly when
none of its characters lies in a span taken before, as a set of claimed positions says."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from syria_talks.parsing.claims import Claims


@st.composite
def spans_of_a_text(draw: st.DrawFn) -> tuple[int, list[tuple[int, int]], list[tuple[int, int]]]:
    """A text's length, the spans taken and the spans asked about, all within the text (some
    empty, some longer than the claims kept ready, some past the last character)."""
    length = draw(st.integers(0, 400))
    span = st.tuples(st.integers(0, length), st.integers(0, length)).map(sorted).map(tuple)
    return length, draw(st.lists(span, max_size=12)), draw(st.lists(span, max_size=12))


@given(spans_of_a_text())
def test_claims_agree_with_a_set_of_positions(
    case: tuple[int, list[tuple[int, int]], list[tuple[int, int]]],
) -> None:
    length, taken, asked = case
    claims = Claims(length)
    claimed: set[int] = set()
    for start, end in taken:
        claims.take(start, end)
        claimed.update(range(start, end))
        for first, last in asked:
            assert claims.free(first, last) == claimed.isdisjoint(range(first, last))
    assert [claims.taken(p) for p in range(length + 1)] == [p in claimed for p in range(length + 1)]


def test_a_long_claim_is_taken_whole() -> None:
    claims = Claims(1_000)
    claims.take(10, 900)  # longer than the claims made ready in advance
    assert not claims.free(899, 900)
    assert claims.free(900, 1_000)
    assert claims.free(0, 10)
