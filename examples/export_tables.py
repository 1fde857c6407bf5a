"""Tables over many articles: statements and actors as CSV and Parquet, and a quick summary.

Every row carries the article's doc_id, and every table has the same fixed schema, so the
tables of several articles concatenate.
"""

from __future__ import annotations

import datetime
import tempfile
from pathlib import Path

import pyarrow
import pyarrow.parquet

import syria_talks
from syria_talks import export

TEXTS = {
    "ryabkov": "وقال نائب وزير الخارجية الروسي سيرغي ريابكوف إن موسكو مستعدة لدراسة المقترح.",
    "carter": "وشكك وزير الدفاع الأمريكي آشتون كارتر في إمكانية نجاح الاتفاق مع روسيا.",
    "empty": "This text has no Arabic, so it has no statements.",
}


def main() -> None:
    documents = [("lavrov-kerry", syria_talks.load())]
    documents += [
        (doc_id, syria_talks.parse(text, published=datetime.date(2016, 7, 4)))
        for doc_id, text in TEXTS.items()
    ]
    with tempfile.TemporaryDirectory() as folder:
        for what in ("statements", "actors"):
            csv_path = Path(folder) / f"{what}.csv"
            csv_path.write_text(export.to_csv(documents, what=what), encoding="utf-8")
            parquet_path = Path(folder) / f"{what}.parquet"
            export.to_parquet(documents, parquet_path, what=what)
            table = pyarrow.parquet.read_table(parquet_path)
            print(f"{what}: {table.num_rows} rows, columns {', '.join(table.column_names)}")

    # One Arrow table per article, as a pipeline would make them, concatenated.
    tables = [export.to_arrow([pair]) for pair in documents]
    combined = pyarrow.concat_tables(tables)
    frame = combined.to_pandas()
    print()
    print("statements per document:")
    print(frame.groupby("doc_id").size().to_string())
    print()
    print("who spoke most:")
    print(frame["speaker_en"].value_counts().head(5).to_string())


if __name__ == "__main__":
    main()
