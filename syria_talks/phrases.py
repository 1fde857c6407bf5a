"""One compiled pattern per lexicon: a trie of normalised phrases, proclitics allowed in front.

A lexicon of thousands of names is matched in a single left-to-right regex pass. The trie keeps the
alternation from backtracking over every entry, and longest phrases win because each trie branch
tries its longer continuations first.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Iterator, Sequence
from itertools import chain, compress, islice
from typing import Any, Generic, NamedTuple, TypeVar

from syria_talks.text import normalize

__all__ = ["PhraseMatch", "PhraseMatcher", "Proclitics", "TokenScanner", "has_capitals"]

T = TypeVar("T")
_Trie = dict[str, "_Trie"]

_END = "\x00"


class Proclitics(NamedTuple):
    """What may be glued in front of a phrase: a conjunction (و ف), then a preposition (ب ل ك),
    each optional. The article is part of the phrase itself; ``contracting`` + the article
    contracts (ل + ال = لل), which the matcher adds as its own surface form. The letters are
    data: :attr:`syria_talks.shape.WordShape.phrase_proclitics`."""

    conjunctions: str
    prepositions: str
    article: str
    contracting: str

    @property
    def pattern(self) -> str:
        return f"[{self.conjunctions}]?[{self.prepositions}]?"


class PhraseMatch(NamedTuple, Generic[T]):
    """A phrase found in a normalised text; ``start`` excludes any proclitic.

    A named tuple: matchers yield many, and building an attrs instance each time costs.
    """

    start: int
    end: int
    phrase: str
    value: T


def _trie_pattern(node: _Trie) -> str:
    branches: list[str] = []
    optional = False
    for char in sorted(node, key=lambda c: (c == _END, c)):
        if char == _END:
            optional = True
            continue
        branches.append(re.escape(char) + _trie_pattern(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        if len(branches) == 1 and len(branches[0]) > 1:
            body = "(?:" + body + ")"
        return body + "?"
    return body


# Makes a PhraseMatch in C; the named tuple's own __new__ is Python code, and the matchers and
# scans make one per match.
_new_match = tuple.__new__
_MISSING = object()


class PhraseMatcher(Generic[T]):
    """Find normalised phrases in normalised text, on word boundaries, with proclitics."""

    def __init__(self, phrases: Iterable[tuple[str, T]], *, proclitics: Proclitics | None) -> None:
        self._values: dict[str, T] = {}
        # A surface form built from ل + ال maps to its phrase with one extra letter to skip.
        self._skip: dict[str, int] = {}
        for phrase, value in phrases:
            key = " ".join(normalize(phrase).split()).lower()
            if not key:
                continue
            self._values.setdefault(key, value)
            self._skip.setdefault(key, 0)
            if proclitics and key.startswith(proclitics.article) and len(key) > 3:
                contracted = proclitics.contracting + key[len(proclitics.article) - 1 :]
                self._values.setdefault(contracted, value)
                self._skip.setdefault(contracted, 1)
        trie: _Trie = {}
        for key in self._values:
            node = trie
            for char in key:
                node = node.setdefault(char, {})
            node[_END] = {}
        body = _trie_pattern(trie) or "(?!)"
        self._proclitics = proclitics
        prefix = f"({proclitics.pattern})" if proclitics else "()"
        self._pattern = re.compile(rf"(?<!\w){prefix}({body})(?!\w)", re.IGNORECASE)

    def __len__(self) -> int:
        return len(self._values)

    def finditer(self, text: str) -> Iterator[PhraseMatch[T]]:
        """Non-overlapping matches in ``text``, left to right, longest first."""
        for m in self._pattern.finditer(text):
            found = self._found(m)
            if found is not None:
                yield found

    def match_at(self, text: str, position: int) -> PhraseMatch[T] | None:
        """The match starting exactly at ``position`` (a proclitic may come first), if any."""
        m = self._pattern.match(text, position)
        return None if m is None else self._found(m)

    def _found(self, m: re.Match[str]) -> PhraseMatch[T] | None:
        """The phrase a regex match found; None when the text matched only case-insensitively
        something that lower-cases to no phrase."""
        key = m.group(2).lower()
        value = self._values.get(key, _MISSING)
        if value is _MISSING:
            return None
        skip = self._skip[key]
        start, end = m.span(2)
        return _new_match(PhraseMatch, (start + skip, end, key[skip:], value))


_WORD = re.compile(r"\w")


class _Try(NamedTuple):
    """One phrase to try at a word, everything about it worked out when the lexicon loads."""

    matcher: int
    offset: int  # the proclitic's length
    length: int  # proclitic and phrase, from the word's start
    key: str
    # The phrase is the (proclitic-stripped) word itself: a token ends on a word boundary, so
    # nothing past it needs reading.
    whole_word: bool
    start: int  # where the match starts, from the word's start (past a contracted article)
    phrase: str
    value: Any


# A lexicon prepares thousands of tries when it loads: made in C, as tokens are.
_new_try = tuple.__new__

# What a phrase's second word is: a space and a whole run of \w after its first word.
_SECOND_WORD = re.compile(r" (\w+)")


class _Start(NamedTuple):
    """What to try at a word that starts some phrase."""

    tries: tuple[_Try, ...]  # every phrase, in the order the regex tries them
    # In a lower-case text, a phrase whose second word is not the next token cannot match: the
    # tries without a second word, and per second word those with it or without one (in order).
    unpaired: tuple[_Try, ...]
    by_next_word: dict[str, tuple[_Try, ...]] | None


class TokenScanner:
    """Many matchers in one pass over a document's words.

    Each matcher on its own is one regex scan of the whole text; a document needs more than a
    dozen. This finds, for every matcher at once, the same matches its ``finditer`` would: at
    each word start, the longest proclitic the regex would try first and, for it, the longest
    phrase that ends on a word boundary; matches of one matcher never overlap.
    """

    def __init__(self, matchers: Iterable[PhraseMatcher[Any]]) -> None:
        # Each matcher once: its matches are keyed by its id, and it is numbered by it.
        self._matchers = list({id(m): m for m in matchers}.values())
        shared = {m._proclitics for m in self._matchers if m._proclitics is not None}
        if len(shared) > 1:
            raise ValueError("the matchers of one scanner must take the same proclitics")
        proclitics = shared.pop() if shared else Proclitics("", "", "", "")
        self._conjunctions = proclitics.conjunctions
        self._prepositions = proclitics.prepositions
        self._either = proclitics.conjunctions + proclitics.prepositions
        # first word of a surface form -> [(matcher index, surface form)], longest first
        index: dict[str, list[tuple[int, str]]] = {}
        for n, matcher in enumerate(self._matchers):
            for key in matcher._values:
                first = _WORDS.match(key)
                if first is None or first.start() != 0:
                    raise ValueError(f"phrase {key!r} does not start with a word")
                index.setdefault(first.group(), []).append((n, key))
        for entries in index.values():
            entries.sort(key=lambda entry: -len(entry[1]))
        self._index = index
        self._numbers = {id(matcher): n for n, matcher in enumerate(self._matchers)}
        # What a scan returns is keyed by id(matcher), in the matchers' order.
        self._ids = tuple(self._numbers)
        # Each matcher ranked alone, for match_at_token.
        self._alone = {key: {n: 0} for key, n in self._numbers.items()}
        # first word -> what to try after no proclitic, one letter and two, for a word that
        # casing leaves alone (all Arabic): the tries then depend on the first word only.
        self._prepared = {
            first: tuple(self._make_tries(prefix, entries, first) for prefix in range(3))
            for first, entries in index.items()
        }
        # Every lower-case word that starts some phrase (a first word after each proclitic the
        # regex allows), with its tries: a document's words are then looked up once each,
        # instead of three prefix lookups and a concatenation of tries per distinct word.
        self._starting = self._starting_words()

    def _starting_words(self) -> dict[str, _Start]:
        conjunctions, prepositions = self._conjunctions, self._prepositions
        prefixes = ["", *self._either, *(c + p for c in conjunctions for p in prepositions)]
        starting: dict[str, _Start] = {}
        seconds: dict[str, str | None] = {}
        for first in self._prepared:
            for prefix in prefixes:
                word = prefix + first
                if word not in starting:
                    tries = self._tries(word)
                    if tries:
                        starting[word] = _start(tries, seconds)
        return starting

    @property
    def matchers(self) -> tuple[PhraseMatcher[Any], ...]:
        return tuple(self._matchers)

    @property
    def starting_words(self) -> Container[str]:
        """The lower-case words at which a phrase of one of the matchers may start (after a
        proclitic or not). A rule may skip ``match_at`` at a token whose word is lower-case and
        not among them: no matcher of this scanner can match there."""
        return self._starting.keys()

    def match_at_token(
        self, matcher: PhraseMatcher[T], text: str, word: str, start: int
    ) -> PhraseMatch[T] | None:
        """What ``matcher.match_at(text, start)`` finds where a token ``word`` of a lower-case
        ``text`` starts at ``start``, read from the tries the scan uses instead of by the regex
        (a rule asks this of a few words a sentence, and a regex match costs about 1 µs).
        ``matcher`` must be one of this scanner's."""
        found = self.first_match_at_token(self._alone[id(matcher)], text, word, start)
        return None if found is None else found[1]

    def ranks(self, matchers: Sequence[PhraseMatcher[Any]]) -> dict[int, int]:
        """The rank of each of ``matchers`` (by its number in this scanner), for
        :meth:`first_match_at_token`."""
        return {self._numbers[id(matcher)]: rank for rank, matcher in enumerate(matchers)}

    def first_match_at_token(
        self, ranks: dict[int, int], text: str, word: str, start: int
    ) -> tuple[int, PhraseMatch[Any]] | None:
        """Of the matchers ``ranks`` orders (see :meth:`ranks`), the first that
        :meth:`match_at_token` finds at the token, with its rank and match: one pass over the
        word's tries instead of one per matcher."""
        entry = self._starting.get(word)
        if entry is None:
            return None
        best: tuple[int, PhraseMatch[Any]] | None = None
        best_rank = len(ranks)
        # A matcher's first try that matches is its match; a later matcher's try is read only
        # while no earlier matcher has matched.
        for n, offset, length, key, whole_word, begin, phrase, value in entry.tries:
            rank = ranks.get(n, best_rank)
            if rank >= best_rank:
                continue
            end = start + length
            if whole_word or (text.startswith(key, start + offset) and not _WORD.match(text, end)):
                best_rank = rank
                best = (rank, _new_match(PhraseMatch, (start + begin, end, phrase, value)))
        return best

    def _splits(self, word: str) -> list[tuple[int, list[tuple[int, str]]]]:
        """The proclitic splits of ``word`` that start some phrase, in the order the regex
        tries them: و/ف then ب/ل/ك, greedy."""
        index = self._index
        splits: list[tuple[int, list[tuple[int, str]]]] = []
        first = word[:1]
        if first in self._conjunctions and word[1:2] in self._prepositions and word[1:2] and first:
            entries = index.get(word[2:])
            if entries:
                splits.append((2, entries))
        if first in self._either and first:
            entries = index.get(word[1:])
            if entries:
                splits.append((1, entries))
        entries = index.get(word)
        if entries:
            splits.append((0, entries))
        return splits

    def _make_tries(
        self, prefix: int, entries: list[tuple[int, str]], whole: str | None
    ) -> tuple[_Try, ...]:
        """The tries for one split; a phrase equal to ``whole`` is the rest of the word."""
        tries: list[_Try] = []
        for n, key in entries:
            matcher = self._matchers[n]
            if prefix and not matcher._proclitics:
                continue
            skip = matcher._skip[key]
            fields = (
                n,
                prefix,
                prefix + len(key),
                key,
                key == whole,
                prefix + skip,
                key[skip:],
                matcher._values[key],
            )
            tries.append(_new_try(_Try, fields))
        return tuple(tries)

    def _tries(self, word: str) -> tuple[_Try, ...]:
        """What to try at ``word``, in the order the regex would."""
        lowered = word.lower()
        if lowered != word:
            # Rare (Latin capitals): the rest of the word is compared as the regex would.
            return tuple(
                found
                for prefix, entries in self._splits(lowered)
                for found in self._make_tries(prefix, entries, _lowered_alike(word[prefix:]))
            )
        prepared = self._prepared
        tries: tuple[_Try, ...] = ()
        first = word[:1]
        if first in self._conjunctions and word[1:2] in self._prepositions and word[1:2] and first:
            after = prepared.get(word[2:])
            if after:
                tries += after[2]
        if first in self._either and first:
            after = prepared.get(word[1:])
            if after:
                tries += after[1]
        after = prepared.get(word)
        if after:
            tries += after[0]
        return tries

    def scan(
        self, text: str, words: Iterable[tuple[str, int]]
    ) -> dict[int, list[PhraseMatch[Any]]]:
        """Matches per matcher (keyed by ``id(matcher)``) for the word tokens of ``text``
        (the maximal runs of ``\\w``), given as (text, start)."""
        pairs = list(words)
        return self.scan_columns(text, [w for w, _ in pairs], [s for _, s in pairs])

    def scan_columns(
        self,
        text: str,
        words: Sequence[str],
        starts: Sequence[int],
        *,
        capitals: bool | None = None,
    ) -> dict[int, list[PhraseMatch[Any]]]:
        """:meth:`scan` for the words and their starts given as two columns. ``capitals`` says
        whether lower-casing changes ``text``, when the caller knows (it reads the whole text)."""
        if capitals is None:
            capitals = has_capitals(text)
        if capitals:
            return self._scan_any_case(text, words, starts)
        return self._scan_lower_case(text, words, starts)

    def _scan_lower_case(
        self, text: str, words: Sequence[str], starts: Sequence[int]
    ) -> dict[int, list[PhraseMatch[Any]]]:
        """The scan of a text without capitals (all Arabic), which agrees with
        :meth:`_scan_any_case`: it exists because the scan runs once per parse over every
        word. The words that start a phrase are picked out in C (``compress``), and at each
        only the phrases whose second word is the next token are read in the text."""
        starting = self._starting
        entries = list(map(starting.get, words))
        following = chain(islice(words, 1, None), ("",))
        found: list[list[PhraseMatch[Any]]] = [[] for _ in self._matchers]
        # Where each matcher may match next: its matches never overlap. A match ends past the
        # word it starts at, so this also keeps a matcher to one match per word.
        free_from = [0] * len(self._matchers)
        for start, (_, unpaired, by_next_word), after in zip(
            compress(starts, entries),
            filter(None, entries),
            compress(following, entries),
            strict=True,
        ):
            tries = unpaired if by_next_word is None else by_next_word.get(after, unpaired)
            for n, offset, length, key, whole_word, begin, phrase, value in tries:
                if start < free_from[n]:
                    continue
                end = start + length
                if not whole_word and (
                    not text.startswith(key, start + offset) or _WORD.match(text, end)
                ):
                    continue
                found[n].append(_new_match(PhraseMatch, (start + begin, end, phrase, value)))
                free_from[n] = end
        return dict(zip(self._ids, found, strict=True))

    def _scan_any_case(
        self, text: str, words: Sequence[str], starts: Sequence[int]
    ) -> dict[int, list[PhraseMatch[Any]]]:
        """The scan of any text (scan_columns sends it those with capitals): every phrase that
        starts with a word is read in the text, compared as lower-case."""
        starting = self._starting
        # A word with capitals is not among the starting words, which are lower-case: its
        # tries are worked out here (rare: Latin names in Arabic news).
        known = self._capitalised(words)
        hits = [i for i, word in enumerate(words) if word in starting or word in known]
        found: list[list[PhraseMatch[Any]]] = [[] for _ in self._matchers]
        free_from = [0] * len(self._matchers)
        for i in hits:
            start = starts[i]
            word = words[i]
            entry = starting.get(word)
            tries = known[word] if entry is None else entry.tries
            for n, offset, length, key, whole_word, begin, phrase, value in tries:
                if start < free_from[n]:
                    continue
                end = start + length
                if not whole_word and (
                    text[start + offset : end].lower() != key or _WORD.match(text, end)
                ):
                    continue
                found[n].append(_new_match(PhraseMatch, (start + begin, end, phrase, value)))
                free_from[n] = end
        return dict(zip(self._ids, found, strict=True))

    def _capitalised(self, words: Sequence[str]) -> dict[str, tuple[_Try, ...]]:
        """The tries of the words with capitals that start some phrase."""
        known: dict[str, tuple[_Try, ...]] = {}
        for word in set(words):
            if has_capitals(word):
                tries = self._tries(word)
                if tries:
                    known[word] = tries
        return known


