"""The agenda cycle's words: kinds and statuses of items, answers to the call and attendance."""

import enum


class ItemKind(enum.StrEnum):
    """The kinds the minutes use: decision, discussion, information."""

    DECISION = "beslutning"
    DISCUSSION = "drøftelse"
    INFORMATION = "orientering"


class ItemStatus(enum.StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    DEFERRED = "deferred"
    REJECTED = "rejected"


class AttendanceStatus(enum.StrEnum):
    ATTENDING = "attending"
    REGRETS = "regrets"  # afbud
    SUBSTITUTE = "substitute"  # somebody else from the same organisation comes


class InputKind(enum.StrEnum):
    NOTHING = "nothing"  # "intet fra os"
