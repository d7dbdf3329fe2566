"""Files of past minutes turned into the text the reader takes: the seed saved as Word reads as
its text does, a PDF's text in reading order, text in each encoding Danish offices save in,
and a clear problem for a missing, empty, scanned, damaged or unsupported file, and for a Word
file that unpacks to far more than it is sent as."""

import dataclasses
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from meetings.minutes.importing.files import (
    DAMAGED,
    EMPTY,
    MISSING,
    NO_TEXT,
    PROBLEMS,
    UNSUPPORTED,
    UnreadableFile,
    read_file,
    read_path,
)
from meetings.minutes.importing.reading import read_minutes
from tests.minutes_files import (
    pdf_of,
    saved,
    scanned_page,
    text_page,
    with_part,
    with_picture_of_zeros,
    word_of,
)

FIXTURES = Path(__file__).parent.parent.parent / "fixtures" / "minutes"
SEPTEMBER = (FIXTURES / "network_2023_09_29.txt").read_text(encoding="utf-8")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DANISH = "Referat – Netværksgruppe Børn og Unge den 29/9 2023 kl. 10.00-13.00\nÆrø, Åbenrå\n"


def problem_of(name: str, data: bytes) -> UnreadableFile:
    with pytest.raises(UnreadableFile) as raised:
        read_file(name, data)
    return raised.value


def test_the_seed_saved_as_word_reads_as_its_text_does():
    found = read_file("2023-09-29.docx", word_of(SEPTEMBER))
    assert found.read_as == "Word"
    from_word = read_minutes(found.text).minutes
    from_text = read_minutes(SEPTEMBER).minutes
    assert from_word is not None and from_text is not None
    participants = {*from_word.present, from_word.minute_taker,
                    *(guest for item in from_word.items for guest in item.guests)}
    assert len(participants) == 18 and len(from_word.items) == 9
    # Word's heading is a heading, not a line starting "## "; all else is the same.
    assert from_word.heading == from_text.heading.removeprefix("## ")
    assert dataclasses.replace(from_word, heading=from_text.heading) == from_text


def test_a_word_cell_of_several_paragraphs_stays_one_row_with_its_lines():
    document = docx.Document()
    document.add_paragraph("Referat den 3/3 2023 kl. 10-12")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "1. Velkommen"
    table.rows[0].cells[1].text = "Lisbet bød velkommen."
    table.rows[0].cells[1].add_paragraph("Dagsordenen blev godkendt.")
    lines = read_file("referat.docx", saved(document)).text.split("\n")
    assert lines == ["Referat den 3/3 2023 kl. 10-12",
                     "1. Velkommen\tLisbet bød velkommen.<br>Dagsordenen blev godkendt."]
    item = read_minutes("\n".join(lines)).minutes.items[0]
    assert item.notes == "Lisbet bød velkommen.\nDagsordenen blev godkendt."


def test_a_merged_word_cell_is_read_once():
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    table.rows[0].cells[1].merge(table.rows[0].cells[2]).text = "Referat"
    table.rows[0].cells[0].text = "1. Velkommen"
    assert read_file("referat.docx", saved(document)).text == "1. Velkommen\tReferat"


def with_outline_list(document) -> None:
    """A list of two levels, "1." and "a)", as list 90, and list 91 the same numbered anew."""
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{kind}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for level, kind, text in ((0, "decimal", "%1."), (1, "lowerLetter", "%2)")))
    numbering = document.part.numbering_part.element
    for xml in (f'<w:abstractNum {W} w:abstractNumId="90">{levels}</w:abstractNum>',
                f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>',
                f'<w:num {W} w:numId="91"><w:abstractNumId w:val="90"/><w:lvlOverride '
                f'w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'):
        numbering.append(parse_xml(xml))


def numbered(paragraph, num_id: int, level: int = 0):
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = num_id
    return paragraph


def test_words_list_numbering_is_written_as_word_shows_it():
    document = docx.Document()
    with_outline_list(document)
    for text in ("Velkommen", "Tema"):
        document.add_paragraph(text, style="List Number")
    numbered(document.add_paragraph("Oplæg"), 90)
    numbered(document.add_paragraph("Spørgsmål"), 90, level=1)
    numbered(document.add_paragraph("Drøftelse"), 90, level=1)
    document.add_paragraph("Ikke nummereret")
    numbered(document.add_paragraph("Eventuelt"), 90)
    numbered(document.add_paragraph("Ny liste"), 91)
    document.add_paragraph("Mødedeltagere", style="List Bullet")
    table = document.add_table(rows=1, cols=2)
    cell = table.rows[0].cells[0].paragraphs[0]
    cell.text, cell.style = "Næste møde", document.styles["List Number"]
    table.rows[0].cells[1].text = "Fredag den 24/11."
    assert read_file("referat.docx", saved(document)).text.split("\n") == [
        "1. Velkommen", "2. Tema", "1. Oplæg", "a) Spørgsmål", "b) Drøftelse", "Ikke nummereret",
        "2. Eventuelt", "1. Ny liste", "Mødedeltagere", "3. Næste møde\tFredag den 24/11."]


def test_a_pdf_gives_its_lines_page_after_page():
    data = pdf_of(text_page("Referat den 29/9 2023 kl. 10.00-13.00", "Deltagere: Rie (Holbæk)"),
                  text_page("1. Velkommen (og æøå)"))
    found = read_file("referat.pdf", data)
    assert found.read_as == "PDF"
    assert found.text.split("\n") == ["Referat den 29/9 2023 kl. 10.00-13.00",
                                      "Deltagere: Rie (Holbæk)", "1. Velkommen (og æøå)"]