_WORDS = re.compile(r"\w+")


def has_capitals(text: str) -> bool:
    """Whether lower-casing changes ``text``: only then may a phrase match it case-blind where
    it matches no lower-case word (Latin names in Arabic news)."""
    return text.lower() != text


def _start(tries: tuple[_Try, ...], seconds: dict[str, str | None]) -> _Start:
    """The tries at a word, and which of them each next word leaves (``seconds``: the second
    word of each phrase, kept across the words that share phrases)."""
    second = [_second_word(t.key, seconds) for t in tries]
    if second.count(None) == len(second):
        return _Start(tries, tries, None)
    # One pass in the tries' order: a try without a second word goes to every table entry.
    by_next_word: dict[str, list[_Try]] = {word: [] for word in second if word is not None}
    unpaired: list[_Try] = []
    for found, word in zip(tries, second, strict=True):
        for listed in (unpaired, *by_next_word.values()) if word is None else (by_next_word[word],):
            listed.append(found)
    return _Start(
        tries, tuple(unpaired), {word: tuple(listed) for word, listed in by_next_word.items()}
    )


def _second_word(key: str, seconds: dict[str, str | None]) -> str | None:
    """The token a phrase's match must have after its first word, if the phrase tells: in
    "وزير الخارجية" الخارجية, followed by the end or a character that is no \\w."""
    if key not in seconds:
        first = _WORDS.match(key)
        assert first is not None  # the scanner checks that every phrase starts with a word
        second = _SECOND_WORD.match(key, first.end())
        seconds[key] = None if second is None else second.group(1)
    return seconds[key]


def _lowered_alike(rest: str) -> str | None:
    """``rest`` lower-cased when that keeps its length: only then can a phrase be the rest of
    the word ("İ" lower-cases to two characters)."""
    lowered = rest.lower()
    return lowered if len(lowered) == len(rest) else None
