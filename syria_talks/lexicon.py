"""Typed access to the bundled lexicons in ``syria_talks/data/`` (loaded once) and to Babel's names.

The data files are a closed set (:data:`LEXICON_FILES`), each checked against its declared shape
(:mod:`syria_talks.lexicon_schema`) the first time it is read. A caller extends the lexicon with
typed entries (:meth:`Lexicon.with_actors`, :meth:`~Lexicon.with_cues`,
:meth:`~Lexicon.with_titles`, :meth:`~Lexicon.with_places` and a variety's spellings with
:meth:`~Lexicon.with_cue_forms` and :meth:`~Lexicon.with_place_aliases`) rather than by pointing
the library at a path.
"""

from __future__ import annotations

import enum
import functools
import json
import re
from collections.abc import Callable, Iterable, Mapping
from importlib import resources
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import attrs
from babel import Locale, localedata

from syria_talks.errors import LexiconError
from syria_talks.model import ActorKind, AgreementStatus, Gender, LocationKind, Stance
from syria_talks.phrases import PhraseMatcher, Proclitics, TokenScanner
from syria_talks.shape import WordShape
from syria_talks.text import normalize

if TYPE_CHECKING:
    from syria_talks.lexicon_schema import EntryKind

__all__ = [
    "LEXICON_FILES",
    "MAX_NAME_CHARS",
    "ActorEntry",
    "CueEntry",
    "CueForm",
    "CueFormEntry",
    "FormKind",
    "Institution",
    "Lexicon",
    "PlaceEntry",
    "Title",
    "default_lexicon",
]

LEXICON_FILES = frozenset(
    {
        "actors.json",
        "agreements.json",
        "cues.json",
        "function_words.json",
        "institutions.json",
        "nationalities.json",
        "places.json",
        "time_words.json",
        "titles.json",
        "word_shape.json",
    }
)

MAX_NAME_CHARS = 200
"""The longest name, alias or phrase a lexicon entry may hold."""


class FormKind(enum.Enum):
    """The part of speech of a cue's written form: قال (verb), قائلا (participle), تصريح (noun)."""

    VERB = "verb"
    PARTICIPLE = "participle"
    NOUN = "noun"


# Region codes, the EU and private-use codes are CLDR territories but not countries.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "XK"})


@functools.cache
def _read(name: str) -> dict[str, Any]:
    """A bundled file's data, checked against its schema: read and checked once per process.

    Callers only read what is returned; nothing mutates it.
    """
    if name not in LEXICON_FILES:
        raise LexiconError(f"unknown lexicon file {name!r}; known: {sorted(LEXICON_FILES)}")
    raw = resources.files("syria_talks").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise LexiconError(f"{name}: not valid JSON: {exc}") from None
    # The schema module is imported with the first file read, not with the package.
    from syria_talks.lexicon_schema import check_file

    check_file(name, data)
    return data  # type: ignore[no-any-return]


def _checked_record(
    record: object, source: str, kind: EntryKind, key: str = "id"
) -> Mapping[str, Any]:
    from syria_talks.lexicon_schema import ENTRY_SCHEMAS
    from syria_talks.validation import check_json

    name = record.get(key) if isinstance(record, Mapping) else None
    noun = "lemma" if kind == "cue" else kind
    label = f"{noun} {name!r:.80}" if isinstance(name, str) else noun
    check_json(ENTRY_SCHEMAS[kind], record, source, label)
    assert isinstance(record, Mapping)  # the schema has checked it is an object
    return record


@attrs.frozen(kw_only=True)
class ActorEntry:
    """A known actor: the facts the lexicon asserts about a person or body."""

    id: str
    name: str
    kind: ActorKind
    name_en: str | None = None
    country: str | None = None
    gender: Gender | None = None
    title: str | None = None
    aliases: tuple[str, ...] = ()
    names: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_json(cls, record: Mapping[str, Any], source: str = "actors.json") -> ActorEntry:
        """An entry of ``actors.json``'s ``actors`` list, checked against its schema."""
        return cls._from_record(_checked_record(record, source, "actor"))

    @classmethod
    def _from_record(cls, record: Mapping[str, Any]) -> ActorEntry:
        gender = record.get("gender")
        return cls(
            id=record["id"],
            name=record["name"],
            kind=ActorKind(record["kind"]),
            name_en=record.get("name_en"),
            country=record.get("country"),
            gender=Gender(gender) if gender else None,
            title=record.get("title"),
            aliases=tuple(dict.fromkeys(record.get("aliases", []))),
            names=tuple(sorted(record.get("names", {}).items())),
        )


@attrs.frozen(kw_only=True)
class CueFormEntry:
    """One written form of a cue, as a lexicon entry: ``قالت`` (feminine verb)."""

    form: str
    gender: Gender | None = None  # the subject it agrees with; None for a noun
    kind: FormKind = FormKind.VERB


