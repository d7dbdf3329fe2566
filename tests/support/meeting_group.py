"""A group with a chair (Lisbet, who installed the bot) and a member (Rie), and the steps that
plan its meetings, on any unit of work: the fake one of the unit tests or a real database's."""

from datetime import datetime, timedelta

from meetings.common.conversation import AddressPolicy, Conversation, Person
from meetings.groups.registration import register_conversation
from meetings.groups.vocabulary import ConversationKind
from meetings.planning.meeting_line import MeetingDraft
from meetings.planning.planning import plan_meeting

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


async def member_id(uow_factory, group, person=RIE) -> int:
    async with uow_factory() as uow:
        return (await as_member(uow, group, person)).id
