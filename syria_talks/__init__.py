"""syria_talks: who said what in Arabic news on the Syrian conflict and its diplomacy.

>>> import syria_talks
>>> article = syria_talks.load()
>>> [s.cue for s in syria_talks.statements_where(article, speaker="Kirby")]
['قال', 'يكشف']
"""

from __future__ import annotations

import functools
import warnings
from importlib import metadata, resources

from syria_talks import export
from syria_talks.batch import parse_many
from syria_talks.corpus import Corpus
from syria_talks.errors import (
    GoldFormatError,
    InputError,
    InputTooLargeError,
    LexiconError,
    LocaleError,
    QueryError,
    SerializationError,
    SyriaTalksError,
)
from syria_talks.html import render_html
from syria_talks.lexicon import (
    ActorEntry,
    CueEntry,
    CueFormEntry,
    FormKind,
    Lexicon,
    PlaceEntry,
    Title,
    default_lexicon,
)
from syria_talks.model import (
    Actor,
    ActorKind,
    Agreement,
    AgreementEvent,
    AgreementStatus,
    Article,
    Gender,
    Granularity,
    Location,
    LocationKind,
    Mention,
    Span,
    Stance,
    Statement,
    StatementMode,
    TimelineEntry,
    TimeRef,
)
from syria_talks.parsing.pipeline import MAX_INPUT_CHARS, parse
from syria_talks.query import (
    actors_where,
    agreements_between,
    agreements_where,
    agreements_with_status,
    statements_about,
    statements_between,
    statements_by,
    statements_mentioning,
    statements_where,
    who_spoke_of,
)

__all__ = [
    "MAX_INPUT_CHARS",
    "Actor",
    "ActorEntry",
    "ActorKind",
    "Agreement",
    "AgreementEvent",
    "AgreementStatus",
    "Article",
    "Corpus",
    "CueEntry",
    "CueFormEntry",
    "FormKind",
    "Gender",
    "GoldFormatError",
    "Granularity",
    "InputError",
    "InputTooLargeError",
    "Lexicon",
    "LexiconError",
    "LocaleError",
    "Location",
    "LocationKind",
    "Mention",
    "PlaceEntry",
    "QueryError",
    "SerializationError",
    "Span",
    "Stance",
    "Statement",
    "StatementMode",
    "SyriaTalksError",
    "TimeRef",
    "TimelineEntry",
    "Title",
    "actors_where",
    "agreements_between",
    "agreements_where",
    "agreements_with_status",
    "bundled_text",
    "default_lexicon",
    "export",
    "load",
    "parse",
    "parse_many",
    "render_html",
    "statements_about",
    "statements_between",
    "statements_by",
    "statements_mentioning",
    "statements_where",
    "who_spoke_of",
]


def _version() -> str:
    # Single-sourced: the version is written once, in pyproject.toml, and read from the metadata.
    try:
        return metadata.version("syria-talks")
    except metadata.PackageNotFoundError:  # a source tree on sys.path, never installed
        return "0+unknown"


__version__ = _version()

_STAGE_NAMES = (
    "normalise",
    "mentions",
    "times",
    "statements",
    "agreements",
    "identities",
    "locations",
)


def __getattr__(name: str) -> object:
    # STAGES named the stages but drove nothing; the order now lives in parse() itself.
    if name == "STAGES":
        warnings.warn(
            "syria_talks.STAGES is deprecated and will be removed in 0.3; the stages are "
            "documented in docs/parser.md",
            DeprecationWarning,
            stacklevel=2,
        )
        return _STAGE_NAMES
    raise AttributeError(f"module 'syria_talks' has no attribute {name!r}")


def bundled_text() -> str:
    """The text of the embedded article (Lavrov and Kerry discuss Syria)."""
    return (
        resources.files("syria_talks").joinpath("data").joinpath("article.txt").read_text("utf-8")
    )


@functools.cache
def load() -> Article:
    """The embedded article, parsed (computed once; articles are immutable)."""
    return parse(bundled_text())
