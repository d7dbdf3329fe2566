"""Draft minutes opened before the meeting follow its agenda as it changes until the start:
items accepted, moved or postponed later, on the fake unit of work."""

from datetime import date, timedelta

from meetings.agenda.items.review import reorder_items
from meetings.agenda.queries import agenda_of
from meetings.minutes.documents_query import referat_of
from tests.support.agenda_world import propose, review
from tests.support.minutes_steps import (
    STARTS,
    capturing,
    entries,
    meeting_with_agenda,
    minutes_row,
    opening,
)
from tests.support.task_steps import create


def ordering(meeting_id: int, *item_ids: int):
    return lambda uow, g, a, now: reorder_items(uow, g, a, meeting_id, list(item_ids), now)


async def agenda_now(world, meeting_id: int) -> list[tuple[int, str, int | None]]:
    async with world.uow() as uow:
        agenda = await agenda_of(uow, await uow.groups.get(world.group_id), meeting_id)
    return [(e.number, e.title, e.item_id) for e in agenda.entries]


async def test_an_item_accepted_after_opening_is_in_the_minutes_where_the_agenda_has_it(world):
    held = await meeting_with_agenda(world)  # 4 Plejefamilier, 5 Skoledagbehandling
    world.clock.set(STARTS - timedelta(minutes=45))  # opened to prepare
    await world.act("rie", opening(held.meeting_id))
    await world.act("rie", capturing("#punkt 5"))
    await world.act("rie", capturing("#info Steen har sendt et bilag."))
    added = await world.act("rie", propose(held.meeting_id, "Socialtilsyn Øst"))
    await world.act("rie", review(added.id, "accept"))
    first, second = held.item_ids
    await world.act("rie", ordering(held.meeting_id, first, added.id, second))
    world.clock.set(STARTS + timedelta(minutes=30))
    await world.act("rie", capturing("#info Bilaget blev gennemgået."))  # still Skoledagbehandling
    moved = await world.act("rie", capturing("#punkt 5"))
    assert moved.entry.title == "Socialtilsyn Øst"
    minutes = await minutes_row(world, held.meeting_id)
    stored = await entries(world, minutes.id)
    assert [(e.number, e.title, e.item_id) for e in stored.values()] == \
        await agenda_now(world, held.meeting_id)
    assert stored[6].notes == "Steen har sendt et bilag.\nBilaget blev gennemgået."
    assert stored[5].notes is None and minutes.current_number == 5


async def test_an_item_postponed_after_opening_leaves_the_minutes_unless_written_under(world):
    held = await meeting_with_agenda(world)
    world.clock.set(STARTS - timedelta(minutes=45))
    await world.act("rie", opening(held.meeting_id))
    await world.act("rie", capturing("#punkt 4"))
    await world.act("rie", capturing("#note Heidi kan ikke i dag."))
    first, second = held.item_ids
    await world.act("rie", review(first, "defer"))
    await world.act("rie", review(second, "defer"))
    await world.act("rie", opening(held.meeting_id))
    minutes = await minutes_row(world, held.meeting_id)
    stored = await entries(world, minutes.id)
    agenda = await agenda_now(world, held.meeting_id)
    assert [(e.number, e.title, e.item_id) for e in stored.values()][:len(agenda)] == agenda
    # Skoledagbehandling, with nothing written, is gone; what was written is kept, after them.
    kept = list(stored.values())[len(agenda):]
    assert [(e.number, e.title, e.notes) for e in kept] == [
        (len(agenda) + 1, "Plejefamilier i Region Sjælland", "Heidi kan ikke i dag.")]
    assert "Skoledagbehandling" not in [e.title for e in stored.values()]


async def test_a_referat_read_before_the_minutes_are_opened_again_has_the_agendas_items(world):
    """Read as the download reads it: as opening the minutes would store them, storing
    nothing; a task of an item new on the agenda prints under it."""
    held = await meeting_with_agenda(world)  # 4 Plejefamilier, 5 Skoledagbehandling
    world.clock.set(STARTS - timedelta(minutes=45))
    minutes = await world.act("rie", opening(held.meeting_id))
    added = await world.act("rie", propose(held.meeting_id, "Socialtilsyn Øst"))
    await world.act("rie", review(added.id, "accept"))
    await world.act("rie", create("Invitere Socialtilsyn Øst", owner_id=world.ids["rie"],
                                  meeting_id=held.meeting_id, item_id=added.id,
                                  due_on=date(2027, 10, 1)))
    first, second = held.item_ids
    await world.act("rie", ordering(held.meeting_id, added.id, first, second))
    await world.act("rie", review(second, "defer"))
    as_stored = [(e.number, e.title) for e in (await entries(world, minutes.id)).values()]
    async with world.uow() as uow:
        referat = await referat_of(uow, await uow.minutes.get(minutes.id))
    assert [(e.number, e.title) for e in (await entries(world, minutes.id)).values()] == \
        as_stored
    await world.act("rie", opening(held.meeting_id))
    stored = await entries(world, minutes.id)
    assert [(item.number, item.title) for item in referat.items] == \
        [(e.number, e.title) for e in stored.values()]
    assert [(item.title, [task.title for task in item.tasks]) for item in referat.items[3:5]] \
        == [("Socialtilsyn Øst", ["Invitere Socialtilsyn Øst"]),
            ("Plejefamilier i Region Sjælland", [])]
    assert "Skoledagbehandling" not in [item.title for item in referat.items]
