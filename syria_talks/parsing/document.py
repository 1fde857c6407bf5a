"""The working view every stage reads: normalised text, tokens, quotations and sentences."""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple, TypeVar

from syria_talks.lexicon import Lexicon
from syria_talks.phrases import PhraseMatch, PhraseMatcher, has_capitals
from syria_talks.shape import WordShape
from syria_talks.text import (
    NormalizedText,
    QuotePair,
    Token,
    Tokens,
    merged_intervals,
    split_sentences,
)

__all__ = ["Document", "ViewSpan"]

T = TypeVar("T")


class ViewSpan(NamedTuple):
    """Offsets into the normalised view of a document, as every stage reports them; the
    assembler converts them to offsets into the original text (model
    :class:`~syria_talks.model.Span`) once, at the end."""

    start: int
    end: int


class Document:
    """One document prepared for the stages; all indices are into the normalised view."""

    def __init__(self, text: str, lexicon: Lexicon, published: datetime.date | None = None) -> None:
        self.view = NormalizedText(text)
        self.text = self.view.text
        self._same_offsets = self.view.deleted_nothing
        self.lexicon = lexicon
        self.shape = lexicon.word_shape
        self.published = published
        # Held here rather than cached on the view, so that release() frees them.
        self.tokens: Tokens = Tokens.of(self.text)
        # Asked by the lexicon scan and by the mention rules; the answer reads the whole text.
        self.capitals = has_capitals(self.text)
        self.quotes: list[QuotePair] = self.view.quote_pairs()
        self._quote_opens = {q.open: q for q in self.quotes}
        self._quote_open_positions = sorted(self._quote_opens)
        # The quotation opening (closing) at a position, if one does: the dicts' own get, with
        # no method around it, since the statement rules ask about fifty times a document.
        self.quote_opening_at: Callable[[int], QuotePair | None] = self._quote_opens.get
        self.quote_closing_at: Callable[[int], QuotePair | None] = {
            q.close: q for q in self.quotes
        }.get
        self._quoted = merged_intervals(self.quotes)
        self._quoted_starts = [start for start, _ in self._quoted]
        self.sentences = split_sentences(self.text, self._quoted)
        self._sentence_starts = [s for s, _ in self.sentences]
        # Matches per matcher, and their starts once a window is asked of them; keyed by id,
        # with the matchers held so that their ids stay unique.
        self._found: dict[int, list[Any]] = {}
        self._found_starts: dict[int, list[int]] = {}
        self._matchers: list[object] = []
        self._scanned = False  # whether the lexicon's matchers have been scanned for
        self._headlines: list[tuple[int, int]] | None = None
        self._line_breaks: list[int] | None = None

    def matches(self, matcher: PhraseMatcher[T]) -> list[PhraseMatch[T]]:
        """All matches of ``matcher`` in this document, found once and kept.

        The lexicon's matchers are found together in one pass over the words; any other
        matcher scans the text on its own.
        """
        # A dict read first: the stages ask for matches about thirty times a document.
        found = self._found.get(id(matcher))
        if found is None:
            found = self._find(matcher)
        return found

    def _find(self, matcher: PhraseMatcher[T]) -> list[PhraseMatch[T]]:
        if not self._scanned:
            # Every matcher of the scan at once: the stages ask for twenty of them a document,
            # and each is then a dict read in matches(). The lexicon holds these matchers, so
            # their ids stay unique without being kept here.
            self._found.update(
                self.lexicon.scanner.scan_columns(
                    self.text, self.tokens.words, self.tokens.starts, capitals=self.capitals
                )
            )
            self._scanned = True
        found = self._found.get(id(matcher))
        if found is not None:
            return found
        found = list(matcher.finditer(self.text))
        self._matchers.append(matcher)
        self._found[id(matcher)] = found
        return found

    def matches_in(self, matcher: PhraseMatcher[T], start: int, end: int) -> list[PhraseMatch[T]]:
        """The matches of ``matcher`` that lie within ``[start, end)``."""
        found = self.matches(matcher)
        starts = self._found_starts.get(id(matcher))
        if starts is None:
            starts = self._found_starts[id(matcher)] = [m.start for m in found]
        first = bisect.bisect_left(starts, start)
        last = bisect.bisect_left(starts, end)
        return [m for m in found[first:last] if m.end <= end]

    def release(self) -> None:
        """The stages are done: free the tokens and the matches, most of what a document holds.

        Only what maps view spans back to the original stays; a stage run after this fails
        on the missing tokens instead of working on empty ones.
        """
        del self.tokens
        self._found.clear()
        self._found_starts.clear()
        self._matchers.clear()
        self._scanned = False
        self._headlines = None
        self._line_breaks = None

    @property
    def original(self) -> str:
        return self.view.original

    def token_index(self, position: int) -> int:
        """Index of the first token starting at or after ``position``."""
        return bisect.bisect_left(self.tokens.starts, position)

    def token_containing(self, position: int) -> int | None:
        """Index of the token that covers ``position``, if a word is there."""
        i = bisect.bisect_right(self.tokens.starts, position) - 1
        if i >= 0 and position < self.tokens.ends[i]:
            return i
        return None

    def token_before(self, position: int) -> int:
        """Index of the last token ending at or before ``position`` (-1 when none)."""
        return bisect.bisect_right(self.tokens.ends, position) - 1

    def has_pronoun_suffix(self, token: Token) -> bool:
        """ "انسحابها", "بلاده": read as written, since the view folds ة into ه."""
        return self.shape.has_pronoun_suffix(self.original_text(token.start, token.end))

    def in_headline(self, position: int) -> bool:
        """Whether ``position`` lies on a headline or subheading: a short line with no closing
        punctuation that does not continue the text with و/ف ("موسكو تعبر عن خيبة أملها")."""
        # A line whose last character is a stop is a sentence: told from that character, without
        # finding the headlines, which reads every line (most cues stand in such paragraphs).
        end = self._line_end(position)
        if self.text[end - 1 : end] in _STOPS:
            return False
        if self._headlines is None:
            self._headlines = list(_headline_lines(self.text, self.shape))
        i = bisect.bisect_right(self._headlines, (position, len(self.text))) - 1
        return i >= 0 and self._headlines[i][0] <= position < self._headlines[i][1]

    def _line_end(self, position: int) -> int:
        """Where the line holding ``position`` ends: its line break, or the end of the text."""
        if self._line_breaks is None:
            self._line_breaks = [m.start() for m in _LINE_BREAK.finditer(self.text)]
        k = bisect.bisect_left(self._line_breaks, position)
        return self._line_breaks[k] if k < len(self._line_breaks) else len(self.text)

    def sentence_of(self, position: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._sentence_starts, position) - 1
        if i < 0:
            return (0, len(self.text))
        return self.sentences[i]

    def opens_quote_within(self, start: int, end: int) -> bool:
        """Whether a quotation opens within ``[start, end)``: one bisection (most stretches a
        rule asks about hold none)."""
        k = bisect.bisect_left(self._quote_open_positions, start)
        return k < len(self._quote_open_positions) and self._quote_open_positions[k] < end

    def quotes_opening_within(self, start: int, end: int) -> list[QuotePair]:
        first = bisect.bisect_left(self._quote_open_positions, start)
        last = bisect.bisect_left(self._quote_open_positions, end)
        return [self._quote_opens[p] for p in self._quote_open_positions[first:last]]

    def inside_quote(self, position: int) -> bool:
        i = bisect.bisect_left(self._quoted_starts, position) - 1
        return i >= 0 and self._quoted[i][0] < position < self._quoted[i][1]

    def outermost_quote_close(self, position: int) -> int | None:
        """Where the outermost quotation around ``position`` closes, if one is around it."""
        i = bisect.bisect_left(self._quoted_starts, position) - 1
        if i >= 0 and self._quoted[i][0] < position < self._quoted[i][1]:
            return self._quoted[i][1]
        return None

    def original_text(self, start: int, end: int) -> str:
        if self._same_offsets:  # no harakat or tatweel: the offsets are the original's
            return self.view.original[start:end]
        o_start, o_end = self.view.to_original(start, end)
        return self.view.original[o_start:o_end]


