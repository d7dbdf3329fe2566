"""The chase tick as the tests drive it: ticking, running the clock forward, and reading the
digests it wrote."""


from collections import Counter
from datetime import date, datetime, timedelta

from sqlalchemy import select

from meetings.common.entities import OutboxMessage
from meetings.common.outbox_kind import OutboxKind
from meetings.groups.entities import Member
from meetings.tasks.chase_run import chase_tasks
from tests.support.agenda_world import CPH, World
from tests.support.task_steps import create

HOUR, QUARTER = timedelta(hours=1), timedelta(minutes=15)


async def tick(world: World) -> list[str]:
    async with world.uow() as uow:
        written = await chase_tasks(uow, world.clock.now())
        await uow.commit()
    return written


async def run(world: World, until: datetime, every: timedelta = HOUR) -> list[str]:
    """Tick from the clock's time up to `until`, as the scheduler would."""
    written = []
    while world.clock.now() < until:
        written += await tick(world)
        world.clock.advance(every)
    return written


async def digests(world: World) -> list[tuple[str, str, list[str], list[int]]]:
    """Every digest as (who, day, the stages of its tasks, escalated task ids), checking on
    the way that nobody ever has two on one day."""
    async with world.uow() as uow:
        rows = list(await uow.session.scalars(select(OutboxMessage).where(
            OutboxMessage.kind == OutboxKind.TASK_REMINDERS).order_by(OutboxMessage.id)))
        members = {m.id: m for m in await uow.session.scalars(select(Member))}
    people = Counter((members[row.member_id].aad_object_id or row.member_id,
                      row.created_at.astimezone(CPH).date()) for row in rows)
    assert not [key for key, count in people.items() if count > 1]
    assert all(row.payload["day"] == str(row.created_at.astimezone(CPH).date()) for row in rows)
    names = {member_id: key for key, member_id in world.ids.items()}
    return [(names[row.member_id], row.payload["day"],
             [task["stage"] for task in row.payload["tasks"]], row.payload["escalated"])
            for row in rows]


async def local_times(world: World) -> set[str]:
    rows = await world.outbox(OutboxKind.TASK_REMINDERS)
    return {row.created_at.astimezone(CPH).strftime("%H:%M") for row in rows}


async def task_for(world: World, who: str, due: date, *, created: datetime, by: str = "rie",
                   **values) -> int:
    world.clock.set(created)
    owner = {} if "owner_name" in values else {"owner_id": world.ids[who]}
    task = await world.act(by, create(f"{who}: something by {due}", due_on=due, **owner,
                                      **values))
    return task.id


def days_of(seen, who: str) -> list[str]:
    return [day for person, day, _, _ in seen if person == who]
