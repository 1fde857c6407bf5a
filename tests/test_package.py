"""The package as a dependency: a curated, light public API and one version number."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import warnings
from importlib import metadata
from pathlib import Path

import syria_talks

ROOT = Path(__file__).resolve().parent.parent
HEAVY = (
    "pandas",
    "pyarrow",
    "jinja2",
    "markupsafe",
    "rich",
    "PIL",
    "dask",
    "distributed",
    "duckdb",
    "tqdm",
)


def test_importing_the_package_loads_nothing_heavy() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            # The batch and corpus modules too: they load their extras when called.
            "import sys, syria_talks, syria_talks.batch, syria_talks.batch_run,"
            " syria_talks.corpus;"
            f" print(','.join(m for m in {HEAVY!r} if m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == ""


def test_public_api_is_sorted_and_complete() -> None:
    names = syria_talks.__all__
    # isort style, as ruff's RUF022 keeps it: CONSTANTS, then Classes, then functions.
    assert names == sorted(names, key=lambda n: (not n.isupper(), not n[0].isupper(), n))
    assert all(hasattr(syria_talks, n) for n in names)
    assert {"export", "render_html", "QueryError", "Lexicon"} <= set(names)


def test_version_is_single_sourced() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert syria_talks.__version__ == metadata.version("syria-talks") == project["version"]
    sources = (ROOT / "syria_talks").rglob("*.py")
    assert not any(project["version"] in p.read_text(encoding="utf-8") for p in sources)


def test_changelog_has_this_release() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert re.search(rf"^## {re.escape(syria_talks.__version__)}\b", changelog, re.MULTILINE)


def test_deprecated_names_warn_and_still_work() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rows = syria_talks.export.statement_records(syria_talks.load(), doc_id="seed")
    assert [w.category for w in caught] == [DeprecationWarning]
    assert caught[0].filename == __file__  # the warning points at the caller
    assert rows[0]["doc_id"] == "seed"


def test_every_public_name_is_in_the_api_reference() -> None:
    reference = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"syria_talks\.(\w+)", reference))
    assert set(syria_talks.__all__) - {"export"} <= documented
    for module in ("syria_talks.export", "syria_talks.view", "syria_talks.cli"):
        assert module in reference
