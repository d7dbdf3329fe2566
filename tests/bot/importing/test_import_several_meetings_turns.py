"""A file holding several meetings' minutes, sent in the 1:1 chat (a secretary's "referater
2023.txt"): the preview shows each meeting, and *Importér* imports each to its own meeting as
its own file would be; when one of them cannot be imported, the answer says which and why,
and nothing is written or kept waiting."""

from pathlib import Path

import pytest
from sqlalchemy import select

from meetings.minutes.entities import Minutes
from meetings.planning.entities import Meeting
from tests.bot.importing.import_file_steps import (
    SEED,
    button,
    click_in_chat,
    send_file,
    waiting,
    written,
)
from tests.card_reading import card_text, elements

SEED_NOVEMBER = (Path(__file__).parents[2] / "fixtures" / "minutes" /
                 "network_2023_11_24.txt").read_text(encoding="utf-8")
BOTH = (SEED + "\n\n" + SEED_NOVEMBER).encode("utf-8")
NAME = "referater 2023.txt"


async def meetings_with_minutes(bot) -> list[tuple[str, bool]]:
    async with bot.uow() as uow:
        with_minutes = set(await uow.session.scalars(select(Minutes.meeting_id)))
        return [(m.starts_at.date().isoformat(), m.id in with_minutes)
                for m in await uow.session.scalars(select(Meeting).order_by(Meeting.starts_at))]


async def test_each_meeting_is_previewed_and_imported_to_a_meeting_of_its_own(bot, file_server):
    await bot.install()
    file_server.files[NAME] = BOTH
    _, [preview] = await send_file(bot, file_server.url(NAME), NAME)
    shown = card_text(preview)
    assert "2 møder i filen" in shown, shown[:1500]
    assert "29. september 2023" in shown and "24. november 2023" in shown, shown[:1500]
    assert "9 punkter, 4 beslutninger, 5 opgaver" in shown, shown[:1500]
    assert "8 punkter, 4 beslutninger, 4 opgaver" in shown, shown[:1500]
    assert "1. Velkommen mv." in shown, shown
    assert "Referatet fra 24. november 2023: Linje 50: " in shown, shown
    assert await written(bot) == (0, 0, 0) and await waiting(bot) == 1
    answer = card_text((await click_in_chat(bot, button(preview, "minutes.import")))["value"])
    assert "Referat importeret" in answer, answer[:1500]
    assert "Mødet den 29. september 2023: 9 punkter" in answer, answer[:1500]
    assert "Mødet den 24. november 2023: 8 punkter" in answer, answer[:1500]
    assert await meetings_with_minutes(bot) == [("2023-09-29", True), ("2023-11-24", True)]
    assert await written(bot) == (2, 17, 9) and await waiting(bot) == 0


@pytest.mark.parametrize("locale, said", [
    ("da-DK", "Referatet fra 24. november 2023: gruppen har allerede et møde på det tidspunkt med "
              "referat"),
    ("en-GB", "Minutes of 24 November 2023: the group has a meeting at that time with minutes"),
])
async def test_when_one_meeting_has_minutes_already_none_is_imported_and_it_says_which(
        bot, file_server, locale, said):
    await bot.install()
    file_server.files["november.txt"] = SEED_NOVEMBER.replace("13.00", "12.00").encode()
    _, [alone] = await send_file(bot, file_server.url("november.txt"), "november.txt")
    await click_in_chat(bot, button(alone, "minutes.import"))
    before = await written(bot)
    file_server.files[NAME] = BOTH
    _, [card] = await send_file(bot, file_server.url(NAME), NAME, locale=locale)
    shown = card_text(card)
    assert ("Ikke importeret" if locale == "da-DK" else "Not imported") in shown, shown
    assert said in shown and "29. september 2023" not in shown, shown
    assert not [e for e in elements(card) if e.get("verb") == "minutes.import"]
    assert await written(bot) == before and await waiting(bot) == 0


async def test_the_file_sent_again_is_said_to_be_in_already(bot, file_server):
    await bot.install()
    file_server.files[NAME] = BOTH
    _, [preview] = await send_file(bot, file_server.url(NAME), NAME)
    await click_in_chat(bot, button(preview, "minutes.import"))
    before = await written(bot)
    _, [again] = await send_file(bot, file_server.url(NAME), NAME)
    shown = card_text(again)
    assert "Allerede importeret" in shown, shown
    assert not [e for e in elements(again) if e.get("verb") == "minutes.import"]
    assert await written(bot) == before and await waiting(bot) == 0
