"""Somebody added to a group's chat after the bot was: the group hears nothing (an "added"
line is Teams' own), but she gets a word in her 1:1 chat on what the bot is and what to ask."""

from collections.abc import Iterable
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
