"""Somebody joins the group's chat: botbuilder looks each newcomer up before our handler runs.
When Teams throttles or fails that lookup, the group hears nothing and the newcomer is
registered by their first message."""

from datetime import timedelta

from sqlalchemy import select

from meetings.groups.entities import Member
from tests.bot.agenda.test_agenda_cycle_delivery import worker
from tests.bot.conftest import USERS
from tests.bot.groups.test_leaving_turns import removed
from tests.fake_connector import Fault

POVL = {"id": "29:1povl-skov", "name": "Povl Skov", "aadObjectId": "aad-povl"}


def joined(bot, *accounts: dict) -> dict:
    """conversationUpdate as Teams sends it: the newcomers' ids only, no names."""
    activity = bot.activity("group_installation_update")
    activity.pop("action")
    activity.update(type="conversationUpdate", membersAdded=[
        {"id": account["id"], "aadObjectId": account["aadObjectId"]} for account in accounts])
    return activity


async def names(bot) -> list[str]:
    async with bot.uow() as uow:
        return sorted(m.name for m in await uow.session.scalars(select(Member)))


async def test_a_newcomer_looked_up_is_registered_without_a_word_to_the_group(bot):
    await bot.install()
    bot.connector.members.append(POVL)
    bot.connector.clear()

    await bot.post(joined(bot, POVL))

    assert bot.connector.sent == []
    assert "Povl Skov" in await names(bot)


async def test_a_throttled_lookup_of_a_newcomer_posts_nothing_and_their_first_message_registers(
        bot):
    await bot.install()
    bot.connector.clear()
    bot.connector.fail_next(Fault(status=429, code="TooManyRequests", retry_after="2"))

    await bot.post(joined(bot, POVL))

    assert bot.connector.sent == []
    activity = bot.activity("group_message")
    activity.update({"from": POVL, "text": "<at>Mødebot</at> hjælp"})
    await bot.post(activity)
    assert "Povl Skov" in await names(bot)
    assert not any("gik noget galt" in said for said in bot.connector.texts())


async def test_a_newcomer_is_welcomed_in_her_own_chat_with_what_to_ask(bot):
    """Povl is added mid-year: the group hears nothing, but he learns in a 1:1 message that
    the bot keeps the group's meetings and what to ask; one added back gets no welcome."""
    await bot.install()
    await bot.say("nyt møde fredag 5. februar 2027 kl. 10-13 i Ringsted")
    bot.connector.members.append(POVL)
    await bot.post(joined(bot, POVL))
    bot.connector.clear()
    async with worker(bot) as delivery:
        await delivery.drain()
    [welcome] = bot.connector.sent
    assert welcome["_conversation"].endswith(POVL["id"])
    assert welcome["text"] == (
        "Velkommen i Netværksgruppe Børn og Unge! Jeg er Mødebot og holder styr på gruppens "
        "møder, dagsordener, referater og opgaver. Spørg mig her, fx “hvornår er næste møde?”, "
        "eller skriv “hjælp”.\n\n"
        # Teams does not say what she reads: a line in English tells one who reads English
        "You may also write to me in English: I answer in the language you write in.")
    bot.clock.advance(timedelta(days=30))
    await bot.post(removed(bot, USERS["daniel"]))
    bot.clock.advance(timedelta(days=30))
    await bot.post(joined(bot, USERS["daniel"]))  # back after a while: he knows the bot
    bot.connector.clear()
    async with worker(bot) as delivery:
        await delivery.drain()
    assert not [a for a in bot.connector.sent if a["_conversation"].endswith(USERS["daniel"]["id"])]