@attrs.frozen(kw_only=True)
class CueEntry:
    """A cue as a lexicon entry: a verb (or noun) of saying, what it does, and its paradigm.

    ``forms`` lists every written form the parser should recognise, each with the gender and
    number of the subject it agrees with (قال masculine, قالت feminine, قالا dual, قالوا plural),
    the imperfect (يقول، تقول ...) and participles (قائلا، قائلة) included; the parser adds the
    conjunctions و and ف and object pronouns itself.
    """

    lemma: str
    forms: tuple[CueFormEntry, ...]
    stance: Stance = Stance.NEUTRAL
    prepositions: tuple[str, ...] = ()
    takes_object: bool = False
    governed: bool = False
    explicit_subject: bool = False
    relays: bool = False
    in_document: bool = False

    @classmethod
    def from_json(cls, record: Mapping[str, Any], source: str = "cues.json") -> CueEntry:
        """An entry of ``cues.json``'s ``cues`` list, checked against its schema."""
        return cls._from_record(_checked_record(record, source, "cue", "lemma"))

    @classmethod
    def _from_record(cls, record: Mapping[str, Any]) -> CueEntry:
        return cls(
            lemma=record["lemma"],
            stance=Stance(record.get("stance", "neutral")),
            prepositions=tuple(record.get("prepositions", [])),
            forms=tuple(
                CueFormEntry(
                    form=form["form"],
                    gender=Gender(form["gender"]) if form.get("gender") else None,
                    kind=FormKind(form.get("kind", "verb")),
                )
                for form in record["forms"]
            ),
            takes_object=record.get("takes_object", False),
            governed=record.get("governed", False),
            explicit_subject=record.get("explicit_subject", False),
            relays=record.get("relays", False),
            in_document=record.get("in_document", False),
        )


@attrs.frozen(kw_only=True)
class CueForm:
    """One written form of a verb of saying, with the agreement it shows."""

    form: str
    lemma: str
    stance: Stance
    gender: Gender | None
    participle: bool
    noun: bool
    takes_object: bool
    governed: bool  # the content only ever follows the verb's preposition: أعرب عن، عبّر عن
    # Often an impersonal passive without its vowels (ويعتقد أن، ويقدر عدد): no dropped subject.
    explicit_subject: bool = False
    # نقل relays another's words: who follows its عن speaks ("نقلت وكالة X عن مصادر أن"),
    # else its subject ("نقلت وسائل إعلام أن"); before قوله after عن, the noun is the cue.
    relays: bool = False
    # "وجاء في بيان ...": the words come in a document, and whoever issued it speaks.
    in_document: bool = False
    prepositions: tuple[str, ...]


@attrs.frozen(kw_only=True)
class Institution:
    """A body named by a head noun and a nationality adjective: الخارجية الروسية."""

    key: str
    name: str
    short: tuple[str, ...]
    name_en: str
    kind: ActorKind
    gender: Gender


@attrs.frozen(kw_only=True)
class PlaceEntry:
    """A known place: its names, what it is and where it lies."""

    id: str
    name: str
    kind: LocationKind
    name_en: str | None = None
    country: str | None = None
    parent: str | None = None
    capital_of: str | None = None
    coordinates: tuple[float, float] | None = None
    aliases: tuple[str, ...] = ()

    @classmethod
    def from_json(cls, record: Mapping[str, Any], source: str = "places.json") -> PlaceEntry:
        """An entry of ``places.json``'s ``places`` list, checked against its schema."""
        return cls._from_record(_checked_record(record, source, "place"))

    @classmethod
    def _from_record(cls, record: Mapping[str, Any]) -> PlaceEntry:
        coordinates = record.get("coordinates")
        return cls(
            id=record["id"],
            name=record["name"],
            kind=LocationKind(record["kind"]),
            name_en=record.get("name_en"),
            country=record.get("country"),
            parent=record.get("parent"),
            capital_of=record.get("capital_of"),
            coordinates=((float(coordinates[0]), float(coordinates[1])) if coordinates else None),
            aliases=tuple(record.get("aliases", [])),
        )


@attrs.frozen(kw_only=True)
class CountryName:
    """A country as written in Arabic (Babel's CLDR name or a common variant)."""

    code: str
    gender: Gender


@attrs.frozen(kw_only=True)
class Title:
    """A title that precedes a name (وزير الخارجية، المتحدث باسم), as a lexicon entry.

    ``relational`` titles name an office of some body ("المتحدث باسم الخارجية"); the parser
    matches a title with and without the article.
    """

    title: str
    gender: Gender
    relational: bool = False

    @classmethod
    def from_json(cls, record: Mapping[str, Any], source: str = "titles.json") -> Title:
        """An entry of ``titles.json``'s ``titles`` list, checked against its schema."""
        return cls._from_record(_checked_record(record, source, "title", "title"))

    @classmethod
    def _from_record(cls, record: Mapping[str, Any]) -> Title:
        return cls(
            title=record["title"],
            gender=Gender(record["gender"]),
            relational=record.get("relational", False),
        )


@attrs.frozen(kw_only=True)
class Anonymous:
    """A noun that names an unnamed speaker: مصادر، مسؤول، محللون."""

    noun: str
    gender: Gender
    kind: ActorKind


@attrs.frozen(kw_only=True)
class Anaphor:
    """A definite noun that points back to an actor: البيان (whoever issued the statement)."""

    noun: str
    kind: ActorKind | None = None
    channel: str | None = None


