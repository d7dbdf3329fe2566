"""An agenda item written as one line of chat: "Plejefamilier – rekruttering, 20 min, Lotte".

The parts are separated by commas. A part like "20 min" is the length; what comes before it
is the title (commas in a title are kept) and what comes after it the presenter. Without a
length, a short last part that looks like a name (one to three capitalised words) is the
presenter, and the rest is the title.

A length is written in minutes ("20 min", "30 mins", "45 minutter") or hours ("1 time",
"1½ time", "1,5 timer", "en halv time", "1 hour", "half an hour"), perhaps after "ca." or
"about", perhaps in brackets; a bracketed length may also end the title ("Budget (20 min)").
"""

import re
from dataclasses import dataclass

from meetings.common.mentions import as_names

_ABOUT = r"(?:(?:ca\.?|cirka|omkring|about|approx\.?|approximately)\s+)?"
_MINUTES = r"(?P<minutes>\d{1,3})\s*(?:min(?:s|\.|ut(?:ter|es?))?|m)"
_HOURS = (r"(?P<hours>\d{1,2}(?:[,.]5|½)?|½|en|et|an|one|halvanden"
          r"|(?:en\s+|a\s+)?(?P<half>halv|half))\s*(?:an\s+)?(?:timer?|t|hours?|h)")
_LENGTH = re.compile(rf"\(?\s*{_ABOUT}(?:{_MINUTES}|{_HOURS})\s*\)?", re.IGNORECASE)
_BRACKETED = re.compile(rf"(?P<title>.*\S)\s*(?P<length>\({_ABOUT}(?:{_MINUTES}|{_HOURS})\))",
                        re.IGNORECASE)
_WORD_HOURS = {"½": 0.5, "en": 1, "et": 1, "an": 1, "one": 1, "halvanden": 1.5}
_NAME = re.compile(r"[A-ZÆØÅ][\w.-]*(?:\s+[A-ZÆØÅ][\w.-]*){0,2}")


@dataclass(frozen=True)
class ItemLine:
    title: str
    minutes: int | None = None
    presenter: str | None = None


# A line that starts an item of its own: a list's bullet or number, or "punkt:" again.
_ANOTHER_ITEM = re.compile(r"^\s*(?:[•●○◦▪▫■‣⁃∙·*–—-]|\d{1,2}[.)]|(?:punkt|item)\s*:)\s*",
                           re.IGNORECASE)


@dataclass(frozen=True)
class ItemText:
    """An item written over several lines: the item on the first, what it is about under it.
    `several` when the lines read as a list of items rather than one item."""

    line: ItemLine | None
    description: str
    several: bool


def parse_item_text(text: str) -> ItemText:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    first, under = (lines[0], lines[1:]) if lines else ("", [])
    several = bool(under) and any(_ANOTHER_ITEM.match(line) for line in lines)
    return ItemText(parse_item_line(_ANOTHER_ITEM.sub("", first, count=1) if several else first),
                    "\n".join(under), several)


def parse_item_line(text: str) -> ItemLine | None:
    """The item the line describes, or None when it has no title. A presenter @mentioned
    ("…, 20 min, @Daniel Gottrup") is kept by name."""
    text = as_names(text)
    parts = _parts(text)
    lengths = [i for i, part in enumerate(parts) if _LENGTH.fullmatch(part)]
    if lengths:
        at = lengths[0]
        title, rest = ", ".join(parts[:at]), ", ".join(p for p in parts[at + 1:] if p)
        return _line(title, _minutes(_LENGTH.fullmatch(parts[at])), rest)
    if len(parts) > 1 and _NAME.fullmatch(parts[-1]):
        return _line(", ".join(parts[:-1]), None, parts[-1])
    return _line(text.strip(), None, "")


def _parts(text: str) -> list[str]:
    """The comma-separated parts, a length bracketed after a part its own part; "1,5 timer"
    is one part."""
    parts = [part.strip() for part in re.split(r",(?!5\s*(?:timer?|t|h)\b)", text)]
    split = []
    for part in parts:
        bracketed = _BRACKETED.fullmatch(part)
        split += [bracketed["title"], bracketed["length"]] if bracketed else [part]
    return split


def _minutes(length: re.Match) -> int:
    if length["minutes"]:
        return int(length["minutes"])
    if length["half"]:
        return 30
    hours = length["hours"].casefold()
    if hours in _WORD_HOURS:
        return round(_WORD_HOURS[hours] * 60)
    whole = hours.rstrip("½").replace(",", ".")
    return round((float(whole) + (0.5 if hours.endswith("½") else 0)) * 60)


def _line(title: str, minutes: int | None, presenter: str) -> ItemLine | None:
    title = title.strip(" ,:-–")
    if not title:
        return None
    return ItemLine(title=title, minutes=minutes, presenter=presenter.strip() or None)
