"""A worker's hold on the outbox rows it claimed. Each call may take 15 s, so rows waiting in a
lane behind slow calls would outlive their lease, and a worker claiming them then would send
them too, or send later rows before earlier ones: the lease is renewed before each call for the
row and every row behind it, and a lane whose lease was lost goes back to the queue unsent."""

import logging
from datetime import datetime, timedelta
from typing import Any

from bot.outbox.parcel import Parcel
from meetings.common.vocabulary import OutboxStatus
from storage.errors import StorageError
from storage.unit_of_work import UnitOfWorkFactory

log = logging.getLogger("bot.outbox.delivery")


async def still_leased(uow_factory: UnitOfWorkFactory, owner: str, now: datetime,
                       lease: timedelta, parcel: Parcel, waiting: list[Parcel]) -> bool:
    """Whether `owner` may still send the row: when less than half of its lease is left, it is
    renewed for the row and every row behind it in its lane (`waiting`, the row first)."""
    if parcel.lease_until is not None and parcel.lease_until - now > lease / 2:
        return True
    try:
        async with uow_factory() as uow:
            renewed = await uow.outbox.renew([p.row.id for p in waiting], owner, now + lease)
            await uow.commit()
    except (StorageError, OSError) as error:
        log.warning("delivery: lease not renewed", extra={"error": repr(error)})
        return False
    for kept in waiting:
        kept.lease_until = now + lease if kept.row.id in renewed else now
    if parcel.row.id not in renewed:
        log.info("delivery: lease lost to another worker", extra={"row": parcel.row.id})
    return parcel.row.id in renewed


def released(parcel: Parcel) -> dict[str, Any]:
    """Back to the queue unsent, as due as before, for whoever holds its conversation's earlier
    rows; the fence of `settle_many` leaves a row another worker claimed alone."""
    return {"status": OutboxStatus.PENDING, "attempts": max(parcel.row.attempts - 1, 0)}
