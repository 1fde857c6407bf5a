"""Arabic text as the parser sees it: a normalised view that never loses the original offsets.

Everything the parser matches is matched on :class:`NormalizedText.text`, where spelling variants
collapse (أ/إ/آ → ا, ى → ي, ة → ه, harakat and tatweel dropped, Eastern digits → Western, every
quote mark → ``"``). Every index into that view maps back to the original string, so what the
user gets back is always a slice of the text they gave.
"""

from __future__ import annotations

import array
import bisect
import functools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from itertools import accumulate, repeat
from typing import NamedTuple, overload

__all__ = [
    "NormalizedText",
    "QuotePair",
    "Token",
    "Tokens",
    "fold",
    "merged_intervals",
    "normalize",
    "pair_quotes",
    "split_sentences",
]

# One-for-one substitutions keep the view's length, so only deletions need an offset map.
_SUBSTITUTIONS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ی": "ي",
    "ئ": "ي",
    "ؤ": "و",
    "ة": "ه",
    "ک": "ك",
    "“": '"',
    "”": '"',
    "„": '"',
    "‟": '"',
    "«": '"',
    "»": '"',
    "″": '"',
    "٫": ".",
    "٬": ",",
}
_SUBSTITUTIONS.update({chr(0x0660 + d): str(d) for d in range(10)})
_SUBSTITUTIONS.update({chr(0x06F0 + d): str(d) for d in range(10)})
_TABLE = str.maketrans(_SUBSTITUTIONS)

# Harakat, the superscript alef, Quranic annotation marks, tatweel and invisible direction marks.
_DELETABLE = re.compile(
    "[\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069]"
)
_COMBINING = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")

# A token is a run of \w. The Arabic letters are named first: the engine tests a range before
# the Unicode word category, and nearly every character of the text is one of them (the split
# is ~10% faster). Every one of them is \w, so the class is \w (tests/test_document_shortcuts.py).
_TOKEN_SPLIT = re.compile(r"([\u0621-\u064a\w]+)")
# Where a sentence may end: a line break, or a run of stops followed by a space, a closing
# mark or the end. The pattern opens with one character class, the regex engine's fastest
# scan; a stop takes the rest of its run with it (nothing follows the run in the pattern, so
# nothing backtracks into it), and what follows the run is read at each match.
_SENTENCE_MARK = re.compile(r"[.!?؟\n](?:(?<=\n)|[.!?؟]*)")
_AFTER_STOPS = frozenset("\"')]")
_NON_SPACE = re.compile(r"\S")


def normalize(text: str) -> str:
    """Return the normalised form of ``text`` (the view without its offset map)."""
    return _DELETABLE.sub("", text.translate(_TABLE))


def fold(text: str) -> str:
    """A comparison key for names: normalised, lower-cased, hyphens and spaces collapsed."""
    if len(text) > _FOLD_CACHED_UP_TO:
        return _fold(text)
    return _folded_name(text)


def _fold(text: str) -> str:
    key = normalize(unicodedata.normalize("NFKC", text)).casefold()
    return " ".join(key.replace("-", " ").split())


# The same names are folded again and again (each mention, each article); long texts (a
# statement's content in a query) are not worth keeping.
_FOLD_CACHED_UP_TO = 80
_folded_name = functools.lru_cache(maxsize=4096)(_fold)


class Token(NamedTuple):
    """A run of word characters in the normalised view: ``start``/``end`` index that view.

    Made on demand by :class:`Tokens`, which keeps no Token objects: a caller holds one only
    while it looks at it.
    """

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


# Makes a Token from a (text, start) pair in C (and a QuotePair from an (open, close) pair); the
# named tuple's own __new__ is Python code, and rules read tokens one at a time in their loops.
_new_tuple = tuple.__new__