@attrs.frozen(kw_only=True)
class Nationality:
    country: str
    gender: Gender


@functools.cache
def _bundled_actors() -> tuple[ActorEntry, ...]:
    return tuple(ActorEntry._from_record(r) for r in _read("actors.json")["actors"])


@functools.cache
def _bundled_cues() -> tuple[CueEntry, ...]:
    return tuple(CueEntry._from_record(r) for r in _read("cues.json")["cues"])


@functools.cache
def _bundled_titles() -> tuple[Title, ...]:
    return tuple(Title._from_record(r) for r in _read("titles.json")["titles"])


@functools.cache
def _bundled_places() -> tuple[PlaceEntry, ...]:
    return tuple(PlaceEntry._from_record(r) for r in _read("places.json")["places"])


_Entry = TypeVar("_Entry")


def _checked(
    entries: object,
    kind: type[_Entry],
    shape: EntryKind,
    method: str,
    key: tuple[str, str],
) -> tuple[_Entry, ...]:
    """A caller's entries, each refused with LexiconError (naming it and the field) before it
    reaches the matchers."""
    from syria_talks.lexicon_schema import ENTRY_SCHEMAS
    from syria_talks.validation import check_entry

    checked: list[_Entry] = []
    for entry in _as_tuple(entries, method):
        if not isinstance(entry, kind):
            raise LexiconError(
                f"{method}() takes {kind.__name__} values, got {type(entry).__name__}"
            )
        noun, attribute = key
        label = f"{noun} {getattr(entry, attribute)!r:.80}"
        check_entry(ENTRY_SCHEMAS[shape], entry, f"{method}()", label)
        checked.append(entry)
    return tuple(checked)


def _merged(
    bundled: Iterable[_Entry], extra: Iterable[_Entry], key: Callable[[_Entry], str]
) -> dict[str, _Entry]:
    """Bundled entries, then the caller's: an entry with a bundled key replaces it in place."""
    merged = {key(entry): entry for entry in bundled}
    for entry in extra:
        merged[key(entry)] = entry
    return merged


# Which cached properties each kind of caller entry invalidates; a derived lexicon shares the
# rest with the lexicon it was derived from instead of rebuilding them.
_DEPENDS_ON = {
    "actors": frozenset({"actors", "actor_matcher", "scanner"}),
    "cues": frozenset(
        {
            "cue_entries",
            "cues",
            "cue_surfaces",
            "verb_cue_surfaces",
            "cue_words",
            "speech_markers",
            "mention_stop_words",
            "agreement_extent_words",
        }
    ),
    "titles": frozenset({"titles", "title_matcher", "scanner"}),
    "places": frozenset({"places", "place_matcher", "scanner"}),
}


