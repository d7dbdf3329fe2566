"""A claimed batch read before it is sent: each row's group, address and activity, in one
transaction; a row that can no longer be sent is settled here with the reason."""

import logging
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.outbox.messages import NothingToSend, render
from bot.outbox.parcel import (
    HeldUntil,
    Lookup,
    NotPostedYet,
    Parcel,
    held,
    posted_id,
    target_of,
    waiting_for_post,
)
from cards import CardTooLarge
from meetings.common.entities import ConversationAddress
from meetings.common.outbox_kind import OutboxKind
from meetings.common.vocabulary import OutboxStatus
from meetings.documents.links import LinkLifetimes
from meetings.groups.settings import working_hours
from meetings.planning.reminders import reminder_held_until
from storage.unit_of_work import UnitOfWork, UnitOfWorkFactory

log = logging.getLogger("bot.outbox.delivery")  # one logger for the worker's whole tick


async def prepare(uow_factory: UnitOfWorkFactory, parcels: list[Parcel], now: datetime,
                  base_url: str, links: LinkLifetimes) -> None:
    """Read every parcel of the batch; one that cannot be sent gets its outcome at once."""
    async with uow_factory() as uow:
        known = await Lookup.load(uow, [p.row for p in parcels])
        for parcel in parcels:
            row = parcel.row
            if row.expires_at is not None and row.expires_at <= now:
                parcel.outcome = dead("too late to be useful")
                continue
            try:
                await _read(uow, known, parcel, now, base_url, links)
            except NothingToSend as error:
                parcel.outcome = dead(str(error))
            except NotPostedYet as waiting:
                parcel.outcome = waiting_for_post(row, now, waiting.post_due)
            except HeldUntil as wait:
                parcel.outcome = held(row, wait.until)
            except CardTooLarge as error:
                # Sending it again would fail again; the rest of the batch must still go.
                log.error("delivery: card too large, message given up",
                          extra={"row": row.id, "kind": row.kind, "error": str(error)})
                parcel.outcome = dead("the card is too large for Teams")


async def _read(uow: UnitOfWork, known: Lookup, parcel: Parcel, now: datetime, base_url: str,
                links: LinkLifetimes) -> None:
    row = parcel.row
    group = await uow.groups.get(row.group_id) if row.group_id else None
    if group is None:
        raise NothingToSend("the group no longer exists")
    if group.bot_removed_at is not None and row.kind != OutboxKind.GROUP_ERASURE_WARNING:
        raise NothingToSend("the bot was removed from the group")
    if row.kind == OutboxKind.MEETING_REMINDER:
        later = reminder_held_until(now, ZoneInfo(group.time_zone), row.expires_at,
                                    await working_hours(uow, group))
        if later is not None:
            raise HeldUntil(later)
    address = await _address(uow, known, parcel)
    parcel.target = target_of(address) if address else None
    if row.replaces_key:
        parcel.replaces = await posted_id(uow, row)
    parcel.activity = await render(uow, row, group, now, base_url, links)


async def _address(uow: UnitOfWork, known: Lookup, parcel: Parcel
                   ) -> ConversationAddress | None:
    row = parcel.row
    if row.member_id is None:
        address = known.conversations.get(row.conversation_id or "")
        if address is None:
            raise NothingToSend("no address for the conversation")
        return address
    member = known.members.get(row.member_id)
    # Without an Entra object id a member is reached by their Teams user id (a guest whose
    # account Teams gives without one); one known only from imported minutes has neither.
    if member is None or not (member.aad_object_id or member.teams_id.startswith("29:")):
        raise NothingToSend("the member is gone")
    if member.left_at is not None:
        raise NothingToSend("the member left the group")
    address = known.personal.get(member.aad_object_id) if member.aad_object_id else None
    if address is None:
        parcel.via = await known.group_address(uow, row.group_id)
        parcel.member = member
        if parcel.via is None:
            raise NothingToSend("no address to reach the member through")
    return address


def dead(reason: str) -> dict[str, Any]:
    return {"status": OutboxStatus.DEAD, "last_error": reason}
