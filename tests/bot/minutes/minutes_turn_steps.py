"""A meeting held in the recorded group, its minutes opened, and reading them back, for the
minutes turn tests."""

from datetime import UTC, datetime

from sqlalchemy import select

from meetings.agenda.entities import AgendaItem
from meetings.minutes.entities import Minutes, MinutesEntry, MinutesEvent
from tests.bot.agenda.test_agenda_turns import ITEM, planned
from tests.card_reading import elements

DURING = datetime(2027, 2, 5, 9, 30, tzinfo=UTC)  # 10.30 in Copenhagen, the meeting under way
DECISION = "Netværket besluttede at rekruttere flere plejefamilier i 2027"


async def held(bot) -> int:
    """The meeting of LINE with one accepted item (number 4, after three standing items), Rie
    attending, and the clock in the middle of it."""
    meeting_id = await planned(bot)
    await bot.click("item.propose", {**ITEM, "meeting_id": meeting_id}, user="rie")
    async with bot.uow() as uow:
        [item] = await uow.session.scalars(select(AgendaItem))
    await bot.click("item.review", {"item_id": item.id, "decision": "accept"})
    await bot.click("attendance.answer", {"meeting_id": meeting_id, "status": "attending"},
                    user="rie")
    bot.clock.set(DURING)
    return meeting_id


async def opened(bot, *, locale: str = "da-DK") -> dict:
    """The secretary writes "referat"; the overview card she gets."""
    bot.connector.clear()
    await bot.say("referat" if locale == "da-DK" else "minutes", locale=locale)
    return bot.connector.cards()[-1]


async def the_minutes(bot) -> Minutes:
    async with bot.uow() as uow:
        [minutes] = await uow.session.scalars(select(Minutes))
        return minutes


async def entry(bot, number: int = 4) -> MinutesEntry:
    async with bot.uow() as uow:
        return await uow.session.scalar(select(MinutesEntry).where(MinutesEntry.number == number))


async def events(bot, kind: str) -> list[MinutesEvent]:
    async with bot.uow() as uow:
        return list(await uow.session.scalars(select(MinutesEvent).where(
            MinutesEvent.kind == kind).order_by(MinutesEvent.id)))


def verbs(card: dict) -> list[str]:
    return [e["verb"] for e in elements(card) if e.get("type") == "Action.Execute"]
