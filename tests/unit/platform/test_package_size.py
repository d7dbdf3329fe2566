"""No package folder, of the code or of the tests, holds more than 20 modules (issue 14)."""

import os
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
LIMIT = 20
NOT_OURS = {".git", ".venv", "node_modules", "build", "data", "__pycache__"}
# Alembic's revisions: a history read in the order of its chain, one file per schema change, not
# a package anyone browses for a concept; splitting it into folders would group it by nothing.
HISTORY = {"storage/migrations/versions"}


def modules_per_folder(root: Path) -> Counter[str]:
    """How many .py modules each folder under root holds, __init__ and conftest included."""
    counts: Counter[str] = Counter()
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [d for d in subfolders if d not in NOT_OURS and not d.startswith(".")]
        name = Path(folder).relative_to(root).as_posix()
        counts[name] = sum(f.endswith(".py") for f in files)
    return counts


def test_no_package_folder_holds_more_than_20_modules():
    counts = modules_per_folder(ROOT)
    assert {name: n for name, n in counts.items() if n > LIMIT and name not in HISTORY} == {}


def test_the_walk_counts_modules_where_they_are():
    counts = modules_per_folder(ROOT)
    assert counts["tests/unit/platform"] == len(list(Path(__file__).parent.glob("*.py")))
    assert counts["meetings/agenda"] > 0 and "node_modules" not in counts
    assert counts["storage/migrations/versions"] > 0
