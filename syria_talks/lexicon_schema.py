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

from syria_talks.lexicon import ActorEntry, CueEntry, CueFormEntry, FormKind, PlaceEntry, Title
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
    return Field(
        name=name, shape=Items(inner=Name() if phrases else Text()), doc=doc, required=required
    )


def _flag(name: str, doc: str) -> Field:
    """An optional yes/no field (false when left out)."""
    return Field(name=name, shape=Flag(), doc=doc, required=False)


def _letters(name: str, doc: str) -> Field:
    return Field(name=name, shape=Items(inner=Letter()), doc=doc)


_VERSION = Field(name="version", shape=Version(), doc="format version of the file")

ACTOR = Record(
    title="an actor",
    fields=(
        Field(
            name="id",
            shape=Text(),
            doc="stable identifier, lower-case words joined by hyphens: `sergei-lavrov`",
        ),
        Field(name="name", shape=Name(), doc="canonical Arabic name"),
        Field(name="kind", shape=Choice(values=ActorKind), doc="what the actor is"),
        Field(name="name_en", shape=Nullable(inner=Name()), doc="English name", required=False),
        Field(
            name="country",
            shape=Nullable(inner=CountryCode()),
            doc="the state it belongs to",
            required=False,
        ),
        Field(
            name="gender",
            shape=Nullable(inner=Choice(values=Gender)),
            doc="grammatical gender of its verbs",
            required=False,
        ),
        Field(
            name="title",
            shape=Nullable(inner=Text()),
            doc="its usual title: `وزير الخارجية الروسي`",
            required=False,
        ),
        Field(
            name="aliases",
            shape=Items(inner=Name(), noun="alias"),
            doc="other spellings and short forms: `سيرجي لافروف`, `لافروف`",
            required=False,
        ),
        Field(
            name="names",
            shape=Table(key=Text(), value=Name()),
            doc='its name in other languages: `{"ru": "Сергей Лавров"}`',
            required=False,
        ),
    ),
    entry=ActorEntry,
)

CUE_FORM = Record(
    title="a written form of a cue",
    fields=(
        Field(name="form", shape=Name(), doc="the form as written: `قالت`, `قائلة`, `تصريح`"),
        Field(
            name="gender",
            shape=Nullable(inner=Choice(values=Gender)),
            doc="the subject it agrees with; null for a noun",
            required=False,
        ),
        Field(
            name="kind",
            shape=Choice(values=FormKind),
            doc="part of speech (default `verb`)",
            required=False,
        ),
    ),
    entry=CueFormEntry,
)

CUE = Record(
    title="a cue: a verb or noun of saying with its paradigm",
    fields=(
        Field(
            name="lemma",
            shape=Text(),
            doc="the verb's citation form (past, masculine singular): `قال`",
        ),
        Field(
            name="stance",
            shape=Choice(values=Stance),
            doc="what saying it does (default `neutral`)",
            required=False,
        ),
        Field(
            name="prepositions",
            shape=Items(inner=Text()),
            doc="prepositions that introduce its content: `عن` of `أعرب عن`",
            required=False,
        ),
        Field(
            name="forms",
            shape=Items(inner=CUE_FORM, noun="form"),
            doc="every written form, one per inflection",
        ),
        _flag("takes_object", "it takes a direct object before its content (`وصف`, `ذكر`)"),
        _flag("governed", "the content only ever follows one of its prepositions (`أعرب عن`)"),
        _flag(
            "explicit_subject", "often an impersonal passive (`ويعتقد أن`): never a dropped subject"
        ),
        _flag("relays", "reports another's words (`نقل`): who follows its `عن` speaks"),
        _flag("in_document", "the words come in a document (`وجاء في بيان`): its issuer speaks"),
    ),
    entry=CueEntry,
)

TITLE = Record(
    title="a title",
    fields=(
        Field(name="title", shape=Name(), doc="the title as written, with or without the article"),
        Field(name="gender", shape=Choice(values=Gender), doc="grammatical gender of who holds it"),
        _flag("relational", "it names an office of some body (`المتحدث باسم`, `سفير`)"),
    ),
    entry=Title,
)