class Lexicon:
    """All the lexicons, with one compiled matcher each, built on first use.

    A lexicon is never changed: the ``with_*`` methods return a new one that also knows the
    caller's entries (an entry with the id, lemma or title of a bundled one replaces it). The
    new lexicon shares what the new entries cannot change and builds the rest on first use.
    """

    def __init__(
        self,
        *,
        actors: Iterable[ActorEntry] | None = None,
        cues: Iterable[CueEntry] = (),
        titles: Iterable[Title] = (),
        places: Iterable[PlaceEntry] = (),
    ) -> None:
        self._actors = _checked(actors or (), ActorEntry, "actor", "with_actors", ("actor", "id"))
        self._cues = _checked(cues, CueEntry, "cue", "with_cues", ("lemma", "lemma"))
        self._titles = _checked(titles, Title, "title", "with_titles", ("title", "title"))
        self._places = _checked(places, PlaceEntry, "place", "with_places", ("place", "id"))

    def _derived(self, kind: str, entries: tuple[Any, ...]) -> Lexicon:
        lexicon = Lexicon(
            actors=entries if kind == "actors" else self._actors,
            cues=entries if kind == "cues" else self._cues,
            titles=entries if kind == "titles" else self._titles,
            places=entries if kind == "places" else self._places,
        )
        stale = _DEPENDS_ON[kind]
        for name in _CACHED & self.__dict__.keys() - stale:
            lexicon.__dict__[name] = self.__dict__[name]
        return lexicon

    def with_actors(self, actors: Iterable[ActorEntry]) -> Lexicon:
        """A new lexicon that also knows ``actors`` (same id replaces the bundled entry)."""
        return self._derived("actors", (*self._actors, *_as_tuple(actors, "with_actors")))

    def with_cues(self, cues: Iterable[CueEntry]) -> Lexicon:
        """A new lexicon that also knows ``cues`` (same lemma replaces the bundled entry).

        A written form another lemma already has keeps its first meaning: bundled lemmas come
        first, then the caller's in the order given.
        """
        return self._derived("cues", (*self._cues, *_as_tuple(cues, "with_cues")))

    def with_titles(self, titles: Iterable[Title]) -> Lexicon:
        """A new lexicon that also knows ``titles`` (same title replaces the bundled entry)."""
        return self._derived("titles", (*self._titles, *_as_tuple(titles, "with_titles")))

    def with_places(self, places: Iterable[PlaceEntry]) -> Lexicon:
        """A new lexicon that also knows ``places`` (same id replaces the bundled entry)."""
        return self._derived("places", (*self._places, *_as_tuple(places, "with_places")))

    def with_cue_forms(self, lemma: str, forms: Iterable[CueFormEntry]) -> Lexicon:
        """A new lexicon in which the cue ``lemma`` also has ``forms``: a variety's spellings
        of a verb the lexicon knows (``LexiconError`` if it does not)."""
        cue = self.cue_entries.get(lemma)
        if cue is None:
            raise LexiconError(f"with_cue_forms(): no cue has the lemma {lemma!r:.80}")
        return self.with_cues(
            [attrs.evolve(cue, forms=(*cue.forms, *_as_tuple(forms, "with_cue_forms")))]
        )

    def with_place_aliases(self, place_id: str, aliases: Iterable[str]) -> Lexicon:
        """A new lexicon in which the place ``place_id`` is also written ``aliases``
        (``LexiconError`` if no place has that id)."""
        place = self.places.get(place_id)
        if place is None:
            raise LexiconError(f"with_place_aliases(): no place has the id {place_id!r:.80}")
        return self.with_places(
            [
                attrs.evolve(
                    place, aliases=(*place.aliases, *_as_tuple(aliases, "with_place_aliases"))
                )
            ]
        )

    @functools.cached_property
    def actors(self) -> Mapping[str, ActorEntry]:
        """Every actor the lexicon knows, by id."""
        return _merged(_bundled_actors(), self._actors, lambda entry: entry.id)

    @functools.cached_property
    def actor_matcher(self) -> PhraseMatcher[str]:
        phrases: list[tuple[str, str]] = []
        for entry in self.actors.values():
            for name in (entry.name, *entry.aliases, entry.name_en or ""):
                if name:
                    phrases += [(variant, entry.id) for variant in _compound_spellings(name)]
        return PhraseMatcher(phrases, proclitics=self._proclitics)

    @functools.cached_property
    def _cue_data(self) -> dict[str, Any]:
        return _read("cues.json")

    @functools.cached_property
    def cue_entries(self) -> Mapping[str, CueEntry]:
        """Every cue the lexicon knows, by lemma."""
        return _merged(_bundled_cues(), self._cues, lambda entry: entry.lemma)

    @functools.cached_property
    def cues(self) -> Mapping[str, CueForm]:
        """Normalised written form -> cue; the first lemma to claim a form keeps it."""
        table: dict[str, CueForm] = {}
        for entry in self.cue_entries.values():
            preps = tuple(normalize(p) for p in entry.prepositions)
            for form in entry.forms:
                cue = CueForm(
                    form=form.form,
                    lemma=entry.lemma,
                    stance=entry.stance,
                    gender=form.gender,
                    participle=form.kind is FormKind.PARTICIPLE,
                    noun=form.kind is FormKind.NOUN,
                    takes_object=entry.takes_object,
                    governed=entry.governed,
                    explicit_subject=entry.explicit_subject,
                    relays=entry.relays,
                    in_document=entry.in_document,
                    prepositions=preps,
                )
                table.setdefault(normalize(form.form), cue)
        return table

    @functools.cached_property
    def cue_surfaces(self) -> Mapping[str, CueForm]:
        """Every written shape of a cue word: وقال، فقال، and a verb with its object pronoun
        (وصفها، ذكرته): the form of each cue word the stage finds (with :attr:`cue_words`)."""
        table: dict[str, CueForm] = {}
        shape = self.word_shape
        for form, cue in self.cues.items():
            for written in shape.verb_shapes(form, verb=not (cue.noun or cue.participle)):
                table.setdefault(written, cue)
        for form, cue in self.cues.items():  # a form as written wins over a derived shape
            table[form] = cue
        return table

    @functools.cached_property
    def verb_cue_surfaces(self) -> frozenset[str]:
        """The written shapes of the cues that are verbs (قال، وأعلن), not nouns or participles:
        the words after which a name no lexicon knows may stand before its title."""
        return frozenset(
            written
            for written, cue in self.cue_surfaces.items()
            if not (cue.noun or cue.participle)
        )

    @functools.cached_property
    def negators(self) -> frozenset[str]:
        return frozenset(normalize(w) for w in self._cue_data["negators"])

    @functools.cached_property
    def complementizers(self) -> frozenset[str]:
        return frozenset(normalize(w) for w in self._cue_data["complementizers"])

    @functools.cached_property
    def pronoun_complementizers(self) -> frozenset[str]:
        return frozenset(normalize(w) for w in self._cue_data["pronoun_complementizers"])

    @functools.cached_property
    def mention_stop_words(self) -> frozenset[str]:
        """Words that end a name or a description in the mention passes: function words,
        complementizers, negators and cues, and each cue after و/ف (when three letters or more
        are left, as ``WordShape.without_conjunction(word, min_stem=3)`` strips them). One set,
        so the test is one look-up per word."""
        fw = self.function_words
        conjunctions = self.word_shape.conjunctions
        return frozenset(
            {
                *fw.prepositions,
                *fw.prepositional_pronouns,
                *fw.fillers,
                *fw.clause_openers,
                *fw.addressees,
                *self.complementizers,
                *self.pronoun_complementizers,
                *self.negators,
                *self.cues,
                *(c + cue for c in conjunctions for cue in self.cues if len(cue) >= 3),
            }
        )

    @functools.cached_property
    def _titles_data(self) -> dict[str, Any]:
        return _read("titles.json")

    @functools.cached_property
    def titles(self) -> tuple[Title, ...]:
        """Every title the lexicon knows."""
        return tuple(_merged(_bundled_titles(), self._titles, lambda t: t.title).values())

    @functools.cached_property
    def title_matcher(self) -> PhraseMatcher[Title]:
        """Titles with and without the article: الوزير / وزير، المتحدث باسم / متحدث باسم."""
        phrases: list[tuple[str, Title]] = []
        for title in self.titles:
            written = normalize(title.title)
            shape = self.word_shape
            other = (
                shape.without_article(written)
                if written.startswith(shape.article)
                else shape.with_article(written)
            )
            phrases += [(written, title), (other, title)]
        return PhraseMatcher(phrases, proclitics=self._proclitics)

    @functools.cached_property
    def anonymous_modifiers(self) -> frozenset[str]:
        """Adjectives that stay part of an unnamed source: مسؤول تركي رفيع، مصادر مطلعة."""
        return frozenset(normalize(w) for w in self._titles_data["anonymous_modifiers"])

    @functools.cached_property
    def anonymous_matcher(self) -> PhraseMatcher[Anonymous]:
        """Unnamed sources, with or without the article: مصدر / المصدر، مسؤولون / المسؤولون."""
        phrases: list[tuple[str, Anonymous]] = []
        for r in self._titles_data["anonymous"]:
            source = Anonymous(
                noun=r["noun"], gender=Gender(r["gender"]), kind=ActorKind(r["kind"])
            )
            written = normalize(r["noun"])
            phrases += [(written, source), (self.word_shape.with_article(written), source)]
        return PhraseMatcher(phrases, proclitics=self._proclitics)

    @functools.cached_property
    def anaphors(self) -> Mapping[str, Anaphor]:
        return {
            normalize(r["noun"]): Anaphor(
                noun=r["noun"],
                kind=ActorKind(r["kind"]) if r.get("kind") else None,
                channel=r.get("channel"),
            )
            for r in self._titles_data["anaphors"]
        }

    @functools.cached_property
    def nationality_matcher(self) -> PhraseMatcher[Nationality]:
        """Nationality adjectives in every inflection: الروسي الروسية الروس روسي روسية."""
        phrases: list[tuple[str, Nationality]] = []
        shape = self.word_shape
        inflections = [
            ("", Gender.MASCULINE),
            *((suffix, Gender.FEMININE) for suffix in shape.nisba_feminine),
            *((suffix, Gender.PLURAL) for suffix in shape.nisba_plural),
            *((suffix, Gender.DUAL) for suffix in shape.nisba_dual),
        ]
        for record in _read("nationalities.json")["nationalities"]:
            code = record["country"]
            for form in record["forms"]:
                words = normalize(form).split()
                for suffix, gender in inflections:
                    inflected = " ".join(w + suffix for w in words)
                    value = Nationality(country=code, gender=gender)
                    phrases.append((inflected, value))
                    indefinite = " ".join(shape.without_article(w) + suffix for w in words)
                    phrases.append((indefinite, value))
            for plural in record.get("plurals", []):
                phrases.append((plural, Nationality(country=code, gender=Gender.PLURAL)))
        return PhraseMatcher(phrases, proclitics=None)

    @functools.cached_property
    def institutions(self) -> tuple[Institution, ...]:
        return tuple(
            Institution(
                key=r["key"],
                name=r["name"],
                short=tuple(r.get("short", [])),
                name_en=r["en"],
                kind=ActorKind(r["kind"]),
                gender=Gender(r["gender"]),
            )
            for r in _read("institutions.json")["institutions"]
        )

    @functools.cached_property
    def institution_matcher(self) -> PhraseMatcher[Institution]:
        return PhraseMatcher(
            ((name, inst) for inst in self.institutions for name in (inst.name, *inst.short)),
            proclitics=self._proclitics,
        )

    @functools.cached_property
    def _places_data(self) -> dict[str, Any]:
        return _read("places.json")

    @functools.cached_property
    def places(self) -> Mapping[str, PlaceEntry]:
        """Every place the lexicon knows, by id."""
        return _merged(_bundled_places(), self._places, lambda entry: entry.id)

    @functools.cached_property
    def place_matcher(self) -> PhraseMatcher[str]:
        return PhraseMatcher(
            (
                (name, entry.id)
                for entry in self.places.values()
                for name in (entry.name, *entry.aliases)
            ),
            proclitics=self._proclitics,
        )

    @functools.cached_property
    def country_matcher(self) -> PhraseMatcher[CountryName]:
        """Country names from Babel's Arabic CLDR data, plus the variants the press uses."""
        masculine = set(self._places_data["masculine_countries"])

        def entry(code: str) -> CountryName:
            return CountryName(
                code=code, gender=Gender.MASCULINE if code in masculine else Gender.FEMININE
            )

        phrases = [(name, entry(code)) for code, name in arabic_country_names().items()]
        for code, variants in self._places_data["country_variants"].items():
            phrases += [(variant, entry(code)) for variant in variants]
        return PhraseMatcher(phrases, proclitics=self._proclitics)

    @functools.cached_property
    def region_heads(self) -> frozenset[str]:
        return frozenset(normalize(w) for w in self._places_data["region_heads"])

    @functools.cached_property
    def directions(self) -> Mapping[str, str]:
        return {normalize(k): v for k, v in self._places_data["directions"].items()}

    @functools.cached_property
    def institution_buildings(self) -> Mapping[tuple[str, str], str]:
        """(institution, country) -> place id: the US Department of Defense is the Pentagon."""
        return {
            (r["institution"], r["country"]): r["place"]
            for r in self._places_data["institution_buildings"]
        }

    @functools.cached_property
    def building_heads(self) -> frozenset[str]:
        return frozenset(normalize(w) for w in self._places_data["buildings"])

    @functools.cached_property
    def word_shape(self) -> WordShape:
        return _load_word_shape()

    @property
    def _proclitics(self) -> Proclitics:
        return self.word_shape.phrase_proclitics

    @functools.cached_property
    def function_words(self) -> FunctionWords:
        return _load_function_words()

    @functools.cached_property
    def time_words(self) -> TimeWords:
        """Relative time words (أمس، الماضي، قبل ...); month and weekday names come from Babel."""
        data = _read("time_words.json")

        def words(key: str) -> frozenset[str]:
            return frozenset(normalize(w) for w in data[key])

        return TimeWords(
            day_offsets={normalize(k): int(v) for k, v in data["day_offsets"].items()},
            past=words("past"),
            future=words("future"),
            current=words("current"),
            units={normalize(k): str(v) for k, v in data["units"].items()},
            numbers={normalize(k): int(v) for k, v in data["numbers"].items()},
            ago=words("ago"),
            few=words("few"),
            day_word=words("day_word"),
            year_words=words("year_words"),
            month_parts={
                normalize(k): (int(v[0]), int(v[1])) for k, v in data["month_parts"].items()
            },
            relative_units={normalize(k): str(v) for k, v in data["relative_units"].items()},
            month_context=words("month_context"),
            day_offset_matcher=PhraseMatcher(
                ((normalize(k), int(v)) for k, v in data["day_offsets"].items()),
                proclitics=self._proclitics,
            ),
        )

    @functools.cached_property
    def month_matcher(self) -> PhraseMatcher[int]:
        return PhraseMatcher(arabic_month_names().items(), proclitics=self._proclitics)

    @functools.cached_property
    def weekday_matcher(self) -> PhraseMatcher[int]:
        return PhraseMatcher(arabic_weekday_names().items(), proclitics=self._proclitics)

    @functools.cached_property
    def scanner(self) -> TokenScanner:
        """All the whole-text matchers, scanned together in one pass per document."""
        fw = self.function_words
        agreements = self.agreement_vocabulary
        return TokenScanner(
            [
                self.actor_matcher,
                self.title_matcher,
                self.institution_matcher,
                self.anonymous_matcher,
                self.country_matcher,
                self.place_matcher,
                self.nationality_matcher,
                self.month_matcher,
                self.weekday_matcher,
                self.time_words.day_offset_matcher,
                fw.media_heads,
                fw.channels,
                fw.attribution_markers,
                fw.narrator_markers,
                agreements.heads,
                agreements.standalone,
                agreements.status,
                agreements.mediation,
                self.place_heads,
                self.time_triggers,
                self.body_heads,
            ]
        )

    # Words a stage visits the tokens for, found in the scanner's one pass over the words
    # instead of a pass of each stage's own.
    @functools.cached_property
    def place_heads(self) -> PhraseMatcher[str]:
        """The tokens that may head a region or a building phrase: ريف، شمال، مبنى, and after
        و/ف/ب."""
        shape = self.word_shape
        return _token_matcher(shape.with_proclitics(self.region_heads | self.building_heads))

    @functools.cached_property
    def time_triggers(self) -> PhraseMatcher[str]:
        """The only tokens that can start a relative time expression."""
        words = self.time_words
        prefixed = self.word_shape.with_proclitics(words.leading)
        return _token_matcher(prefixed | frozenset(words.relative_units))

    @functools.cached_property
    def body_heads(self) -> PhraseMatcher[str]:
        """Nouns that head a body named in quotation marks: مجموعة، شركة، حركة."""
        fw = self.function_words
        return _token_matcher(fw.org_heads | fw.company_heads)

    @functools.cached_property
    def agreement_extent_words(self) -> AgreementExtentWords:
        fw = self.function_words
        return AgreementExtentWords(
            clause=frozenset(self.cues) | self.complementizers | fw.relative_pronouns,
            stop=fw.prepositions | fw.clause_openers,
            party=fw.party_prepositions,
        )

    @functools.cached_property
    def agreement_vocabulary(self) -> AgreementVocabulary:
        data = _read("agreements.json")
        status = [
            (w, AgreementStatus(k)) for k, words in data["status_cues"].items() for w in words
        ]
        return AgreementVocabulary(
            # The article is written out: the matcher takes proclitics, not ال.
            heads=PhraseMatcher(
                (
                    (form, head)
                    for head in data["heads"]
                    for form in (head, self.word_shape.with_article(head))
                ),
                proclitics=self._proclitics,
            ),
            standalone=PhraseMatcher(
                ((p, s["key"]) for s in data["standalone"] for p in s["phrases"]),
                proclitics=self._proclitics,
            ),
            names={s["key"]: s["name"] for s in data["standalone"]},
            topics={normalize(w): t["key"] for t in data["topics"] for w in t["words"]},
            status=PhraseMatcher(status, proclitics=self._proclitics),
            resolution_heads=frozenset(normalize(w) for w in data["resolution_heads"]),
            resolution_requires=tuple(normalize(w) for w in data["resolution_requires"]),
            mediation=PhraseMatcher(
                ((w, w) for w in data["mediation"]), proclitics=self._proclitics
            ),
            truce_words=frozenset(normalize(w) for w in data["truces"]["words"]),
            truce_keys=frozenset(data["truces"]["keys"]),
        )

    @functools.cached_property
    def speech_markers(self) -> frozenset[str]:
        """The words that open or end the content of every cue: complementisers, a participle of
        saying ("مضيفا") and a cue after و or ف ("وأضاف"). With a cue's own prepositions they
        are all the opener must read for that cue; any other word between a cue and its content
        is passed over with one set look-up."""
        cues = self.cues
        markers = set(self.complementizers | self.pronoun_complementizers)
        conjunctions = self.word_shape.conjunctions
        markers.update(c for c in conjunctions if c in cues)
        for form, cue in cues.items():
            markers.update(c + form for c in conjunctions)
            if cue.participle:
                markers.add(form)
        return frozenset(markers)

    @functools.cached_property
    def cue_words(self) -> frozenset[str]:
        """Every written form of every cue (the keys of :attr:`cue_surfaces`), as a set: the
        statement stage asks it of every word, and a set answers faster than the dict."""
        return frozenset(self.cue_surfaces)


