"""Importing past minutes as secretaries write them, sent in the 1:1 chat: Word's own list
numbering, dates and times on lines of their own, and a planned meeting that began early. A
file holding several meetings is in test_import_several_meetings_turns.py."""

import re
from datetime import UTC, datetime

import docx
import pytest
from sqlalchemy import select

from meetings.minutes.entities import Minutes
from meetings.planning.entities import Meeting
from tests.bot.agenda.test_agenda_turns import planned
from tests.bot.importing.import_file_steps import (
    SEED,
    button,
    click_in_chat,
    send_file,
)
from tests.card_reading import card_text
from tests.minutes_files import saved
from tests.unit.importing.test_word_list_styles import (
    paragraph_style,
    with_numbering_style,
    with_style,
)

HEADING = "## KKR – REFERAT - Netværksgruppe Børn og Unge den 29/9 2023 kl. 10.00-13.00"


def word_with_numbered_items(text: str, numbering=None) -> bytes:
    """The seed as a secretary's Word file has it: the item table's titles numbered by Word's
    own list numbering ("List Number", or the style `numbering` adds and names), not by typed
    digits."""
    document = docx.Document()
    style = numbering(document) if numbering else "List Number"
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
            paragraph.style = document.styles[style]
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


def liste_med_tal(document) -> str:
    """"Liste med tal" as LibreOffice writes it: a paragraph style naming a list whose
    definition is a numbering style's."""
    with_numbering_style(document, num_id=72)
    with_style(document, paragraph_style("Listemedtal", "Liste med tal",
                                         '<w:numId w:val="72"/>'))
    return "Liste med tal"


async def test_word_items_numbered_through_a_list_style_are_read_as_items(bot, file_server):
    await bot.install()
    file_server.files["referat.docx"] = word_with_numbered_items(SEED, liste_med_tal)
    _, [card] = await send_file(bot, file_server.url("referat.docx"), "referat.docx")
    shown = card_text(card)
    assert "9 punkter" in shown, shown[:1500]
    assert "1. Velkommen mv." in shown and "9. Eventuelt" in shown, shown[:1500]


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


def minutes_of_5_february(start: str) -> bytes:
    return SEED.replace(HEADING, f"REFERAT - Netværksgruppe Børn og Unge den 5/2 2027 "
                                 f"kl. {start}-13.00").encode("utf-8")


async def meetings_on_5_february(bot) -> list[tuple[str, str, bool]]:
    async with bot.uow() as uow:
        with_minutes = set(await uow.session.scalars(select(Minutes.meeting_id)))
        return [(m.starts_at.isoformat(), m.status, m.id in with_minutes)
                for m in await uow.session.scalars(select(Meeting).order_by(Meeting.starts_at))
                if m.starts_at.date().isoformat() == "2027-02-05"]


async def test_minutes_of_a_planned_meeting_that_started_half_an_hour_early_use_that_meeting(
        bot, file_server):
    """The group planned 5/2 2027 kl. 10-13 in the bot; the minutes, written in Word, say
    "kl. 9.30-13.00". That day's meeting gets the minutes and their time, and the preview and
    the answer say so — no second meeting on 5/2 (in the bot and in the annual report)."""
    meeting_id = await planned(bot)  # "nyt møde fredag 5. februar 2027 kl. 10-13 i Ringsted"
    bot.clock.set(datetime(2027, 2, 9, 9, 0, tzinfo=UTC))
    file_server.files["referat.txt"] = minutes_of_5_february("9.30")
    _, [preview] = await send_file(bot, file_server.url("referat.txt"), "referat.txt")
    said = ("Mødet 5. februar 2027 var planlagt kl. 10.00; referatet siger kl. 9.30, så det "
            "flyttes til referatets tidspunkt.")
    assert said in card_text(preview), card_text(preview)[:800]
    answer = await click_in_chat(bot, button(preview, "minutes.import"))
    assert said in card_text(answer["value"]), card_text(answer["value"])[:800]
    assert await meetings_on_5_february(bot) == [("2027-02-05T08:30:00+00:00", "held", True)]
    async with bot.uow() as uow:
        assert (await uow.session.get(Meeting, meeting_id)).status == "held"


@pytest.mark.parametrize("locale, refused, not_imported, fix", [
    ("da-DK", "kl. 10.00, kl. 14.00", "Ikke importeret", "ret tidspunktet i referatet"),
    ("en-GB", "at 10:00, at 14:00", "Not imported", "correct the time in the minutes"),
])
async def test_minutes_for_a_day_with_two_meetings_at_other_times_are_refused_not_a_third(
        bot, file_server, locale, refused, not_imported, fix):
    await planned(bot)
    await bot.say("nyt møde fredag 5. februar 2027 kl. 14-15 i Ringsted")
    bot.clock.set(datetime(2027, 2, 9, 9, 0, tzinfo=UTC))
    file_server.files["referat.txt"] = minutes_of_5_february("9.30")
    _, [preview] = await send_file(bot, file_server.url("referat.txt"), "referat.txt",
                                   locale=locale)
    assert refused in card_text(preview), card_text(preview)[:800]
    answer = card_text((await click_in_chat(bot, button(preview, "minutes.import"),
                                            locale=locale))["value"])
    assert not_imported in answer and refused in answer and fix in answer, answer[:800]
    assert [status for _, status, _ in await meetings_on_5_february(bot)] == [
        "planned", "planned"]
