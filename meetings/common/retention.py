"""How long what the bot sent is kept: sent and given-up messages go after 30 days, a
personal export's link when it expires."""

from datetime import datetime, timedelta

from meetings.common.ports import UnitOfWork

# A message's text, the card it posted and whom it went to are personal data; after a month
# nobody asks why a reminder did or did not arrive.
MESSAGE_DAYS = 30
# One batch per tick: a short transaction that holds SQLite's write lock for milliseconds; a
# tick a minute clears 60,000 rows an hour, far more than the groups send.
PURGE_BATCH = 1000


async def forget_settled_messages(uow: UnitOfWork, now: datetime) -> list[int]:
    """Delete one batch of messages sent or given up more than MESSAGE_DAYS ago, and of
    expired export links; the ids of the messages and links deleted."""
    messages = await uow.outbox.purge_settled(now - timedelta(days=MESSAGE_DAYS), PURGE_BATCH)
    return messages + await uow.personal.purge_expired_exports(now, PURGE_BATCH)