PLACE = Record(
    title="a place",
    fields=(
        Field(name="id", shape=Text(), doc="stable identifier: `damascus`"),
        Field(name="name", shape=Name(), doc="canonical Arabic name"),
        Field(name="kind", shape=Choice(values=LocationKind), doc="what the place is"),
        Field(
            name="aliases",
            shape=Items(inner=Name(), noun="alias"),
            doc="other spellings",
            required=False,
        ),
        Field(name="name_en", shape=Nullable(inner=Name()), doc="English name", required=False),
        Field(
            name="country",
            shape=Nullable(inner=CountryCode()),
            doc="the country it lies in",
            required=False,
        ),
        Field(
            name="parent",
            shape=Nullable(inner=Text()),
            doc="id of the place it lies in",
            required=False,
        ),
        Field(
            name="capital_of",
            shape=Nullable(inner=CountryCode()),
            doc="the country it is capital of",
            required=False,
        ),
        Field(
            name="coordinates",
            shape=Nullable(inner=Pair(first=Number(), second=Number())),
            doc="[latitude, longitude] in degrees",
            required=False,
        ),
    ),
    entry=PlaceEntry,
)

_ANONYMOUS = Record(
    title="an unnamed source",
    fields=(
        Field(name="noun", shape=Name(), doc="the noun: `مصادر`, `مسؤول`"),
        Field(name="gender", shape=Choice(values=Gender), doc="grammatical gender of its verbs"),
        Field(name="kind", shape=Choice(values=ActorKind), doc="what kind of actor it stands for"),
    ),
)

_ANAPHOR = Record(
    title="a noun pointing back to an actor",
    fields=(
        Field(name="noun", shape=Name(), doc="the definite noun: `الصحيفة`, `البيان`"),
        Field(
            name="kind",
            shape=Choice(values=ActorKind),
            doc="the kind of actor it points back to",
            required=False,
        ),
        Field(name="channel", shape=Text(), doc="the channel it names: `بيان`", required=False),
    ),
)

_INSTITUTION = Record(
    title="an institution",
    fields=(
        Field(name="key", shape=Text(), doc="stable identifier: `mfa`"),
        Field(name="name", shape=Name(), doc="its head noun with the article: `الخارجية`"),
        Field(
            name="short",
            shape=Items(inner=Name(), noun="short name"),
            doc="shorter names",
            required=False,
        ),
        Field(name="en", shape=Text(), doc="English name"),
        Field(name="kind", shape=Choice(values=ActorKind), doc="what kind of actor it is"),
        Field(name="gender", shape=Choice(values=Gender), doc="grammatical gender of its verbs"),
    ),
)

_NATIONALITY = Record(
    title="a nationality adjective",
    fields=(
        Field(name="country", shape=CountryCode(), doc="the country"),
        Field(
            name="forms",
            shape=Items(inner=Name(), noun="form"),
            doc="masculine definite forms: `الروسي`",
        ),
        Field(
            name="plurals",
            shape=Items(inner=Name(), noun="plural"),
            doc="broken plurals: `الروس`",
            required=False,
        ),
    ),
)

_STANDALONE = Record(
    title="an agreement named without a head noun",
    fields=(
        Field(name="key", shape=Text(), doc="stable identifier: `ceasefire`"),
        Field(name="name", shape=Text(), doc="canonical Arabic name"),
        Field(name="en", shape=Text(), doc="English name"),
        Field(
            name="phrases",
            shape=Items(inner=Name(), noun="phrase"),
            doc="every phrase that names it",
        ),
    ),
)

_TOPIC = Record(
    title="what an agreement is about",
    fields=(
        Field(name="key", shape=Text(), doc="stable identifier"),
        Field(name="en", shape=Text(), doc="English name"),
        Field(name="words", shape=Items(inner=Text()), doc="words that reveal the topic"),
    ),
)

