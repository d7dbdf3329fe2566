"""The questions about tasks on a real database: mine across groups, the group's open ones by
owner, someone's by name, and the follow-up on the next agenda."""

from datetime import date, timedelta

from sqlalchemy import event, update

from meetings.planning.entities import Meeting
from meetings.planning.vocabulary import MeetingStatus
from meetings.tasks.tasks import follow_up, my_tasks, open_tasks, tasks_of_name
from tests.support.agenda_world import local
from tests.support.task_steps import (
    LATER,
    act_as,
    add_member,
    block,
    cancel,
    create,
    done,
    personal_chat,
)


async def test_my_tasks_are_the_unfinished_ones_in_all_my_groups(world):
    steering = await add_member(world, "rie", "Rie Nielsen", group_id=world.other_group_id)
    chat = await personal_chat(world, "rie")
    late = await world.act("rie", create("Referat", due_on=date(2027, 6, 25)))
    closed = await world.act("rie", create("Lokale", due_on=LATER))
    await world.act("rie", done(closed.id))
    soon = await act_as(world, steering, create("Budget", due_on=date(2027, 6, 10)))
    await world.act("daniel", create("Daniels egen", due_on=LATER))
    mine = await act_as(world, chat, lambda uow, g, a, now: my_tasks(uow, a))
    assert [t.id for t in mine] == [soon.id, late.id]


async def test_open_tasks_go_by_owner_then_due_date(world):
    ids = {}
    for title, who, owner, due_on in [
        ("a", "rie", {"owner_id": world.ids["steen"]}, date(2027, 6, 20)),
        ("b", "rie", {"owner_id": world.ids["daniel"]}, date(2027, 6, 25)),
        ("c", "rie", {"owner_name": "Birgit Fra KL"}, date(2027, 6, 9)),
        ("d", "rie", {"owner_id": world.ids["daniel"]}, date(2027, 6, 10)),
        ("e", "rie", {"owner_id": world.ids["steen"]}, date(2027, 6, 2)),
        ("f", "rie", {"owner_id": world.ids["steen"]}, date(2027, 6, 3)),
    ]:
        ids[title] = (await world.act(who, create(title, due_on=due_on, **owner))).id
    await world.act("steen", block(ids["a"], "venter"))
    await world.act("steen", done(ids["f"]))
    await world.act("morten", create("andet", due_on=LATER), other_group=True)
    tasks = await world.act("rie", lambda uow, g, a, now: open_tasks(uow, g))
    assert [t.title for t in tasks] == ["c", "d", "b", "e", "a"]


async def test_tasks_of_a_name_by_first_name_full_name_case_and_accents(world):
    rene = await add_member(world, "rene", "René Ågård")
    rie = await world.act("rie", create("Referat", due_on=LATER))
    renes = await world.act("rie", create("Lokale", owner_id=rene, due_on=LATER))
    outside = await world.act("rie", create("Svar fra KL", owner_name="Rie Holm", due_on=LATER))
    for name in ("Rie Nielsen", "rie nielsen?"):
        members, tasks = await _tasks_of(world, name)
        assert ([m.id for m in members], [t.id for t in tasks]) == ([world.ids["rie"]], [rie.id])
    members, tasks = await _tasks_of(world, "RIE")
    assert ([m.id for m in members], {t.id for t in tasks}) == (
        [world.ids["rie"]], {rie.id, outside.id})
    for name in ("rene", "Rene ågård", "RENÉ ÅGÅRD"):
        members, tasks = await _tasks_of(world, name)
        assert ([m.id for m in members], [t.id for t in tasks]) == ([rene], [renes.id])
    assert await _tasks_of(world, "Rene Agard") == ([], [])  # å is a letter of its own
    assert await _tasks_of(world, "Morten") == ([], [])  # in another group


