"""Typed access to the bundled lexicons in ``syria_talks/data/`` (loaded once) and to Babel's names.

The data files are a closed set (:data:`LEXICON_FILES`); a caller extends the lexicon with
:meth:`Lexicon.with_actors` rather than by pointing the library at a path.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

import attrs
from babel import Locale, localedata

from syria_talks.errors import LexiconError
from syria_talks.model import ActorKind, AgreementStatus, Gender, LocationKind, Stance
from syria_talks.phrases import PhraseMatcher, TokenScanner
from syria_talks.shape import WordShape
from syria_talks.text import normalize

__all__ = [
    "LEXICON_FILES",
    "MAX_NAME_CHARS",
    "ActorEntry",
    "CueForm",
    "Institution",
    "Lexicon",
    "PlaceEntry",
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

# Region codes, the EU and private-use codes are CLDR territories but not countries.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "XK"})


def _read(name: str) -> dict[str, Any]:
    if name not in LEXICON_FILES:
        raise LexiconError(f"unknown lexicon file {name!r}; known: {sorted(LEXICON_FILES)}")
    raw = resources.files("syria_talks").joinpath("data").joinpath(name).read_text(encoding="utf-8")
    data = json.loads(raw)
    if not isinstance(data, dict):
        raise LexiconError(f"{name}: top level must be an object")
    return data


def _field(record: Mapping[str, Any], key: str, source: str, kind: type = str) -> Any:
    if key not in record:
        raise LexiconError(f"{source}: entry {record!r} has no {key!r}")
    value = record[key]
    if not isinstance(value, kind):
        raise LexiconError(f"{source}: {key!r} of {record!r} must be {kind.__name__}")
    return value


def _optional(record: Mapping[str, Any], key: str) -> str | None:
    value = record.get(key)
    return value if isinstance(value, str) and value else None


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
        try:
            kind = ActorKind(_field(record, "kind", source))
            gender = Gender(record["gender"]) if record.get("gender") else None
        except ValueError as exc:
            raise LexiconError(f"{source}: entry {record.get('id')!r}: {exc}") from exc
        return cls(
            id=_field(record, "id", source),
            name=_field(record, "name", source),
            kind=kind,
            name_en=_optional(record, "name_en"),
            country=_optional(record, "country"),
            gender=gender,
            title=_optional(record, "title"),
            aliases=tuple(dict.fromkeys(record.get("aliases", []))),
            names=tuple(sorted(record.get("names", {}).items())),
        )


MAX_NAME_CHARS = 200
"""The longest actor name or alias :meth:`Lexicon.with_actors` accepts."""

_STARTS_WITH_WORD = re.compile(r"\w")


def _checked_entry(entry: object) -> ActorEntry:
    """A caller's actor entry, refused with LexiconError before it reaches the matchers."""
    if not isinstance(entry, ActorEntry):
        raise LexiconError(f"with_actors() takes ActorEntry values, got {type(entry).__name__}")
    where = f"actor entry {entry.id!r:.80}"
    if not isinstance(entry.id, str) or not entry.id.strip():
        raise LexiconError(f"{where}: 'id' must be a non-empty string")
    if not isinstance(entry.kind, ActorKind):
        raise LexiconError(f"{where}: 'kind' must be an ActorKind")
    if entry.gender is not None and not isinstance(entry.gender, Gender):
        raise LexiconError(f"{where}: 'gender' must be a Gender or None")
    if not isinstance(entry.aliases, tuple):
        raise LexiconError(f"{where}: 'aliases' must be a tuple of strings")
    _check_name(entry.name, f"{where}: 'name'")
    for alias in entry.aliases:
        _check_name(alias, f"{where}: alias")
    if entry.name_en is not None:
        _check_name(entry.name_en, f"{where}: 'name_en'")
    for key in ("country", "title"):
        if getattr(entry, key) is not None:
            _check_str(getattr(entry, key), f"{where}: {key!r}")
    if not isinstance(entry.names, tuple) or not all(
        isinstance(pair, tuple) and len(pair) == 2 and all(isinstance(v, str) for v in pair)
        for pair in entry.names
    ):
        raise LexiconError(f"{where}: 'names' must be (language, name) pairs of strings")
    return entry


