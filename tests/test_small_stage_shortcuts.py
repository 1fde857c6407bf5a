"""The identities, agreements, places and times stages take shortcuts: tables made once per
lexicon, a pass skipped when nothing it looks for is there, indexes made only when asked for.
Each shortcut must give what the rule it stands for gives, whatever the text."""

from __future__ import annotations

import bisect
import importlib
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from syria_talks.lexicon import CueEntry, CueFormEntry, Lexicon, default_lexicon
from syria_talks.model import ActorKind, Gender, Stance
from syria_talks.parsing.document import Document
from syria_talks.parsing.mentions import Candidate, CandidateSource, find_mentions, title_head

actors = importlib.import_module("syria_talks.parsing.actors")
agreements = importlib.import_module("syria_talks.parsing.agreements")

# Words of every kind the stages tell apart: titles bare, feminine and with a deputy, known and
# unknown names, agreement heads and status words, parties, places, months and weekdays.
WORDS = [
    "قال",
    "وقال",
    "أن",
    "إن",
    "الذي",
    "التي",
    "في",
    "مع",
    "بين",
    "على",
    "و",
    "الوزير",
    "الوزيرة",
    "وزير",
    "وزير الخارجية",
    "وزير الخارجية الروسي",
    "نائب وزير الخارجية",
    "المتحدث باسم الكرملين",
    "المتحدثة باسم الخارجية",
    "الرئيس",
    "الرئيس الأمريكي",
    "سيرغي لافروف",
    "وزير الخارجية الروسي سيرغي لافروف",
    "وزير الخارجية الأمريكي جون كيري",
    "المتحدث باسم الخارجية شون روبرتسون",
    "المتحدث",
    "لافروف",
    "جون كيري",
    "كيري",
    "شون روبرتسون",
    "روبرتسون",
    "اللواء جميل الشمري",
    "الشمري",
    "اتفاق",
    "الاتفاق",
    "اتفاق تعاون عسكري",
    "الاتفاق العسكري",
    "الهدنة",
    "هدنة",
    "وقف إطلاق النار",
    "قرار",
    "مجلس الأمن",
    "وقعت",
    "انهيار",
    "برعاية روسيا",
    "بوساطة قطرية",
    "واشنطن",
    "وموسكو",
    "روسيا",
    "سورية",
    "وسورية",
    "غارات",
    "دمشق",
    "ريف دمشق",
    "شمالي سوريا",
    "حلب",
    "مبنى وزارة الدفاع",
    "شباط",
    "الماضي",
    "الخميس",
    "أمس",
    "قبل أيام",
    "عام 2016",
]
GAPS = [" ", " ", " ", "، ", ". ", ' "', '" ', "\n"]
TEXTS = st.lists(
    st.tuples(st.sampled_from(GAPS), st.sampled_from(WORDS)), min_size=1, max_size=30
).map(lambda pairs: "".join(gap + word for gap, word in pairs).strip() + ".")


def _document(text: str) -> tuple[Document, list[Candidate]]:
    doc = Document(text, default_lexicon())
    return doc, find_mentions(doc)


# -- identities -----------------------------------------------------------------------------


def _resolve_titles_by_definition(lexicon: Lexicon, mentions: list[Candidate]) -> dict[str, str]:
    """Every title-only mention to the nearest earlier, else the first later, named person of
    its office and a compatible country: a scan of all of them, no table, no early exit."""
    mapping: dict[str, str] = {}
    for cand in mentions:
        if cand.source is not CandidateSource.TITLE:
            continue
        office = title_head(lexicon, cand.title or cand.name)
        named = sorted(
            (
                n
                for n in mentions
                if n.source in (CandidateSource.LEXICON, CandidateSource.TITLED_NAME)
                and n.kind is ActorKind.PERSON
                and n.title
                and title_head(lexicon, n.title) == office
                and (cand.country is None or n.country in (None, cand.country))
            ),
            key=lambda n: n.start,
        )
        before = [n for n in named if n.start < cand.start]
        after = [n for n in named if n.start > cand.start]
        target = before[-1] if before else after[0] if after else None
        if target is not None:
            mapping[cand.key] = target.key
    return mapping


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_titles_resolve_as_a_scan_of_every_named_person_resolves_them(text: str) -> None:
    doc, mentions = _document(text)
    found = actors._resolve_titles(doc.lexicon, mentions)
    assert found == _resolve_titles_by_definition(doc.lexicon, mentions), text


