"""One compiled pattern per lexicon: a trie of normalised phrases, proclitics allowed in front.

A lexicon of thousands of names is matched in a single left-to-right regex pass. The trie keeps the
alternation from backtracking over every entry, and longest phrases win because each trie branch
tries its longer continuations first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Generic, NamedTuple, TypeVar

from syria_talks.text import normalize

__all__ = ["PhraseMatch", "PhraseMatcher"]

T = TypeVar("T")
_Trie = dict[str, "_Trie"]

# و and ف conjunctions, then one of the prepositions ب ل ك. The definite article is part of the
# phrase itself; ل + ال contracts to لل, which the matcher adds as its own surface form.
_PROCLITICS = "[وف]?[بلك]?"
_END = "\x00"


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


class PhraseMatcher(Generic[T]):
    """Find normalised phrases in normalised text, on word boundaries, with proclitics."""

    def __init__(self, phrases: Iterable[tuple[str, T]], *, proclitics: bool = True) -> None:
        self._values: dict[str, T] = {}
        # A surface form built from ل + ال maps to its phrase with one extra letter to skip.
        self._skip: dict[str, int] = {}
        for phrase, value in phrases:
            key = " ".join(normalize(phrase).split()).lower()
            if not key:
                continue
            self._values.setdefault(key, value)
            self._skip.setdefault(key, 0)
            if proclitics and key.startswith("ال") and len(key) > 3:
                contracted = "ل" + key[1:]
                self._values.setdefault(contracted, value)
                self._skip.setdefault(contracted, 1)
        trie: _Trie = {}
        for key in self._values:
            node = trie
            for char in key:
                node = node.setdefault(char, {})
            node[_END] = {}
        body = _trie_pattern(trie) or "(?!)"
        prefix = f"({_PROCLITICS})" if proclitics else "()"
        self._pattern = re.compile(rf"(?<!\w){prefix}({body})(?!\w)", re.IGNORECASE)

    def __len__(self) -> int:
        return len(self._values)

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[PhraseMatch[T]]:
        """Non-overlapping matches in ``text[start:end]``, left to right, longest first."""
        stop = len(text) if end is None else end
        for m in self._pattern.finditer(text, start, stop):
            key = m.group(2).lower()
            if key not in self._values:
                continue
            skip = self._skip[key]
            yield PhraseMatch(m.start(2) + skip, m.end(2), key[skip:], self._values[key])

    def match_at(self, text: str, position: int) -> PhraseMatch[T] | None:
        """The match starting exactly at ``position`` (a proclitic may come first), if any."""
        m = self._pattern.match(text, position)
        if m is None:
            return None
        key = m.group(2).lower()
        if key not in self._values:
            return None
        skip = self._skip[key]
        return PhraseMatch(m.start(2) + skip, m.end(2), key[skip:], self._values[key])
