"""Locale names from callers, checked before they reach Babel.

A locale name is only ever a language tag; it is never used to build a path (Babel's
CVE-2021-42771 came from a locale name that was one), and a bad one is a clear error.
"""

from __future__ import annotations

import functools
import re

from babel import Locale, UnknownLocaleError

from syria_talks.errors import LocaleError

__all__ = ["parse_locale"]

_TAG = re.compile(r"[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8}){0,3}")
_CACHED_LOCALES = 64  # tags come from callers: the cache must not grow with what they send


def parse_locale(identifier: str) -> Locale:
    """The Babel locale for a tag such as "ar", "en_GB", "ru" or "ar-SY"."""
    if not isinstance(identifier, str) or not _TAG.fullmatch(identifier):
        shown = repr(identifier) if isinstance(identifier, str) else type(identifier).__name__
        if len(shown) > 40:
            shown = f"{shown[:37]}..."
        raise LocaleError(f"{shown} is not a locale name (expected e.g. 'ar', 'en_GB')")
    return _babel_locale(identifier)


@functools.lru_cache(maxsize=_CACHED_LOCALES)
def _babel_locale(identifier: str) -> Locale:
    try:
        return Locale.parse(identifier.replace("-", "_"))
    except (UnknownLocaleError, ValueError) as exc:
        raise LocaleError(f"unknown locale {identifier!r}: {exc}") from None
