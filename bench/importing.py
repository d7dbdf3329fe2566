"""Field-level accuracy of reading past minutes, per layout of the corpus in
tests/fixtures/minutes_layouts: the tuned layouts and the held-out ones apart."""

import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from meetings.minutes.importing.files import read_path
from meetings.minutes.importing.found import ImportedMinutes
from meetings.minutes.importing.reading import read_minutes

CORPUS = Path(__file__).parent.parent / "tests" / "fixtures" / "minutes_layouts"
SETS = ("tuned", "held_out")
SCALARS = ("date", "starts", "ends", "online", "minute_taker")


@dataclass(frozen=True)
class Score:
    layout: str
    correct: int
    total: int
    missed: tuple[str, ...]  # the fields, or the expected values, not read right

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0


def layouts(folder: str) -> list[Path]:
    """The minutes of one set: every file beside an .expected.json."""
    return sorted(path for path in (CORPUS / folder).iterdir()
                  if path.suffix in (".txt", ".docx", ".pdf", ".md"))


def score(path: Path) -> Score:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    minutes = read_minutes(read_path(path).text).minutes
    found = _found(minutes) if minutes else {}
    correct, total, missed = 0, 0, []
    for field, wanted in expected.items():
        if field in SCALARS:
            total += 1
            if found.get(field) == wanted:
                correct += 1
            else:
                missed.append(f"{field}: {found.get(field)!r} ≠ {wanted!r}")
            continue
        got = found.get(field, [])
        hits, misses = _matched(wanted, got, MATCHERS[field])
        correct += hits
        total += max(len(wanted), len(got))
        missed += [f"{field}: {miss}" for miss in misses]
        if len(got) > len(wanted):
            missed.append(f"{field}: {len(got) - len(wanted)} more found than expected")
    return Score(path.name, correct, total, tuple(missed))


def _matched(wanted: list, got: list, same: Callable) -> tuple[int, list]:
    """Each expected value matched to one found value at most."""
    free, hits, misses = list(got), 0, []
    for value in wanted:
        match = next((candidate for candidate in free if same(value, candidate)), None)
        if match is None:
            misses.append(value)
        else:
            free.remove(match)
            hits += 1
    return hits, misses


def _fold(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _has(snippet: str, text: str) -> bool:
    return _fold(snippet) in _fold(text)


MATCHERS: dict[str, Callable] = {
    "present": lambda w, g: [_fold(x) for x in w] == [_fold(x) for x in g],
    "absent": lambda w, g: [_fold(x) for x in w] == [_fold(x) for x in g],
    "items": lambda w, g: w[0] == g[0] and _fold(w[1]) == _fold(g[1]),
    "decisions": lambda w, g: w[0] == g[0] and _has(w[1], g[1]),
    "steering_decisions": lambda w, g: w[0] == g[0] and _has(w[1], g[1]),
    "tasks": lambda w, g: w[0] == g[0] and _fold(w[1]) == _fold(g[1]) and _has(w[2], g[2]),
    "guests": lambda w, g: w[0] == g[0] and [_fold(x) for x in w[1:]] == [_fold(x) for x in g[1:]],
    "planned_meetings": lambda w, g: w == g,
    "roles": lambda w, g: _fold(w[0]) == _fold(g[0]) and w[1] == g[1],
    "themes": lambda w, g: _has(w, g),
}


def _found(minutes: ImportedMinutes) -> dict:
    items = minutes.items
    return {
        "date": minutes.day.isoformat(), "starts": _clock(minutes.starts),
        "ends": _clock(minutes.ends), "online": minutes.online,
        "minute_taker": minutes.minute_taker.name if minutes.minute_taker else None,
        "present": [[p.name, p.organisation] for p in minutes.present],
        "absent": [[p.name, p.organisation] for p in minutes.absent],
        "items": [[i.number, i.title] for i in items],
        "decisions": [[i.number, d.text] for i in items for d in i.decisions],
        "steering_decisions": [[i.number, d.text] for i in items for d in i.decisions
                               if d.for_steering_group],
        "tasks": [[t.item_number, t.owner.name, t.title] for t in minutes.tasks],
        "guests": [[i.number, g.name, g.organisation] for i in items for g in i.guests],
        "planned_meetings": [_planned(p) for p in minutes.planned],
        "roles": [[r.name, r.role] for r in minutes.roles],
        "themes": list(minutes.themes),
    }


def _clock(value) -> str | None:
    return value.strftime("%H:%M") if value else None


def _planned(planned) -> str:
    if planned.starts is None:
        return planned.day.isoformat()
    return f"{planned.day.isoformat()} {_clock(planned.starts)}-{_clock(planned.ends)}"


def total(scores: Iterable[Score]) -> float:
    scores = list(scores)
    return sum(s.correct for s in scores) / max(1, sum(s.total for s in scores))


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    for folder in SETS:
        scores = [score(path) for path in layouts(folder)]
        print(f"{folder}:")
        for each in scores:
            print(f"  {each.layout:28} {each.accuracy:6.1%}  ({each.correct}/{each.total})")
            if verbose:
                print("".join(f"      - {miss}\n" for miss in each.missed), end="")
        print(f"  {'all ' + folder:28} {total(scores):6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
