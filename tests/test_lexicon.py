"""The lexicons are data: well-formed, true to their own rules, loaded once."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from babel import Locale

from syria_talks import ActorEntry, ActorKind, LexiconError, default_lexicon, parse
from syria_talks.lexicon import LEXICON_FILES, _read, arabic_country_names


def _data(name: str) -> dict[str, object]:
    text = resources.files("syria_talks").joinpath("data").joinpath(name).read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def test_every_lexicon_file_is_valid_json_with_a_version() -> None:
    for name in LEXICON_FILES:
        assert _data(name)["version"] == 1, name


def test_actor_lexicon_is_large_unique_and_well_typed() -> None:
    actors = _data("actors.json")["actors"]
    assert isinstance(actors, list)
    assert len(actors) >= 100
    ids = [a["id"] for a in actors]
    assert len(ids) == len(set(ids))
    territories = Locale.parse("en").territories
    for a in actors:
        ActorKind(a["kind"])
        assert a["country"] is None or a["country"] in territories, a["id"]
        assert a["name"] and a["name_en"], a["id"]


def test_no_two_actors_claim_the_same_name() -> None:
    seen: dict[str, str] = {}
    for entry in default_lexicon().actors.values():
        for name in (entry.name, *entry.aliases):
            assert seen.setdefault(name, entry.id) == entry.id, name


def test_the_lexicon_is_built_once() -> None:
    assert default_lexicon() is default_lexicon()
    lexicon = default_lexicon()
    assert lexicon.actor_matcher is lexicon.actor_matcher


def test_unknown_lexicon_file_is_refused() -> None:
    with pytest.raises(LexiconError, match="unknown lexicon file"):
        _read("../../etc/passwd")


def test_country_names_come_from_babel() -> None:
    names = arabic_country_names()
    assert names["SY"] == Locale.parse("ar").territories["SY"]
    assert "001" not in names


def test_bad_actor_entry_is_a_clear_error() -> None:
    with pytest.raises(LexiconError, match="actor 'x': 'kind' must be one of person, organization"):
        ActorEntry.from_json({"id": "x", "name": "س", "kind": "planet"})


def test_callers_can_teach_the_parser_a_new_actor() -> None:
    sentence = "وقال المتحدث باسم الحزب زيد عمرو إن الاجتماع انتهى."
    extra = ActorEntry(id="zaid-amr", name="زيد عمرو", kind=ActorKind.PERSON, name_en="Zaid Amr")
    article = parse(sentence, lexicon=default_lexicon().with_actors([extra]))
    assert article.statements[0].speaker is not None
    assert article.statements[0].speaker.id == "zaid-amr"
