"""A fan-out to seed: a group, its members, and one outbox message to each member."""

from datetime import UTC, datetime

from sqlalchemy import func, insert, select

from meetings.common.entities import ConversationAddress, OutboxMessage
from meetings.groups.entities import Group, Member
from meetings.groups.vocabulary import ConversationKind
from storage.database import create_engine

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


async def seed(url: str, service_url: str, messages: int) -> None:
    """A group whose chat points at the fake connector, and one message to each member."""
    engine = create_engine(url)
    async with engine.begin() as connection:
        group_id = (await connection.execute(insert(Group).values(
            conversation_id="19:fanout@thread.v2", kind=ConversationKind.GROUP_CHAT,
            name="Fan-out", tenant_id="t", time_zone="Europe/Copenhagen", language="da",
            created_at=NOW).returning(Group.id))).scalar_one()
        await connection.execute(insert(ConversationAddress).values(
            conversation_id="19:fanout@thread.v2", conversation_type=ConversationKind.GROUP_CHAT,
            channel_id="msteams", service_url=service_url, tenant_id="t", bot_id="28:bot",
            group_id=group_id, updated_at=NOW))
        await connection.execute(insert(Member), [
            {"group_id": group_id, "teams_id": f"29:m{n}", "aad_object_id": f"aad-{n}",
             "name": f"Medlem {n}", "role": "member", "joined_at": NOW}
            for n in range(messages)])
        members = (await connection.execute(
            select(Member.id).where(Member.group_id == group_id).order_by(Member.id))).scalars()
        await connection.execute(insert(OutboxMessage), [
            {"dedupe_key": f"k{n}", "kind": "text", "payload": {"text": f"k{n}"},
             "group_id": group_id, "member_id": member_id, "due_at": NOW,
             "next_attempt_at": NOW, "status": "pending", "attempts": 0, "created_at": NOW}
            for n, member_id in enumerate(members)])
    await engine.dispose()


async def statuses(url: str) -> dict[str, int]:
    engine = create_engine(url)
    async with engine.connect() as connection:
        rows = await connection.execute(
            select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status))
        counts = {status: count for status, count in rows}
    await engine.dispose()
    return counts
