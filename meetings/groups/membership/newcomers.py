"""Somebody added to a group's chat after the bot was: the group hears nothing (an "added"
line is Teams' own), but she gets a word in her 1:1 chat on what the bot is and what to ask.
Added to a team she joins the group of every channel the bot serves there, and gets one word
naming them all, not one per channel."""

from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta

from meetings.common.conversation import Person
from meetings.common.outbox_kind import OutboxKind
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group
from meetings.groups.vocabulary import ConversationKind

WORTH_SENDING = timedelta(days=7)


async def welcome_newcomers(uow: UnitOfWork, group: Group, people: Iterable[Person],
                            now: datetime) -> int:
    """A welcome to each of `people` who joined the group just now; one who was in it before
    (added back) knows the bot already. How many were welcomed."""
    if group.kind == ConversationKind.PERSONAL or group.bot_removed_at is not None:
        return 0
    welcomed = 0
    for person in people:
        member = await uow.members.by_teams_id(group.id, person.teams_id)
        if member is None or member.left_at is not None or member.joined_at != now:
            continue
        welcomed += await uow.outbox.enqueue(
            dedupe_key=f"newcomer:{member.id}", kind=OutboxKind.NEWCOMER_WELCOME,
            group_id=group.id, member_id=member.id, payload={}, due_at=now,
            expires_at=now + WORTH_SENDING, created_at=now)
    return welcomed


async def welcome_to_team(uow: UnitOfWork, groups: Sequence[Group], people: Iterable[Person],
                          now: datetime) -> int:
    """One welcome to each of `people` added to a team just now, naming the team's `groups`
    she joined (its payload's "groups", in the order given); none to one who had been in any
    of them before (added back to the team), who knows the bot. How many were welcomed."""
    groups = [g for g in groups if g.bot_removed_at is None]
    welcomed = 0
    for person in people:
        joined = [(group, member) for group in groups
                  if (member := await uow.members.by_teams_id(group.id, person.teams_id))
                  is not None]
        if not joined or any(m.joined_at != now or m.left_at is not None for _, m in joined):
            continue
        group, member = joined[0]
        welcomed += await uow.outbox.enqueue(
            dedupe_key=f"newcomer:{member.id}", kind=OutboxKind.NEWCOMER_WELCOME,
            group_id=group.id, member_id=member.id,
            payload={"groups": [g.id for g, _ in joined]}, due_at=now,
            expires_at=now + WORTH_SENDING, created_at=now)
    return welcomed
