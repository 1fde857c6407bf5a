"""The HTML view: a standalone RTL page, every value escaped, hostile text inert and visible;
and the same page as a person sees it, in headless Chromium."""

from __future__ import annotations

import html.parser
from pathlib import Path

import pytest
from chromium import dump_dom, executable, screenshot
from hypothesis import given, settings
from hypothesis import strategies as st

import syria_talks
from syria_talks.view import MarkKind, article_view

HOSTILE = (
    "وقال وزير الخارجية الروسي سيرغي لافروف إن <script>alert(1)</script> مرفوض.\n"
    'وقال المتحدث باسم وزارة الخارجية الأمريكية جون كيربي إن "><img src=x onerror=alert(2)> '
    "لا يمر.\n"
    "وأضاف كيربي أن </style><b>bold</b> و\u202eabc مكتوب هنا."
)


class Page(html.parser.HTMLParser):
    """Elements, attributes and visible text of a page, as the stdlib parser reads it."""

    def __init__(self, source: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._style = False
        self.feed(source)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._style = False

    def handle_data(self, data: str) -> None:
        if not self._style:
            self.text.append(data)

    def with_class(self, name: str) -> list[dict[str, str | None]]:
        return [a for _, a in self.tags if name in (a.get("class") or "").split()]

    def visible(self) -> str:
        return "".join(self.text)


@pytest.fixture(scope="module")
def seed() -> syria_talks.Article:
    return syria_talks.load()


def test_view_segments_cover_the_text_without_overlap(seed: syria_talks.Article) -> None:
    view = article_view(seed)
    assert "".join(s.text for s in view.segments) == seed.text
    ends = [s.span.end for s in view.segments]
    assert [s.span.start for s in view.segments] == [0, *ends[:-1]]
    content = [s for s in view.segments if MarkKind.CONTENT in s.kinds()]
    covered = {m.statement for s in content for m in s.marks if m.kind is MarkKind.CONTENT}
    assert covered == set(range(len(seed.statements)))
    assert sorted(i for s in view.segments for i in s.starts) == list(range(len(seed.statements)))


def test_view_legend_and_rows(seed: syria_talks.Article) -> None:
    view = article_view(seed)
    assert [e.name_en for e in view.speakers][:2] == [
        "Ministry of Foreign Affairs of Russia",
        "United States",
    ]
    assert sum(e.count for e in view.speakers) == len(seed.statements)
    assert [r.content for r in view.rows] == [s.content for s in seed.statements]
    assert {p.ref for p in view.places} >= {"moscow", "washington"}


def test_page_is_standalone_rtl_arabic(seed: syria_talks.Article) -> None:
    page = syria_talks.render_html(seed)
    assert page.startswith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">')
    parsed = Page(page)
    tags = {t for t, _ in parsed.tags}
    assert "script" not in tags and "link" not in tags and "img" not in tags
    assert "http://" not in page and "https://" not in page and "url(" not in page


def test_page_marks_every_statement(seed: syria_talks.Article) -> None:
    parsed = Page(syria_talks.render_html(seed, title="تجربة"))
    badges = parsed.with_class("badge")
    assert len(badges) == len(seed.statements)
    assert {b["title"] for b in badges} >= {"John Kirby", "Ashton Carter", "Sergei Ryabkov"}
    marked = {a["data-statement"] for a in parsed.with_class("content")}
    assert marked == {str(i) for i in range(len(seed.statements))}
    assert len(parsed.with_class("cue")) >= len(seed.statements)
    assert parsed.with_class("place") and parsed.with_class("agreement")
    rows = [a for t, a in parsed.tags if t == "tr" and "data-statement" in a]
    assert len(rows) == len(seed.statements)
    assert "تجربة" in parsed.visible()


def test_hostile_text_is_inert_and_visible() -> None:
    article = syria_talks.parse(HOSTILE)
    assert len(article.statements) >= 2
    page = syria_talks.render_html(article, title='<script>alert("t")</script>')
    parsed = Page(page)
    tags = [t for t, _ in parsed.tags]
    assert "script" not in tags and "img" not in tags and "b" not in tags
    assert tags.count("style") == 1
    assert not any(a.get("onerror") for _, a in parsed.tags)
    text = parsed.visible()
    # The badge of a statement sits where its content starts, so compare from there.
    assert '<script>alert("t")</script>' in text
    assert "script>alert(1)</script>" in text
    assert "img src=x onerror=alert(2)>" in text
    assert "style><b>bold</b>" in text
    assert "\u202e" not in page
    assert parsed.with_class("control")
    assert "\\u202e" in text


def test_latin_runs_are_isolated() -> None:
    article = syria_talks.parse("وقال وزير الخارجية الروسي سيرغي لافروف إن موقف NATO معروف.")
    assert "<bdi>NATO</bdi>" in syria_talks.render_html(article)


FRAGMENTS = [
    "وقال وزير الخارجية الروسي سيرغي لافروف إن ",
    "وأضاف: «",
    "»",
    "الحوار مستمر في موسكو",
    " وقف إطلاق النار ",
    "<script>",
    "</style>",
    '"><img src=x onerror=alert(1)>',
    "\u202e",
    "\x1b[31m",
    "\n",
    "NATO & UN",
    ". ",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12))
