"""Planning's words: what becomes of a meeting."""

import enum


class MeetingStatus(enum.StrEnum):
    PLANNED = "planned"
    CANCELLED = "cancelled"
    HELD = "held"
