"""A group with a chair and a member on a real database, and steps for the meeting tests."""

from datetime import datetime, timedelta

from meetings.common.conversation import AddressPolicy, Conversation, Person
from meetings.groups.registration import register_conversation
from meetings.groups.vocabulary import ConversationKind
from meetings.planning.meeting_line import MeetingDraft
from meetings.planning.planning import plan_meeting
from meetings.planning.schedule import next_meeting, skipped_before
from storage.repositories.quick_reads import MeetingFacts
from tests.fakes import CPH as CPH  # with local, re-exported for the meeting tests
from tests.fakes import local as local

POLICY = AddressPolicy(allowed_hosts=frozenset({"smba.trafficmanager.net"}))
LISBET = Person(teams_id="29:lisbet", name="Lisbet Daugaard-Hansen", aad_object_id="aad-lisbet")
RIE = Person(teams_id="29:rie", name="Rie Nielsen", aad_object_id="aad-rie")


def chat(conversation_id: str = "19:group@thread.v2", **changes) -> Conversation:
    values = dict(conversation_id=conversation_id, kind=ConversationKind.GROUP_CHAT,
                  service_url="https://smba.trafficmanager.net/emea/", bot_id="28:bot",
                  name="Netværksgruppe Børn og Unge", tenant_id="tenant")
    values.update(changes)
    return Conversation(**values)


def draft(start: datetime, hours: int = 3, place: str | None = "Ringsted") -> MeetingDraft:
    return MeetingDraft(starts_at=start, ends_at=start + timedelta(hours=hours), place=place,
                        online=place is None)


async def setup_group(uow_factory, clock, conversation=None):
    async with uow_factory() as uow:
        group, _ = await register_conversation(
            uow, conversation or chat(), people=[RIE], installer=LISBET, policy=POLICY,
            now=clock.now())
        await uow.commit()
    return group


async def as_member(uow, group, person):
    return await uow.members.by_aad_object_id(group.id, person.aad_object_id)


async def plan(uow_factory, group, start, person=LISBET, **kwargs):
    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        meeting = await plan_meeting(uow, g, await as_member(uow, g, person),
                                     draft(start, **kwargs), start - timedelta(days=30))
        await uow.commit()
    return meeting


async def the_next(uow_factory, reads, group, now):
    async with uow_factory() as uow:
        g = await uow.groups.get(group.id)
        meeting = await next_meeting(uow, g, now)
        skipped = await skipped_before(uow, g, now, meeting)
        member = await as_member(uow, group, RIE)
    # The bot reads it in one quick read with the member's group: both must agree, to the
    # last field the card shows.
    quick = await reads.next_meeting(member.id, now)
    assert (quick.group_id, quick.time_zone) == (group.id, group.time_zone)
    assert quick.meeting == (meeting and MeetingFacts(
        meeting.id, meeting.title, meeting.theme, meeting.starts_at, meeting.ends_at,
        meeting.place, meeting.online, meeting.online_url, meeting.status,
        meeting.calendar_token))
    # And the cancelled meeting it skips, said before it.
    assert quick.skipped_at == (skipped.starts_at if skipped else None)
    return meeting


async def the_skipped(uow_factory, reads, group, now) -> datetime | None:
    """When the cancelled meeting "the next meeting" skips starts, read both ways (they agree)."""
    await the_next(uow_factory, reads, group, now)
    async with uow_factory() as uow:
        member = await as_member(uow, group, RIE)
    return (await reads.next_meeting(member.id, now)).skipped_at


async def member_id(uow_factory, group, person=RIE) -> int:
    async with uow_factory() as uow:
        return (await as_member(uow, group, person)).id