async def test_a_name_asked_in_the_genitive_keeps_an_s_of_its_own(world):
    hans = await add_member(world, "hans", "Hans Bjerre")
    his = await world.act("rie", create("Budget", owner_id=hans, due_on=LATER))
    # "Hans opgaver" reaches the query as "Han"; "Ries opgaver" as "Rie".
    members, tasks = await _tasks_of(world, "Han")
    assert ([m.id for m in members], [t.id for t in tasks]) == ([hans], [his.id])
    members, _ = await _tasks_of(world, "Rie")
    assert [m.id for m in members] == [world.ids["rie"]]
    assert await _tasks_of(world, "Ib") == ([], [])


async def test_a_first_name_two_members_share_gives_both(world):
    other = await add_member(world, "rie2", "Rie Hansen")
    mine = await world.act("rie", create("Referat", due_on=LATER))
    hers = await world.act("rie", create("Lokale", owner_id=other, due_on=LATER))
    members, tasks = await _tasks_of(world, "rie")
    assert sorted(m.id for m in members) == sorted([world.ids["rie"], other])
    assert [t.id for t in tasks] == [hers.id, mine.id]  # Hansen before Nielsen
    members, _ = await _tasks_of(world, "Rie Hansen")
    assert [m.id for m in members] == [other]


async def test_follow_up_lists_unfinished_tasks_and_those_closed_since_the_last_meeting(world):
    previous = await world.plan(local(2027, 6, 10, 10, 0))
    meeting = await world.plan(local(2027, 9, 24, 10, 0))
    old = await world.act("daniel", create("Lukket før", due_on=LATER))
    await world.act("daniel", done(old.id))
    world.clock.set(local(2027, 6, 15, 9, 0))
    await _set_status(world, previous.id, MeetingStatus.HELD)
    open_ = await world.act("daniel", create("Åben", due_on=LATER))
    blocked = await world.act("steen", create("Blokeret", due_on=LATER))
    await world.act("steen", block(blocked.id, "venter"))
    finished = await world.act("daniel", create("Færdig", due_on=LATER))
    await world.act("daniel", done(finished.id))
    dropped = await world.act("steen", create("Droppet", due_on=LATER))
    world.clock.advance(timedelta(days=1))
    await world.act("rie", cancel(dropped.id))
    listed = await world.act("rie", lambda uow, g, a, now: follow_up(uow, g, meeting))
    assert [t.id for t in listed] == [open_.id, blocked.id, finished.id, dropped.id]
    first = await world.act("rie", lambda uow, g, a, now: follow_up(uow, g, previous))
    assert old.id in {t.id for t in first}  # no meeting before it: every closed task


async def test_open_tasks_ordered_by_the_members_already_read_read_no_member_again(world):
    for who, owner in (("rie", "steen"), ("rie", "daniel"), ("daniel", "rie")):
        await world.act(who, create(f"til {owner}", owner_id=world.ids[owner], due_on=LATER))
    await world.act("rie", create("ude", owner_name="Birgit Fra KL", due_on=LATER))

    async def twice(uow, group, actor, now):
        members = {m.id: m for m in await uow.members.of_group(group.id)}
        read = []
        engine = uow.session.bind.sync_engine
        listener = lambda *args: read.append(args[2])  # noqa: E731
        event.listen(engine, "before_cursor_execute", listener)
        try:
            given = await open_tasks(uow, group, members)
        finally:
            event.remove(engine, "before_cursor_execute", listener)
        return given, await open_tasks(uow, group), read

    given, alone, read = await world.act("rie", twice)
    assert [t.id for t in given] == [t.id for t in alone]
    assert [t.title for t in given] == ["ude", "til daniel", "til rie", "til steen"]
    assert not [statement for statement in read if "FROM members" in statement]


async def _tasks_of(world, name: str):
    return await world.act("steen", lambda uow, g, a, now: tasks_of_name(uow, g, name))


async def _set_status(world, meeting_id: int, status: str) -> None:
    async with world.uow() as uow:
        await uow.session.execute(
            update(Meeting).where(Meeting.id == meeting_id).values(status=status))
        await uow.commit()
