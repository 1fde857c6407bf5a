"""The exception tree: every error the library raises on purpose is a ``SyriaTalksError``.

::

    SyriaTalksError
    ├── InputError            a document that cannot be read or is not text
    │   └── InputTooLargeError    a document longer than ``MAX_INPUT_CHARS``
    ├── LexiconError          a lexicon file (bundled or the caller's) that is malformed
    ├── SerializationError    JSON that does not describe an article
    ├── LocaleError           a locale name that is not a valid CLDR identifier
    ├── QueryError            a query argument that names no valid value (the message lists them)
    └── GoldFormatError       a gold annotation file that breaks the documented format
"""

from __future__ import annotations

__all__ = [
    "GoldFormatError",
    "InputError",
    "InputTooLargeError",
    "LexiconError",
    "LocaleError",
    "QueryError",
    "SerializationError",
    "SyriaTalksError",
]


class SyriaTalksError(Exception):
    """Base class of every error raised by syria_talks."""


class InputError(SyriaTalksError, ValueError):
    """The input document cannot be parsed (not text, not decodable, not found)."""


class InputTooLargeError(InputError):
    """The document is longer than the parser accepts (``syria_talks.MAX_INPUT_CHARS``)."""


class LexiconError(SyriaTalksError, ValueError):
    """A lexicon file is missing a field or has a value of the wrong type."""


class SerializationError(SyriaTalksError, ValueError):
    """Serialised data does not describe a valid article."""


class LocaleError(SyriaTalksError, ValueError):
    """A locale identifier was rejected before it reached Babel."""


class GoldFormatError(SyriaTalksError, ValueError):
    """A gold annotation line breaks the documented JSON Lines format."""


class QueryError(SyriaTalksError, ValueError):
    """A query was given a value it cannot use; the message lists the valid ones."""
