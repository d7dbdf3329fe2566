"""A file of past minutes as the text the reader takes: Word, PDF, or text in its encoding."""

import functools
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
import pypdf
from docx.exceptions import PythonDocxError
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.exceptions import XmlchemyError
from docx.oxml.ns import nsmap, qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml.etree import XMLSyntaxError, XPath
from pypdf.errors import PyPdfError

from meetings.common.i18n import N_

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


class ListNumbers:
    """The number Word shows before a paragraph of its automatic numbering ("List Number", a
    numbered heading), which the paragraph's text lacks: counted per list and level in the
    order the paragraphs come, and written as the level's text ("%1." gives "3."), as Word's
    "save as text" writes it, but with a space after it, not a tab, so that a numbered title in
    a table cell stays in its cell. Bullets are left out, as they always were."""

    def __init__(self, document) -> None:
        numbering = document.part.numbering_part.element if _has_numbering(document) else None
        self._levels = _levels(numbering) if numbering is not None else {}
        self._counts: dict[str, dict[int, int]] = {}

    def text(self, paragraph: Paragraph) -> str:
        num_id, level = _list_of(paragraph)
        levels = self._levels.get(num_id, {})
        if level not in levels:
            return paragraph.text
        counts = self._counts.setdefault(num_id, {})
        counts[level] = counts[level] + 1 if level in counts else levels[level][0]
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]  # a sub-list starts again under its next parent
        fmt, label = levels[level][1], levels[level][2]
        if fmt == "bullet" or not label:
            return paragraph.text
        for k in range(level + 1):
            start, kind, _ = levels.get(k, (1, "decimal", ""))
            label = label.replace(f"%{k + 1}", _formatted(counts.get(k, start), kind))
        return f"{label} {paragraph.text}".strip() if paragraph.text.strip() else paragraph.text


def _has_numbering(document) -> bool:
    return any(rel.reltype.endswith("/numbering") for rel in document.part.rels.values())


def _levels(numbering) -> dict[str, dict[int, tuple[int, str, str]]]:
    """Each list (w:num) with its levels' start, number format and text, overrides applied."""
    abstract = {a.get(qn("w:abstractNumId")): _level_table(_xpath(a, "./w:lvl"))
                for a in _xpath(numbering, "./w:abstractNum")}
    lists = {}
    for num in _xpath(numbering, "./w:num"):
        levels = dict(abstract.get(_value(num, "./w:abstractNumId"), {}))
        for override in _xpath(num, "./w:lvlOverride"):
            level = int(override.get(qn("w:ilvl"), "0"))
            levels.update(_level_table(_xpath(override, "./w:lvl")))
            if (start := _value(override, "./w:startOverride")) is not None and level in levels:
                levels[level] = (int(start), *levels[level][1:])
        lists[num.get(qn("w:numId"))] = levels
    return lists


def _level_table(lvls) -> dict[int, tuple[int, str, str]]:
    return {int(lvl.get(qn("w:ilvl"), "0")): (int(_value(lvl, "./w:start") or 1),
                                              _value(lvl, "./w:numFmt") or "decimal",
                                              _value(lvl, "./w:lvlText") or "")
            for lvl in lvls}


def _xpath(element, path: str) -> list:
    return _compiled(path)(element)


@functools.cache
def _compiled(path: str) -> XPath:
    return XPath(path, namespaces={"w": nsmap["w"]})


def _value(element, path: str) -> str | None:
    found = _xpath(element, f"{path}/@w:val")
    return found[0] if found else None


def _list_of(paragraph: Paragraph) -> tuple[str | None, int]:
    """The paragraph's list and level: its own w:numPr, else its style's (or the style it is
    based on); list "0" is none."""
    num_id = _value(paragraph._p, "./w:pPr/w:numPr/w:numId")
    level = _value(paragraph._p, "./w:pPr/w:numPr/w:ilvl")
    style = paragraph.style if num_id is None or level is None else None
    while style is not None and (num_id is None or level is None):
        num_id = num_id or _value(style.element, "./w:pPr/w:numPr/w:numId")
        level = level or _value(style.element, "./w:pPr/w:numPr/w:ilvl")
        style = style.base_style
    return (None if num_id == "0" else num_id), int(level or 0)


def _formatted(number: int, kind: str) -> str:
    if kind in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)
        return letter if kind == "lowerLetter" else letter.upper()
    if kind in ("lowerRoman", "upperRoman"):
        roman = _roman(number)
        return roman.lower() if kind == "lowerRoman" else roman
    if kind == "decimalZero":
        return f"{number:02d}"
    return str(number)  # decimal, and any other format read as it


def _roman(number: int) -> str:
    digits = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
              (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    roman = ""
    for value, letters in digits:
        count, number = divmod(number, value)
        roman += letters * count
    return roman


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
