"""A sheet as Markdown: a heading, paragraphs, a pipe table whose cells keep their breaks, and
the paragraphs after it."""

import re

from meetings.documents.sheet import Row, Sheet

# Characters that Markdown would read as formatting or as the table's own pipes.
_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def markdown_of(sheet: Sheet) -> str:
    head, rule = _table_line(sheet.columns), "| --- | --- |"
    parts = [f"# {escape(sheet.heading)}", *(escape(line) for line in sheet.lines),
             "\n".join([head, rule, *(_row(row) for row in sheet.rows)]),
             *(escape(line) for line in sheet.closing)]
    return "\n\n".join(parts) + "\n"


def escape(text: str) -> str:
    """User text shown as written: no stray bold, links or broken table cells."""
    return _SPECIAL.sub(r"\\\1", text.strip())


def _row(row: Row) -> str:
    paragraphs = (_cell(paragraph) for paragraph in row.paragraphs)
    return f"| **{escape(row.label)}** | {'<br>'.join(paragraphs)} |"


def _cell(paragraph: str) -> str:
    # A table cell is one line: the paragraph's own line breaks become <br>.
    return "<br>".join(escape(line) for line in paragraph.splitlines() if line.strip())


def _table_line(columns: tuple[str, str]) -> str:
    return f"| {escape(columns[0])} | {escape(columns[1])} |"
