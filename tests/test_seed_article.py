"""The bundled article: the result the library promises on its own default text."""

from __future__ import annotations

import hashlib
from collections import Counter

import pytest

import syria_talks
from syria_talks import ActorKind, AgreementStatus, LocationKind, StatementMode

SEED_SHA256 = "dab21f493a94ec94416024a3add5a5fa2fa0e0f4b7adeb5ca88da9435c3d1137"


@pytest.fixture(scope="module")
def article() -> syria_talks.Article:
    return syria_talks.load()


def test_bundled_text_is_the_seed_article_byte_for_byte() -> None:
    data = syria_talks.bundled_text().encode("utf-8")
    assert hashlib.sha256(data).hexdigest() == SEED_SHA256


def _by(article: syria_talks.Article, name_en: str) -> list[syria_talks.Statement]:
    return [s for s in article.statements if s.speaker and s.speaker.name_en == name_en]


EXPECTED = [
    # speaker (English), cue, mode, negated
    ("Ministry of Foreign Affairs of Russia", "وقالت", StatementMode.MIXED, False),
    ("Ministry of Foreign Affairs of Russia", "وأضاف", StatementMode.INDIRECT, False),
    ("United States", "قالت", StatementMode.INDIRECT, False),
    ("Ashton Carter", "شكك", None, False),
    ("Ashton Carter", "أعرب", None, False),
    ("Ashton Carter", "وأبدى", None, False),
    ("Ashton Carter", "واعتبر", None, False),
    ("John Kirby", "قال", StatementMode.DIRECT, False),
    ("John Kirby", "يكشف", None, True),
    ("The Washington Post", "قالت", StatementMode.MIXED, False),
    ("The Washington Post", "مضيفة", StatementMode.INDIRECT, False),
    ("Sergei Ryabkov", "قال", StatementMode.DIRECT, False),
    ("Sergei Ryabkov", "وقال", StatementMode.DIRECT, False),
    ("Sergei Ryabkov", "مضيفا", StatementMode.DIRECT, False),
]


@pytest.mark.parametrize(("speaker", "cue", "mode", "negated"), EXPECTED)
def test_each_expected_statement_is_found(
    article: syria_talks.Article,
    speaker: str,
    cue: str,
    mode: StatementMode | None,
    negated: bool,
) -> None:
    matches = [s for s in _by(article, speaker) if s.cue == cue]
    assert matches, f"no statement by {speaker} with cue {cue}"
    statement = matches[0]
    if mode is not None:
        assert statement.mode is mode
    assert statement.negated is negated


def test_statement_counts_per_speaker_and_few_spurious(article: syria_talks.Article) -> None:
    counts = Counter(s.speaker.name_en if s.speaker else None for s in article.statements)
    expected = Counter(speaker for speaker, *_ in EXPECTED)
    for speaker, n in expected.items():
        assert counts[speaker] == n, speaker
    spurious = sum(counts.values()) - sum(expected.values())
    assert spurious <= 2


def test_statements_are_in_text_order_and_slices_of_the_text(article: syria_talks.Article) -> None:
    starts = [s.span.start for s in article.statements]
    assert starts == sorted(starts)
    for s in article.statements:
        assert article.text[s.span.start : s.span.end] == s.content
        assert article.text[s.cue_span.start : s.cue_span.end] == s.cue


def test_contents_are_exactly_what_was_said(article: syria_talks.Article) -> None:
    kirby = _by(article, "John Kirby")
    assert kirby[0].content.startswith("المساعي الأمريكية")
    assert kirby[0].content.endswith("من جهة أخرى")
    ryabkov = _by(article, "Sergei Ryabkov")
    assert ryabkov[2].content == "التعاون الوثيق في محاربة الإرهاب مطلوب فعلا"
    post = _by(article, "The Washington Post")
    assert post[0].content.endswith("“شراكة عسكرية جديدة في سوريا”")
    assert post[1].content.startswith("الحديث يدور")


def test_channels(article: syria_talks.Article) -> None:
    assert _by(article, "Ministry of Foreign Affairs of Russia")[0].channel == "بيان"
    assert _by(article, "Ashton Carter")[2].channel == "مؤتمر صحفي"
    assert _by(article, "Sergei Ryabkov")[1].channel == "وكالة نوفوستي"


def test_kerry_is_found_through_his_counterpart_phrase(article: syria_talks.Article) -> None:
    kerry = article.actor("Kerry")
    assert kerry is not None
    assert kerry.name == "جون كيري"
    assert kerry.country == "US"
    for variant in ("كيرى", "كيري", "John Kerry"):
        assert article.actor(variant) == kerry


def test_obama_spellings_are_one_actor(article: syria_talks.Article) -> None:
    obama = article.actor("أوباما")
    assert obama is not None and obama == article.actor("اوباما")
    assert {"باراك أوباما", "باراك اوباما"} <= {obama.name, *obama.aliases}
    assert len([a for a in article.actors if a.name_en == "Barack Obama"]) == 1


def test_washington_speaks_for_the_united_states(article: syria_talks.Article) -> None:
    us = article.actor("الولايات المتحدة")
    assert us is not None and us.kind is ActorKind.STATE and us.country == "US"
    assert "واشنطن" in us.aliases


def test_agreements(article: syria_talks.Article) -> None:
    by_id = {a.id: a for a in article.agreements}
    assert len(article.agreements) == 2
    truce = by_id["cessation-of-hostilities"]
    assert truce.status is AgreementStatus.COLLAPSED
    assert AgreementStatus.SIGNED in {e.status for e in truce.events}
    military = next(a for a in article.agreements if a is not truce)
    assert military.status is AgreementStatus.PROPOSED
    assert {"US", "RU"} <= {p.split(":")[-1] for p in military.parties}
    wordings = {article.text[s.start : s.end] for s in military.spans}
    assert {
        "اتفاق تعاون عسكري مرتقب مع روسيا",
        "شراكة عسكرية جديدة",
        "الاتفاق العسكري بين واشنطن وموسكو",
        "اتفاقية للتعاون العسكري",
    } <= wordings


def test_locations(article: syria_talks.Article) -> None:
    found = {(loc.name, loc.kind) for loc in article.locations}
    assert ("سوريا", LocationKind.COUNTRY) in found
    assert ("حلب", LocationKind.CITY) in found
    assert ("ريف اللاذقية الشمالي", LocationKind.REGION) in found
    assert ("موسكو", LocationKind.CITY) in found
    assert ("واشنطن", LocationKind.CITY) in found
    building = next(loc for loc in article.locations if loc.kind is LocationKind.BUILDING)
    assert building.name == "مبنى وزارة الدفاع" and building.country == "US"
    for loc in article.locations:
        for span in loc.spans:
            assert article.text[span.start : span.end]
