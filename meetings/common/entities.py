"""What the domain keeps: plain classes that storage maps onto its tables.

Each capability's `entities` module holds its own (a group and its members, a meeting, an
agenda item, the minutes, a task …). They import nothing but the domain's words, and nothing of
SQLAlchemy: `storage/models/` maps each class onto its table when storage is imported
(SQLAlchemy's imperative mapping, as in cosmicpython), so the domain and its tests work with
the same objects the database loads and saves.
"""

from datetime import datetime
from functools import cache
from typing import Any


class Entity:
    """A thing kept with an identity. Made with keyword arguments, as a row is written: a field
    not given reads None until the database fills in its default on saving."""

    def __init__(self, **values: Any) -> None:
        fields = self.fields()
        for name, value in values.items():
            if name not in fields:
                raise TypeError(f"no field {name!r} in {type(self).__name__}")
            setattr(self, name, value)

    @classmethod
    @cache
    def fields(cls) -> frozenset[str]:
        """The names its annotations declare, its own and those of the classes it extends."""
        return frozenset(name for klass in cls.__mro__
                         for name in getattr(klass, "__annotations__", {}))

    def __getattr__(self, name: str) -> Any:
        # Only reached for a field never set, on an object that storage has not mapped (a use
        # case's unit test); a mapped object reads None there by itself.
        if name in type(self).fields():
            return None
        raise AttributeError(f"no attribute {name!r} on {type(self).__name__}")


class ConversationAddress(Entity):
    """Where a proactive message goes: a group's conversation or a member's 1:1 chat."""

    id: int
    conversation_id: str
    conversation_type: str
    channel_id: str
    service_url: str
    # Stored apart because botbuilder 4.17.1 drops it when serializing a ConversationReference.
    tenant_id: str | None
    team_id: str | None
    teams_channel_id: str | None
    bot_id: str
    bot_name: str | None
    group_id: int | None
    member_aad_object_id: str | None
    updated_at: datetime


class OutboxMessage(Entity):
    """A proactive message, written in the transaction of the change that causes it.

    The database, not the scheduler, is the source of truth: a worker claims due rows under a
    lease, sends them, and records the Teams message id so a posted card can be updated later.
    """

    id: int
    dedupe_key: str
    kind: str
    payload: dict
    group_id: int | None
    meeting_id: int | None
    # Exactly one target: a conversation, or a member whose 1:1 chat the worker finds or makes.
    conversation_id: str | None
    member_id: int | None
    # For an update in place: the dedupe key of the message whose posted card is replaced.
    replaces_key: str | None
    due_at: datetime
    expires_at: datetime | None
    status: str
    attempts: int
    next_attempt_at: datetime
    lease_owner: str | None
    lease_expires_at: datetime | None
    last_error: str | None
    teams_message_id: str | None
    sent_at: datetime | None
    created_at: datetime
