"""Print the README's Python tour, to run it against an installed wheel."""

import re
from pathlib import Path

readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
blocks = re.findall(r"^```python\n(.*?)^```", readme, re.MULTILINE | re.DOTALL)
if not blocks:
    raise SystemExit("README.md has no python block")
print("\n".join(blocks), end="")
