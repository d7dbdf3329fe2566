"""A claimed row on its way, and what a batch reads about its rows in a few queries."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.teams.connector import Target
from meetings.common.entities import ConversationAddress, OutboxMessage
from storage.unit_of_work import UnitOfWork


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
