"""A deterministic romanisation of Arabic names the lexicon does not know.

Arabic script leaves short vowels unwritten, and guessing them is guessing: this scheme writes
the consonants and the long vowels only, one fixed Latin spelling per letter, so the same
Arabic always gives the same Latin and nothing is invented. The definite article becomes "al-";
each word is capitalised. Examples: "غسان سلامة" -> "Ghsan Slama", "محمد مصطفى" -> "Mhmd Mstfa".
"""

from __future__ import annotations

import unicodedata

from syria_talks.text import normalize

__all__ = ["romanize"]

_LETTERS = {
    "ا": "a",
    "ب": "b",
    "ت": "t",
    "ث": "th",
    "ج": "j",
    "ح": "h",
    "خ": "kh",
    "د": "d",
    "ذ": "dh",
    "ر": "r",
    "ز": "z",
    "س": "s",
    "ش": "sh",
    "ص": "s",
    "ض": "d",
    "ط": "t",
    "ظ": "z",
    "ع": "'",
    "غ": "gh",
    "ف": "f",
    "ق": "q",
    "ك": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ه": "h",
    "ء": "'",
    "پ": "p",
    "چ": "ch",
    "ڤ": "v",
    "گ": "g",
}


def _word(word: str, final_ta_marbuta: bool) -> str:
    letters: list[str] = []
    for position, char in enumerate(word):
        if char == "و":
            letters.append("w" if position == 0 else "u")
        elif char == "ي":
            letters.append("y" if position == 0 else "i")
        elif char == "ه" and final_ta_marbuta and position == len(word) - 1:
            letters.append("a")
        else:
            letters.append(_LETTERS.get(char, char))
    latin = "".join(letters)
    first = next((i for i, ch in enumerate(latin) if ch.isalpha()), 0)
    return latin[:first] + latin[first : first + 1].upper() + latin[first + 1 :]


def romanize(name: str) -> str:
    """Latin letters for an Arabic name (Latin text passes through unchanged)."""
    words = []
    for original in name.split():
        ta_marbuta = original.endswith("ة")
        # Alif maqsura is a long a (مصطفى), which normalisation would turn into ي.
        word = normalize(unicodedata.normalize("NFC", original).replace("ى", "ا"))
        if word.startswith("ال") and len(word) > 3:
            words.append("al-" + _word(word[2:], ta_marbuta))
        else:
            words.append(_word(word, ta_marbuta))
    return " ".join(words)
