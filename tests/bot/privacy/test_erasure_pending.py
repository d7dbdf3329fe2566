"""Erasure reaches minutes still waiting for *Importér*: the text another member pasted or sent
names the erased person as the group writes her, and the import must not bring her back."""

import json

from sqlalchemy import select

from meetings.minutes.entities import MinutesEntry, PendingImport
from tests.bot.importing.test_import_fix_turns import MINUTES
from tests.bot.importing.test_import_group_choice_turns import STEERING, install, paste_in_chat
from tests.bot.importing.test_import_turns import import_button
from tests.bot.personal.test_personal_chat_turns import ask_in_personal_chat
from tests.bot.privacy.privacy_steps import rows_with_word
from tests.bot.privacy.test_privacy_turns import erase_rie, export_paths


async def test_minutes_waiting_to_be_imported_lose_the_erased_persons_name(bot):
    await bot.install()
    await bot.say("hjælp", user="rie")
    await bot.say("importér referat\n" + MINUTES)  # Lisbet's paste names Rie four times
    preview = bot.connector.cards()[-1]
    async with bot.uow() as uow:
        assert await rows_with_word(uow, "Rie") != set()
    await erase_rie(bot)
    async with bot.uow() as uow:
        assert await rows_with_word(uow, "Rie") == set()
        waiting = await uow.session.scalar(select(PendingImport.text))
    assert "Tidligere medlem (Holbæk)" in waiting
    await bot.click("minutes.import", import_button(preview)["data"], user="lisbet")
    async with bot.uow() as uow:
        assert await rows_with_word(uow, "Rie") == set()
        assert await uow.session.scalar(select(MinutesEntry.id)) is not None  # it was imported


async def test_minutes_pasted_in_a_1_1_chat_for_a_group_yet_to_be_picked_lose_it_too(bot):
    await bot.install()
    await install(bot, STEERING, "Styregruppen")  # Lisbet leads two groups: she will pick one
    await bot.say("hjælp", user="rie")
    await paste_in_chat(bot, "importér referat\n" + MINUTES)
    await erase_rie(bot)
    async with bot.uow() as uow:
        assert await rows_with_word(uow, "Rie") == set()
        waiting = await uow.session.scalar(select(PendingImport))
    assert waiting.group_id is None and "Tidligere medlem (Holbæk)" in waiting.text


async def test_minutes_a_person_sent_for_import_are_in_their_export_and_go_with_their_data(bot):
    await bot.install()
    await bot.say("hjælp", user="rie")
    await bot.say("gør Rie til formand")
    await bot.say("importér referat\n" + MINUTES, user="rie")  # waiting for *Importér*
    [text], _ = await ask_in_personal_chat(bot, "hvad ved du om mig?")
    response = await bot.client.get(export_paths(text)["json"])
    [waiting] = json.loads(await response.text())["stored"]["pending_imports"]
    assert waiting["text"].startswith("Referat af netværksmøde tirsdag den 10. november 2026")
    await erase_rie(bot)
    async with bot.uow() as uow:
        assert await uow.session.scalar(select(PendingImport)) is None
