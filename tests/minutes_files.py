"""Past minutes as the files people keep them in, made in the test: the seed's text saved as a
Word document (its paragraphs, then its item table in two columns), and small PDFs."""

import io
import zipfile

import docx


def word_of(text: str) -> bytes:
    """The minutes' text as Word has it: the heading a heading, the lines before the item
    table paragraphs, the tab-separated lines a two-column table."""
    document = docx.Document()
    lines = [line for line in text.split("\n") if line.strip()]
    rows = [line.split("\t", 1) for line in lines if "\t" in line]
    for line in lines:
        if "\t" in line:
            break
        if line.startswith("## "):
            document.add_heading(line.removeprefix("## "), level=2)
        else:
            document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=2)
    for cells, row in zip(rows, table.rows, strict=True):
        row.cells[0].text, row.cells[1].text = cells
    return saved(document)


def saved(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def with_part(word: bytes, name: str, content: bytes) -> bytes:
    """The Word document with its part `name` replaced by `content`, as a damaged file has."""
    source = zipfile.ZipFile(io.BytesIO(word))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as packed:
        for info in source.infolist():
            packed.writestr(info.filename,
                            content if info.filename == name else source.read(info.filename))
    return out.getvalue()


def with_picture_of_zeros(word: bytes, size: int) -> bytes:
    """The Word document with a picture of `size` zero bytes, related from its text as a real
    picture is: deflate packs it about 1000:1, so a file small on the wire unpacks to `size`."""
    source = zipfile.ZipFile(io.BytesIO(word))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as packed:
        for info in source.infolist():
            part = source.read(info.filename)
            if info.filename == "word/_rels/document.xml.rels":
                part = part.replace(b"</Relationships>", (
                    b'<Relationship Id="rIdZeros" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/image" Target="media/zeros.png"/>'
                    b"</Relationships>"))
            if info.filename == "[Content_Types].xml":
                part = part.replace(b"</Types>", b'<Default Extension="png" '
                                                 b'ContentType="image/png"/></Types>')
            packed.writestr(info.filename, part)
        with packed.open("word/media/zeros.png", "w") as picture:
            for start in range(0, size, 1 << 20):
                picture.write(bytes(min(1 << 20, size - start)))
    return out.getvalue()


def pdf_of(*pages: str) -> bytes:
    """A PDF whose pages draw the content streams given, in Helvetica, hand written so that no
    binary file is needed."""
    kids = " ".join(f"{4 + 2 * n} 0 R" for n in range(len(pages)))
    objects = ["<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
               "/Encoding /WinAnsiEncoding >>"]
    for n, content in enumerate(pages):
        stream = content.encode("latin-1")
        objects += [f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * n} 0 R >>",
                    f"<< /Length {len(stream)} >>\nstream\n{content}\nendstream"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def text_page(*lines: str) -> str:
    """A page's content stream writing the lines from the top down (Danish letters in
    WinAnsi, written as octal escapes)."""
    shown = " T* ".join(f"({_pdf_string(line)}) Tj" for line in lines)
    return f"BT /F1 11 Tf 14 TL 56 780 Td {shown} ET"


def scanned_page() -> str:
    """A page with only a picture on it, as a scanner makes: here a grey box, no text."""
    return "0.5 g 56 400 480 380 re f"


def _pdf_string(line: str) -> str:
    return "".join(
        f"\\{byte:03o}" if byte > 126 or chr(byte) in "()\\" else chr(byte)
        for byte in line.encode("cp1252"))