_HEADLINE_WORDS = 20
_LINE_BREAK = re.compile("\n")
_STOPS = frozenset(".!?؟:…")  # a line whose text ends in one is a sentence, no headline
_CLOSING_MARKS = "\"')]"


def _ends_in_stop(line: str) -> bool:
    """Whether the line ends in a stop, before any closing marks and spaces."""
    end = line.rstrip()
    while end and end[-1] in _CLOSING_MARKS:
        end = end[:-1].rstrip()
    return bool(end) and end[-1] in _STOPS


def _headline_lines(text: str, shape: WordShape) -> Iterator[tuple[int, int]]:
    """Lines that head text below them; a lone line is a sentence, never a headline."""
    lines = text.split("\n")
    # Read from the end: a text rarely ends in blank lines.
    last_text = next((k for k in range(len(lines) - 1, -1, -1) if lines[k].strip()), -1)
    start = 0
    for k, line in enumerate(lines):
        end = start + len(line)
        # The end of the line first: most lines are paragraphs, read no further than that. A
        # stop as the last character is _ends_in_stop's answer without the call.
        if k < last_text and line[-1:] not in _STOPS and not _ends_in_stop(line):
            words = line.split()
            if words and len(words) <= _HEADLINE_WORDS and not shape.conjunction(words[0]):
                yield start, end
        start = end + 1
