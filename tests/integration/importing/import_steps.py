"""Reading past minutes into a World's database and its rows back, for the import tests."""

from pathlib import Path

from sqlalchemy import func, select

from meetings.groups.entities import Member
from meetings.minutes.entities import Minutes, MinutesEntry, MinutesEvent, Presence
from meetings.minutes.importing.importer import import_minutes
from meetings.planning.entities import Meeting
from meetings.tasks.entities import Task, TaskNote
from tests.support.agenda_world import World

FIXTURES = Path(__file__).parent.parent.parent / "fixtures" / "minutes"
SEPTEMBER = (FIXTURES / "network_2023_09_29.txt").read_text(encoding="utf-8")
NOVEMBER = (FIXTURES / "network_2023_11_24.txt").read_text(encoding="utf-8")
TABLES = (Meeting, Minutes, MinutesEntry, MinutesEvent, Presence, Member, Task, TaskNote)


async def imported(world: World, text: str):
    async with world.uow() as uow:
        group = await uow.groups.get(world.group_id)
        report = await import_minutes(uow, group, text, world.clock.now())
        await uow.commit()
    return report


async def counts(world: World) -> dict[str, int]:
    async with world.uow() as uow:
        return {table.__name__: await uow.session.scalar(select(func.count()).select_from(table))
                for table in TABLES}


async def rows(world: World, model, *where, order=None) -> list:
    async with world.uow() as uow:
        query = select(model).where(*where).order_by(order if order is not None else model.id)
        return list(await uow.session.scalars(query))
