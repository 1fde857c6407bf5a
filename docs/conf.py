"""Sphinx configuration: MyST Markdown pages, the furo theme, API pages from docstrings."""

from __future__ import annotations

project = "syria_talks"
author = "syria_talks developers"
extensions = ["myst_parser", "sphinx.ext.autodoc"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = "syria_talks"
autodoc_member_order = "bysource"
autodoc_typehints = "description"
myst_heading_anchors = 3
suppress_warnings = ["myst.xref_missing"]
