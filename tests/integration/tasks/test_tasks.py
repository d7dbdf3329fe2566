"""Action items on a real database: creating them, the default due date, every change once and
in the history, and away periods. The questions about tasks are in test_task_questions, the
chase settings in test_chase_settings."""

import asyncio
from datetime import date, timedelta

from sqlalchemy import select, update

from meetings.groups.entities import Member
from meetings.tasks.entities import Task
from tests.support.task_steps import (
    LATER,
    block,
    create,
    done,
    due,
    note,
    notes_of,
    reassign,
    refused,
    task_of,
)

# The world's clock starts on Tuesday 1 June 2027 at 09:00 in Copenhagen.
TODAY = date(2027, 6, 1)


async def test_two_clicks_at_once_change_the_task_once(world):
    task = await world.act("daniel", create("Skrive til KL", due_on=LATER))
    changes = await asyncio.gather(world.act("daniel", block(task.id, "KL svarer ikke", 0)),
                                   world.act("rie", done(task.id, version=0)))
    assert sorted(c.changed for c in changes) == [False, True]
    stored = await task_of(world, task.id)
    assert stored.version == 1
    assert len(await notes_of(world, task.id)) == 2


async def test_two_notes_written_at_once_in_chat_both_land(world):
    task = await world.act("daniel", create("Skrive til KL", due_on=LATER))
    changes = await asyncio.gather(world.act("daniel", note(task.id, "ringet")),
                                   world.act("rie", note(task.id, "mailet")))
    assert [c.changed for c in changes] == [True, True]
    assert (await task_of(world, task.id)).version == 2
    assert sorted(n.text for n in await notes_of(world, task.id) if n.kind == "note") == [
        "mailet", "ringet"]


async def test_a_new_due_date_must_not_be_in_the_past_and_restarts_the_chase(world):
    task = await world.act("daniel", create("Skrive til KL", due_on=LATER))
    with refused("bad_task"):
        await world.act("daniel", due(task.id, TODAY - timedelta(days=1)))
    async with world.uow() as uow:
        await uow.session.execute(update(Task).where(Task.id == task.id).values(
            reminder_stage=3, reminded_on=TODAY, escalated_at=world.clock.now()))
        await uow.commit()
    change = await world.act("daniel", due(task.id, TODAY))
    assert (change.task.due_on, change.task.reminder_stage, change.task.reminded_on,
            change.task.escalated_at) == (TODAY, 0, None, None)
    assert [n.kind for n in await notes_of(world, task.id)] == ["created", "due"]


async def test_reassigning_restarts_the_chase_for_the_new_owner(world):
    task = await world.act("daniel", create("Skrive til KL", due_on=LATER))
    async with world.uow() as uow:
        await uow.session.execute(update(Task).where(Task.id == task.id).values(
            reminder_stage=4, escalated_at=world.clock.now()))
        await uow.commit()
    change = await world.act("rie", reassign(task.id, owner_name="Jens Holm"))
    assert (change.task.owner_id, change.task.owner_name) == (None, "Jens Holm")
    assert (change.task.reminder_stage, change.task.escalated_at) == (0, None)
    same = await world.act("rie", reassign(task.id, owner_name="Jens Holm"))
    assert not same.changed


async def _name(world, who: str) -> str:
    async with world.uow() as uow:
        return (await uow.members.get(world.ids[who])).name


async def _away(world, *member_ids: int) -> list[date | None]:
    async with world.uow() as uow:
        query = select(Member).where(Member.id.in_(member_ids)).order_by(Member.id)
        return [m.away_until for m in await uow.session.scalars(query)]


# Written once, for the fake unit of work; run here again on SQLite and PostgreSQL through
# this folder's `world` fixture.
from tests.unit.tasks.test_tasks_on_the_fake import (  # noqa: E402, F401
    test_a_bad_draft_is_refused_with_the_field,
    test_a_chat_command_changes_the_current_version_and_says_when_already_so,
    test_a_click_on_an_old_card_changes_nothing,
    test_a_double_click_changes_the_task_once,
    test_a_meeting_too_soon_gives_the_ten_working_days_instead,
    test_a_member_creates_a_task_for_another_member,
    test_a_task_for_a_person_outside_the_group_is_owned_by_name,
    test_a_task_from_an_agenda_item_remembers_its_meeting,
    test_a_task_made_during_a_meeting_is_due_before_the_one_after_it,
    test_an_owner_from_another_group_is_refused_and_nothing_is_written,
    test_away_applies_to_every_membership_of_the_person,
    test_bad_input_to_a_change_is_refused_before_anything_is_written,
    test_done_closes_and_reopen_opens_again,
    test_every_change_writes_a_note_with_author_and_time,
    test_the_default_due_date_is_working_days_before_the_next_meeting,
    test_the_default_due_date_skips_christmas,
    test_with_no_owner_given_the_writer_owns_the_task,
    test_without_a_meeting_the_task_is_due_in_ten_working_days,
)
