"""Words every capability shares: how far a proactive message in the outbox has come."""

import enum


class OutboxStatus(enum.StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"  # a transient failure; tried again at next_attempt_at
    DEAD = "dead"  # given up: blocked by the user, gone, too large, too late or cancelled
