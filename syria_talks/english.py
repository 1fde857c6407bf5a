"""English names of actors, for finding them the way an English-speaking reader asks.

An actor is found by its ``name_en`` and the English names in its lexicon entry, by common
transliterations of its words ("Sergey" for "Sergei"), a state by Babel's English name of its
country, the usual short forms ("US", "UK") and its capital ("Moscow", "Washington"), and a
ministry or other state body by its English name ("Russian Foreign Ministry"). The facts beyond
Babel live in ``data/english_names.json``; nothing here is used by the parser.
"""

from __future__ import annotations

import functools
import json
import unicodedata
from collections.abc import Iterator, Mapping
from importlib import resources
from typing import Any

import attrs

from syria_talks.errors import LexiconError
from syria_talks.lexicon import english_country_names
from syria_talks.model import Actor, ActorKind

__all__ = ["country_code", "english_key", "english_names", "matches_english"]

_FILE = "english_names.json"
_DROPPED_WORDS = frozenset({"the", "al", "el"})


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise LexiconError(f"{_FILE}: {where} must be a list of non-empty strings")
    return tuple(value)


def _mapping(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise LexiconError(f"{_FILE}: {key!r} must be an object")
    return value


@attrs.frozen(kw_only=True)
class EnglishNames:
    """The contents of ``english_names.json``, checked at load."""

    variants: Mapping[str, str]  # a transliterated word -> the canonical one of its group
    actors: Mapping[str, tuple[str, ...]]  # actor id -> extra English names
    countries: Mapping[str, tuple[str, ...]]  # ISO code -> short and long forms beyond Babel's
    capitals: Mapping[str, str]
    demonyms: Mapping[str, tuple[str, ...]]
    institutions: Mapping[str, tuple[str, ...]]  # institution key -> name templates


@functools.cache
def _data() -> EnglishNames:
    raw = resources.files("syria_talks").joinpath("data").joinpath(_FILE).read_text("utf-8")
    data = json.loads(raw)
    if not isinstance(data, dict) or data.get("version") != 1:
        raise LexiconError(f"{_FILE}: expected an object with version 1")
    variants: dict[str, str] = {}
    groups = data.get("spelling_variants")
    if not isinstance(groups, list):
        raise LexiconError(f"{_FILE}: 'spelling_variants' must be a list of groups")
    for group in groups:
        words = _strings(group, "each spelling variant group")
        for word in words:
            variants[word.casefold()] = words[0].casefold()
    capitals = _mapping(data, "capitals")
    if not all(isinstance(v, str) and v for v in capitals.values()):
        raise LexiconError(f"{_FILE}: every capital must be a non-empty string")
    return EnglishNames(
        variants=variants,
        actors={k: _strings(v, f"actors[{k!r}]") for k, v in _mapping(data, "actors").items()},
        countries={
            k: _strings(v, f"countries[{k!r}]") for k, v in _mapping(data, "countries").items()
        },
        capitals=dict(capitals),
        demonyms={
            k: _strings(v, f"demonyms[{k!r}]") for k, v in _mapping(data, "demonyms").items()
        },
        institutions={
            k: _strings(v, f"institutions[{k!r}]")
            for k, v in _mapping(data, "institutions").items()
        },
    )


def english_key(name: str) -> str:
    """A comparison key for an English name: accents, case, punctuation, articles and
    transliteration variants do not count ("the Russian Foreign-Ministry" == "russian foreign
    ministry", "Sergey" == "Sergei", "Erdoğan" == "Erdogan")."""
    stripped = "".join(
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
    ).casefold()
    for mark in ".'’‘`":
        stripped = stripped.replace(mark, "")
    words = stripped.replace("-", " ").replace(",", " ").split()
    variants = _data().variants
    return " ".join(variants.get(w, w) for w in words if w not in _DROPPED_WORDS)


def _country_names(code: str) -> Iterator[str]:
    babel_name = english_country_names().get(code)
    if babel_name:
        yield babel_name
    yield from _data().countries.get(code, ())


def english_names(actor: Actor) -> frozenset[str]:
    """Every English name :func:`matches_english` accepts for ``actor``."""
    data = _data()
    names = {actor.name_en or "", *data.actors.get(actor.id, ()), dict(actor.names).get("en", "")}
    code = actor.country
    if code and actor.kind is ActorKind.STATE:
        names.update(_country_names(code))
        names.add(data.capitals.get(code, ""))
    institution = actor.id.partition(":")[0]
    if code and ":" in actor.id and institution in data.institutions:
        for template in data.institutions[institution]:
            for country in _country_names(code):
                for demonym in data.demonyms.get(code, ()):
                    names.add(template.format(country=country, demonym=demonym))
    return frozenset(n for n in names if n)


@functools.lru_cache(maxsize=4096)
def _keys(actor: Actor) -> frozenset[str]:
    return frozenset(english_key(n) for n in english_names(actor))


def matches_english(actor: Actor, name: str) -> bool:
    """True when ``name`` is one of ``actor``'s English names, spelling aside; a surname alone
    names a person ("Lavrov")."""
    key = english_key(name)
    if not key:
        return False
    keys = _keys(actor)
    if key in keys:
        return True
    return actor.kind is ActorKind.PERSON and any(k.split()[-1] == key for k in keys if " " in k)


@functools.cache
def _country_keys() -> dict[str, str]:
    keys: dict[str, str] = {}
    for code in english_country_names():
        for name in _country_names(code):
            keys.setdefault(english_key(name), code)
    return keys


def country_code(name: str) -> str | None:
    """The ISO 3166 alpha-2 code named by ``name``: a code in any case ("us"), an English
    country name or short form ("Russia", "USA"), or None."""
    if len(name) == 2 and name.isalpha() and name.upper() in english_country_names():
        return name.upper()
    return _country_keys().get(english_key(name))
