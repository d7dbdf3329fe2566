"""Old minutes pasted into the group chat after "importér referat": imported as the command
line imports a file, once, by the chair or the secretary only, with a card of what was done."""

from pathlib import Path

from sqlalchemy import select

from storage.models.groups import Meeting
from storage.models.minutes import Minutes, MinutesEntry
from storage.models.tasks import Task
from tests.card_reading import card_text

SEED = (Path(__file__).parents[1] / "fixtures" / "minutes" / "network_2023_09_29.txt").read_text(
    encoding="utf-8")


async def counts(bot) -> tuple[int, int, int]:
    async with bot.uow() as uow:
        return tuple([len(list(await uow.session.scalars(select(model))))
                      for model in (Meeting, MinutesEntry, Task)])


async def test_the_secretary_imports_pasted_minutes_once(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("importér referat\n" + SEED)
    shown = card_text(bot.connector.cards()[-1])
    assert "Referat importeret" in shown and "29. september 2023" in shown
    assert "Opgaver til bekræftelse" in shown
    meetings, entries, tasks = await counts(bot)
    assert meetings == 1 and entries >= 7 and tasks >= 1
    async with bot.uow() as uow:
        [minutes] = await uow.session.scalars(select(Minutes))
    assert minutes.status == "approved"

    bot.connector.clear()
    await bot.say("importér referat\n" + SEED)  # pasted twice: nothing doubles
    assert "Allerede importeret" in card_text(bot.connector.cards()[-1])
    assert await counts(bot) == (meetings, entries, tasks)


async def test_a_member_may_not_import_and_damaged_text_writes_nothing(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("import minutes\n" + SEED, user="rie", locale="en-GB")
    assert bot.connector.texts()[-1] == "Only the chair and the secretary can do that."
    await bot.say("import minutes\nSome notes from a meeting, without date or items",
                  locale="en-GB")
    shown = card_text(bot.connector.cards()[-1])
    assert "Not imported" in shown and "no meeting date in the heading" in shown
    await bot.say("importér referat")
    assert "Indsæt teksten" in bot.connector.texts()[-1]
    assert await counts(bot) == (0, 0, 0)
