"""A group left without an active chair or secretary (`leaving.offer_leadership` posts the
offer): the first active member to click takes over as secretary. Until then nothing stops:
members ask, answer and add tasks as before."""

import logging
from datetime import datetime

from meetings.common.access import require_member
from meetings.common.ports import UnitOfWork
from meetings.common.refusal import GROUP_MEMBER, NOT_ALLOWED, Refusal
from meetings.groups.entities import Group, Member
from meetings.groups.membership.leaving import leavers_tasks_to_secretaries, secretaries
from meetings.groups.role_audit import record_role_change
from meetings.groups.vocabulary import Role

log = logging.getLogger(__name__)


async def take_over(uow: UnitOfWork, group: Group, actor: Member,
                    now: datetime) -> Member | None:
    """The clicker becomes secretary if the group still has no active chair or secretary, and
    gets the open tasks of those who left; None if somebody leads by then (took over first,
    or a leader was added back). A guest, or somebody who left, is refused."""
    require_member(actor, group, "take_over")
    if actor.left_at is not None or actor.role == Role.GUEST:
        log.warning("refused: take over by a guest or a former member",
                    extra={"group_id": group.id, "actor": actor.id})
        raise Refusal(NOT_ALLOWED, allowed=GROUP_MEMBER)
    # Two clicks at once: the second waits, then finds the first, with the members read again
    # (rows this turn read before the lock would still show the first clicker as a member).
    await uow.groups.lock_with_members(group.id)
    if await secretaries(uow, group):
        return None
    record_role_change(uow, group, actor, actor, actor.role, Role.SECRETARY, now)
    log.info("member took over as secretary", extra={
        "group_id": group.id, "actor": actor.id, "before": actor.role, "at": now.isoformat()})
    actor.role = Role.SECRETARY
    await uow.flush()
    await leavers_tasks_to_secretaries(uow, group, now)
    return actor
