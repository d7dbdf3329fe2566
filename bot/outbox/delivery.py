"""The delivery worker: claims due outbox rows, sends them, and settles them under its lease.

APScheduler only calls `tick`; all state is in the outbox, so a crash loses nothing. A tick is
three transactions whatever the batch size: claim, read what to send, record the outcomes.
A worker killed between sending and recording repeats at most the batch it had claimed.
"""

import asyncio
import logging
import os
import random
import socket
import uuid
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from bot.outbox.messages import NothingToSend, render
from bot.outbox.rate_limits import RateLimiter
from bot.teams.connector import ConnectorError, Target, TeamsConnector
from meetings.common.clock import Clock
from meetings.common.delivery_policy import Failure, after_failure
from storage.errors import StorageError
from storage.models.groups import ConversationAddress, ConversationKind, OutboxMessage, OutboxStatus
from storage.unit_of_work import UnitOfWork, UnitOfWorkFactory

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeliveryOptions:
    batch: int = 50
    lease: timedelta = timedelta(seconds=60)
    concurrency: int = 16


@dataclass
class Parcel:
    """One claimed row on its way: where it goes, what it says, and how it ended."""

    row: OutboxMessage
    target: Target | None = None
    activity: dict[str, Any] | None = None
    replaces: str | None = None  # the Teams id of the message to update in place
    via: ConversationAddress | None = None  # a member without a 1:1 chat: reach them via this
    member: Any = None
    outcome: dict[str, Any] = field(default_factory=dict)
    new_address: ConversationAddress | None = None


