"""The statement stage's context for a text of our own, as the statement shortcut tests read it."""

from __future__ import annotations

from syria_talks.lexicon import default_lexicon
from syria_talks.parsing import context, document, mentions

_LEXICON = default_lexicon()


def statement_context(text: str) -> context.StatementContext:
    """The context the statement rules read for ``text``, with the mentions the parser finds."""
    doc = document.Document(text, _LEXICON)
    return context.StatementContext.of(doc, mentions.find_mentions(doc))
