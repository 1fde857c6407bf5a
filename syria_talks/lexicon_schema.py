"""The declared shape of every bundled lexicon file.

Each file of :data:`syria_talks.lexicon.LEXICON_FILES` has a :class:`~syria_talks.validation.Record`
here: its keys, the type of each and what it means. :func:`check_file` walks a file's JSON once,
when it is loaded; a caller's typed entry (``ActorEntry``, ``CueEntry`` ...) is checked against
the record of the file's entries (:data:`ENTRY_SCHEMAS`) before it reaches the matchers. A value
that breaks the table is a ``LexiconError`` naming the file (or the method), the entry and the
field::

    cues.json: lemma 'قال', form 3: 'gender' must be one of masculine, feminine, dual, plural;
    got 'male'

Keys a table does not declare are refused: a typo ("aliasses") is an error, not a silent no-op.
``python -m syria_talks.lexicon_schema`` prints the tables of ``docs/extending.md``;
``--json-schemas DIR`` writes them as JSON Schema documents.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from syria_talks.lexicon import FormKind
from syria_talks.model import ActorKind, AgreementStatus, Gender, LocationKind, Stance
from syria_talks.validation import (
    Choice,
    CountryCode,
    Field,
    Flag,
    Integer,
    Items,
    Letter,
    Name,
    Nullable,
    Number,
    OneOf,
    Pair,
    Record,
    Table,
    Text,
    Version,
    check_json,
)

__all__ = [
    "ENTRY_SCHEMAS",
    "FILE_SCHEMAS",
    "EntryKind",
    "check_file",
    "json_schema",
    "markdown_tables",
    "reference",
]


def _list(name: str, doc: str, *, phrases: bool = False, required: bool = True) -> Field:
    return Field(name, Items(Name() if phrases else Text()), doc, required)


_VERSION = Field("version", Version(), "format version of the file")

ACTOR = Record(
    "an actor",
    (
        Field(
            "id", Text(), "stable identifier, lower-case words joined by hyphens: `sergei-lavrov`"
        ),
        Field("name", Name(), "canonical Arabic name"),
        Field("kind", Choice(ActorKind), "what the actor is"),
        Field("name_en", Nullable(Name()), "English name", required=False),
        Field("country", Nullable(CountryCode()), "the state it belongs to", required=False),
        Field(
            "gender", Nullable(Choice(Gender)), "grammatical gender of its verbs", required=False
        ),
        Field("title", Nullable(Text()), "its usual title: `وزير الخارجية الروسي`", required=False),
        Field(
            "aliases",
            Items(Name(), noun="alias"),
            "other spellings and short forms: `سيرجي لافروف`, `لافروف`",
            required=False,
        ),
        Field(
            "names",
            Table(Text(), Name()),
            'its name in other languages: `{"ru": "Сергей Лавров"}`',
            required=False,
        ),
    ),
)

CUE_FORM = Record(
    "a written form of a cue",
    (
        Field("form", Name(), "the form as written: `قالت`, `قائلة`, `تصريح`"),
        Field(
            "gender",
            Nullable(Choice(Gender)),
            "the subject it agrees with; null for a noun",
            required=False,
        ),
        Field("kind", Choice(FormKind), "part of speech (default `verb`)", required=False),
    ),
)

CUE = Record(
    "a cue: a verb or noun of saying with its paradigm",
    (
        Field("lemma", Text(), "the verb's citation form (past, masculine singular): `قال`"),
        Field("stance", Choice(Stance), "what saying it does (default `neutral`)", required=False),
        Field(
            "prepositions",
            Items(Text()),
            "prepositions that introduce its content: `عن` of `أعرب عن`",
            required=False,
        ),
        Field("forms", Items(CUE_FORM, noun="form"), "every written form, one per inflection"),
        Field(
            "takes_object",
            Flag(),
            "it takes a direct object before its content (`وصف`, `ذكر`)",
            required=False,
        ),
        Field(
            "governed",
            Flag(),
            "the content only ever follows one of its prepositions (`أعرب عن`)",
            required=False,
        ),
        Field(
            "explicit_subject",
            Flag(),
            "often an impersonal passive (`ويعتقد أن`): never a dropped subject",
            required=False,
        ),
        Field(
            "relays",
            Flag(),
            "reports another's words (`نقل`): who follows its `عن` speaks",
            required=False,
        ),
        Field(
            "in_document",
            Flag(),
            "the words come in a document (`وجاء في بيان`): its issuer speaks",
            required=False,
        ),
    ),
)

TITLE = Record(
    "a title",
    (
        Field("title", Name(), "the title as written, with or without the article"),
        Field("gender", Choice(Gender), "grammatical gender of who holds it"),
        Field(
            "relational",
            Flag(),
            "it names an office of some body (`المتحدث باسم`, `سفير`)",
            required=False,
        ),
    ),
)

PLACE = Record(
    "a place",
    (
        Field("id", Text(), "stable identifier: `damascus`"),
        Field("name", Name(), "canonical Arabic name"),
        Field("kind", Choice(LocationKind), "what the place is"),
        Field("aliases", Items(Name(), noun="alias"), "other spellings", required=False),
        Field("name_en", Nullable(Name()), "English name", required=False),
        Field("country", Nullable(CountryCode()), "the country it lies in", required=False),
        Field("parent", Nullable(Text()), "id of the place it lies in", required=False),
        Field(
            "capital_of", Nullable(CountryCode()), "the country it is capital of", required=False
        ),
        Field(
            "coordinates",
            Nullable(Pair(Number(), Number())),
            "[latitude, longitude] in degrees",
            required=False,
        ),
    ),
)

_ANONYMOUS = Record(
    "an unnamed source",
    (
        Field("noun", Name(), "the noun: `مصادر`, `مسؤول`"),
        Field("gender", Choice(Gender), "grammatical gender of its verbs"),
        Field("kind", Choice(ActorKind), "what kind of actor it stands for"),
    ),
)

_ANAPHOR = Record(
    "a noun pointing back to an actor",
    (
        Field("noun", Name(), "the definite noun: `الصحيفة`, `البيان`"),
        Field("kind", Choice(ActorKind), "the kind of actor it points back to", required=False),
        Field("channel", Text(), "the channel it names: `بيان`", required=False),
    ),
)

_INSTITUTION = Record(
    "an institution",
    (
        Field("key", Text(), "stable identifier: `mfa`"),
        Field("name", Name(), "its head noun with the article: `الخارجية`"),
        Field("short", Items(Name(), noun="short name"), "shorter names", required=False),
        Field("en", Text(), "English name"),
        Field("kind", Choice(ActorKind), "what kind of actor it is"),
        Field("gender", Choice(Gender), "grammatical gender of its verbs"),
    ),
)

_NATIONALITY = Record(
    "a nationality adjective",
    (
        Field("country", CountryCode(), "the country"),
        Field("forms", Items(Name(), noun="form"), "masculine definite forms: `الروسي`"),
        Field("plurals", Items(Name(), noun="plural"), "broken plurals: `الروس`", required=False),
    ),
)

_STANDALONE = Record(
    "an agreement named without a head noun",
    (
        Field("key", Text(), "stable identifier: `ceasefire`"),
        Field("name", Text(), "canonical Arabic name"),
        Field("en", Text(), "English name"),
        Field("phrases", Items(Name(), noun="phrase"), "every phrase that names it"),
    ),
)

_TOPIC = Record(
    "what an agreement is about",
    (
        Field("key", Text(), "stable identifier"),
        Field("en", Text(), "English name"),
        Field("words", Items(Text()), "words that reveal the topic"),
    ),
)

_BUILDING = Record(
    "the building of an institution",
    (
        Field("institution", Text(), "institution key (institutions.json)"),
        Field("country", CountryCode(), "its country"),
        Field("place", Text(), "place id (this file's `places`)"),
    ),
)

EntryKind = Literal["actor", "cue", "title", "place"]

ENTRY_SCHEMAS: Mapping[EntryKind, Record] = {
    "actor": ACTOR,
    "cue": CUE,
    "title": TITLE,
    "place": PLACE,
}
"""The records a caller's typed entries are checked against (the same as the files' entries)."""

_UNITS = OneOf(("day", "week", "month", "year"))

FILE_SCHEMAS: Mapping[str, Record] = {
    "actors.json": Record(
        "actors.json",
        (_VERSION, Field("actors", Items(ACTOR, noun="actor", key="id", unique=True), "actors")),
    ),
    "agreements.json": Record(
        "agreements.json",
        (
            _VERSION,
            _list("heads", "nouns that head an agreement's name: `اتفاق`, `هدنة`"),
            Field(
                "standalone",
                Items(_STANDALONE, noun="agreement", key="key", unique=True),
                "agreements named without a head noun",
            ),
            Field("topics", Items(_TOPIC, noun="topic", key="key", unique=True), "topics"),
            _list("resolution_heads", "nouns that are an agreement only as a numbered resolution"),
            _list("resolution_requires", "a resolution head needs one of these after it"),
            Field(
                "status_cues",
                Table(Choice(AgreementStatus), Items(Name())),
                "status → words that report it: `انهيار` (collapsed)",
            ),
            _list("mediation", "words of mediation: `برعاية`", phrases=True),
            Field(
                "truces",
                Record(
                    "truces",
                    (
                        _list("words", "words for a truce: `هدنة`"),
                        _list("keys", "standalone agreement keys that are truces"),
                    ),
                ),
                "truces",
            ),
        ),
    ),
    "cues.json": Record(
        "cues.json",
        (
            _VERSION,
            _list("negators", "particles that negate a cue: `لم`, `لن`"),
            _list("complementizers", "what opens indirect speech: `إن`, `أن`"),
            _list("pronoun_complementizers", "complementizers with a pronoun: `إنه`, `أنها`"),
            Field("cues", Items(CUE, noun="lemma", key="lemma", unique=True), "the cues"),
        ),
    ),
    "function_words.json": Record(
        "function_words.json",
        (
            _VERSION,
            _list("prepositions", "prepositions"),
            _list("prepositional_pronouns", "a preposition with a pronoun: `له`, `لها`"),
            _list("fillers", "adverbs skipped between a cue and its content: `أيضا`"),
            _list("determiners", "quantifiers and determiners: `كل`, `بعض`"),
            _list("clause_openers", "words that open a new clause: `فيما`, `كما`"),
            _list("media_heads", "nouns that head a medium's name: `صحيفة`", phrases=True),
            _list("org_heads", "nouns that head an organisation's name: `وزارة`"),
            _list("channels", "channels of a statement: `بيان`, `مؤتمر صحفي`", phrases=True),
            _list("addressees", "who a statement is made to: `للصحفيين`"),
            _list(
                "attribution_markers",
                "phrases that attribute what precedes or follows: `بحسب`",
                phrases=True,
            ),
            _list("reporting_verbs", "forms of a verb that relays: `نقل`"),
            _list("impersonal_subjects", "subjects that are not speakers: `تقارير`"),
            _list(
                "narrator_markers",
                "phrases that are the reporter's words, not the speaker's",
                phrases=True,
            ),
            _list("relative_pronouns", "relative pronouns: `الذي`, `التي`"),
            _list("title_connectors", "words joining a title to its body: `باسم`"),
            _list("auxiliaries", "auxiliaries before a cue: `قد`, `كان`"),
            _list("pronouns", "independent pronouns: `هو`, `هي`"),
            _list("party_prepositions", "prepositions of the parties to an agreement: `بين`"),
            _list("affiliation_prepositions", "prepositions of affiliation: `في`, `لدى`"),
            _list("destination_prepositions", "prepositions of destination: `إلى`"),
            _list("day_openers", "day words that may open a sentence: `اليوم`"),
            _list("adverbs", "adverbs that end no name: `بالإجماع`"),
            _list("toward_prepositions", "prepositions of direction: `إلى`"),
            _list("company_heads", "nouns that head a company's name: `شركة`"),
            _list("addressee_prepositions", "the preposition of the addressee: `ل`"),
            _list("source_prepositions", "the preposition words are reported from: `عن`"),
            _list("seat_prepositions", "the preposition of a mission's seat: `لدى`"),
            _list("deputies", "nouns that make a title an office of its own: `نائب`"),
            _list("verb_particles", "particles between a verb and its subject: `قد`"),
            _list("what_relatives", "relative `ما`: `بحسب ما ذكرت`"),
        ),
    ),
    "institutions.json": Record(
        "institutions.json",
        (
            _VERSION,
            Field(
                "institutions",
                Items(_INSTITUTION, noun="institution", key="key", unique=True),
                "bodies named by a head noun and a nationality adjective",
            ),
        ),
    ),
    "nationalities.json": Record(
        "nationalities.json",
        (
            _VERSION,
            Field(
                "nationalities",
                Items(_NATIONALITY, noun="nationality", key="country"),
                "nationality adjectives; the loader inflects them",
            ),
        ),
    ),
    "places.json": Record(
        "places.json",
        (
            _VERSION,
            Field(
                "country_variants",
                Table(CountryCode(), Items(Name(), noun="variant")),
                "country code → names the press uses besides Babel's: `سورية`",
            ),
            Field(
                "masculine_countries",
                Items(CountryCode()),
                "countries whose name is masculine: `العراق`",
            ),
            _list("region_heads", "nouns that head a region's name: `ريف`"),
            Field("directions", Table(Text(), Text()), "direction adjectives → direction"),
            _list("buildings", "nouns of a building: `مبنى`"),
            Field("places", Items(PLACE, noun="place", key="id", unique=True), "places"),
            Field(
                "institution_buildings",
                Items(_BUILDING, noun="building"),
                "institutions named by their building (the Pentagon)",
            ),
        ),
    ),
    "time_words.json": Record(
        "time_words.json",
        (
            _VERSION,
            Field("day_offsets", Table(Text(), Integer()), "day words → days from today: `أمس`"),
            _list("past", "words that put a date in the past: `الماضي`"),
            _list("future", "words that put a date in the future: `المقبل`"),
            _list("current", "words of the current period: `الحالي`"),
            Field("units", Table(Text(), _UNITS), "nouns of a span of time → its unit"),
            Field("numbers", Table(Text(), Integer()), "counted nouns → their number: `يومين`"),
            _list("ago", "words of `ago`: `قبل`"),
            _list("few", "words of `a few`: `أيام`"),
            _list("day_word", "the word for day"),
            _list("year_words", "words for year"),
            Field(
                "month_parts",
                Table(Text(), Pair(Integer(), Integer())),
                "part of a month → [first day, last day]: `مطلع`",
            ),
            Field("relative_units", Table(Text(), _UNITS), "definite units: `الأسبوع` → week"),
            _list("month_context", "words that make a month name a date"),
        ),
    ),
    "titles.json": Record(
        "titles.json",
        (
            _VERSION,
            Field("titles", Items(TITLE, noun="title", key="title", unique=True), "titles"),
            Field(
                "anonymous",
                Items(_ANONYMOUS, noun="noun", key="noun", unique=True),
                "nouns that name an unnamed source",
            ),
            Field(
                "anaphors",
                Items(_ANAPHOR, noun="noun", key="noun", unique=True),
                "definite nouns that point back to an actor",
            ),
            _list("anonymous_modifiers", "adjectives of an unnamed source: `رفيع`, `مطلعة`"),
        ),
    ),
    "word_shape.json": Record(
        "word_shape.json",
        (
            _VERSION,
            Field("about", Text(), "what the file holds", required=False),
            Field("conjunctions", Items(Letter()), "one-letter conjunctions: `و`, `ف`"),
            Field("prepositions", Items(Letter()), "one-letter prepositions: `ب`, `ل`"),
            Field("proclitics", Items(Letter()), "what a noun may carry in front"),
            Field("article", Text(), "the article `ال`"),
            _list("definite_prefixes", "the article alone or after a proclitic"),
            _list("genitive_prefixes", "the article alone or after `ل`"),
            _list("pronoun_suffixes", "pronouns glued to the end of a word"),
            _list("object_pronouns", "object pronouns a cue carries: `ذكرته`"),
            _list("nisba_endings", "endings of a nisba adjective: `روسي`, `سوريون`"),
            _list("feminine_endings", "feminine endings as written: `ية`, `ات`"),
            _list("standalone_conjunctions", "conjunctions written apart"),
            Field("ta_marbuta", Letter(), "ta marbuta as written"),
            Field("min_definite_stem", Integer(), "letters the article needs after it"),
        ),
    ),
}


def check_file(name: str, data: object) -> None:
    """Raise ``LexiconError`` if ``data`` (the parsed JSON of lexicon file ``name``) breaks its
    declared shape."""
    check_json(FILE_SCHEMAS[name], data, name)


def markdown_tables(name: str) -> str:
    """The fields of lexicon file ``name`` as Markdown tables, one per kind of record."""
    tables: list[str] = []
    pending: list[tuple[str, Record]] = [(f"`{name}`", FILE_SCHEMAS[name])]
    while pending:
        heading, record = pending.pop(0)
        rows = [f"### {heading}\n", "| key | type | required | meaning |", "|---|---|---|---|"]
        for field in record.fields:
            shape = field.shape
            nested = shape.inner if isinstance(shape, Items) else shape
            if isinstance(nested, Record):
                pending.append((f"{heading} → `{field.name}`", nested))
            rows.append(
                f"| `{field.name}` | {shape.describe()} | {'yes' if field.required else 'no'} "
                f"| {field.doc} |"
            )
        tables.append("\n".join(rows))
    return "\n\n".join(tables)


def json_schema(name: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of lexicon file ``name``, for editors and other tools.

    It says less than the check at load: a phrase must also start with a letter or digit after
    normalisation, and ids must be unique.
    """
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": name,
        **FILE_SCHEMAS[name].json_schema(),
    }


def reference() -> str:
    """The field reference of every lexicon file, as ``docs/extending.md`` includes it."""
    return "\n\n".join(markdown_tables(name) for name in sorted(FILE_SCHEMAS))


def _main(argv: Sequence[str]) -> None:
    """Print the field reference, or with ``--json-schemas DIR`` write the JSON Schemas there."""
    if len(argv) == 2 and argv[0] == "--json-schemas":
        for name in sorted(FILE_SCHEMAS):
            target = Path(argv[1]) / f"{name.removesuffix('.json')}.schema.json"
            text = json.dumps(json_schema(name), ensure_ascii=False, indent=2)
            target.write_text(text + "\n", encoding="utf-8")
        return
    print(reference())


if __name__ == "__main__":
    _main(sys.argv[1:])
