"""The bundled article in time order: who said what when, and what happened to the deals."""

from __future__ import annotations

import datetime

import syria_talks


def main() -> None:
    # The article appeared on 4 July 2016; relative dates ("الخميس الماضي") resolve against it.
    article = syria_talks.parse(syria_talks.bundled_text(), published=datetime.date(2016, 7, 4))
    for entry in article.timeline():
        when = "undated   " if entry.when is None or entry.when.start is None else entry.when.start
        if entry.statement is not None:
            speaker = entry.statement.speaker
            who = speaker.display_name("en") if speaker else "?"
            print(f"{when}  {who} ({entry.statement.cue}): {entry.statement.content[:50]}")
        elif entry.agreement is not None and entry.event is not None:
            print(f"{when}  [{entry.agreement.name}] {entry.event.status.value}")


if __name__ == "__main__":
    main()
