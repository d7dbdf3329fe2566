"""Importing past minutes as secretaries write them, sent in the 1:1 chat: Word's own list
numbering, dates and times on lines of their own, a planned meeting that began early, and a
file holding two meetings."""

import re

import docx
import pytest
from aiohttp import web

from tests.bot.importing.import_file_steps import SEED, FileServer, send_file
from tests.card_reading import card_text
from tests.minutes_files import saved

HEADING = "## KKR – REFERAT - Netværksgruppe Børn og Unge den 29/9 2023 kl. 10.00-13.00"


@pytest.fixture
async def file_server(aiohttp_server) -> FileServer:
    served = FileServer()
    app = web.Application()
    app.router.add_get("/download/{name}", served.serve)
    server = await aiohttp_server(app)
    served.base = str(server.make_url("")).rstrip("/")
    return served


def word_with_numbered_items(text: str) -> bytes:
    """The seed as a secretary's Word file has it: the item table's titles numbered by Word's
    own list numbering ("List Number"), not by typed digits."""
    document = docx.Document()
    lines = [line for line in text.split("\n") if line.strip()]
    rows = [line.split("\t", 1) for line in lines if "\t" in line]
    for line in lines:
        if "\t" in line:
            break
        document.add_paragraph(line.removeprefix("## "))
    table = document.add_table(rows=len(rows), cols=2)
    for (title, referat), row in zip(rows, table.rows, strict=True):
        title = re.sub(r"<[^>]+>", "", title)
        numbered = re.match(r"\s*\d+\.\s*(.*)", title)
        paragraph = row.cells[0].paragraphs[0]
        paragraph.text = numbered.group(1) if numbered else title
        if numbered:
            paragraph.style = document.styles["List Number"]
        row.cells[1].text = referat
    return saved(document)


async def test_word_items_numbered_by_words_list_numbering_are_read_as_items(bot, file_server):
    """Word's automatic numbering is how most minutes number their items; Word's "save as
    text" writes the numbers. The preview shows the nine items, not one."""
    await bot.install()
    file_server.files["referat.docx"] = word_with_numbered_items(SEED)
    _, [card] = await send_file(bot, file_server.url("referat.docx"), "referat.docx")
    shown = card_text(card)
    assert "9 punkter" in shown, shown[:1500]
    assert "1. Velkommen mv." in shown and "3. Tema Psykiatrien" in shown, shown[:1500]
    assert "9. Eventuelt" in shown, shown[:1500]


@pytest.mark.parametrize("heading", [
    "REFERAT\nDato: Fredag den 29. september 2023\nTidspunkt: kl. 10.00-13.00",
    "REFERAT\nDato: 29-09-2023\nKl. 10.00-13.00",
    "MINUTES\nDate: 29 September 2023\nTime: 10:00-13:00",
])
async def test_date_and_time_on_their_own_lines_are_read(bot, file_server, heading):
    """A minutes template with the date and the time on lines of their own (and the
    dd-mm-yyyy date the bot itself gives as its example) is previewed as 29/9 2023 10-13."""
    await bot.install()
    file_server.files["referat.txt"] = SEED.replace(HEADING, heading).encode("utf-8")
    english = heading.startswith("MINUTES")
    texts, cards = await send_file(bot, file_server.url("referat.txt"), "referat.txt",
                                   locale="en-GB" if english else "da-DK")
    shown = "\n".join(texts + [card_text(c) for c in cards])
    assert "Ikke importeret" not in shown and "Not imported" not in shown, shown
    assert ("Preview" if english else "Forhåndsvisning") in shown, shown
    assert ("29 September 2023" if english else "29. september 2023") in shown, shown
    assert ("10:00" if english else "10.00") in shown, shown