@attrs.frozen(kw_only=True)
class TimeWords:
    """The relative vocabulary of time, normalised: أمس، الماضي، قبل، أيام، مطلع ..."""

    day_offsets: Mapping[str, int]
    past: frozenset[str]
    future: frozenset[str]
    current: frozenset[str]
    units: Mapping[str, str]
    numbers: Mapping[str, int]
    ago: frozenset[str]
    few: frozenset[str]
    day_word: frozenset[str]
    year_words: frozenset[str]
    month_parts: Mapping[str, tuple[int, int]]
    relative_units: Mapping[str, str]
    month_context: frozenset[str]
    day_offset_matcher: PhraseMatcher[int]

    @property
    def leading(self) -> frozenset[str]:
        """Words that may carry a و/ف/ب in front, which is not part of the time expression."""
        return self.ago | self.year_words | self.day_word | frozenset(self.month_parts)


class AgreementExtentWords(NamedTuple):
    """The words that end or carry on an agreement's description."""

    clause: frozenset[str]  # a cue, a complementizer or a relative pronoun starts a clause
    stop: frozenset[str]  # prepositions and clause openers
    party: frozenset[str]  # "بين", "مع": name the parties and carry on


@attrs.frozen(kw_only=True)
class AgreementVocabulary:
    """Words that name agreements, what they are about, and how their status is reported."""

    heads: PhraseMatcher[str]
    standalone: PhraseMatcher[str]
    names: Mapping[str, str]
    topics: Mapping[str, str]
    status: PhraseMatcher[AgreementStatus]
    resolution_heads: frozenset[str]  # قرار: an agreement only as a numbered resolution
    resolution_requires: tuple[str, ...]
    mediation: PhraseMatcher[str]
    truce_words: frozenset[str]
    truce_keys: frozenset[str]


