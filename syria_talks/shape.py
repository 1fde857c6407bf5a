"""The shape of an Arabic word as written: what is glued before it and after it.

Arabic writes its one-letter conjunctions (و، ف) and prepositions (بـ، لـ), the article ال and
object and possessive pronouns (ـه، ـها) onto the word they belong to, so "وقال" is "و" + "قال",
"للأمم" is "ل" + "الأمم" and "انسحابها" is "انسحاب" + "ها". Every rule that looks through a
clitic asks this module; the letters themselves are data (``data/word_shape.json``).

All spellings are normalised (:func:`syria_talks.text.normalize`): ة is read as ه, so a test of a
pronoun suffix reads the word as written (:meth:`WordShape.has_pronoun_suffix`).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from syria_talks.phrases import Proclitics
from syria_talks.text import normalize

__all__ = ["WordShape"]

# A one-letter proclitic leaves at least a three-letter word: "وقال" is و + قال, "وزن" is a noun.
_MIN_STEM = 3


@attrs.frozen(kw_only=True)
class WordShape:
    """The clitic inventories of written Arabic, and the questions rules ask of a word."""

    conjunctions: str  # و ف
    prepositions: str  # ب ل
    proclitics: str  # و ف ب: what a noun or a time word may carry in front ("وبدمشق" aside)
    # What a lexicon phrase may carry in front: a conjunction, then ب ل or ك.
    phrase_proclitics: Proclitics
    article: str  # ال
    definite_prefixes: tuple[str, ...]  # the article, alone or after و ف ب ل
    genitive_prefixes: tuple[str, ...]  # the article, alone or after ل: ال، لل
    pronoun_suffixes: tuple[str, ...]
    object_pronouns: tuple[str, ...]  # what a verb of saying carries: ذكرته، ذكرها
    imperfect_prefixes: str  # ي ت: يقول، تؤكد
    purpose_proclitics: tuple[str, ...]  # ل، ول: "ليؤكد"
    nisba_feminine: tuple[str, ...]  # روسيه (normalised)
    nisba_plural: tuple[str, ...]  # روسيين، روسيون
    nisba_dual: tuple[str, ...]  # روسيان
    nisba_endings: tuple[str, ...]  # روسي، الروسيه، سوريون
    feminine_endings: tuple[str, ...]  # as written: an abstract noun or plural (أهمية، قوات)
    ta_marbuta: str  # as written: ة
    ta_marbuta_read: str  # as the normalised view reads it: ه
    standalone_conjunctions: frozenset[str]  # و ف ثم written apart
    # "والي" (governor), "فالح" (a name) and "الي" (إلى normalised) begin with a definite
    # prefix but are not definite: the article needs a stem after it.
    min_definite_stem: int

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> WordShape:
        return cls(
            conjunctions="".join(data["conjunctions"]),
            prepositions="".join(data["prepositions"]),
            proclitics="".join(data["proclitics"]),
            phrase_proclitics=Proclitics(
                conjunctions="".join(data["conjunctions"]),
                prepositions="".join(data["phrase_prepositions"]),
                article=data["article"],
                contracting=data["contracting_preposition"],
            ),
            article=data["article"],
            definite_prefixes=tuple(data["definite_prefixes"]),
            genitive_prefixes=tuple(data["genitive_prefixes"]),
            pronoun_suffixes=tuple(data["pronoun_suffixes"]),
            object_pronouns=tuple(data["object_pronouns"]),
            imperfect_prefixes="".join(data["imperfect_prefixes"]),
            purpose_proclitics=tuple(data["purpose_proclitics"]),
            nisba_feminine=tuple(data["nisba_feminine"]),
            nisba_plural=tuple(data["nisba_plural"]),
            nisba_dual=tuple(data["nisba_dual"]),
            nisba_endings=tuple(data["nisba_endings"]),
            feminine_endings=tuple(data["feminine_endings"]),
            ta_marbuta=data["ta_marbuta"],
            ta_marbuta_read=normalize(data["ta_marbuta"]),
            min_definite_stem=data["min_definite_stem"],
            standalone_conjunctions=frozenset(data["standalone_conjunctions"]),
        )

    def conjunction(self, word: str) -> str:
        """The conjunction glued to ``word`` ("و" of "وقال"), or ""."""
        first = word[:1]
        return first if first and first in self.conjunctions else ""

    def without_conjunction(self, word: str, *, min_stem: int = 1) -> str:
        """ "وقال" → "قال"; a word whose rest would be shorter than ``min_stem`` stays whole."""
        if self.conjunction(word) and len(word) > min_stem:
            return word[1:]
        return word

    def without_proclitic(self, word: str) -> str:
        """ "وقال", "فقال", "بدمشق" → the word after its one-letter conjunction or بـ."""
        first = word[:1]
        return word[1:] if first and first in self.proclitics else word

    def with_proclitics(self, words: Iterable[str]) -> frozenset[str]:
        """Every word of ``words`` bare and with each proclitic: أمس، وأمس، فأمس، بأمس. The
        stages ask once per document for the same few sets: each is made once."""
        return _with_proclitics(self.proclitics, frozenset(words))

    def preposition(self, word: str) -> str:
        """The preposition glued to ``word`` ("ل" of "لوكالة", "ب" of "بوقف"), or ""."""
        first = word[:1]
        return first if first and first in self.prepositions else ""

    def verb_shapes(self, form: str, *, verb: bool) -> list[str]:
        """Every way a cue word is written: "قال", "وقال", "فقال", and a verb with its object
        pronoun ("ذكرته") or, imperfect, with ل of purpose ("ليؤكد", "وليضيف")."""
        shapes = [form]
        if verb:
            shapes += [form + pronoun for pronoun in self.object_pronouns]
        prefixes = ("", *self.conjunctions)
        if verb and form[:1] in self.imperfect_prefixes:
            prefixes += self.purpose_proclitics
        return [prefix + shape for shape in shapes for prefix in prefixes]

    def with_article(self, word: str) -> str:
        return self.article + word

    def without_preposition(self, word: str) -> str:
        """ "لوكالة" → "وكالة", "بمنع" → "منع": the word after its glued preposition."""
        return word[1:] if self.preposition(word) and len(word) > 1 else word

    def article_after(self, preposition: str, word: str) -> bool:
        """ "بالقول", "بالخارجية": ``word`` is ``preposition`` glued onto a definite noun."""
        return self.preposition(word) == preposition and self.has_article(word[1:])

    def has_article(self, word: str) -> bool:
        """ "الجيش": the article, with nothing before it."""
        return (
            word.startswith(self.article)
            and len(word) - len(self.article) >= self.min_definite_stem
        )

    def without_article(self, word: str) -> str:
        return word.removeprefix(self.article)

    def is_definite(self, word: str) -> bool:
        """ "الجيش", "والحكومة", "للأمم": the article, alone or after a proclitic."""
        return self._starts_with(word, self.definite_prefixes)

    def continues_definite_phrase(self, word: str) -> bool:
        """ "الخارجية", "للأمم" go on with a definite phrase (وزير الخارجية، المبعوث الخاص
        للأمم المتحدة); after و a word starts a new conjunct, after بـ an adverbial."""
        return self._starts_with(word, self.genitive_prefixes)

    def _starts_with(self, word: str, prefixes: tuple[str, ...]) -> bool:
        # Most words start with none of the prefixes: one call in C rules them out before
        # the stem's length is checked prefix by prefix.
        if not word.startswith(prefixes):
            return False
        return any(
            word.startswith(prefix) and len(word) - len(prefix) >= self.min_definite_stem
            for prefix in prefixes
        )

    def has_pronoun_suffix(self, written: str) -> bool:
        """ "انسحابها", "بلاده" as written (not normalised: "الخارجية" has none)."""
        return len(written) > _MIN_STEM and written.endswith(self.pronoun_suffixes)

    def without_object_pronoun(self, word: str) -> str:
        """ "ذكرته" → "ذكرت", "ذكره" → "ذكر": a verb of saying with its object pronoun."""
        for suffix in self.object_pronouns:
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                return word[: -len(suffix)]
        return word

    def is_nisba(self, word: str) -> bool:
        """ "روسي", "الروسيه", "سوريون": an adjective of belonging, by its ending."""
        return word.endswith(self.nisba_endings)

    def is_feminine_form(self, written: str) -> bool:
        """ "أهمية", "قوات" as written: an abstract noun in -ية or a sound feminine plural."""
        return written.endswith(self.feminine_endings)

    def without_ta_marbuta(self, word: str) -> str:
        """ "متحدثه" → "متحدث": a normalised word without its feminine ending (ة, read as ه)."""
        ending = self.ta_marbuta_read
        if word.endswith(ending) and len(word) > _MIN_STEM:
            return word[: -len(ending)]
        return word

    def ends_in_ta_marbuta(self, written: str) -> bool:
        """ "صحيفة", "الوزارة" as written: the feminine ending the normalised view reads as ه."""
        return written.endswith(self.ta_marbuta)


@functools.lru_cache(maxsize=32)
def _with_proclitics(proclitics: str, words: frozenset[str]) -> frozenset[str]:
    return frozenset(p + w for w in words for p in ("", *proclitics))
