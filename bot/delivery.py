"""The delivery worker: claims due outbox rows, sends them, and settles each under its lease.

APScheduler only calls `tick`; all state is in the outbox, so a crash loses nothing and a
restart neither skips nor repeats more than what was in flight.
"""

import asyncio
import logging
import os
import random
import socket
import uuid
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.exc import SQLAlchemyError

from bot.connector_client import ConnectorError, Target, TeamsConnector
from bot.outbound_messages import NothingToSend, render
from bot.rate_limits import RateLimiter
from meetings.clock import Clock
from meetings.delivery_policy import Failure, after_failure
from storage.models import ConversationAddress, ConversationKind, OutboxMessage, OutboxStatus
from storage.unit_of_work import UnitOfWork, UnitOfWorkFactory

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeliveryOptions:
    batch: int = 50
    lease: timedelta = timedelta(seconds=60)
    concurrency: int = 16


class DeliveryWorker:
    def __init__(self, uow_factory: UnitOfWorkFactory, connector: TeamsConnector, clock: Clock,
                 limiter: RateLimiter, base_url: str, options: DeliveryOptions | None = None,
                 owner: str | None = None, rng: random.Random | None = None) -> None:
        self._uow, self._connector, self._clock = uow_factory, connector, clock
        self._limiter, self._base_url = limiter, base_url
        self._options = options or DeliveryOptions()
        self.owner = owner or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._rng = rng or random.Random()

    async def tick(self) -> int:
        """Claim one batch and deliver it; the number of rows handled."""
        try:
            async with self._uow() as uow:
                rows = await uow.outbox.claim(self.owner, self._clock.now(),
                                              self._options.lease, self._options.batch)
                await uow.commit()
        except (SQLAlchemyError, OSError) as error:
            # Locked or restarting database: the rows wait; the next tick tries again.
            log.warning("delivery: database unavailable", extra={"error": repr(error)})
            return 0
        gate = asyncio.Semaphore(self._options.concurrency)

        async def deliver(row: OutboxMessage) -> None:
            async with gate:
                await self._deliver(row)

        await asyncio.gather(*(deliver(row) for row in rows))
        return len(rows)

    async def drain(self, max_ticks: int = 10_000) -> int:
        """Tick until nothing is due (for tests, benchmarks and `app.py worker --once`)."""
        handled = 0
        for _ in range(max_ticks):
            count = await self.tick()
            if count == 0:
                return handled
            handled += count
        return handled

    async def _deliver(self, row: OutboxMessage) -> None:
        now = self._clock.now()
        if row.expires_at is not None and row.expires_at <= now:
            await self._settle(row, status=OutboxStatus.DEAD, last_error="too late to be useful")
            return
        try:
            target, activity, replaces = await self._prepare(row)
            await self._limiter.acquire(target.conversation_id, target.tenant_id)
            if replaces:
                await self._connector.update(target, replaces, activity)
                message_id = replaces
            else:
                message_id = await self._connector.send(target, activity)
        except ConnectorError as error:
            await self._failed(row, Failure(error.status, error.code, error.retry_after))
        except NothingToSend as error:
            await self._settle(row, status=OutboxStatus.DEAD, last_error=str(error))
        except (SQLAlchemyError, OSError, TimeoutError) as error:
            log.warning("delivery: transient error", extra={"row": row.id, "error": repr(error)})
            await self._failed(row, Failure(0, type(error).__name__))
        else:
            await self._settle(row, status=OutboxStatus.SENT, teams_message_id=message_id,
                               sent_at=self._clock.now(), last_error=None)

    async def _prepare(self, row: OutboxMessage) -> tuple[Target, dict, str | None]:
        async with self._uow() as uow:
            group = await uow.groups.get(row.group_id) if row.group_id else None
            if group is None:
                raise NothingToSend("the group no longer exists")
            address = await self._address(uow, row)
            activity = await render(uow, row, group, self._clock.now(), self._base_url)
            replaces = None
            if row.replaces_key:
                posted = await uow.outbox.by_key(row.replaces_key)
                if posted is None or not posted.teams_message_id:
                    raise NothingToSend("the message to update was never posted")
                replaces = posted.teams_message_id
            await uow.commit()
        return _target(address), activity, replaces

    async def _address(self, uow: UnitOfWork, row: OutboxMessage) -> ConversationAddress:
        if row.member_id is None:
            address = await uow.addresses.by_conversation(row.conversation_id or "")
            if address is None:
                raise NothingToSend("no address for the conversation")
            return address
        member = await uow.members.get(row.member_id)
        if member is None or not member.aad_object_id:
            raise NothingToSend("the member is gone")
        address = await uow.addresses.personal_of(member.aad_object_id)
        return address or await self._open_personal_chat(uow, row, member)

    async def _open_personal_chat(self, uow: UnitOfWork, row: OutboxMessage, member
                                  ) -> ConversationAddress:
        """A member who never wrote to the bot: create the 1:1 chat and keep its address."""
        via = await uow.addresses.of_group(row.group_id)
        if via is None:
            raise NothingToSend("no address to reach the member through")
        conversation_id = await self._connector.create_personal_conversation(
            service_url=via.service_url, tenant_id=via.tenant_id, bot_id=via.bot_id,
            user_id=member.teams_id)
        address = ConversationAddress(
            conversation_id=conversation_id, conversation_type=ConversationKind.PERSONAL,
            channel_id=via.channel_id, service_url=via.service_url, tenant_id=via.tenant_id,
            bot_id=via.bot_id, bot_name=via.bot_name, member_aad_object_id=member.aad_object_id,
            updated_at=self._clock.now())
        uow.addresses.add(address)
        await uow.flush()
        return address

    async def _failed(self, row: OutboxMessage, failure: Failure) -> None:
        decision = after_failure(failure, row.attempts, self._clock.now(), self._rng)
        log.warning("delivery failed", extra={"row": row.id, "reason": decision.reason,
                                              "status": decision.status})
        values = {"status": decision.status, "last_error": decision.reason}
        if decision.next_attempt_at is not None:
            values["next_attempt_at"] = decision.next_attempt_at
        await self._settle(row, **values)

    async def _settle(self, row: OutboxMessage, **values) -> None:
        try:
            async with self._uow() as uow:
                settled = await uow.outbox.settle(row.id, self.owner, **values)
                await uow.commit()
        except (SQLAlchemyError, OSError) as error:
            # The lease runs out and another tick sends it again: at least once, never lost.
            log.warning("delivery: outcome not recorded", extra={"row": row.id,
                                                                 "error": repr(error)})
            return
        if not settled:
            log.info("delivery: lease lost before settling", extra={"row": row.id})


def _target(address: ConversationAddress) -> Target:
    return Target(service_url=address.service_url, conversation_id=address.conversation_id,
                  tenant_id=address.tenant_id, bot_id=address.bot_id)
