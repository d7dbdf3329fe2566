"""Where the agenda items of past minutes are, whatever their numbering: "1.", "1)", "Ad 1",
"Punkt 1", "Item 1", a Markdown or Word heading. The first item numbered 1 sets the style, and
only the next number in that style starts the next item, so a date inside an item ("14. maj")
stays in it, as does a list numbered from 1 in the item's own style. A table flattened by a
PDF export ("Dagsordenspunkt Referat" without a tab) has title and referat on one line; they
are split. Closing items a table left without a number ("Eventuelt", "Evt.", "Næste møde")
follow the last numbered one."""

import re
from dataclasses import dataclass

from meetings.minutes.importing.html import plain

_STYLES = {
    "punkt": r"(?:punkt|pkt\.?)\s*(?P<n>\d{1,2})(?!\d)\s*[.):]?",
    "ad": r"ad\s+(?P<n>\d{1,2})(?!\d)\s*[.):]?",
    "item": r"(?:agenda\s+)?item\s+(?P<n>\d{1,2})(?!\d)\s*[.):]?",
    "dot": r"(?P<n>\d{1,2})\.(?!\d)",
    "bracket": r"(?P<n>\d{1,2})\)",
}
_HEADINGS = {style: re.compile(r"^[#\s]*(?:\*\*)?\s*" + pattern
                               + r"\s*[–—:-]?\s+(?P<title>\S.*?)(?:\*\*)?\s*$", re.IGNORECASE)
             for style, pattern in _STYLES.items()}
_CLOSING = re.compile(r"^(?:(?:med\s+)?venlig\s+hilsen|mvh\b|vh\b|hilsen\b|(?:kind|best)\s+"
                      r"regards|regards\b)", re.IGNORECASE)
_FLATTENED = re.compile(r"^(?:dagsordens)?punkt\s+(?:referat|bemærkning)", re.IGNORECASE)
# Closing items a table may leave without a number: "Eventuelt", "Evt.", "Næste møde".
_CLOSING_ITEM = re.compile(r"^(?P<title>eventuelt|evt\.?|næste\s+møde)\s*:?(?:\s+(?P<rest>\S.*))?$",
                           re.IGNORECASE)
_SMALL_WORDS = frozenset(
    "af i og om på til fra med for ved den det de en et the of and to in on at for with".split())
_TITLE_END = re.compile(r"[.:!?]$")


@dataclass
class Heading:
    index: int  # of the line in the file's lines
    number: int
    title: str
    rest: str = ""  # the referat that followed on the heading's line (a flattened table)
    title_lines: int = 1  # a title broken over lines ends on line `index`


def headings_in(lines: list[tuple[int, str]]) -> list[Heading]:
    """The item headings in the style of the first item numbered 1; none when there is none."""
    style, start = _style(lines)
    if style is None:
        return []
    pattern, found, listed = _HEADINGS[style], [], 0
    for index in range(start, len(lines)):
        text = lines[index][1]
        match = pattern.match(plain(text)) if "\t" not in text else None
        expected = found[-1].number + 1 if found else 1
        number = int(match["n"]) if match else None
        if found and number in (1, listed + 1):  # a list in the item: "1. …", "2. …"
            listed = number
        elif number == expected:
            listed = 0
            found.append(Heading(index, expected, match["title"]))
        elif found and index == found[-1].index + 1 and _continues(found[-1].title, text):
            found[-1].title += " " + plain(text)
            listed = 0
            found[-1].index, found[-1].title_lines = index, found[-1].title_lines + 1
        else:
            listed = 0
    return found


def closing_items(lines: list[tuple[int, str]], headings: list[Heading],
                  flattened: bool) -> list[Heading]:
    """Closing items without a number after the last numbered one: a title alone on its line,
    or in a flattened table the title and its referat, unless a sentence goes on after the
    word ("Eventuelt kan Ringsted være vært.")."""
    found: list[Heading] = []
    for index in range(headings[-1].index + 1 if headings else len(lines), len(lines)):
        text = lines[index][1]
        match = _CLOSING_ITEM.match(plain(text)) if "\t" not in text else None
        rest = (match["rest"] or "") if match else ""
        last = (found or headings)[-1]
        if match and (not rest or flattened and not rest[0].islower()) \
                and match["title"].casefold() not in last.title.casefold():
            found.append(Heading(index, last.number + 1, match["title"], rest))
    return found


def _style(lines: list[tuple[int, str]]) -> tuple[str | None, int]:
    for index, (_, text) in enumerate(lines):
        if "\t" in text:
            continue
        for style, pattern in _HEADINGS.items():
            match = pattern.match(plain(text))
            if match and int(match["n"]) == 1:
                return style, index
    return None, len(lines)


def _continues(title: str, text: str) -> bool:
    """A title broken over two lines: the next line starts with a small letter."""
    text = plain(text)
    return bool(text) and text[0].islower() and not _TITLE_END.search(title)


def is_heading_line(text: str) -> bool:
    return any(pattern.match(plain(text)) for pattern in _HEADINGS.values())


def closing_at(lines: list[tuple[int, str]], start: int) -> int:
    """Where an e-mail's greeting ("Venlig hilsen") ends the items; the end when none does."""
    for index in range(start, len(lines)):
        if _CLOSING.match(plain(lines[index][1])):
            return index
    return len(lines)


def flattened(lines: list[tuple[int, str]]) -> bool:
    return any(_FLATTENED.match(plain(text)) for _, text in lines if "\t" not in text)


def split_title(title: str, names: list[str]) -> tuple[str, str]:
    """"Nyt fra kommunerne Runde blandt …" → the title and the referat: the referat starts with
    a participant's name, else at the first capital after a word that is not a small word."""
    words = title.split(" ")
    for index in range(1, len(words)):
        rest = " ".join(words[index:])
        if any(rest.startswith(name + " ") for name in names):
            return " ".join(words[:index]), rest
    for index in range(1, len(words)):
        before, word = words[index - 1], words[index]
        if word[:1].isupper() and before[:1].islower() and before not in _SMALL_WORDS:
            return " ".join(words[:index]), " ".join(words[index:])
    if ". " in title:  # "Evt. Intet."
        head, _, tail = title.partition(". ")
        return head + ".", tail
    return title, ""
