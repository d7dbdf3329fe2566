"""Minutes use cases as steps for World.act, a meeting with an agenda to take minutes of, and
reading the minutes back, for the minutes tests."""

from dataclasses import dataclass

from sqlalchemy import select

from meetings.minutes.approval import approve, comment, post_for_approval, resolve_comment
from meetings.minutes.capture import capture_line, parse_capture
from meetings.minutes.cycle import settle_minutes
from meetings.minutes.entities import Minutes, MinutesEntry, MinutesEvent, Presence
from meetings.minutes.recording import (
    add_task_from_minutes,
    open_minutes,
    record_entry,
    set_minute_taker,
    set_presence,
)
from meetings.tasks.tasks import TaskDraft
from tests.support.agenda_world import UseCase, World, attend, local, propose, review

# The world's clock starts on Tuesday 1 June 2027; the meeting is two weeks later.
STARTS = local(2027, 6, 15, 10, 0)


@dataclass(frozen=True)
class Held:
    meeting_id: int
    item_ids: tuple[int, int]  # on the agenda as numbers 4 and 5, after three standing items


async def meeting_with_agenda(world: World) -> Held:
    """A meeting with two accepted items and attendance answered, the clock at its start."""
    meeting = await world.plan(STARTS)
    first = await world.act("daniel", propose(meeting.id, "Plejefamilier i Region Sjælland",
                                              guests="Heidi Madsen (Bakkehuset)"))
    second = await world.act("steen", propose(meeting.id, "Skoledagbehandling"))
    await world.act("rie", review(first.id, "accept"))
    await world.act("rie", review(second.id, "accept"))
    await world.act("rie", attend(meeting.id, "attending"))
    await world.act("daniel", attend(meeting.id, "regrets"))
    await world.act("christel", attend(meeting.id, "substitute", "Mette Holm"))
    world.clock.set(STARTS)
    return Held(meeting.id, (first.id, second.id))


def opening(meeting_id: int) -> UseCase:
    return lambda uow, g, a, now: open_minutes(uow, g, a, meeting_id, now)


def recording(entry_id: int, **fields) -> UseCase:
    return lambda uow, g, a, now: record_entry(uow, g, a, entry_id, now, **fields)


def tasking(entry_id: int, title: str, **values) -> UseCase:
    draft = TaskDraft(title=title, **values)
    return lambda uow, g, a, now: add_task_from_minutes(uow, g, a, entry_id, draft, now)


def presence(minutes_id: int, member_id: int, status: str, name: str | None = None) -> UseCase:
    return lambda uow, g, a, now: set_presence(uow, g, a, minutes_id, member_id, status, name,
                                               now)


def taker(minutes_id: int, member_id: int | None = None, name: str | None = None) -> UseCase:
    return lambda uow, g, a, now: set_minute_taker(uow, g, a, minutes_id, member_id, name, now)


def capturing(text: str) -> UseCase:
    captured = parse_capture(text)
    assert captured is not None, text
    return lambda uow, g, a, now: capture_line(uow, g, a, captured, now)


def posting(minutes_id: int) -> UseCase:
    return lambda uow, g, a, now: post_for_approval(uow, g, a, minutes_id, now)


def approving(minutes_id: int) -> UseCase:
    return lambda uow, g, a, now: approve(uow, g, a, minutes_id, now)


def commenting(minutes_id: int, text: str, entry_id: int | None = None, *,
               version: int | None = None) -> UseCase:
    return lambda uow, g, a, now: comment(uow, g, a, minutes_id, entry_id, text, now,
                                          version=version)


def resolving(event_id: int) -> UseCase:
    return lambda uow, g, a, now: resolve_comment(uow, g, a, event_id, now)


async def settle(world: World) -> list[str]:
    async with world.uow() as uow:
        written = await settle_minutes(uow, world.clock.now())
        await uow.commit()
    return written


async def minutes_row(world: World, meeting_id: int) -> Minutes:
    async with world.uow() as uow:
        return await uow.minutes.of_meeting(meeting_id)


async def entries(world: World, minutes_id: int) -> dict[int, MinutesEntry]:
    async with world.uow() as uow:
        return {e.number: e for e in await uow.minutes_entries.of_minutes(minutes_id)}


async def presences(world: World, minutes_id: int) -> dict[str, Presence]:
    async with world.uow() as uow:
        rows = await uow.presence.of_minutes(minutes_id)
    names = {member_id: key for key, member_id in world.ids.items()}
    return {names[row.member_id]: row for row in rows}


async def events(world: World, minutes_id: int) -> list[MinutesEvent]:
    async with world.uow() as uow:
        return list(await uow.minutes_events.of_minutes(minutes_id))


async def all_rows(world: World, model) -> list:
    async with world.uow() as uow:
        return list(await uow.session.scalars(select(model).order_by(model.id)))