@attrs.frozen(kw_only=True)
class FunctionWords:
    """Closed-class words the rules need, normalised."""

    prepositions: frozenset[str]
    prepositional_pronouns: frozenset[str]
    fillers: frozenset[str]
    determiners: frozenset[str]
    clause_openers: frozenset[str]
    media_heads: PhraseMatcher[str]
    org_heads: frozenset[str]
    channels: PhraseMatcher[str]
    addressees: frozenset[str]
    attribution_markers: PhraseMatcher[str]
    reporting_verbs: frozenset[str]
    impersonal_subjects: frozenset[str]
    narrator_markers: PhraseMatcher[str]
    relative_pronouns: frozenset[str]
    title_connectors: frozenset[str]
    auxiliaries: frozenset[str]
    pronouns: frozenset[str]
    party_prepositions: frozenset[str]
    affiliation_prepositions: frozenset[str]
    destination_prepositions: frozenset[str]
    day_openers: frozenset[str]
    toward_prepositions: frozenset[str]
    company_heads: frozenset[str]
    addressee_prepositions: frozenset[str]
    source_prepositions: frozenset[str]  # عن: the one words are reported from
    seat_prepositions: frozenset[str]  # لدى: where a mission sits
    adverbs: frozenset[str]
    deputies: frozenset[str]  # نائب: "deputy X" is an office of its own
    verb_particles: frozenset[str]  # قد: between a verb and its subject
    what_relatives: frozenset[str]  # ما، لما: "بحسب ما ذكرت", "ما قاله"
    filler_prepositions: frozenset[str]  # من: "من جديد" is a filler too


