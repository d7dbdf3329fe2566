"""An agenda item written as one line of chat: "Plejefamilier – rekruttering, 20 min, Lotte".

The parts are separated by commas. A part like "20 min" is the length; what comes before it
is the title (commas in a title are kept) and what comes after it the presenter. Without a
length, a short last part that looks like a name (one to three capitalised words) is the
presenter, and the rest is the title.
"""

import re
from dataclasses import dataclass

from meetings.common.mentions import as_names

_MINUTES = re.compile(r"(\d{1,3})\s*(?:min(?:\.|ut(?:ter|es?))?|m)", re.IGNORECASE)
_NAME = re.compile(r"[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,2}")


@dataclass(frozen=True)
class ItemLine:
    title: str
    minutes: int | None = None
    presenter: str | None = None


def parse_item_line(text: str) -> ItemLine | None:
    """The item the line describes, or None when it has no title. A presenter @mentioned
    ("…, 20 min, @Daniel Gottrup") is kept by name."""
    text = as_names(text)
    parts = [part.strip() for part in text.split(",")]
    lengths = [i for i, part in enumerate(parts) if _MINUTES.fullmatch(part)]
    if lengths:
        at = lengths[0]
        title, rest = ", ".join(parts[:at]), ", ".join(p for p in parts[at + 1:] if p)
        minutes = int(_MINUTES.fullmatch(parts[at]).group(1))
        return _line(title, minutes, rest)
    if len(parts) > 1 and _NAME.fullmatch(parts[-1]):
        return _line(", ".join(parts[:-1]), None, parts[-1])
    return _line(text.strip(), None, "")


def _line(title: str, minutes: int | None, presenter: str) -> ItemLine | None:
    title = title.strip(" ,:-–")
    if not title:
        return None
    return ItemLine(title=title, minutes=minutes, presenter=presenter.strip() or None)
