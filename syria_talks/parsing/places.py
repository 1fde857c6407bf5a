"""Stage: locations — countries (Babel's names), lexicon places, region phrases and buildings."""

from __future__ import annotations

import bisect
import functools
from typing import NamedTuple

from syria_talks.lexicon import arabic_country_names, english_country_names
from syria_talks.model import LocationKind
from syria_talks.parsing.claims import Claims
from syria_talks.parsing.document import Document, ViewSpan
from syria_talks.text import fold

__all__ = ["FoundPlace", "find_locations"]

# Make a ViewSpan and a FoundPlace in C; a named tuple's own __new__ is Python code, and an
# article names its places again and again.
_new_span = _new_place = tuple.__new__


class FoundPlace(NamedTuple):
    """A place and where the text names it, in view offsets (the assembler makes it a
    :class:`~syria_talks.model.Location`). A named tuple, made in C (``_new_place``): an attrs
    instance cost four times as much to make; its list of spans grows as the place is named
    again."""

    key: str
    name: str
    kind: LocationKind
    country: str | None
    name_en: str | None
    parent: str | None
    spans: list[ViewSpan]
    coordinates: tuple[float, float] | None = None


class _Places:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.lex = doc.lexicon
        self.text = doc.text
        self.found: dict[str, FoundPlace] = {}
        self.shape = doc.lexicon.word_shape
        self.claims = Claims(len(doc.text))
        # The token columns: the passes read them instead of making a Token per look-up.
        self.words, self.starts, self.ends = doc.tokens.words, doc.tokens.starts, doc.tokens.ends

    def _add(
        self,
        key: str,
        start: int,
        end: int,
        *,
        name: str,
        kind: LocationKind,
        country: str | None,
        name_en: str | None,
        parent: str | None,
        coordinates: tuple[float, float] | None = None,
    ) -> None:
        if self._again(key, start, end):
            return
        span = _new_span(ViewSpan, (start, end))
        facts = (key, name, kind, country, name_en, parent, [span], coordinates)
        self.found[key] = _new_place(FoundPlace, facts)
        self.claims.take(start, end)

    def _again(self, key: str, start: int, end: int) -> bool:
        """A place found before, named again: one more span, and no facts made to be dropped
        (the articles name the same few places again and again)."""
        place = self.found.get(key)
        if place is None:
            return False
        place.spans.append(_new_span(ViewSpan, (start, end)))
        self.claims.take(start, end)
        return True

    def _tokens_among(self, words: frozenset[str]) -> list[int]:
        """Tokens (but the last two) that are one of ``words``, bare or with و/ف/ب in front."""
        text = self.words
        return [
            i
            for i in self._heads
            if text[i] in words or self.shape.without_proclitic(text[i]) in words
        ]

    @functools.cached_property
    def _heads(self) -> list[int]:
        """Tokens (but the last two) that may head a region or a building phrase: the lexicon's
        scan of the words finds them (Lexicon.place_heads). Indexes: no Token made."""
        last = len(self.words) - 2
        found = [
            bisect.bisect_left(self.starts, m.start) for m in self.doc.matches(self.lex.place_heads)
        ]
        return [i for i in found if i < last]

    def _token_at(self, position: int) -> int | None:
        i = self.doc.token_index(position)
        if i < len(self.starts) and self.starts[i] == position:
            return i
        return None

    def regions(self) -> None:
        """ريف اللاذقية الشمالي، شمالي سوريا، شرق حلب: a region tied to the place it qualifies."""
        heads = self.lex.region_heads
        words, starts, ends = self.words, self.starts, self.ends
        for i in self._tokens_among(heads):
            bare = self.shape.without_proclitic(words[i])
            word = bare if bare in heads else words[i]
            if word not in heads:
                continue
            place = self.lex.place_matcher.match_at(self.text, starts[i + 1])
            if place is not None:
                end, entry = place.end, self.lex.places[place.value]
                parent, code = entry.id, entry.country
            elif (
                country := self.lex.country_matcher.match_at(self.text, starts[i + 1])
            ) is not None:
                end, code = country.end, country.value.code
                parent = f"country:{code}"
            else:
                continue
            j = self.doc.token_index(end)
            if (
                j < len(words)
                and words[j] in self.lex.directions
                and not self.text[end : starts[j]].strip()
            ):
                end = ends[j]
            start = starts[i] + (len(words[i]) - len(word))
            name = self.doc.original_text(start, end)
            self._add(
                f"region:{fold(name)}",
                start,
                end,
                name=name,
                kind=LocationKind.REGION,
                country=code,
                name_en=None,
                parent=parent,
            )

    def buildings(self) -> None:
        """مبنى وزارة الدفاع: the building of an institution, in the country the text ties it to."""
        heads, words, starts = self.lex.building_heads, self.words, self.starts
        for i in self._tokens_among(heads):
            word = self.shape.without_proclitic(words[i])
            if word not in heads and words[i] not in heads:
                continue
            inst = self.lex.institution_matcher.match_at(self.text, starts[i + 1])
            if inst is None:
                continue
            end = inst.end
            code = None
            nat = self.lex.nationality_matcher.match_at(self.text, end + 1)
            if nat is not None:
                code, end = nat.value.country, nat.end
            else:
                code = self._country_of_institution(inst.phrase, starts[i])
            start = starts[i] + (len(words[i]) - len(word))
            name = self.doc.original_text(start, end)
            known = self.lex.institution_buildings.get((inst.value.key, code or ""))
            entry = self.lex.places.get(known) if known else None
            self._add(
                entry.id if entry else f"building:{fold(name)}",
                start,
                end,
                name=name,
                kind=LocationKind.BUILDING,
                country=code,
                name_en=entry.name_en if entry else None,
                parent=None,
                coordinates=entry.coordinates if entry else None,
            )

    def _country_of_institution(self, phrase: str, before: int) -> str | None:
        """The country an earlier mention gave the same institution: وزير الدفاع الأمريكي."""
        ends, codes = self._nationalities_after.get(phrase.split()[-1], ((), ()))
        i = bisect.bisect_right(ends, before) - 1
        return codes[i] if i >= 0 else None

    @functools.cached_property
    def _nationalities_after(self) -> dict[str, tuple[list[int], list[str]]]:
        """Word -> (ends, countries) of the nationality adjectives right after it, in text order.

        Built once, so each institution looks its country up instead of rescanning the text.
        """
        table: dict[str, tuple[list[int], list[str]]] = {}
        for m in self.doc.matches(self.lex.nationality_matcher):
            previous = self.doc.token_before(m.start)
            if previous >= 0:
                ends, codes = table.setdefault(self.words[previous], ([], []))
                ends.append(m.end)
                codes.append(m.value.country)
        return table

    def lexicon_places(self) -> None:
        free, places = self.claims.free, self.lex.places
        for start, end, _, value in self.doc.matches(self.lex.place_matcher):
            if not free(start, end):
                continue
            entry = places[value]
            if self._again(entry.id, start, end):
                continue
            self._add(
                entry.id,
                start,
                end,
                name=entry.name,
                kind=entry.kind,
                country=entry.country,
                name_en=entry.name_en,
                parent=entry.parent,
                coordinates=entry.coordinates,
            )

    def countries(self) -> None:
        free = self.claims.free
        for start, end, _, country in self.doc.matches(self.lex.country_matcher):
            if not free(start, end) or not self._in_place_position(start):
                continue
            code = country.code
            key = f"country:{code}"
            if self._again(key, start, end):
                continue
            self._add(
                key,
                start,
                end,
                name=arabic_country_names().get(code, code),
                kind=LocationKind.COUNTRY,
                country=code,
                name_en=english_country_names().get(code),
                parent=None,
            )

    def _in_place_position(self, start: int) -> bool:
        if self.lex.nationality_matcher.match_at(self.text, start) is None:
            return True
        # The name is also an adjective (سورية): a country only after a preposition or proclitic.
        i = self._token_at(start)
        if i is None:
            return True  # a proclitic is glued in front
        # A proclitic puts a nisba-like name in place position: "وسورية", "بسورية" is the
        # country, "غارات سورية" the adjective "Syrian". (The token starts at ``start``.)
        glued = self.text[start - 1 : start] if start > 0 else ""
        if glued and (self.shape.conjunction(glued) or self.shape.preposition(glued)):
            return True
        previous = self.doc.token_before(start)
        sentence_start, _ = self.doc.sentence_of(start)
        # An adjective agrees in definiteness with its noun: after "الوفد" it cannot be one.
        return (
            previous < 0
            or self.ends[previous] <= sentence_start
            or self.words[previous] in self.lex.function_words.prepositions
            or self.shape.has_article(self.words[previous])
        )


def find_locations(doc: Document) -> list[FoundPlace]:
    """Places in the order the text first names them."""
    places = _Places(doc)
    places.regions()
    places.buildings()
    places.lexicon_places()
    places.countries()
    # min() of the spans compares them in C; the first has the least start.
    return sorted(places.found.values(), key=lambda place: min(place.spans)[0])