_BUILDING = Record(
    title="the building of an institution",
    fields=(
        Field(name="institution", shape=Text(), doc="institution key (institutions.json)"),
        Field(name="country", shape=CountryCode(), doc="its country"),
        Field(name="place", shape=Text(), doc="place id (this file's `places`)"),
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

_UNITS = OneOf(values=("day", "week", "month", "year"))

FILE_SCHEMAS: Mapping[str, Record] = {
    "actors.json": Record(
        title="actors.json",
        fields=(
            _VERSION,
            Field(
                name="actors",
                shape=Items(inner=ACTOR, noun="actor", key="id", unique=True),
                doc="actors",
            ),
        ),
    ),
    "agreements.json": Record(
        title="agreements.json",
        fields=(
            _VERSION,
            _list("heads", "nouns that head an agreement's name: `اتفاق`, `هدنة`"),
            Field(
                name="standalone",
                shape=Items(inner=_STANDALONE, noun="agreement", key="key", unique=True),
                doc="agreements named without a head noun",
            ),
            Field(
                name="topics",
                shape=Items(inner=_TOPIC, noun="topic", key="key", unique=True),
                doc="topics",
            ),
            _list("resolution_heads", "nouns that are an agreement only as a numbered resolution"),
            _list("resolution_requires", "a resolution head needs one of these after it"),
            Field(
                name="status_cues",
                shape=Table(key=Choice(values=AgreementStatus), value=Items(inner=Name())),
                doc="status → words that report it: `انهيار` (collapsed)",
            ),
            _list("mediation", "words of mediation: `برعاية`", phrases=True),
            Field(
                name="truces",
                shape=Record(
                    title="truces",
                    fields=(
                        _list("words", "words for a truce: `هدنة`"),
                        _list("keys", "standalone agreement keys that are truces"),
                    ),
                ),
                doc="truces",
            ),
        ),
    ),
    "cues.json": Record(
        title="cues.json",
        fields=(
            _VERSION,
            _list("negators", "particles that negate a cue: `لم`, `لن`"),
            _list("complementizers", "what opens indirect speech: `إن`, `أن`"),
            _list("pronoun_complementizers", "complementizers with a pronoun: `إنه`, `أنها`"),
            Field(
                name="cues",
                shape=Items(inner=CUE, noun="lemma", key="lemma", unique=True),
                doc="the cues",
            ),
        ),
    ),
    "function_words.json": Record(
        title="function_words.json",
        fields=(
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
            _list(
                "filler_prepositions",
                "a preposition that makes a filler of the word after it: `من` (`من جديد`)",
            ),
        ),
    ),
    "institutions.json": Record(
        title="institutions.json",
        fields=(
            _VERSION,
            Field(
                name="institutions",
                shape=Items(inner=_INSTITUTION, noun="institution", key="key", unique=True),
                doc="bodies named by a head noun and a nationality adjective",
            ),
        ),
    ),
    "nationalities.json": Record(
        title="nationalities.json",
        fields=(
            _VERSION,
            Field(
                name="nationalities",
                shape=Items(inner=_NATIONALITY, noun="nationality", key="country"),
                doc="nationality adjectives; the loader inflects them",
            ),
        ),
    ),
    "places.json": Record(
        title="places.json",
        fields=(
            _VERSION,
            Field(
                name="country_variants",
                shape=Table(key=CountryCode(), value=Items(inner=Name(), noun="variant")),
                doc="country code → names the press uses besides Babel's: `سورية`",
            ),
            Field(
                name="masculine_countries",
                shape=Items(inner=CountryCode()),
                doc="countries whose name is masculine: `العراق`",
            ),
            _list("region_heads", "nouns that head a region's name: `ريف`"),
            Field(
                name="directions",
                shape=Table(key=Text(), value=Text()),
                doc="direction adjectives → direction",
            ),
            _list("buildings", "nouns of a building: `مبنى`"),
            Field(
                name="places",
                shape=Items(inner=PLACE, noun="place", key="id", unique=True),
                doc="places",
            ),
            Field(
                name="institution_buildings",
                shape=Items(inner=_BUILDING, noun="building"),
                doc="institutions named by their building (the Pentagon)",
            ),
        ),
    ),
    "time_words.json": Record(
        title="time_words.json",
        fields=(
            _VERSION,
            Field(
                name="day_offsets",
                shape=Table(key=Text(), value=Integer()),
                doc="day words → days from today: `أمس`",
            ),
            _list("past", "words that put a date in the past: `الماضي`"),
            _list("future", "words that put a date in the future: `المقبل`"),
            _list("current", "words of the current period: `الحالي`"),
            Field(
                name="units",
                shape=Table(key=Text(), value=_UNITS),
                doc="nouns of a span of time → its unit",
            ),
            Field(
                name="numbers",
                shape=Table(key=Text(), value=Integer()),
                doc="counted nouns → their number: `يومين`",
            ),
            _list("ago", "words of `ago`: `قبل`"),
            _list("few", "words of `a few`: `أيام`"),
            _list("day_word", "the word for day"),
            _list("year_words", "words for year"),
            Field(
                name="month_parts",
                shape=Table(key=Text(), value=Pair(first=Integer(), second=Integer())),
                doc="part of a month → [first day, last day]: `مطلع`",
            ),
            Field(
                name="relative_units",
                shape=Table(key=Text(), value=_UNITS),
                doc="definite units: `الأسبوع` → week",
            ),
            _list("month_context", "words that make a month name a date"),
        ),
    ),
    "titles.json": Record(
        title="titles.json",
        fields=(
            _VERSION,
            Field(
                name="titles",
                shape=Items(inner=TITLE, noun="title", key="title", unique=True),
                doc="titles",
            ),
            Field(
                name="anonymous",
                shape=Items(inner=_ANONYMOUS, noun="noun", key="noun", unique=True),
                doc="nouns that name an unnamed source",
            ),
            Field(
                name="anaphors",
                shape=Items(inner=_ANAPHOR, noun="noun", key="noun", unique=True),
                doc="definite nouns that point back to an actor",
            ),
            _list("anonymous_modifiers", "adjectives of an unnamed source: `رفيع`, `مطلعة`"),
        ),
    ),
    "word_shape.json": Record(
        title="word_shape.json",
        fields=(
            _VERSION,
            Field(name="about", shape=Text(), doc="what the file holds", required=False),
            _letters("conjunctions", "one-letter conjunctions: `و`, `ف`"),
            _letters("prepositions", "one-letter prepositions: `ب`, `ل`"),
            _letters("proclitics", "what a noun may carry in front"),
            _letters(
                "phrase_prepositions",
                "prepositions a lexicon phrase may carry in front: `ب`, `ل`, `ك`",
            ),
            Field(
                name="contracting_preposition",
                shape=Letter(),
                doc="the preposition that contracts with the article: `ل` + `ال` = `لل`",
            ),
            Field(name="article", shape=Text(), doc="the article `ال`"),
            _list("definite_prefixes", "the article alone or after a proclitic"),
            _list("genitive_prefixes", "the article alone or after `ل`"),
            _list("pronoun_suffixes", "pronouns glued to the end of a word"),
            _list("object_pronouns", "object pronouns a cue carries: `ذكرته`"),
            _letters("imperfect_prefixes", "letters an imperfect verb begins with: `ي`, `ت`"),
            _list("purpose_proclitics", "what an imperfect verb may carry in front: `ل`, `ول`"),
            _list("nisba_feminine", "the feminine ending of a nisba adjective (normalised)"),
            _list("nisba_plural", "the plural endings of a nisba adjective: `ين`, `ون`"),
            _list("nisba_dual", "the dual ending of a nisba adjective: `ان`"),
            _list("nisba_endings", "endings of a nisba adjective: `روسي`, `سوريون`"),
            _list("feminine_endings", "feminine endings as written: `ية`, `ات`"),
            _list("standalone_conjunctions", "conjunctions written apart"),
            Field(name="ta_marbuta", shape=Letter(), doc="ta marbuta as written"),
            Field(
                name="min_definite_stem", shape=Integer(), doc="letters the article needs after it"
            ),
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
