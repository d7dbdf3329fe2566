"""The minutes' words: how far the minutes have come, who was there, what the log records."""

import enum


class MinutesStatus(enum.StrEnum):
    DRAFT = "draft"  # the secretary is writing
    POSTED = "posted"  # out for approval; silence is consent after `approve_by`
    APPROVED = "approved"  # locked: a change now is a logged correction


class PresenceStatus(enum.StrEnum):
    PRESENT = "present"
    ABSENT = "absent"  # fraværende
    SUBSTITUTE = "substitute"  # somebody else came for the member's organisation


class EventKind(enum.StrEnum):
    """What a line of the minutes' log records."""

    POSTED = "posted"
    APPROVED = "approved"  # a member's approval
    COMMENT = "comment"  # an objection until the secretary resolves it
    RESOLVED = "resolved"
    CONSENTED = "consented"  # approved by silence when the deadline passed
    LOCKED = "locked"
    # Posted minutes changed: a new version, approvals of the earlier one no longer count, the
    # deadline starts over.
    CHANGED = "changed"
    # The deadline passed with comments open: the chair and the secretary were told.
    WAITING = "waiting"
    CORRECTION = "correction"  # a change after approval: who, what was there before