def test_a_scanned_pdf_without_text_has_its_own_problem():
    assert problem_of("scan.pdf", pdf_of(scanned_page(), scanned_page())).code == NO_TEXT


@pytest.mark.parametrize(("data", "read_as"), [
    (DANISH.encode("utf-8"), "UTF-8"),
    (DANISH.encode("utf-8-sig"), "UTF-8 with BOM"),
    (DANISH.encode("utf-16"), "UTF-16"),
    (b"\xfe\xff" + DANISH.encode("utf-16-be"), "UTF-16"),
    (DANISH.encode("cp1252"), "Windows-1252"),
])
def test_text_is_read_in_the_encoding_it_was_saved_in(data, read_as):
    found = read_file("referat.txt", data)
    assert (found.text, found.read_as) == (DANISH, read_as)


def test_text_with_a_byte_windows_1252_has_no_letter_for_is_latin_1():
    found = read_file("referat.md", "Møde\x81".encode("latin-1"))
    assert (found.text, found.read_as) == ("Møde\x81", "Latin-1")


@pytest.mark.parametrize("data", [b"", b" \r\n\n", "\ufeff".encode("utf-16"),
                                  "\ufeff\n".encode("utf-8")])
def test_an_empty_text_file_is_empty(data):
    assert problem_of("referat.txt", data).code == EMPTY


def test_a_word_document_without_text_is_empty():
    assert problem_of("tom.docx", saved(docx.Document())).code == EMPTY


def test_a_word_file_that_unpacks_to_more_than_50_mb_is_refused_before_it_is_read():
    bomb = with_picture_of_zeros(word_of(SEPTEMBER), 60 * 1024 * 1024)
    assert len(bomb) < 1024 * 1024  # far below the 10 MB a file may be sent as
    problem = PROBLEMS[problem_of("referat.docx", bomb).code]
    assert problem.startswith("the file unpacks to more than 50 MB, ")
    assert "save the minutes without pictures, or as a text file (.txt)" in problem


def test_a_word_file_with_pictures_of_a_few_mb_is_read():
    found = read_file("referat.docx", with_picture_of_zeros(word_of(SEPTEMBER), 5 * 1024 * 1024))
    assert read_minutes(found.text).minutes is not None


@pytest.mark.parametrize(("name", "data"), [
    ("referat.docx", b"PK\x03\x04 not really a zip"),
    ("referat.docx", DANISH.encode("utf-8")),
    ("referat.pdf", b"%PDF-1.4\n1 0 obj <<"),
    ("referat.pdf", DANISH.encode("utf-8")),
    ("referat.txt", "UTF-16 uden mærke".encode("utf-16-le")),
])
def test_a_file_that_is_not_what_its_name_says_is_damaged(name, data):
    assert problem_of(name, data).code == DAMAGED


LAUGHS = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY l0 "lol">'
          + "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
          + f"]><w:document {W}><w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body>"
          "</w:document>")
TABLE = f"<w:document {W}><w:body><w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr>%s</w:tr>" \
        "</w:tbl></w:body></w:document>"


@pytest.mark.parametrize(("part", "xml"), [
    pytest.param("word/document.xml", "<w:document", id="cut off"),
    pytest.param("word/document.xml", "", id="empty"),
    # lxml stops a billion laughs at its amplification limit
    pytest.param("word/document.xml", LAUGHS, id="billion laughs"),
    pytest.param("word/document.xml", "<html><body>Referat</body></html>", id="not Word's XML"),
    pytest.param("word/document.xml", f"<w:document {W}/>", id="no body"),
    pytest.param("word/document.xml",
                 TABLE % '<w:tc><w:tcPr><w:gridSpan w:val="to"/></w:tcPr><w:p/></w:tc>',
                 id="a span that is no number"),
    pytest.param("word/document.xml", TABLE % "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>",
                 id="a merge with no row above"),
    pytest.param("word/_rels/document.xml.rels", "<Relationships", id="relationships"),
    pytest.param("[Content_Types].xml", "<Types", id="content types"),
    pytest.param("word/styles.xml", "<w:styles", id="styles"),
])
def test_a_word_file_whose_xml_is_broken_is_damaged(part, xml):
    problem = problem_of("referat.docx", with_part(word_of(SEPTEMBER), part, xml.encode()))
    assert (problem.code, problem.detail) == (DAMAGED, "not a Word document")


@pytest.mark.parametrize("name", ["referat.xlsx", "referat.png", "referat.doc", "referat"])
def test_other_kinds_of_file_are_not_supported(name, tmp_path):
    (tmp_path / name).write_bytes(b"\x89PNG data")
    with pytest.raises(UnreadableFile) as raised:
        read_path(tmp_path / name)
    assert raised.value.code == UNSUPPORTED
    assert ".docx" in PROBLEMS[UNSUPPORTED]


def test_a_missing_file_is_missing_whatever_its_name(tmp_path):
    for name in ("referat.txt", "referat.xlsx"):
        with pytest.raises(UnreadableFile) as raised:
            read_path(tmp_path / name)
        assert raised.value.code == MISSING


def test_a_file_on_disk_is_read_by_its_name(tmp_path):
    path = tmp_path / "REFERAT.TXT"
    path.write_bytes(DANISH.encode("cp1252"))
    assert read_path(path).read_as == "Windows-1252"