class Tokens(Sequence[Token]):
    """The word tokens of one view, as parallel columns: ``words``, ``starts`` and ``ends``.

    A tuple of Token objects cost a tuple and an int object per word, most of the memory a
    parse took; here a word costs one pointer into ``words`` and four bytes in each of
    ``starts`` and ``ends`` (a text is at most ``MAX_INPUT_CHARS`` long). Equal words share
    one string object: news text repeats its words. The ends are a column of their own so
    that "the last word ending before" is one bisection.
    """

    __slots__ = ("ends", "starts", "words")

    def __init__(
        self, words: tuple[str, ...], starts: array.array[int], ends: array.array[int]
    ) -> None:
        self.words = words
        self.starts = starts
        self.ends = ends

    @classmethod
    def of(cls, text: str) -> Tokens:
        """The word tokens of ``text``."""
        # One split gives the words and the stretches between them; their running lengths
        # are the starts and ends. No match object per word: that was most of the cost.
        parts = _TOKEN_SPLIT.split(text)
        offsets = list(accumulate(map(len, parts), initial=0))
        words = parts[1::2]
        shared: dict[str, str] = {}
        return cls(
            tuple(map(shared.setdefault, words, words)),
            array.array("i", offsets[1:-1:2]),
            array.array("i", offsets[2:-1:2]),
        )

    def __len__(self) -> int:
        return len(self.words)

    @overload
    def __getitem__(self, index: int) -> Token: ...

    @overload
    def __getitem__(self, index: slice) -> Tokens: ...

    def __getitem__(self, index: int | slice) -> Token | Tokens:
        # A slice is columns too: "for t in tokens[:-1]" must not make every token at once.
        # A class test rather than isinstance(): rules index tokens in their inner loops.
        if index.__class__ is slice:
            return Tokens(self.words[index], self.starts[index], self.ends[index])
        return _new_tuple(Token, (self.words[index], self.starts[index]))

    def __iter__(self) -> Iterator[Token]:
        return map(_new_tuple, repeat(Token), zip(self.words, self.starts, strict=True))


class QuotePair(NamedTuple):
    """Matched quote marks; ``open`` and ``close`` are the indices of the marks themselves.

    A named tuple, made in C from the pairing's (open, close) pairs (``_new_quote_pairs``):
    every document pairs its quotation marks, a dozen an article.
    """

    open: int
    close: int

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close


def _new_quote_pairs(pairs: list[tuple[int, int]]) -> list[QuotePair]:
    return list(map(_new_tuple, repeat(QuotePair), pairs))