@functools.cache
def _load_word_shape() -> WordShape:
    return WordShape.from_json(_read("word_shape.json"))


def _load_function_words() -> FunctionWords:
    data = _read("function_words.json")
    proclitics = _load_word_shape().phrase_proclitics

    def words(key: str) -> frozenset[str]:
        return frozenset(normalize(w) for w in data[key])

    def matcher(key: str) -> PhraseMatcher[str]:
        return PhraseMatcher(((w, w) for w in data[key]), proclitics=proclitics)

    return FunctionWords(
        prepositions=words("prepositions"),
        prepositional_pronouns=words("prepositional_pronouns"),
        fillers=words("fillers"),
        determiners=words("determiners"),
        clause_openers=words("clause_openers"),
        media_heads=matcher("media_heads"),
        org_heads=words("org_heads"),
        channels=matcher("channels"),
        addressees=words("addressees"),
        attribution_markers=matcher("attribution_markers"),
        reporting_verbs=words("reporting_verbs"),
        impersonal_subjects=words("impersonal_subjects"),
        narrator_markers=matcher("narrator_markers"),
        relative_pronouns=words("relative_pronouns"),
        title_connectors=words("title_connectors"),
        auxiliaries=words("auxiliaries"),
        pronouns=words("pronouns"),
        party_prepositions=words("party_prepositions"),
        affiliation_prepositions=words("affiliation_prepositions"),
        destination_prepositions=words("destination_prepositions"),
        day_openers=words("day_openers"),
        toward_prepositions=words("toward_prepositions"),
        company_heads=words("company_heads"),
        addressee_prepositions=words("addressee_prepositions"),
        source_prepositions=words("source_prepositions"),
        seat_prepositions=words("seat_prepositions"),
        adverbs=words("adverbs"),
        deputies=words("deputies"),
        verb_particles=words("verb_particles"),
        what_relatives=words("what_relatives"),
        filler_prepositions=words("filler_prepositions"),
    )


