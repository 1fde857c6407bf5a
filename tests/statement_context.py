"""The statement stage's context for a text of our own, as the statement shortcut tests read it."""

from __future__ import annotations

from syria_talks.lexicon import Lexicon, default_lexicon
from syria_talks.parsing import context, dates, document, mentions


def statement_context(text: str, lexicon: Lexicon | None = None) -> context.StatementContext:
    """The context the statement rules read for ``text`` (with the bundled lexicon unless one
    is given), with the mentions and times the parser finds."""
    doc = document.Document(text, lexicon or default_lexicon())
    found = mentions.find_mentions(doc)
    return context.StatementContext.of(doc, found, times=dates.find_times(doc))
