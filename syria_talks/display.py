"""Document text made safe to print: every character that could act on a terminal is shown.

Text from scraped pages may hold ANSI and OSC escape sequences (ESC, or the one-character CSI
U+009B), bidi overrides that make a line read in another order than it is stored, and line
breaks that make one record look like two. :func:`visible` writes each of them as a visible
``\\uXXXX`` code instead, so what is printed can be seen, never obeyed.
"""

from __future__ import annotations

import re

__all__ = ["visible"]

# C0 and C1 controls (line breaks and tabs too: a record is one line), DEL, the Arabic letter
# mark, zero-width space, LRM/RLM, embeddings and overrides, isolates, line and paragraph
# separators, the byte-order mark and lone surrogates. ZWNJ and ZWJ (U+200C, U+200D) shape
# Arabic and Persian letters and act on nothing, so they stay.
_ACTIVE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069"
    "\ufeff\ud800-\udfff]"
)


def _code(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def visible(text: str) -> str:
    """``text`` with every control, bidi and line-breaking character written as ``\\uXXXX``.

    >>> visible("قال \\x1b]0;owned\\x07 لافروف\\n\\u202e")
    'قال \\\\u001b]0;owned\\\\u0007 لافروف\\\\u000a\\\\u202e'
    """
    return _ACTIVE.sub(_code, text)