def test_any_text_renders_whole_and_inert(fragments: list[str]) -> None:
    article = syria_talks.parse("".join(fragments))
    view = article_view(article)
    assert "".join(s.text for s in view.segments) == article.text
    parsed = Page(syria_talks.render_html(article))
    tags = {t for t, _ in parsed.tags}
    assert not tags & {"script", "img"}
    assert sum(1 for t, _ in parsed.tags if t == "style") == 1


@pytest.fixture(scope="module")
def browser() -> str:
    found = executable()
    if found is None:
        pytest.skip("chromium is not installed here (.ci/run installs the Debian package)")
    return found


def test_chromium_shows_the_speakers_and_highlights(
    browser: str, seed: syria_talks.Article, tmp_path: Path
) -> None:
    page = tmp_path / "article.html"
    page.write_text(syria_talks.render_html(seed), encoding="utf-8")
    dom = Page(dump_dom(page))
    html_tag = next(a for t, a in dom.tags if t == "html")
    assert html_tag["dir"] == "rtl" and html_tag["lang"] == "ar"
    badges = dom.with_class("badge")
    assert len(badges) == len(seed.statements)
    visible = dom.visible()
    for statement in seed.statements:
        assert statement.speaker is not None
        assert statement.speaker.name in visible
    assert {a["data-statement"] for a in dom.with_class("content")} == {
        str(i) for i in range(len(seed.statements))
    }


def test_chromium_keeps_hostile_text_inert(browser: str, tmp_path: Path) -> None:
    page = tmp_path / "hostile.html"
    page.write_text(syria_talks.render_html(syria_talks.parse(HOSTILE)), encoding="utf-8")
    dom = Page(dump_dom(page))
    tags = [t for t, _ in dom.tags]
    assert "img" not in tags and tags.count("script") == 0
    assert "script>alert(1)</script>" in dom.visible()


def test_chromium_screenshot_is_not_blank(
    browser: str, seed: syria_talks.Article, tmp_path: Path
) -> None:
    image_module = pytest.importorskip("PIL.Image")
    page = tmp_path / "article.html"
    page.write_text(syria_talks.render_html(seed), encoding="utf-8")
    png = screenshot(page, tmp_path / "article.png")
    with image_module.open(png) as image:
        rgb = image.convert("RGB")
        width, height = rgb.size
        colours = rgb.getcolors(maxcolors=width * height) or []
    counts = {colour: n for n, colour in colours}
    white = counts.get((255, 255, 255), 0)
    assert white < 0.9 * width * height, "the page is (nearly) blank"
    assert len(counts) > 200, "too few colours for rendered text"
    # The first two speakers' highlight colours (html.PALETTE) fill real areas of the page.
    for background in ((0xFD, 0xE2, 0xC4), (0xCF, 0xE8, 0xFC)):
        assert counts.get(background, 0) > 2000, background
