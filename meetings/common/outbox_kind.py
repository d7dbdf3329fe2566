"""Every kind of proactive message the domain writes to the outbox, in one place."""

import enum


class OutboxKind(enum.StrEnum):
    """What an outbox row is, and so how the bot renders it when it sends it.

    The values are stored in the outbox's `kind` column: rows already written must still
    render, so a value is never changed, only added (with its renderer in `bot/outbox/`).
    """

    # A plain text: the smallest message the delivery worker sends.
    TEXT = "text"
    # Meetings: the reminder the working day before; the card updated after a move or cancel.
    MEETING_REMINDER = "meeting_reminder"
    MEETING_CARD_UPDATE = "meeting_card_update"
    # The agenda cycle, in its order: call, nudge, the agenda, who comes.
    AGENDA_CALL = "agenda_call"
    AGENDA_NUDGE = "agenda_nudge"
    AGENDA_PUBLISHED = "agenda_published"
    ATTENDANCE_REMINDER = "attendance_reminder"
    # The published agenda card brought up to date in place, and the chair's note of a change.
    AGENDA_CARD_UPDATE = "agenda_card_update"
    AGENDA_CHANGE_NOTICE = "agenda_change_notice"
    # The posted call for input brought up to date in place after a move or a cancel.
    AGENDA_CALL_UPDATE = "agenda_call_update"
    # Each 1:1 nudge posted brought up to date the same way.
    AGENDA_NUDGE_UPDATE = "agenda_nudge_update"
    # What became of a proposer's item.
    ITEM_DECISION = "item_decision"
    # The task chase's daily digest to one person.
    TASK_REMINDERS = "task_reminders"
    # The minutes posted for approval, and approved by silence.
    MINUTES_POSTED = "minutes_posted"
    MINUTES_APPROVED = "minutes_approved"
    # A member's comment on posted minutes, to the chair and the secretary to settle.
    MINUTES_COMMENT = "minutes_comment"
    # To a member whose approval no longer counts: the minutes changed after they approved.
    MINUTES_APPROVAL_CLEARED = "minutes_approval_cleared"
    # To the chair and the secretary: the deadline passed, but comments are still open.
    MINUTES_WAITING = "minutes_waiting"
    # Roles and members: a leaver's open tasks to the secretary; the word a week before a
    # group the bot was removed from is erased.
    LEFT_MEMBER_TASKS = "left_member_tasks"
    # To one added to a group's chat after the bot: what it is and what to ask, in her 1:1 chat.
    NEWCOMER_WELCOME = "newcomer_welcome"
    # Right after it, to one who joined while the call for agenda input is open: the call.
    NEWCOMER_CALL = "newcomer_call"
    GROUP_ERASURE_WARNING = "group_erasure_warning"
    # A group left without an active chair or secretary: the offer to take over, in its chat.
    LEADERLESS = "group_without_leader"
