"""A guest from another organisation's tenant in the group's chat, whose account Teams gives
without an Entra object id or e-mail: a member like the others, reminded in her own chat."""

from datetime import UTC, datetime

from bot.outbox.ticks import CHASE
from tests.bot.agenda.test_agenda_cycle_delivery import worker
from tests.bot.agenda.test_agenda_turns import planned
from tests.bot.groups.test_joining_turns import joined
from tests.card_reading import card_text

ANNA = {"id": "29:1guest-anna-berg", "name": "Anna Berg (Gæst)"}


async def to_anna(bot) -> list[dict]:
    """What the delivery worker sends now to Anna's 1:1 chat."""
    bot.connector.clear()
    async with worker(bot) as delivery:
        await delivery.drain()
    return [a for a in bot.connector.sent if a["_conversation"].endswith(ANNA["id"])]


async def test_a_guest_without_an_entra_id_is_welcomed_and_gets_her_task_reminders(bot):
    meeting_id = await planned(bot)
    bot.connector.members.append({**ANNA, "tenantId": "tenant-other", "userRole": "guest"})
    await bot.post(joined(bot, {**ANNA, "aadObjectId": None}))
    [welcome] = await to_anna(bot)
    assert welcome["text"].startswith("Velkommen i Netværksgruppe Børn og Unge!")
    card = await bot.click("attendance.show", {"meeting_id": meeting_id})
    assert "Anna Berg (Gæst): har ikke svaret" in card_text(card["value"])
    await bot.say("opgave: Anna undersøger sagen, frist 15. december")
    bot.clock.set(datetime(2026, 12, 11, 9, 0, tzinfo=UTC))  # two working days before
    await CHASE.run(bot.uow, bot.clock)
    [reminder] = await to_anna(bot)
    assert "Anna undersøger sagen" in card_text(reminder["attachments"][0]["content"])