_CACHED = frozenset(
    name for name, value in vars(Lexicon).items() if isinstance(value, functools.cached_property)
)


def _as_tuple(values: object, method: str) -> tuple[Any, ...]:
    """A caller's collection of entries; a string or a single entry is refused, not split."""
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise LexiconError(f"{method}() takes a list of entries, got {type(values).__name__}")
    return tuple(values)


_TOKEN = re.compile(r"\w+")


def _token_matcher(words: frozenset[str]) -> PhraseMatcher[str]:
    """Whole tokens equal to one of ``words``, as a set look-up per token would find them.

    The matcher compares case-blind and normalises its phrases, so each word must be one
    normalised, caseless token (Arabic): then the two agree.
    """
    odd = sorted(
        w for w in words if not _TOKEN.fullmatch(w) or normalize(w) != w or w.lower() != w.upper()
    )
    if odd:
        raise LexiconError(f"not one normalised caseless word each: {odd[:5]}")
    return PhraseMatcher(((w, w) for w in sorted(words)), proclitics=None)


def _compound_spellings(name: str) -> tuple[str, ...]:
    """A name with عبد is written joined or apart: عبد العزيز / عبدالعزيز, عبد الله / عبدالله."""
    joined = re.sub(r"\bعبد\s+ال", "عبدال", name)
    apart = re.sub(r"\bعبدال", "عبد ال", name)
    return tuple(dict.fromkeys((name, joined, apart)))


def _arabic_locales() -> list[str]:
    return sorted(x for x in localedata.locale_identifiers() if x == "ar" or x.startswith("ar_"))


@functools.cache
def arabic_month_names() -> dict[str, int]:
    """Every Arabic month name in CLDR (all regional variants), normalised -> month number."""
    names: dict[str, int] = {}
    for identifier in _arabic_locales():
        months = Locale.parse(identifier).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    names.setdefault(" ".join(normalize(name).split()), number)
    return names


@functools.cache
def arabic_weekday_names() -> dict[str, int]:
    """Arabic weekday names from CLDR, normalised -> ``date.weekday()`` (Monday is 0)."""
    names: dict[str, int] = {}
    for identifier in _arabic_locales():
        for number, name in Locale.parse(identifier).days["format"]["wide"].items():
            names.setdefault(normalize(name), number)
    return names


@functools.cache
def arabic_country_names() -> dict[str, str]:
    """ISO 3166 alpha-2 code -> Arabic country name, from Babel's CLDR data."""
    territories = Locale.parse("ar").territories
    return {
        code: name
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES and "(" not in name
    }


@functools.cache
def english_country_names() -> dict[str, str]:
    """ISO 3166 alpha-2 code -> English country name, from Babel's CLDR data."""
    return dict(Locale.parse("en").territories)


@functools.cache
def default_lexicon() -> Lexicon:
    """The bundled lexicon, built once per process."""
    return Lexicon()
