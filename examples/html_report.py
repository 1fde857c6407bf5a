"""Write who-said-what pages for the bundled article and a text of your own, and an index.

The pages go to a temporary folder removed at the end; call ``write_reports(Path("reports"))``
to keep them.
"""

from __future__ import annotations

import datetime
import html
import tempfile
from pathlib import Path

import syria_talks

MINE = (
    "قال وزير الخارجية الروسي سيرغي لافروف أمس في موسكو إن الحوار مع واشنطن ضروري. "
    "وأضاف: «لن نقبل أي شروط مسبقة». "
    "ونفى المتحدث باسم وزارة الخارجية الأمريكية جون كيربي أن تكون المحادثات قد توقفت."
)


def write_reports(folder: Path) -> list[Path]:
    articles = {
        "lavrov-kerry": syria_talks.load(),
        "my-text": syria_talks.parse(MINE, published=datetime.date(2016, 7, 4)),
    }
    pages = []
    for name, article in articles.items():
        page = folder / f"{name}.html"
        page.write_text(syria_talks.render_html(article), encoding="utf-8")
        speakers = {s.speaker.display_name("en") for s in article.statements if s.speaker}
        print(f"{page.name}: {len(article.statements)} statements by {', '.join(sorted(speakers))}")
        pages.append(page)
    # The index is ours, but it still escapes the names it shows.
    links = "".join(
        f'<li><a href="{html.escape(p.name, quote=True)}">{html.escape(p.stem)}</a></li>'
        for p in pages
    )
    index = folder / "index.html"
    index.write_text(
        f'<!DOCTYPE html><html lang="ar" dir="rtl"><meta charset="utf-8"><ul>{links}</ul></html>',
        encoding="utf-8",
    )
    return [*pages, index]


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        written = write_reports(Path(folder))
        print(f"wrote {len(written)} files, each {min(p.stat().st_size for p in written)}+ bytes")


if __name__ == "__main__":
    main()
