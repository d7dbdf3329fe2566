"""The audit of role changes: who gave whom which role, from what, and when."""

from datetime import datetime

from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group, Member
from meetings.privacy.entities import RoleChange


def record_role_change(uow: UnitOfWork, group: Group, actor: Member, member: Member,
                       before: str | None, after: str, now: datetime) -> None:
    """One row in the change's own transaction: if the change is rolled back, so is this."""
    uow.members.add_role_change(RoleChange(
        group_id=group.id, actor_id=actor.id, actor_name=actor.name, member_id=member.id,
        member_name=member.name, before_role=before, after_role=str(after), changed_at=now))