_KEPT_SOURCES = (CandidateSource.LEXICON, CandidateSource.TITLED_NAME, CandidateSource.MEDIA)


def _groups_by_definition(
    mentions: list[Candidate], referents: list[Candidate], canonical: dict[str, str]
) -> tuple[dict[str, list[Candidate]], set[str]]:
    """Groups in two passes (the mentions, then the referents no mention is) and the kept
    actors in two more."""
    groups: dict[str, list[Candidate]] = {}
    for cand in mentions:
        groups.setdefault(canonical.get(cand.key, cand.key), []).append(cand)
    for cand in referents:
        already = any(cand is c for c in mentions) or any(
            cand is c for group in groups.values() for c in group
        )
        if not already:
            groups.setdefault(canonical.get(cand.key, cand.key), []).append(cand)
    wanted = {canonical.get(c.key, c.key) for c in referents}
    wanted |= {canonical.get(c.key, c.key) for c in mentions if c.source in _KEPT_SOURCES}
    return groups, wanted


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.data())
def test_one_pass_groups_the_candidates_as_separate_passes_do(
    text: str, data: st.DataObject
) -> None:
    doc, mentions = _document(text)
    # Referents: some of the mentions (again and again), and candidates no mention is.
    picked = data.draw(st.lists(st.sampled_from(mentions), max_size=6)) if mentions else []
    strangers = [
        Candidate(
            start=c.start,
            end=c.end,
            phrase_start=c.start,
            key=f"np:{c.name}" if i % 2 else c.key,
            name=c.name,
            kind=c.kind,
            source=CandidateSource.NOUN_PHRASE,
        )
        for i, c in enumerate(picked)
    ]
    referents = picked + strangers + strangers[:1]
    canonical = actors._resolve_titles(doc.lexicon, mentions)
    canonical.update(actors._resolve_surnames([*mentions, *referents]))
    groups, wanted = actors._group_by_actor(mentions, referents, canonical)
    assert (groups, set(wanted)) == _groups_by_definition(mentions, referents, canonical), text
    assert wanted.keys() <= groups.keys()  # resolve_identities reads every kept actor's group
    # Ordered as first found: the referents, then the names the text gives.
    first_found = [canonical.get(c.key, c.key) for c in referents]
    first_found += [canonical.get(c.key, c.key) for c in mentions if c.source in _KEPT_SOURCES]
    assert list(wanted) == list(dict.fromkeys(first_found)), text


# -- agreements -----------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(WORDS).flatmap(lambda w: st.sampled_from(w.split())))
def test_the_extent_word_table_is_the_lexicon_sets_it_joins(word: str) -> None:
    lexicon = default_lexicon()
    fw = lexicon.function_words
    words = lexicon.agreement_extent_words
    assert (word in words.clause) == (
        word in lexicon.cues or word in lexicon.complementizers or word in fw.relative_pronouns
    )
    assert (word in words.stop) == (word in fw.prepositions or word in fw.clause_openers)
    assert (word in words.party) == (word in fw.party_prepositions)


def test_a_lexicon_with_a_new_cue_ends_an_agreement_description_at_it() -> None:
    bundled = default_lexicon()
    assert "نبه" not in bundled.agreement_extent_words.clause  # built before the new cue
    warn = CueEntry(
        lemma="نبّه",
        stance=Stance.NEUTRAL,
        forms=(CueFormEntry(form="نبّه", gender=Gender.MASCULINE),),
    )
    assert "نبه" in bundled.with_cues([warn]).agreement_extent_words.clause


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_an_article_without_an_agreement_head_is_skipped_as_the_finder_would_skip_it(
    text: str,
) -> None:
    doc, mentions = _document(text)
    finder = agreements._Agreements(doc, mentions, [])
    found = agreements.find_agreements(doc, mentions, [])
    assert bool(found) == bool(finder.mentions_in_text()), text


