"""Sphinx configuration: MyST Markdown pages, the furo theme, API pages from docstrings."""

from __future__ import annotations

from importlib import metadata

project = "syria_talks"
author = "syria_talks developers"
release = version = metadata.version("syria-talks")
extensions = ["myst_parser", "sphinx.ext.autodoc"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = "syria_talks"
html_static_path = ["_static"]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
myst_heading_anchors = 3
suppress_warnings = ["myst.xref_missing"]

# Built with -n (nitpicky): every reference to our own API must resolve. The docs build offline
# (no intersphinx inventories), so types of the standard library and of other projects are
# named, not linked.
nitpicky = True
nitpick_ignore_regex = [
    (
        "py:(class|obj|data|exc)",
        r"(datetime|collections\.abc|typing|os|pathlib|enum|io|argparse|re|importlib"
        r"|pandas|pyarrow|jinja2|markupsafe|babel|attrs|dask|distributed|duckdb)(\..*)?",
    ),
    ("py:(class|obj|data)", r"(Any|TextIO|PathLike|Literal|Iterable|Iterator|Mapping|Callable)"),
    (
        "py:(class|obj|data)",
        r"(NoneType|None|str|int|float|bool|bytes|dict|list|tuple|set|frozenset|object|type)",
    ),
    ("py:exc", r"(ValueError|TypeError|ImportError|LookupError|Exception)"),
]
