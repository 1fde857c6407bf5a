"""Who said what in the bundled article, grouped by speaker, with the denials marked."""

from __future__ import annotations

from collections import defaultdict

import syria_talks


def main() -> None:
    article = syria_talks.load()
    by_speaker: dict[str, list[syria_talks.Statement]] = defaultdict(list)
    for statement in article.statements:
        speaker = statement.speaker
        label = "?" if speaker is None else speaker.name_en or speaker.name
        by_speaker[label].append(statement)

    for label, statements in by_speaker.items():
        print(f"{label}: {len(statements)} statement(s)")
        for s in statements:
            marker = " (negated)" if s.negated else ""
            print(f"  [{s.mode.value}] {s.cue}{marker}: {s.content[:60]}")

    print()
    for actor in syria_talks.who_spoke_of(article, "وقف الأعمال العدائية"):
        print("Spoke of the cessation of hostilities:", actor.name_en)
    for agreement in article.agreements:
        print(f"Agreement: {agreement.name} -> {agreement.status.value}")


if __name__ == "__main__":
    main()
