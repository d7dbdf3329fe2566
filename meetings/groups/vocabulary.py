"""The groups' words: the roles members hold and the kinds of conversation the bot serves."""

import enum

# Enumerations are stored as plain strings: adding a value needs no ALTER TYPE on PostgreSQL.


class Role(enum.StrEnum):
    CHAIR = "chair"
    SECRETARY = "secretary"
    MINUTE_TAKER = "minute_taker"  # the group's standing referent: writes the minutes
    MEMBER = "member"
    GUEST = "guest"


MANAGERS = frozenset({Role.CHAIR, Role.SECRETARY})  # who plans, moves and cancels meetings


class ConversationKind(enum.StrEnum):
    PERSONAL = "personal"
    GROUP_CHAT = "groupChat"
    CHANNEL = "channel"
