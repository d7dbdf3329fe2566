"""A sheet as a Word document (python-docx): heading, paragraphs, a "Dagsordenspunkt | Referat"
table with the item in bold, as the groups' own minutes are laid out."""

from io import BytesIO

from docx import Document
from docx.shared import Pt

from meetings.documents.sheet import Row, Sheet


def docx_of(sheet: Sheet) -> bytes:
    document = Document()
    document.styles["Normal"].font.size = Pt(10)
    document.core_properties.title = sheet.heading  # what Word and Teams' preview show as its name
    document.add_heading(sheet.heading, level=1)
    for line in sheet.lines:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    for cell, title in zip(table.rows[0].cells, sheet.columns, strict=True):
        cell.paragraphs[0].add_run(title).bold = True
    for row in sheet.rows:
        _add_row(table, row)
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def _add_row(table, row: Row) -> None:
    label, text = table.add_row().cells
    label.paragraphs[0].add_run(row.label).bold = True
    paragraphs = [line for paragraph in row.paragraphs for line in paragraph.splitlines()
                  if line.strip()] or [""]
    text.paragraphs[0].add_run(paragraphs[0])
    for line in paragraphs[1:]:
        text.add_paragraph(line)