def _events_by_definition(finder: Any, mention: Any) -> list[Any]:
    """The events of a mention read as before the shortcut: the clause found first, then the
    status words in it."""
    doc, text = finder.doc, finder.text
    starts, ends = doc.tokens.starts, doc.tokens.ends
    first = max(0, bisect.bisect_left(starts, mention.start) - agreements._BEFORE)
    last = min(len(ends) - 1, doc.token_before(mention.end) + agreements._AFTER)
    window_start = starts[first] if ends else mention.start
    window_end = ends[last] if ends else mention.end
    before = text[window_start : mention.start]
    cut = max(before.rfind("."), before.rfind("\n"))
    if cut >= 0:
        window_start += cut + 1
    after = agreements._STOP.search(text, mention.end, window_end)
    if after is not None and text[after.start()] in ".\n":
        window_end = after.start()
    return [
        agreements.FoundEvent(
            status=m.value,
            start=m.start,
            end=m.end,
            actor=finder._actor_of(m.start, m.end),
            time=finder._time_of(m.end, window_end),
        )
        for m in doc.matches_in(finder.vocab.status, window_start, window_end)
    ]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_events_and_mediators_are_what_reading_every_clause_finds(text: str) -> None:
    doc, mentions = _document(text)
    finder = agreements._Agreements(doc, mentions, [])
    for mention in finder.mentions_in_text():
        assert finder.events_near(mention) == _events_by_definition(finder, mention), text
        sentence = doc.sentence_of(mention.start)
        assert finder.mediators(mention) == finder._mediators_in(*sentence), text


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_the_mentions_by_place_are_indexed_in_the_order_found(text: str) -> None:
    doc, mentions = _document(text)
    finder = agreements._Agreements(doc, mentions, [])
    # Of two mentions at one place the later one found counts, as in a dict made of them all.
    assert finder._by_phrase_start == {c.phrase_start: c for c in mentions}, text
    assert finder._by_end == {c.end: c for c in mentions}, text


def test_of_two_mentions_at_one_place_the_later_found_is_indexed() -> None:
    doc = Document("الوزير سيرغي لافروف قال.", default_lexicon())

    def candidate(start: int, key: str) -> Candidate:
        return Candidate(
            start=start,
            end=19,
            phrase_start=0,
            key=key,
            name=key,
            kind=ActorKind.PERSON,
            source=CandidateSource.NOUN_PHRASE,
        )

    found_first, found_last = candidate(7, "np:a"), candidate(0, "np:b")
    finder = agreements._Agreements(doc, [found_first, found_last], [])
    assert finder._by_phrase_start == {0: found_last}
    assert finder._by_end == {19: found_last}


# -- times ----------------------------------------------------------------------------------

dates = importlib.import_module("syria_talks.parsing.dates")
LEADING = sorted(default_lexicon().time_words.leading)
TIME_WORDS = [
    *LEADING,
    *(p + w for w in LEADING for p in "وفبل"),
    "أيام",
    "يومين",
    "الماضي",
    "المقبل",
    "الشهر",
    "الأسبوع",
    "شباط",
    "آذار",
    "2016",
    "الخميس",
    "أمس",
    "قال",
]


class _TimesByDefinition(dates._Times):  # type: ignore[misc,name-defined]
    """The times stage with the leading proclitic found by _bare(), as before the shortcut."""

    def _add(self, start, end, granularity, found):  # type: ignore[no-untyped-def]
        if not self.claims.free(start, end):
            return
        i = self.doc.token_containing(start)
        if i is not None:
            word = self.token_words[i]
            if dates._bare(self.shape, word, self.leading) == word[1:]:
                start += 1
        self.claims.take(start, end)
        first, last = found if found is not None else (None, None)
        self.found.append(
            dates.FoundTime(start=start, end=end, granularity=granularity, first=first, last=last)
        )


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TIME_WORDS), min_size=1, max_size=12).map(" ".join))
def test_a_glued_proclitic_is_left_out_of_a_time_as_bare_leaves_it_out(text: str) -> None:
    doc = Document(text + ".", default_lexicon())
    found = dates.find_times(doc)
    assert found == _TimesByDefinition(doc, doc.lexicon.time_words).find_all(), text