class DeliveryWorker:
    def __init__(self, uow_factory: UnitOfWorkFactory, connector: TeamsConnector, clock: Clock,
                 limiter: RateLimiter, base_url: str, options: DeliveryOptions | None = None,
                 owner: str | None = None, rng: random.Random | None = None) -> None:
        self._uow, self._connector, self._clock = uow_factory, connector, clock
        self._limiter, self._base_url = limiter, base_url
        self._options = options or DeliveryOptions()
        self.owner = owner or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._rng = rng or random.Random()
        self._busy = asyncio.Lock()

    @property
    def uow_factory(self) -> UnitOfWorkFactory:
        return self._uow

    @property
    def clock(self) -> Clock:
        return self._clock

    async def tick(self) -> int:
        """Claim one batch and deliver it; the number of rows handled."""
        async with self._busy:
            return await self._tick()

    async def idle(self) -> None:
        """Return once no tick is running: shutting down mid-batch would cut its recording."""
        async with self._busy:
            return

    async def _tick(self) -> int:
        try:
            async with self._uow() as uow:
                rows = await uow.outbox.claim(self.owner, self._clock.now(),
                                              self._options.lease, self._options.batch)
                await uow.commit()
            if not rows:
                return 0
            parcels = await self._prepare([Parcel(row) for row in rows])
        except (StorageError, OSError) as error:
            # A locked or restarting database: claimed rows wait for their lease to run out.
            log.warning("delivery: database unavailable", extra={"error": repr(error)})
            return 0
        gate = asyncio.Semaphore(self._options.concurrency)

        async def send(parcel: Parcel) -> None:
            async with gate:
                await self._send(parcel)

        await asyncio.gather(*(send(p) for p in parcels if not p.outcome))
        await self._record(parcels)
        return len(parcels)

    async def drain(self, max_ticks: int = 10_000) -> int:
        """Tick until nothing is due (tests, benchmarks)."""
        handled = 0
        for _ in range(max_ticks):
            if (count := await self.tick()) == 0:
                break
            handled += count
        return handled

    async def _prepare(self, parcels: list[Parcel]) -> list[Parcel]:
        now = self._clock.now()
        async with self._uow() as uow:
            known = await Lookup.load(uow, [p.row for p in parcels])
            for parcel in parcels:
                row = parcel.row
                if row.expires_at is not None and row.expires_at <= now:
                    parcel.outcome = _dead("too late to be useful")
                    continue
                try:
                    await self._read(uow, known, parcel, now)
                except NothingToSend as error:
                    parcel.outcome = _dead(str(error))
        return parcels

    async def _read(self, uow: UnitOfWork, known: "Lookup", parcel: Parcel, now) -> None:
        row = parcel.row
        group = await uow.groups.get(row.group_id) if row.group_id else None
        if group is None:
            raise NothingToSend("the group no longer exists")
        address = await self._address(uow, known, parcel)
        parcel.target = _target(address) if address else None
        parcel.activity = await render(uow, row, group, now, self._base_url)
        if row.replaces_key:
            posted = await uow.outbox.by_key(row.replaces_key)
            if posted is None or not posted.teams_message_id:
                raise NothingToSend("the message to update was never posted")
            parcel.replaces = posted.teams_message_id

    async def _address(self, uow: UnitOfWork, known: "Lookup", parcel: Parcel
                       ) -> ConversationAddress | None:
        row = parcel.row
        if row.member_id is None:
            address = known.conversations.get(row.conversation_id or "")
            if address is None:
                raise NothingToSend("no address for the conversation")
            return address
        member = known.members.get(row.member_id)
        if member is None or not member.aad_object_id:
            raise NothingToSend("the member is gone")
        address = known.personal.get(member.aad_object_id)
        if address is None:
            parcel.via = await known.group_address(uow, row.group_id)
            parcel.member = member
            if parcel.via is None:
                raise NothingToSend("no address to reach the member through")
        return address

    async def _send(self, parcel: Parcel) -> None:
        try:
            if parcel.target is None:
                parcel.target = await self._open_personal_chat(parcel)
            target = parcel.target
            await self._limiter.acquire(target.conversation_id, target.tenant_id)
            if parcel.replaces:
                await self._connector.update(target, parcel.replaces, parcel.activity)
                message_id = parcel.replaces
            else:
                message_id = await self._connector.send(target, parcel.activity)
        except ConnectorError as error:
            parcel.outcome = self._after(parcel, Failure(error.status, error.code,
                                                         error.retry_after))
        except (OSError, TimeoutError) as error:
            parcel.outcome = self._after(parcel, Failure(0, type(error).__name__))
        else:
            parcel.outcome = {"status": OutboxStatus.SENT, "teams_message_id": message_id,
                              "sent_at": self._clock.now(), "last_error": None}

    async def _open_personal_chat(self, parcel: Parcel) -> Target:
        """A member who never wrote to the bot: create the 1:1 chat; its address is kept."""
        via, member = parcel.via, parcel.member
        conversation_id = await self._connector.create_personal_conversation(
            service_url=via.service_url, tenant_id=via.tenant_id, bot_id=via.bot_id,
            user_id=member.teams_id)
        parcel.new_address = ConversationAddress(
            conversation_id=conversation_id, conversation_type=ConversationKind.PERSONAL,
            channel_id=via.channel_id, service_url=via.service_url, tenant_id=via.tenant_id,
            bot_id=via.bot_id, bot_name=via.bot_name, member_aad_object_id=member.aad_object_id,
            updated_at=self._clock.now())
        return _target(parcel.new_address)

    def _after(self, parcel: Parcel, failure: Failure) -> dict[str, Any]:
        decision = after_failure(failure, parcel.row.attempts, self._clock.now(), self._rng)
        log.warning("delivery failed", extra={"row": parcel.row.id, "reason": decision.reason,
                                              "status": decision.status})
        outcome = {"status": decision.status, "last_error": decision.reason}
        if decision.next_attempt_at is not None:
            outcome["next_attempt_at"] = decision.next_attempt_at
        return outcome

    async def _record(self, parcels: list[Parcel]) -> None:
        """All outcomes of the batch in one transaction, each fenced by this worker's lease."""
        try:
            async with self._uow() as uow:
                new = {p.new_address.conversation_id: p.new_address
                       for p in parcels if p.new_address is not None}
                existing = await uow.addresses.by_conversations(list(new))
                for conversation_id, address in new.items():
                    if conversation_id not in existing:
                        uow.addresses.add(address)
                await uow.flush()
                await uow.outbox.settle_many(
                    self.owner, [{"id": p.row.id, **p.outcome} for p in parcels])
                await uow.commit()
        except (StorageError, OSError) as error:
            # The leases run out and the batch is sent again: at least once, never lost.
            log.warning("delivery: outcomes not recorded", extra={"error": repr(error)})


@dataclass
class Lookup:
    """What a batch needs from the database, read in a few queries instead of a few per row."""

    members: dict[int, Any]
    personal: dict[str, ConversationAddress]
    conversations: dict[str, ConversationAddress]
    _group_addresses: dict[int, ConversationAddress | None] = field(default_factory=dict)

    @classmethod
    async def load(cls, uow: UnitOfWork, rows: list[OutboxMessage]) -> "Lookup":
        members = await uow.members.by_ids([r.member_id for r in rows if r.member_id])
        aad_ids = [m.aad_object_id for m in members.values() if m.aad_object_id]
        return cls(members=members,
                   personal=await uow.addresses.personal_of_many(aad_ids),
                   conversations=await uow.addresses.by_conversations(
                       [r.conversation_id for r in rows if r.conversation_id]))

    async def group_address(self, uow: UnitOfWork, group_id: int | None
                            ) -> ConversationAddress | None:
        if group_id not in self._group_addresses:
            self._group_addresses[group_id] = await uow.addresses.of_group(group_id)
        return self._group_addresses[group_id]


def _dead(reason: str) -> dict[str, Any]:
    return {"status": OutboxStatus.DEAD, "last_error": reason}


def _target(address: ConversationAddress) -> Target:
    return Target(service_url=address.service_url, conversation_id=address.conversation_id,
                  tenant_id=address.tenant_id, bot_id=address.bot_id)