class NormalizedText:
    """The normalised view of one document, with the maps between it and the original."""

    __slots__ = ("_deleted", "_tokens", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        substituted = original.translate(_TABLE)
        if _DELETABLE.search(substituted) is None:
            self.text = substituted
            self._deleted: _DeletedRuns | None = None
        else:
            self.text = _DELETABLE.sub("", substituted)
            self._deleted = _DeletedRuns(substituted)
        self._tokens: Tokens | None = None

    def view_index(self, original_index: int) -> int:
        """The view index of the first kept character at or after ``original_index``."""
        if self._deleted is None:
            return original_index
        return self._deleted.view_index(original_index)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a view span to the original span covering the same characters.

        A harakah written on the last letter belongs to it, so it is kept inside the span.
        """
        if self._deleted is None:
            return start, end
        return self._deleted.original_span(start, end, self.original)

    @property
    def deleted_nothing(self) -> bool:
        """True when the view is as long as the original: every offset is the same in both."""
        return self._deleted is None

    @property
    def tokens(self) -> Tokens:
        """Word tokens of the view, computed once."""
        if self._tokens is None:
            self._tokens = Tokens.of(self.text)
        return self._tokens

    def quote_pairs(self) -> list[QuotePair]:
        """Matched quote marks, as view indices."""
        pairs = _paired_marks(self.original)
        if self._deleted is not None:
            view_index = self._deleted.view_index
            pairs = [(view_index(o), view_index(c)) for o, c in pairs]
        return _new_quote_pairs(pairs)

    def sentences(self, quotes: list[QuotePair]) -> list[tuple[int, int]]:
        """Sentence spans of the view; a full stop inside a quotation does not end a sentence."""
        return split_sentences(self.text, merged_intervals(quotes))


def split_sentences(text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence spans of ``text``; ``quoted`` are the stretches inside quotation marks
    (:func:`merged_intervals`), where a stop ends no sentence."""
    # A stretch is a sentence when it holds a non-space character; a search for one copies
    # nothing, where strip() would copy the whole text, a sentence at a time.
    non_space = _NON_SPACE.search
    spans: list[tuple[int, int]] = []
    start = 0
    # The marks come in order, so the quotation that may hold one is found by walking forward.
    q = 0
    for m in _SENTENCE_MARK.finditer(text):
        mark, end = m.span()
        if text[mark] != "\n":
            after = text[end : end + 1]
            if after and not after.isspace() and after not in _AFTER_STOPS:
                continue
            while q < len(quoted) and quoted[q][1] <= mark:
                q += 1
            if q < len(quoted) and quoted[q][0] < mark:
                continue  # inside a quotation
            spans.append((start, end))  # the stop itself is text: no search for it
        # A line break right after a sentence's end (most paragraphs) holds nothing to search.
        elif mark > start and non_space(text, start, mark):
            spans.append((start, end))
        start = end
    if non_space(text, start):
        spans.append((start, len(text)))
    return spans


class _DeletedRuns:
    """Where normalisation deleted characters: one entry per run, not one per character.

    For run k: ``starts[k]`` is its original index, ``views[k]`` the view index of the first
    character kept after it, ``shifts[k]`` the characters deleted up to its end. Machine-integer
    arrays, because a map with an entry per character took ten times the memory of the text.
    """

    __slots__ = ("shifts", "starts", "views")

    def __init__(self, substituted: str) -> None:
        self.starts = array.array("q")
        self.views = array.array("q")
        self.shifts = array.array("q")
        deleted = 0
        for m in _DELETABLE.finditer(substituted):
            self.starts.append(m.start())
            self.views.append(m.start() - deleted)
            deleted += m.end() - m.start()
            self.shifts.append(deleted)

    def original_span(self, start: int, end: int, original: str) -> tuple[int, int]:
        """:meth:`NormalizedText.to_original` when characters were deleted (so ``views`` holds
        at least one run).

        A view index moves by the characters deleted up to the last run at or before it. The
        start, the last character and the end are looked up in one frame: the assembler and
        the stages convert spans by the hundred an article.
        """
        views = self.views
        shifts = self.shifts
        # A span wholly before the first deletion, or after the last, moves by a known amount.
        # Harakat and tatweel are few in news copy, so most spans are one or the other.
        if start <= end < views[0]:
            return start, end
        if end >= start > views[-1]:
            return start + shifts[-1], end + shifts[-1]
        k = bisect.bisect_right(views, start) - 1
        o_start = start + shifts[k] if k >= 0 else start
        if end <= start:
            return o_start, o_start
        k = bisect.bisect_right(views, end - 1) - 1
        o_end = end + shifts[k] if k >= 0 else end
        k = bisect.bisect_right(views, end) - 1
        limit = end + shifts[k] if k >= 0 else end
        # A harakah written on the last letter belongs to it.
        while o_end < limit and _COMBINING.match(original, o_end):
            o_end += 1
        return o_start, o_end

    def view_index(self, original_index: int) -> int:
        k = bisect.bisect_left(self.starts, original_index) - 1
        if k < 0:
            return original_index
        # Inside run k, the first kept character is the one after the run.
        run_end = self.views[k] + self.shifts[k]  # its original end
        return original_index - self.shifts[k] if original_index >= run_end else self.views[k]


def merged_intervals(quotes: list[QuotePair]) -> list[tuple[int, int]]:
    """The stretches of text inside quotation marks, nested quotations merged into one."""
    merged: list[tuple[int, int]] = []
    for q in sorted(quotes, key=lambda q: q.open):
        if merged and q.open <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], q.close))
        else:
            merged.append((q.open, q.close))
    return merged


