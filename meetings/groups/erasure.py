"""The tick that erases the groups the bot was removed from once their retention period is
over, after telling their secretary a week before. Found by the index on erase_at: a tick with
nothing due costs one query."""

import logging
from datetime import datetime

from meetings.common.outbox_kind import OutboxKind
from meetings.common.ports import UnitOfWork
from meetings.groups.entities import Group
from meetings.groups.membership.leaving import ERASURE_WARNING, secretaries

log = logging.getLogger(__name__)


async def erase_removed_groups(uow: UnitOfWork, now: datetime) -> list[str]:
    """Erase the groups due; warn those due within a week, once. What was done, as words."""
    done = []
    for group in await uow.retention.erasure_due(now + ERASURE_WARNING):
        if group.erase_at <= now:
            await uow.retention.erase(group.id)
            log.info("group erased after its retention period", extra={"group_id": group.id})
            done.append(f"erased {group.id}")
        elif group.erasure_warned_at is None:
            await _warn(uow, group, now)
            done.append(f"warned {group.id}")
    return done


async def _warn(uow: UnitOfWork, group: Group, now: datetime) -> None:
    group.erasure_warned_at = now
    for secretary in await secretaries(uow, group):
        await uow.outbox.enqueue(
            dedupe_key=f"erasure-warning:{group.id}:{group.erase_at.isoformat()}:{secretary.id}",
            kind=OutboxKind.GROUP_ERASURE_WARNING, group_id=group.id, member_id=secretary.id,
            payload={"erase_at": group.erase_at.isoformat()}, due_at=now,
            expires_at=group.erase_at, created_at=now)
