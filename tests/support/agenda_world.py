"""A network group for the agenda tests, on a real database (tests/integration) or the fake
unit of work (fake_world.py, tests/unit): people with roles and organisations, a second group,
and helpers that run a use case as one of them."""

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from sqlalchemy import select, update

from meetings.agenda.attendance import answer_attendance
from meetings.agenda.cycle import advance_agenda_cycles
from meetings.agenda.entities import AgendaItem
from meetings.agenda.items.draft import ItemDraft
from meetings.agenda.items.review import review_item
from meetings.agenda.proposals import answer_nothing, propose_item
from meetings.common.entities import OutboxMessage
from meetings.groups.entities import Group, Member
from meetings.groups.vocabulary import ConversationKind, Role
from meetings.planning.entities import Meeting
from meetings.planning.meeting_line import MeetingDraft
from meetings.planning.planning import plan_meeting
from storage.unit_of_work import UnitOfWorkFactory
from tests.fakes import CPH as CPH  # with local, re-exported for the tests on this world
from tests.fakes import FakeClock
from tests.fakes import local as local

NETWORK = "19:network@thread.v2"
STEERING = "19:steering@thread.v2"
PEOPLE = {  # key: (name, organisation, role)
    "lisbet": ("Lisbet Daugaard-Hansen", "Holbæk", Role.CHAIR),
    "rie": ("Rie Nielsen", "Holbæk", Role.SECRETARY),
    "daniel": ("Daniel Gottrup", "Næstved", Role.MEMBER),
    "christel": ("Christel Jørgensen", "Roskilde", Role.MEMBER),
    "steen": ("Steen Bager", "Odsherred", Role.MEMBER),
    "anne": ("Anne-Katrine F. Madsen", "Region Sjælland", Role.MEMBER),
    "povl": ("Povl Skov", "Rammeaftale Sjælland", Role.GUEST),
}

UseCase = Callable[..., Awaitable]


class World:
    def __init__(self, uow: UnitOfWorkFactory, clock: FakeClock) -> None:
        self.uow, self.clock = uow, clock
        self.group_id = self.other_group_id = 0
        self.ids: dict[str, int] = {}

    async def build(self) -> "World":
        async with self.uow() as uow:
            self.group_id = await self._group(uow, NETWORK, "Netværksgruppe Børn og Unge")
            for key, (name, organisation, role) in PEOPLE.items():
                self.ids[key] = await self._member(uow, self.group_id, key, name, organisation,
                                                   role)
            self.other_group_id = await self._group(uow, STEERING, "Styregruppen")
            self.ids["morten"] = await self._member(uow, self.other_group_id, "morten",
                                                    "Morten Andersen", "Greve", Role.SECRETARY)
            await uow.commit()
        return self

    async def act(self, who: str, call: UseCase, *, other_group: bool = False):
        """Run `call(uow, group, actor, now)` as `who` in one committed unit of work."""
        async with self.uow() as uow:
            group = await uow.groups.get(self.other_group_id if other_group else self.group_id)
            actor = await uow.members.get(self.ids[who])
            result = await call(uow, group, actor, self.clock.now())
            await uow.commit()
        return result

    async def plan(self, start: datetime, hours: int = 3) -> Meeting:
        draft = MeetingDraft(starts_at=start, ends_at=start + timedelta(hours=hours),
                             place="Hækkerupsvej 1, Ringsted", online=False)
        return await self.act("rie", lambda uow, g, a, now: plan_meeting(uow, g, a, draft, now))

    async def tick(self) -> list[str]:
        async with self.uow() as uow:
            events = await advance_agenda_cycles(uow, self.clock.now())
            await uow.commit()
        return events

    async def meeting(self, meeting_id: int) -> Meeting:
        async with self.uow() as uow:
            return await uow.meetings.get(meeting_id)

    async def item(self, item_id: int) -> AgendaItem:
        async with self.uow() as uow:
            return await uow.items.get(item_id)

    async def items(self, meeting_id: int) -> list[AgendaItem]:
        async with self.uow() as uow:
            return list(await uow.items.of_meeting(meeting_id))

    async def table(self, model: type, test: Callable = lambda row: True) -> list:
        """Every row of a model that passes `test`, in the order they were written: what a
        test reads past the ports, on the fake as on the databases (fake_world.py)."""
        async with self.uow() as uow:
            return [row for row in await uow.session.scalars(select(model).order_by(model.id))
                    if test(row)]

    async def outbox(self, kind: str | None = None) -> list[OutboxMessage]:
        async with self.uow() as uow:
            query = select(OutboxMessage).order_by(OutboxMessage.id)
            if kind:
                query = query.where(OutboxMessage.kind == kind)
            return list(await uow.session.scalars(query))

    async def mark_sent(self, key: str) -> None:
        """What the delivery worker records once Teams took the message."""
        async with self.uow() as uow:
            await uow.session.execute(update(OutboxMessage).where(
                OutboxMessage.dedupe_key == key).values(
                status="sent", teams_message_id=f"1:{key}", sent_at=self.clock.now()))
            await uow.commit()

    def who(self, member_ids) -> set[str]:
        names = {member_id: key for key, member_id in self.ids.items()}
        return {names[member_id] for member_id in member_ids}

    async def _group(self, uow, conversation_id: str, name: str) -> int:
        group = Group(conversation_id=conversation_id, kind=ConversationKind.CHANNEL, name=name,
                      tenant_id="tenant", time_zone="Europe/Copenhagen", language="da",
                      created_at=self.clock.now())
        uow.groups.add(group)
        await uow.flush()
        return group.id

    async def _member(self, uow, group_id, key, name, organisation, role) -> int:
        member = Member(group_id=group_id, teams_id=f"29:{key}", aad_object_id=f"aad-{key}",
                        name=name, organisation=organisation, role=role,
                        joined_at=self.clock.now())
        uow.members.add(member)
        await uow.flush()
        return member.id


# Use cases as `call(uow, group, actor, now)`, for World.act.

def propose(meeting_id: int, title: str, **values) -> UseCase:
    draft = ItemDraft(title=title, **values)
    return lambda uow, g, a, now: propose_item(uow, g, meeting_id, a, draft, now)


def nothing(meeting_id: int) -> UseCase:
    return lambda uow, g, a, now: answer_nothing(uow, g, meeting_id, a, now)


def review(item_id: int, decision: str, reason: str | None = None) -> UseCase:
    return lambda uow, g, a, now: review_item(uow, g, a, item_id, decision, now, reason)


def attend(meeting_id: int, status: str, substitute: str | None = None) -> UseCase:
    return lambda uow, g, a, now: answer_attendance(uow, g, meeting_id, a, status, now,
                                                    substitute)
