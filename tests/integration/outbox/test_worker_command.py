"""`python app.py worker` is the background work in a process of its own, serving no HTTP: its
ticks find what has fallen due and its delivery sends it, here to a fake Bot Connector."""

import asyncio
import os
import signal
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert

from meetings.agenda.entities import GroupSettings
from meetings.common.entities import ConversationAddress
from meetings.groups.entities import Group
from meetings.groups.vocabulary import ConversationKind
from meetings.planning.entities import Meeting
from storage.database import create_engine
from tests.integration.outbox.due_data import deadline_at_the_next_working_start

ROOT = Path(__file__).resolve().parents[3]
CONVERSATION = "19:worker-command@thread.v2"


@pytest.fixture
async def connector(aiohttp_server):
    from tests.fake_connector import FakeConnector

    fake = FakeConnector()
    server = await aiohttp_server(fake.app())
    fake.url = str(server.make_url("/"))
    return fake


async def a_meeting_whose_call_for_input_is_due(url: str, service_url: str) -> None:
    """A group whose meeting is 15 days off by the system clock: the call for input (21 days
    before) is due, its deadline still ahead (the next working start, so the call goes at once
    at any hour of the week), and nothing is queued yet."""
    now = datetime.now(UTC)
    starts = (now + timedelta(days=15)).replace(hour=9, minute=0, second=0, microsecond=0)
    engine = create_engine(url)
    async with engine.begin() as connection:
        group_id = (await connection.execute(insert(Group).values(
            conversation_id=CONVERSATION, kind=ConversationKind.GROUP_CHAT,
            name="Netværksgruppe Børn og Unge", tenant_id="t", time_zone="Europe/Copenhagen",
            language="da", created_at=now).returning(Group.id))).scalar_one()
        await connection.execute(insert(GroupSettings).values(
            group_id=group_id, **deadline_at_the_next_working_start(now, starts)))
        await connection.execute(insert(ConversationAddress).values(
            conversation_id=CONVERSATION, conversation_type=ConversationKind.GROUP_CHAT,
            channel_id="msteams", service_url=service_url, tenant_id="t", bot_id="28:bot",
            group_id=group_id, updated_at=now))
        await connection.execute(insert(Meeting).values(
            group_id=group_id, title="Netværksmøde", starts_at=starts,
            ends_at=starts + timedelta(hours=3), place="Ringsted", calendar_token="worker-call",
            # as planning writes it: the call for input's moment, here already passed
            cycle_due_at=now - timedelta(minutes=1), created_at=now, updated_at=now))
    await engine.dispose()


async def test_the_worker_command_runs_the_ticks_and_delivers_what_they_queue(
    migrated_url, connector,
):
    await a_meeting_whose_call_for_input_is_due(migrated_url, connector.url)
    env = {**os.environ, "DATABASE_URL": migrated_url, "DELIVERY_TICK_SECONDS": "0.05",
           "CYCLE_TICK_SECONDS": "0.1", "RATE_LIMIT_PER_SECOND": "0", "LOG_LEVEL": "ERROR"}
    worker = await asyncio.create_subprocess_exec(sys.executable, str(ROOT / "app.py"),
                                                  "worker", env=env, cwd=ROOT)
    try:
        for _ in range(600):
            if connector.cards() or worker.returncode is not None:
                break
            await asyncio.sleep(0.05)
    finally:
        worker.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(worker.wait(), 20) == 0  # stopped cleanly on SIGTERM
    [call] = connector.sent
    assert call["_conversation"] == CONVERSATION
    assert "Foreslå et punkt" in str(call["attachments"][0]["content"])
