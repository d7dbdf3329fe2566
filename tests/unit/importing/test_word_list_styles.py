"""Word's list numbering given through styles, as Word and LibreOffice write "Liste med tal"
and "List Number": a paragraph numbered by its paragraph style (and the styles it is based on),
and a list whose numbering is defined through a numbering style (w:numStyleLink)."""

import docx
import pytest
from docx.oxml import parse_xml

from meetings.minutes.importing.files import read_file
from meetings.minutes.importing.reading import read_minutes
from tests.minutes_files import saved

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
LEVELS = "".join(
    f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{kind}"/>'
    f'<w:lvlText w:val="{text}"/></w:lvl>'
    for level, kind, text in ((0, "decimal", "%1."), (1, "lowerLetter", "%2)")))


def with_numbering(document, *xml: str) -> None:
    numbering = document.part.numbering_part.element
    for part in xml:
        numbering.append(parse_xml(part))


def with_style(document, xml: str) -> None:
    document.styles.element.append(parse_xml(xml))


def paragraph_style(style_id: str, name: str, num_pr: str = "", based_on: str = "") -> str:
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    ppr = f"<w:pPr><w:numPr>{num_pr}</w:numPr></w:pPr>" if num_pr else ""
    return (f'<w:style {W} w:type="paragraph" w:customStyle="1" w:styleId="{style_id}">'
            f'<w:name w:val="{name}"/>{based}{ppr}</w:style>')


def with_numbering_style(document, num_id: int, linked: bool = True) -> None:
    """A numbering style "Tal-liste" whose definition is abstractNum 70 (linked back to the
    style by w:styleLink, or only named by the style's list 70), and list `num_id` whose
    abstractNum 71 only points at the style (w:numStyleLink), as Word writes a list made from
    a list style."""
    link = '<w:styleLink w:val="Tal-liste"/>' if linked else ""
    with_numbering(
        document,
        f'<w:abstractNum {W} w:abstractNumId="70">{link}{LEVELS}</w:abstractNum>',
        f'<w:abstractNum {W} w:abstractNumId="71"><w:numStyleLink w:val="Tal-liste"/>'
        "</w:abstractNum>",
        f'<w:num {W} w:numId="70"><w:abstractNumId w:val="70"/></w:num>',
        f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="71"/></w:num>')
    with_style(document, f'<w:style {W} w:type="numbering" w:customStyle="1" '
                         'w:styleId="Tal-liste"><w:name w:val="Tal-liste"/><w:pPr><w:numPr>'
                         '<w:numId w:val="70"/></w:numPr></w:pPr></w:style>')


def numbered(paragraph, num_id: int, level: int = 0):
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id
    return paragraph


def lines_of(document) -> list[str]:
    return read_file("referat.docx", saved(document)).text.split("\n")


@pytest.mark.parametrize("linked", [True, False], ids=["style-linked", "named-by-style"])
def test_a_list_defined_through_a_numbering_style_is_numbered_as_the_style_defines(linked):
    document = docx.Document()
    with_numbering_style(document, num_id=71, linked=linked)
    numbered(document.add_paragraph("Velkommen"), 71)
    numbered(document.add_paragraph("Tema"), 71)
    numbered(document.add_paragraph("Oplæg"), 71, level=1)
    numbered(document.add_paragraph("Eventuelt"), 71)
    assert lines_of(document) == ["1. Velkommen", "2. Tema", "a) Oplæg", "3. Eventuelt"]


def test_a_paragraph_numbered_by_its_paragraph_style_takes_the_styles_list_and_level():
    """"Liste med tal" carries the list, "Liste med tal 2" its second level; "Punkt" has no
    numbering of its own and takes it from "Liste med tal", which it is based on."""
    document = docx.Document()
    with_numbering(document,
                   f'<w:abstractNum {W} w:abstractNumId="60">{LEVELS}</w:abstractNum>',
                   f'<w:num {W} w:numId="60"><w:abstractNumId w:val="60"/></w:num>')
    with_style(document, paragraph_style("Listemedtal", "Liste med tal",
                                         '<w:ilvl w:val="0"/><w:numId w:val="60"/>'))
    with_style(document, paragraph_style("Listemedtal2", "Liste med tal 2",
                                         '<w:ilvl w:val="1"/><w:numId w:val="60"/>'))
    with_style(document, paragraph_style("Punkt", "Punkt", based_on="Listemedtal"))
    document.add_paragraph("Velkommen", style="Liste med tal")
    document.add_paragraph("Tema", style="Punkt")
    document.add_paragraph("Oplæg", style="Liste med tal 2")
    document.add_paragraph("Ikke nummereret")
    document.add_paragraph("Eventuelt", style="Punkt")
    assert lines_of(document) == ["1. Velkommen", "2. Tema", "a) Oplæg", "Ikke nummereret",
                                  "3. Eventuelt"]


def test_a_paragraph_style_is_numbered_at_the_level_that_names_it():
    """Word's outline lists name each level's paragraph style (w:pStyle in the level) and
    leave the level out of the styles; "Liste med tal 2" is then the list's second level."""
    document = docx.Document()
    styled = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{kind}"/>'
        f'<w:pStyle w:val="{style}"/><w:lvlText w:val="{text}"/></w:lvl>'
        for level, kind, style, text in ((0, "decimal", "Listemedtal", "%1."),
                                         (1, "lowerLetter", "Listemedtal2", "%2)")))
    with_numbering(document,
                   f'<w:abstractNum {W} w:abstractNumId="61">{styled}</w:abstractNum>',
                   f'<w:num {W} w:numId="61"><w:abstractNumId w:val="61"/></w:num>')
    for style_id, name in (("Listemedtal", "Liste med tal"), ("Listemedtal2", "Liste med tal 2")):
        with_style(document, paragraph_style(style_id, name, '<w:numId w:val="61"/>'))
    document.add_paragraph("Velkommen", style="Liste med tal")
    document.add_paragraph("Oplæg", style="Liste med tal 2")
    document.add_paragraph("Drøftelse", style="Liste med tal 2")
    document.add_paragraph("Eventuelt", style="Liste med tal")
    assert lines_of(document) == ["1. Velkommen", "a) Oplæg", "b) Drøftelse", "2. Eventuelt"]


