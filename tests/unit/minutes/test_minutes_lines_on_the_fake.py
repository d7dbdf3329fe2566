"""Minutes lines remembered by their Teams message, and that message edited or deleted, on the
fake unit of work."""

import pytest

from meetings.common.refusal import Refusal
from meetings.minutes.capture import parse_captures
from meetings.minutes.message_lines import (
    CHANGED,
    FOLLOWED,
    NOT_OURS,
    OTHER_LINES,
    TASK_CLOSED,
    capture_message,
    delete_message,
    edit_message,
)
from meetings.tasks.tasks import complete_task
from tests.support.minutes_steps import (
    entries,
    meeting_with_agenda,
    minutes_row,
    recording,
)


def writing(text: str, message_id: str):
    return lambda uow, g, a, now: capture_message(uow, g, a, parse_captures(text), now,
                                                  message_id=message_id)


def editing(text: str, message_id: str):
    return lambda uow, g, a, now: edit_message(uow, g, a, message_id, parse_captures(text), now)


def deleting(message_id: str):
    return lambda uow, g, a, now: delete_message(uow, g, a, message_id, now)


async def item(world, meeting_id: int, number: int = 4):
    return (await entries(world, (await minutes_row(world, meeting_id)).id))[number]


async def test_an_edit_rewrites_its_own_lines_where_they_stand(world):
    held = await meeting_with_agenda(world)
    await world.act("rie", writing("#punkt 4\n#info Heidi fortalte.\n#beslutning Udsat", "m1"))
    await world.act("rie", writing("#info Daniel supplerede\nmed tal fra Næstved.", "m2"))
    await world.act("rie", writing("#info Mødet sluttede.", "m3"))
    followed = await world.act("rie", editing(
        "#punkt 4\n#info Heidi fortalte.\n#beslutning Vedtaget", "m1"))
    assert followed.status == FOLLOWED
    assert [(c.kind, c.number) for c in followed.changes] == [("decision", 4)]
    edited = await world.act("rie", editing("#note Daniel supplerede.", "m2"))
    assert [(c.kind, c.removed) for c in edited.changes] == [("note", False)]
    stored = await item(world, held.meeting_id)
    assert stored.notes == "Heidi fortalte.\nDaniel supplerede.\nMødet sluttede."
    assert stored.decision == "Vedtaget"
    await world.act("rie", deleting("m1"))
    stored = await item(world, held.meeting_id)
    assert (stored.notes, stored.decision) == ("Daniel supplerede.\nMødet sluttede.", None)


async def test_an_edit_that_changes_what_kind_of_lines_it_has_is_left_to_the_card(world):
    held = await meeting_with_agenda(world)
    await world.act("rie", writing("#punkt 4\n#beslutning Udsat", "m1"))
    followed = await world.act("rie", editing("#punkt 4\n#info Udsat", "m1"))
    assert (followed.status, followed.number) == (OTHER_LINES, 4)
    assert (await item(world, held.meeting_id)).decision == "Udsat"


async def test_a_message_that_wrote_nothing_and_a_plain_members_edit_change_nothing(world):
    held = await meeting_with_agenda(world)
    await world.act("rie", writing("#punkt 4\n#beslutning Udsat", "m1"))
    assert (await world.act("rie", editing("#beslutning Andet", "m9"))).status == NOT_OURS
    with pytest.raises(Refusal, match="^not_allowed$"):
        await world.act("daniel", deleting("m1"))
    assert (await item(world, held.meeting_id)).decision == "Udsat"


async def test_an_item_line_corrected_moves_its_lines_to_that_item(world):
    held = await meeting_with_agenda(world)
    await world.act("rie", writing("#punkt 4\n#info Heidi fortalte.", "m1"))
    followed = await world.act("rie", editing("#punkt 5\n#info Heidi fortalte.", "m1"))
    assert [(c.kind, c.number, c.moved) for c in followed.changes] == [("info", 5, True)]
    assert (await item(world, held.meeting_id)).notes is None
    assert (await item(world, held.meeting_id, 5)).notes == "Heidi fortalte."
    assert (await minutes_row(world, held.meeting_id)).current_number == 5


async def test_a_message_whose_task_was_done_since_changes_none_of_its_lines(world):
    held = await meeting_with_agenda(world)
    results = await world.act("rie", writing(
        "#punkt 4\n#beslutning Udsat\n#opgave Rie ringer til tilsynet", "m1"))
    task = results[-1].task
    await world.act("rie", lambda uow, g, a, now: complete_task(uow, a, task.id, None, now))
    followed = await world.act("rie", editing(
        "#punkt 4\n#beslutning Vedtaget\n#opgave Rie ringer til tilsynet Øst", "m1"))
    assert (followed.status, followed.number) == (TASK_CLOSED, 4)
    assert (await item(world, held.meeting_id)).decision == "Udsat"  # not half followed
    deleted = await world.act("rie", deleting("m1"))
    assert (deleted.status, deleted.number) == (TASK_CLOSED, 4)
    assert (await item(world, held.meeting_id)).decision == "Udsat"
    again = await world.act("rie", editing(
        "#punkt 4\n#beslutning Vedtaget\n#opgave Rie ringer til tilsynet Øst", "m1"))
    assert again.status == TASK_CLOSED  # its lines still remembered, none taken out


async def test_a_message_one_of_whose_items_was_changed_since_changes_none_of_its_lines(world):
    held = await meeting_with_agenda(world)
    await world.act("rie", writing("#punkt 4\n#beslutning Udsat\n#punkt 5\n#info Heidi fortalte.",
                                   "m1"))
    fifth = await item(world, held.meeting_id, 5)
    await world.act("rie", recording(fifth.id, notes="Skrevet om på kortet"))
    followed = await world.act("rie", editing(
        "#punkt 4\n#beslutning Vedtaget\n#punkt 5\n#info Heidi fortalte mere.", "m1"))
    assert (followed.status, followed.number) == (CHANGED, 5)
    assert (await item(world, held.meeting_id)).decision == "Udsat"  # not half followed
    deleted = await world.act("rie", deleting("m1"))
    assert (deleted.status, deleted.number) == (CHANGED, 5)
    assert (await item(world, held.meeting_id)).decision == "Udsat"
