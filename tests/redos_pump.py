"""Check every regular expression of syria_talks for catastrophic backtracking.

Run as a script (tests/test_linear.py runs it in a subprocess with a timeout, so that a pattern
that backtracks exponentially fails the test instead of hanging it):

    python tests/redos_pump.py

Which patterns: every string literal given to ``re.compile``/``re.search``/... in the package's
source (found with ``ast``), and the compiled pattern of every phrase matcher of the bundled
lexicon. How: for each pattern, a pump per character it names and per pair of common
characters, followed by a character that makes the match fail, is searched at n and 8n
characters. A linear search takes about 8 times as long; the check fails above 10. It prints
one line per pattern and exits 1 when any pump is super-linear.
"""

from __future__ import annotations

import ast
import functools
import gc
import itertools
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import syria_talks
from syria_talks.lexicon import default_lexicon
from syria_talks.phrases import PhraseMatcher

PACKAGE = Path(syria_talks.__file__).resolve().parent
RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "findall", "finditer", "sub", "split"}
COMMON = [" ", "ا", "ل", ".", "،", "\n", '"', "5", "x", "A", "-", "'"]
FAIL = "\x00"
N = 2_000
MAX_RATIO = 10.0


def source_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """(where, pattern) for each literal pattern handed to the re module in the package."""
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.func.attr in RE_FUNCTIONS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
                yield where, re.compile(node.args[0].value)


def lexicon_patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """(where, pattern) for each phrase matcher the bundled lexicon builds."""
    lexicon = default_lexicon()
    seen: set[int] = set()

    def walk(name: str, value: object, depth: int) -> Iterator[tuple[str, re.Pattern[str]]]:
        if id(value) in seen or depth > 3:
            return
        seen.add(id(value))
        if isinstance(value, PhraseMatcher):
            yield f"lexicon.{name}", value._pattern
        elif hasattr(value, "__dict__") or hasattr(value, "__attrs_attrs__"):
            for key in dir(value):
                if not key.startswith("__"):
                    child = getattr(value, key)
                    if not callable(child) or isinstance(child, PhraseMatcher):
                        yield from walk(f"{name}.{key}".strip("."), child, depth + 1)

    for key in dir(type(lexicon)):
        if isinstance(getattr(type(lexicon), key), functools.cached_property):
            yield from walk(key, getattr(lexicon, key), 1)


def alphabet(pattern: re.Pattern[str]) -> list[str]:
    """The characters the pattern spells out, then the common ones, without duplicates."""
    named = list(dict.fromkeys(ch for ch in pattern.pattern if ch != "\\"))
    return list(dict.fromkeys([*named[:40], *COMMON]))


def pumps(pattern: re.Pattern[str], chars: list[str]) -> Iterator[Callable[[int], str]]:
    for ch in chars or alphabet(pattern):
        yield lambda n, ch=ch: ch * n + FAIL
    for a, b in itertools.permutations(chars or COMMON[:6], 2):
        yield lambda n, a=a, b=b: (a + b) * (n // 2) + FAIL


def seconds(pattern: re.Pattern[str], text: str) -> float:
    """Time of one full scan, repeated until the total is long enough to be measured."""
    best = float("inf")
    for _ in range(3):
        runs, start = 0, time.perf_counter()
        while True:
            for _match in pattern.finditer(text):
                pass
            runs += 1
            elapsed = time.perf_counter() - start
            if elapsed > 0.002:
                break
        best = min(best, elapsed / runs)
    return best


def check(
    where: str, pattern: re.Pattern[str], n: int = N, chars: list[str] | None = None
) -> list[str]:
    """One message per pump under which ``pattern`` grows more than 10x for 8x input.

    The pumps are built from ``chars`` when given, else from the pattern and common characters.
    """
    failures = []
    for pump in pumps(pattern, chars or []):
        small, large = pump(n), pump(8 * n)
        ratio = seconds(pattern, large) / seconds(pattern, small)
        if ratio > MAX_RATIO:  # measure once more before calling it: the machine is shared
            ratio = min(ratio, seconds(pattern, large) / seconds(pattern, small))
        if ratio > MAX_RATIO:
            failures.append(f"{where}: pump {small[:12]!r}... grows {ratio:.1f}x for 8x input")
    return failures


def main() -> int:
    patterns = [*source_patterns(), *lexicon_patterns()]
    failures: list[str] = []
    gc.disable()
    for where, pattern in patterns:
        found = check(where, pattern)
        failures += found
        print(f"{'FAIL' if found else 'ok  '} {where}", flush=True)
    gc.enable()
    print(f"{len(patterns)} patterns pumped; {len(failures)} super-linear")
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
