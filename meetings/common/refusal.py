"""Refusals: what a use case says when it will not do what was asked."""

from collections.abc import Mapping


class Refusal(Exception):
    """A request the domain turns down, with a code the bot turns into words.

    Nothing has been written when one is raised: the unit of work rolls back.
    """

    def __init__(self, code: str, **details: str) -> None:
        super().__init__(code)
        self.code = code
        self.details: Mapping[str, str] = details


NOT_ALLOWED = "not_allowed"  # details: allowed, when more than the chair and the secretary may
# Who else may, named in a NOT_ALLOWED's `allowed` where the domain decides it, so the words
# the user reads say who can.
TASK_OWNER = "task_owner"  # the task's owner may change their own task
GROUP_MEMBER = "group_member"  # a member of the group may (take over as secretary)
MINUTE_TAKER = "minute_taker"  # the minute-taker may write the minutes
NO_MEETING = "no_meeting"
MEETING_NOT_FOUND = "meeting_not_found"
NOT_PLANNED_ON = "not_planned_on"  # a date or month in a message names no planned meeting
AMBIGUOUS_MEETING = "ambiguous_meeting"
ALREADY_CANCELLED = "already_cancelled"
# A meeting begun or with minutes keeps its day; details: starts_at, ends_at (ISO), state
# ("under_way", "held", "minutes"), action ("move", "cancel").
MEETING_BEGUN = "meeting_begun"
DUPLICATE_MEETING = "duplicate_meeting"
UNKNOWN_GROUP = "unknown_group"
NOT_A_MEMBER = "not_a_member"  # a card names a group the clicker is not in
LEFT_THE_GROUP = "left_the_group"  # a card names a group the clicker has left
ITEM_NOT_FOUND = "item_not_found"
DEADLINE_PASSED = "deadline_passed"
BAD_ITEM = "bad_item"
BAD_SETTINGS = "bad_settings"
BAD_ATTENDANCE = "bad_attendance"
TASK_NOT_FOUND = "task_not_found"
BAD_TASK = "bad_task"  # details: field
AMBIGUOUS_OWNER = "ambiguous_owner"  # details: name
UNKNOWN_OWNER = "unknown_owner"
MINUTES_NOT_FOUND = "minutes_not_found"
LINE_CHANGED = "line_changed"  # the "#opgave" line a card asked about, edited or deleted since
MINUTES_LOCKED = "minutes_locked"  # approved: only the chair or secretary may correct
BAD_MINUTES = "bad_minutes"  # details: field
# Roles and members
MEMBER_NOT_FOUND = "member_not_found"
UNKNOWN_ROLE = "unknown_role"
LAST_LEADER = "last_leader"  # details: name; the group's last chair or secretary
STILL_A_MEMBER = "still_a_member"  # details: name; only a former member's data is erased
NOT_IN_TEAMS = "not_in_teams"  # details: name; known only from imported minutes: leads nothing
BAD_RETENTION = "bad_retention"  # months the data is kept after the bot is removed
IMPORT_GONE = "import_gone"  # a preview's Importér/Annullér after it was used, or a day later
NO_GROUP_TO_IMPORT = "no_group_to_import"  # minutes sent in a 1:1 chat by one who leads none
