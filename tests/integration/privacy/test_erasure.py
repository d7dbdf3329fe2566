"""Erasing a person on a real database: what names them goes, in their group only."""

from datetime import date, timedelta

from meetings.agenda.attendance import not_answered
from meetings.agenda.entities import AgendaItem
from meetings.common.conversation import Person
from meetings.common.entities import OutboxMessage
from meetings.common.outbox_kind import OutboxKind
from meetings.groups.entities import Member
from meetings.groups.languages import keep_written_language
from meetings.groups.membership.leaving import member_left
from meetings.minutes.approval import post_for_approval
from meetings.minutes.entities import Minutes, MinutesEntry
from meetings.minutes.recording import add_task_from_minutes, open_minutes
from meetings.planning.meeting_line import MeetingDraft
from meetings.planning.planning import plan_meeting
from meetings.privacy.rights import erase_member, erase_person
from meetings.tasks.tasks import TaskDraft
from tests.support.agenda_world import NETWORK, PEOPLE, local, propose
from tests.support.task_steps import create

MEETING = local(2027, 9, 24, 10, 0)


async def sent_note(world, key: str, note: str) -> None:
    """A message Teams took, whose card data names somebody ("Fortæl gruppen …")."""
    async with world.uow() as uow:
        await uow.outbox.enqueue(dedupe_key=key, kind="agenda_change_notice",
                                 payload={"note": note}, group_id=world.group_id,
                                 conversation_id=NETWORK, member_id=None,
                                 due_at=world.clock.now(), created_at=world.clock.now())
        await uow.commit()
    await world.mark_sent(key)


def erase(uow, group, actor, now):
    return erase_person(uow, actor, now)


async def left(world, key: str) -> int:
    """`key` leaves the network group; their member id there."""
    name = PEOPLE[key][0]
    async with world.uow() as uow:
        await member_left(uow, NETWORK, Person(f"29:{key}", name, f"aad-{key}"),
                          world.clock.now())
        await uow.commit()
    return world.ids[key]


async def planned_in_both_groups(world) -> tuple[int, int]:
    network = await world.plan(MEETING)
    draft = MeetingDraft(starts_at=MEETING + timedelta(days=7),
                         ends_at=MEETING + timedelta(days=7, hours=3), place="Greve",
                         online=False)
    steering = await world.act("morten", lambda uow, g, a, now: plan_meeting(
        uow, g, a, draft, now), other_group=True)
    return network.id, steering.id


async def test_sent_messages_naming_a_person_with_danish_letters_go_with_their_erasure(world):
    await sent_note(world, "christel", "Christel Jørgensen tager punktet om plejefamilier")
    await sent_note(world, "steen", "Steen Bager tager punktet om anbringelser")
    await world.act("christel", erase)
    notes = [m.payload["note"] for m in await world.table(OutboxMessage)]
    assert notes == ["Steen Bager tager punktet om anbringelser"]


async def test_erasing_a_former_member_leaves_what_other_groups_present_in_their_name(world):
    network, steering = await planned_in_both_groups(world)
    await world.act("daniel", propose(network, "Anbringelser i Næstved",
                                      presenter="Daniel Gottrup"))
    await world.act("morten", propose(steering, "Rammeaftalens tal",
                                      presenter="Daniel Gottrup"), other_group=True)
    daniel = await left(world, "daniel")
    await world.act("rie", lambda uow, g, a, now: erase_member(uow, g, a, daniel, now))
    presenters = [(i.title, i.presenter) for i in await world.table(AgendaItem)]
    assert presenters == [("Anbringelser i Næstved", "Tidligere medlem"),
                          ("Rammeaftalens tal", "Daniel Gottrup")]


async def test_erasure_rewrites_them_as_presenter_however_written_and_as_draft_minute_taker(
        world):
    meeting = await world.plan(MEETING)
    await world.act("rie", propose(meeting.id, "Plejefamilier", presenter="Rie"))
    await world.act("daniel", propose(meeting.id, "Bakkehuset",
                                      presenter="Rie Nielsen (Holbæk)"))
    world.clock.set(MEETING)
    await world.act("rie", lambda uow, g, a, now: open_minutes(uow, g, a, meeting.id, now))
    await world.act("rie", erase)
    presenters = [(i.title, i.presenter) for i in await world.table(AgendaItem)]
    assert presenters == [("Plejefamilier", "Tidligere medlem"),
                          ("Bakkehuset", "Tidligere medlem (Holbæk)")]
    [minutes] = await world.table(Minutes)
    assert (minutes.approved_at, minutes.minute_taker_name) == (None, "Tidligere medlem")


async def test_an_erased_person_has_left_and_their_open_tasks_go_to_the_secretary(world):
    meeting = await world.plan(MEETING)
    await world.act("rie", create("Christel ringer til Bakkehuset",
                                  owner_id=world.ids["christel"], due_on=date(2027, 7, 1)))
    await world.act("christel", erase)
    missing = await world.act("rie", lambda uow, g, a, now: not_answered(uow, g, meeting.id))
    assert "christel" not in world.who(m.id for m in missing)
    [handed] = await world.outbox(OutboxKind.LEFT_MEMBER_TASKS)
    assert (handed.member_id, handed.payload) == (world.ids["rie"],
                                                  {"member_id": world.ids["christel"]})


async def test_erasure_rewrites_them_in_the_tasks_posted_minutes_print(world):
    """Minutes out for approval print their tasks as posted; not yet a public record, so the
    erased person's name goes from them as from the task."""
    meeting = await world.plan(MEETING)
    world.clock.set(MEETING)
    minutes = await world.act("rie", lambda uow, g, a, now: open_minutes(uow, g, a, meeting.id,
                                                                          now))
    [entry, *_] = await world.table(MinutesEntry)
    draft = TaskDraft("Christel ringer til Bakkehuset", owner_id=world.ids["christel"],
                      due_on=date(2027, 10, 1))
    await world.act("rie", lambda uow, g, a, now: add_task_from_minutes(uow, g, a, entry.id,
                                                                        draft, now))
    await world.act("rie", lambda uow, g, a, now: post_for_approval(uow, g, a, minutes.id, now))
    await world.act("christel", erase)
    [minutes] = await world.table(Minutes)
    assert [(line["owner"], line["title"]) for line in minutes.approved_tasks] == [
        ("Tidligere medlem", "Tidligere medlem ringer til Bakkehuset")]


async def test_the_language_a_person_wrote_in_goes_with_their_erasure(world):
    christel = Person("29:christel", PEOPLE["christel"][0], "aad-christel")
    async with world.uow() as uow:
        assert await keep_written_language(uow, christel, "en")
        await uow.commit()
    async def language() -> list:
        return [m.language for m in await world.table(Member)
                if m.id == world.ids["christel"]]

    assert await language() == ["en"]
    await world.act("christel", erase)
    assert await language() == [None]
