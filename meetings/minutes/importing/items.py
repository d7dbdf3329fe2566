"""The agenda items of past minutes with their referat: rows of a table ("<b>1. Title</b>",
a tab, the referat) that may run over several lines, or numbered headings (layout.py) over
paragraphs. "Beslutning:" and "Konklusion:" become the item's decision."""

import re
from dataclasses import dataclass, field

from meetings.minutes.importing.decisions import decisions_of, unwrapped
from meetings.minutes.importing.found import (
    DUPLICATE_ITEM,
    ROW_NOT_PLACED,
    TEXT_TOO_LONG,
    ImportedItem,
    ImportProblem,
)
from meetings.minutes.importing.html import bold_parts, plain, text_lines, without_bold
from meetings.minutes.importing.layout import Heading

MAX_TITLE, MAX_TEXT = 300, 10_000  # minutes_entries.title; meetings/minutes/recording.py's MAX_TEXT
_EXCERPT = 80
_NUMBERED = re.compile(
    r"^(?:punkt\s+|pkt\.?\s*)?(?P<number>\d{1,2})\s*[.)](?!\d)\s*(?P<title>\S.*)$",
    re.IGNORECASE)
_OTHER_BUSINESS = re.compile(r"^(?:eventuelt|evt\.?|næste\s+møde)\s*:?$", re.IGNORECASE)
_TABLE_HEADER = re.compile(r"^(?:dagsordenspunkt|dagsorden|punkt(?!\s*\d))\b",
                           re.IGNORECASE)
_SECTION = re.compile(
    r"^(?P<label>beslutning|konklusion|besluttet|decision|resumé|resume|indstilling"
    r"|sagsfremstilling|bilag|baggrund)(?:\s*:\s*(?P<rest>.*)|\s*)$", re.IGNORECASE)
_DECISION = ("beslutning", "konklusion", "besluttet", "decision")
_PART = re.compile(r"^[A-Z]\)\s")  # "A) Evaluering af …": a part of the item, a new section
_TITLE_EDGES = " \t:;,-–—"


@dataclass
class Row:
    line: int
    left: str
    right: str | None = None  # None until the row's tab is read

    @staticmethod
    def numbered(text: str) -> bool:
        return _NUMBERED.match(text) is not None


@dataclass
class _Draft:
    number: int
    title: str
    lines: list[str] = field(default_factory=list)


def heading_of(markup: str) -> tuple[int | None, str]:
    """The number and title of an agenda cell: bold parts are the title, the rest a remark."""
    bolds = bold_parts(markup)
    if bolds and (match := _NUMBERED.match(bolds[0])):
        return int(match["number"]), " – ".join([match["title"], *bolds[1:]]).strip(_TITLE_EDGES)
    text = plain(markup)
    if match := _NUMBERED.match(text):
        return int(match["number"]), match["title"].strip(_TITLE_EDGES)
    return None, text


def item_rows(lines: list[tuple[int, str]], problems: list[ImportProblem]) -> list[Row]:
    """Physical lines joined into rows: a line without a tab continues the row before it,
    unless it starts the next numbered item (a title broken over lines)."""
    rows: list[Row] = []
    expected = 1
    for number, raw in lines:
        if not raw.strip():
            continue
        if "\t" in raw:
            left, right = raw.split("\t", 1)
            if rows and rows[-1].right is None and heading_of(left)[0] is None:
                rows[-1].left += " " + left
                rows[-1].right = right.replace("\t", " ")
            else:
                rows.append(Row(number, left, right.replace("\t", " ")))
        elif heading_of(raw)[0] == expected:
            rows.append(Row(number, raw))
        elif rows:
            last = rows[-1]
            if last.right is None:
                last.left += " " + raw
            else:
                last.right += " " + raw
        else:
            problems.append(ImportProblem(ROW_NOT_PLACED, number, _short(plain(raw))))
            continue
        found = heading_of(rows[-1].left)[0]
        expected = found + 1 if found is not None else expected
    return rows


def items_of_rows(rows: list[Row], problems: list[ImportProblem]) -> list[ImportedItem]:
    drafts: list[_Draft] = []
    for row in rows:
        number, title = heading_of(row.left)
        referat = text_lines(row.right or "")
        left = plain(without_bold(row.left)) if number is not None else title
        remark = text_lines(without_bold(row.left)) if bold_parts(row.left) else []
        if number is None and _OTHER_BUSINESS.match(title):
            number = (drafts[-1].number if drafts else 0) + 1
            title, remark = title.strip(_TITLE_EDGES), []
        if number is not None:
            if any(draft.number == number for draft in drafts):
                problems.append(ImportProblem(DUPLICATE_ITEM, row.line, _short(title)))
                continue
            drafts.append(_Draft(number, title, remark + referat))
        elif _TABLE_HEADER.match(left) and not drafts:
            continue
        elif drafts and (not left or referat):
            drafts[-1].lines += [left] * bool(left) + referat
        else:
            problems.append(ImportProblem(ROW_NOT_PLACED, row.line, _short(left)))
    return [_item(draft, problems) for draft in drafts]


def items_of_headings(lines: list[tuple[int, str]], headings: list[Heading],
                      problems: list[ImportProblem]) -> list[ImportedItem]:
    """Each heading's item: its title, the referat on its line and the lines up to the next."""
    drafts: list[_Draft] = []
    for index, heading in enumerate(headings):
        end = headings[index + 1].index if index + 1 < len(headings) else len(lines)
        end = min(end, _title_start(headings, index + 1, lines))
        body = [heading.rest] * bool(heading.rest) + [
            line for _, raw in lines[heading.index + 1:end]
            for line in text_lines(raw.replace("\t", " | "))]
        drafts.append(_Draft(heading.number, heading.title.strip(_TITLE_EDGES), unwrapped(body)))
    return [_item(draft, problems) for draft in drafts]


def _title_start(headings: list[Heading], index: int, lines: list) -> int:
    """The first line of a heading whose title runs over lines (its index is the last)."""
    if index >= len(headings):
        return len(lines)
    heading = headings[index]
    return heading.index - heading.title_lines + 1


def _item(draft: _Draft, problems: list[ImportProblem]) -> ImportedItem:
    """Decision lines apart from the notes: a "Beslutning:" line, or the section under a
    "Beslutning" heading up to the next heading."""
    notes, decision, in_decision = [], [], False
    for line in draft.lines:
        section = _SECTION.match(line)
        if section and section["label"].casefold() in _DECISION:
            if section["rest"]:
                decision.append(section["rest"])
            in_decision = not section["rest"]
            continue
        if section or _PART.match(line):
            in_decision = False
        (decision if in_decision else notes).append(line)
    label = f"{draft.number}. {draft.title}"
    return ImportedItem(draft.number, _limited(draft.title, MAX_TITLE, label, problems),
                        _limited("\n".join(notes), MAX_TEXT, label, problems),
                        _limited("\n".join(decision), MAX_TEXT, label, problems) or None,
                        decisions=decisions_of(notes, "\n".join(decision)))


def _limited(text: str, limit: int, label: str, problems: list[ImportProblem]) -> str:
    if len(text) <= limit:
        return text
    problems.append(ImportProblem(TEXT_TOO_LONG, None, _short(label)))
    return text[: limit - 1].rstrip() + "…"


def _short(text: str) -> str:
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1].rstrip() + "…"
