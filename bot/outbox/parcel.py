"""A claimed row on its way, and what a batch reads about its rows in a few queries."""

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot.outbox.card import NothingToSend
from bot.teams.connector import Target
from meetings.common.entities import ConversationAddress, OutboxMessage
from meetings.common.vocabulary import OutboxStatus
from storage.unit_of_work import UnitOfWork

WAIT_FOR_POST = timedelta(seconds=5)  # a few delivery ticks


class NotPostedYet(Exception):
    """The message to update is still on its way to Teams: the update waits for it, and for
    no less than the post itself waits (a post retried in an hour is not asked after every
    few seconds)."""

    def __init__(self, post_due: datetime) -> None:
        super().__init__("not posted yet")
        self.post_due = post_due


class HeldUntil(Exception):
    """The message is due outside the working hours and still of use at their start: it waits
    for them (the domain decides which)."""

    def __init__(self, until: datetime) -> None:
        super().__init__("held for the working hours")
        self.until = until


@dataclass
class Parcel:
    """One claimed row on its way: where it goes, what it says, and how it ended."""

    row: OutboxMessage
    target: Target | None = None
    activity: dict[str, Any] | None = None
    replaces: str | None = None  # the Teams id of the message to update in place
    via: ConversationAddress | None = None  # a member without a 1:1 chat: reach them via this
    member: Any = None
    outcome: dict[str, Any] = field(default_factory=dict)
    new_address: ConversationAddress | None = None
    recorded: bool = False
    lease_until: datetime | None = None  # this worker's lease of the row, renewed as it goes

    def __post_init__(self) -> None:
        self.lease_until = self.lease_until or self.row.lease_expires_at


@dataclass
class Lookup:
    """What a batch needs from the database, read in a few queries instead of a few per row."""

    members: dict[int, Any]
    personal: dict[str, ConversationAddress]
    conversations: dict[str, ConversationAddress]
    _group_addresses: dict[int, ConversationAddress | None] = field(default_factory=dict)

    @classmethod
    async def load(cls, uow: UnitOfWork, rows: list[OutboxMessage]) -> "Lookup":
        members = await uow.members.by_ids([r.member_id for r in rows if r.member_id])
        aad_ids = [m.aad_object_id for m in members.values() if m.aad_object_id]
        return cls(members=members,
                   personal=await uow.addresses.personal_of_many(aad_ids),
                   conversations=await uow.addresses.by_conversations(
                       [r.conversation_id for r in rows if r.conversation_id]))

    async def group_address(self, uow: UnitOfWork, group_id: int | None
                            ) -> ConversationAddress | None:
        if group_id not in self._group_addresses:
            self._group_addresses[group_id] = await uow.addresses.of_group(group_id)
        return self._group_addresses[group_id]


def target_of(address: ConversationAddress) -> Target:
    return Target(service_url=address.service_url, conversation_id=address.conversation_id,
                  tenant_id=address.tenant_id, bot_id=address.bot_id)


async def posted_id(uow: UnitOfWork, row: OutboxMessage) -> str:
    """The Teams id of the message `row` updates in place. An update queued while that message
    was being posted waits for it: the post was rendered before the change, so dropping the
    update would leave the card without it."""
    posted = await uow.outbox.by_key(row.replaces_key)
    if posted is not None and posted.teams_message_id:
        return posted.teams_message_id
    if posted is not None and posted.status != OutboxStatus.DEAD:
        raise NotPostedYet(posted.next_attempt_at)
    raise NothingToSend("the message to update was never posted")


def waiting_for_post(row: OutboxMessage, now: datetime, post_due: datetime
                     ) -> dict[str, Any]:
    """Back to the queue, a few ticks after the post is due; the wait is not a failed
    attempt."""
    return {"status": OutboxStatus.PENDING,
            "next_attempt_at": max(now, post_due) + WAIT_FOR_POST,
            "attempts": max(row.attempts - 1, 0),
            "last_error": "waiting for the message it updates to be posted"}


def held(row: OutboxMessage, until: datetime) -> dict[str, Any]:
    """Back to the queue until the working hours begin; the wait is not a failed attempt."""
    return {"status": OutboxStatus.PENDING, "next_attempt_at": until,
            "attempts": max(row.attempts - 1, 0),
            "last_error": "waiting for the working hours"}
