"""The delivery worker: claims due outbox rows, sends them, and settles them under its lease.

APScheduler only calls `launch`; all state is in the outbox, so a crash loses nothing. A tick
claims and reads its batch in two transactions and records the outcomes as they come, at least
every FLUSH_SECONDS, so a slow call holds back only its own row and its conversation's next ones.
Overlapping ticks hold at most one batch between them: a worker killed between sending and
recording repeats at most that many rows.
"""

import asyncio
import logging
import os
import random
import socket
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from bot.outbox.lanes import Lanes
from bot.outbox.leases import released, still_leased
from bot.outbox.parcel import Parcel, target_of
from bot.outbox.preparing import prepare
from bot.outbox.rate_limits import RateLimiter
from bot.teams.connector import ConnectorError, Target, TeamsConnector
from meetings.common.clock import Clock
from meetings.common.delivery_policy import Failure, after_failure
from meetings.common.entities import ConversationAddress, OutboxMessage
from meetings.common.vocabulary import OutboxStatus
from meetings.documents.links import DEFAULT_LIFETIMES, LinkLifetimes
from meetings.groups.vocabulary import ConversationKind
from storage.errors import StorageError
from storage.unit_of_work import UnitOfWorkFactory

log = logging.getLogger(__name__)
FLUSH_SECONDS = 0.5


@dataclass(frozen=True)
class DeliveryOptions:
    batch: int = 50
    lease: timedelta = timedelta(seconds=60)
    concurrency: int = 16
    links: LinkLifetimes = DEFAULT_LIFETIMES  # how long the links in the messages open