def test_a_paragraph_style_numbered_through_a_numbering_style_is_numbered():
    """LibreOffice's way: the paragraph style "Liste med tal" names the list, and the list's
    definition is the numbering style's."""
    document = docx.Document()
    with_numbering_style(document, num_id=72)
    with_style(document, paragraph_style("Listemedtal", "Liste med tal",
                                         '<w:numId w:val="72"/>'))
    table = document.add_table(rows=2, cols=2)
    for row, (title, notes) in zip(table.rows, (("Velkommen", "Lisbet bød velkommen."),
                                                 ("Eventuelt", "Intet.")), strict=True):
        cell = row.cells[0].paragraphs[0]
        cell.text, cell.style = title, document.styles["Liste med tal"]
        row.cells[1].text = notes
    assert lines_of(document) == ["1. Velkommen\tLisbet bød velkommen.", "2. Eventuelt\tIntet."]


def test_minutes_whose_items_are_numbered_by_a_list_style_are_read_item_by_item():
    document = docx.Document()
    with_numbering_style(document, num_id=73)
    document.add_paragraph("Referat – Netværksgruppe Børn og Unge den 29/9 2023 kl. 10.00-13.00")
    document.add_paragraph("Deltagere: Rie (Holbæk), Lisbet (Kalundborg)")
    table = document.add_table(rows=3, cols=2)
    for row, (title, notes) in zip(table.rows, (
            ("Velkommen", "Lisbet bød velkommen."),
            ("Tema Psykiatrien", "Beslutning: Vi inviterer Psykiatrien til næste møde."),
            ("Eventuelt", "Intet.")), strict=True):
        numbered(row.cells[0].paragraphs[0], 73).text = title
        row.cells[1].text = notes
    minutes = read_minutes("\n".join(lines_of(document))).minutes
    assert minutes is not None
    assert [(item.number, item.title) for item in minutes.items] == [
        (1, "Velkommen"), (2, "Tema Psykiatrien"), (3, "Eventuelt")]
