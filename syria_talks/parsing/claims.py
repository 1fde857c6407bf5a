"""Which characters a pass has already read as part of something, so a later pass leaves them.

spaCy's ``filter_spans`` keeps the longest of overlapping spans after the fact; the stages here
claim as they go instead, in a fixed order where the more certain reading comes first:

- mentions: lexicon actors, media, quoted bodies, titled people, institutions, unnamed sources,
  then states (``find_mentions``);
- times: absolute dates before relative ones (``find_times``);
- places: lexicon places before the heads of unnamed ones (``find_locations``);
- agreements: named agreements before the heads of generic ones (``find_agreements``).

Each stage has its own :class:`Claims`: an actor's name may also be a place ("دمشق").
"""

from __future__ import annotations

__all__ = ["Claims"]

_ONES = [b"\x01" * length for length in range(128)]


class Claims:
    """The claimed characters of one text, one byte each (memory linear in the text, and a
    test of a span costs its length, not the number of claims made)."""

    __slots__ = ("_taken", "_view")

    def __init__(self, length: int) -> None:
        self._taken = bytearray(length + 1)
        # Claims are taken through a view of the bytes: a view's slice assignment copies bytes
        # of the same length, where the bytearray's first works out whether to resize (about
        # 0.1 µs a claim, some 90 a parse). Spans lie within the text, so lengths always agree.
        self._view = memoryview(self._taken)

    def free(self, start: int, end: int) -> bool:
        """No character of ``[start, end)`` is claimed yet."""
        # One search in C (memchr) instead of a copy of the slice and an iteration over it.
        return self._taken.find(1, start, end) < 0

    def taken(self, position: int) -> bool:
        return bool(self._taken[position])

    def take(self, start: int, end: int) -> None:
        length = end - start
        # Claims are mostly a few words long: their bytes are made once, not once a claim.
        ones = _ONES[length] if 0 <= length < len(_ONES) else b"\x01" * length
        self._view[start:end] = ones
