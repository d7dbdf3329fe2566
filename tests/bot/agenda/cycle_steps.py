"""Steps of the agenda cycle's bot tests: every tick the scheduler runs, then the outbox
delivered, on the fake clock; and what the members then have on screen."""

from datetime import datetime

from bot.outbox.ticks import TICKS
from tests.bot.agenda.test_agenda_cycle_delivery import worker
from tests.card_reading import card_text


async def tick_everything(bot, at: datetime) -> None:
    """Every tick the scheduler runs at `at`, then the delivery worker drains the outbox."""
    bot.clock.set(at)
    for each in TICKS:
        await each.run(bot.uow, bot.clock)
    async with worker(bot) as delivery:
        await delivery.drain()


def updates_of(bot, activity: str) -> list[dict]:
    """The cards a posted message was updated to, in order."""
    return [update["attachments"][0]["content"] for update in bot.connector.updated
            if update["_activity"] == activity]


def sent_texts(bot, conversation: str | None = None) -> list[str]:
    """What was posted (cards as their text), in one conversation or in all."""
    texts = []
    for activity in bot.connector.sent:
        if conversation is not None and activity.get("_conversation") != conversation:
            continue
        if activity.get("text"):
            texts.append(activity["text"])
        texts += [card_text(attachment["content"])
                  for attachment in activity.get("attachments") or []
                  if attachment.get("contentType") == "application/vnd.microsoft.card.adaptive"]
    return texts
