"""The shape of written Arabic words: clitics glued before and after (syria_talks.shape)."""

import pytest

from syria_talks.lexicon import default_lexicon
from syria_talks.text import normalize

SHAPE = default_lexicon().word_shape


@pytest.mark.parametrize(
    ("word", "definite"),
    [
        ("الجيش", True),
        ("والحكومة", True),
        ("فالوزارة", True),
        ("بالاتفاق", True),
        ("للأمم", True),
        ("جيش", False),
        ("والي", False),  # governor: و is part of the word
        ("فالح", False),  # a given name
        ("إلى", False),  # normalised to الي
    ],
)
def test_definiteness_needs_a_stem_after_the_article(word: str, definite: bool) -> None:
    assert SHAPE.is_definite(normalize(word)) is definite


@pytest.mark.parametrize(
    ("word", "continues"),
    [("الخارجية", True), ("للأمم", True), ("والمغتربين", False), ("بالاجتماع", False)],
)
def test_a_definite_phrase_goes_on_through_the_article_and_li_only(
    word: str, continues: bool
) -> None:
    assert SHAPE.continues_definite_phrase(normalize(word)) is continues


@pytest.mark.parametrize(
    ("word", "conjunction", "bare", "bare3"),
    [
        ("وقال", "و", "قال", "قال"),
        ("فأكد", "ف", "اكد", "اكد"),
        ("وزن", "و", "زن", "وزن"),
        ("قال", "", "قال", "قال"),
    ],
)
def test_conjunctions(word: str, conjunction: str, bare: str, bare3: str) -> None:
    word = normalize(word)
    assert SHAPE.conjunction(word) == conjunction
    assert SHAPE.without_conjunction(word) == normalize(bare)
    assert SHAPE.without_conjunction(word, min_stem=3) == normalize(bare3)


def test_proclitics_take_bi_but_not_li() -> None:
    assert SHAPE.without_proclitic("بدمشق") == "دمشق"
    assert SHAPE.without_proclitic("لدمشق") == "لدمشق"
    assert SHAPE.preposition("لوكاله") == "ل"
    assert SHAPE.preposition("وكاله") == ""
    assert SHAPE.with_proclitics(["امس"]) == {"امس", "وامس", "فامس", "بامس"}


@pytest.mark.parametrize(
    ("written", "suffix"),
    [("انسحابها", True), ("بلاده", True), ("الخارجية", False), ("له", False)],
)
def test_pronoun_suffixes_are_read_as_written(written: str, suffix: bool) -> None:
    assert SHAPE.has_pronoun_suffix(written) is suffix


@pytest.mark.parametrize(
    ("word", "verb"), [("ذكرته", "ذكرت"), ("ذكرها", "ذكر"), ("ذكره", "ذكر"), ("نبه", "نبه")]
)
def test_a_verb_of_saying_loses_its_object_pronoun(word: str, verb: str) -> None:
    assert SHAPE.without_object_pronoun(word) == verb


def test_article_nisba_and_feminine_forms() -> None:
    assert SHAPE.has_article("الجيش") and not SHAPE.has_article("الي")
    assert SHAPE.without_article("الجيش") == "جيش"
    assert SHAPE.is_nisba("روسي") and not SHAPE.is_nisba("روسيا")
    assert SHAPE.is_feminine_form("قوات") and SHAPE.is_feminine_form("أهمية")
    assert not SHAPE.is_feminine_form("جيش")
    assert SHAPE.ends_in_ta_marbuta("صحيفة") and not SHAPE.ends_in_ta_marbuta("بلاده")


def test_every_written_shape_of_a_cue() -> None:
    assert SHAPE.verb_shapes("قال", verb=True) == [
        *("قال", "وقال", "فقال"),
        *("قاله", "وقاله", "فقاله"),
        *("قالها", "وقالها", "فقالها"),
        *("قالهم", "وقالهم", "فقالهم"),
    ]
    # An imperfect verb takes ل of purpose as well as و and ف, never instead of them.
    assert SHAPE.verb_shapes("يؤكد", verb=True) == [
        f"{prefix}يؤكد{pronoun}"
        for pronoun in ("", "ه", "ها", "هم")
        for prefix in ("", "و", "ف", "ل", "ول")
    ]
    assert "لقال" not in SHAPE.verb_shapes("قال", verb=True)
    assert SHAPE.verb_shapes("تصريح", verb=False) == ["تصريح", "وتصريح", "فتصريح"]
    assert SHAPE.with_article("وزير") == "الوزير"


def test_glued_prepositions() -> None:
    assert SHAPE.without_preposition("لوكاله") == "وكاله"
    assert SHAPE.without_preposition("وكاله") == "وكاله"
    assert SHAPE.article_after("ب", "بالقول")
    assert not SHAPE.article_after("ب", "بقول")
    assert not SHAPE.article_after("ل", "بالقول")
