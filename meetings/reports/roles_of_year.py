"""Who was a member (not only a guest) in a report's year, read from the kept role changes:
a member made guest in December represented their organisation that year, and a guest made
member the year after did not."""

from collections.abc import Sequence
from datetime import datetime

from meetings.groups.entities import Member
from meetings.groups.vocabulary import Role
from meetings.privacy.entities import RoleChange


def members_of_year(members: Sequence[Member], changes: Sequence[RoleChange],
                    start: datetime, end: datetime) -> list[Member]:
    """The members who held a role other than guest at some moment of [start, end).

    `changes` are the group's role changes from `start` on, oldest first. A member's role at
    `start` is the role their first change since then changed from (today's, without one);
    during the year they also held every role a change in it gave. A change made before the
    changes were kept counts as today's role, as before."""
    return [member for member in members
            if _roles_held(member, [c for c in changes if c.member_id == member.id], start, end)
            - {Role.GUEST}]


def _roles_held(member: Member, changes: Sequence[RoleChange], start: datetime,
                end: datetime) -> set[str]:
    at_start = next((c.before_role for c in changes if c.changed_at >= start), None)
    during = {c.after_role for c in changes if start <= c.changed_at < end}
    return {at_start or member.role, *during}
