"""From text to :class:`~syria_talks.model.Article`: the stages in the order they run.

Each stage is a function that reads the document and what earlier stages returned, and returns
its own findings in view offsets; none mutates what another returned. Mentions come first (every
later stage asks who is named where), then times, statements, agreements, the identities behind
the mentions, and places; the assembler turns it all into the model.
"""

from __future__ import annotations

import datetime

from syria_talks.errors import InputError, InputTooLargeError
from syria_talks.lexicon import Lexicon, default_lexicon
from syria_talks.model import Article
from syria_talks.parsing.actors import resolve_identities
from syria_talks.parsing.agreements import FoundAgreement, find_agreements
from syria_talks.parsing.assemble import assemble
from syria_talks.parsing.dates import find_times
from syria_talks.parsing.document import Document
from syria_talks.parsing.mentions import Candidate, find_mentions
from syria_talks.parsing.places import find_locations
from syria_talks.parsing.statements import ViewStatement, find_statements

__all__ = ["MAX_INPUT_CHARS", "parse"]

MAX_INPUT_CHARS = 2_000_000
"""The longest text :func:`parse` accepts, in characters (about 4 MB of Arabic UTF-8).

News articles are a few thousand characters; a longer input is refused with
:class:`~syria_talks.errors.InputTooLargeError`, never cut short, so that a scraped page gone
wrong cannot hold a process for minutes or gigabytes. Split a longer document yourself.
"""


def parse(
    text: str, *, published: datetime.date | None = None, lexicon: Lexicon | None = None
) -> Article:
    """Parse an Arabic news text into an :class:`Article`.

    ``published`` anchors relative dates ("الخميس الماضي"); ``lexicon`` replaces the bundled
    one (see :meth:`Lexicon.with_actors`).
    """
    _check_input(text, published)
    doc = Document(text, lexicon or default_lexicon(), published)
    mentions = find_mentions(doc)
    times = find_times(doc)
    statements = find_statements(doc, mentions, times)
    agreements = find_agreements(doc, mentions, times)
    identities = resolve_identities(doc, mentions, _referents(statements, agreements))
    del mentions  # what the article keeps of them is in identities
    places = find_locations(doc)
    # What remains builds the article from spans: the working state need not outlive the stages.
    doc.release()
    return assemble(
        doc,
        statements=statements,
        times=times,
        agreements=agreements,
        identities=identities,
        places=places,
        published=published,
    )


def _referents(
    statements: list[ViewStatement], agreements: list[FoundAgreement]
) -> list[Candidate]:
    """The candidates the article refers to: speakers, sources, parties, mediators, and
    whoever changed an agreement's status."""
    referents = [c for s in statements for c in (s.speaker, s.source) if c is not None]
    for deal in agreements:
        referents += [*deal.parties, *deal.mediators]
        referents += [event.actor for event in deal.events if event.actor is not None]
    return referents


def _check_input(text: object, published: object) -> None:
    if not isinstance(text, str):
        raise InputError(f"parse() needs the article as str, got {type(text).__name__}")
    if len(text) > MAX_INPUT_CHARS:
        raise InputTooLargeError(
            f"the text has {len(text):,} characters; parse() accepts at most {MAX_INPUT_CHARS:,}"
        )
    # A lone surrogate is what a broken decoder leaves behind; it cannot be written as UTF-8,
    # so it is refused here rather than passed on into spans and JSON. Encoding is the test:
    # the codec runs through the text in C, twice as fast as a regex looking for surrogates.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        surrogate = text[error.start]
        raise InputError(
            f"the text holds a lone surrogate U+{ord(surrogate):04X} at offset "
            f"{error.start}; decode it with errors='replace' first"
        ) from None
    # A datetime is a date too, but compares with neither dates nor itself across time zones.
    if published is not None and (
        not isinstance(published, datetime.date) or isinstance(published, datetime.datetime)
    ):
        raise InputError(
            f"published must be a datetime.date (not a datetime), got {type(published).__name__}"
        )