class DeliveryWorker:
    def __init__(self, uow_factory: UnitOfWorkFactory, connector: TeamsConnector, clock: Clock,
                 limiter: RateLimiter, base_url: str, options: DeliveryOptions | None = None,
                 owner: str | None = None, rng: random.Random | None = None) -> None:
        self._uow, self._connector, self._clock = uow_factory, connector, clock
        self._limiter, self._base_url = limiter, base_url
        self._options = options or DeliveryOptions()
        self.owner = owner or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._rng = rng or random.Random()
        self._gate = asyncio.Semaphore(self._options.concurrency)  # calls in flight, all ticks
        self._lanes = Lanes()
        self._claiming, self._recording = asyncio.Lock(), asyncio.Lock()
        self._in_flight = 0  # rows claimed and not yet recorded, all ticks together
        self._ticks: set[asyncio.Task] = set()

    @property
    def uow_factory(self) -> UnitOfWorkFactory:
        return self._uow

    @property
    def clock(self) -> Clock:
        return self._clock

    async def launch(self) -> None:
        """The scheduler's job: start a tick and return, so the next one need not wait for it."""
        task = asyncio.create_task(self.tick())
        self._ticks.add(task)
        task.add_done_callback(self._ticks.discard)
        task.add_done_callback(_log_failure)

    async def tick(self) -> int:
        """Claim one batch, or what room is left of one, and deliver it; the rows handled."""
        me = asyncio.current_task()
        self._ticks.add(me)
        try:
            return await self._tick()
        finally:
            self._ticks.discard(me)

    async def idle(self) -> None:
        """Return once no tick is running: shutting down mid-batch would cut its recording."""
        while self._ticks - {asyncio.current_task()}:
            await asyncio.wait(self._ticks - {asyncio.current_task()})

    async def _tick(self) -> int:
        rows = await self._claim()
        if not rows:
            return 0
        parcels = [Parcel(row) for row in rows]
        try:
            await self._prepare(parcels)
            await self._deliver(parcels)
        except (StorageError, OSError) as error:
            # A locked or restarting database: claimed rows wait for their lease to run out.
            log.warning("delivery: database unavailable", extra={"error": repr(error)})
            return 0
        finally:
            self._in_flight -= sum(not parcel.recorded for parcel in parcels)
        return len(parcels)

    async def _claim(self) -> list[OutboxMessage]:
        async with self._claiming:  # one claim at a time, so the room left is counted right
            room = self._options.batch - self._in_flight
            if room <= 0:
                return []
            try:
                async with self._uow() as uow:
                    ids = await uow.outbox.claim(self.owner, self._clock.now(),
                                                 self._options.lease, room)
                    await uow.commit()  # the lease is taken; the rows are read after it
                    rows = await uow.outbox.by_ids(ids)
            except (StorageError, OSError) as error:
                log.warning("delivery: database unavailable", extra={"error": repr(error)})
                return []
            self._in_flight += len(rows)
            return list(rows)

    async def _deliver(self, parcels: list[Parcel]) -> None:
        """Conversations side by side, each one's rows in order; outcomes recorded as they come."""
        ended = [parcel for parcel in parcels if parcel.outcome]  # too late, nothing to send
        lanes: dict[str, list[Parcel]] = {}
        for parcel in parcels:
            if not parcel.outcome:
                lanes.setdefault(_lane(parcel), []).append(parcel)
        tasks = [asyncio.create_task(self._send_lane(key, lane, ended))
                 for key, lane in lanes.items()]
        pending = set(tasks)
        while pending:
            _, pending = await asyncio.wait(pending, timeout=FLUSH_SECONDS)
            await self._flush(ended)
        await self._flush(ended)
        await asyncio.gather(*tasks)  # a lane that failed unexpectedly fails the tick, as before

    async def _send_lane(self, key: str, lane: list[Parcel], ended: list[Parcel]) -> None:
        async with self._lanes.hold(key):  # held across overlapping ticks too
            for index, parcel in enumerate(lane):
                async with self._gate:
                    sent = await self._send(parcel, lane[index:])
                if not sent:  # another worker has the row, and perhaps those after it
                    for later in lane[index:]:
                        later.outcome = released(later)
                    ended.extend(lane[index:])
                    return
                ended.append(parcel)

    async def _flush(self, ended: list[Parcel]) -> None:
        settled = ended[:]
        ended.clear()
        if not settled:
            return
        for parcel in settled:
            parcel.recorded = True
        self._in_flight -= len(settled)
        async with self._recording:  # one writer: two flushes may bring the same new 1:1 chat
            await self._record(settled)

    async def drain(self, max_ticks: int = 10_000) -> int:
        """Tick until nothing is due (tests, benchmarks)."""
        handled = 0
        for _ in range(max_ticks):
            if (count := await self.tick()) == 0:
                break
            handled += count
        return handled

    async def _prepare(self, parcels: list[Parcel]) -> None:
        await prepare(self._uow, parcels, self._clock.now(), self._base_url,
                      self._options.links)

    async def _send(self, parcel: Parcel, waiting: list[Parcel]) -> bool:
        """Send the row and note how it went; False if its lease was lost before the call.
        `waiting`: the row and those behind it in its lane, whose leases are renewed with it."""
        try:
            if parcel.target is None:
                parcel.target = await self._open_personal_chat(parcel)
            target = parcel.target
            await self._limiter.acquire(target.conversation_id, target.tenant_id)
            if not await still_leased(self._uow, self.owner, self._clock.now(),
                                      self._options.lease, parcel, waiting):
                return False
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
        return True

    async def _open_personal_chat(self, parcel: Parcel) -> Target:
        """A member who never wrote to the bot: create the 1:1 chat; its address is kept.
        Teams counts the creation against the tenant's requests per second as it does a send,
        so it takes a token of the tenant's bucket too (in a window of the member's own)."""
        via, member = parcel.via, parcel.member
        await self._limiter.acquire(f"new-chat:{member.teams_id}", via.tenant_id)
        conversation_id = await self._connector.create_personal_conversation(
            service_url=via.service_url, tenant_id=via.tenant_id, bot_id=via.bot_id,
            user_id=member.teams_id)
        parcel.new_address = ConversationAddress(
            conversation_id=conversation_id, conversation_type=ConversationKind.PERSONAL,
            channel_id=via.channel_id, service_url=via.service_url, tenant_id=via.tenant_id,
            bot_id=via.bot_id, bot_name=via.bot_name, member_aad_object_id=member.aad_object_id,
            updated_at=self._clock.now())
        return target_of(parcel.new_address)

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


def _lane(parcel: Parcel) -> str:
    # A member's rows share a lane whether or not their 1:1 chat is known yet.
    if parcel.row.member_id is not None:
        return f"member:{parcel.row.member_id}"
    return parcel.target.conversation_id


def _log_failure(task: asyncio.Task) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("delivery tick failed", exc_info=task.exception())
