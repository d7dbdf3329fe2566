"""Somebody joins the group's chat: botbuilder looks each newcomer up before our handler runs.
When Teams throttles or fails that lookup, the group hears nothing and the newcomer is
registered by their first message."""

from sqlalchemy import select

from meetings.groups.entities import Member
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
