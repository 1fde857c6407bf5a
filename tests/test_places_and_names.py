"""Where and who exactly: places grounded to countries, names in other languages."""

from __future__ import annotations

import pytest
from babel import Locale
from hypothesis import given, settings
from hypothesis import strategies as st

import syria_talks
from syria_talks import Actor, ActorKind, LocaleError, LocationKind
from syria_talks.lexicon import arabic_country_names
from syria_talks.romanize import romanize


def _locations(text: str) -> dict[str, syria_talks.Location]:
    return {loc.name: loc for loc in syria_talks.parse(text).locations}


def test_country_names_come_from_babel_with_press_variants() -> None:
    found = _locations("زار الوفد سورية ثم الولايات المتحدة الأمريكية وبعدها أمريكا وتركيا.")
    codes = {loc.country for loc in found.values() if loc.kind is LocationKind.COUNTRY}
    assert codes == {"SY", "US", "TR"}


def test_a_nisba_adjective_is_not_the_country() -> None:
    found = _locations("وشنت طائرات سورية وروسية غارات على ريف إدلب.")
    assert not any(loc.kind is LocationKind.COUNTRY for loc in found.values())


@pytest.mark.parametrize(
    ("phrase", "parent", "country"),
    [
        ("ريف اللاذقية الشمالي", "latakia", "SY"),
        ("شرق حلب", "aleppo", "SY"),
        ("شمالي سوريا", "country:SY", "SY"),
        ("ريف دمشق", "damascus", "SY"),
    ],
)
def test_region_phrases_are_tied_to_their_parent(phrase: str, parent: str, country: str) -> None:
    region = _locations(f"وتدور معارك عنيفة في {phrase} منذ أيام.")[phrase]
    assert region.kind is LocationKind.REGION
    assert region.parent == parent
    assert region.country == country


def test_lexicon_regions_have_their_parent() -> None:
    ghouta = _locations("وتقع الغوطة الشرقية قرب العاصمة.")["الغوطة الشرقية"]
    assert ghouta.kind is LocationKind.REGION
    assert ghouta.parent == "damascus"


def test_venues_cities_and_buildings_are_grounded() -> None:
    found = _locations("وعقدت الجولة في جنيف بعد لقاء في أستانا، وصدر بيان عن البيت الأبيض.")
    assert found["جنيف"].country == "CH" and found["جنيف"].kind is LocationKind.CITY
    assert found["جنيف"].coordinates is not None
    assert found["أستانة"].country == "KZ"
    assert found["البيت الأبيض"].kind is LocationKind.BUILDING


def test_the_defence_ministry_building_of_the_us_is_the_pentagon() -> None:
    found = _locations(
        "وقال وزير الدفاع الأمريكي في مؤتمر صحفي في مبنى وزارة الدفاع إن القوات باقية."
    )
    building = found["مبنى وزارة الدفاع"]
    assert building.id == "pentagon"
    assert building.name_en == "the Pentagon"
    assert building.country == "US"


def test_every_location_has_a_country_when_knowable() -> None:
    article = syria_talks.load()
    for loc in article.locations:
        assert loc.country is not None, loc.name


def test_display_names_in_other_languages() -> None:
    article = syria_talks.load()
    lavrov = article.actor("Lavrov")
    assert lavrov is not None
    assert lavrov.display_name() == "سيرغي لافروف"
    assert lavrov.display_name("en") == "Sergei Lavrov"
    assert lavrov.display_name("ru") == "Сергей Лавров"
    kerry = article.actor("Kerry")
    assert kerry is not None and kerry.display_name("en_GB") == "John Kerry"


@settings(max_examples=40)
@given(
    locale=st.sampled_from(["en", "fr", "de", "ru", "zh", "tr", "fa", "he", "es", "ja", "ar_SY"])
)
def test_a_state_is_named_by_babel_in_any_locale(locale: str) -> None:
    us = syria_talks.load().actor("واشنطن")
    assert us is not None and us.kind is ActorKind.STATE
    assert us.display_name(locale) == Locale.parse(locale).territories["US"] or locale == "ar_SY"


@pytest.mark.parametrize("bad", ["", "../../etc/passwd", "ar/../x", "xx_YY", "a", "en GB"])
def test_bad_locale_names_are_refused_before_babel(bad: str) -> None:
    actor = Actor(id="x", name="غسان سلامة", kind=ActorKind.PERSON)
    with pytest.raises(LocaleError):
        actor.display_name(bad)


def test_unknown_names_are_romanised_deterministically() -> None:
    actor = Actor(id="x", name="غسان سلامة", kind=ActorKind.PERSON)
    assert actor.display_name("en") == "Ghsan Slama" == romanize("غسان سلامة")
    assert romanize("محمد مصطفى") == "Mhmd Mstfa"
    assert romanize("المرصد") == "al-Mrsd"
    assert romanize("John Smith") == "John Smith"


@given(st.text(st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءأإآ ")), max_size=30))
def test_romanisation_is_latin_and_stable(name: str) -> None:
    latin = romanize(name)
    assert latin == romanize(name)
    assert all(ord(ch) < 128 for ch in latin)


def test_arabic_country_names_exclude_regions() -> None:
    names = arabic_country_names()
    assert "150" not in names and "EU" not in names
    assert names["RU"] == "روسيا"
