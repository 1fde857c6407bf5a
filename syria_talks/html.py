"""The article as one standalone HTML page: who said what, highlighted in the text.

The page is built in two stages: :func:`syria_talks.view.article_view` cuts the text into marked
segments (plain data, reusable by other front ends), then a Jinja2 template turns them into HTML.
Jinja2 is used rather than string building because its autoescaping escapes *every* interpolated
value by default (``&``, ``<``, ``>``, ``"`` and ``'``, as ``html.escape(..., quote=True)``), so a
value cannot be forgotten; it is an optional dependency (the ``html`` extra), imported only here.

The page is right-to-left Arabic (``<html lang="ar" dir="rtl">``), has its CSS inline, no
JavaScript and fetches nothing. Latin runs inside Arabic are wrapped in ``<bdi>`` so they keep
their own direction; control characters of the article (bidi overrides, escapes) are shown as
visible escapes (see :mod:`syria_talks.display`) instead of acting on the page.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from syria_talks.display import escape_controls, split_controls
from syria_talks.model import Article
from syria_talks.view import MarkKind, Segment, article_view

if TYPE_CHECKING:  # pragma: no cover
    import jinja2

__all__ = ["render_html"]

# Background of a speaker's quotations, and the stronger shade of its badge and cue underline.
PALETTE = (
    ("#fde2c4", "#b35900"),
    ("#cfe8fc", "#0b5394"),
    ("#d9f2d0", "#2e7d32"),
    ("#f6d5e6", "#a0256b"),
    ("#e6dcf7", "#5e35b1"),
    ("#fff3b0", "#8a6d00"),
    ("#cdeeea", "#00695c"),
    ("#f9d6d2", "#b3261e"),
    ("#e3e8d0", "#55691c"),
    ("#dde3ea", "#37474f"),
)

_MODES = {"direct": "مباشر", "indirect": "غير مباشر", "mixed": "مختلط"}
_LATIN = re.compile(
    r"[A-Za-z\u00c0-\u024f](?:[A-Za-z\u00c0-\u024f0-9.'’\- ]*[A-Za-z\u00c0-\u024f0-9.])?"
)


def _bidi(value: object) -> Any:
    """Escaped text with Latin runs in ``<bdi>`` and controls shown as visible escapes."""
    from markupsafe import Markup, escape  # Jinja2's own escaping, installed with it

    parts: list[Markup] = []
    for run, is_control in split_controls(str(value), keep_newlines=True):
        if is_control:
            parts.append(Markup('<span class="control">{}</span>').format(run))
            continue
        position = 0
        for match in _LATIN.finditer(run):
            parts.append(escape(run[position : match.start()]))
            parts.append(Markup("<bdi>{}</bdi>").format(match.group()))
            position = match.end()
        parts.append(escape(run[position:]))
    return Markup("").join(parts)


_SPEECH = frozenset({MarkKind.CONTENT, MarkKind.CUE, MarkKind.SPEAKER})


def _colour_class(colour: int | None) -> str:
    return "unknown" if colour is None else f"c{colour}"


def _segment_classes(segment: Segment) -> str:
    classes: list[str] = []
    colour: int | None = None
    for mark in segment.marks:
        if mark.kind not in classes:
            classes.append(mark.kind.value)
        if mark.kind is MarkKind.CONTENT or (mark.kind in _SPEECH and colour is None):
            colour = mark.colour
    if segment.kinds() & _SPEECH:
        classes.append(_colour_class(colour))
    return " ".join(classes)


def _mode_label(mode: str, negated: bool) -> str:
    label = _MODES.get(mode, mode)
    return f"{label} · منفي" if negated else label


@functools.cache
def _template() -> jinja2.Template:
    try:
        import jinja2
    except ImportError as exc:
        raise ImportError("render_html needs Jinja2: pip install 'syria-talks[html]'") from exc
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("syria_talks", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    environment.filters["bidi"] = _bidi
    environment.filters["visible"] = escape_controls
    environment.globals.update(
        colour_class=_colour_class,
        segment_classes=_segment_classes,
        mode_label=_mode_label,
        palette=PALETTE,
    )
    return environment.get_template("article.html.j2")


def _default_title(article: Article) -> str:
    first = next((line.strip() for line in article.text.splitlines() if line.strip()), "")
    if len(first) > 90:
        first = first[:89].rstrip() + "…"
    return first or "من قال ماذا"


def render_html(article: Article, *, title: str | None = None) -> str:
    """``article`` as one standalone RTL HTML page (needs the ``html`` extra).

    Each statement's content is highlighted in its speaker's colour with a badge naming the
    speaker (English name on hover) and the mode, the cue underlined, places and agreements
    marked; beside the text, a legend and a "who said what" table. ``title`` defaults to the
    article's first line.
    """
    from syria_talks import __version__

    return str(
        _template().render(
            view=article_view(article),
            title=_default_title(article) if title is None else title,
            version=__version__,
        )
    )
