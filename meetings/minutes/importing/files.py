"""A file of past minutes as the text the reader takes: Word, PDF, or text in its encoding."""

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
import pypdf
from docx.exceptions import PythonDocxError
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.exceptions import XmlchemyError
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError
from pypdf.errors import PyPdfError

from meetings.common.i18n import N_
from meetings.minutes.importing.word.list_numbers import ListNumbers

MISSING, EMPTY, NO_TEXT, UNSUPPORTED, DAMAGED, UNPACKS_TOO_LARGE = (
    "missing", "empty", "no_text", "unsupported", "damaged", "unpacks_too_large")
TEXT_SUFFIXES = (".txt", ".md")
SUFFIXES = (".docx", ".pdf", *TEXT_SUFFIXES)

PROBLEMS = {
    MISSING: N_("the file does not exist"),
    EMPTY: N_("the file is empty"),
    NO_TEXT: N_("the PDF has no text, only images (a scan?); run text recognition (OCR) on "
                "it, or import the minutes as .docx"),
    UNSUPPORTED: N_("only Word (.docx), PDF (.pdf) and text (.txt, .md) files can be imported; "
                    "save it as .docx, for example"),
    DAMAGED: N_("the file cannot be opened as the kind its name says"),
    UNPACKS_TOO_LARGE: N_("the file unpacks to more than 50 MB, far more than minutes need; "
                          "save the minutes without pictures, or as a text file (.txt), and "
                          "import that"),
}

# A .docx is a zip, and python-docx unpacks every part a relationship names into memory: a
# file of 0.5 MB on the wire can hold gigabytes of zeros. Minutes, pictures and all, unpack to
# a few MB; the limit is the sum of the sizes the zip declares, which zipfile never reads past.
# UNPACKS_TOO_LARGE's text names it.
MAX_UNPACKED_BYTES = 50 * 1024 * 1024

# What opening and walking a damaged .docx raises: a zip that is none, a part missing, XML
# that is not well-formed (or expands entities past lxml's limit), and, since python-docx
# takes the schema for granted, well-formed XML of another shape: an element missing
# (AttributeError) or a value that is no number (ValueError).
_NOT_WORD = (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError,
             PythonDocxError, XmlchemyError, AttributeError)

# Tried in this order, without guessing: a byte-order mark says what it is; text without one
# that is valid UTF-8 is UTF-8 (other encodings of Danish letters rarely are); anything else
# is what Windows' Notepad and Word's "save as text" wrote before UTF-8, Windows-1252, or,
# for the five bytes that has no letter for, Latin-1.
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig", "UTF-8 with BOM"),
         (b"\xff\xfe", "utf-16", "UTF-16"), (b"\xfe\xff", "utf-16", "UTF-16"))
_WITHOUT_BOM = (("utf-8", "UTF-8"), ("cp1252", "Windows-1252"), ("latin-1", "Latin-1"))


class UnreadableFile(Exception):
    """A file that gives no text to import; `code` is one of PROBLEMS, `detail` says more."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code, detail)
        self.code, self.detail = code, detail


@dataclass(frozen=True)
class MinutesFile:
    text: str
    read_as: str  # "Word", "PDF", or the text's encoding ("UTF-8", "Windows-1252", …)


def read_path(path: Path) -> MinutesFile:
    """The text of the file at `path`; UnreadableFile when there is none to import."""
    if not path.is_file():
        raise UnreadableFile(MISSING)
    if path.suffix.casefold() not in SUFFIXES:
        raise UnreadableFile(UNSUPPORTED, path.suffix or path.name)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableFile(DAMAGED, error.strerror or str(error)) from error
    return read_file(path.name, data)


def read_file(name: str, data: bytes) -> MinutesFile:
    """The text of a file named `name` holding `data`, by the kind its name ends with."""
    suffix = Path(name).suffix.casefold()
    if suffix not in SUFFIXES:
        raise UnreadableFile(UNSUPPORTED, suffix or name)
    if not data.strip():
        raise UnreadableFile(EMPTY)
    if suffix == ".docx":
        found = MinutesFile("\n".join(word_lines(data)), "Word")
    elif suffix == ".pdf":
        found = MinutesFile(pdf_text(data), "PDF")
    else:
        found = MinutesFile(*decoded(data))
    if not found.text.strip():
        raise UnreadableFile(EMPTY)
    return found


def decoded(data: bytes) -> tuple[str, str]:
    """The text and the name of the encoding it was read in."""
    for mark, codec, name in _BOMS:
        if data.startswith(mark):
            try:
                return _text(data.decode(codec)), name
            except UnicodeDecodeError as error:
                raise UnreadableFile(DAMAGED, f"not {name}: {error.reason}") from error
    for codec, name in _WITHOUT_BOM:
        try:
            return _text(data.decode(codec)), name
        except UnicodeDecodeError:
            continue
    raise AssertionError("Latin-1 decodes every byte")


def _text(text: str) -> str:
    if "\x00" in text:  # UTF-16 without its mark, or not text at all
        raise UnreadableFile(DAMAGED, "not text")
    return text.removeprefix("\ufeff")


def word_lines(data: bytes) -> list[str]:
    """Paragraphs and headings in order, each table row as its cells joined by tabs, as Word's
    "save as text" writes them; a cell's own paragraphs are kept apart by <br>, which the
    reader turns back into lines, so a row stays one line."""
    try:
        _refuse_if_unpacked_too_large(zipfile.ZipFile(io.BytesIO(data)))
        return _blocks_as_lines(docx.Document(io.BytesIO(data)))
    except _NOT_WORD as error:
        raise UnreadableFile(DAMAGED, "not a Word document") from error


def _blocks_as_lines(document) -> list[str]:
    lines: list[str] = []
    numbers = ListNumbers(document)
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(numbers.text(block))
        elif isinstance(block, Table):
            lines += [_row(row, numbers) for row in block.rows]
    return lines


def _refuse_if_unpacked_too_large(package: zipfile.ZipFile) -> None:
    if sum(info.file_size for info in package.infolist()) > MAX_UNPACKED_BYTES:
        raise UnreadableFile(UNPACKS_TOO_LARGE)


def _row(row, numbers: ListNumbers) -> str:
    cells, seen = [], set()
    for cell in row.cells:  # a merged cell is given once per column it spans
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            texts = [numbers.text(p) for p in cell.paragraphs]  # every one counts in its list
            cells.append("<br>".join(t for t, p in zip(texts, cell.paragraphs, strict=True)
                                     if p.text.strip()))
    return "\t".join(cells)


def pdf_text(data: bytes) -> str:
    """Each page's text in reading order, line by line; NO_TEXT for a scan."""
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableFile(DAMAGED, "protected by a password")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PyPdfError, ValueError, KeyError, TypeError) as error:
        raise UnreadableFile(DAMAGED, "not a PDF") from error
    if not pages:
        raise UnreadableFile(EMPTY)
    if not any(page.strip() for page in pages):
        raise UnreadableFile(NO_TEXT)
    return "\n".join(pages)
