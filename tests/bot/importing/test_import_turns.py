"""Old minutes pasted into the group chat after "importér referat": shown on a preview card
first, then imported as the command line imports a file, once, by the chair or the secretary
only, with a card of what was done."""

from pathlib import Path

from sqlalchemy import select

from meetings.minutes.entities import Minutes, MinutesEntry
from meetings.planning.entities import Meeting
from meetings.tasks.entities import Task
from tests.card_reading import card_text, elements

SEED = (Path(__file__).parents[2] / "fixtures" / "minutes" / "network_2023_09_29.txt").read_text(
    encoding="utf-8")


async def counts(bot) -> tuple[int, int, int]:
    async with bot.uow() as uow:
        return tuple([len(list(await uow.session.scalars(select(model))))
                      for model in (Meeting, MinutesEntry, Task)])


def import_button(card: dict) -> dict:
    [action] = [e for e in elements(card) if e.get("verb") == "minutes.import"]
    return action


async def test_the_secretary_imports_pasted_minutes_once_after_the_preview(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("importér referat\n" + SEED)
    preview = bot.connector.cards()[-1]
    assert "Forhåndsvisning: intet er importeret endnu" in card_text(preview)
    assert "Indsat tekst" in card_text(preview)
    assert await counts(bot) == (0, 0, 0)

    clicked = await bot.click("minutes.import", import_button(preview)["data"])
    shown = card_text(clicked["value"])
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


async def test_a_member_clicking_the_secretarys_preview_is_refused_and_nothing_is_written(bot):
    await bot.install()
    bot.connector.clear()
    await bot.say("importér referat\n" + SEED)
    data = import_button(bot.connector.cards()[-1])["data"]
    refused = await bot.click("minutes.import", data, user="rie")
    assert refused["value"] == "Det kan kun formanden og sekretæren."
    assert await counts(bot) == (0, 0, 0)
    forged = await bot.click("minutes.import", {**data, "import": "not-a-token"})
    assert "allerede brugt" in forged["value"]
    assert await counts(bot) == (0, 0, 0)


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
