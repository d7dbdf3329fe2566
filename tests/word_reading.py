"""What a Word file says about itself: its paper, its language and its properties."""

from datetime import datetime

from docx.document import Document
from docx.oxml.ns import qn


def assert_danish_a4(document: Document, title: str, author: str, made: datetime) -> None:
    """A4 paper, Danish as the language Word checks the text in, and properties that name the
    group and the day it was made, not python-docx's template."""
    for section in document.sections:
        assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    languages = {lang.get(qn("w:val")) for lang in document.styles.element.iter(qn("w:lang"))}
    assert languages == {"da-DK"}
    properties = document.core_properties
    assert (properties.title, properties.author, properties.language) == (title, author, "da-DK")
    assert properties.created == properties.modified == made
    assert "python-docx" not in (properties.comments + properties.last_modified_by)
