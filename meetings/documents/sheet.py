"""What a document says, before it is Markdown or Word: a heading, lines, a two-column table.

The referat and the agenda are both this shape in the seed minutes, so one value serves both
and each renderer is written once.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One table row: the item's number and title (bold), then its paragraphs."""

    label: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Sheet:
    heading: str
    lines: tuple[str, ...]  # the paragraphs between the heading and the table
    columns: tuple[str, str]
    rows: tuple[Row, ...]
    author: str = ""  # the group whose document it is
    language: str = "da"
    closing: tuple[str, ...] = ()  # the paragraphs after the table ("Næste møde: …")