def _check_str(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise LexiconError(f"{what} must be a string, got {type(value).__name__}")
    return value


def _check_name(value: object, what: str) -> None:
    """A name is matched as a phrase of words: it must be a string that starts with one."""
    value = _check_str(value, what)
    if len(value) > MAX_NAME_CHARS:
        raise LexiconError(f"{what} has {len(value)} characters; at most {MAX_NAME_CHARS}")
    if not _STARTS_WITH_WORD.match(" ".join(normalize(value).split())):
        raise LexiconError(f"{what} {value!r} does not start with a letter or digit")


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
    id: str
    name: str
    kind: LocationKind
    name_en: str | None = None
    country: str | None = None
    parent: str | None = None
    capital_of: str | None = None
    coordinates: tuple[float, float] | None = None
    aliases: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class CountryName:
    """A country as written in Arabic (Babel's CLDR name or a common variant)."""

    code: str
    gender: Gender


@attrs.frozen(kw_only=True)
class Title:
    title: str
    gender: Gender
    relational: bool = False


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


class Lexicon:
    """All the lexicons, with one compiled matcher each, built on first use."""

    def __init__(self, *, actors: Iterable[ActorEntry] | None = None) -> None:
        extra = [_checked_entry(entry) for entry in actors or ()]
        entries = [ActorEntry.from_json(r) for r in _read("actors.json")["actors"]]
        by_id = {e.id: e for e in entries}
        for entry in extra:
            by_id[entry.id] = entry
        self.actors: Mapping[str, ActorEntry] = by_id
        self._extra = tuple(extra)

    def with_actors(self, actors: Iterable[ActorEntry]) -> Lexicon:
        """A new lexicon that also knows ``actors`` (same id replaces the bundled entry)."""
        return Lexicon(actors=(*self._extra, *actors))

    @functools.cached_property
    def actor_matcher(self) -> PhraseMatcher[str]:
        phrases: list[tuple[str, str]] = []
        for entry in self.actors.values():
            for name in (entry.name, *entry.aliases, entry.name_en or ""):
                if name:
                    phrases += [(variant, entry.id) for variant in _compound_spellings(name)]
        return PhraseMatcher(phrases)

    @functools.cached_property
    def _cue_data(self) -> dict[str, Any]:
        return _read("cues.json")

    @functools.cached_property
    def cues(self) -> Mapping[str, CueForm]:
        """Normalised written form -> cue; the first lemma to claim a form keeps it."""
        table: dict[str, CueForm] = {}
        for record in self._cue_data["cues"]:
            lemma = _field(record, "lemma", "cues.json")
            stance = Stance(record.get("stance", "neutral"))
            preps = tuple(normalize(p) for p in record.get("prepositions", []))
            for form in record["forms"]:
                kind = form.get("kind", "verb")
                cue = CueForm(
                    form=form["form"],
                    lemma=lemma,
                    stance=stance,
                    gender=Gender(form["gender"]) if form.get("gender") else None,
                    participle=kind == "participle",
                    noun=kind == "noun",
                    takes_object=bool(record.get("object", False)),
                    governed=bool(record.get("governed", False)),
                    explicit_subject=bool(record.get("explicit_subject", False)),
                    relays=bool(record.get("relays", False)),
                    in_document=bool(record.get("in_document", False)),
                    prepositions=preps,
                )
                table.setdefault(normalize(form["form"]), cue)
        return table

    @functools.cached_property
    def cue_surfaces(self) -> Mapping[str, CueForm]:
        """Every written shape of a cue word: وقال، فقال، and a verb with its object pronoun
        (وصفها، ذكرته), so finding cues is one dictionary look-up per word."""
        table: dict[str, CueForm] = {}
        for form, cue in self.cues.items():
            shapes = [form]
            if not (cue.noun or cue.participle):
                shapes += [form + "ه", form + "ها", form + "هم"]
            # "ليؤكد", "وليضيف": an imperfect verb takes ل of purpose or sequence too.
            imperfect = not (cue.noun or cue.participle) and form[:1] in "يت"
            prefixes = ("", "و", "ف", "ل", "ول") if imperfect else ("", "و", "ف")
            for shape in shapes:
                for prefix in prefixes:
                    table.setdefault(prefix + shape, cue)
        for form, cue in self.cues.items():  # a form as written wins over a derived shape
            table[form] = cue
        return table

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
    def _titles_data(self) -> dict[str, Any]:
        return _read("titles.json")

    @functools.cached_property
    def title_matcher(self) -> PhraseMatcher[Title]:
        """Titles with and without the article: الوزير / وزير، المتحدث باسم / متحدث باسم."""
        phrases: list[tuple[str, Title]] = []
        for r in self._titles_data["titles"]:
            title = Title(
                title=r["title"],
                gender=Gender(r["gender"]),
                relational=bool(r.get("relational", False)),
            )
            written = normalize(r["title"])
            other = written[2:] if written.startswith("ال") else "ال" + written
            phrases += [(written, title), (other, title)]
        return PhraseMatcher(phrases)

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
            phrases += [(written, source), ("ال" + written, source)]
        return PhraseMatcher(phrases)

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
        for record in _read("nationalities.json")["nationalities"]:
            code = record["country"]
            for form in record["forms"]:
                words = normalize(form).split()
                for suffix, gender in (
                    ("", Gender.MASCULINE),
                    ("ه", Gender.FEMININE),
                    ("ين", Gender.PLURAL),
                    ("ون", Gender.PLURAL),
                    ("ان", Gender.DUAL),
                ):
                    inflected = " ".join(w + suffix for w in words)
                    value = Nationality(country=code, gender=gender)
                    phrases.append((inflected, value))
                    indefinite = " ".join(w.removeprefix("ال") + suffix for w in words)
                    phrases.append((indefinite, value))
            for plural in record.get("plurals", []):
                phrases.append((plural, Nationality(country=code, gender=Gender.PLURAL)))
        return PhraseMatcher(phrases, proclitics=False)

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
            (name, inst) for inst in self.institutions for name in (inst.name, *inst.short)
        )

    @functools.cached_property
    def _places_data(self) -> dict[str, Any]:
        return _read("places.json")

    @functools.cached_property
    def places(self) -> Mapping[str, PlaceEntry]:
        return {
            r["id"]: PlaceEntry(
                id=r["id"],
                name=r["name"],
                kind=LocationKind(r["kind"]),
                name_en=_optional(r, "name_en"),
                country=_optional(r, "country"),
                parent=_optional(r, "parent"),
                capital_of=_optional(r, "capital_of"),
                coordinates=(
                    (float(r["coordinates"][0]), float(r["coordinates"][1]))
                    if r.get("coordinates")
                    else None
                ),
                aliases=tuple(r.get("aliases", [])),
            )
            for r in self._places_data["places"]
        }

    @functools.cached_property
    def place_matcher(self) -> PhraseMatcher[str]:
        return PhraseMatcher(
            (name, entry.id)
            for entry in self.places.values()
            for name in (entry.name, *entry.aliases)
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
        return PhraseMatcher(phrases)

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
                (normalize(k), int(v)) for k, v in data["day_offsets"].items()
            ),
        )

    @functools.cached_property
    def month_matcher(self) -> PhraseMatcher[int]:
        return PhraseMatcher(arabic_month_names().items())

    @functools.cached_property
    def weekday_matcher(self) -> PhraseMatcher[int]:
        return PhraseMatcher(arabic_weekday_names().items())

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
            ]
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
                (form, head) for head in data["heads"] for form in (head, "ال" + head)
            ),
            standalone=PhraseMatcher(
                (p, s["key"]) for s in data["standalone"] for p in s["phrases"]
            ),
            names={s["key"]: s["name"] for s in data["standalone"]},
            topics={normalize(w): t["key"] for t in data["topics"] for w in t["words"]},
            status=PhraseMatcher(status),
            resolution_heads=frozenset(normalize(w) for w in data["resolution_heads"]),
            resolution_requires=tuple(normalize(w) for w in data["resolution_requires"]),
            mediation=PhraseMatcher((w, w) for w in data["mediation"]),
            truce_words=frozenset(normalize(w) for w in data["truces"]["words"]),
            truce_keys=frozenset(data["truces"]["keys"]),
        )


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

    def words(key: str) -> frozenset[str]:
        return frozenset(normalize(w) for w in data[key])

    def matcher(key: str) -> PhraseMatcher[str]:
        return PhraseMatcher((w, w) for w in data[key])

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
