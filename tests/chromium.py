"""Headless Chromium from the command line (no Playwright): dump a page's DOM, take a screenshot.

Run as a script to regenerate the picture of the HTML view in the docs::

    .venv/bin/python tests/chromium.py docs/_static/html_view.png
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)


def executable() -> str | None:
    return next(
        (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p),
        None,
    )


def _run(page: Path, *extra: str) -> str:
    browser = executable()
    if browser is None:
        raise RuntimeError("chromium is not installed (Debian: apt-get install chromium)")
    with tempfile.TemporaryDirectory(prefix="chromium-profile-") as profile:
        done = subprocess.run(
            [browser, *FLAGS, f"--user-data-dir={profile}", *extra, page.resolve().as_uri()],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
    if done.returncode != 0:
        raise RuntimeError(f"chromium failed ({done.returncode}): {done.stderr[-2000:]}")
    return done.stdout


def dump_dom(page: Path) -> str:
    """The DOM of ``page`` after Chromium loaded it, serialised as HTML."""
    return _run(page, "--dump-dom")


def screenshot(page: Path, png: Path, *, width: int = 1400, height: int = 1500) -> Path:
    _run(page, f"--screenshot={png.resolve()}", f"--window-size={width},{height}")
    if not png.exists():
        raise RuntimeError(f"chromium wrote no screenshot to {png}")
    return png


def main(argv: list[str]) -> int:
    import syria_talks

    target = Path(argv[0] if argv else "docs/_static/html_view.png")
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "article.html"
        page.write_text(syria_talks.render_html(syria_talks.load()), encoding="utf-8")
        target.parent.mkdir(parents=True, exist_ok=True)
        screenshot(page, target)
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
