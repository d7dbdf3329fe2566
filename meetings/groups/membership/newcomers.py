"""Somebody added to a group's chat after the bot was: the group hears nothing (an "added"
line is Teams' own), but she gets a word in her 1:1 chat on what the bot is and what to ask.
Added to a team she joins the group of every channel the bot serves there, and gets one word
naming them all, not one per channel. What else a newcomer is told (a call for agenda input
that is open) is the business of the layers above, handed those welcomed."""

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from meetings.common.conversation import Person
from meetings.common.outbox_kind import OutboxKind
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member
from meetings.groups.vocabulary import ConversationKind

WORTH_SENDING = timedelta(days=7)
Joined = tuple[Group, Member]  # one newcomer in one group she joined


async def welcome_newcomers(uow: UnitOfWork, group: Group, people: Iterable[Person],
                            now: datetime) -> list[Joined]:
    """A welcome to each of `people` who joined the group just now; one who was in it before
    (added back) knows the bot already, and a join Teams tells again is welcomed once. Those
    welcomed now, with the group."""
    if group.kind == ConversationKind.PERSONAL or group.bot_removed_at is not None:
        return []
    welcomed: list[Joined] = []
    for person in people:
        member = await uow.members.by_teams_id(group.id, person.teams_id)
        if member is None or member.left_at is not None or member.joined_at != now:
            continue
        if await uow.outbox.enqueue(
                dedupe_key=f"newcomer:{member.id}", kind=OutboxKind.NEWCOMER_WELCOME,
                group_id=group.id, member_id=member.id, payload={}, due_at=now,
                expires_at=now + WORTH_SENDING, created_at=now):
            welcomed.append((group, member))
    return welcomed


async def welcome_to_team(uow: UnitOfWork, groups: Sequence[Group], people: Iterable[Person],
                          now: datetime) -> list[Joined]:
    """One welcome to each of `people` added to a team just now, naming the team's `groups`
    she joined (its payload's "groups", in the order given); none to one who had been in any
    of them before (added back to the team), who knows the bot. Those welcomed now, once for
    each group she joined."""
    groups = [g for g in groups if g.bot_removed_at is None]
    welcomed: list[Joined] = []
    for person in people:
        joined = [(group, member) for group in groups
                  if (member := await uow.members.by_teams_id(group.id, person.teams_id))
                  is not None]
        if not joined or any(m.joined_at != now or m.left_at is not None for _, m in joined):
            continue
        group, member = joined[0]
        if await uow.outbox.enqueue(
                dedupe_key=f"newcomer:{member.id}", kind=OutboxKind.NEWCOMER_WELCOME,
                group_id=group.id, member_id=member.id,
                payload={"groups": [g.id for g, _ in joined]}, due_at=now,
                expires_at=now + WORTH_SENDING, created_at=now):
            welcomed += joined
    return welcomed
