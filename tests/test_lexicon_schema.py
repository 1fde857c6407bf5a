"""Every lexicon file has a declared shape, checked at load; callers' entries meet the same check.

The sentences are our own. Each extension test parses one sentence twice: with the bundled
lexicon (the old parse) and with the extended one (the new entry changes it).
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import pytest

import syria_talks
from syria_talks import (
    ActorEntry,
    ActorKind,
    CueEntry,
    CueFormEntry,
    FormKind,
    Gender,
    LexiconError,
    LocationKind,
    PlaceEntry,
    Stance,
    Title,
    default_lexicon,
    parse,
)
from syria_talks import lexicon as lexicon_module
from syria_talks.lexicon import LEXICON_FILES, _read
from syria_talks.lexicon_schema import FILE_SCHEMAS, check_file, json_schema, reference

ROOT = Path(__file__).resolve().parent.parent


def _bundled(name: str) -> dict[str, Any]:
    text = resources.files("syria_talks").joinpath("data").joinpath(name).read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def test_every_lexicon_file_has_a_schema_and_meets_it() -> None:
    assert FILE_SCHEMAS.keys() == LEXICON_FILES
    for name in LEXICON_FILES:
        check_file(name, _bundled(name))  # raises on the first problem


def test_a_file_is_read_and_checked_once_per_process() -> None:
    assert _read("cues.json") is _read("cues.json")


def test_loading_a_malformed_bundled_file_is_a_lexicon_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _bundled("titles.json")
    data["titles"][1]["gender"] = "female"
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "titles.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(lexicon_module.resources, "files", lambda package: tmp_path)
    with pytest.raises(LexiconError, match=r"^titles\.json: title 'وزيرة الخارجية': 'gender'"):
        _read.__wrapped__("titles.json")


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        *parents, last = path
        for key in parents:
            data = data[key]
        data[last] = value

    return edit


def _delete(path: tuple[Any, ...]) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        *parents, last = path
        for key in parents:
            data = data[key]
        del data[last]

    return edit


def _duplicate_first(key: str) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        data[key].append(copy.deepcopy(data[key][0]))

    return edit


# (file, how to break it, the whole message)
MALFORMED = [
    (
        "cues.json",
        _set(("cues", 0, "forms", 3, "gender"), "male"),
        "cues.json: lemma 'قال', form 3: 'gender' must be one of masculine, feminine, dual, "
        "plural; got 'male'",
    ),
    (
        "cues.json",
        _set(("cues", 0, "relays"), "yes"),
        "cues.json: lemma 'قال': 'relays' must be true or false, got str 'yes'",
    ),
    (
        "cues.json",
        _set(("cues", 0, "forms", 0, "kind"), "adverb"),
        "cues.json: lemma 'قال', form 0: 'kind' must be one of verb, participle, noun; "
        "got 'adverb'",
    ),
    (
        "cues.json",
        _delete(("cues", 0, "forms")),
        "cues.json: lemma 'قال': 'forms' is missing",
    ),
    (
        "actors.json",
        _set(("actors", 0, "aliasses"), []),
        "actors.json: actor 'sergei-lavrov': unknown field 'aliasses'; known: aliases, country, "
        "gender, id, kind, name, name_en, names, title",
    ),
    (
        "actors.json",
        _set(("actors", 0, "aliases", 1), "«لافروف"),
        "actors.json: actor 'sergei-lavrov': alias '«لافروف' does not start with a letter or digit",
    ),
    (
        "actors.json",
        _duplicate_first("actors"),
        "actors.json: 'actors': actor 'sergei-lavrov' appears more than once",
    ),
    (
        "actors.json",
        _set(("actors", 0, "country"), "ru"),
        "actors.json: actor 'sergei-lavrov': 'country' must be an ISO 3166 alpha-2 code such as "
        "'SY'; got 'ru'",
    ),
    (
        "places.json",
        _set(("places", 0, "coordinates"), [33.5]),
        "places.json: place 'damascus': 'coordinates' must be a list of two, got list [33.5]",
    ),
    (
        "places.json",
        _delete(("places", 1, "name")),
        "places.json: place 'aleppo': 'name' is missing",
    ),
    (
        "places.json",
        _set(("places", 0, "kind"), "town"),
        "places.json: place 'damascus': 'kind' must be one of country, city, region, building, "
        "other; got 'town'",
    ),
    (
        "titles.json",
        _set(("titles", 0, "gender"), None),
        "titles.json: title 'وزير الخارجية': 'gender' must be one of masculine, feminine, dual, "
        "plural; got None",
    ),
    (
        "titles.json",
        _set(("anaphors", 0, "channel"), 3),
        "titles.json: noun 'البيان': 'channel' must be a string, got int 3",
    ),
    (
        "function_words.json",
        _set(("fillers", 2), 5),
        "function_words.json: 'fillers' item 2 must be a string, got int 5",
    ),
    (
        "function_words.json",
        _set(("filers",), []),
        "function_words.json: unknown field 'filers'; known: addressee_prepositions",
    ),
    (
        "time_words.json",
        _set(("month_parts", "مطلع"), [1, "عشرة"]),
        "time_words.json: 'month_parts' 'مطلع': item 1 must be an integer, got str 'عشرة'",
    ),
    (
        "time_words.json",
        _set(("units", "يوم"), "days"),
        "time_words.json: 'units' 'يوم' must be one of day, week, month, year; got 'days'",
    ),
    (
        "agreements.json",
        _set(("status_cues", "exploded"), ["انفجار"]),
        "agreements.json: 'status_cues' 'exploded' must be one of proposed, pledged",
    ),
    (
        "agreements.json",
        _delete(("truces", "keys")),
        "agreements.json: 'truces': 'keys' is missing",
    ),
    (
        "word_shape.json",
        _set(("conjunctions", 0), "وف"),
        "word_shape.json: 'conjunctions' item 0 must be one letter, got str 'وف'",
    ),
    (
        "nationalities.json",
        _set(("nationalities", 0, "forms"), "الروسي"),
        "nationalities.json: nationality 'RU': 'forms' must be a list, got str 'الروسي'",
    ),
    (
        "institutions.json",
        _set(("institutions", 0, "gender"), "neuter"),
        "institutions.json: institution 'government': 'gender' must be one of masculine",
    ),
    ("cues.json", _set(("version",), 2), "cues.json: 'version' must be 1, got 2"),
]


@pytest.mark.parametrize(("name", "edit", "message"), MALFORMED)
def test_a_malformed_file_names_file_entry_and_field(
    name: str, edit: Callable[[dict[str, Any]], None], message: str
) -> None:
    data = copy.deepcopy(_bundled(name))
    edit(data)
    with pytest.raises(LexiconError) as error:
        check_file(name, data)
    assert str(error.value).startswith(message)


def _shipped_json_schema(name: str) -> dict[str, Any]:
    path = ROOT / "syria_talks" / "data" / "schemas" / name.replace(".json", ".schema.json")
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_the_shipped_json_schemas_are_the_declared_shapes() -> None:
    for name in LEXICON_FILES:
        assert _shipped_json_schema(name) == json_schema(name), name


def test_every_bundled_file_is_valid_against_its_json_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    for name in LEXICON_FILES:
        schema = _shipped_json_schema(name)
        jsonschema.Draft202012Validator.check_schema(schema)
        jsonschema.validate(_bundled(name), schema)


# What JSON Schema cannot say: a phrase starts with a letter after normalisation; ids are unique.
_ONLY_CHECKED_AT_LOAD = ("does not start with a letter", "appears more than once")


@pytest.mark.parametrize(
    ("name", "edit", "message"),
    [case for case in MALFORMED if not any(only in case[2] for only in _ONLY_CHECKED_AT_LOAD)],
)
def test_the_json_schemas_refuse_what_the_load_check_refuses(
    name: str, edit: Callable[[dict[str, Any]], None], message: str
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    data = copy.deepcopy(_bundled(name))
    edit(data)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, _shipped_json_schema(name))


def test_a_file_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(LexiconError, match=r"^places\.json: must be an object, got list"):
        check_file("places.json", [])


# -- callers' entries ---------------------------------------------------------------------------

COMMENT = CueEntry(
    lemma="علّق",
    stance=Stance.NEUTRAL,
    prepositions=("على",),
    forms=(
        CueFormEntry(form="علّق", gender=Gender.MASCULINE),
        CueFormEntry(form="علّقت", gender=Gender.FEMININE),
        CueFormEntry(form="معلّقا", gender=Gender.MASCULINE, kind=FormKind.PARTICIPLE),
    ),
)


def test_a_new_cue_verb_makes_a_statement_the_bundled_lexicon_misses() -> None:
    sentence = "وعلّقت الخارجية الروسية على الاجتماع بأنه كان بناء."
    assert parse(sentence).statements == ()
    (statement,) = parse(sentence, lexicon=default_lexicon().with_cues([COMMENT])).statements
    assert statement.cue == "وعلّقت"
    assert statement.speaker is not None and statement.speaker.id == "mfa:RU"


def test_a_cue_replaces_the_bundled_one_with_its_lemma() -> None:
    denial = default_lexicon().cue_entries["نفى"]
    neutral = attrs.evolve(denial, stance=Stance.NEUTRAL)
    sentence = "ونفى المتحدث باسم الخارجية الأمريكية جون كيربي أن يكون الاتفاق قد انهار."
    assert parse(sentence).statements[0].stance is Stance.DENY
    lexicon = default_lexicon().with_cues([neutral])
    assert parse(sentence, lexicon=lexicon).statements[0].stance is Stance.NEUTRAL


def test_a_new_title_finds_the_speaker_after_it() -> None:
    sentence = "وقال عمدة لندن صادق خان إن المدينة ستستقبل اللاجئين."
    assert parse(sentence).statements == ()
    lexicon = default_lexicon().with_titles([Title(title="عمدة", gender=Gender.MASCULINE)])
    (statement,) = parse(sentence, lexicon=lexicon).statements
    assert statement.speaker is not None
    assert (statement.speaker.name, statement.speaker.title) == ("صادق خان", "عمدة لندن")


def test_a_new_place_is_found() -> None:
    sentence = "وقالت مصادر محلية إن الطائرات قصفت كفرنبل أمس."
    assert parse(sentence).locations == ()
    place = PlaceEntry(id="kafr-nabl", name="كفرنبل", kind=LocationKind.CITY, country="SY")
    article = parse(sentence, lexicon=default_lexicon().with_places([place]))
    (found,) = article.locations
    assert found.id == "kafr-nabl"
    assert [article.text[span.start : span.end] for span in found.spans] == ["كفرنبل"]


def test_a_varietys_spelling_of_a_cue_and_of_a_place() -> None:
    sentence = "وزادت الخارجية الروسية أن الاجتماع كان بناء في قامشلو."
    bundled = parse(sentence)
    assert bundled.statements == () and bundled.locations == ()
    lexicon = (
        default_lexicon()
        .with_cue_forms("أضاف", [CueFormEntry(form="زادت", gender=Gender.FEMININE)])
        .with_place_aliases("qamishli", ["قامشلو"])
    )
    extended = parse(sentence, lexicon=lexicon)
    (statement,) = extended.statements
    assert (statement.cue, lexicon.cues["زادت"].lemma) == ("وزادت", "أضاف")
    assert [place.id for place in extended.locations] == ["qamishli"]
    # the bundled entries keep what they had
    assert "زادت" not in default_lexicon().cues
    assert "قامشلو" not in default_lexicon().places["qamishli"].aliases


@pytest.mark.parametrize(
    ("add", "message"),
    [
        (
            lambda lex: lex.with_places(PlaceEntry(id="x", name="س", kind=LocationKind.CITY)),
            "with_places() takes a list of entries, got PlaceEntry",
        ),
        (
            lambda lex: lex.with_place_aliases("qamishli", "قامشلو"),
            "with_place_aliases() takes a list of entries, got str",
        ),
        (lambda lex: lex.with_titles(None), "with_titles() takes a list of entries, got NoneType"),
    ],
)
def test_entries_come_in_a_collection(add: Callable[[Any], object], message: str) -> None:
    with pytest.raises(LexiconError, match=re.escape(message)):
        add(default_lexicon())


def test_spellings_for_an_unknown_entry_are_refused() -> None:
    with pytest.raises(LexiconError, match="with_cue_forms\\(\\): no cue has the lemma 'غنى'"):
        default_lexicon().with_cue_forms("غنى", [CueFormEntry(form="غنى")])
    with pytest.raises(LexiconError, match="with_place_aliases\\(\\): no place has the id 'x'"):
        default_lexicon().with_place_aliases("x", ["س"])


BAD_ENTRIES: list[tuple[Callable[[Any], object], Any, str]] = [
    (
        lambda lex: lex.with_cues,
        CueEntry(lemma="علّق", forms=(CueFormEntry(form="علّق", gender="male"),)),
        "with_cues(): lemma 'علّق', form 0: 'gender' must be a Gender, got str 'male'",
    ),
    (
        lambda lex: lex.with_cues,
        CueEntry(lemma="علّق", forms=[CueFormEntry(form="علّق")]),
        "with_cues(): lemma 'علّق': 'forms' must be a tuple, got list",
    ),
    (
        lambda lex: lex.with_cues,
        CueEntry(lemma="علّق", forms=({"form": "علّق"},)),
        "with_cues(): lemma 'علّق': form 0 must be a CueFormEntry, got dict",
    ),
    (
        lambda lex: lex.with_cues,
        CueEntry(lemma="علّق", forms=(), stance="neutral"),
        "with_cues(): lemma 'علّق': 'stance' must be a Stance, got str",
    ),
    (
        lambda lex: lex.with_cues,
        CueEntry(lemma="علّق", forms=(CueFormEntry(form="(علّق"),)),
        "with_cues(): lemma 'علّق', form 0: 'form' '(علّق' does not start with a letter",
    ),
    (
        lambda lex: lex.with_cues,
        CueEntry(lemma="علّق", forms=(Title(title="عمدة", gender=Gender.MASCULINE),)),
        "with_cues(): lemma 'علّق': form 0 must be a CueFormEntry, got Title",
    ),
    (
        lambda lex: lex.with_cues,
        {"lemma": "علّق"},
        "with_cues() takes CueEntry values, got dict",
    ),
    (
        lambda lex: lex.with_titles,
        Title(title="عمدة", gender=Gender.MASCULINE, relational=1),
        "with_titles(): title 'عمدة': 'relational' must be a bool, got int 1",
    ),
    (
        lambda lex: lex.with_places,
        PlaceEntry(id="x", name="س", kind=LocationKind.CITY, coordinates=(35.6, "36.5")),
        "with_places(): place 'x': 'coordinates' item 1 must be a number, got str '36.5'",
    ),
    (
        lambda lex: lex.with_places,
        PlaceEntry(id="x", name="س", kind=LocationKind.CITY, country="Syria"),
        "with_places(): place 'x': 'country' must be an ISO 3166 alpha-2 code",
    ),
    (
        lambda lex: lex.with_actors,
        ActorEntry(id="x", name="س", kind=ActorKind.PERSON, names=(("ru",),)),
        "with_actors(): actor 'x': 'names' must be a tuple of (key, value) pairs",
    ),
    (
        lambda lex: lambda entries: lex.with_place_aliases("damascus", entries),
        ["-الشام"],
        "with_places(): place 'damascus': alias '-الشام' does not start with a letter",
    ),
]


@pytest.mark.parametrize(("method", "entry", "message"), BAD_ENTRIES)
def test_a_bad_entry_names_the_entry_and_the_field(
    method: Callable[[Any], Callable[[list[Any]], object]], entry: Any, message: str
) -> None:
    add = method(default_lexicon())
    with pytest.raises(LexiconError) as error:
        add(entry if isinstance(entry, list) else [entry])
    assert str(error.value).startswith(message)


def test_the_default_lexicon_is_never_changed_and_stays_cached() -> None:
    default = default_lexicon()
    titles = default.titles
    extended = default.with_titles([Title(title="عمدة", gender=Gender.MASCULINE)])
    assert default_lexicon() is default
    assert default.titles is titles
    assert Title(title="عمدة", gender=Gender.MASCULINE) in extended.titles
    assert Title(title="عمدة", gender=Gender.MASCULINE) not in default.titles


def test_a_derived_lexicon_rebuilds_only_what_its_entries_change() -> None:
    default = default_lexicon()
    parse("قال لافروف إن الاجتماع كان مفيدا.")  # builds the default lexicon's matchers
    extended = default.with_titles([Title(title="عمدة", gender=Gender.MASCULINE)])
    assert extended.actor_matcher is default.actor_matcher
    assert extended.cue_surfaces is default.cue_surfaces
    assert extended.function_words is default.function_words
    assert extended.title_matcher is not default.title_matcher
    assert extended.scanner is not default.scanner
    with_actor = default.with_actors([ActorEntry(id="x", name="فلان", kind=ActorKind.PERSON)])
    assert with_actor.title_matcher is default.title_matcher
    assert with_actor.actor_matcher is not default.actor_matcher


def test_a_derived_lexicon_parses_as_one_built_from_scratch() -> None:
    mayor = Title(title="عمدة", gender=Gender.MASCULINE)
    place = PlaceEntry(id="kafr-nabl", name="كفرنبل", kind=LocationKind.CITY, country="SY")
    text = syria_talks.bundled_text() + " وقال عمدة لندن صادق خان إن الطائرات قصفت كفرنبل."
    parse(text)  # the default lexicon has built everything it shares
    derived = default_lexicon().with_titles([mayor]).with_places([place])
    fresh = syria_talks.Lexicon(titles=[mayor], places=[place])
    assert parse(text, lexicon=derived) == parse(text, lexicon=fresh) != parse(text)


def test_the_docs_field_reference_is_the_schema() -> None:
    page = (ROOT / "docs" / "extending.md").read_text(encoding="utf-8")
    generated = re.search(r"<!-- reference: start -->\n(.*)<!-- reference: end -->", page, re.S)
    assert generated is not None
    assert generated.group(1).strip() == reference().strip()
