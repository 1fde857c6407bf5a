"""Linear time and output: each input pattern that once made the parser super-linear, pumped.

Every test here parses (or pairs, or scans) a text of n characters and one of 8n in the same
run and fails when the time grows more than 10x: a linear stage grows about 8x, a quadratic
one 64x. Only ratios are compared, never absolute times; each side is the least CPU time of a few
runs, the two sizes taken in turn with the garbage collector paused, and a ratio over the bound
is measured again before failing, because the machine is shared. Sizes keep each test well under
a second.

The check of every regular expression for catastrophic backtracking runs in CI as
``python tests/redos_pump.py``; here it is only shown to catch a pattern that backtracks.
"""

from __future__ import annotations

import gc
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import syria_talks
from syria_talks.export import to_json
from syria_talks.text import NormalizedText, pair_quotes

sys.path.insert(0, str(Path(__file__).parent))
import redos_pump

N = 1_500
MAX_RATIO = 10.0


def _least_times(small: Callable[[], object], large: Callable[[], object], runs: int) -> float:
    """The least CPU time of ``large`` over that of ``small``, the two run in turn ``runs``
    times: in turn, so that a busy stretch of the machine slows both sides alike."""
    least_small = least_large = float("inf")
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            # CPU time: another process's work on a shared machine is not this one's.
            start = time.process_time()
            small()
            middle = time.process_time()
            large()
            end = time.process_time()
        finally:
            gc.enable()
        least_small = min(least_small, middle - start)
        least_large = min(least_large, end - middle)
    return least_large / least_small


def _growth(
    run: Callable[[str], object], make: Callable[[int], str], n: int = N, repeats: int = 2
) -> float:
    """How much longer ``run`` takes on 8n characters than on n (the least of a few runs each).

    A ratio over the bound is measured again, up to three times, before it counts: other jobs
    on the machine slow one run, not every run, while a quadratic stage is 64x every time.
    """
    small, large = make(n), make(8 * n)
    run(small)  # warm the lexicon, the regex caches and the allocator
    run(large)
    ratios = []
    for _ in range(3):
        ratios.append(_least_times(lambda: run(small), lambda: run(large), 2 * repeats))
        if ratios[-1] <= MAX_RATIO:
            break
    return min(ratios)


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


PATTERNS: dict[str, Callable[[int], str]] = {
    "straight quotes": _repeat('"'),
    "opening curly quotes": _repeat("“"),
    "closing curly quotes": _repeat("”"),
    "low quotes": _repeat("„"),
    "opening guillemets": _repeat("«"),
    "closing guillemets": _repeat("»"),
    "guillemets then newlines": lambda n: "«" * (n // 2) + "\n" * (n // 2),
    "a cue verb": _repeat("قال "),
    "a complementiser and a quote": _repeat("إن “"),
    "waw": _repeat("و"),
    "waw and spaces": _repeat("و "),
    "spaces": _repeat(" "),
    "commas": _repeat("،"),
    "cues and commas": _repeat("قال، "),
    "full stops then a letter": lambda n: "." * n + "x",
    "newlines": _repeat("\n"),
    "auxiliaries before a name": lambda n: "قد " * (n // 3) + "لافروف",
    "reports inside reports": _repeat("وقال لافروف إن "),
    "titles": _repeat("وقال وزير الخارجية الروسي "),
    "titles without names": _repeat("وزير الخارجية سيرغي لافروف ثم قال وزير الخارجية "),
    "places": _repeat("في ريف حلب الشمالي "),
    "institutions and places": _repeat("وقالت الخارجية الأمريكية في واشنطن إن "),
    "agreements": _repeat("اتفاق وقف إطلاق النار بين واشنطن وموسكو برعاية روسيا "),
    "agreement anaphora": _repeat("وأعلنت روسيا انهيار الهدنة. "),
    "a quotation with curly quotes on both sides": lambda n: (
        "قال لافروف “" + "الوضع سيئ " * (n // 10) + "“"
    ),
    "a statement anaphor": _repeat("وقال البيان إن الوضع سيئ. "),
    "a dropped subject that agrees with nobody": _repeat("وقال لافروف إن الوضع سيئ. وقالت إن "),
    "trailing attributions": _repeat("الوضع سيئ، بحسب ما ذكرته صحيفة الوطن. "),
    "times inside quotations": _repeat('قال لافروف إن "أمس" '),
    "the bundled article repeated": _repeat(syria_talks.bundled_text() + "\n"),
}


@pytest.mark.parametrize("make", PATTERNS.values(), ids=PATTERNS.keys())
def test_parse_time_is_linear(make: Callable[[int], str]) -> None:
    assert _growth(syria_talks.parse, make) <= MAX_RATIO


@pytest.mark.parametrize(
    "make",
    [PATTERNS["reports inside reports"], PATTERNS["cues and commas"], PATTERNS["agreements"]],
    ids=["reports inside reports", "cues and commas", "agreements"],
)
def test_json_output_grows_linearly(make: Callable[[int], str]) -> None:
    small = len(to_json(syria_talks.parse(make(N))))
    large = len(to_json(syria_talks.parse(make(8 * N))))
    assert large <= MAX_RATIO * small


@pytest.mark.parametrize("mark", ['"', "“", "”", "«", "»", "„"])
def test_quote_pairing_is_linear(mark: str) -> None:
    # Small enough that both sizes stay in the processor's caches, so the ratio is the
    # algorithm's; cheap enough to take the best of many runs.
    assert _growth(pair_quotes, lambda n: mark * n, n=2_000, repeats=8) <= MAX_RATIO


def test_sentence_splitting_is_linear() -> None:
    def split(text: str) -> object:
        return NormalizedText(text).sentences([])

    assert _growth(split, lambda n: "." * n + "x", n=2_000, repeats=8) <= MAX_RATIO


def test_the_regex_pump_catches_a_backtracking_pattern() -> None:
    backtracking = re.compile(r"[.!?؟]+(?=[\s\"')\]]|$)|\n")  # the sentence end before the fix
    stops = [".", "x"]
    assert redos_pump.check("before", backtracking, n=300, chars=stops)
    assert not redos_pump.check("after", syria_talks.text._SENTENCE_MARK, n=300, chars=stops)


def test_the_growth_check_catches_a_quadratic_stage() -> None:
    def quadratic(text: str) -> int:  # reads the text again from the start at every character
        return sum(text.count("ق", 0, i) for i in range(len(text)))

    assert _growth(quadratic, PATTERNS["a cue verb"]) > MAX_RATIO
