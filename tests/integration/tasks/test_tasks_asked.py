"""Tasks made on the card that asked who takes them, on a real database: one task per question,
however often and by whomever it is answered, also when two answers arrive at once."""

import asyncio
from datetime import date, timedelta

from meetings.minutes.recording import answer_minutes_question
from meetings.tasks.asked import answer_question, new_question, question_key
from meetings.tasks.tasks import TaskDraft
from tests.support.minutes_steps import entries, meeting_with_agenda, opening
from tests.support.task_steps import LATER, all_tasks, create, notes_of, refused

LOTTE = TaskDraft(title="Lotte ringer til Bakkehuset om en plads", owner_name="Lotte",
                  due_on=LATER)


def answering(question: str, draft: TaskDraft = LOTTE):
    return lambda uow, g, a, now: answer_question(uow, g, a, draft, question, now)


def answering_in_minutes(entry_id: int, question: str, draft: TaskDraft = LOTTE):
    return lambda uow, g, a, now: answer_minutes_question(uow, g, a, entry_id, draft, question,
                                                          now)


async def test_a_question_answered_twice_makes_one_task_as_the_first_answer_chose(world):
    question = new_question()
    first = await world.act("rie", answering(question))
    world.clock.advance(timedelta(seconds=2))  # a double click, or Teams delivering it again
    again = await world.act("rie", answering(question))
    other = await world.act("daniel", answering(question, TaskDraft(
        title=LOTTE.title, owner_id=world.ids["steen"], due_on=LATER)))
    assert (first.changed, again.changed, other.changed) == (True, False, False)
    assert first.task.id == again.task.id == other.task.id
    [task] = await all_tasks(world)
    assert (task.owner_id, task.owner_name, task.created_by) == (None, "Lotte", world.ids["rie"])
    assert task.dedupe_key == question_key(world.group_id, question)
    assert [n.kind for n in await notes_of(world, task.id)] == ["created"]


async def test_each_question_makes_its_own_task_and_plain_tasks_keep_no_key(world):
    await world.act("rie", answering("spørgsmål-1"))
    await world.act("rie", answering("spørgsmål-2"))
    await world.act("morten", answering("spørgsmål-1"), other_group=True)  # another group
    await world.act("rie", create(LOTTE.title, owner_name="Lotte", due_on=LATER))
    await world.act("rie", create(LOTTE.title, owner_name="Lotte", due_on=LATER))
    tasks = await all_tasks(world)
    assert [t.group_id for t in tasks] == [world.group_id] * 2 + [world.other_group_id] + [
        world.group_id] * 2
    assert len({t.dedupe_key for t in tasks[:3]}) == 3
    assert [t.dedupe_key for t in tasks[3:]] == [None, None]


async def test_a_late_answer_finds_the_task_even_when_its_date_has_passed(world):
    question = new_question()
    today = TaskDraft(title=LOTTE.title, owner_name="Lotte", due_on=date(2027, 6, 1))
    first = await world.act("rie", answering(question, today))
    world.clock.advance(timedelta(days=3))
    late = await world.act("daniel", answering(question, today))
    assert (late.task.id, late.changed) == (first.task.id, False)
    assert len(await all_tasks(world)) == 1


async def test_a_question_in_the_minutes_makes_one_task_under_its_entry(world):
    held = await meeting_with_agenda(world)
    minutes = await world.act("rie", opening(held.meeting_id))
    entry = (await entries(world, minutes.id))[4]  # by number: the first item
    question = new_question()
    first = await world.act("rie", answering_in_minutes(entry.id, question))
    again = await world.act("lisbet", answering_in_minutes(entry.id, question))
    assert (first.changed, again.changed, again.task.id) == (True, False, first.task.id)
    [task] = await all_tasks(world)
    assert (task.minutes_entry_id, task.item_id, task.meeting_id) == (
        entry.id, held.item_ids[0], held.meeting_id)
    with refused("not_allowed"):  # a plain member may not write the minutes, answered or not
        await world.act("daniel", answering_in_minutes(entry.id, question))


async def test_two_answers_arriving_at_once_make_one_task(shared_world):
    world = shared_world
    question = new_question()
    first, second = await asyncio.gather(world.act("rie", answering(question)),
                                         world.act("lisbet", answering(question)))
    assert first.task.id == second.task.id
    assert sorted((first.changed, second.changed)) == [False, True]
    [task] = await all_tasks(world)
    assert [n.kind for n in await notes_of(world, task.id)] == ["created"]