_OPENERS = {"“": "”", "«": "»", "„": "“"}
_REVERSED = {"”": "“", "»": "«"}  # closers some writers use as openers in right-to-left text
_MARKS = re.compile('["“”«»„]|\n')


def pair_quotes(text: str) -> list[QuotePair]:
    """Pair the quotation marks of ``text`` by kind; an unmatched mark is dropped, nothing fails.

    Straight quotes toggle and never cross a line break; curly and angle quotes nest and may run
    across paragraphs, as long quotations in news copy often do. A mark closes the innermost open
    quotation it can close, and every quotation opened inside that one is dropped.

    Linear in the number of marks: each open quotation is pushed once and discarded once, and a
    per-closer stack finds the innermost one a mark can close without searching the others.
    """
    return _new_quote_pairs(_paired_marks(text))


def _paired_marks(text: str) -> list[tuple[int, int]]:
    """:func:`pair_quotes` as (open, close) pairs, in the order of their openers."""
    pairs: list[tuple[int, int]] = []
    stack: list[_Open] = []  # every open quotation, innermost last; dropped ones stay until cut
    by_closer: dict[str, list[_Open]] = {}  # the same quotations, by the mark that closes them
    line_start = 0
    # Where ” and line breaks are: only a “ that closes nothing asks, so they are found then.
    closers: list[int] | None = None
    breaks: list[int] = []
    for m in _MARKS.finditer(text):
        mark = m.group()
        if mark == "\n":
            for straight in by_closer.pop('"', ()):
                straight.dropped = True
            line_start = m.end()
            continue
        pos = m.start()
        opener = None
        candidates = by_closer.get(mark)
        while candidates:  # the innermost not dropped; dropped ones are discarded
            if not candidates[-1].dropped:
                opener = candidates[-1]
                break
            candidates.pop()
        if opener is None and mark == "“":
            if closers is None:
                closers = [c.start() for c in re.finditer("”", text)]
                breaks = [b.start() for b in re.finditer("\n", text)]
            if not _closer_follows(pos, closers, breaks):
                opener = _same_mark_closes(stack, line_start)
        if opener is not None:
            while stack:
                inner = stack.pop()
                inner.dropped = True
                if inner is opener:
                    break
            pairs.append((opener.position, pos))
            continue
        closer = '"' if mark == '"' else _OPENERS.get(mark) or _REVERSED.get(mark)
        if closer is not None:
            opened = _Open(pos, closer)
            stack.append(opened)
            by_closer.setdefault(closer, []).append(opened)
    # Each mark opens at most one quotation: sorting the pairs sorts them by their openers.
    pairs.sort()
    return pairs


def _closer_follows(pos: int, closers: list[int], breaks: list[int]) -> bool:
    """A ” comes after ``pos`` on its line: the “ there opens a nested quotation."""
    i = bisect.bisect_right(closers, pos)
    if i == len(closers):
        return False
    j = bisect.bisect_right(breaks, pos)
    return j == len(breaks) or closers[i] < breaks[j]


def _same_mark_closes(stack: list[_Open], line_start: int) -> _Open | None:
    """“...“: some writers close a quotation with the mark that opened it. Only the innermost
    quotation, opened by “ on the same line, is closed so; a stray mark swallows no paragraph."""
    while stack and stack[-1].dropped:
        stack.pop()
    if stack and stack[-1].closer == "”" and stack[-1].position >= line_start:
        return stack[-1]
    return None


class _Open:
    __slots__ = ("closer", "dropped", "position")

    def __init__(self, position: int, closer: str) -> None:
        self.position = position
        self.closer = closer
        self.dropped = False
