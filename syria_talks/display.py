"""Showing untrusted article text safely: control characters made visible.

An article is input from anywhere. Printed raw, an ANSI or OSC escape sequence in it drives the
reader's terminal, a bidi override (U+202E) reorders what follows it, and a newline inside a
quotation looks like the start of another record. Every view (terminal, HTML) shows such
characters as visible escapes (``\\x1b``, ``\\u202e``, ``\\n``) instead of obeying them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["CONTROL", "escape_controls", "split_controls", "visible"]

# C0 and C1 controls and DEL; the bidi embeddings, overrides, isolates and marks (they reorder or
# re-direct the text around them); line and paragraph separators. Joiners (ZWJ, ZWNJ) stay:
# Arabic spelling uses them.
# Also zero-width space, word joiners, the byte-order mark and lone surrogates.
CONTROL = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069"
    "\ufeff\ud800-\udfff]"
)


_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_controls(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with every control character written as a visible escape (``\\u202e``);
    newlines kept only when ``keep_newlines``."""

    def replace(match: re.Match[str]) -> str:
        char = match.group()
        return char if keep_newlines and char == "\n" else _escape(char)

    return CONTROL.sub(replace, text)


def split_controls(text: str, *, keep_newlines: bool = False) -> Iterator[tuple[str, bool]]:
    """``text`` in runs: ``(plain text, False)`` and ``(escape of one control, True)``;
    newlines stay plain text when ``keep_newlines``."""
    position = 0
    for match in CONTROL.finditer(text):
        if keep_newlines and match.group() == "\n":
            continue
        if match.start() > position:
            yield text[position : match.start()], False
        yield _escape(match.group()), True
        position = match.end()
    if position < len(text):
        yield text[position:], False


def visible(text: str) -> str:
    """``text`` with every control, bidi and line-breaking character written as ``\\uXXXX``:
    one line, safe to print anywhere (the evaluator's reports use it).

    >>> visible("قال \\x1b]0;owned\\x07 لافروف\\n\\u202e")
    'قال \\\\u001b]0;owned\\\\u0007 لافروف\\\\u000a\\\\u202e'
    """
    return CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
