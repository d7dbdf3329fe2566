"""The first day: Lisbet adds the bot to her group's chat or a team's channel and reads in the
welcome what to do first; a 1:1 chat is welcomed as one."""

from tests.bot.platform.test_channel_thread_turns import install_in_channel
from tests.card_reading import elements


def buttons(card: dict) -> list[str]:
    return [e["title"] for e in elements(card) if e.get("type") == "Action.Execute"]


async def test_the_welcome_tells_the_group_to_plan_its_first_meeting_and_how(bot):
    await bot.install()
    [welcome] = bot.connector.texts()
    assert "første møde" in welcome, welcome
    assert "Planlæg et møde" in welcome and "Planlæg et møde" in buttons(bot.connector.cards()[0])
    assert "@Mødebot nyt møde fredag 8. januar 2027 kl. 10-13" in welcome, welcome


async def test_the_welcome_in_a_teams_channel_says_the_same(bot):
    await install_in_channel(bot)
    [welcome] = bot.connector.texts()
    assert "første møde" in welcome and "@Mødebot nyt møde" in welcome, welcome


async def test_the_welcome_in_a_1_1_chat_does_not_ask_for_a_mention_or_a_first_meeting(bot):
    await bot.post(bot.activity("personal_conversation_update"))
    [welcome] = bot.connector.texts()
    assert welcome == "Hej! Jeg er Mødebot. Spørg mig her om dine gruppers møder og opgaver."
